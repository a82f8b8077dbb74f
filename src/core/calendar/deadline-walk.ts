/** Walking the calendar day by day for each unit of period, writing the explanation as it goes. */
import { MAX_WALK_DAYS, type DeadlineStep, type DeadlineUnit, type StopInterval, type ValidInput } from './deadline-types.ts';
import type { IsoDate } from '../kernel/time.ts';
import { formatChineseDate } from '../kernel/time.ts';
import type { Calendar, DayKind } from './calendar.ts';
import { isWorkingKind } from './calendar.ts';
import { MAX_DAY_NUMBER, chineseWeekdayOfDayNumber, civilFromDays, daysInMonth, fromDayNumber, isoFromParts, toDayNumber } from './iso-date.ts';

export const SHIFT_NOTE = '；该日为休假日，以休假日结束的次日为期间最后一日（民法典第二百零三条）';
export const ENDS_HERE = '，为期间最后一日';
export const ENDS_ON_REST = `，期间届满${SHIFT_NOTE}`;
export const MAKE_UP_NOTE = '调休上班日计为工作日：这是依国务院办公厅年度节假日安排通知（“上班”）的通行做法，尚未见法律明文规定。';

export function dayLabel(k: DayKind): string {
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

export interface DayInfo {
  readonly iso: IsoDate;
  readonly kind: DayKind;
  /** `2025年9月27日 星期六 周休息日`: the start of every note for that day. */
  readonly head: string;
}

// Per-calendar memo of day descriptions: deadlines over the same months share them. Calendars are
// immutable values, so the memo never goes stale; it is bounded so odd inputs cannot grow it without limit.
export const DAY_MEMO = new WeakMap<Calendar, Map<number, DayInfo>>();
export const DAY_MEMO_LIMIT = 50_000;

export function describeDay(calendar: Calendar, n: number): DayInfo {
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
export interface Day {
  readonly n: number;
  readonly iso: IsoDate;
  readonly kind: DayKind;
  readonly stop: string | undefined;
  readonly head: string;
}

export class Walker {
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

export const OUT_OF_RANGE = ['period：期间届满日超出可计算的范围，请核对起算日、期间和中止计算期间'];

/** The last counted day and the due date (after any rest-day shift), or undefined when out of range. */
export interface Walked {
  readonly last: number;
  readonly due: number;
  /** For months: the corresponding date N months later, and whether it was clamped to month end. */
  readonly corresponding?: { readonly n: number; readonly clamped: boolean };
}

export function walkWorkdays(w: Walker, v: ValidInput): Walked | undefined {
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

export function walkDays(w: Walker, v: ValidInput): Walked | undefined {
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

export function walkMonths(w: Walker, v: ValidInput): Walked | undefined {
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

export function unitText(unit: DeadlineUnit, period: number): string {
  return unit === 'workday' ? `${period}个工作日` : unit === 'day' ? `${period}日` : `${period}个月`;
}

export function rangeText(from: number, to: number): string {
  return from === to ? formatChineseDate(fromDayNumber(from)) : `${formatChineseDate(fromDayNumber(from))}至${formatChineseDate(fromDayNumber(to))}`;
}

export function provisionalYearsText(years: ReadonlySet<number>): string {
  return [...years]
    .sort((a, b) => a - b)
    .map((y) => `${y}年`)
    .join('、');
}

