import { positionsActedBy, actingFor, type ActingResult } from '../../core/org/index.ts';
import type { TaskActor } from '../../core/procedures/tasks/tasks.ts';
import type { Actor, Store, Tx } from '../ports.ts';
import { loadOrgSnapshot } from './snapshot.ts';

/**
 * The positions a person acts for at an instant: their own posts while present, and the posts
 * they stand in for by AB角, 委托 or as the named presiding person (arts. 5, 59). Tasks owned by a
 * position reach whoever this says acts for it.
 */
export async function actingPositions(store: Store, tx: Tx, actor: Actor, at: Date, utcOffsetMinutes: number): Promise<TaskActor & { onBehalfOf: Readonly<Record<string, string>> }> {
  if (!actor.personId) return { personId: null, positionIds: [], onBehalfOf: {} };
  const snapshot = await loadOrgSnapshot(store, tx, actor.tenantId);
  const acted = positionsActedBy(snapshot, actor.personId, at, utcOffsetMinutes);
  return {
    personId: actor.personId,
    positionIds: acted.map((a) => a.positionId),
    onBehalfOf: Object.fromEntries(acted.filter((a) => a.onBehalfOf).map((a) => [a.positionId, a.onBehalfOf!.personId])),
  };
}

/** Who acts for a position at an instant, with the chain of reasons. */
export async function whoActsFor(store: Store, tx: Tx, tenantId: string, positionId: string, at: Date, utcOffsetMinutes: number): Promise<ActingResult> {
  return actingFor(await loadOrgSnapshot(store, tx, tenantId), positionId, at, utcOffsetMinutes);
}

