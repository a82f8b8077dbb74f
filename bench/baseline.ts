import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import pg from 'pg';

/**
 * The baseline: the least a durable state change costs on the database itself — per transaction
 * update one row (complete a task), insert an audit row, insert a task row — with no HTTP, no
 * validation, no rules, no ORM. The system's figure is read against it.
 */

export interface BaselineResult {
  readonly tps: number;
  readonly transactions: number;
  readonly seconds: number;
}

const PAYLOAD = JSON.stringify({ note: '已核对，按期办结', dueDate: '2026-12-01', verdicts: [{ rule: 'task.overdue-completion', outcome: 'allow', cites: ['yunyang-2025:40'] }] });
const SCHEMA = `
  CREATE TABLE tasks (id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL, title TEXT NOT NULL, status TEXT NOT NULL,
    created_at TEXT NOT NULL, completed_at TEXT, note TEXT, version INTEGER NOT NULL);
  CREATE TABLE audit_events (tenant_id TEXT NOT NULL, seq INTEGER NOT NULL, id TEXT NOT NULL, at TEXT NOT NULL, type TEXT NOT NULL,
    subject_id TEXT, payload TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL, PRIMARY KEY (tenant_id, seq));
`;
const HASH = createHash('sm3').update('x').digest('hex');

/** better-sqlite3 directly, WAL with synchronous=FULL, in this process. */
export function sqliteBaseline(seconds: number): BaselineResult {
  const dir = mkdtempSync(join(tmpdir(), 'yz-bench-base-'));
  const db = new Sqlite(join(dir, 'baseline.sqlite'));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec(SCHEMA);
    const insertTask = db.prepare('INSERT INTO tasks (id, tenant_id, title, status, created_at, version) VALUES (?, ?, ?, ?, ?, 1)');
    const complete = db.prepare(`UPDATE tasks SET status = 'done', completed_at = ?, note = ?, version = version + 1 WHERE id = ? AND version = 1`);
    const insertAudit = db.prepare('INSERT INTO audit_events (tenant_id, seq, id, at, type, subject_id, payload, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const open: string[] = [];
    const seed = db.transaction(() => {
      for (let i = 0; i < 1000; i++) {
        const id = randomUUID();
        insertTask.run(id, 't', '核对来文', 'open', new Date().toISOString());
        open.push(id);
      }
    });
    seed();
    let seq = 0;
    const step = db.transaction(() => {
      const now = new Date().toISOString();
      const target = open.shift()!;
      complete.run(now, '已核对', target);
      seq++;
      insertAudit.run('t', seq, randomUUID(), now, 'task.completed', target, PAYLOAD, HASH, HASH);
      const id = randomUUID();
      insertTask.run(id, 't', '核对来文', 'open', now);
      open.push(id);
    });
    const started = performance.now();
    const deadline = started + seconds * 1000;
    let n = 0;
    while (performance.now() < deadline) {
      step();
      n++;
    }
    const elapsed = (performance.now() - started) / 1000;
    return { tps: n / elapsed, transactions: n, seconds: elapsed };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The same transaction with `pg`, `connections` clients at once. With `hotRow`, every
 * transaction also updates one shared row (as the audit chain head of one tenant is), which
 * serialises commits; without it, the connections contend for nothing.
 */
export async function postgresBaseline(url: string, seconds: number, connections: number, hotRow = false): Promise<BaselineResult> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query('DROP TABLE IF EXISTS audit_events, tasks, heads');
  await admin.query(SCHEMA);
  await admin.query('CREATE TABLE heads (tenant_id TEXT PRIMARY KEY, seq INTEGER NOT NULL, hash TEXT NOT NULL)');
  await admin.query(`INSERT INTO heads VALUES ('t', 0, '${HASH}')`);
  const clients = await Promise.all(Array.from({ length: connections }, async () => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    return c;
  }));
  let n = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  try {
    await Promise.all(clients.map(async (c, k) => {
      const tenant = `c${k}`;
      let seq = 0;
      const open: string[] = [];
      for (let i = 0; i < 8; i++) {
        const id = randomUUID();
        await c.query({ name: 'ins-task', text: 'INSERT INTO tasks (id, tenant_id, title, status, created_at, version) VALUES ($1, $2, $3, $4, $5, 1)', values: [id, tenant, '核对来文', 'open', new Date().toISOString()] });
        open.push(id);
      }
      while (performance.now() < deadline) {
        const now = new Date().toISOString();
        const target = open.shift()!;
        await c.query('BEGIN');
        if (hotRow) {
          const h = await c.query<{ seq: number }>({ name: 'head', text: `UPDATE heads SET seq = seq + 1 WHERE tenant_id = 't' RETURNING seq` });
          seq = h.rows[0]!.seq;
        } else {
          seq++;
        }
        await c.query({ name: 'complete', text: `UPDATE tasks SET status = 'done', completed_at = $1, note = $2, version = version + 1 WHERE id = $3 AND version = 1`, values: [now, '已核对', target] });
        await c.query({ name: 'ins-audit', text: 'INSERT INTO audit_events (tenant_id, seq, id, at, type, subject_id, payload, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)', values: [hotRow ? 't' : tenant, seq, randomUUID(), now, 'task.completed', target, PAYLOAD, HASH, HASH] });
        const id = randomUUID();
        await c.query({ name: 'ins-task', text: 'INSERT INTO tasks (id, tenant_id, title, status, created_at, version) VALUES ($1, $2, $3, $4, $5, 1)', values: [id, tenant, '核对来文', 'open', now] });
        await c.query('COMMIT');
        open.push(id);
        n++;
      }
    }));
  } finally {
    await Promise.all(clients.map((c) => c.end()));
    await admin.query('DROP TABLE IF EXISTS audit_events, tasks, heads');
    await admin.end();
  }
  const elapsed = (performance.now() - started) / 1000;
  return { tps: n / elapsed, transactions: n, seconds: elapsed };
}
