import type { Kysely, Migration } from 'kysely';
import type { Database } from '../schema.ts';

/**
 * After the meeting (arts. 28, 30, 41, 50): signed minutes issued as a 纪要 document, the
 * publication of their public decisions, each decision's 待办 linked to it, the units' progress
 * reports, and the decisions as published on the portal (public facts only).
 */
export function minutesIssueMigration(): Migration {
  return {
    async up(raw: Kysely<unknown>) {
      const db = raw as Kysely<Database>;
      await db.schema
        .createTable('minutes_issues')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('meeting_id', 'text', (c) => c.notNull())
        .addColumn('minutes_id', 'text', (c) => c.notNull())
        .addColumn('document_id', 'text', (c) => c.notNull())
        .addColumn('signed_at', 'text', (c) => c.notNull())
        .addColumn('publish_due_date', 'text')
        .addColumn('publish_due_at', 'text')
        .addColumn('publish_task_id', 'text')
        .addColumn('published_at', 'text')
        .addColumn('published_by_person_id', 'text')
        .addColumn('version', 'integer', (c) => c.notNull())
        .addUniqueConstraint('minutes_issues_meeting', ['tenant_id', 'meeting_id'])
        .addUniqueConstraint('minutes_issues_document', ['tenant_id', 'document_id'])
        .execute();
      await db.schema
        .createTable('meeting_decision_tasks')
        .addColumn('task_id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('meeting_id', 'text', (c) => c.notNull())
        .addColumn('decision_index', 'integer', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('body_id', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('meeting_decision_tasks_meeting').on('meeting_decision_tasks').columns(['tenant_id', 'meeting_id', 'decision_index']).execute();
      await db.schema
        .createTable('published_decisions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('meeting_id', 'text', (c) => c.notNull())
        .addColumn('decision_index', 'integer', (c) => c.notNull())
        .addColumn('meeting_kind', 'text', (c) => c.notNull())
        .addColumn('meeting_title', 'text', (c) => c.notNull())
        .addColumn('meeting_date', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('lead_body_name', 'text', (c) => c.notNull())
        .addColumn('published_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('published_decisions_decision', ['tenant_id', 'meeting_id', 'decision_index'])
        .execute();
      await db.schema.createIndex('published_decisions_date').on('published_decisions').columns(['tenant_id', 'meeting_date']).execute();
      await db.schema
        .createTable('meeting_decision_progress')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('meeting_id', 'text', (c) => c.notNull())
        .addColumn('decision_index', 'integer', (c) => c.notNull())
        .addColumn('body_id', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('reported_by_person_id', 'text')
        .addColumn('on_behalf_of_person_id', 'text')
        .addColumn('reported_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('meeting_decision_progress_meeting').on('meeting_decision_progress').columns(['tenant_id', 'meeting_id']).execute();

      // Decisions signed before this migration became 待办 titled `落实…议定事项N：…` / `协办…议定事项N：…`:
      // link them to their decision from the title and the owner post's body.
      const tasks = await db.selectFrom('tasks').select(['id', 'tenant_id', 'kind', 'source_id', 'owner_position_id', 'title'])
        .where('source_type', '=', 'meeting').where('kind', 'in', ['meeting-decision', 'meeting-decision-assist']).execute();
      for (const t of tasks) {
        const n = /议定事项([1-9][0-9]*)：/.exec(t.title);
        if (!n || !t.source_id || !t.owner_position_id) continue;
        const pos = await db.selectFrom('positions').select('body_id').where('tenant_id', '=', t.tenant_id).where('id', '=', t.owner_position_id).executeTakeFirst();
        if (!pos) continue;
        await db.insertInto('meeting_decision_tasks').values({
          task_id: t.id, tenant_id: t.tenant_id, meeting_id: t.source_id, decision_index: Number(n[1]) - 1,
          role: t.kind === 'meeting-decision' ? 'lead' : 'assist', body_id: pos.body_id,
        }).execute();
      }
    },
  };
}
