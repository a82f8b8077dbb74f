import { DomainError } from '../../core/kernel/result.ts';
import { decideTask } from '../../core/procedures/tasks/tasks.decide.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor } from '../ports.ts';
import { actingPositions } from '../org/acting-positions.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { notFound } from '../platform/errors.ts';
import { calendarFor } from '../calendar/calendar-provider.ts';
import { presentTask, toTask, type TaskView } from './task-view.ts';

/** Withdraws (撤销) an open task with a stated reason; the reason is kept on the task and in the audit record. */
export async function cancelTask(deps: ServiceDeps, actor: Actor, input: { taskId: string; reason: string }): Promise<TaskView> {
  const at = deps.clock.now();
  const { pack, verdict } = requirePack(deps, at);
  // Who acts for which post is read from the committed organisation (and its cached snapshot)
  // before the transaction: organisation changes are rare and this keeps the hot path short.
  const taskActor = await actingPositions(deps.store, deps.store, actor, at, pack.utcOffsetMinutes);
  return deps.store.transaction(async (tx) => {
    const record = await tx.tasks.get(actor.tenantId, input.taskId);
    if (!record) throw notFound('TASK_NOT_FOUND', '待办');
    const decision = decideTask(toTask(record), { type: 'cancel', reason: input.reason }, taskActor, at);
    if (!decision.ok) throw new DomainError(decision.code, decision.message, { verdicts: decision.verdicts });
    const next = { ...record, status: decision.task.status, note: decision.task.note, version: decision.task.version };
    if (!(await tx.tasks.update(next))) throw new DomainError('CONFLICT', '该待办已被他人更新，请刷新后重试');
    await tx.audit.append(actor.tenantId, {
      type: 'task.cancelled', at, actorAccountId: actor.accountId, actorPersonId: actor.personId,
      subjectType: 'task', subjectId: record.id, payload: { reason: input.reason }, verdicts: [verdict],
    });
    const calendar = await calendarFor(deps.store, tx, actor.tenantId);
    return presentTask(next, taskActor, actor.roles, calendar, at, pack.utcOffsetMinutes);
  });
}
