import { DomainError } from '../../core/kernel/result.ts';
import { decideTask } from '../../core/procedures/tasks/tasks.decide.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor } from '../ports.ts';
import { actingPositions } from '../org/acting-positions.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { ruleBlocked, notFound } from '../platform/errors.ts';
import { calendarFor } from '../calendar/calendar-provider.ts';
import { presentTask, toTask, type TaskView } from './task-view.ts';

/** Completes (办结) a task: decide in core, save the change and its audit event together. */
export async function completeTask(
  deps: ServiceDeps, actor: Actor, input: { taskId: string; note?: string | undefined; expectedVersion?: number | undefined },
): Promise<{ task: TaskView; verdicts: readonly Verdict[] }> {
  const at = deps.clock.now();
  const { pack, verdict: packVerdict } = requirePack(deps, at);
  // Who acts for which post is read from the committed organisation (and its cached snapshot)
  // before the transaction: organisation changes are rare and this keeps the hot path short.
  const taskActor = await actingPositions(deps.store, deps.store, actor, at, pack.utcOffsetMinutes);
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
    const verdicts = [packVerdict, ...decision.verdicts];
    const next = {
      ...record, status: decision.task.status, completedAt: decision.task.completedAt, note: decision.task.note,
      completedByPersonId: actor.personId, completedByAccountId: actor.accountId, version: decision.task.version,
    };
    if (!(await tx.tasks.update(next))) throw new DomainError('CONFLICT', '该待办已被他人更新，请刷新后重试');
    await tx.audit.append(actor.tenantId, {
      type: 'task.completed', at, actorAccountId: actor.accountId, actorPersonId: actor.personId,
      // A stand-in completing a position's task acts for its absent holder: both are recorded.
      onBehalfOfPersonId: record.ownerPositionId ? (taskActor.onBehalfOf[record.ownerPositionId] ?? null) : null,
      subjectType: 'task', subjectId: record.id, payload: { note: next.note, dueDate: record.dueDate }, verdicts,
    });
    const calendar = await calendarFor(deps.store, tx, actor.tenantId);
    return { task: presentTask(next, taskActor, actor.roles, calendar, at, pack.utcOffsetMinutes), verdicts };
  });
}
