import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.ts';
import type { Tx } from '../services/ports.ts';

type Outcome = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: unknown };

interface Job {
  readonly fn: (tx: Tx) => Promise<unknown>;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Group commit for the embedded database. SQLite runs one writer at a time and every durable
 * commit costs an fsync; transactions that arrive while a commit is under way are gathered and
 * run one after another inside a single database transaction, each within its own savepoint, and
 * made durable by one commit. A transaction that throws is rolled back to its savepoint alone;
 * every caller learns its outcome only after the commit, so nothing is reported done before it
 * is durable. If the commit itself fails, every transaction of the batch fails.
 */
export function groupCommit(db: Kysely<Database>, portsOf: (db: Kysely<Database>) => Tx): <T>(fn: (tx: Tx) => Promise<T>) => Promise<T> {
  let queue: Job[] = [];
  let draining = false;

  async function runBatch(batch: readonly Job[]): Promise<Outcome[]> {
    return db.connection().execute(async (conn) => {
      const outcomes: Outcome[] = [];
      await sql`begin immediate`.execute(conn);
      try {
        const tx = portsOf(conn);
        for (const job of batch) {
          await sql`savepoint job`.execute(conn);
          try {
            const value = await job.fn(tx);
            await sql`release job`.execute(conn);
            outcomes.push({ ok: true, value });
          } catch (error) {
            await sql`rollback to job`.execute(conn);
            await sql`release job`.execute(conn);
            outcomes.push({ ok: false, error });
          }
        }
        await sql`commit`.execute(conn);
      } catch (error) {
        await sql`rollback`.execute(conn).catch(() => undefined);
        throw error;
      }
      return outcomes;
    });
  }

  async function drain(): Promise<void> {
    try {
      while (queue.length > 0) {
        const batch = queue;
        queue = [];
        try {
          const outcomes = await runBatch(batch);
          batch.forEach((job, i) => {
            const o = outcomes[i]!;
            if (o.ok) job.resolve(o.value);
            else job.reject(o.error);
          });
        } catch (error) {
          for (const job of batch) job.reject(error);
        }
      }
    } finally {
      draining = false;
    }
  }

  // better-sqlite3 runs synchronously and Kysely chains it on microtasks, so nothing else gets in
  // while a batch runs. The batch therefore starts after the current I/O phase (setImmediate):
  // every request that reached its transaction in that phase joins it.
  return <T>(fn: (tx: Tx) => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      queue.push({ fn, resolve: resolve as (v: unknown) => void, reject });
      if (!draining) {
        draining = true;
        setImmediate(() => void drain());
      }
    });
}
