import type { Kysely, Migration } from 'kysely';

/**
 * Official documents (arts. 52–56, 61): the documents with their elements and route, every
 * version of the text, and the number register — one sequence per 代字 per year, each number
 * issued once and kept (作废 included) so that there are no duplicates and no silent gaps.
 */
export function documentsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('documents')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('issuer', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('urgency', 'text', (c) => c.notNull())
        .addColumn('drafting_body_id', 'text')
        .addColumn('drafter_person_id', 'text', (c) => c.notNull())
        .addColumn('drafter_position_id', 'text')
        .addColumn('elements', 'text', (c) => c.notNull())
        .addColumn('importance', 'text')
        .addColumn('within_department_powers', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('route', 'text', (c) => c.notNull())
        .addColumn('route_clause', 'text')
        .addColumn('special_order', 'text')
        .addColumn('number_id', 'text')
        .addColumn('doc_number', 'text')
        .addColumn('signed_date', 'text')
        .addColumn('current_task_id', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('documents_status').on('documents').columns(['tenant_id', 'status', 'updated_at']).execute();
      await db.schema.createIndex('documents_drafter').on('documents').columns(['tenant_id', 'drafter_person_id']).execute();

      await db.schema
        .createTable('document_versions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('document_id', 'text', (c) => c.notNull())
        .addColumn('version_no', 'integer', (c) => c.notNull())
        .addColumn('elements', 'text', (c) => c.notNull())
        .addColumn('changed_fields', 'text', (c) => c.notNull())
        .addColumn('changed_by_person_id', 'text')
        .addColumn('changed_at', 'text', (c) => c.notNull())
        .addColumn('note', 'text', (c) => c.notNull())
        .addUniqueConstraint('document_versions_no', ['tenant_id', 'document_id', 'version_no'])
        .execute();

      await db.schema
        .createTable('doc_sequences')
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('prefix', 'text', (c) => c.notNull())
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('next_seq', 'integer', (c) => c.notNull())
        .addColumn('preset_by_person_id', 'text')
        .addColumn('preset_at', 'text')
        .addPrimaryKeyConstraint('doc_sequences_pk', ['tenant_id', 'prefix', 'year'])
        .execute();

      await db.schema
        .createTable('doc_numbers')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('prefix', 'text', (c) => c.notNull())
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('doc_number', 'text', (c) => c.notNull())
        .addColumn('document_id', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('assigned_at', 'text', (c) => c.notNull())
        .addColumn('assigned_by_person_id', 'text')
        .addColumn('voided_at', 'text')
        .addColumn('void_reason', 'text')
        .addUniqueConstraint('doc_numbers_unique', ['tenant_id', 'prefix', 'year', 'seq'])
        .execute();
    },
  };
}
