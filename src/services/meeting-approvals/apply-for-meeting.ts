import { DomainError } from '../../core/kernel/result.ts';
import { localDate } from '../../core/kernel/time.ts';
import { decideApplication } from '../../core/procedures/meeting-approvals/meeting-approvals.decide.ts';
import { approvalTier } from '../../core/procedures/meeting-approvals/meeting-approvals.rules.ts';
import { ATTENDEE_GROUP_LABELS, CONVENED_IN_LABELS, type ApprovedMeetingRef, type WorkMeetingFacts } from '../../core/procedures/meeting-approvals/meeting-approvals.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, MeetingApprovalRecord, Tx } from '../ports.ts';
import { ruleBlocked } from '../platform/errors.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { actingPositions } from '../org/acting-positions.ts';
import { createTaskIn } from '../tasks/create-task.ts';
import { approvalRoute, organiserBodies } from './approval-context.ts';
import { topLevelBody } from '../../core/org/structure.ts';

export interface ApplyForMeetingInput extends WorkMeetingFacts {
  readonly title: string;
  readonly organiserBodyId: string;
  readonly startsAt: string;
}

/** Other work meetings approved for a date, for the merging check of art. 51(三). */
export async function approvedOnDate(tx: Tx, tenantId: string, date: string, exceptId: string | null): Promise<ApprovedMeetingRef[]> {
  const bodies = await tx.org.bodies(tenantId);
  return (await tx.meetingApprovals.onDate(tenantId, date))
    .filter((a) => a.status === 'approved' && a.id !== exceptId)
    .map((a) => ({ title: a.title, organiserName: bodies.find((b) => b.id === a.organiserBodyId)?.name ?? '', attendees: a.facts.attendees }));
}

/**
 * 申请召开工作会议 (art. 51): a department, a town or street, or the office applies for a meeting of
 * its own. Art. 51(一) refuses a county-wide meeting within a department's duties convened in the
 * name of the 县政府 or its office; art. 51(二) sets who reviews and who approves, and the reviewing
 * office post gets the 待办; art. 51(三) warns of an in-person county-wide meeting and of an approved
 * meeting the same day with the same attendees. A meeting that neither town leaders nor department
 * heads attend needs no county approval and is recorded as such.
 */
export async function applyForMeeting(deps: ServiceDeps, actor: Actor, input: ApplyForMeetingInput): Promise<{ application: MeetingApprovalRecord; verdicts: readonly Verdict[] }> {
  const at = deps.clock.now();
  const { pack, verdict } = requirePack(deps, at);
  if (!actor.personId) throw new DomainError('FORBIDDEN', '该账号不对应任何工作人员');
  const personId = actor.personId;
  const starts = new Date(input.startsAt);
  if (Number.isNaN(starts.getTime())) throw new DomainError('VALIDATION_FAILED', '字段 startsAt：须为带时区的时间', { fields: ['startsAt'] });
  if (starts.getTime() <= at.getTime()) throw new DomainError('VALIDATION_FAILED', '字段 startsAt：会议时间须晚于申请时间（工作会议须事先报批）', { fields: ['startsAt'] });
  if (input.attendees.includes('others') && input.attendeesNote.trim() === '') {
    throw new DomainError('VALIDATION_FAILED', '字段 attendeesNote：参会人员含“其他人员”的，请写明是哪些人员', { fields: ['attendeesNote'] });
  }
  return deps.store.transaction(async (tx) => {
    const me = await actingPositions(deps.store, tx, actor, at, pack.utcOffsetMinutes);
    const [bodies, positions] = await Promise.all([tx.org.bodies(actor.tenantId), tx.org.positions(actor.tenantId)]);
    const mine = organiserBodies(bodies, positions, me.positionIds);
    const organiser = mine.find((b) => b.id === input.organiserBodyId);
    if (!organiser) {
      throw new DomainError('FORBIDDEN', '字段 organiserBodyId：只能为本人任职的部门、乡镇（街道）或县政府办公室申请召开工作会议', { fields: ['organiserBodyId'] });
    }
    // The post through which the actor applies: the principal's when they act for it, else their first post in the body.
    const posts = positions.filter((p) => me.positionIds.includes(p.id) && (topLevelBody(bodies, p.bodyId)?.id ?? p.bodyId) === organiser.id);
    const post = posts.find((p) => p.kind === 'principal' || p.kind === 'office-director') ?? posts[0]!;
    const date = localDate(starts, pack.utcOffsetMinutes);
    const today = localDate(at, pack.utcOffsetMinutes);
    const tier = approvalTier(input.attendees);
    const route = await approvalRoute(tx, actor.tenantId, tier, organiser.id, today);
    const facts: WorkMeetingFacts = {
      convenedIn: input.convenedIn, attendees: input.attendees, attendeesNote: input.attendeesNote.trim(), place: input.place.trim(), form: input.form,
      expectedAttendees: input.expectedAttendees, durationMinutes: input.durationMinutes, countyWide: input.countyWide, withinOwnDuties: input.withinOwnDuties,
      mergeable: input.mergeable, mergeNote: input.mergeNote.trim(),
    };
    const decision = decideApplication({
      ...facts, organiserIsOffice: organiser.kind === 'office', reviewerTitle: route.reviewerTitle, approverTitle: route.approverTitle,
      sameDay: await approvedOnDate(tx, actor.tenantId, date, null),
    });
    if (!decision.ok) throw ruleBlocked([verdict, ...decision.verdicts]);
    const application: MeetingApprovalRecord = {
      id: deps.ids.id(), tenantId: actor.tenantId, title: input.title.trim(), organiserBodyId: organiser.id, applicantPersonId: personId, applicantPositionId: post.id,
      date, startsAt: starts.toISOString(), facts, tier, reviewerPositionIds: route.reviewerPositionIds, approverPositionId: route.approverPositionId,
      status: decision.status, verdicts: decision.verdicts,
      steps: [{ action: 'applied', personId, onBehalfOfPersonId: me.onBehalfOf[post.id] ?? null, positionId: post.id, at: at.toISOString(), note: '' }],
      createdAt: at.toISOString(), updatedAt: at.toISOString(), version: 1,
    };
    await tx.meetingApprovals.insert(application);
    if (decision.status === 'reviewing' && route.reviewerPositionIds[0]) {
      const attendees = facts.attendees.map((g) => ATTENDEE_GROUP_LABELS[g]).join('、');
      await createTaskIn(deps, tx, actor, actor.tenantId, {
        title: `审查工作会议申请：${organiser.name}拟于${date}以${CONVENED_IN_LABELS[facts.convenedIn]}名义召开“${application.title}”（${attendees}参加），报${route.approverTitle ?? ''}批准`,
        kind: 'meeting-approval-review', sourceType: 'meeting-approval', sourceId: application.id, ownerPositionId: route.reviewerPositionIds[0],
        period: { value: 1, unit: 'workday', start: today },
      });
    }
    const verdicts = [verdict, ...decision.verdicts];
    await tx.audit.append(actor.tenantId, {
      type: 'meeting-approval.applied', at, actorAccountId: actor.accountId, actorPersonId: personId, onBehalfOfPersonId: me.onBehalfOf[post.id] ?? null,
      subjectType: 'meeting-approval', subjectId: application.id,
      payload: { title: application.title, organiser: organiser.name, date, convenedIn: facts.convenedIn, attendees: facts.attendees, tier, status: application.status, reviewerPositionIds: route.reviewerPositionIds, approverPositionId: route.approverPositionId },
      verdicts,
    });
    return { application, verdicts };
  });
}
