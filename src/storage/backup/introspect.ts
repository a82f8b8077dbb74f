/** What a backup or restore needs to know of a database: its tables, columns, foreign-key order and row counts. */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../schema.ts';
import type { DialectName } from '../dialects/dialect.ts';
import type { OpenDatabase } from '../database.ts';
import { BackupError, MIGRATION_TABLES } from './format.ts';

export type AnyDb = Kysely<Database> | Kysely<unknown>;

export async function rows<T>(db: AnyDb, q: RawBuilder<T>): Promise<T[]> {
  return (await q.execute(db)).rows;
}

/** The application's tables in the current schema (SQLite: the file), without Kysely's own. */
export async function listTables(db: AnyDb, dialect: DialectName): Promise<string[]> {
  const r = dialect === 'sqlite'
    ? await rows(db, sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    : await rows(db, sql<{ name: string }>`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`);
  return r.map((x) => x.name).filter((n) => !MIGRATION_TABLES.has(n));
}

export async function tableColumns(db: AnyDb, dialect: DialectName, table: string): Promise<string[]> {
  const r = dialect === 'sqlite'
    ? await rows(db, sql<{ name: string }>`SELECT name FROM pragma_table_info(${table}) ORDER BY cid`)
    : await rows(db, sql<{ name: string }>`SELECT column_name AS name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ${table} ORDER BY ordinal_position`);
  return r.map((x) => x.name);
}

/** Tables ordered so that every table comes after the tables its foreign keys point to. */
export async function insertOrder(db: AnyDb, dialect: DialectName, tables: readonly string[]): Promise<string[]> {
  const edges = dialect === 'sqlite'
    ? await rows(db, sql<{ child: string; parent: string }>`SELECT m.name AS child, p."table" AS parent FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) p WHERE m.type = 'table'`)
    : await rows(db, sql<{ child: string; parent: string }>`
        SELECT cl.relname AS child, pcl.relname AS parent FROM pg_constraint c
        JOIN pg_class cl ON cl.oid = c.conrelid JOIN pg_class pcl ON pcl.oid = c.confrelid
        JOIN pg_namespace n ON n.oid = cl.relnamespace
        WHERE c.contype = 'f' AND n.nspname = current_schema()`);
  const parents = new Map<string, Set<string>>(tables.map((t) => [t, new Set<string>()]));
  for (const e of edges) if (e.child !== e.parent && parents.has(e.parent)) parents.get(e.child)?.add(e.parent);
  const out: string[] = [];
  const placed = new Set<string>();
  const visit = (t: string, path: Set<string>) => {
    if (placed.has(t)) return;
    if (path.has(t)) throw new BackupError(`外键关系成环，无法确定恢复顺序（${[...path, t].join(' → ')}）`);
    path.add(t);
    for (const p of [...(parents.get(t) ?? [])].sort()) visit(p, path);
    path.delete(t);
    placed.add(t);
    out.push(t);
  };
  for (const t of [...tables].sort()) visit(t, new Set());
  return out;
}

export async function countRows(db: AnyDb, tables: readonly string[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of tables) {
    const [r] = await rows(db, sql<{ n: number | string }>`SELECT count(*) AS n FROM ${sql.table(t)}`);
    out[t] = Number(r?.n ?? 0);
  }
  return out;
}

/** True when any application table holds a row (a fresh, migrated database holds none). */
export async function databaseHasData(db: AnyDb, dialect: DialectName): Promise<boolean> {
  for (const t of await listTables(db, dialect)) {
    if ((await rows(db, sql`SELECT 1 AS x FROM ${sql.table(t)} LIMIT 1`)).length > 0) return true;
  }
  return false;
}

/** Rows per application table, as the manifest records them. */
export async function tableCounts(database: Pick<OpenDatabase, 'db' | 'dialect'>): Promise<Record<string, number>> {
  return countRows(database.db, await listTables(database.db, database.dialect));
}
