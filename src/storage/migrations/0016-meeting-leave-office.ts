import type { Kysely, Migration } from 'kysely';

/** Art. 49: a non-leader's meeting leave goes through the office — when it forwarded (转呈) or returned (退回) it, who, and the note. */
export function meetingLeaveOfficeMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('meeting_leaves').addColumn('office_at', 'text').execute();
      await db.schema.alterTable('meeting_leaves').addColumn('office_by_person_id', 'text').execute();
      await db.schema.alterTable('meeting_leaves').addColumn('office_on_behalf_of', 'text').execute();
      await db.schema.alterTable('meeting_leaves').addColumn('office_note', 'text').execute();
    },
  };
}
