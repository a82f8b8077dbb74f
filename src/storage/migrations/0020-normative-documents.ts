import type { Kysely, Migration } from 'kysely';

/**
 * Normative documents (规范性文件, arts. 18–21): one row per document with its status and the
 * evidence of every step (JSON), and the filings owed with the county people's congress standing
 * committee and the city government, each with its due date and 待办.
 */
export function normativeDocumentsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('normative_documents')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('issuer', 'text', (c) => c.notNull())
        .addColumn('lead_body_id', 'text', (c) => c.notNull())
        .addColumn('co_body_ids', 'text', (c) => c.notNull())
        .addColumn('affects_market', 'integer', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('amends_id', 'text')
        .addColumn('topic_id', 'text')
        .addColumn('doc_number', 'text')
        .addColumn('published_date', 'text')
        .addColumn('evidence', 'text', (c) => c.notNull())
        .addColumn('created_by_person_id', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('normative_documents_tenant').on('normative_documents').columns(['tenant_id', 'created_at']).execute();
      await db.schema
        .createTable('normative_filings')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('document_id', 'text', (c) => c.notNull())
        .addColumn('authority', 'text', (c) => c.notNull())
        .addColumn('due_date', 'text', (c) => c.notNull())
        .addColumn('due_at', 'text', (c) => c.notNull())
        .addColumn('due_summary', 'text', (c) => c.notNull())
        .addColumn('task_id', 'text')
        .addColumn('filed_date', 'text')
        .addColumn('filed_at', 'text')
        .addColumn('items', 'text', (c) => c.notNull())
        .addColumn('receipt', 'text')
        .addColumn('late_days', 'integer')
        .addColumn('filed_by_person_id', 'text')
        .addColumn('version', 'integer', (c) => c.notNull())
        .addUniqueConstraint('normative_filings_unique', ['tenant_id', 'document_id', 'authority'])
        .execute();
      await db.schema.createIndex('normative_filings_due').on('normative_filings').columns(['tenant_id', 'due_date']).execute();
    },
  };
}
