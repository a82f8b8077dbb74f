import { buildCalendar, type Calendar } from '../../core/calendar/index.ts';
import type { Store, Tx } from '../ports.ts';

// The holiday calendar changes once a year; keep the built value per store and tenant,
// and drop it whenever a year is loaded through this process.
const cache = new WeakMap<object, Map<string, Calendar>>();

export async function calendarFor(store: Store, tx: Tx, tenantId: string): Promise<Calendar> {
  const perStore = cache.get(store) ?? new Map<string, Calendar>();
  cache.set(store, perStore);
  const hit = perStore.get(tenantId);
  if (hit) return hit;
  const years = await tx.calendar.years(tenantId);
  const calendar = buildCalendar(years.map((y) => y.data));
  perStore.set(tenantId, calendar);
  return calendar;
}

export function invalidateCalendar(store: Store, tenantId: string): void {
  cache.get(store)?.delete(tenantId);
}
