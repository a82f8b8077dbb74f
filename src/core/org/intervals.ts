import { formatChineseDate, type IsoDate } from '../kernel/time.ts';

/** Date intervals are inclusive at both ends, `to` null = open-ended. */
export function coversDate(from: IsoDate, to: IsoDate | null, date: IsoDate): boolean {
  return from <= date && (to === null || date <= to);
}

/** True when two inclusive date intervals share a day. */
export function datesOverlap(a: { from: IsoDate; to: IsoDate | null }, b: { from: IsoDate; to: IsoDate | null }): boolean {
  return (b.to === null || a.from <= b.to) && (a.to === null || b.from <= a.to);
}

/** 2025年11月3日起 / 2025年11月3日至2025年11月7日. */
export function dateRangeText(from: IsoDate, to: IsoDate | null): string {
  return to === null ? `${formatChineseDate(from)}起` : `${formatChineseDate(from)}至${formatChineseDate(to)}`;
}
