import { DomainError } from '../../core/kernel/result.ts';
import type { Actor, IncomingRecord, Tx } from '../ports.ts';

export const INCOMING_NOT_FOUND = 'INCOMING_NOT_FOUND';

/**
 * Who sees an incoming document: the office (which handles 收文), the county leader asked to 批办,
 * the readers of 传阅, the lead unit's principal and the co-units' principals — each through
 * whoever acts for those posts now.
 */
export function canSeeIncoming(r: IncomingRecord, actor: Actor, actingPositionIds: readonly string[], coPrincipalIds: readonly string[]): boolean {
  if (actor.roles.includes('office')) return true;
  const posts = [r.leaderPositionId, r.handlerPositionId, ...r.readers.map((x) => x.positionId), ...coPrincipalIds];
  return posts.some((p) => p !== null && actingPositionIds.includes(p));
}

export async function coPrincipals(tx: Tx, r: IncomingRecord): Promise<string[]> {
  if (r.coBodyIds.length === 0) return [];
  const positions = await tx.org.positions(r.tenantId);
  return positions.filter((p) => p.kind === 'principal' && r.coBodyIds.includes(p.bodyId)).map((p) => p.id);
}

export async function loadIncoming(tx: Tx, actor: Actor, id: string, actingPositionIds: readonly string[]): Promise<IncomingRecord> {
  const r = await tx.incoming.get(actor.tenantId, id);
  if (!r || !canSeeIncoming(r, actor, actingPositionIds, await coPrincipals(tx, r))) throw new DomainError(INCOMING_NOT_FOUND, '来文不存在或无权查看');
  return r;
}
