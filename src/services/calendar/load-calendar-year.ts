import { computeDeadline, dueInstant, parseCalendarYear, type CalendarYear } from '../../core/calendar/index.ts';
import { DomainError } from '../../core/kernel/result.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, Tx } from '../ports.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { calendarFor, invalidateCalendar } from './calendar-provider.ts';

export interface LoadCalendarResult {
  readonly year: number;
  readonly outcome: 'inserted' | 'replaced';
  readonly recomputed: readonly { taskId: string; title: string; from: string | null; to: string; provisional: boolean }[];
}

/**
 * Loads (or replaces) a year of the official holiday calendar, then recomputes every open
 * deadline on the new calendar and audits each change — all in one transaction.
 */
export async function loadCalendarYear(deps: ServiceDeps, actor: Actor | null, tenantId: string, json: unknown): Promise<LoadCalendarResult> {
  const parsed = parseCalendarYear(json);
  if (!parsed.ok) throw new DomainError('CALENDAR_INVALID', parsed.error.join('；'), { fields: parsed.error });
  return loadParsedYear(deps, actor, tenantId, parsed.value);
}

export async function loadParsedYear(deps: ServiceDeps, actor: Actor | null, tenantId: string, year: CalendarYear): Promise<LoadCalendarResult> {
  const at = deps.clock.now();
  const { pack } = requirePack(deps, at);
  try {
    return await deps.store.transaction(async (tx) => {
    const outcome = await tx.calendar.upsert(tenantId, { year: year.year, source: year.source, data: year, loadedAt: at.toISOString() });
    await tx.audit.append(tenantId, {
      type: 'calendar.year-loaded', at, actorAccountId: actor?.accountId ?? null, actorPersonId: actor?.personId ?? null,
      subjectType: 'calendar', subjectId: String(year.year), payload: { year: year.year, source: year.source, outcome },
    });
    invalidateCalendar(deps.store, tenantId);
    const recomputed = await recomputeOpenDeadlines(deps, tx, actor, tenantId, pack.utcOffsetMinutes);
      return { year: year.year, outcome, recomputed };
    });
  } finally {
    // The transaction's reads cached a calendar that may have been rolled back; start clean.
    invalidateCalendar(deps.store, tenantId);
  }
}

async function recomputeOpenDeadlines(deps: ServiceDeps, tx: Tx, actor: Actor | null, tenantId: string, offset: number): Promise<LoadCalendarResult['recomputed']> {
  const at = deps.clock.now();
  const calendar = await calendarFor(deps.store, tx, tenantId);
  const changes: LoadCalendarResult['recomputed'][number][] = [];
  for (const t of await tx.tasks.openWithPeriod(tenantId)) {
    if (!t.startDate || t.period === null || !t.unit) continue;
    const r = computeDeadline(calendar, { start: t.startDate, period: t.period, unit: t.unit, clockStops: [] });
    if (!r.ok) continue;
    const dueAt = dueInstant(r.value, offset).toISOString();
    if (r.value.dueDate === t.dueDate && r.value.provisional === t.provisional) continue;
    await tx.tasks.update({ ...t, dueDate: r.value.dueDate, dueAt, provisional: r.value.provisional, version: t.version + 1 });
    await tx.audit.append(tenantId, {
      type: 'deadline.recomputed', at, actorAccountId: actor?.accountId ?? null, actorPersonId: actor?.personId ?? null,
      subjectType: 'task', subjectId: t.id,
      payload: { from: t.dueDate, to: r.value.dueDate, provisionalBefore: t.provisional, provisional: r.value.provisional },
    });
    changes.push({ taskId: t.id, title: t.title, from: t.dueDate, to: r.value.dueDate, provisional: r.value.provisional });
  }
  return changes;
}
