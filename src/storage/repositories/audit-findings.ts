import type { Kysely, Selectable } from 'kysely';
import type { AuditFindingEntriesTable, AuditFindingsTable, Database } from '../schema.ts';
import type { AuditFindingEntryRecord, AuditFindingRecord, AuditFindingsPort } from '../../services/ports.ts';

const toFinding = (r: Selectable<AuditFindingsTable>): AuditFindingRecord => ({
  id: r.id, tenantId: r.tenant_id, auditedBodyId: r.audited_body_id, title: r.title, finding: r.finding, requirement: r.requirement,
  dueDate: r.due_date, status: r.status as AuditFindingRecord['status'], recordedAt: r.recorded_at, recordedByPersonId: r.recorded_by_person_id,
  updatedAt: r.updated_at, version: Number(r.version),
});

const fromFinding = (f: AuditFindingRecord): AuditFindingsTable => ({
  id: f.id, tenant_id: f.tenantId, audited_body_id: f.auditedBodyId, title: f.title, finding: f.finding, requirement: f.requirement,
  due_date: f.dueDate, status: f.status, recorded_at: f.recordedAt, recorded_by_person_id: f.recordedByPersonId, updated_at: f.updatedAt,
  version: f.version,
});

const toEntry = (r: Selectable<AuditFindingEntriesTable>): AuditFindingEntryRecord => ({
  id: r.id, tenantId: r.tenant_id, findingId: r.finding_id, seq: Number(r.seq), kind: r.kind as AuditFindingEntryRecord['kind'], text: r.text,
  reportDate: r.report_date, dueDate: r.due_date, statusAfter: r.status_after as AuditFindingEntryRecord['statusAfter'], previous: r.previous,
  at: r.at, personId: r.person_id, onBehalfOfPersonId: r.on_behalf_of_person_id, positionId: r.position_id, taskId: r.task_id,
});

export function auditFindingsRepository(db: Kysely<Database>): AuditFindingsPort {
  return {
    async get(tenantId, id) {
      const r = await db.selectFrom('audit_findings').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
      return r && toFinding(r);
    },
    async list(tenantId, q) {
      let sel = db.selectFrom('audit_findings').selectAll().where('tenant_id', '=', tenantId);
      if (q.auditedBodyIds) {
        if (q.auditedBodyIds.length === 0) return [];
        sel = sel.where('audited_body_id', 'in', q.auditedBodyIds);
      }
      if (q.status) sel = sel.where('status', '=', q.status);
      return (await sel.orderBy('recorded_at', 'desc').orderBy('id').limit(q.limit).execute()).map(toFinding);
    },
    async insert(f) {
      await db.insertInto('audit_findings').values(fromFinding(f)).execute();
    },
    async update(f) {
      const { id: _id, tenant_id: _t, ...rest } = fromFinding(f);
      const r = await db.updateTable('audit_findings').set(rest)
        .where('tenant_id', '=', f.tenantId).where('id', '=', f.id).where('version', '=', f.version - 1).executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async entries(tenantId, findingId) {
      const rows = await db.selectFrom('audit_finding_entries').selectAll().where('tenant_id', '=', tenantId).where('finding_id', '=', findingId).orderBy('seq').execute();
      return rows.map(toEntry);
    },
    async appendEntry(e) {
      await db.insertInto('audit_finding_entries').values({
        id: e.id, tenant_id: e.tenantId, finding_id: e.findingId, seq: e.seq, kind: e.kind, text: e.text, report_date: e.reportDate,
        due_date: e.dueDate, status_after: e.statusAfter, previous: e.previous, at: e.at, person_id: e.personId,
        on_behalf_of_person_id: e.onBehalfOfPersonId, position_id: e.positionId, task_id: e.taskId,
      }).execute();
    },
  };
}
