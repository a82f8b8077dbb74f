import { can } from '../../access/permissions.ts';
import { TASK_TRANSITIONS } from './tasks.machine.ts';
import type { Task, TaskActor } from './tasks.ts';

/** What the actor may do with a task now; the UI shows exactly these. */
export function taskAbilities(task: Task, actor: TaskActor, roles: readonly string[]): { complete: boolean; cancel: boolean } {
  const t = TASK_TRANSITIONS[task.status];
  const owns =
    (task.ownerPersonId !== null && task.ownerPersonId === actor.personId) ||
    (task.ownerPositionId !== null && actor.positionIds.includes(task.ownerPositionId));
  return {
    complete: t.complete !== undefined && owns && can(roles, 'tasks:complete'),
    cancel: t.cancel !== undefined && can(roles, 'tasks:create'),
  };
}
