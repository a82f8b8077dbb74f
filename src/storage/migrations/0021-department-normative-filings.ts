import type { Kysely, Migration } from 'kysely';

/** Departments' own normative documents filed with the county government and reviewed by the 县司法局 (art. 19). */
export function departmentNormativeFilingsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('department_normative_filings')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('body_id', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('doc_number', 'text', (c) => c.notNull())
        .addColumn('published_date', 'text', (c) => c.notNull())
        .addColumn('due_date', 'text', (c) => c.notNull())
        .addColumn('filed_date', 'text', (c) => c.notNull())
        .addColumn('filed_at', 'text', (c) => c.notNull())
        .addColumn('late_days', 'integer', (c) => c.notNull())
        .addColumn('items', 'text', (c) => c.notNull())
        .addColumn('filed_by_person_id', 'text')
        .addColumn('task_id', 'text')
        .addColumn('review_outcome', 'text')
        .addColumn('review_opinion', 'text')
        .addColumn('reviewed_at', 'text')
        .addColumn('reviewed_by_person_id', 'text')
        .addColumn('version', 'integer', (c) => c.notNull())
        .addUniqueConstraint('department_normative_filings_unique', ['tenant_id', 'body_id', 'doc_number'])
        .execute();
      await db.schema.createIndex('department_normative_filings_filed').on('department_normative_filings').columns(['tenant_id', 'filed_date']).execute();
    },
  };
}
