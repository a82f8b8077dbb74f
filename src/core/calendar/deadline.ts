/**
 * Deadlines as values: the due date of a period counted in working days, calendar days or months
 * over a `Calendar`, with a day-by-day Chinese explanation and the legal sources of the counting
 * rules (legal-parameters §8D; 民法典 arts. 201–203).
 */
import type { IsoDate } from '../kernel/time.ts';
import { endOfLocalDay, formatChineseDate } from '../kernel/time.ts';
import { err, ok } from '../kernel/result.ts';
import { isRecord, show } from './check.ts';
import type { Result } from '../kernel/result.ts';
import type { Citation } from '../rules/rule.ts';
import type { Calendar, DayKind, DayKindName } from './calendar.ts';
import { isWorkingKind } from './calendar.ts';
import { MAX_DAY_NUMBER, chineseWeekdayOfDayNumber, civilFromDays, daysInMonth, fromDayNumber, isoFromParts, toDayNumber } from './iso-date.ts';

/**
 * Default UTC offset in minutes for the end of a period: Asia/Shanghai, UTC+8, no daylight saving
 * time. The rule pack's time-zone parameter overrides it; pass the pack value to {@link dueInstant}.
 */
export const DEFAULT_UTC_OFFSET_MINUTES = 480;

/** Source id of the Civil Code (中华人民共和国民法典) in citations. */
export const CIVIL_CODE = 'civil-code';

/** Longest period accepted in working days or calendar days (about ten years). */
export const MAX_PERIOD_DAYS = 3650;
/** Longest period accepted in months (ten years). */
export const MAX_PERIOD_MONTHS = 120;

// A walk longer than this means clock stops far beyond any real procedure: refuse, do not loop.
const MAX_WALK_DAYS = 20_000;

/** How a period is counted: working days (工作日), calendar days (日) or months (月). */
export type DeadlineUnit = 'workday' | 'day' | 'month';

const UNITS: readonly DeadlineUnit[] = ['workday', 'day', 'month'];

/** An interval (both ends inclusive) during which the period does not run, e.g. 征求第三方意见. */
export interface ClockStop {
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** Chinese reason shown in the explanation, e.g. `征求第三方意见`. */
  readonly reason: string;
}

/** What to count. */
export interface DeadlineInput {
  /** The trigger date (e.g. the day an application is received); it is not counted. */
  readonly start: IsoDate;
  /** A positive integer: at most 3650 working or calendar days, or 120 months. */
  readonly period: number;
  readonly unit: DeadlineUnit;
  readonly clockStops?: readonly ClockStop[];
  /** The provisions that set this period (e.g. `ogi-2019:33`); echoed as `basis`. */
  readonly source?: readonly Citation[];
}

/** One line of the explanation: one date and what the count did with it. */
export interface DeadlineStep {
  readonly date: IsoDate;
  readonly kind: DayKindName;
  /** True when the day counts towards the period. */
  readonly counted: boolean;
  /** Position in the count (第N个工作日 / 第N日), for counted days of working-day and calendar-day periods. */
  readonly ordinal?: number;
  /** Chinese sentence, e.g. `2025年9月27日 星期六 周休息日，不计`. */
  readonly note: string;
  /** Present when the date lies in a year without loaded holiday data. */
  readonly provisional?: true;
  /** The clock-stop reason, when the date lies in a clock-stop interval. */
  readonly clockStop?: string;
  /** Present on days added because the last day was a rest day (民法典 art. 203). */
  readonly extension?: true;
}

/** A computed deadline: the due date and how it was reached. */
export interface Deadline {
  readonly start: IsoDate;
  readonly period: number;
  readonly unit: DeadlineUnit;
  /** The last day of the period; it ends at 24:00 local time (see {@link dueInstant}). */
  readonly dueDate: IsoDate;
  /** True when any day counted or skipped lies in a year without loaded holiday data (暂定). */
  readonly provisional: boolean;
  readonly clockStops: readonly ClockStop[];
  /** Every date considered, in order (for months: only the dates that matter). */
  readonly explanation: readonly DeadlineStep[];
  /** One Chinese paragraph. */
  readonly summary: string;
  /** The counting rules applied (民法典 arts. 201–203). */
  readonly sources: readonly Citation[];
  /** The provisions that set the period, as given in the input. */
  readonly basis: readonly Citation[];
  /** Chinese notes on the data and practice relied on (notices used, make-up days, provisional years). */
  readonly notes: readonly string[];
  /** `Calendar.version` of the calendar used, so a changed calendar can trigger recomputation. */
  readonly calendarVersion: string;
}

interface StopInterval {
  readonly from: number;
  readonly to: number;
  readonly reason: string;
}

const CITE_201: Citation = { source: CIVIL_CODE, article: 201 };
const CITE_202: Citation = { source: CIVIL_CODE, article: 202 };
const CITE_203_1: Citation = { source: CIVIL_CODE, article: 203, clause: 1 };
const CITE_203_2: Citation = { source: CIVIL_CODE, article: 203, clause: 2 };

const SOURCES: Record<DeadlineUnit, readonly Citation[]> = {
  workday: [CITE_201, CITE_203_2],
  day: [CITE_201, CITE_203_1, CITE_203_2],
  month: [CITE_201, CITE_202, CITE_203_1, CITE_203_2],
};

const SHIFT_NOTE = '；该日为休假日，以休假日结束的次日为期间最后一日（民法典第二百零三条）';
const ENDS_HERE = '，为期间最后一日';
const ENDS_ON_REST = `，期间届满${SHIFT_NOTE}`;
const MAKE_UP_NOTE = '调休上班日计为工作日：这是依国务院办公厅年度节假日安排通知（“上班”）的通行做法，尚未见法律明文规定。';

interface ValidInput {
  readonly start: number;
  readonly startIso: IsoDate;
  readonly period: number;
  readonly unit: DeadlineUnit;
  readonly clockStops: readonly ClockStop[];
  readonly stops: readonly StopInterval[];
  readonly basis: readonly Citation[];
}

function validate(input: unknown): Result<ValidInput, readonly string[]> {
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

function dayLabel(k: DayKind): string {
  let base: string;
  switch (k.kind) {
    case 'workday':
      base = '工作日';
      break;
    case 'weekend':
      base = '周休息日';
      break;
    case 'holiday':
      base = `${k.name ?? '节日'}假期`;
      break;
    case 'makeup-workday':
      base = `${k.name ?? '节日'}调休上班日`;
      break;
  }
  return k.provisional ? `${base}（暂定）` : base;
}

interface DayInfo {
  readonly iso: IsoDate;
  readonly kind: DayKind;
  /** `2025年9月27日 星期六 周休息日`: the start of every note for that day. */
  readonly head: string;
}

// Per-calendar memo of day descriptions: deadlines over the same months share them. Calendars are
// immutable values, so the memo never goes stale; it is bounded so odd inputs cannot grow it without limit.
const DAY_MEMO = new WeakMap<Calendar, Map<number, DayInfo>>();
const DAY_MEMO_LIMIT = 50_000;

function describeDay(calendar: Calendar, n: number): DayInfo {
  let memo = DAY_MEMO.get(calendar);
  if (memo === undefined) {
    memo = new Map();
    DAY_MEMO.set(calendar, memo);
  }
  const known = memo.get(n);
  if (known !== undefined) return known;
  const iso = fromDayNumber(n);
  const kind = calendar.dayKind(iso);
  const info: DayInfo = { iso, kind, head: `${formatChineseDate(iso)} ${chineseWeekdayOfDayNumber(n)} ${dayLabel(kind)}` };
  if (memo.size < DAY_MEMO_LIMIT) memo.set(n, info);
  return info;
}

/** One walked day: its date, kind and the clock-stop reason covering it, if any. */
interface Day {
  readonly n: number;
  readonly iso: IsoDate;
  readonly kind: DayKind;
  readonly stop: string | undefined;
  readonly head: string;
}

class Walker {
  readonly steps: DeadlineStep[] = [];
  provisional = false;
  stoppedDays = 0;
  readonly unloadedYears = new Set<number>();
  readonly stopsHit = new Set<StopInterval>();
  private walked = 0;

  constructor(
    private readonly calendar: Calendar,
    private readonly stops: readonly StopInterval[],
  ) {}

  /** Looks at day `n`; returns undefined when the walk has gone beyond what can be computed. */
  day(n: number): Day | undefined {
    if (n > MAX_DAY_NUMBER || ++this.walked > MAX_WALK_DAYS) return undefined;
    const { iso, kind, head } = describeDay(this.calendar, n);
    if (kind.provisional) {
      this.provisional = true;
      this.unloadedYears.add(Number(iso.slice(0, 4)));
    }
    let reasons: string[] | undefined;
    for (const s of this.stops) {
      if (s.from > n) break;
      if (n <= s.to) {
        this.stopsHit.add(s);
        if (reasons === undefined) reasons = [s.reason];
        else if (!reasons.includes(s.reason)) reasons.push(s.reason);
      }
    }
    return { n, iso, kind, stop: reasons?.join('、'), head };
  }

  push(d: Day, counted: boolean, note: string, extra?: { ordinal?: number; extension?: true }): void {
    const step: { -readonly [K in keyof DeadlineStep]: DeadlineStep[K] } = { date: d.iso, kind: d.kind.kind, counted, note };
    if (extra?.ordinal !== undefined) step.ordinal = extra.ordinal;
    if (d.kind.provisional) step.provisional = true;
    if (d.stop !== undefined) step.clockStop = d.stop;
    if (extra?.extension) step.extension = true;
    this.steps.push(step);
  }

  pushStopped(d: Day, suffix = '', extension = false): void {
    this.stoppedDays++;
    this.push(d, false, `${d.head}，中止计算（${d.stop ?? ''}），不计${suffix}`, extension ? { extension: true } : undefined);
  }

  /**
   * The last day `last` is a rest day: walk on to the first working day not inside a clock stop
   * (民法典 art. 203). Returns its day number, or undefined when out of range.
   */
  shift(last: number): number | undefined {
    let n = last;
    for (;;) {
      const d = this.day(++n);
      if (d === undefined) return undefined;
      if (d.stop !== undefined) {
        this.pushStopped(d, '，顺延', true);
      } else if (isWorkingKind(d.kind.kind)) {
        this.push(d, false, `${d.head}，顺延至此日，为期间最后一日`, { extension: true });
        return n;
      } else {
        this.push(d, false, `${d.head}，顺延`, { extension: true });
      }
    }
  }
}

const OUT_OF_RANGE = ['period：期间届满日超出可计算的范围，请核对起算日、期间和中止计算期间'];

/** The last counted day and the due date (after any rest-day shift), or undefined when out of range. */
interface Walked {
  readonly last: number;
  readonly due: number;
  /** For months: the corresponding date N months later, and whether it was clamped to month end. */
  readonly corresponding?: { readonly n: number; readonly clamped: boolean };
}

function walkWorkdays(w: Walker, v: ValidInput): Walked | undefined {
  let n = v.start;
  let count = 0;
  while (count < v.period) {
    const d = w.day(++n);
    if (d === undefined) return undefined;
    if (d.stop !== undefined) {
      w.pushStopped(d);
    } else if (isWorkingKind(d.kind.kind)) {
      count++;
      w.push(d, true, `${d.head}，计第${count}个工作日${count === v.period ? '，为期间最后一日' : ''}`, { ordinal: count });
    } else {
      w.push(d, false, `${d.head}，不计`);
    }
  }
  return { last: n, due: n };
}

function walkDays(w: Walker, v: ValidInput): Walked | undefined {
  let n = v.start;
  let count = 0;
  let lastDay: Day | undefined;
  while (count < v.period) {
    const d = w.day(++n);
    if (d === undefined) return undefined;
    if (d.stop !== undefined) {
      w.pushStopped(d);
      continue;
    }
    count++;
    const isLast = count === v.period;
    const suffix = !isLast ? '' : isWorkingKind(d.kind.kind) ? ENDS_HERE : ENDS_ON_REST;
    w.push(d, true, `${d.head}，计第${count}日${suffix}`, { ordinal: count });
    lastDay = d;
  }
  if (lastDay === undefined) return undefined;
  if (isWorkingKind(lastDay.kind.kind)) return { last: n, due: n };
  const due = w.shift(n);
  return due === undefined ? undefined : { last: n, due };
}

function walkMonths(w: Walker, v: ValidInput): Walked | undefined {
  const { y, m, d: day } = civilFromDays(v.start);
  const index = y * 12 + (m - 1) + v.period;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  const dim = daysInMonth(ty, tm);
  const clamped = day > dim;
  const corresponding = toDayNumber(isoFromParts(ty, tm, Math.min(day, dim)));
  if (corresponding === undefined) return undefined;
  const nominal = clamped
    ? `起算日为${day}日，${v.period}个月后的${ty}年${tm}月没有对应日，以该月最后一日为对应日（民法典第二百零二条）`
    : `${v.period}个月后的对应日（民法典第二百零二条）`;

  // Only days inside clock stops are listed before the corresponding date; the rest are plain counting.
  let stopped = 0;
  if (v.stops.length > 0) {
    const firstStop = v.stops[0]?.from ?? corresponding;
    for (let n = Math.max(v.start + 1, firstStop); n <= corresponding; n++) {
      const d = w.day(n);
      if (d === undefined) return undefined;
      if (d.stop !== undefined) {
        stopped++;
        w.pushStopped(d, n === corresponding ? `；本日为${nominal}` : '');
      }
    }
  }
  const endingSuffix = (d: Day): string => (isWorkingKind(d.kind.kind) ? ENDS_HERE : ENDS_ON_REST);

  let n = corresponding;
  let lastDay: Day | undefined;
  if (stopped === 0) {
    const d = w.day(n);
    if (d === undefined) return undefined;
    w.push(d, true, `${d.head}，${nominal}${endingSuffix(d)}`);
    lastDay = d;
  } else {
    if (w.steps.at(-1)?.date !== fromDayNumber(corresponding)) {
      const d = w.day(n);
      if (d === undefined) return undefined;
      w.push(d, true, `${d.head}，${nominal}；期间内中止计算${stopped}日，相应顺延${stopped}日`);
    }
    let added = 0;
    while (added < stopped) {
      const d = w.day(++n);
      if (d === undefined) return undefined;
      if (d.stop !== undefined) {
        w.pushStopped(d);
        continue;
      }
      added++;
      w.push(d, true, `${d.head}，补足中止计算的第${added}日${added === stopped ? endingSuffix(d) : ''}`);
      lastDay = d;
    }
  }
  if (lastDay === undefined) return undefined;
  const result = { last: n, corresponding: { n: corresponding, clamped } };
  if (isWorkingKind(lastDay.kind.kind)) return { ...result, due: n };
  const due = w.shift(n);
  return due === undefined ? undefined : { ...result, due };
}

function unitText(unit: DeadlineUnit, period: number): string {
  return unit === 'workday' ? `${period}个工作日` : unit === 'day' ? `${period}日` : `${period}个月`;
}

function rangeText(from: number, to: number): string {
  return from === to ? formatChineseDate(fromDayNumber(from)) : `${formatChineseDate(fromDayNumber(from))}至${formatChineseDate(fromDayNumber(to))}`;
}

function provisionalYearsText(years: ReadonlySet<number>): string {
  return [...years]
    .sort((a, b) => a - b)
    .map((y) => `${y}年`)
    .join('、');
}

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
