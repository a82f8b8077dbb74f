import { computeDeadline, type Calendar, type Deadline } from '../../calendar/index.ts';
import { localDate } from '../../kernel/time.ts';
import { parseCitationId, type Citation, type Verdict } from '../../rules/rule.ts';
import { consultationWindow, windowRequirement, type WindowParameters } from './consultations.rules.ts';
import type { SubjectType, WindowRequirement } from './consultations.ts';

export interface WindowInput {
  readonly subjectType: SubjectType;
  readonly affectsMarket: boolean;
  readonly opensAt: Date;
  readonly lastDay: string;
  readonly shortenedReason: string | null;
}

/** The least window: the requirement that applies and its earliest last day on the calendar, explained. */
export interface MinimumWindow {
  readonly requirement: WindowRequirement;
  /** The local date the window opens (not counted). */
  readonly openDate: string;
  /** The calendar core's computation: the earliest last day is its due date. */
  readonly deadline: Deadline;
}

/**
 * The earliest last day a window opening at `opensAt` may have: the minimum period counted on the
 * official calendar from the opening day (not counted; 民法典第二百零一条), a calendar-day period
 * ending on a rest day running to the next working day (第二百零三条). Pure.
 */
export function minimumWindow(calendar: Calendar, subjectType: SubjectType, affectsMarket: boolean, opensAt: Date, params: WindowParameters, utcOffsetMinutes: number): MinimumWindow {
  const requirement = windowRequirement(subjectType, affectsMarket, params);
  const openDate = localDate(opensAt, utcOffsetMinutes);
  const source = requirement.cites.map(parseCitationId).filter((c): c is Citation => c !== undefined);
  const r = computeDeadline(calendar, { start: openDate, period: requirement.period, unit: requirement.unit, source });
  if (!r.ok) throw new RangeError(r.error.join('；'));
  return { requirement, openDate, deadline: r.value };
}

/** Whether a consultation may open with this window (the verdict of `consultation.window`). Pure. */
export function decideWindow(minimum: MinimumWindow, input: Pick<WindowInput, 'lastDay' | 'shortenedReason'>): { ok: boolean; shortened: boolean; verdicts: readonly Verdict[] } {
  const v = consultationWindow.check({
    requirement: minimum.requirement, openDate: minimum.openDate, lastDay: input.lastDay, earliestLastDay: minimum.deadline.dueDate,
    provisional: minimum.deadline.provisional, shortenedReason: input.shortenedReason,
  });
  return { ok: v.outcome !== 'block', shortened: input.lastDay < minimum.deadline.dueDate, verdicts: [v] };
}
