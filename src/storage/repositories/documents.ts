import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database, DocNumbersTable, DocumentsTable, DocumentVersionsTable } from '../schema.ts';
import type { DocNumberRecord, DocumentRecord, DocumentsPort, DocumentVersionRecord } from '../../services/ports.ts';

const toDocument = (r: Selectable<DocumentsTable>): DocumentRecord => ({
  id: r.id, tenantId: r.tenant_id, status: r.status as DocumentRecord['status'], elements: JSON.parse(r.elements) as DocumentRecord['elements'],
  draftingBodyId: r.drafting_body_id, drafterPersonId: r.drafter_person_id, drafterPositionId: r.drafter_position_id,
  importance: r.importance as DocumentRecord['importance'], withinDepartmentPowers: Number(r.within_department_powers) === 1,
  route: JSON.parse(r.route) as DocumentRecord['route'], routeClause: r.route_clause,
  specialOrder: r.special_order ? (JSON.parse(r.special_order) as DocumentRecord['specialOrder']) : null,
  numberId: r.number_id, docNumber: r.doc_number, signedDate: r.signed_date, issuedDate: r.issued_date ?? null, currentTaskId: r.current_task_id,
  createdAt: r.created_at, updatedAt: r.updated_at, version: Number(r.version),
});

const fromDocument = (d: DocumentRecord): DocumentsTable => ({
  id: d.id, tenant_id: d.tenantId, kind: d.elements.kind, issuer: d.elements.issuer, title: d.elements.title, status: d.status,
  urgency: d.elements.urgency, drafting_body_id: d.draftingBodyId, drafter_person_id: d.drafterPersonId, drafter_position_id: d.drafterPositionId,
  elements: JSON.stringify(d.elements), importance: d.importance, within_department_powers: d.withinDepartmentPowers ? 1 : 0,
  route: JSON.stringify(d.route), route_clause: d.routeClause, special_order: d.specialOrder ? JSON.stringify(d.specialOrder) : null,
  number_id: d.numberId, doc_number: d.docNumber, signed_date: d.signedDate, issued_date: d.issuedDate, current_task_id: d.currentTaskId,
  created_at: d.createdAt, updated_at: d.updatedAt, version: d.version,
});

const toVersion = (r: Selectable<DocumentVersionsTable>): DocumentVersionRecord => ({
  id: r.id, tenantId: r.tenant_id, documentId: r.document_id, versionNo: Number(r.version_no), elements: JSON.parse(r.elements) as DocumentVersionRecord['elements'],
  changedFields: JSON.parse(r.changed_fields) as string[], changedByPersonId: r.changed_by_person_id, changedAt: r.changed_at, note: r.note,
});

const toNumber = (r: Selectable<DocNumbersTable>): DocNumberRecord => ({
  id: r.id, tenantId: r.tenant_id, prefix: r.prefix, year: Number(r.year), seq: Number(r.seq), docNumber: r.doc_number, documentId: r.document_id,
  title: r.title, status: r.status as DocNumberRecord['status'], assignedAt: r.assigned_at, assignedByPersonId: r.assigned_by_person_id,
  voidedAt: r.voided_at, voidReason: r.void_reason,
});

export function documentsRepository(db: Kysely<Database>): DocumentsPort {
  return {
    async get(tenantId, id) {
      const r = await db.selectFrom('documents').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
      return r ? toDocument(r) : undefined;
    },
    async list(tenantId, q) {
      let query = db.selectFrom('documents').selectAll().where('tenant_id', '=', tenantId);
      if (q.statuses && q.statuses.length > 0) query = query.where('status', 'in', [...q.statuses]);
      if (q.drafterPersonId) query = query.where('drafter_person_id', '=', q.drafterPersonId);
      const rows = await query.orderBy('updated_at', 'desc').orderBy('id').limit(q.limit).execute();
      return rows.map(toDocument);
    },
    async insert(r) {
      await db.insertInto('documents').values(fromDocument(r)).execute();
    },
    async update(r) {
      const { id: _id, tenant_id: _t, ...rest } = fromDocument(r);
      const res = await db.updateTable('documents').set(rest).where('tenant_id', '=', r.tenantId).where('id', '=', r.id).where('version', '=', r.version - 1).executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },
    async insertVersion(r) {
      await db.insertInto('document_versions').values({
        id: r.id, tenant_id: r.tenantId, document_id: r.documentId, version_no: r.versionNo, elements: JSON.stringify(r.elements),
        changed_fields: JSON.stringify(r.changedFields), changed_by_person_id: r.changedByPersonId, changed_at: r.changedAt, note: r.note,
      }).execute();
    },
    async versions(tenantId, documentId) {
      const rows = await db.selectFrom('document_versions').selectAll().where('tenant_id', '=', tenantId).where('document_id', '=', documentId).orderBy('version_no').execute();
      return rows.map(toVersion);
    },
    async takeNumber(tenantId, prefix, year) {
      // The row lock of the UPDATE (PostgreSQL) or the single writer (SQLite) serialises concurrent issues.
      await db.insertInto('doc_sequences').values({ tenant_id: tenantId, prefix, year, next_seq: 1, preset_by_person_id: null, preset_at: null })
        .onConflict((oc) => oc.columns(['tenant_id', 'prefix', 'year']).doNothing()).execute();
      const row = await db.updateTable('doc_sequences').set({ next_seq: sql`next_seq + 1` })
        .where('tenant_id', '=', tenantId).where('prefix', '=', prefix).where('year', '=', year)
        .returning(sql<number>`next_seq - 1`.as('seq')).executeTakeFirstOrThrow();
      return Number(row.seq);
    },
    async presetSequence(tenantId, r) {
      const res = await db.insertInto('doc_sequences').values({
        tenant_id: tenantId, prefix: r.prefix, year: r.year, next_seq: r.nextSeq, preset_by_person_id: r.presetByPersonId, preset_at: r.presetAt,
      }).onConflict((oc) => oc.columns(['tenant_id', 'prefix', 'year']).doNothing()).executeTakeFirst();
      return Number(res.numInsertedOrUpdatedRows ?? 0n) === 1;
    },
    async sequences(tenantId) {
      const rows = await db.selectFrom('doc_sequences').selectAll().where('tenant_id', '=', tenantId).orderBy('year', 'desc').orderBy('prefix').execute();
      return rows.map((r) => ({ prefix: r.prefix, year: Number(r.year), nextSeq: Number(r.next_seq), presetByPersonId: r.preset_by_person_id, presetAt: r.preset_at }));
    },
    async insertNumber(r) {
      await db.insertInto('doc_numbers').values({
        id: r.id, tenant_id: r.tenantId, prefix: r.prefix, year: r.year, seq: r.seq, doc_number: r.docNumber, document_id: r.documentId, title: r.title,
        status: r.status, assigned_at: r.assignedAt, assigned_by_person_id: r.assignedByPersonId, voided_at: r.voidedAt, void_reason: r.voidReason,
      }).execute();
    },
    async voidNumber(tenantId, id, at, reason) {
      await db.updateTable('doc_numbers').set({ status: 'void', voided_at: at, void_reason: reason }).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
    },
    async insertAttachment(r) {
      await db.insertInto('document_attachments').values({
        id: r.id, tenant_id: r.tenantId, document_id: r.documentId, name: r.name, content_type: r.contentType, size: r.size, digest: r.digest,
        content: r.contentBase64, uploaded_by_person_id: r.uploadedByPersonId, uploaded_at: r.uploadedAt, removed_at: null, removed_by_person_id: null,
      }).execute();
    },
    async attachments(tenantId, documentId) {
      const rows = await db.selectFrom('document_attachments')
        .select(['id', 'tenant_id', 'document_id', 'name', 'content_type', 'size', 'digest', 'uploaded_by_person_id', 'uploaded_at', 'removed_at'])
        .where('tenant_id', '=', tenantId).where('document_id', '=', documentId).orderBy('uploaded_at').orderBy('id').execute();
      return rows.map((r) => ({
        id: r.id, tenantId: r.tenant_id, documentId: r.document_id, name: r.name, contentType: r.content_type, size: Number(r.size), digest: r.digest,
        uploadedByPersonId: r.uploaded_by_person_id, uploadedAt: r.uploaded_at, removedAt: r.removed_at,
      }));
    },
    async attachmentContent(tenantId, documentId, id) {
      const r = await db.selectFrom('document_attachments').selectAll().where('tenant_id', '=', tenantId).where('document_id', '=', documentId).where('id', '=', id).executeTakeFirst();
      return r ? {
        id: r.id, tenantId: r.tenant_id, documentId: r.document_id, name: r.name, contentType: r.content_type, size: Number(r.size), digest: r.digest,
        uploadedByPersonId: r.uploaded_by_person_id, uploadedAt: r.uploaded_at, removedAt: r.removed_at, contentBase64: r.content,
      } : undefined;
    },
    async removeAttachment(tenantId, id, at, personId) {
      await db.updateTable('document_attachments').set({ removed_at: at, removed_by_person_id: personId }).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
    },
    async numbers(tenantId, q) {
      let query = db.selectFrom('doc_numbers').selectAll().where('tenant_id', '=', tenantId);
      if (q.prefix) query = query.where('prefix', '=', q.prefix);
      if (q.year) query = query.where('year', '=', q.year);
      const rows = await query.orderBy('year', 'desc').orderBy('prefix').orderBy('seq', 'desc').limit(q.limit).execute();
      return rows.map(toNumber);
    },
  };
}
