import type { Kysely, Migration } from 'kysely';

/**
 * Organisation and authority (arts. 5–7, 59): AB角 pairs, 委托, portfolios (分管), the office
 * members' assistance of deputies, leave and absence requests, emergency records. Every row has
 * its tenant and a validity interval or period, so "who could act on 2025-11-03" is answerable.
 */
export function organisationMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('ab_pairs')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('a_position_id', 'text', (c) => c.notNull())
        .addColumn('b_position_id', 'text', (c) => c.notNull())
        .addColumn('valid_from', 'text', (c) => c.notNull())
        .addColumn('valid_to', 'text')
        .execute();
      await db.schema.createIndex('ab_pairs_a').on('ab_pairs').columns(['tenant_id', 'a_position_id']).execute();

      await db.schema
        .createTable('delegations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('from_position_id', 'text', (c) => c.notNull())
        .addColumn('to_position_id', 'text', (c) => c.notNull())
        .addColumn('scope', 'text', (c) => c.notNull())
        .addColumn('from_at', 'text', (c) => c.notNull())
        .addColumn('to_at', 'text')
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('created_by_person_id', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('delegations_from').on('delegations').columns(['tenant_id', 'from_position_id']).execute();

      await db.schema
        .createTable('portfolios')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('position_id', 'text', (c) => c.notNull())
        .addColumn('body_id', 'text')
        .addColumn('area', 'text')
        .addColumn('valid_from', 'text', (c) => c.notNull())
        .addColumn('valid_to', 'text')
        .execute();
      await db.schema.createIndex('portfolios_position').on('portfolios').columns(['tenant_id', 'position_id']).execute();

      await db.schema
        .createTable('office_assists')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('office_position_id', 'text', (c) => c.notNull())
        .addColumn('deputy_position_id', 'text', (c) => c.notNull())
        .addColumn('valid_from', 'text', (c) => c.notNull())
        .addColumn('valid_to', 'text')
        .execute();

      await db.schema
        .createTable('absences')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('person_id', 'text', (c) => c.notNull())
        .addColumn('position_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('from_at', 'text', (c) => c.notNull())
        .addColumn('to_at', 'text', (c) => c.notNull())
        .addColumn('returned_at', 'text')
        .addColumn('destination', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('presiding_person_id', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('approver_position_id', 'text')
        .addColumn('late', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('late_reason', 'text')
        .addColumn('requested_at', 'text', (c) => c.notNull())
        .addColumn('requested_by_account_id', 'text')
        .addColumn('decided_at', 'text')
        .addColumn('decided_by_person_id', 'text')
        .addColumn('decision_note', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
      await db.schema.createIndex('absences_person').on('absences').columns(['tenant_id', 'person_id', 'status']).execute();
      await db.schema.createIndex('absences_status').on('absences').columns(['tenant_id', 'status', 'from_at']).execute();

      await db.schema
        .createTable('emergencies')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('position_id', 'text', (c) => c.notNull())
        .addColumn('person_id', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('handled_at', 'text', (c) => c.notNull())
        .addColumn('report_task_id', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
    },
  };
}
