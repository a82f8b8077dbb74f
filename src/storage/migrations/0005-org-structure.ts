import { sql, type Kysely, type Migration } from 'kysely';
import type { DialectName } from '../dialects/dialect.ts';

/**
 * Organisation structure and the audit rectification register (arts. 9, 35, 69): a body's art. 69
 * category and its statutory duty (audit, legality review …); audit findings with their
 * append-only history of reports, conclusions and follow-ups. Findings are never deleted and their
 * history is never changed: the database refuses it.
 */
export function orgStructureMigration(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('bodies').addColumn('agency_type', 'text').execute();
      await db.schema.alterTable('bodies').addColumn('duty', 'text').execute();

      await db.schema
        .createTable('audit_findings')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('audited_body_id', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('finding', 'text', (c) => c.notNull())
        .addColumn('requirement', 'text', (c) => c.notNull())
        .addColumn('due_date', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .addColumn('recorded_by_person_id', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
      await db.schema.createIndex('audit_findings_body').on('audit_findings').columns(['tenant_id', 'audited_body_id']).execute();

      await db.schema
        .createTable('audit_finding_entries')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('finding_id', 'text', (c) => c.notNull())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('report_date', 'text')
        .addColumn('due_date', 'text')
        .addColumn('status_after', 'text', (c) => c.notNull())
        .addColumn('previous', 'text')
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('person_id', 'text')
        .addColumn('on_behalf_of_person_id', 'text')
        .addColumn('position_id', 'text')
        .addColumn('task_id', 'text')
        .addUniqueConstraint('audit_finding_entries_seq', ['tenant_id', 'finding_id', 'seq'])
        .execute();

      if (dialect === 'sqlite') {
        await sql`CREATE TRIGGER audit_findings_no_delete BEFORE DELETE ON audit_findings BEGIN SELECT RAISE(ABORT, 'audit findings are never deleted'); END`.execute(db);
        await sql`CREATE TRIGGER audit_finding_entries_no_update BEFORE UPDATE ON audit_finding_entries BEGIN SELECT RAISE(ABORT, 'audit finding history is append-only'); END`.execute(db);
        await sql`CREATE TRIGGER audit_finding_entries_no_delete BEFORE DELETE ON audit_finding_entries BEGIN SELECT RAISE(ABORT, 'audit finding history is append-only'); END`.execute(db);
      } else {
        await sql`CREATE FUNCTION audit_findings_keep() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit findings and their history are never deleted or rewritten'; END $$`.execute(db);
        await sql`CREATE TRIGGER audit_findings_no_delete BEFORE DELETE ON audit_findings FOR EACH ROW EXECUTE FUNCTION audit_findings_keep()`.execute(db);
        await sql`CREATE TRIGGER audit_findings_no_truncate BEFORE TRUNCATE ON audit_findings FOR EACH STATEMENT EXECUTE FUNCTION audit_findings_keep()`.execute(db);
        await sql`CREATE TRIGGER audit_finding_entries_no_change BEFORE UPDATE OR DELETE ON audit_finding_entries FOR EACH ROW EXECUTE FUNCTION audit_findings_keep()`.execute(db);
        await sql`CREATE TRIGGER audit_finding_entries_no_truncate BEFORE TRUNCATE ON audit_finding_entries FOR EACH STATEMENT EXECUTE FUNCTION audit_findings_keep()`.execute(db);
      }
    },
  };
}
