/**
 * Zone-free arithmetic on ISO dates (`YYYY-MM-DD`). Dates are mapped to day numbers (days since
 * 1970-01-01) with pure integer arithmetic, so nothing here depends on the machine's time zone
 * and no Date object is created.
 */
import type { IsoDate } from '../kernel/time.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of 0001-01-01 and 9999-12-31: the range in which dates format as `YYYY-MM-DD`. */
export const MIN_DAY_NUMBER = -719162;
export const MAX_DAY_NUMBER = 2932896;

const CHINESE_WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Number of days in month `m` (1–12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

// Days from civil date, after H. Hinnant's public-domain algorithm (proleptic Gregorian).
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The parts of a day number: year, month (1–12), day (1–31). */
export function civilFromDays(n: number): { y: number; m: number; d: number } {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: m <= 2 ? era * 400 + yoe + 1 : era * 400 + yoe, m, d };
}

/** Day number (days since 1970-01-01) of a real date `YYYY-MM-DD` (years 0001–9999), or undefined. */
export function toDayNumber(date: string): number | undefined {
  const match = ISO_DATE.exec(date);
  if (!match) return undefined;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return daysFromCivil(y, m, d);
}

/** True when `s` is a real calendar date `YYYY-MM-DD` (years 0001–9999). */
export function isRealDate(s: unknown): s is IsoDate {
  return typeof s === 'string' && toDayNumber(s) !== undefined;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** The ISO date of a day number. */
export function fromDayNumber(n: number): IsoDate {
  const { y, m, d } = civilFromDays(n);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** An ISO date built from parts (no validation; callers pass real dates). */
export function isoFromParts(y: number, m: number, d: number): IsoDate {
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

function dayNumberOrThrow(date: IsoDate): number {
  const n = toDayNumber(date);
  if (n === undefined) throw new RangeError(`无效日期：“${date}”（应为真实存在的YYYY-MM-DD日期）`);
  return n;
}

/** Day of week of a day number: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOfDayNumber(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

/**
 * Day of week of an ISO date: 0 = Sunday … 6 = Saturday, independent of the machine's time zone.
 * @throws RangeError when `date` is not a real date.
 */
export function weekdayOf(date: IsoDate): number {
  return weekdayOfDayNumber(dayNumberOrThrow(date));
}

/**
 * The date `n` days after `date` (before it when `n` is negative).
 * @throws RangeError when `date` is not a real date.
 */
export function addDays(date: IsoDate, n: number): IsoDate {
  return fromDayNumber(dayNumberOrThrow(date) + n);
}

/**
 * Days from `from` to `to` (positive when `to` is later).
 * @throws RangeError when either is not a real date.
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumberOrThrow(to) - dayNumberOrThrow(from);
}

/** Year of an ISO date string already known to be valid. */
export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** Chinese weekday name of a day number: 星期一 … 星期日. */
export function chineseWeekdayOfDayNumber(n: number): string {
  return CHINESE_WEEKDAYS[weekdayOfDayNumber(n)] ?? '';
}

/** Chinese weekday name of an ISO date: 星期一 … 星期日. */
export function chineseWeekday(date: IsoDate): string {
  return chineseWeekdayOfDayNumber(dayNumberOrThrow(date));
}
