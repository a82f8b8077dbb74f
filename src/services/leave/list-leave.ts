import { localDate } from '../../core/kernel/time.ts';
import { leaveAbilities } from '../../core/procedures/leave/leave.policy.ts';
import { ABSENCE_KIND_LABELS, LEAVE_STATUS_LABELS } from '../../core/procedures/leave/leave.machine.ts';
import { enteredOnBehalf } from '../../core/org/entry.rules.ts';
import type { ServiceDeps } from '../context.ts';
import type { AbsenceRecord, Actor } from '../ports.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { ruleBlocked } from '../platform/errors.ts';
import { actingPositions } from '../org/acting-positions.ts';
import { entryDisplay, secretaryLinkFor } from '../org/entered-on-behalf.ts';
import { officePositionIds } from './leave-context.ts';

/**
 * Requests I made, requests I approve (as holder or stand-in), and — for the office — all of them.
 * With `forPersonId`, a secretary sees the requests that leader decides, with the leader's
 * abilities (代录); refused without a secretary link valid today (art. 5).
 */
export async function listLeave(deps: ServiceDeps, actor: Actor, q: { forPersonId?: string | undefined } = {}) {
  const at = deps.clock.now();
  const { pack } = requirePack(deps, at);
  const store = deps.store;
  let viewer = actor;
  if (q.forPersonId !== undefined && q.forPersonId !== actor.personId) {
    const leader = await store.org.person(actor.tenantId, q.forPersonId);
    const link = leader && actor.personId ? await secretaryLinkFor(store, actor.tenantId, actor.personId, leader.id, localDate(at, pack.utcOffsetMinutes)) : undefined;
    if (!leader || !link) {
      throw ruleBlocked([enteredOnBehalf.check({ action: 'leave.approve', linked: false, secretaryName: actor.displayName, leaderName: leader?.name ?? '该领导' })]);
    }
    viewer = { ...actor, personId: leader.id, displayName: leader.name, roles: [] };
  }
  const me = await actingPositions(store, store, viewer, at, pack.utcOffsetMinutes);
  const officePosts = await officePositionIds(store, actor.tenantId);
  const actsForOffice = viewer === actor && me.positionIds.some((p) => officePosts.includes(p));
  const all = viewer === actor && actor.roles.includes('office');
  const rows = await store.authority.absences(actor.tenantId, all ? { limit: 200 } : { personId: viewer.personId ?? '-', approverPositionIds: me.positionIds, limit: 200 });
  const [people, positions] = await Promise.all([store.org.people(actor.tenantId), store.org.positions(actor.tenantId)]);
  const name = new Map(people.map((p) => [p.id, p.name]));
  const title = new Map(positions.map((p) => [p.id, p.title]));
  const nameOf = (id: string | null | undefined) => (id ? (name.get(id) ?? '') : null);
  return rows
    // A secretary's view holds only what the leader decides.
    .filter((r) => viewer === actor || r.approverPositionId !== null && me.positionIds.includes(r.approverPositionId))
    .map((r: AbsenceRecord) => {
      const decidedByName = nameOf(r.decidedByPersonId);
      const enteredByName = nameOf(r.decisionEnteredByPersonId);
      return {
        ...r,
        officeAt: r.officeAt ?? null, officeByPersonId: r.officeByPersonId ?? null, officeNote: r.officeNote ?? null,
        decisionEnteredByPersonId: r.decisionEnteredByPersonId ?? null,
        personName: name.get(r.personId) ?? '', positionTitle: title.get(r.positionId) ?? '',
        presidingName: nameOf(r.presidingPersonId),
        approverTitle: r.approverPositionId ? (title.get(r.approverPositionId) ?? '') : null,
        decidedByName,
        enteredByName,
        /** `吴敏 代录（周明远的决定）` when a secretary entered the decision; otherwise the decider. */
        decidedByDisplay: decidedByName === null ? null : enteredByName ? entryDisplay(enteredByName, decidedByName) : decidedByName,
        officeByName: nameOf(r.officeByPersonId),
        statusLabel: LEAVE_STATUS_LABELS[r.status], kindLabel: ABSENCE_KIND_LABELS[r.kind],
        abilities: leaveAbilities({ status: r.status, fromAt: r.fromAt, personId: r.personId }, {
          at, isOwn: viewer === actor && r.personId === actor.personId,
          actsForApprover: r.approverPositionId !== null && me.positionIds.includes(r.approverPositionId),
          actsForOffice,
        }),
      };
    });
}
