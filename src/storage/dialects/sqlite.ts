import Sqlite from 'better-sqlite3';
import { Kysely, SqliteDialect, type SqliteDatabase } from 'kysely';
import type { Database } from '../schema.ts';

const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query anew; preparing dominates the cost of small queries, so the
 * handle given to Kysely keeps prepared statements by SQL text (least recently used first out).
 */
function withStatementCache(raw: Sqlite.Database): SqliteDatabase {
  const cache = new Map<string, Sqlite.Statement>();
  return {
    close: () => raw.close(),
    prepare: (sql: string) => {
      let stmt = cache.get(sql);
      if (stmt) {
        cache.delete(sql);
      } else {
        stmt = raw.prepare(sql);
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      }
      cache.set(sql, stmt);
      return stmt;
    },
  };
}

/** Opens the embedded database: WAL journal, synchronous=FULL (durable commits), foreign keys on. */
export function openSqlite(file: string): { db: Kysely<Database>; raw: Sqlite.Database } {
  const raw = new Sqlite(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = FULL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(raw) }) });
  return { db, raw };
}
