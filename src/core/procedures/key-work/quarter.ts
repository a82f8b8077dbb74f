/**
 * Quarters (季度) of the calendar year, as the 县长办公会议 works by them (art. 47: 按季推进). Pure
 * date arithmetic on local dates; a quarter ends at 24:00 on its last day.
 */
import { addDays, daysInMonth, isoFromParts } from '../../calendar/iso-date.ts';
import type { IsoDate } from '../../kernel/time.ts';
import { toChineseNumeral } from '../../law/numerals.ts';

export type QuarterNumber = 1 | 2 | 3 | 4;

export interface Quarter {
  readonly year: number;
  readonly quarter: QuarterNumber;
}

/** The quarter a local date falls in. */
export function quarterOf(date: IsoDate): Quarter {
  return { year: Number(date.slice(0, 4)), quarter: (Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1) as QuarterNumber };
}

/** First day of the quarter. */
export function quarterStart(q: Quarter): IsoDate {
  return isoFromParts(q.year, (q.quarter - 1) * 3 + 1, 1);
}

/** Last day of the quarter. */
export function quarterEnd(q: Quarter): IsoDate {
  const month = q.quarter * 3;
  return isoFromParts(q.year, month, daysInMonth(q.year, month));
}

export function nextQuarter(q: Quarter): Quarter {
  return q.quarter === 4 ? { year: q.year + 1, quarter: 1 } : { year: q.year, quarter: (q.quarter + 1) as QuarterNumber };
}

export function previousQuarter(q: Quarter): Quarter {
  return q.quarter === 1 ? { year: q.year - 1, quarter: 4 } : { year: q.year, quarter: (q.quarter - 1) as QuarterNumber };
}

/** Negative when `a` is before `b`, 0 when the same quarter, positive when after. */
export function compareQuarters(a: Quarter, b: Quarter): number {
  return a.year * 4 + a.quarter - (b.year * 4 + b.quarter);
}

/** 2025年第四季度 */
export function quarterLabel(q: Quarter): string {
  return `${q.year}年第${toChineseNumeral(q.quarter)}季度`;
}

/** A quarter has ended once its last day is over (today is later). */
export function quarterEnded(q: Quarter, today: IsoDate): boolean {
  return today > quarterEnd(q);
}

/**
 * The day on which a quarter's list is judged: today while the quarter runs (or before it starts);
 * the day after its end once it has ended, so that a past quarter's list stays as it stood.
 */
export function judgedOn(q: Quarter, today: IsoDate): IsoDate {
  return quarterEnded(q, today) ? addDays(quarterEnd(q), 1) : today;
}
