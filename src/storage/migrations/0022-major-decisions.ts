import { sql, type Kysely, type Migration } from 'kysely';
import type { DialectName } from '../dialects/dialect.ts';

/**
 * Major administrative decisions (arts. 23–28): the yearly catalogues with their editions (the first
 * list, then each adjustment, each with the party committee's consent and publication) and their
 * items; the dossiers, one per catalogued matter and round; each dossier's entries — the statutory
 * steps with their evidence — which are only ever appended; and what the portal shows of published
 * decisions. Catalogue items, dossiers and entries are never deleted, and entries never rewritten:
 * the database refuses it.
 */
export function majorDecisionsMigration(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('decision_catalogues')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by_person_id', 'text')
        .addUniqueConstraint('decision_catalogues_year', ['tenant_id', 'year'])
        .execute();

      await db.schema
        .createTable('decision_catalogue_editions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('catalogue_id', 'text', (c) => c.notNull())
        .addColumn('number', 'integer', (c) => c.notNull())
        .addColumn('reason', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('consent_date', 'text')
        .addColumn('consent_document', 'text')
        .addColumn('consent_recorded_at', 'text')
        .addColumn('consent_by_person_id', 'text')
        .addColumn('publish_due_date', 'text')
        .addColumn('publish_task_id', 'text')
        .addColumn('published_at', 'text')
        .addColumn('published_by_person_id', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by_person_id', 'text')
        .addColumn('version', 'integer', (c) => c.notNull())
        .addUniqueConstraint('decision_catalogue_editions_number', ['tenant_id', 'catalogue_id', 'number'])
        .execute();

      await db.schema
        .createTable('decision_catalogue_items')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('catalogue_id', 'text', (c) => c.notNull())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('summary', 'text', (c) => c.notNull())
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('matter_kind', 'text', (c) => c.notNull())
        .addColumn('lead_body_id', 'text', (c) => c.notNull())
        .addColumn('co_body_ids', 'text', (c) => c.notNull())
        .addColumn('planned_quarter', 'integer')
        .addColumn('added_in_edition', 'integer', (c) => c.notNull())
        .addColumn('withdrawn_in_edition', 'integer')
        .addColumn('withdraw_reason', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by_person_id', 'text')
        .addColumn('version', 'integer', (c) => c.notNull())
        .addUniqueConstraint('decision_catalogue_items_seq', ['tenant_id', 'catalogue_id', 'seq'])
        .execute();

      await db.schema
        .createTable('major_decisions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('item_id', 'text', (c) => c.notNull())
        .addColumn('round', 'integer', (c) => c.notNull())
        .addColumn('revises_id', 'text')
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('draft_text', 'text', (c) => c.notNull())
        .addColumn('explanation', 'text', (c) => c.notNull())
        .addColumn('draft_version', 'integer', (c) => c.notNull())
        .addColumn('lead_body_id', 'text', (c) => c.notNull())
        .addColumn('affects_market', 'integer', (c) => c.notNull())
        .addColumn('concerned_body_ids', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('topic_id', 'text')
        .addColumn('decision', 'text')
        .addColumn('party_reported_at', 'text')
        .addColumn('publish_due_date', 'text')
        .addColumn('publish_task_id', 'text')
        .addColumn('published_at', 'text')
        .addColumn('execution', 'text')
        .addColumn('pending_change', 'text')
        .addColumn('open_evaluation', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by_person_id', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        // One dossier per catalogued matter and round (the decision, then each major adjustment).
        .addUniqueConstraint('major_decisions_item_round', ['tenant_id', 'item_id', 'round'])
        .execute();

      await db.schema
        .createTable('major_decision_entries')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('decision_id', 'text', (c) => c.notNull())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('draft_version', 'integer', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('person_id', 'text')
        .addColumn('on_behalf_of_person_id', 'text')
        .addColumn('position_id', 'text')
        .addColumn('verdicts', 'text', (c) => c.notNull())
        .addUniqueConstraint('major_decision_entries_seq', ['tenant_id', 'decision_id', 'seq'])
        .execute();

      await db.schema
        .createTable('published_major_decisions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('decision_text', 'text', (c) => c.notNull())
        .addColumn('decided_date', 'text', (c) => c.notNull())
        .addColumn('meeting_kind', 'text', (c) => c.notNull())
        .addColumn('lead_body_name', 'text', (c) => c.notNull())
        .addColumn('adoption_explanation', 'text', (c) => c.notNull())
        .addColumn('published_at', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('status_note', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('published_major_decisions_tenant').on('published_major_decisions').columns(['tenant_id', 'published_at']).execute();

      const keep = ['decision_catalogue_items', 'major_decisions'];
      if (dialect === 'sqlite') {
        for (const t of keep) await sql`CREATE TRIGGER ${sql.raw(`${t}_no_delete`)} BEFORE DELETE ON ${sql.raw(t)} BEGIN SELECT RAISE(ABORT, 'major decisions and their catalogue items are never deleted'); END`.execute(db);
        await sql`CREATE TRIGGER major_decision_entries_no_update BEFORE UPDATE ON major_decision_entries BEGIN SELECT RAISE(ABORT, 'a dossier is append-only'); END`.execute(db);
        await sql`CREATE TRIGGER major_decision_entries_no_delete BEFORE DELETE ON major_decision_entries BEGIN SELECT RAISE(ABORT, 'a dossier is append-only'); END`.execute(db);
      } else {
        await sql`CREATE FUNCTION major_decisions_keep() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'major decisions, their catalogue items and their dossiers are never deleted or rewritten'; END $$`.execute(db);
        for (const t of keep) {
          await sql`CREATE TRIGGER ${sql.raw(`${t}_no_delete`)} BEFORE DELETE ON ${sql.raw(t)} FOR EACH ROW EXECUTE FUNCTION major_decisions_keep()`.execute(db);
          await sql`CREATE TRIGGER ${sql.raw(`${t}_no_truncate`)} BEFORE TRUNCATE ON ${sql.raw(t)} FOR EACH STATEMENT EXECUTE FUNCTION major_decisions_keep()`.execute(db);
        }
        await sql`CREATE TRIGGER major_decision_entries_no_change BEFORE UPDATE OR DELETE ON major_decision_entries FOR EACH ROW EXECUTE FUNCTION major_decisions_keep()`.execute(db);
        await sql`CREATE TRIGGER major_decision_entries_no_truncate BEFORE TRUNCATE ON major_decision_entries FOR EACH STATEMENT EXECUTE FUNCTION major_decisions_keep()`.execute(db);
      }
    },
  };
}
