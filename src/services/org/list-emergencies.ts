import { workingDaysBetween } from '../../core/calendar/index.ts';
import { localDate } from '../../core/kernel/time.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor } from '../ports.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { calendarFor } from '../calendar/calendar-provider.ts';
import { actingPositions } from './acting-positions.ts';

export type EmergencyReportState = 'reported' | 'overdue' | 'pending' | 'cancelled' | 'none';

/**
 * Emergency records (art. 6), newest first, with who handled them (a stand-in shown as
 * `李明（代王强）`) and the state of the report to the 县长: 已报告, 还剩 N 个工作日 or 已逾期.
 * The 县长 (and whoever acts for the post) and the office see every record; a county leader sees
 * those of the posts they act for and those they handled.
 */
export async function listEmergencies(deps: ServiceDeps, actor: Actor) {
  const at = deps.clock.now();
  const { pack } = requirePack(deps, at);
  const store = deps.store;
  const [rows, people, positions, me, calendar] = await Promise.all([
    store.authority.emergencies(actor.tenantId, 200), store.org.people(actor.tenantId), store.org.positions(actor.tenantId),
    actingPositions(store, store, actor, at, pack.utcOffsetMinutes), calendarFor(store, store, actor.tenantId),
  ]);
  const headPosts = new Set(positions.filter((p) => p.kind === 'county-head' || p.kind === 'acting-county-head').map((p) => p.id));
  const seesAll = actor.roles.includes('office') || me.positionIds.some((p) => headPosts.has(p));
  const visible = seesAll ? rows : rows.filter((e) => e.personId === actor.personId || e.onBehalfOfPersonId === actor.personId || me.positionIds.includes(e.positionId));
  const name = new Map(people.map((p) => [p.id, p.name]));
  const title = new Map(positions.map((p) => [p.id, p.title]));
  const today = localDate(at, pack.utcOffsetMinutes);
  const items = await Promise.all(visible.map(async (e) => {
    const task = e.reportTaskId ? await store.tasks.get(actor.tenantId, e.reportTaskId) : undefined;
    const personName = name.get(e.personId) ?? '';
    const forName = e.onBehalfOfPersonId ? (name.get(e.onBehalfOfPersonId) ?? '') : null;
    const overdue = task?.status === 'open' && task.dueAt !== null && at.getTime() > Date.parse(task.dueAt);
    const state: EmergencyReportState = !task ? 'none' : task.status === 'done' ? 'reported' : task.status === 'cancelled' ? 'cancelled' : overdue ? 'overdue' : 'pending';
    const remaining = task?.dueDate ? workingDaysBetween(calendar, today, task.dueDate) : null;
    const reporter = task?.completedByPersonId ? (name.get(task.completedByPersonId) ?? '') : null;
    return {
      ...e, onBehalfOfPersonId: e.onBehalfOfPersonId ?? null, personName, positionTitle: title.get(e.positionId) ?? '',
      onBehalfOfName: forName,
      handledByDisplay: forName ? `${personName}（代${forName}）` : personName,
      report: task
        ? {
            taskId: task.id, status: task.status, dueDate: task.dueDate, dueAt: task.dueAt, completedAt: task.completedAt, escalated: task.escalatedAt !== null,
            state, remainingWorkingDays: remaining, completedByName: reporter, note: task.note,
            stateLabel: state === 'reported' ? '已报告' : state === 'cancelled' ? '已撤销'
              : state === 'overdue' ? `已逾期 ${Math.max(1, -(remaining ?? 0))} 个工作日` : remaining !== null && remaining <= 0 ? '今日届满' : `还剩 ${remaining ?? 0} 个工作日`,
          }
        : null,
    };
  }));
  return { seesAll, items };
}
