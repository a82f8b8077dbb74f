import type { Kysely, Migration } from 'kysely';

/**
 * Public consultation (公开征求意见): the consultations with their window, the comments from the
 * public with their moderation and handling, and the accepted submissions counted by the rate
 * limits (a pseudonymous key of the address, pruned once older than the longest limit).
 */
export function consultationsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('consultations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('subject_type', 'text', (c) => c.notNull())
        .addColumn('subject_id', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('draft_text', 'text', (c) => c.notNull())
        .addColumn('explanation', 'text', (c) => c.notNull())
        .addColumn('drafting_body_id', 'text', (c) => c.notNull())
        .addColumn('affects_market', 'integer', (c) => c.notNull())
        .addColumn('opens_at', 'text', (c) => c.notNull())
        .addColumn('last_day', 'text', (c) => c.notNull())
        .addColumn('closes_at', 'text', (c) => c.notNull())
        .addColumn('minimum', 'text', (c) => c.notNull())
        .addColumn('shortened_reason', 'text')
        .addColumn('verdicts', 'text', (c) => c.notNull())
        .addColumn('feedback_summary', 'text')
        .addColumn('feedback_published_at', 'text')
        .addColumn('feedback_published_by_person_id', 'text')
        .addColumn('opened_by_person_id', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('consultations_closes').on('consultations').columns(['tenant_id', 'closes_at']).execute();
      await db.schema.createIndex('consultations_subject').on('consultations').columns(['tenant_id', 'subject_type', 'subject_id']).execute();
      await db.schema
        .createTable('consultation_comments')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('consultation_id', 'text', (c) => c.notNull())
        .addColumn('content', 'text', (c) => c.notNull())
        .addColumn('commenter_name', 'text')
        .addColumn('commenter_contact', 'text')
        .addColumn('submitted_at', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('public_text', 'text')
        .addColumn('moderation_note', 'text')
        .addColumn('moderated_by_person_id', 'text')
        .addColumn('moderated_at', 'text')
        .addColumn('handling', 'text')
        .addColumn('handling_reason', 'text')
        .addColumn('handled_by_person_id', 'text')
        .addColumn('handled_at', 'text')
        .addColumn('version', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('consultation_comments_consultation').on('consultation_comments').columns(['tenant_id', 'consultation_id', 'status']).execute();
      await db.schema
        .createTable('consultation_submissions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('consultation_id', 'text', (c) => c.notNull())
        .addColumn('address_key', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('consultation_submissions_address').on('consultation_submissions').columns(['tenant_id', 'address_key', 'at']).execute();
    },
  };
}
