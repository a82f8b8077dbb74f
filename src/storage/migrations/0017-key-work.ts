import { sql, type Kysely, type Migration } from 'kysely';
import type { DialectName } from '../dialects/dialect.ts';

/**
 * The quarterly key-work list of the 县长办公会议 (art. 47): items per quarter, numbered in order, each with its
 * append-only history (added, edited, progress reports, carry-over out and in); an item carried over
 * points back to the one it came from, at most once. Items are never deleted and their history is
 * never changed: the database refuses it. A 县长办公会议 topic may name the item it concerns.
 */
export function keyWorkMigration(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('key_work_items')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('quarter', 'integer', (c) => c.notNull())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('target', 'text', (c) => c.notNull())
        .addColumn('lead_body_id', 'text', (c) => c.notNull())
        .addColumn('co_body_ids', 'text', (c) => c.notNull())
        .addColumn('leader_position_id', 'text', (c) => c.notNull())
        .addColumn('due_date', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('carried_from_id', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by_person_id', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        // The item's number on its quarter's list (第N项), in the order the items were put on it.
        .addUniqueConstraint('key_work_items_seq', ['tenant_id', 'year', 'quarter', 'seq'])
        .execute();
      // An item is carried over once (NULLs, the items not carried in, are distinct in both databases).
      await db.schema.createIndex('key_work_items_carried_once').unique().on('key_work_items').columns(['tenant_id', 'carried_from_id']).execute();

      await db.schema
        .createTable('key_work_entries')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tenant_id', 'text', (c) => c.notNull())
        .addColumn('item_id', 'text', (c) => c.notNull())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('report_date', 'text')
        .addColumn('status_after', 'text', (c) => c.notNull())
        .addColumn('previous', 'text')
        .addColumn('related_item_id', 'text')
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('person_id', 'text')
        .addColumn('on_behalf_of_person_id', 'text')
        .addColumn('position_id', 'text')
        .addUniqueConstraint('key_work_entries_seq', ['tenant_id', 'item_id', 'seq'])
        .execute();

      await db.schema.alterTable('meeting_topics').addColumn('key_work_item_id', 'text').execute();

      if (dialect === 'sqlite') {
        await sql`CREATE TRIGGER key_work_items_no_delete BEFORE DELETE ON key_work_items BEGIN SELECT RAISE(ABORT, 'key-work items are never deleted'); END`.execute(db);
        await sql`CREATE TRIGGER key_work_entries_no_update BEFORE UPDATE ON key_work_entries BEGIN SELECT RAISE(ABORT, 'key-work history is append-only'); END`.execute(db);
        await sql`CREATE TRIGGER key_work_entries_no_delete BEFORE DELETE ON key_work_entries BEGIN SELECT RAISE(ABORT, 'key-work history is append-only'); END`.execute(db);
      } else {
        await sql`CREATE FUNCTION key_work_keep() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'key-work items and their history are never deleted or rewritten'; END $$`.execute(db);
        await sql`CREATE TRIGGER key_work_items_no_delete BEFORE DELETE ON key_work_items FOR EACH ROW EXECUTE FUNCTION key_work_keep()`.execute(db);
        await sql`CREATE TRIGGER key_work_items_no_truncate BEFORE TRUNCATE ON key_work_items FOR EACH STATEMENT EXECUTE FUNCTION key_work_keep()`.execute(db);
        await sql`CREATE TRIGGER key_work_entries_no_change BEFORE UPDATE OR DELETE ON key_work_entries FOR EACH ROW EXECUTE FUNCTION key_work_keep()`.execute(db);
        await sql`CREATE TRIGGER key_work_entries_no_truncate BEFORE TRUNCATE ON key_work_entries FOR EACH STATEMENT EXECUTE FUNCTION key_work_keep()`.execute(db);
      }
    },
  };
}
