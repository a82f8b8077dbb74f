import type { Kysely, Migration } from 'kysely';

/** Leave from a meeting (art. 49): who asked, why, who attends instead, who approved. */
export function meetingLeavesMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('meeting_leaves')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('meeting_id', 'text', (c) => c.notNull())
        .addColumn('person_id', 'text', (c) => c.notNull())
        .addColumn('position_id', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('substitute_person_id', 'text')
        .addColumn('approver_position_id', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('decided_by_person_id', 'text')
        .addColumn('decided_on_behalf_of', 'text')
        .addColumn('decided_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('meeting_leaves_meeting').on('meeting_leaves').columns(['tenant_id', 'meeting_id']).execute();
    },
  };
}
