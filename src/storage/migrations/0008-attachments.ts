import type { Kysely, Migration } from 'kysely';

/**
 * Document attachments. The content is kept as base64 text so that it travels unchanged through
 * both databases and the backup format (JSON lines); the SM3 digest identifies it.
 */
export function attachmentsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('document_attachments')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('document_id', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('content_type', 'text', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('digest', 'text', (c) => c.notNull())
        .addColumn('content', 'text', (c) => c.notNull())
        .addColumn('uploaded_by_person_id', 'text')
        .addColumn('uploaded_at', 'text', (c) => c.notNull())
        .addColumn('removed_at', 'text')
        .addColumn('removed_by_person_id', 'text')
        .execute();
      await db.schema.createIndex('document_attachments_doc').on('document_attachments').columns(['tenant_id', 'document_id']).execute();
    },
  };
}
