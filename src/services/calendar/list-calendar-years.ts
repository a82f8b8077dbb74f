import type { ServiceDeps } from '../context.ts';

/** The loaded years, newest last, with the notice each comes from. */
export async function listCalendarYears(deps: ServiceDeps, tenantId: string) {
  const years = await deps.store.calendar.years(tenantId);
  return years.map((y) => ({ year: y.year, source: y.source, loadedAt: y.loadedAt, holidays: y.data.holidays, makeUpWorkdays: y.data.makeUpWorkdays }));
}
