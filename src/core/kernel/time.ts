/** A calendar date without time or zone, as `YYYY-MM-DD`. */
export type IsoDate = string & { readonly __brand?: 'IsoDate' };

/** An instant, carried as a JavaScript Date (UTC inside). The clock is always injected. */
export interface Clock {
  now(): Date;
}

/** A clock fixed at one instant (tests, scenario replay). */
export function fixedClock(at: Date | string): Clock & { set(at: Date | string): void } {
  let current = new Date(at);
  return {
    now: () => new Date(current),
    set(next) {
      current = new Date(next);
    },
  };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True when `s` is a real calendar date in `YYYY-MM-DD` form. */
export function isIsoDate(s: string): s is IsoDate {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** The local calendar date of an instant at a fixed UTC offset in minutes (Asia/Shanghai: +480, no DST). */
export function localDate(at: Date, offsetMinutes: number): IsoDate {
  return new Date(at.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 10);
}

/** The instant at which a local date ends (24:00 local time), at a fixed UTC offset. */
export function endOfLocalDay(date: IsoDate, offsetMinutes: number): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000 - offsetMinutes * 60_000);
}

/** Formats an ISO date the Chinese way: 2025年10月13日. */
export function formatChineseDate(date: IsoDate): string {
  const [y, m, d] = date.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}
