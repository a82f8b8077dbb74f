import { workingDaysBetween } from '../../core/calendar/index.ts';
import { formatChineseDate, localDate } from '../../core/kernel/time.ts';
import type { ServiceDeps } from '../context.ts';
import type { TaskRecord, Tx } from '../ports.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { calendarFor } from '../calendar/calendar-provider.ts';
import { leaderOf } from '../org/leader-of.ts';

export interface SchedulerReport {
  readonly tenantId: string;
  readonly at: string;
  readonly reminded: number;
  readonly escalated: number;
}

const BATCH = 200;
/** Look this far ahead for reminder candidates; the calendar then decides exactly. */
const REMINDER_HORIZON_MS = 21 * 86_400_000;

/**
 * One pass of the deadline scheduler: reminds owners of tasks due within the pack's lead time
 * and escalates overdue ones to the owner and the office. State lives in the tasks themselves
 * (reminded_at, escalated_at) and notifications are unique per task and kind, so a pass can be
 * repeated, interrupted or run by two processes without double notices.
 */
export async function runScheduler(deps: ServiceDeps, tenantId: string): Promise<SchedulerReport> {
  const at = deps.clock.now();
  const { pack } = requirePack(deps, at);
  const lead = pack.numberParam('task.reminderLeadWorkdays');
  const today = localDate(at, pack.utcOffsetMinutes);
  const office = await deps.store.org.positionByCode(tenantId, 'office-director');
  let reminded = 0;
  let escalated = 0;

  for (;;) {
    const batch = await deps.store.tasks.dueForNotice(tenantId, 'escalation', at.toISOString(), BATCH);
    if (batch.length === 0) break;
    for (const t of batch) {
      const done = await deps.store.transaction(async (tx) => {
        const fresh = await tx.tasks.get(tenantId, t.id);
        if (!fresh || fresh.status !== 'open' || fresh.escalatedAt) return false;
        const message = `待办“${fresh.title}”已于${formatChineseDate(fresh.dueDate ?? today)}届满仍未办结（第四十条“文不过夜、事不过周”），请督促办理`;
        await notify(deps, tx, fresh, 'escalation', message, office?.id ?? null);
        // The handler's leader is told too (art. 40: overdue steps are visible to the handler, their leader and the office).
        const leader = fresh.ownerPositionId ? await leaderOf(tx, tenantId, fresh.ownerPositionId, today) : null;
        if (leader && leader.id !== office?.id) {
          await tx.notifications.insertOnce({
            id: deps.ids.id(), tenantId, taskId: fresh.id, kind: 'escalation-leader' as 'escalation', recipientPositionId: leader.id, recipientPersonId: null, message, createdAt: at.toISOString(), readAt: null,
          });
        }
        await tx.tasks.update({ ...fresh, escalatedAt: at.toISOString(), remindedAt: fresh.remindedAt ?? at.toISOString(), version: fresh.version + 1 });
        await tx.audit.append(tenantId, {
          type: 'task.escalated', at, actorAccountId: null, actorPersonId: null, subjectType: 'task', subjectId: fresh.id,
          payload: { dueDate: fresh.dueDate, notified: [fresh.ownerPositionId ?? fresh.ownerPersonId, office?.id ?? null, leader?.id ?? null] },
          verdicts: [{ rule: 'task.overdue-completion', outcome: 'warn', cites: ['yunyang-2025:40', 'yunyang-2025:52'], message }],
        });
        return true;
      });
      if (done) escalated++;
    }
    if (batch.length < BATCH) break;
  }

  const calendar = await calendarFor(deps.store, deps.store, tenantId);
  const horizon = new Date(at.getTime() + REMINDER_HORIZON_MS).toISOString();
  const candidates = await deps.store.tasks.dueForNotice(tenantId, 'reminder', horizon, 5000);
  for (const t of candidates) {
    if (!t.dueDate || workingDaysBetween(calendar, today, t.dueDate) > lead) continue;
    const done = await deps.store.transaction(async (tx) => {
      const fresh = await tx.tasks.get(tenantId, t.id);
      if (!fresh || fresh.status !== 'open' || fresh.remindedAt) return false;
      const message = `待办“${fresh.title}”将于${formatChineseDate(fresh.dueDate ?? today)}24时届满，请按时办理`;
      await notify(deps, tx, fresh, 'reminder', message, null);
      await tx.tasks.update({ ...fresh, remindedAt: at.toISOString(), version: fresh.version + 1 });
      await tx.audit.append(tenantId, {
        type: 'task.reminded', at, actorAccountId: null, actorPersonId: null, subjectType: 'task', subjectId: fresh.id,
        payload: { dueDate: fresh.dueDate },
      });
      return true;
    });
    if (done) reminded++;
  }
  return { tenantId, at: at.toISOString(), reminded, escalated };
}

async function notify(deps: ServiceDeps, tx: Tx, t: TaskRecord, kind: 'reminder' | 'escalation', message: string, alsoPositionId: string | null): Promise<void> {
  const createdAt = deps.clock.now().toISOString();
  await tx.notifications.insertOnce({
    id: deps.ids.id(), tenantId: t.tenantId, taskId: t.id, kind, recipientPositionId: t.ownerPositionId,
    recipientPersonId: t.ownerPersonId, message, createdAt, readAt: null,
  });
  if (alsoPositionId && alsoPositionId !== t.ownerPositionId) {
    // The office's copy is its own notice kind so that uniqueness per (task, kind) still holds.
    await tx.notifications.insertOnce({
      id: deps.ids.id(), tenantId: t.tenantId, taskId: t.id, kind: `${kind}-office` as 'escalation', recipientPositionId: alsoPositionId,
      recipientPersonId: null, message, createdAt, readAt: null,
    });
  }
}
