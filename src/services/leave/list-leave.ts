import { leaveAbilities } from '../../core/procedures/leave/leave.policy.ts';
import { ABSENCE_KIND_LABELS, LEAVE_STATUS_LABELS } from '../../core/procedures/leave/leave.machine.ts';
import type { ServiceDeps } from '../context.ts';
import type { AbsenceRecord, Actor } from '../ports.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { actingPositions } from '../org/acting-positions.ts';

/** Requests I made, requests I approve (as holder or stand-in), and — for the office — all of them. */
export async function listLeave(deps: ServiceDeps, actor: Actor) {
  const at = deps.clock.now();
  const { pack } = requirePack(deps, at);
  const store = deps.store;
  const me = await actingPositions(store, store, actor, at, pack.utcOffsetMinutes);
  const all = actor.roles.includes('office');
  const rows = await store.authority.absences(actor.tenantId, all ? { limit: 200 } : { personId: actor.personId ?? '-', approverPositionIds: me.positionIds, limit: 200 });
  const [people, positions] = await Promise.all([store.org.people(actor.tenantId), store.org.positions(actor.tenantId)]);
  const name = new Map(people.map((p) => [p.id, p.name]));
  const title = new Map(positions.map((p) => [p.id, p.title]));
  return rows.map((r: AbsenceRecord) => ({
    ...r,
    personName: name.get(r.personId) ?? '', positionTitle: title.get(r.positionId) ?? '',
    presidingName: r.presidingPersonId ? (name.get(r.presidingPersonId) ?? '') : null,
    approverTitle: r.approverPositionId ? (title.get(r.approverPositionId) ?? '') : null,
    decidedByName: r.decidedByPersonId ? (name.get(r.decidedByPersonId) ?? '') : null,
    statusLabel: LEAVE_STATUS_LABELS[r.status], kindLabel: ABSENCE_KIND_LABELS[r.kind],
    abilities: leaveAbilities({ status: r.status, fromAt: r.fromAt, personId: r.personId }, {
      at, isOwn: r.personId === actor.personId, actsForApprover: r.approverPositionId !== null && me.positionIds.includes(r.approverPositionId),
    }),
  }));
}
