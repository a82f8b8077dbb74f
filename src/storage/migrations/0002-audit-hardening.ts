import { sql, type Kysely, type Migration } from 'kysely';
import type { DialectName } from '../dialects/dialect.ts';

/**
 * PostgreSQL row triggers do not fire on TRUNCATE; refuse it with a statement trigger too.
 * Every tenant gets its chain head row up front, so concurrent first appends have a row to lock.
 */
export function auditHardeningMigration(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (dialect === 'postgres') {
        await sql`CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()`.execute(db);
      }
      await sql`INSERT INTO audit_heads (tenant_id, seq, hash) SELECT id, 0, ${'0'.repeat(64)} FROM tenants WHERE id NOT IN (SELECT tenant_id FROM audit_heads)`.execute(db);
    },
  };
}
