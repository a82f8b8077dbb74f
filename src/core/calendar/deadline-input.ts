/** Checks a deadline request and brings it into the form the counting works on. */
import { MAX_PERIOD_DAYS, MAX_PERIOD_MONTHS, UNITS, type ClockStop, type StopInterval, type ValidInput } from './deadline-types.ts';
import { err, ok } from '../kernel/result.ts';
import { isRecord, show } from './check.ts';
import type { Result } from '../kernel/result.ts';
import type { Citation } from '../rules/rule.ts';
import { fromDayNumber, toDayNumber } from './iso-date.ts';

export function validate(input: unknown): Result<ValidInput, readonly string[]> {
  const errors: string[] = [];
  if (!isRecord(input)) return err(['期限参数应为对象（含start、period、unit）']);

  const startValue = input['start'];
  const start = typeof startValue === 'string' ? toDayNumber(startValue) : undefined;
  if (start === undefined) errors.push(`start：起算日应为真实存在的YYYY-MM-DD日期，实际为${show(startValue)}`);

  const unitValue = input['unit'];
  const unit = UNITS.find((u) => u === unitValue);
  if (unit === undefined) errors.push(`unit：计算单位应为workday（工作日）、day（日）或month（月），实际为${show(unitValue)}`);

  const periodValue = input['period'];
  const max = unit === 'month' ? MAX_PERIOD_MONTHS : MAX_PERIOD_DAYS;
  const unitName = unit === 'month' ? '个月' : unit === 'workday' ? '个工作日' : '日';
  if (typeof periodValue !== 'number' || !Number.isInteger(periodValue) || periodValue <= 0) {
    errors.push(`period：期间应为正整数，实际为${show(periodValue)}`);
  } else if (periodValue > max) {
    errors.push(`period：期间不得超过${max}${unitName}，实际为${periodValue}`);
  }

  const clockStops: ClockStop[] = [];
  const stops: StopInterval[] = [];
  const stopsValue = input['clockStops'];
  if (stopsValue !== undefined) {
    if (!Array.isArray(stopsValue)) {
      errors.push(`clockStops：应为中止计算期间的数组，实际为${show(stopsValue)}`);
    } else {
      stopsValue.forEach((s: unknown, i) => {
        const path = `clockStops[${i}]`;
        if (!isRecord(s)) {
          errors.push(`${path}：应为包含from、to、reason的对象，实际为${show(s)}`);
          return;
        }
        const fromValue = s['from'];
        const toValue = s['to'];
        const reason = s['reason'];
        const from = typeof fromValue === 'string' ? toDayNumber(fromValue) : undefined;
        const to = typeof toValue === 'string' ? toDayNumber(toValue) : undefined;
        if (from === undefined) errors.push(`${path}.from：中止开始日应为真实存在的YYYY-MM-DD日期，实际为${show(fromValue)}`);
        if (to === undefined) errors.push(`${path}.to：中止结束日应为真实存在的YYYY-MM-DD日期，实际为${show(toValue)}`);
        if (typeof reason !== 'string' || reason.trim() === '') errors.push(`${path}.reason：应填写中止计算的事由，实际为${show(reason)}`);
        if (from === undefined || to === undefined || typeof reason !== 'string' || reason.trim() === '') return;
        if (from > to) {
          errors.push(`${path}.to：中止结束日${fromDayNumber(to)}早于开始日${fromDayNumber(from)}`);
          return;
        }
        clockStops.push({ from: fromDayNumber(from), to: fromDayNumber(to), reason: reason.trim() });
        stops.push({ from, to, reason: reason.trim() });
      });
    }
  }

  const basis: Citation[] = [];
  const sourceValue = input['source'];
  if (sourceValue !== undefined) {
    if (!Array.isArray(sourceValue)) {
      errors.push(`source：应为法律依据（条文引用）数组，实际为${show(sourceValue)}`);
    } else {
      sourceValue.forEach((c: unknown, i) => {
        const path = `source[${i}]`;
        if (!isRecord(c)) {
          errors.push(`${path}：应为包含source、article的条文引用，实际为${show(c)}`);
          return;
        }
        const src = c['source'];
        const article = c['article'];
        const clause = c['clause'];
        let good = true;
        if (typeof src !== 'string' || !/^[a-z0-9-]+$/.test(src)) {
          errors.push(`${path}.source：应为依据的标识（小写字母、数字、连字符），实际为${show(src)}`);
          good = false;
        }
        if (typeof article !== 'number' || !Number.isInteger(article) || article <= 0) {
          errors.push(`${path}.article：条号应为正整数，实际为${show(article)}`);
          good = false;
        }
        if (clause !== undefined && (typeof clause !== 'number' || !Number.isInteger(clause) || clause <= 0)) {
          errors.push(`${path}.clause：款（项）号应为正整数，实际为${show(clause)}`);
          good = false;
        }
        if (good && typeof src === 'string' && typeof article === 'number') {
          basis.push(typeof clause === 'number' ? { source: src, article, clause } : { source: src, article });
        }
      });
    }
  }

  if (errors.length > 0 || start === undefined || unit === undefined || typeof periodValue !== 'number') return err(errors);
  stops.sort((a, b) => a.from - b.from || a.to - b.to);
  return ok({ start, startIso: fromDayNumber(start), period: periodValue, unit, clockStops, stops, basis });
}

