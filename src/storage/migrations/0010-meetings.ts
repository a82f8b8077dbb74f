import type { Kysely, Migration } from 'kysely';

/** Meetings (arts. 44–51) and their topics (议题), with the admission verdicts kept on each topic. */
export function meetingsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('meetings')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('date', 'text', (c) => c.notNull())
        .addColumn('starts_at', 'text', (c) => c.notNull())
        .addColumn('place', 'text', (c) => c.notNull())
        .addColumn('form', 'text', (c) => c.notNull())
        .addColumn('chair_position_id', 'text', (c) => c.notNull())
        .addColumn('entrusted_note', 'text')
        .addColumn('on_behalf_of_position_id', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('created_by_person_id', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('meetings_date').on('meetings').columns(['tenant_id', 'date']).execute();
      await db.schema
        .createTable('meeting_topics')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('meeting_kind', 'text', (c) => c.notNull())
        .addColumn('meeting_id', 'text')
        .addColumn('special_chair_position_id', 'text')
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('facts', 'text', (c) => c.notNull())
        .addColumn('materials', 'text', (c) => c.notNull())
        .addColumn('proposer_person_id', 'text', (c) => c.notNull())
        .addColumn('proposer_position_id', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('verdicts', 'text', (c) => c.notNull())
        .addColumn('decided_by_person_id', 'text')
        .addColumn('decided_on_behalf_of', 'text')
        .addColumn('decision_note', 'text')
        .addColumn('source_type', 'text')
        .addColumn('source_id', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('meeting_topics_status').on('meeting_topics').columns(['tenant_id', 'status']).execute();
    },
  };
}
