import type { ServiceDeps } from '../context.ts';
import type { Actor, TaskStatus } from '../ports.ts';
import { actingPositions } from '../org/acting-positions.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { calendarFor } from '../calendar/calendar-provider.ts';
import { notFound, ruleBlocked } from '../platform/errors.ts';
import { localDate } from '../../core/kernel/time.ts';
import { enteredOnBehalf } from '../../core/org/entry.rules.ts';
import { secretaryLinkFor } from '../org/entered-on-behalf.ts';
import { presentTask, type TaskView } from './task-view.ts';

/**
 * The 工作台 list: tasks owned by the actor or by a position the actor acts for now. With
 * `forPersonId`, a secretary sees the leader's tasks as the leader would (代录); refused without a
 * secretary link valid today (art. 5).
 */
export async function listMyTasks(deps: ServiceDeps, actor: Actor, q: { status?: TaskStatus | undefined; forPersonId?: string | undefined }): Promise<TaskView[]> {
  const at = deps.clock.now();
  const { pack } = requirePack(deps, at);
  const store = deps.store;
  if (q.forPersonId !== undefined && q.forPersonId !== actor.personId) {
    const leader = await store.org.person(actor.tenantId, q.forPersonId);
    const link = leader && actor.personId ? await secretaryLinkFor(store, actor.tenantId, actor.personId, leader.id, localDate(at, pack.utcOffsetMinutes)) : undefined;
    if (!leader || !link) throw ruleBlocked([enteredOnBehalf.check({ action: 'task.complete', linked: false, secretaryName: actor.displayName, leaderName: leader?.name ?? '该领导' })]);
    // The leader's view: their posts, with the secretary's roles left out (a secretary does not 撤销 for them).
    actor = { ...actor, personId: leader.id, displayName: leader.name, roles: [] };
  }
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
