import type { ServiceDeps } from '../context.ts';
import type { Actor, TaskStatus } from '../ports.ts';
import { actingPositions } from '../org/acting-positions.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { calendarFor } from '../calendar/calendar-provider.ts';
import { notFound } from '../platform/errors.ts';
import { presentTask, type TaskView } from './task-view.ts';

/** The 工作台 list: tasks owned by the actor or by a position the actor acts for now. */
export async function listMyTasks(deps: ServiceDeps, actor: Actor, q: { status?: TaskStatus | undefined }): Promise<TaskView[]> {
  const at = deps.clock.now();
  const { pack } = requirePack(deps, at);
  const store = deps.store;
  const taskActor = await actingPositions(store, store, actor, at, pack.utcOffsetMinutes);
  if (!actor.personId) return [];
  const rows = await store.tasks.list(actor.tenantId, { status: q.status, ownerPositionIds: taskActor.positionIds, ownerPersonId: actor.personId });
  const calendar = await calendarFor(store, store, actor.tenantId);
  return rows.map((r) => presentTask(r, taskActor, actor.roles, calendar, at, pack.utcOffsetMinutes));
}

export async function getTask(deps: ServiceDeps, actor: Actor, taskId: string): Promise<TaskView> {
  const at = deps.clock.now();
  const { pack } = requirePack(deps, at);
  const r = await deps.store.tasks.get(actor.tenantId, taskId);
  if (!r) throw notFound('TASK_NOT_FOUND', '待办');
  const taskActor = await actingPositions(deps.store, deps.store, actor, at, pack.utcOffsetMinutes);
  // The owner sees a task; so does the office, which supervises every 待办 (督办, art. 41).
  // Anyone else is told it does not exist rather than that it is forbidden.
  const owns = (r.ownerPersonId !== null && r.ownerPersonId === actor.personId) || (r.ownerPositionId !== null && taskActor.positionIds.includes(r.ownerPositionId));
  if (!owns && !actor.roles.includes('office')) throw notFound('TASK_NOT_FOUND', '待办');
  const calendar = await calendarFor(deps.store, deps.store, actor.tenantId);
  return presentTask(r, taskActor, actor.roles, calendar, at, pack.utcOffsetMinutes);
}
