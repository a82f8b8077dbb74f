/**
 * The working-day calendar: one data file per year (the State Council General Office's annual
 * holiday notice), validated, then merged into a `Calendar` value that says what kind of day any
 * date is. Beyond the loaded years only the weekly rest days (Saturday and Sunday) are known, and
 * such days are marked provisional.
 */
import type { IsoDate } from '../kernel/time.ts';
import { formatChineseDate } from '../kernel/time.ts';
import { err, ok } from '../kernel/result.ts';
import { isRecord, show } from './check.ts';
import type { Result } from '../kernel/result.ts';
import { chineseWeekdayOfDayNumber, fromDayNumber, toDayNumber, weekdayOfDayNumber, yearOf } from './iso-date.ts';

/** English weekday names as used in the year files, indexed by day of week (0 = Sunday). */
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** A weekday name as used in `weeklyRestDays`. */
export type WeekdayName = (typeof WEEKDAY_NAMES)[number];

/** One holiday range of a year's notice, both ends inclusive (e.g. 春节 2025-01-28 – 2025-02-04). */
export interface Holiday {
  readonly name: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** A Saturday or Sunday declared a working day (上班) by the notice, and the holiday it makes up for. */
export interface MakeUpWorkday {
  readonly for: string;
  readonly date: IsoDate;
}

/** One year of the national calendar, exactly as stored in `src/packs/calendars/cn-YYYY.json`. */
export interface CalendarYear {
  readonly year: number;
  /** The notice the data comes from (title, number, date). */
  readonly source: string;
  readonly weeklyRestDays: readonly WeekdayName[];
  /** The provision that sets the weekly rest days. */
  readonly weeklyRestSource: string;
  readonly holidays: readonly Holiday[];
  readonly makeUpWorkdays: readonly MakeUpWorkday[];
}

/** What kind of day a date is. */
export type DayKindName = 'workday' | 'weekend' | 'holiday' | 'makeup-workday';

/** The kind of one date, with the holiday's name for holidays and make-up working days. */
export interface DayKind {
  readonly kind: DayKindName;
  /** Holiday name (for `holiday`) or the holiday made up for (for `makeup-workday`). */
  readonly name?: string;
  /** True when the date's year has no loaded data, so only Saturday and Sunday are known rest days. */
  readonly provisional: boolean;
}

/** A merged, read-only calendar over several years. Build it with {@link buildCalendar}. */
export interface Calendar {
  /** Loaded years, ascending. */
  readonly years: readonly number[];
  /** A fingerprint of the loaded data (`2025+2026#1a2b3c4d`), to record with computed deadlines. */
  readonly version: string;
  /**
   * The kind of day `date` is.
   * @throws RangeError when `date` is not a real `YYYY-MM-DD` date.
   */
  dayKind(date: IsoDate): DayKind;
  /** True for weekdays that are not holidays and for make-up working days. */
  isWorkingDay(date: IsoDate): boolean;
  /** True when the data for `year` is loaded. */
  hasYear(year: number): boolean;
  /** The loaded data for `year`, if any. */
  yearData(year: number): CalendarYear | undefined;
}

/** True for kinds on which offices work. */
export function isWorkingKind(kind: DayKindName): boolean {
  return kind === 'workday' || kind === 'makeup-workday';
}

// Sanity bounds on the data. The longest holiday so far is 9 days (春节 2026); a range much longer
// than a month is a typing error, not a holiday.
const MIN_YEAR = 1900;
const MAX_YEAR = 9999;
const MAX_HOLIDAY_DAYS = 31;
// Some notices place the start of 元旦 or a make-up day in the last days of the previous year
// (2023: 2022年12月31日至2023年1月2日; 2012: 2011年12月31日上班).
const CROSS_YEAR_DAYS = 7;

const TOP_LEVEL_KEYS = ['year', 'source', 'weeklyRestDays', 'weeklyRestSource', 'holidays', 'makeUpWorkdays'] as const;

function nonEmptyString(v: unknown): v is string {
  return typeof v === 'string' && v.trim().length > 0;
}

function checkUnknownKeys(obj: Record<string, unknown>, known: readonly string[], path: string, errors: string[]): void {
  for (const key of Object.keys(obj)) {
    if (!known.includes(key)) errors.push(`${path === '' ? key : `${path}.${key}`}：未知字段，请删除或更正字段名`);
  }
}

/**
 * Reads a date field that must lie in `year` (or in the last days of the previous year) and
 * returns its day number, or pushes an error naming the field.
 */
function readDate(v: unknown, field: string, year: number | undefined, errors: string[]): number | undefined {
  if (typeof v !== 'string') {
    errors.push(`${field}：应为YYYY-MM-DD格式的日期，实际为${show(v)}`);
    return undefined;
  }
  const n = toDayNumber(v);
  if (n === undefined) {
    errors.push(`${field}：${show(v)}不是真实存在的日期（应为YYYY-MM-DD）`);
    return undefined;
  }
  if (year !== undefined) {
    const first = toDayNumber(`${year}-01-01`);
    const last = toDayNumber(`${year}-12-31`);
    if (first !== undefined && last !== undefined && (n < first - CROSS_YEAR_DAYS || n > last)) {
      errors.push(`${field}：${v}不在${year}年内（仅允许上一年最后${CROSS_YEAR_DAYS}天的跨年安排）`);
      return undefined;
    }
  }
  return n;
}

/**
 * Validates one year file and returns it normalised (known fields only), or every problem found,
 * each a Chinese message that names the offending field (`holidays[2].to：…`).
 *
 * Checks: required fields and types; no unknown fields; the year between 1900 and 9999; weekly
 * rest days are distinct English weekday names; every date is real and inside the year (the
 * last days of the previous year are allowed, as some 元旦 arrangements start on 31 December);
 * holiday ranges have from ≤ to, last at most 31 days and do not overlap; make-up working days
 * fall on a weekly rest day, are not inside a holiday, are not repeated, and name a holiday of
 * the same file.
 */
export function parseCalendarYear(json: unknown): Result<CalendarYear, readonly string[]> {
  const errors: string[] = [];
  if (!isRecord(json)) return err(['日历数据应为JSON对象']);
  checkUnknownKeys(json, TOP_LEVEL_KEYS, '', errors);

  const yearValue = json['year'];
  let year: number | undefined;
  if (typeof yearValue !== 'number' || !Number.isInteger(yearValue) || yearValue < MIN_YEAR || yearValue > MAX_YEAR) {
    errors.push(`year：应为${MIN_YEAR}至${MAX_YEAR}之间的整数年份，实际为${show(yearValue)}`);
  } else {
    year = yearValue;
  }

  const source = json['source'];
  if (!nonEmptyString(source)) errors.push(`source：应填写节假日安排通知的名称、文号和日期，实际为${show(source)}`);
  const weeklyRestSource = json['weeklyRestSource'];
  if (!nonEmptyString(weeklyRestSource)) errors.push(`weeklyRestSource：应填写周休息日的依据，实际为${show(weeklyRestSource)}`);

  const restValue = json['weeklyRestDays'];
  const restDays: WeekdayName[] = [];
  const restWeekdays = new Set<number>();
  if (!Array.isArray(restValue)) {
    errors.push(`weeklyRestDays：应为星期名称数组（如["Saturday","Sunday"]），实际为${show(restValue)}`);
  } else {
    restValue.forEach((v: unknown, i) => {
      const index = WEEKDAY_NAMES.findIndex((name) => name === v);
      const name = WEEKDAY_NAMES[index];
      if (name === undefined) {
        errors.push(`weeklyRestDays[${i}]：${show(v)}不是星期名称（应为Monday至Sunday之一）`);
      } else if (restWeekdays.has(index)) {
        errors.push(`weeklyRestDays[${i}]：${name}重复`);
      } else {
        restWeekdays.add(index);
        restDays.push(name);
      }
    });
  }

  const holidaysValue = json['holidays'];
  const holidays: Holiday[] = [];
  const ranges: { from: number; to: number; index: number }[] = [];
  const holidayNames = new Set<string>();
  if (!Array.isArray(holidaysValue)) {
    errors.push(`holidays：应为放假安排数组，实际为${show(holidaysValue)}`);
  } else {
    holidaysValue.forEach((h: unknown, i) => {
      const path = `holidays[${i}]`;
      if (!isRecord(h)) {
        errors.push(`${path}：应为包含name、from、to的对象，实际为${show(h)}`);
        return;
      }
      checkUnknownKeys(h, ['name', 'from', 'to'], path, errors);
      const name = h['name'];
      if (!nonEmptyString(name)) errors.push(`${path}.name：应填写节日名称，实际为${show(name)}`);
      else holidayNames.add(name.trim());
      const from = readDate(h['from'], `${path}.from`, year, errors);
      const to = readDate(h['to'], `${path}.to`, year, errors);
      if (from === undefined || to === undefined || !nonEmptyString(name)) return;
      if (from > to) {
        errors.push(`${path}.to：放假结束日${fromDayNumber(to)}早于开始日${fromDayNumber(from)}`);
        return;
      }
      if (to - from + 1 > MAX_HOLIDAY_DAYS) {
        errors.push(`${path}.to：放假${to - from + 1}天，超过${MAX_HOLIDAY_DAYS}天，请核对日期`);
        return;
      }
      for (const other of ranges) {
        if (from <= other.to && other.from <= to) {
          errors.push(`${path}：与holidays[${other.index}]的放假日期重叠`);
        }
      }
      ranges.push({ from, to, index: i });
      holidays.push({ name: name.trim(), from: fromDayNumber(from), to: fromDayNumber(to) });
    });
  }

  const makeUpValue = json['makeUpWorkdays'];
  const makeUps: MakeUpWorkday[] = [];
  const seenMakeUps = new Map<number, number>();
  if (!Array.isArray(makeUpValue)) {
    errors.push(`makeUpWorkdays：应为调休上班日数组（可为空数组），实际为${show(makeUpValue)}`);
  } else {
    makeUpValue.forEach((m: unknown, i) => {
      const path = `makeUpWorkdays[${i}]`;
      if (!isRecord(m)) {
        errors.push(`${path}：应为包含for、date的对象，实际为${show(m)}`);
        return;
      }
      checkUnknownKeys(m, ['for', 'date'], path, errors);
      const forName = m['for'];
      if (!nonEmptyString(forName)) {
        errors.push(`${path}.for：应填写所调休的节日名称，实际为${show(forName)}`);
      } else if (Array.isArray(holidaysValue) && !holidayNames.has(forName.trim())) {
        errors.push(`${path}.for：${show(forName)}不是本年度holidays中的节日名称`);
      }
      const n = readDate(m['date'], `${path}.date`, year, errors);
      if (n === undefined) return;
      const date = fromDayNumber(n);
      if (Array.isArray(restValue) && !restWeekdays.has(weekdayOfDayNumber(n))) {
        errors.push(`${path}.date：${date}是${chineseWeekdayOfDayNumber(n)}，不是周休息日，不能作为调休上班日`);
      }
      for (const r of ranges) {
        if (n >= r.from && n <= r.to) errors.push(`${path}.date：${date}在holidays[${r.index}]的放假期间内，不能同时是调休上班日`);
      }
      const previous = seenMakeUps.get(n);
      if (previous !== undefined) errors.push(`${path}.date：${date}与makeUpWorkdays[${previous}]重复`);
      else seenMakeUps.set(n, i);
      if (nonEmptyString(forName)) makeUps.push({ for: forName.trim(), date });
    });
  }

  if (errors.length > 0 || year === undefined || !nonEmptyString(source) || !nonEmptyString(weeklyRestSource)) {
    return err(errors);
  }
  return ok({ year, source: source.trim(), weeklyRestDays: restDays, weeklyRestSource: weeklyRestSource.trim(), holidays, makeUpWorkdays: makeUps });
}

// FNV-1a, 32 bits: a short, stable fingerprint of the loaded data (not a security measure).
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

const DEFAULT_REST_WEEKDAYS: ReadonlySet<number> = new Set([0, 6]);

const WORKDAY: DayKind = Object.freeze({ kind: 'workday', provisional: false });
const WEEKEND: DayKind = Object.freeze({ kind: 'weekend', provisional: false });
const PROVISIONAL_WORKDAY: DayKind = Object.freeze({ kind: 'workday', provisional: true });
const PROVISIONAL_WEEKEND: DayKind = Object.freeze({ kind: 'weekend', provisional: true });

/**
 * Merges validated year files into one calendar. Each year is re-validated.
 *
 * @throws RangeError (Chinese message) when a year is invalid, appears twice, or when two years
 *   give different meanings to the same date (possible only for cross-year 元旦 arrangements).
 */
export function buildCalendar(years: readonly CalendarYear[]): Calendar {
  const byYear = new Map<number, CalendarYear>();
  const restByYear = new Map<number, ReadonlySet<number>>();
  const explicit = new Map<string, DayKind>();
  const ownerOf = new Map<string, number>();

  for (const input of years) {
    const parsed = parseCalendarYear(input);
    if (!parsed.ok) {
      const label = isRecord(input) && typeof input['year'] === 'number' ? `${input['year']}年` : '';
      throw new RangeError(`${label}日历数据无效：${parsed.error.join('；')}`);
    }
    const y = parsed.value;
    if (byYear.has(y.year)) throw new RangeError(`${y.year}年的日历数据重复载入`);
    byYear.set(y.year, y);
    restByYear.set(y.year, new Set(y.weeklyRestDays.map((name) => WEEKDAY_NAMES.indexOf(name))));

    const define = (date: IsoDate, kind: DayKind): void => {
      const owner = ownerOf.get(date);
      if (owner !== undefined) {
        const existing = explicit.get(date);
        if (existing?.kind === kind.kind && existing.name === kind.name) return;
        throw new RangeError(`${formatChineseDate(date)}在${owner}年与${y.year}年的日历数据中安排不一致`);
      }
      ownerOf.set(date, y.year);
      explicit.set(date, kind);
    };
    for (const h of y.holidays) {
      const kind: DayKind = Object.freeze({ kind: 'holiday', name: h.name, provisional: false });
      const from = toDayNumber(h.from) ?? 0;
      const to = toDayNumber(h.to) ?? -1;
      for (let n = from; n <= to; n++) define(fromDayNumber(n), kind);
    }
    for (const m of y.makeUpWorkdays) {
      define(m.date, Object.freeze({ kind: 'makeup-workday', name: m.for, provisional: false }));
    }
  }

  const sortedYears = [...byYear.keys()].sort((a, b) => a - b);
  const canonical = JSON.stringify(sortedYears.map((y) => byYear.get(y)));
  const version = sortedYears.length === 0 ? `none#${fingerprint('')}` : `${sortedYears.join('+')}#${fingerprint(canonical)}`;

  const dayKind = (date: IsoDate): DayKind => {
    const n = toDayNumber(date);
    if (n === undefined) throw new RangeError(`无效日期：“${date}”（应为真实存在的YYYY-MM-DD日期）`);
    const known = explicit.get(date);
    if (known !== undefined) return known;
    const rest = restByYear.get(yearOf(date));
    const weekday = weekdayOfDayNumber(n);
    if (rest === undefined) return DEFAULT_REST_WEEKDAYS.has(weekday) ? PROVISIONAL_WEEKEND : PROVISIONAL_WORKDAY;
    return rest.has(weekday) ? WEEKEND : WORKDAY;
  };

  return Object.freeze({
    years: Object.freeze(sortedYears),
    version,
    dayKind,
    isWorkingDay: (date: IsoDate) => isWorkingKind(dayKind(date).kind),
    hasYear: (year: number) => byYear.has(year),
    yearData: (year: number) => byYear.get(year),
  });
}
