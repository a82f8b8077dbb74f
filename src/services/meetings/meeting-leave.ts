import { DomainError } from '../../core/kernel/result.ts';
import { localDate } from '../../core/kernel/time.ts';
import { meetingLeaveApprover, meetingLeaveApproverActs, meetingLeaveSubstitute } from '../../core/procedures/meetings/meeting-leave.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, MeetingLeaveRecord } from '../ports.ts';
import { ruleBlocked } from '../platform/errors.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { actingPositions } from '../org/acting-positions.ts';
import { createTaskIn } from '../tasks/create-task.ts';
import { COUNTY_LEADER_KINDS, countyHeadPost } from '../../core/org/org.ts';


/**
 * 会议请假 (art. 49): a member who cannot attend asks the 县长, or the 常务副县长 presiding by 委托
 * (the chair, for a special-topic meeting); a member who is not a county leader names the deputy in
 * charge who attends instead. The approver's post gets the 待办, reaching whoever acts for it.
 */
export async function requestMeetingLeave(deps: ServiceDeps, actor: Actor, meetingId: string, input: { reason: string; substitutePersonId?: string | undefined }): Promise<{ leave: MeetingLeaveRecord; verdicts: readonly Verdict[] }> {
  const at = deps.clock.now();
  const { pack, verdict } = requirePack(deps, at);
  if (!actor.personId) throw new DomainError('FORBIDDEN', '该账号不对应任何工作人员');
  return deps.store.transaction(async (tx) => {
    const m = await tx.meetings.get(actor.tenantId, meetingId);
    if (!m) throw new DomainError('MEETING_NOT_FOUND', '会议不存在');
    if (m.status !== 'planned') throw new DomainError('CONFLICT', '会议已召开或已取消，不能请假');
    const positions = await tx.org.positions(actor.tenantId);
    const bodies = await tx.org.bodies(actor.tenantId);
    const held = (await tx.org.positionsOfPersonOn(actor.tenantId, actor.personId!, m.date)).map((a) => positions.find((p) => p.id === a.positionId)).filter((p) => p !== undefined);
    const departments = new Set(bodies.filter((b) => b.kind === 'department').map((b) => b.id));
    const member = held.find((p) => COUNTY_LEADER_KINDS.has(p.kind)) ?? held.find((p) => m.kind === 'plenary' && p.kind === 'principal' && departments.has(p.bodyId)) ?? (m.kind === 'special' ? held[0] : undefined);
    if (!member) throw new DomainError('FORBIDDEN', '第四十九条：您不是本次会议的组成人员，无须请假');
    if (member.id === m.chairPositionId) throw new DomainError('CONFLICT', '会议主持人不能请假；请调整主持人');
    if (input.substitutePersonId && !(await tx.org.person(actor.tenantId, input.substitutePersonId))) {
      throw new DomainError('VALIDATION_FAILED', '字段 substitutePersonId：人员不存在', { fields: ['substitutePersonId'] });
    }
    const isLeader = COUNTY_LEADER_KINDS.has(member.kind);
    const sub = meetingLeaveSubstitute.check({ kind: m.kind, isLeader, substitutePersonId: input.substitutePersonId ?? null, requesterPersonId: actor.personId! });
    if (sub.outcome === 'block') throw ruleBlocked([verdict, sub]);
    const head = countyHeadPost(positions);
    const chair = positions.find((p) => p.id === m.chairPositionId);
    const approverId = meetingLeaveApprover(m.kind, m.chairPositionId, chair?.kind === 'executive-deputy', head?.id ?? null);
    if (!approverId) throw new DomainError('RULE_BLOCKED', '第四十九条：县长职务空缺，无法确定审批人');
    const leave: MeetingLeaveRecord = {
      id: deps.ids.id(), tenantId: actor.tenantId, meetingId, personId: actor.personId!, positionId: member.id, reason: input.reason,
      substitutePersonId: input.substitutePersonId ?? null, approverPositionId: approverId, status: 'requested', decidedByPersonId: null,
      decidedOnBehalfOf: null, decidedAt: null, createdAt: at.toISOString(), version: 1,
    };
    await tx.meetings.insertLeave(leave);
    await createTaskIn(deps, tx, actor, actor.tenantId, {
      title: `审批会议请假：${actor.displayName}（${member.title}）不能参加${m.title}（${m.date}）`, kind: 'meeting-leave', sourceType: 'meeting-leave', sourceId: leave.id,
      ownerPositionId: approverId, period: { value: 1, unit: 'workday', start: localDate(at, pack.utcOffsetMinutes) },
    });
    const approverTitle = positions.find((p) => p.id === approverId)?.title ?? '';
    const verdicts: Verdict[] = [verdict, sub, { rule: 'meeting-leave.approver', outcome: 'allow', cites: ['yunyang-2025:49'], message: `第四十九条：向${approverTitle}请假` }];
    await tx.audit.append(actor.tenantId, {
      type: 'meeting-leave.requested', at, actorAccountId: actor.accountId, actorPersonId: actor.personId, subjectType: 'meeting', subjectId: meetingId,
      payload: { leaveId: leave.id, position: member.title, substitutePersonId: leave.substitutePersonId, approver: approverTitle }, verdicts,
    });
    return { leave, verdicts };
  });
}

/** Approve or reject, by whoever acts for the approving post now (art. 49 with art. 5). */
export async function decideMeetingLeave(deps: ServiceDeps, actor: Actor, leaveId: string, approve: boolean, note: string): Promise<{ leave: MeetingLeaveRecord; verdicts: readonly Verdict[] }> {
  const at = deps.clock.now();
  const { pack, verdict } = requirePack(deps, at);
  return deps.store.transaction(async (tx) => {
    const leave = await tx.meetings.leave(actor.tenantId, leaveId);
    if (!leave) throw new DomainError('NOT_FOUND', '会议请假不存在');
    if (leave.status !== 'requested') throw new DomainError('CONFLICT', '该请假已审批');
    const me = await actingPositions(deps.store, tx, actor, at, pack.utcOffsetMinutes);
    const approver = await tx.org.position(actor.tenantId, leave.approverPositionId);
    const v = meetingLeaveApproverActs.check({ acts: me.positionIds.includes(leave.approverPositionId), approverTitle: approver?.title ?? '审批人' });
    if (v.outcome === 'block') throw ruleBlocked([verdict, v]);
    const onBehalfOf = me.onBehalfOf[leave.approverPositionId] ?? null;
    const next: MeetingLeaveRecord = { ...leave, status: approve ? 'approved' : 'rejected', decidedByPersonId: actor.personId, decidedOnBehalfOf: onBehalfOf, decidedAt: at.toISOString(), version: leave.version + 1 };
    if (!(await tx.meetings.updateLeave(next))) throw new DomainError('CONFLICT', '该请假已被他人更新，请刷新后重试');
    for (const t of await tx.tasks.openBySource(actor.tenantId, 'meeting-leave', leave.id)) {
      await tx.tasks.update({ ...t, status: 'done', completedAt: at.toISOString(), completedByPersonId: actor.personId, completedByAccountId: actor.accountId, version: t.version + 1 });
    }
    const verdicts = [verdict, v];
    await tx.audit.append(actor.tenantId, {
      type: approve ? 'meeting-leave.approved' : 'meeting-leave.rejected', at, actorAccountId: actor.accountId, actorPersonId: actor.personId, onBehalfOfPersonId: onBehalfOf,
      subjectType: 'meeting', subjectId: leave.meetingId, payload: { leaveId: leave.id, note }, verdicts,
    });
    return { leave: next, verdicts };
  });
}
