/**
 * Working-day and calendar-day arithmetic over a `Calendar` value, with Chinese explanations.
 * Pure: no I/O, no clock, no dependence on the machine's time zone.
 */
export type { Calendar, CalendarYear, DayKind, DayKindName, Holiday, MakeUpWorkday, WeekdayName } from './calendar.ts';
export { WEEKDAY_NAMES, buildCalendar, isWorkingKind, parseCalendarYear } from './calendar.ts';
export type { ClockStop, Deadline, DeadlineInput, DeadlineStep, DeadlineUnit } from './deadline.ts';
export {
  CIVIL_CODE,
  DEFAULT_UTC_OFFSET_MINUTES,
  MAX_PERIOD_DAYS,
  MAX_PERIOD_MONTHS,
  computeDeadline,
  dueInstant,
  workingDaysBetween,
} from './deadline.ts';
export { addDays, chineseWeekday, daysBetween, isRealDate, weekdayOf } from './iso-date.ts';
