import { localDate } from '../../core/kernel/time.ts';
import type { ServiceDeps } from '../context.ts';
import { requirePack } from '../platform/pack-in-force.ts';

/** The State Council publishes next year's holiday arrangement each November; from October on, a missing next year is flagged. */
const REMIND_FROM_MONTH = 10;

/** Which years are loaded, and whether next year's arrangement is due to be loaded. */
export async function calendarStatus(deps: ServiceDeps, tenantId: string) {
  const at = deps.clock.now();
  const { pack } = requirePack(deps, at);
  const today = localDate(at, pack.utcOffsetMinutes);
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const loaded = (await deps.store.calendar.years(tenantId)).map((y) => y.year);
  const currentMissing = !loaded.includes(year);
  const nextMissing = month >= REMIND_FROM_MONTH && !loaded.includes(year + 1);
  const reminder = currentMissing
    ? `尚未载入${year}年节假日安排：本年期限只按周六、周日计算休息日，结果标注为“暂定”。请系统管理员载入国务院办公厅公布的安排。`
    : nextMissing
      ? `已进入第四季度，${year + 1}年节假日安排尚未载入。国务院办公厅通常于11月公布，公布后请系统管理员及时载入；届满日在${year + 1}年的期限暂标注为“暂定”。`
      : null;
  return { today, loadedYears: loaded, reminder };
}
