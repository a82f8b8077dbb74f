import type { Kysely, Selectable } from 'kysely';
import type { Database, IncomingDocumentsTable } from '../schema.ts';
import type { IncomingPort, IncomingRecord } from '../../services/ports.ts';

const toRecord = (r: Selectable<IncomingDocumentsTable>): IncomingRecord => ({
  id: r.id, tenantId: r.tenant_id, status: r.status as IncomingRecord['status'], source: r.source as IncomingRecord['source'], fromName: r.from_name,
  fromBodyId: r.from_body_id, sourceDocumentId: r.source_document_id, theirNumber: r.their_number, kind: r.kind, title: r.title, urgency: r.urgency,
  body: r.body, attachmentNames: JSON.parse(r.attachment_names) as string[], disagreement: Number(r.disagreement) === 1, receivedAt: r.received_at,
  receivedByPersonId: r.received_by_person_id, registerNo: r.register_no, reviewNote: r.review_note, proposal: r.proposal, leaderPositionId: r.leader_position_id,
  readers: JSON.parse(r.readers) as IncomingRecord['readers'], instruction: r.instruction, instructedByPersonId: r.instructed_by_person_id,
  instructedOnBehalfOf: r.instructed_on_behalf_of, instructedAt: r.instructed_at, leadBodyId: r.lead_body_id, coBodyIds: JSON.parse(r.co_body_ids) as string[],
  handlerPositionId: r.handler_position_id, dueDate: r.due_date, result: r.result, completedAt: r.completed_at, updatedAt: r.updated_at, version: Number(r.version),
});

const fromRecord = (r: IncomingRecord): IncomingDocumentsTable => ({
  id: r.id, tenant_id: r.tenantId, status: r.status, source: r.source, from_name: r.fromName, from_body_id: r.fromBodyId, source_document_id: r.sourceDocumentId,
  their_number: r.theirNumber, kind: r.kind, title: r.title, urgency: r.urgency, body: r.body, attachment_names: JSON.stringify(r.attachmentNames),
  disagreement: r.disagreement ? 1 : 0, received_at: r.receivedAt, received_by_person_id: r.receivedByPersonId, register_no: r.registerNo, review_note: r.reviewNote,
  proposal: r.proposal, leader_position_id: r.leaderPositionId, readers: JSON.stringify(r.readers), instruction: r.instruction,
  instructed_by_person_id: r.instructedByPersonId, instructed_on_behalf_of: r.instructedOnBehalfOf, instructed_at: r.instructedAt, lead_body_id: r.leadBodyId,
  co_body_ids: JSON.stringify(r.coBodyIds), handler_position_id: r.handlerPositionId, due_date: r.dueDate, result: r.result, completed_at: r.completedAt,
  updated_at: r.updatedAt, version: r.version,
});

export function incomingRepository(db: Kysely<Database>): IncomingPort {
  return {
    async get(tenantId, id) {
      const r = await db.selectFrom('incoming_documents').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
      return r ? toRecord(r) : undefined;
    },
    async list(tenantId, limit) {
      const rows = await db.selectFrom('incoming_documents').selectAll().where('tenant_id', '=', tenantId).orderBy('received_at', 'desc').orderBy('id').limit(limit).execute();
      return rows.map(toRecord);
    },
    async insert(r) {
      await db.insertInto('incoming_documents').values(fromRecord(r)).execute();
    },
    async update(r) {
      const { id: _id, tenant_id: _t, ...rest } = fromRecord(r);
      const res = await db.updateTable('incoming_documents').set(rest).where('tenant_id', '=', r.tenantId).where('id', '=', r.id).where('version', '=', r.version - 1).executeTakeFirst();
      return Number(res.numUpdatedRows) === 1;
    },
  };
}
