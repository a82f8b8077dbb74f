import { DomainError } from '../../core/kernel/result.ts';
import { localDate } from '../../core/kernel/time.ts';
import { actingFor, whoIsAway } from '../../core/org/index.ts';
import type { ServiceDeps } from '../context.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { loadOrgSnapshot } from './snapshot.ts';

/** Each day of a range (≤ 31 days): who is away, and for each of their posts who acts and why. */
export async function listWhoIsAway(deps: ServiceDeps, tenantId: string, from?: string, to?: string) {
  const at = deps.clock.now();
  const { pack } = requirePack(deps, at);
  const today = localDate(at, pack.utcOffsetMinutes);
  const snapshot = await loadOrgSnapshot(deps.store, deps.store, tenantId);
  return whoIsAway(snapshot, from ?? today, to ?? from ?? today, pack.utcOffsetMinutes);
}

/** Who acts for a position at an instant (default now), with the chain of reasons and any problem. */
export async function explainActing(deps: ServiceDeps, tenantId: string, positionId: string, atIso?: string) {
  const now = deps.clock.now();
  const { pack } = requirePack(deps, now);
  const at = atIso ? new Date(atIso) : now;
  if (Number.isNaN(at.getTime())) throw new DomainError('VALIDATION_FAILED', '字段 at：须为带时区的时间', { fields: ['at'] });
  const snapshot = await loadOrgSnapshot(deps.store, deps.store, tenantId);
  if (!snapshot.positions.some((p) => p.id === positionId)) throw new DomainError('NOT_FOUND', '岗位不存在');
  return actingFor(snapshot, positionId, at, pack.utcOffsetMinutes);
}
