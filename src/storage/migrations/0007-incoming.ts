import type { Kysely, Migration } from 'kysely';

/**
 * Incoming documents (收文): what arrived, from whom, its register number, and each step of its
 * handling — 初审, 拟办, 传阅 readers, the county leader's 批办 with lead and co-units and the due
 * date, and the result.
 */
export function incomingMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('incoming_documents')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('from_name', 'text', (c) => c.notNull())
        .addColumn('from_body_id', 'text')
        .addColumn('source_document_id', 'text')
        .addColumn('their_number', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('urgency', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('attachment_names', 'text', (c) => c.notNull())
        .addColumn('disagreement', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('received_at', 'text', (c) => c.notNull())
        .addColumn('received_by_person_id', 'text')
        .addColumn('register_no', 'text')
        .addColumn('review_note', 'text')
        .addColumn('proposal', 'text')
        .addColumn('leader_position_id', 'text')
        .addColumn('readers', 'text', (c) => c.notNull())
        .addColumn('instruction', 'text')
        .addColumn('instructed_by_person_id', 'text')
        .addColumn('instructed_on_behalf_of', 'text')
        .addColumn('instructed_at', 'text')
        .addColumn('lead_body_id', 'text')
        .addColumn('co_body_ids', 'text', (c) => c.notNull())
        .addColumn('handler_position_id', 'text')
        .addColumn('due_date', 'text')
        .addColumn('result', 'text')
        .addColumn('completed_at', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('incoming_status').on('incoming_documents').columns(['tenant_id', 'status', 'received_at']).execute();
    },
  };
}
