/** Making a backup: recorded first in every tenant's chain, then checkpoints, then a consistent copy of the data. */
import { randomUUID } from 'node:crypto';
import { chmodSync, closeSync, copyFileSync, existsSync, mkdirSync, openSync, readdirSync, writeFileSync, writeSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import Sqlite from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { OpenDatabase } from '../database.ts';
import {
  BACKUP_CHECKPOINTS_FILE, BACKUP_FORMAT, BACKUP_SQLITE_FILE, BackupError, KEY_NOTE, MANIFEST_FILE, MIGRATION_TABLES, TABLES_DIR, sm3File,
  type BackupFileEntry, type BackupManifest,
} from './format.ts';
import { listTables, rows } from './introspect.ts';

export interface CreateBackupOptions {
  /** The backup folder; created, and must be empty when it exists. */
  readonly outDir: string;
  /** The instance's exported checkpoints file (copied; absent means none were exported yet). */
  readonly checkpointsFile: string;
  readonly at: Date;
  readonly keyFingerprint?: string | null | undefined;
  /** Who asked for the backup, for the audit event (the CLI: null, the system). */
  readonly actorAccountId?: string | null | undefined;
  /**
   * Runs after the `backup.created` events commit and before anything is copied: the caller
   * writes and exports keyed checkpoints here, so that the copy is sealed up to its own event.
   */
  readonly beforeCopy?: ((tenantIds: readonly string[]) => Promise<void>) | undefined;
}

interface Snapshot {
  readonly tables: Record<string, number>;
  readonly audit: Record<string, { lastSeq: number; lastHash: string }>;
  readonly migrations: string[];
}

function operator(): string {
  try {
    return `${userInfo().username}@${hostname()}`;
  } catch {
    return hostname();
  }
}

/**
 * Makes an online, consistent backup. The backup is recorded first, as a `backup.created` event
 * in every tenant's chain (in one transaction), so that the copy contains its own record.
 */
export async function createBackup(database: OpenDatabase, opts: CreateBackupOptions): Promise<BackupManifest> {
  const outDir = resolve(opts.outDir);
  if (existsSync(outDir) && readdirSync(outDir).length > 0) throw new BackupError(`备份目录 ${outDir} 已存在且不为空`);
  mkdirSync(outDir, { recursive: true, mode: 0o700 });
  const id = randomUUID();
  const createdAt = opts.at.toISOString();

  const tenants = (await database.store.tenants.list()).map((t) => t.id);
  await database.store.transaction(async (tx) => {
    for (const tenantId of tenants) {
      await tx.audit.append(tenantId, {
        type: 'backup.created', at: opts.at, actorAccountId: opts.actorAccountId ?? null, actorPersonId: null,
        subjectType: 'backup', subjectId: id,
        payload: { backupId: id, dialect: database.dialect, target: outDir, operator: operator() },
      });
    }
  });
  if (opts.beforeCopy) await opts.beforeCopy(tenants);

  // Checkpoints first, then the data: every exported checkpoint copied here was written after the
  // chain reached it, so it is covered by the (later) copy of the data.
  const checkpointsCopy = join(outDir, BACKUP_CHECKPOINTS_FILE);
  if (existsSync(opts.checkpointsFile)) copyFileSync(opts.checkpointsFile, checkpointsCopy);
  else writeFileSync(checkpointsCopy, '', { mode: 0o600 });

  let snapshot: Snapshot;
  let layout: BackupManifest['layout'];
  if (database.dialect === 'sqlite') {
    if (!database.file) throw new BackupError('嵌入式数据库没有文件路径');
    snapshot = await copySqlite(database.file, join(outDir, BACKUP_SQLITE_FILE));
    layout = 'sqlite-file';
  } else {
    snapshot = await exportPostgres(database.db, join(outDir, TABLES_DIR));
    layout = 'jsonl-tables';
  }

  const files: Record<string, BackupFileEntry> = {};
  for (const rel of listFiles(outDir)) if (rel !== MANIFEST_FILE) files[rel] = await sm3File(join(outDir, rel));
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT, id, createdAt, dialect: database.dialect, layout, migrations: snapshot.migrations,
    tables: snapshot.tables, audit: snapshot.audit, files,
    key: { included: false, fingerprint: opts.keyFingerprint ?? null, note: KEY_NOTE },
  };
  writeFileSync(join(outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  return manifest;
}

function listFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...listFiles(dir, rel));
    else out.push(rel);
  }
  return out.sort();
}

async function copySqlite(file: string, dest: string): Promise<Snapshot> {
  // A separate connection: the backup API works from any connection to the file.
  const source = new Sqlite(file, { readonly: true, fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    // better-sqlite3 first steps zero pages (to count them), then asks `progress` how many to copy
    // per step. Copying them all in one step reads inside one transaction: a consistent snapshot,
    // taken while other connections keep committing (WAL), with no restart loop under load.
    await source.backup(dest, { progress: () => 0x7fffffff });
  } finally {
    source.close();
  }
  const copy = new Sqlite(dest);
  try {
    // One self-contained file (no -wal beside it), checked before it is trusted.
    copy.pragma('journal_mode = DELETE');
    chmodSync(dest, 0o600);
    const check = copy.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new BackupError(`备份副本完整性检查失败：${String(check)}`);
    const tables = (copy.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[])
      .map((r) => r.name).filter((n) => !MIGRATION_TABLES.has(n));
    const counts: Record<string, number> = {};
    for (const t of tables) counts[t] = Number((copy.prepare(`SELECT count(*) AS n FROM "${t.replaceAll('"', '""')}"`).get() as { n: number }).n);
    const heads = copy.prepare('SELECT tenant_id, seq, hash FROM audit_heads ORDER BY tenant_id').all() as { tenant_id: string; seq: number; hash: string }[];
    const hasMigrations = copy.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'kysely_migration'`).get() !== undefined;
    const migrations = hasMigrations ? (copy.prepare('SELECT name FROM kysely_migration ORDER BY name').all() as { name: string }[]).map((r) => r.name) : [];
    return { tables: counts, audit: headsRecord(heads), migrations };
  } finally {
    copy.close();
  }
}

function headsRecord(heads: readonly { tenant_id: string; seq: number | string; hash: string }[]): Snapshot['audit'] {
  return Object.fromEntries(heads.map((h) => [h.tenant_id, { lastSeq: Number(h.seq), lastHash: h.hash }]));
}

const FETCH_ROWS = 1000;

async function exportPostgres(db: Kysely<Database>, dir: string): Promise<Snapshot> {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  // One REPEATABLE READ, read-only transaction: every table is read from the same snapshot.
  return db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(async (trx) => {
    const tables = await listTables(trx, 'postgres');
    const counts: Record<string, number> = {};
    for (const t of tables) {
      const fd = openSync(join(dir, `${t}.jsonl`), 'wx', 0o600);
      let n = 0;
      try {
        await sql`DECLARE yz_backup NO SCROLL CURSOR FOR SELECT * FROM ${sql.table(t)}`.execute(trx);
        for (;;) {
          const batch = await rows(trx, sql<Record<string, unknown>>`FETCH FORWARD ${sql.raw(String(FETCH_ROWS))} FROM yz_backup`);
          if (batch.length === 0) break;
          writeSync(fd, `${batch.map((r) => JSON.stringify(r)).join('\n')}\n`);
          n += batch.length;
        }
        await sql`CLOSE yz_backup`.execute(trx);
      } finally {
        closeSync(fd);
      }
      counts[t] = n;
    }
    const heads = await rows(trx, sql<{ tenant_id: string; seq: number; hash: string }>`SELECT tenant_id, seq, hash FROM audit_heads ORDER BY tenant_id`);
    const hasMigrations = (await rows(trx, sql`SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'kysely_migration'`)).length > 0;
    const migrations = hasMigrations ? (await rows(trx, sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`)).map((r) => r.name) : [];
    return { tables: counts, audit: headsRecord(heads), migrations };
  });
}
