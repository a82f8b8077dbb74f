/** 在岗情况: for each day, who is away and who acts for their posts (arts. 5, 59). */
import { DomainError } from '../kernel/result.ts';
import { isIsoDate } from '../kernel/time.ts';
import type { IsoDate } from '../kernel/time.ts';
import { coversDate } from './intervals.ts';
import type { OrgSnapshot } from './org.ts';
import type { AwayDay, AwayPerson } from './acting-types.ts';
import { DAY_MS, MAX_AWAY_RANGE_DAYS, absenceOf, assertOffset, indexOrg, makeCtx, titleOf } from './acting-context.ts';
import { actingWith } from './acting.ts';

/**
 * For each local day from `fromDate` to `toDate` (inclusive, at most 31 days): the people away at
 * noon local time and, for each post they hold that day, who acts for it at that noon.
 */
export function whoIsAway(snapshot: OrgSnapshot, fromDate: IsoDate, toDate: IsoDate, offsetMinutes: number): AwayDay[] {
  if (!isIsoDate(fromDate)) throw new DomainError('VALIDATION_FAILED', '参数 fromDate 须为 YYYY-MM-DD 格式的日期', { field: 'fromDate' });
  if (!isIsoDate(toDate)) throw new DomainError('VALIDATION_FAILED', '参数 toDate 须为 YYYY-MM-DD 格式的日期', { field: 'toDate' });
  if (toDate < fromDate) throw new DomainError('VALIDATION_FAILED', '参数 toDate 不能早于 fromDate', { field: 'toDate' });
  assertOffset(offsetMinutes);
  const startMs = Date.parse(`${fromDate}T00:00:00Z`);
  const days = Math.round((Date.parse(`${toDate}T00:00:00Z`) - startMs) / DAY_MS) + 1;
  if (days > MAX_AWAY_RANGE_DAYS) {
    throw new DomainError('VALIDATION_FAILED', `查询范围不能超过${MAX_AWAY_RANGE_DAYS}天`, { field: 'toDate' });
  }
  const index = indexOrg(snapshot);
  const out: AwayDay[] = [];
  for (let i = 0; i < days; i++) {
    const date = new Date(startMs + i * DAY_MS).toISOString().slice(0, 10);
    const noon = new Date(startMs + i * DAY_MS + 12 * 3_600_000 - offsetMinutes * 60_000);
    const ctx = makeCtx(index, noon, offsetMinutes);
    const away: AwayPerson[] = [];
    for (const person of index.people.values()) {
      const absence = absenceOf(ctx, person.id);
      if (!absence) continue;
      const positionIds = [...new Set((index.apptsByPerson.get(person.id) ?? []).filter((a) => coversDate(a.from, a.to, date)).map((a) => a.positionId))];
      const positions = positionIds
        .filter((id) => index.positions.has(id))
        .map((id) => ({ positionId: id, title: titleOf(ctx, id), acting: actingWith(ctx, id) }));
      away.push({ personId: person.id, name: person.name, absence, positions });
    }
    out.push({ date, at: noon.toISOString(), away });
  }
  return out;
}
