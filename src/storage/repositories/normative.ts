import type { Kysely, Selectable } from 'kysely';
import type { Database, DepartmentNormativeFilingsTable, NormativeDocumentsTable, NormativeFilingsTable } from '../schema.ts';
import type { DepartmentFilingRecord, NormativeFilingRecord, NormativePort, NormativeRecord } from '../../services/ports.ts';

const toDoc = (r: Selectable<NormativeDocumentsTable>): NormativeRecord => ({
  id: r.id, tenantId: r.tenant_id, title: r.title, issuer: r.issuer as NormativeRecord['issuer'], leadBodyId: r.lead_body_id,
  coBodyIds: JSON.parse(r.co_body_ids) as string[], affectsMarket: Number(r.affects_market) === 1, status: r.status as NormativeRecord['status'],
  amendsId: r.amends_id, topicId: r.topic_id, docNumber: r.doc_number, publishedDate: r.published_date,
  evidence: JSON.parse(r.evidence) as NormativeRecord['evidence'], createdByPersonId: r.created_by_person_id, createdAt: r.created_at,
  updatedAt: r.updated_at, version: Number(r.version),
});

const fromDoc = (d: NormativeRecord): NormativeDocumentsTable => ({
  id: d.id, tenant_id: d.tenantId, title: d.title, issuer: d.issuer, lead_body_id: d.leadBodyId, co_body_ids: JSON.stringify(d.coBodyIds),
  affects_market: d.affectsMarket ? 1 : 0, status: d.status, amends_id: d.amendsId, topic_id: d.topicId, doc_number: d.docNumber,
  published_date: d.publishedDate, evidence: JSON.stringify(d.evidence), created_by_person_id: d.createdByPersonId, created_at: d.createdAt,
  updated_at: d.updatedAt, version: d.version,
});

const toFiling = (r: Selectable<NormativeFilingsTable>): NormativeFilingRecord => ({
  id: r.id, tenantId: r.tenant_id, documentId: r.document_id, authority: r.authority as NormativeFilingRecord['authority'], dueDate: r.due_date,
  dueAt: r.due_at, dueSummary: r.due_summary, taskId: r.task_id, filedDate: r.filed_date, filedAt: r.filed_at,
  items: JSON.parse(r.items) as NormativeFilingRecord['items'], receipt: r.receipt, lateDays: r.late_days === null ? null : Number(r.late_days),
  filedByPersonId: r.filed_by_person_id, version: Number(r.version),
});

const fromFiling = (f: NormativeFilingRecord): NormativeFilingsTable => ({
  id: f.id, tenant_id: f.tenantId, document_id: f.documentId, authority: f.authority, due_date: f.dueDate, due_at: f.dueAt, due_summary: f.dueSummary,
  task_id: f.taskId, filed_date: f.filedDate, filed_at: f.filedAt, items: JSON.stringify(f.items), receipt: f.receipt, late_days: f.lateDays,
  filed_by_person_id: f.filedByPersonId, version: f.version,
});

const toDept = (r: Selectable<DepartmentNormativeFilingsTable>): DepartmentFilingRecord => ({
  id: r.id, tenantId: r.tenant_id, bodyId: r.body_id, title: r.title, docNumber: r.doc_number, publishedDate: r.published_date, dueDate: r.due_date,
  filedDate: r.filed_date, filedAt: r.filed_at, lateDays: Number(r.late_days), items: JSON.parse(r.items) as DepartmentFilingRecord['items'],
  filedByPersonId: r.filed_by_person_id, taskId: r.task_id, reviewOutcome: r.review_outcome as DepartmentFilingRecord['reviewOutcome'],
  reviewOpinion: r.review_opinion, reviewedAt: r.reviewed_at, reviewedByPersonId: r.reviewed_by_person_id, version: Number(r.version),
});

const fromDept = (f: DepartmentFilingRecord): DepartmentNormativeFilingsTable => ({
  id: f.id, tenant_id: f.tenantId, body_id: f.bodyId, title: f.title, doc_number: f.docNumber, published_date: f.publishedDate, due_date: f.dueDate,
  filed_date: f.filedDate, filed_at: f.filedAt, late_days: f.lateDays, items: JSON.stringify(f.items), filed_by_person_id: f.filedByPersonId,
  task_id: f.taskId, review_outcome: f.reviewOutcome, review_opinion: f.reviewOpinion, reviewed_at: f.reviewedAt,
  reviewed_by_person_id: f.reviewedByPersonId, version: f.version,
});

export function normativeRepository(db: Kysely<Database>): NormativePort {
  return {
    async get(tenantId, id) {
      const r = await db.selectFrom('normative_documents').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
      return r && toDoc(r);
    },
    async list(tenantId, limit) {
      return (await db.selectFrom('normative_documents').selectAll().where('tenant_id', '=', tenantId).orderBy('created_at', 'desc').orderBy('id').limit(limit).execute()).map(toDoc);
    },
    async insert(d) {
      await db.insertInto('normative_documents').values(fromDoc(d)).execute();
    },
    async update(d) {
      const { id: _id, tenant_id: _t, ...rest } = fromDoc(d);
      const r = await db.updateTable('normative_documents').set(rest).where('tenant_id', '=', d.tenantId).where('id', '=', d.id).where('version', '=', d.version - 1).executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async filings(tenantId, documentId) {
      let q = db.selectFrom('normative_filings').selectAll().where('tenant_id', '=', tenantId);
      if (documentId !== undefined) q = q.where('document_id', '=', documentId);
      return (await q.orderBy('due_date').orderBy('authority').execute()).map(toFiling);
    },
    async insertFiling(f) {
      await db.insertInto('normative_filings').values(fromFiling(f)).execute();
    },
    async updateFiling(f) {
      const { id: _id, tenant_id: _t, ...rest } = fromFiling(f);
      const r = await db.updateTable('normative_filings').set(rest).where('tenant_id', '=', f.tenantId).where('id', '=', f.id).where('version', '=', f.version - 1).executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async departmentFilings(tenantId, year) {
      let q = db.selectFrom('department_normative_filings').selectAll().where('tenant_id', '=', tenantId);
      if (year !== undefined) q = q.where('filed_date', '>=', `${year}-01-01`).where('filed_date', '<=', `${year}-12-31`);
      return (await q.orderBy('filed_date').orderBy('id').execute()).map(toDept);
    },
    async departmentFiling(tenantId, id) {
      const r = await db.selectFrom('department_normative_filings').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
      return r && toDept(r);
    },
    async insertDepartmentFiling(f) {
      await db.insertInto('department_normative_filings').values(fromDept(f)).execute();
    },
    async updateDepartmentFiling(f) {
      const { id: _id, tenant_id: _t, ...rest } = fromDept(f);
      const r = await db.updateTable('department_normative_filings').set(rest).where('tenant_id', '=', f.tenantId).where('id', '=', f.id).where('version', '=', f.version - 1).executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
  };
}
