import { localDate } from '../../core/kernel/time.ts';
import type { TaskActor } from '../../core/procedures/tasks/tasks.ts';
import type { Actor, Tx } from '../ports.ts';

/**
 * The positions a person holds — and so acts for — at an instant. Until stand-ins (AB角, 委托,
 * leave) are modelled, a position reaches its holders on that date.
 */
export async function actingPositions(tx: Tx, actor: Actor, at: Date, utcOffsetMinutes: number): Promise<TaskActor> {
  if (!actor.personId) return { personId: null, positionIds: [] };
  const date = localDate(at, utcOffsetMinutes);
  const held = await tx.org.positionsOfPersonOn(actor.tenantId, actor.personId, date);
  return { personId: actor.personId, positionIds: held.map((a) => a.positionId) };
}
