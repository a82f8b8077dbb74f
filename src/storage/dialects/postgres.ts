import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import type { Database } from '../schema.ts';

// Integers come back as numbers (counts, sequence numbers stay far below 2^53).
pg.types.setTypeParser(20, (v) => Number(v));

/** Opens PostgreSQL from a URL; `schema` confines every query to one schema (tests use one each). */
export function openPostgres(url: string, opts: { schema?: string; max?: number } = {}): { db: Kysely<Database>; pool: pg.Pool } {
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.max ?? 10,
    ...(opts.schema ? { options: `-c search_path=${opts.schema}` } : {}),
  });
  // An idle connection the server ends (a restart, an administrator's termination) is dropped
  // from the pool, which opens a new one when needed; without a listener the error would end
  // the process.
  pool.on('error', (e) => console.error(`数据库空闲连接中断，已丢弃：${e.message}`));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, pool };
}
