import type { Kysely } from 'kysely';
import type { Database, TasksTable } from '../schema.ts';
import type { NotificationsPort, TaskRecord, TasksPort } from '../../services/ports.ts';

const toTask = (r: TasksTable): TaskRecord => ({
  id: r.id, tenantId: r.tenant_id, title: r.title, kind: r.kind, ownerPositionId: r.owner_position_id,
  ownerPersonId: r.owner_person_id, status: r.status as TaskRecord['status'], sourceType: r.source_type, sourceId: r.source_id,
  startDate: r.start_date, period: r.period === null ? null : Number(r.period), unit: r.unit as TaskRecord['unit'],
  dueDate: r.due_date, dueAt: r.due_at, provisional: Number(r.provisional) === 1, createdAt: r.created_at,
  completedAt: r.completed_at, completedByPersonId: r.completed_by_person_id, completedByAccountId: r.completed_by_account_id,
  note: r.note, remindedAt: r.reminded_at, escalatedAt: r.escalated_at, version: Number(r.version),
  completedEnteredByPersonId: r.completed_entered_by_person_id,
});

const fromTask = (t: TaskRecord): TasksTable => ({
  id: t.id, tenant_id: t.tenantId, title: t.title, kind: t.kind, owner_position_id: t.ownerPositionId,
  owner_person_id: t.ownerPersonId, status: t.status, source_type: t.sourceType, source_id: t.sourceId,
  start_date: t.startDate, period: t.period, unit: t.unit, due_date: t.dueDate, due_at: t.dueAt,
  provisional: t.provisional ? 1 : 0, created_at: t.createdAt, completed_at: t.completedAt,
  completed_by_person_id: t.completedByPersonId, completed_by_account_id: t.completedByAccountId, note: t.note,
  reminded_at: t.remindedAt, escalated_at: t.escalatedAt, version: t.version,
  completed_entered_by_person_id: t.completedEnteredByPersonId ?? null,
});

export function tasksRepository(db: Kysely<Database>): TasksPort {
  return {
    async get(tenantId, id) {
      const r = await db.selectFrom('tasks').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
      return r && toTask(r);
    },
    async insert(t) {
      await db.insertInto('tasks').values(fromTask(t)).execute();
    },
    async update(t) {
      const { id: _id, tenant_id: _t, ...rest } = fromTask(t);
      const r = await db.updateTable('tasks').set(rest)
        .where('tenant_id', '=', t.tenantId).where('id', '=', t.id).where('version', '=', t.version - 1).executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async list(tenantId, q) {
      let sel = db.selectFrom('tasks').selectAll().where('tenant_id', '=', tenantId);
      if (q.status) sel = sel.where('status', '=', q.status);
      const owners = q.ownerPositionIds ?? [];
      const person = q.ownerPersonId;
      if (owners.length > 0 || person) {
        sel = sel.where((eb) => eb.or([
          ...(owners.length > 0 ? [eb('owner_position_id', 'in', owners)] : []),
          ...(person ? [eb('owner_person_id', '=', person)] : []),
        ]));
      }
      const rows = await sel.orderBy('due_at').orderBy('created_at').limit(q.limit ?? 200).execute();
      return rows.map(toTask);
    },
    async dueForNotice(tenantId, kind, before, limit) {
      const column = kind === 'reminder' ? 'reminded_at' : 'escalated_at';
      const rows = await db.selectFrom('tasks').selectAll().where('tenant_id', '=', tenantId).where('status', '=', 'open')
        .where('due_at', 'is not', null).where('due_at', '<', before).where(column, 'is', null)
        .orderBy('due_at').limit(limit).execute();
      return rows.map(toTask);
    },
    async overdue(tenantId, before, limit) {
      const rows = await db.selectFrom('tasks').selectAll().where('tenant_id', '=', tenantId).where('status', '=', 'open')
        .where('due_at', 'is not', null).where('due_at', '<', before).orderBy('due_at').limit(limit).execute();
      return rows.map(toTask);
    },
    async openBySource(tenantId, sourceType, sourceId) {
      const rows = await db.selectFrom('tasks').selectAll().where('tenant_id', '=', tenantId).where('status', '=', 'open')
        .where('source_type', '=', sourceType).where('source_id', '=', sourceId).execute();
      return rows.map(toTask);
    },
    async openWithPeriod(tenantId) {
      const rows = await db.selectFrom('tasks').selectAll().where('tenant_id', '=', tenantId).where('status', '=', 'open')
        .where('period', 'is not', null).execute();
      return rows.map(toTask);
    },
  };
}

export function notificationsRepository(db: Kysely<Database>): NotificationsPort {
  return {
    async insertOnce(n) {
      const r = await db.insertInto('notifications').values({
        id: n.id, tenant_id: n.tenantId, task_id: n.taskId, kind: n.kind, recipient_position_id: n.recipientPositionId,
        recipient_person_id: n.recipientPersonId, message: n.message, created_at: n.createdAt, read_at: n.readAt,
      }).onConflict((oc) => oc.columns(['tenant_id', 'task_id', 'kind']).doNothing()).executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0n) === 1;
    },
    async forRecipients(tenantId, positionIds, personId, limit) {
      // Only notices about work still open: once a task is done its reminders have served.
      const rows = await db.selectFrom('notifications').innerJoin('tasks', (j) => j.onRef('tasks.id', '=', 'notifications.task_id').onRef('tasks.tenant_id', '=', 'notifications.tenant_id'))
        .selectAll('notifications')
        .where('notifications.tenant_id', '=', tenantId).where('tasks.status', '=', 'open')
        .where((eb) => eb.or([
          ...(positionIds.length > 0 ? [eb('notifications.recipient_position_id', 'in', positionIds)] : []),
          ...(personId ? [eb('notifications.recipient_person_id', '=', personId)] : []),
          eb.lit(false),
        ]))
        .orderBy('notifications.created_at', 'desc').limit(limit).execute();
      return rows.map((r) => ({
        id: r.id, tenantId: r.tenant_id, taskId: r.task_id, kind: r.kind as 'reminder' | 'escalation',
        recipientPositionId: r.recipient_position_id, recipientPersonId: r.recipient_person_id, message: r.message,
        createdAt: r.created_at, readAt: r.read_at,
      }));
    },
  };
}
