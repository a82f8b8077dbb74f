/** The values of deadline arithmetic: units, inputs, steps of the explanation, the result. */
import type { IsoDate } from '../kernel/time.ts';
import type { Citation } from '../rules/rule.ts';
import type { DayKindName } from './calendar.ts';

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
export const MAX_WALK_DAYS = 20_000;

/** How a period is counted: working days (工作日), calendar days (日) or months (月). */
export type DeadlineUnit = 'workday' | 'day' | 'month';

export const UNITS: readonly DeadlineUnit[] = ['workday', 'day', 'month'];

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

export interface StopInterval {
  readonly from: number;
  readonly to: number;
  readonly reason: string;
}

export interface ValidInput {
  readonly start: number;
  readonly startIso: IsoDate;
  readonly period: number;
  readonly unit: DeadlineUnit;
  readonly clockStops: readonly ClockStop[];
  readonly stops: readonly StopInterval[];
  readonly basis: readonly Citation[];
}
