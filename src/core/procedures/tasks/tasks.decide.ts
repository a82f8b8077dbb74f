import { evaluate, permits, type Verdict } from '../../rules/rule.ts';
import { TASK_TRANSITIONS } from './tasks.machine.ts';
import { TASK_RULES } from './tasks.rules.ts';
import type { Task, TaskActor, TaskCommand } from './tasks.ts';

export type TaskDecision =
  | { readonly ok: true; readonly task: Task; readonly verdicts: readonly Verdict[] }
  | { readonly ok: false; readonly code: 'TASK_NOT_OPEN' | 'RULE_BLOCKED'; readonly message: string; readonly verdicts: readonly Verdict[] };

/** Decides a command on a task: the next state and the verdicts behind it. Pure. */
export function decideTask(task: Task, command: TaskCommand, actor: TaskActor, at: Date): TaskDecision {
  const transition = TASK_TRANSITIONS[task.status][command.type];
  if (!transition) {
    return { ok: false, code: 'TASK_NOT_OPEN', message: `该待办当前状态不能${command.type === 'complete' ? '办结' : '撤销'}`, verdicts: [] };
  }
  const verdicts = command.type === 'complete' ? evaluate(TASK_RULES, { task, actor, at }) : [];
  if (!permits(verdicts)) {
    return { ok: false, code: 'RULE_BLOCKED', message: '规则不允许此操作', verdicts };
  }
  const next: Task =
    command.type === 'complete'
      ? { ...task, status: transition.to, completedAt: at.toISOString(), completedByPersonId: actor.personId, note: command.note ?? null, version: task.version + 1 }
      : { ...task, status: transition.to, note: command.reason, version: task.version + 1 };
  return { ok: true, task: next, verdicts };
}
