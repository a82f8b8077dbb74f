/**
 * Deadlines as values: the due date of a period counted in working days, calendar days or months
 * over a `Calendar`, with a day-by-day Chinese explanation and the legal sources of the counting
 * rules (legal-parameters §8D; 民法典 arts. 201–203).
 */
import { CIVIL_CODE, type Deadline, type DeadlineInput, type DeadlineUnit } from './deadline-types.ts';
import { validate } from './deadline-input.ts';
import { MAKE_UP_NOTE, OUT_OF_RANGE, Walker, dayLabel, describeDay, provisionalYearsText, rangeText, unitText, walkDays, walkMonths, walkWorkdays } from './deadline-walk.ts';

// The public types and limits, as this module has always offered them.
export { CIVIL_CODE, DEFAULT_UTC_OFFSET_MINUTES, MAX_PERIOD_DAYS, MAX_PERIOD_MONTHS } from './deadline-types.ts';
export type { ClockStop, Deadline, DeadlineInput, DeadlineStep, DeadlineUnit } from './deadline-types.ts';
import type { IsoDate } from '../kernel/time.ts';
import { endOfLocalDay, formatChineseDate } from '../kernel/time.ts';
import { err, ok } from '../kernel/result.ts';
import type { Result } from '../kernel/result.ts';
import type { Citation } from '../rules/rule.ts';
import type { Calendar } from './calendar.ts';
import { isWorkingKind } from './calendar.ts';
import { civilFromDays, fromDayNumber, toDayNumber } from './iso-date.ts';

const CITE_201: Citation = { source: CIVIL_CODE, article: 201 };
const CITE_202: Citation = { source: CIVIL_CODE, article: 202 };
const CITE_203_1: Citation = { source: CIVIL_CODE, article: 203, clause: 1 };
const CITE_203_2: Citation = { source: CIVIL_CODE, article: 203, clause: 2 };

const SOURCES: Record<DeadlineUnit, readonly Citation[]> = {
  workday: [CITE_201, CITE_203_2],
  day: [CITE_201, CITE_203_1, CITE_203_2],
  month: [CITE_201, CITE_202, CITE_203_1, CITE_203_2],
};

/**
 * Computes when a period ends.
 *
 * - The start day is not counted; counting begins the next day (民法典 art. 201).
 * - `workday`: only working days count — weekdays that are not holidays, plus the official
 *   make-up working days (practice under the State Council's annual notices).
 * - `day`: every day counts; if the last day is a rest day (weekend not made up, or holiday),
 *   the period ends on the next working day (民法典 art. 203).
 * - `month`: the corresponding date N months later, or the last day of that month when there is
 *   none (民法典 art. 202); then the same rest-day rule.
 * - Days inside a clock stop (both ends inclusive) are never counted; for months, the period is
 *   prolonged by the number of stopped days up to the corresponding date. A due date is never a
 *   stopped day: the rest-day shift also passes over stopped days.
 * - Beyond the loaded years only Saturday and Sunday are rest days and the result is provisional.
 *
 * Returns Chinese error messages naming the field (`period：…`) for bad input.
 */
export function computeDeadline(calendar: Calendar, input: DeadlineInput): Result<Deadline, readonly string[]> {
  const valid = validate(input);
  if (!valid.ok) return valid;
  const v = valid.value;

  const w = new Walker(calendar, v.stops);
  const walked = v.unit === 'workday' ? walkWorkdays(w, v) : v.unit === 'day' ? walkDays(w, v) : walkMonths(w, v);
  if (walked === undefined) return err(OUT_OF_RANGE);

  // Months list only notable dates; check the days in between for provisional data too.
  if (v.unit === 'month' && !w.provisional) {
    const yearsTouched = new Set<number>();
    for (let y = civilFromDays(v.start + 1).y; y <= civilFromDays(walked.due).y; y++) yearsTouched.add(y);
    for (const y of yearsTouched) {
      if (calendar.hasYear(y)) continue;
      const from = Math.max(v.start + 1, toDayNumber(`${String(y).padStart(4, '0')}-01-01`) ?? v.start + 1);
      const to = Math.min(walked.due, toDayNumber(`${String(y).padStart(4, '0')}-12-31`) ?? walked.due);
      for (let n = from; n <= to; n++) {
        if (calendar.dayKind(fromDayNumber(n)).provisional) {
          w.provisional = true;
          w.unloadedYears.add(y);
          break;
        }
      }
    }
  }

  const dueIso = fromDayNumber(walked.due);
  let summary = `自${formatChineseDate(v.startIso)}起算（当日不计），${unitText(v.unit, v.period)}`;
  if (walked.corresponding !== undefined) {
    summary += `，${v.period}个月后的对应日为${formatChineseDate(fromDayNumber(walked.corresponding.n))}`;
    if (walked.corresponding.clamped) summary += '（该月无对应日，以月末为对应日）';
  }
  if (w.stoppedDays > 0) {
    const stops = [...w.stopsHit].map((s) => `${s.reason}：${rangeText(s.from, s.to)}`).join('；');
    summary += `，其间中止计算${w.stoppedDays}日（${stops}）`;
  }
  if (walked.due !== walked.last) {
    const lastIso = fromDayNumber(walked.last);
    summary += `，期间最后一日${formatChineseDate(lastIso)}为${dayLabel(calendar.dayKind(lastIso))}，顺延至${formatChineseDate(dueIso)}届满`;
  } else {
    summary += `，至${formatChineseDate(dueIso)}届满`;
  }
  summary += '；期间最后一日24时截止。';
  if (w.provisional) {
    summary += `${provisionalYearsText(w.unloadedYears)}节假日安排尚未载入，暂按周六、周日休息计算，届满日为暂定。`;
  }

  const notes: string[] = [];
  if (v.unit === 'workday') notes.push(MAKE_UP_NOTE);
  const firstYear = civilFromDays(v.start + 1).y;
  const lastYear = civilFromDays(walked.due).y;
  for (let y = firstYear; y <= lastYear; y++) {
    const data = calendar.yearData(y);
    if (data !== undefined) notes.push(`${y}年节假日安排依据：${data.source}；周休息日依据：${data.weeklyRestSource}。`);
  }
  if (w.provisional) {
    notes.push(`${provisionalYearsText(w.unloadedYears)}节假日安排尚未载入：暂按周六、周日为休息日计算，届满日为暂定；载入当年安排后应重新计算。`);
  }

  return ok({
    start: v.startIso,
    period: v.period,
    unit: v.unit,
    dueDate: dueIso,
    provisional: w.provisional,
    clockStops: v.clockStops,
    explanation: w.steps,
    summary,
    sources: SOURCES[v.unit],
    basis: v.basis,
    notes,
    calendarVersion: calendar.version,
  });
}

/**
 * The instant a deadline ends: 24:00 local time of its due date (民法典 art. 203), at a fixed UTC
 * offset in minutes — pass the rule pack's time-zone parameter ({@link DEFAULT_UTC_OFFSET_MINUTES}
 * for Asia/Shanghai).
 *
 * @throws RangeError when the offset is not a whole number of minutes between −720 and +840.
 */
export function dueInstant(deadline: Pick<Deadline, 'dueDate'>, offsetMinutes: number): Date {
  if (!Number.isInteger(offsetMinutes) || offsetMinutes < -720 || offsetMinutes > 840) {
    throw new RangeError(`时区偏移应为-720至840之间的整数分钟，实际为${String(offsetMinutes)}`);
  }
  return endOfLocalDay(deadline.dueDate, offsetMinutes);
}

/**
 * Working days after `from` up to and including `to` (for "还剩 N 个工作日"); 0 when the dates are
 * equal, negative when `to` is before `from` (then minus the working days after `to` up to and
 * including `from`).
 *
 * @throws RangeError when either date is not a real `YYYY-MM-DD` date.
 */
export function workingDaysBetween(calendar: Calendar, from: IsoDate, to: IsoDate): number {
  const a = toDayNumber(from);
  const b = toDayNumber(to);
  if (a === undefined) throw new RangeError(`无效日期：“${from}”（应为真实存在的YYYY-MM-DD日期）`);
  if (b === undefined) throw new RangeError(`无效日期：“${to}”（应为真实存在的YYYY-MM-DD日期）`);
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  let count = 0;
  for (let n = lo + 1; n <= hi; n++) {
    if (isWorkingKind(describeDay(calendar, n).kind.kind)) count++;
  }
  return b >= a ? count : -count;
}

