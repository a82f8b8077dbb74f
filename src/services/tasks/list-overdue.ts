import { actingFor } from '../../core/org/index.ts';
import { workingDaysBetween } from '../../core/calendar/index.ts';
import { localDate } from '../../core/kernel/time.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor } from '../ports.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { calendarFor } from '../calendar/calendar-provider.ts';
import { loadOrgSnapshot } from '../org/snapshot.ts';
import { leaderOf } from '../org/leader-of.ts';

/**
 * The register of overdue 待办 (art. 40 文不过夜、事不过周; art. 52 限时办结): every open task past its
 * due instant, with its post, who acts for that post now, the handler's leader, how many working
 * days it is late and whether it has been escalated. For the office and county leaders.
 */
export async function listOverdue(deps: ServiceDeps, actor: Actor) {
  const at = deps.clock.now();
  const { pack } = requirePack(deps, at);
  const store = deps.store;
  const today = localDate(at, pack.utcOffsetMinutes);
  const [rows, positions, calendar, snapshot] = await Promise.all([
    store.tasks.overdue(actor.tenantId, at.toISOString(), 1000),
    store.org.positions(actor.tenantId),
    calendarFor(store, store, actor.tenantId),
    loadOrgSnapshot(store, store, actor.tenantId),
  ]);
  const title = new Map(positions.map((p) => [p.id, p.title]));
  const people = new Map(snapshot.people.map((p) => [p.id, p.name]));
  return Promise.all(rows.map(async (t) => {
    const acting = t.ownerPositionId ? actingFor(snapshot, t.ownerPositionId, at, pack.utcOffsetMinutes) : null;
    const leader = t.ownerPositionId ? await leaderOf(store, actor.tenantId, t.ownerPositionId, today) : null;
    return {
      id: t.id, title: t.title, kind: t.kind, sourceType: t.sourceType, sourceId: t.sourceId, dueDate: t.dueDate, dueAt: t.dueAt,
      ownerTitle: t.ownerPositionId ? (title.get(t.ownerPositionId) ?? '') : (t.ownerPersonId ? (people.get(t.ownerPersonId) ?? '') : ''),
      actingDisplay: acting?.display ?? (t.ownerPersonId ? (people.get(t.ownerPersonId) ?? '') : ''),
      leaderTitle: leader?.title ?? null,
      workingDaysLate: t.dueDate ? Math.max(workingDaysBetween(calendar, t.dueDate, today), 0) : 0,
      escalated: t.escalatedAt !== null, escalatedAt: t.escalatedAt,
    };
  }));
}
