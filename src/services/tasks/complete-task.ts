import { DomainError } from '../../core/kernel/result.ts';
import { decideTask } from '../../core/procedures/tasks/tasks.decide.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor } from '../ports.ts';
import { actingPositions } from '../org/acting-positions.ts';
import { resolveEntry } from '../org/entered-on-behalf.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { ruleBlocked, notFound } from '../platform/errors.ts';
import { calendarFor } from '../calendar/calendar-provider.ts';
import { presentTask, toTask, type TaskView } from './task-view.ts';

/**
 * Completes (办结) a task: decide in core, save the change and its audit event together. With
 * `onBehalfOfPersonId` a secretary enters the leader's 办结 (代录): the task is completed by the
 * leader, as the leader's authority allows, and the secretary is recorded beside them.
 */
export async function completeTask(
  deps: ServiceDeps, actor: Actor,
  input: { taskId: string; note?: string | undefined; expectedVersion?: number | undefined; onBehalfOfPersonId?: string | undefined },
): Promise<{ task: TaskView; verdicts: readonly Verdict[] }> {
  const at = deps.clock.now();
  const { pack, verdict: packVerdict } = requirePack(deps, at);
  // Who acts for which post is read from the committed organisation (and its cached snapshot)
  // before the transaction: organisation changes are rare and this keeps the hot path short.
  const entry = await resolveEntry(deps.store, actor, input.onBehalfOfPersonId, 'task.complete', at, pack.utcOffsetMinutes);
  const doer = entry.actor;
  const taskActor = await actingPositions(deps.store, deps.store, doer, at, pack.utcOffsetMinutes);
  return deps.store.transaction(async (tx) => {
    const record = await tx.tasks.get(actor.tenantId, input.taskId);
    if (!record) throw notFound('TASK_NOT_FOUND', '待办');
    if (input.expectedVersion !== undefined && input.expectedVersion !== record.version) {
      throw new DomainError('CONFLICT', '该待办已被他人更新，请刷新后重试');
    }
    const decision = decideTask(toTask(record), { type: 'complete', note: input.note }, taskActor, at);
    if (!decision.ok) {
      if (decision.code === 'RULE_BLOCKED') throw ruleBlocked(decision.verdicts);
      throw new DomainError(decision.code, decision.message);
    }
    const verdicts = [packVerdict, ...(entry.verdict ? [entry.verdict] : []), ...decision.verdicts];
    const next = {
      ...record, status: decision.task.status, completedAt: decision.task.completedAt, note: decision.task.note,
      completedByPersonId: doer.personId, completedByAccountId: actor.accountId, version: decision.task.version,
      completedEnteredByPersonId: entry.enteredBy?.personId ?? null,
    };
    if (!(await tx.tasks.update(next))) throw new DomainError('CONFLICT', '该待办已被他人更新，请刷新后重试');
    await tx.audit.append(actor.tenantId, {
      type: 'task.completed', at, actorAccountId: actor.accountId, actorPersonId: doer.personId,
      // A stand-in completing a position's task acts for its absent holder: both are recorded.
      onBehalfOfPersonId: record.ownerPositionId ? (taskActor.onBehalfOf[record.ownerPositionId] ?? null) : null,
      subjectType: 'task', subjectId: record.id, verdicts,
      payload: { note: next.note, dueDate: record.dueDate, ...(entry.enteredBy ? { enteredByPersonId: entry.enteredBy.personId, secretaryLinkId: entry.enteredBy.linkId } : {}) },
    });
    const calendar = await calendarFor(deps.store, tx, actor.tenantId);
    return { task: presentTask(next, taskActor, actor.roles, calendar, at, pack.utcOffsetMinutes), verdicts };
  });
}
