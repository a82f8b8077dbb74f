import type { Kysely, Migration } from 'kysely';

/**
 * What happens at a meeting (arts. 17, 45–46): the attendees the office adds (列席, guests), sign-in
 * on the day, the collective study before a 常务会议, and each topic's discussion record.
 */
export function meetingRecordsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('meeting_attendees')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('meeting_id', 'text', (c) => c.notNull())
        .addColumn('grp', 'text', (c) => c.notNull())
        .addColumn('topic_id', 'text')
        .addColumn('body_id', 'text')
        .addColumn('position_id', 'text')
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('category', 'text')
        .addColumn('basis', 'text', (c) => c.notNull())
        .addColumn('created_by_person_id', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('meeting_attendees_meeting').on('meeting_attendees').columns(['tenant_id', 'meeting_id']).execute();
      await db.schema
        .createTable('meeting_signins')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('meeting_id', 'text', (c) => c.notNull())
        .addColumn('entry_key', 'text', (c) => c.notNull())
        .addColumn('attended_by', 'text', (c) => c.notNull())
        .addColumn('substitute', 'integer', (c) => c.notNull())
        .addColumn('signed_at', 'text', (c) => c.notNull())
        .addColumn('recorded_by_person_id', 'text')
        .addUniqueConstraint('meeting_signins_entry', ['tenant_id', 'meeting_id', 'entry_key'])
        .execute();
      await db.schema
        .createTable('meeting_studies')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('meeting_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('speaker', 'text', (c) => c.notNull())
        .addColumn('materials', 'text', (c) => c.notNull())
        .addColumn('summary', 'text')
        .addColumn('recorded_at', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addUniqueConstraint('meeting_studies_meeting', ['tenant_id', 'meeting_id'])
        .execute();
      await db.schema
        .createTable('topic_discussions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('meeting_id', 'text', (c) => c.notNull())
        .addColumn('topic_id', 'text', (c) => c.notNull())
        .addColumn('speeches', 'text', (c) => c.notNull())
        .addColumn('conclusion', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addUniqueConstraint('topic_discussions_topic', ['tenant_id', 'topic_id'])
        .execute();
    },
  };
}
