import { DomainError } from '../../core/kernel/result.ts';
import { localDate } from '../../core/kernel/time.ts';
import type { AuditEventType } from '../../core/audit/events.ts';
import { decideApprovalCommand } from '../../core/procedures/meeting-approvals/meeting-approvals.decide.ts';
import type { ApprovalCommand } from '../../core/procedures/meeting-approvals/meeting-approvals.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, MeetingApprovalRecord, MeetingApprovalStep } from '../ports.ts';
import { ruleBlocked } from '../platform/errors.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { actingPositions } from '../org/acting-positions.ts';
import { createTaskIn } from '../tasks/create-task.ts';
import { approverPost, bodiesOfPosts, loadVisible, stepPositionIds, stepTitle } from './approval-context.ts';
import { approvedOnDate } from './apply-for-meeting.ts';

const EVENTS: Readonly<Record<ApprovalCommand['type'], AuditEventType>> = { review: 'meeting-approval.reviewed', approve: 'meeting-approval.approved', return: 'meeting-approval.returned' };
const STEP_ACTIONS: Readonly<Record<ApprovalCommand['type'], MeetingApprovalStep['action']>> = { review: 'reviewed', approve: 'approved', return: 'returned' };

/**
 * 审查 (the office post on the route), 批准 (the 县长 or the deputy in charge) and 退回 (whoever holds
 * the current step, with the reason) — each by whoever acts for that post now: holder, AB角, 委托
 * (art. 51(二) with art. 5); anyone else is refused citing 第五十一条第（二）项. After the review the
 * approving post is read again (portfolios may have changed) and gets the 待办; when the approver
 * decides, the merging check of art. 51(三) is read again against the meetings approved by then.
 */
export async function actOnMeetingApproval(deps: ServiceDeps, actor: Actor, id: string, command: ApprovalCommand): Promise<{ application: MeetingApprovalRecord; verdicts: readonly Verdict[] }> {
  const at = deps.clock.now();
  const { pack, verdict } = requirePack(deps, at);
  const offset = pack.utcOffsetMinutes;
  return deps.store.transaction(async (tx) => {
    const me = await actingPositions(deps.store, tx, actor, at, offset);
    const [bodies, positions] = await Promise.all([tx.org.bodies(actor.tenantId), tx.org.positions(actor.tenantId)]);
    const r = await loadVisible(tx, actor, id, { myPositionIds: me.positionIds, myBodyIds: bodiesOfPosts(bodies, positions, me.positionIds) });
    const postIds = stepPositionIds(r);
    const actedPost = postIds.find((p) => me.positionIds.includes(p)) ?? null;
    const decision = decideApprovalCommand(r.status, command, {
      acts: actedPost !== null, stepTitle: stepTitle(r, positions),
      merge: { attendees: r.facts.attendees, mergeable: r.facts.mergeable, mergeNote: r.facts.mergeNote, sameDay: await approvedOnDate(tx, actor.tenantId, r.date, r.id) },
    });
    if (!decision.ok) {
      if (decision.code === 'RULE_BLOCKED') throw ruleBlocked([verdict, ...decision.verdicts]);
      throw new DomainError('CONFLICT', decision.message);
    }
    const today = localDate(at, offset);
    const approver = command.type === 'review' ? ((await approverPost(tx, actor.tenantId, r.tier, r.organiserBodyId, today)) ?? null) : null;
    if (command.type === 'review' && !approver) throw ruleBlocked([verdict, { rule: 'meeting-approval.route', outcome: 'block', cites: ['yunyang-2025:51(2)'], message: '第五十一条第（二）项：审批岗位空缺，无法报批' }]);
    const onBehalfOf = actedPost ? (me.onBehalfOf[actedPost] ?? null) : null;
    const next: MeetingApprovalRecord = {
      ...r, status: decision.status, updatedAt: at.toISOString(), version: r.version + 1,
      ...(approver ? { approverPositionId: approver.id } : {}),
      ...(command.type === 'approve' ? { verdicts: [...r.verdicts.filter((v) => v.rule !== 'meeting-approval.merge'), ...decision.verdicts.filter((v) => v.rule === 'meeting-approval.merge')] } : {}),
      steps: [...r.steps, { action: STEP_ACTIONS[command.type], personId: actor.personId, onBehalfOfPersonId: onBehalfOf, positionId: actedPost, at: at.toISOString(), note: command.note.trim() }],
    };
    if (!(await tx.meetingApprovals.update(next))) throw new DomainError('CONFLICT', '该申请已被他人更新，请刷新后重试');
    for (const t of await tx.tasks.openBySource(actor.tenantId, 'meeting-approval', r.id)) {
      await tx.tasks.update({ ...t, status: 'done', completedAt: at.toISOString(), completedByPersonId: actor.personId, completedByAccountId: actor.accountId, version: t.version + 1 });
    }
    if (approver) {
      const organiser = bodies.find((b) => b.id === r.organiserBodyId)?.name ?? '';
      await createTaskIn(deps, tx, actor, actor.tenantId, {
        title: `批准工作会议（县政府办公室已审查）：${organiser}拟于${r.date}召开“${r.title}”`,
        kind: 'meeting-approval', sourceType: 'meeting-approval', sourceId: r.id, ownerPositionId: approver.id,
        period: { value: 1, unit: 'workday', start: today },
      });
    }
    const verdicts = [verdict, ...decision.verdicts];
    await tx.audit.append(actor.tenantId, {
      type: EVENTS[command.type], at, actorAccountId: actor.accountId, actorPersonId: actor.personId, onBehalfOfPersonId: onBehalfOf,
      subjectType: 'meeting-approval', subjectId: r.id,
      payload: { status: next.status, note: command.note.trim(), ...(approver ? { approverPositionId: approver.id } : {}) },
      verdicts,
    });
    return { application: next, verdicts };
  });
}
