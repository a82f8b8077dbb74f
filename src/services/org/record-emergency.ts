import { DomainError } from '../../core/kernel/result.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, EmergencyRecord } from '../ports.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { createTaskIn } from '../tasks/create-task.ts';
import { actingPositions } from './acting-positions.ts';
import { emergencyReportToHead } from '../../core/org/emergency.rules.ts';

/**
 * Art. 6: a county leader who handles an emergency without a meeting records it, and owes the 县长
 * a prompt report — a 待办 the scheduler escalates when it is late.
 */
export async function recordEmergency(deps: ServiceDeps, actor: Actor, input: { title: string; description: string; handledAt: string }): Promise<{ emergency: EmergencyRecord; verdicts: readonly Verdict[] }> {
  const at = deps.clock.now();
  const { pack, verdict } = requirePack(deps, at);
  if (Number.isNaN(Date.parse(input.handledAt)) || Date.parse(input.handledAt) > at.getTime()) {
    throw new DomainError('VALIDATION_FAILED', '字段 handledAt：处置时间须为不晚于现在的时间', { fields: ['handledAt'] });
  }
  return deps.store.transaction(async (tx) => {
    const me = await actingPositions(deps.store, tx, actor, at, pack.utcOffsetMinutes);
    const positions = await tx.org.positions(actor.tenantId);
    // A leader's own post first; a post they stand in for only when they hold none (then both are recorded).
    const leaderPosts = positions.filter((p) => me.positionIds.includes(p.id) && ['executive-deputy', 'deputy', 'party-member'].includes(p.kind));
    const mine = leaderPosts.find((p) => !(p.id in me.onBehalfOf)) ?? leaderPosts[0];
    if (!mine || !actor.personId) throw new DomainError('FORBIDDEN', '第六条：紧急事项的处置记录由副县长、县政府党组成员填写');
    const emergency: EmergencyRecord = {
      id: deps.ids.id(), tenantId: actor.tenantId, positionId: mine.id, personId: actor.personId, title: input.title,
      description: input.description, handledAt: new Date(input.handledAt).toISOString(), reportTaskId: null, createdAt: at.toISOString(),
      onBehalfOfPersonId: me.onBehalfOf[mine.id] ?? null,
    };
    const task = await createTaskIn(deps, tx, actor, actor.tenantId, {
      title: `向县长报告紧急事项处置情况：${input.title}`, kind: 'emergency-report', sourceType: 'emergency', sourceId: emergency.id,
      ownerPositionId: mine.id, period: { value: pack.numberParam('emergency.reportWorkdays'), unit: 'workday' },
    });
    const saved = { ...emergency, reportTaskId: task.id };
    await tx.authority.insertEmergency(saved);
    const verdicts = [verdict, emergencyReportToHead.check({ reportDueDate: task.dueDate ?? '' })];
    await tx.audit.append(actor.tenantId, {
      type: 'emergency.recorded', at, actorAccountId: actor.accountId, actorPersonId: actor.personId, onBehalfOfPersonId: me.onBehalfOf[mine.id] ?? null,
      subjectType: 'emergency', subjectId: saved.id,
      payload: { title: saved.title, handledAt: saved.handledAt, reportTaskId: task.id, dueDate: task.dueDate },
      verdicts,
    });
    return { emergency: saved, verdicts };
  });
}
