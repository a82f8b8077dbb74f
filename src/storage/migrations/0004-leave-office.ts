import type { Kysely, Migration } from 'kysely';

/**
 * Art. 59: a principal's leave goes through the county government office (转呈 or 退回 with its
 * note, who and when). SPEC §1: a leader's secretary may enter the leader's decision (代录) —
 * the secretary links with their validity, and who entered a decision or a 办结 for whom. Art. 6:
 * the leader a stand-in handled an emergency for.
 */
export function leaveOfficeMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('absences').addColumn('office_at', 'text').execute();
      await db.schema.alterTable('absences').addColumn('office_by_person_id', 'text').execute();
      await db.schema.alterTable('absences').addColumn('office_note', 'text').execute();
      await db.schema.alterTable('absences').addColumn('decision_entered_by_person_id', 'text').execute();
      await db.schema.alterTable('tasks').addColumn('completed_entered_by_person_id', 'text').execute();
      // Art. 6: an emergency handled by a stand-in names the leader they stood in for (李明（代王强）).
      await db.schema.alterTable('emergencies').addColumn('on_behalf_of_person_id', 'text').execute();

      await db.schema
        .createTable('secretary_links')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('secretary_person_id', 'text', (c) => c.notNull())
        .addColumn('leader_position_id', 'text', (c) => c.notNull())
        .addColumn('valid_from', 'text', (c) => c.notNull())
        .addColumn('valid_to', 'text')
        .addColumn('created_by_person_id', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('secretary_links_secretary').on('secretary_links').columns(['tenant_id', 'secretary_person_id']).execute();
    },
  };
}
