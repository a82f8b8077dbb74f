import { actingFor } from '../../core/org/index.ts';
import { localDate } from '../../core/kernel/time.ts';
import { APPROVAL_STATUS_LABELS } from '../../core/procedures/meeting-approvals/meeting-approvals.machine.ts';
import { approvalAbilities } from '../../core/procedures/meeting-approvals/meeting-approvals.policy.ts';
import { ATTENDEE_GROUP_LABELS, CONVENED_IN_LABELS } from '../../core/procedures/meeting-approvals/meeting-approvals.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, MeetingApprovalRecord } from '../ports.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { actingPositions } from '../org/acting-positions.ts';
import { loadOrgSnapshot } from '../org/snapshot.ts';
import { bodiesOfPosts, loadVisible, maySee, organiserBodies, stepPositionIds, stepTitle } from './approval-context.ts';

const ACTION_LABELS = { applied: '申请', reviewed: '审查通过，报批', approved: '批准', returned: '退回' } as const;
const TIER_LABELS = { 'county-head': '办公室主任审查，报县长批准', deputy: '办公室联系班子成员或主任审查，报分管副县长批准', none: '无须报县政府审批' } as const;

async function context(deps: ServiceDeps, actor: Actor) {
  const at = deps.clock.now();
  const { pack } = requirePack(deps, at);
  const me = await actingPositions(deps.store, deps.store, actor, at, pack.utcOffsetMinutes);
  const [snapshot, bodies] = await Promise.all([loadOrgSnapshot(deps.store, deps.store, actor.tenantId), deps.store.org.bodies(actor.tenantId)]);
  const positions = await deps.store.org.positions(actor.tenantId);
  return { at, offset: pack.utcOffsetMinutes, me, snapshot, bodies, positions, myBodyIds: bodiesOfPosts(bodies, positions, me.positionIds) };
}

type Ctx = Awaited<ReturnType<typeof context>>;

/** One application as the screen shows it: labels, the next step with who acts for it now, and what the reader may do. */
function present(r: MeetingApprovalRecord, c: Ctx) {
  const name = (id: string | null) => (id ? (c.snapshot.people.find((p) => p.id === id)?.name ?? '') : '');
  const title = (id: string | null) => (id ? (c.positions.find((p) => p.id === id)?.title ?? '') : '');
  const stepPosts = stepPositionIds(r);
  const acting = stepPosts.map((p) => actingFor(c.snapshot, p, c.at, c.offset).display).filter((d) => d !== '');
  const next = stepPosts.length === 0 ? null : `${stepTitle(r, c.positions)}${r.status === 'reviewing' ? '审查' : '批准'}${acting.length > 0 ? `（${[...new Set(acting)].join('、')}）` : '（无人履职）'}`;
  return {
    ...r,
    statusLabel: APPROVAL_STATUS_LABELS[r.status],
    tierLabel: TIER_LABELS[r.tier],
    organiserName: c.bodies.find((b) => b.id === r.organiserBodyId)?.name ?? '',
    convenedInLabel: CONVENED_IN_LABELS[r.facts.convenedIn],
    attendeesLabel: r.facts.attendees.map((g) => ATTENDEE_GROUP_LABELS[g]).join('、'),
    applicant: `${name(r.applicantPersonId)}（${title(r.applicantPositionId)}）`,
    reviewerTitles: r.reviewerPositionIds.map(title),
    approverTitle: title(r.approverPositionId) || null,
    nextStep: next,
    steps: r.steps.map((s) => ({
      ...s, actionLabel: ACTION_LABELS[s.action], positionTitle: title(s.positionId),
      /** `李文博`, or `何静（代李文博）` for a stand-in. */
      who: s.onBehalfOfPersonId ? `${name(s.personId)}（代${name(s.onBehalfOfPersonId)}）` : name(s.personId),
    })),
    abilities: approvalAbilities(r.status, { actsForStep: stepPosts.some((p) => c.me.positionIds.includes(p)) }),
  };
}

/**
 * 会议审批: the applications the reader may see (the office and county leaders all; others those of
 * their unit and those on their step), newest first, and the bodies the reader may apply for.
 */
export async function listMeetingApprovals(deps: ServiceDeps, actor: Actor) {
  const c = await context(deps, actor);
  const rows = (await deps.store.meetingApprovals.list(actor.tenantId, 500)).filter((r) => maySee(r, actor, { myPositionIds: c.me.positionIds, myBodyIds: c.myBodyIds }));
  return {
    today: localDate(c.at, c.offset),
    organisers: organiserBodies(c.bodies, c.positions, c.me.positionIds).map((b) => ({ id: b.id, name: b.name, kind: b.kind })),
    applications: rows.map((r) => present(r, c)),
  };
}

export async function getMeetingApproval(deps: ServiceDeps, actor: Actor, id: string) {
  const c = await context(deps, actor);
  return present(await loadVisible(deps.store, actor, id, { myPositionIds: c.me.positionIds, myBodyIds: c.myBodyIds }), c);
}
