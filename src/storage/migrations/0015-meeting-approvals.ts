import type { Kysely, Migration } from 'kysely';

/**
 * Applications to hold a work meeting (art. 51): the facts the applicant states (JSON), the route
 * of art. 51(二) (who reviews, who approves), the status, each step done and the latest verdicts.
 */
export function meetingApprovalsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('meeting_approvals')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('organiser_body_id', 'text', (c) => c.notNull())
        .addColumn('applicant_person_id', 'text', (c) => c.notNull())
        .addColumn('applicant_position_id', 'text', (c) => c.notNull())
        .addColumn('date', 'text', (c) => c.notNull())
        .addColumn('starts_at', 'text', (c) => c.notNull())
        .addColumn('facts', 'text', (c) => c.notNull())
        .addColumn('tier', 'text', (c) => c.notNull())
        .addColumn('reviewer_position_ids', 'text', (c) => c.notNull())
        .addColumn('approver_position_id', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('steps', 'text', (c) => c.notNull())
        .addColumn('verdicts', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('meeting_approvals_date').on('meeting_approvals').columns(['tenant_id', 'date']).execute();
      await db.schema.createIndex('meeting_approvals_created').on('meeting_approvals').columns(['tenant_id', 'created_at']).execute();
    },
  };
}
