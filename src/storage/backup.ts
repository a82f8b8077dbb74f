import { createHash, randomUUID } from 'node:crypto';
import {
  chmodSync, closeSync, copyFileSync, createReadStream, existsSync, mkdirSync, openSync, readdirSync, readFileSync, statSync, writeFileSync, writeSync,
} from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { createInterface } from 'node:readline';
import Sqlite from 'better-sqlite3';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from './schema.ts';
import type { DialectName } from './dialects/dialect.ts';
import type { OpenDatabase } from './database.ts';

/**
 * Online backup and restore.
 *
 * A backup folder holds a consistent copy of the database (SQLite: one database file made with
 * SQLite's online backup API; PostgreSQL: one JSON-lines file per table, all read inside one
 * REPEATABLE READ transaction), a copy of the exported audit checkpoints, and `manifest.json`
 * (time, dialect, row counts, last audit sequence number per tenant, SM3 of every file). It never
 * holds the checkpoint key: the security administrator keeps that apart, so that a stolen backup
 * cannot be rewritten and re-sealed.
 */

export const BACKUP_FORMAT = 'yunzheng-backup/1';
export const MANIFEST_FILE = 'manifest.json';
export const BACKUP_SQLITE_FILE = 'database.sqlite';
export const BACKUP_CHECKPOINTS_FILE = 'audit-checkpoints.jsonl';
const TABLES_DIR = 'tables';

/** Kysely's bookkeeping: recreated by migrating the target, listed in the manifest instead. */
const MIGRATION_TABLES = new Set(['kysely_migration', 'kysely_migration_lock']);

export interface BackupFileEntry {
  readonly bytes: number;
  readonly sm3: string;
}

export interface BackupManifest {
  readonly format: typeof BACKUP_FORMAT;
  readonly id: string;
  readonly createdAt: string;
  readonly dialect: DialectName;
  /** `sqlite-file`: `database.sqlite`; `jsonl-tables`: `tables/<table>.jsonl`, one JSON object per row. */
  readonly layout: 'sqlite-file' | 'jsonl-tables';
  readonly migrations: readonly string[];
  /** Rows per table in the copy. */
  readonly tables: Readonly<Record<string, number>>;
  /** Each tenant's audit chain head in the copy. */
  readonly audit: Readonly<Record<string, { readonly lastSeq: number; readonly lastHash: string }>>;
  /** Every file of the backup but the manifest, by path relative to the folder. */
  readonly files: Readonly<Record<string, BackupFileEntry>>;
  readonly key: { readonly included: false; readonly fingerprint: string | null; readonly note: string };
}

export class BackupError extends Error {
  constructor(message: string, readonly problems: readonly string[] = []) {
    super(problems.length > 0 ? `${message}：${problems.join('；')}` : message);
    this.name = 'BackupError';
  }
}

const KEY_NOTE = '备份不含审计检查点密钥；密钥由安全管理员另行备份保管，恢复时须先将密钥放回目标实例';

/** A public fingerprint of the checkpoint key, so that a restore can tell the right key from a wrong one. */
export function keyFingerprint(key: Buffer): string {
  return createHash('sm3').update('yunzheng audit checkpoint key\n').update(key).digest('hex');
}

export async function sm3File(file: string): Promise<BackupFileEntry> {
  const h = createHash('sm3');
  let bytes = 0;
  for await (const chunk of createReadStream(file)) {
    const b = chunk as Buffer;
    bytes += b.length;
    h.update(b);
  }
  return { bytes, sm3: h.digest('hex') };
}

// ---- introspection -------------------------------------------------------------------------

type AnyDb = Kysely<Database> | Kysely<unknown>;

async function rows<T>(db: AnyDb, q: RawBuilder<T>): Promise<T[]> {
  return (await q.execute(db)).rows;
}

/** The application's tables in the current schema (SQLite: the file), without Kysely's own. */
export async function listTables(db: AnyDb, dialect: DialectName): Promise<string[]> {
  const r = dialect === 'sqlite'
    ? await rows(db, sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    : await rows(db, sql<{ name: string }>`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`);
  return r.map((x) => x.name).filter((n) => !MIGRATION_TABLES.has(n));
}

async function tableColumns(db: AnyDb, dialect: DialectName, table: string): Promise<string[]> {
  const r = dialect === 'sqlite'
    ? await rows(db, sql<{ name: string }>`SELECT name FROM pragma_table_info(${table}) ORDER BY cid`)
    : await rows(db, sql<{ name: string }>`SELECT column_name AS name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ${table} ORDER BY ordinal_position`);
  return r.map((x) => x.name);
}

/** Tables ordered so that every table comes after the tables its foreign keys point to. */
async function insertOrder(db: AnyDb, dialect: DialectName, tables: readonly string[]): Promise<string[]> {
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

async function countRows(db: AnyDb, tables: readonly string[]): Promise<Record<string, number>> {
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

// ---- backup -------------------------------------------------------------------------------

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

// ---- reading and checking a backup --------------------------------------------------------

/** Reads the manifest and checks every file against its SM3; throws naming each problem. */
export async function readBackup(dir: string): Promise<BackupManifest> {
  const root = resolve(dir);
  const manifestPath = join(root, MANIFEST_FILE);
  if (!existsSync(manifestPath)) throw new BackupError(`${root} 不是云政备份目录（缺少 ${MANIFEST_FILE}）`);
  let parsed: { format?: unknown };
  try {
    parsed = JSON.parse(readFileSync(manifestPath, 'utf8')) as { format?: unknown };
  } catch (e) {
    throw new BackupError(`备份清单无法解析：${e instanceof Error ? e.message : String(e)}`);
  }
  if (parsed.format !== BACKUP_FORMAT) throw new BackupError(`不支持的备份格式：${String(parsed.format)}（应为 ${BACKUP_FORMAT}）`);
  const manifest = parsed as BackupManifest;
  const problems: string[] = [];
  for (const [rel, want] of Object.entries(manifest.files)) {
    const p = resolve(root, rel);
    if (!p.startsWith(root + sep)) {
      problems.push(`清单中的文件路径越出备份目录：${rel}`);
      continue;
    }
    if (!existsSync(p) || !statSync(p).isFile()) {
      problems.push(`缺少文件 ${rel}`);
      continue;
    }
    const got = await sm3File(p);
    if (got.sm3 !== want.sm3 || got.bytes !== want.bytes) problems.push(`文件 ${rel} 的SM3与清单不符（文件被改动或损坏）`);
  }
  const dataFile = manifest.layout === 'sqlite-file' ? BACKUP_SQLITE_FILE : null;
  if (dataFile && !(dataFile in manifest.files)) problems.push(`清单未列出 ${dataFile}`);
  if (manifest.layout === 'jsonl-tables') {
    for (const t of Object.keys(manifest.tables)) if (!(`${TABLES_DIR}/${t}.jsonl` in manifest.files)) problems.push(`清单未列出表 ${t} 的数据文件`);
  }
  if (problems.length > 0) throw new BackupError('备份校验失败', problems);
  return manifest;
}

// ---- restore ------------------------------------------------------------------------------

export interface RestoreOptions {
  /** Replace whatever the target database holds. */
  readonly force?: boolean | undefined;
  /** The manifest, when the caller has already read and checked it with `readBackup`. */
  readonly manifest?: BackupManifest | undefined;
}

export interface RestoreResult {
  readonly manifest: BackupManifest;
  /** Rows per table in the target after the restore. */
  readonly tables: Readonly<Record<string, number>>;
  /** True when the target held data that was replaced (`force`). */
  readonly replaced: boolean;
}

type Row = Record<string, unknown>;

/** Reads a backup's tables in batches: from the SQLite copy, or from the JSON-lines files. */
interface RowSource {
  readonly tables: readonly string[];
  columns(table: string): string[];
  batches(table: string, size: number): Iterable<Row[]> | AsyncIterable<Row[]>;
  close(): void;
}

function sqliteSource(file: string): RowSource {
  const src = new Sqlite(file, { readonly: true, fileMustExist: true });
  const q = (t: string) => `"${t.replaceAll('"', '""')}"`;
  const tables = (src.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[])
    .map((r) => r.name).filter((n) => !MIGRATION_TABLES.has(n));
  return {
    tables,
    columns: (t) => (src.prepare(`SELECT name FROM pragma_table_info(?) ORDER BY cid`).all(t) as { name: string }[]).map((r) => r.name),
    *batches(t, size) {
      let batch: Row[] = [];
      for (const r of src.prepare(`SELECT * FROM ${q(t)}`).iterate() as IterableIterator<Row>) {
        batch.push(r);
        if (batch.length >= size) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length > 0) yield batch;
    },
    close: () => src.close(),
  };
}

function jsonlSource(dir: string, manifest: BackupManifest): RowSource {
  const tables = Object.keys(manifest.tables).sort();
  return {
    tables,
    columns: () => [],
    async *batches(t, size) {
      const rl = createInterface({ input: createReadStream(join(dir, TABLES_DIR, `${t}.jsonl`), 'utf8'), crlfDelay: Infinity });
      let batch: Row[] = [];
      for await (const line of rl) {
        if (line.trim() === '') continue;
        batch.push(JSON.parse(line) as Row);
        if (batch.length >= size) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length > 0) yield batch;
    },
    close: () => undefined,
  };
}

// Bound parameters per INSERT: below SQLite's 32,766 and PostgreSQL's 65,535.
const MAX_PARAMS = 10_000;

/**
 * Restores a backup into an open, migrated database — of either dialect, whichever dialect the
 * backup came from — in one transaction. Refuses a target that holds data unless `force`; then
 * the target's rows are replaced (the append-only triggers are lifted for that transaction only).
 * The row counts must come out as the manifest says, or nothing is kept.
 */
export async function restoreBackup(database: Pick<OpenDatabase, 'db' | 'dialect'>, dir: string, opts: RestoreOptions = {}): Promise<RestoreResult> {
  const root = resolve(dir);
  const manifest = opts.manifest ?? (await readBackup(root));
  const { db, dialect } = database;
  const hasData = await databaseHasData(db, dialect);
  if (hasData && !opts.force) throw new BackupError('目标数据库已有数据，拒绝恢复（确需覆盖时加 --force）');

  const source = manifest.layout === 'sqlite-file' ? sqliteSource(join(root, BACKUP_SQLITE_FILE)) : jsonlSource(root, manifest);
  try {
    const targetTables = await listTables(db, dialect);
    const missing = source.tables.filter((t) => !targetTables.includes(t));
    if (missing.length > 0) throw new BackupError(`目标数据库缺少表：${missing.join('、')}（目标版本低于备份？）`);
    const order = await insertOrder(db, dialect, targetTables);

    const tables = await db.transaction().execute(async (trx) => {
      if (hasData) await clearTables(trx, dialect, order);
      for (const t of order) {
        if (!source.tables.includes(t)) continue;
        const cols = await tableColumns(trx, dialect, t);
        const known = new Set(cols);
        const size = Math.max(1, Math.floor(MAX_PARAMS / Math.max(1, cols.length)));
        const declared = source.columns(t);
        const unknown = declared.filter((c) => !known.has(c));
        if (unknown.length > 0) throw new BackupError(`表 ${t} 在目标数据库中缺少列：${unknown.join('、')}`);
        for await (const batch of source.batches(t, size)) {
          const used = cols.filter((c) => batch.some((r) => c in r));
          for (const r of batch) for (const c of Object.keys(r)) if (!known.has(c)) throw new BackupError(`表 ${t} 在目标数据库中缺少列：${c}`);
          await sql`INSERT INTO ${sql.table(t)} (${sql.join(used.map((c) => sql.id(c)))}) VALUES ${sql.join(
            batch.map((r) => sql`(${sql.join(used.map((c) => toParam(r[c])))})`),
          )}`.execute(trx);
        }
      }
      const counts = await countRows(trx, order);
      const wrong = Object.entries(manifest.tables).filter(([t, n]) => counts[t] !== n).map(([t, n]) => `${t}：清单 ${n} 行，恢复后 ${counts[t] ?? 0} 行`);
      if (wrong.length > 0) throw new BackupError('恢复后的行数与备份清单不符，已撤销', wrong);
      return counts;
    });
    return { manifest, tables, replaced: hasData };
  } finally {
    source.close();
  }
}

function toParam(v: unknown): unknown {
  if (v === undefined) return null;
  if (typeof v === 'bigint') return Number(v);
  return v;
}

/** Empties every table, children first, with the tables' own triggers (append-only) lifted. */
async function clearTables(trx: Kysely<Database>, dialect: DialectName, order: readonly string[]): Promise<void> {
  const reversed = [...order].reverse();
  if (dialect === 'sqlite') {
    // SQLite cannot disable a trigger: drop it and re-create it from its own SQL in the same transaction.
    const triggers = await rows(trx, sql<{ name: string; sql: string }>`SELECT name, sql FROM sqlite_master WHERE type = 'trigger'`);
    for (const tr of triggers) await sql`DROP TRIGGER ${sql.id(tr.name)}`.execute(trx);
    for (const t of reversed) await sql`DELETE FROM ${sql.table(t)}`.execute(trx);
    for (const tr of triggers) await sql.raw(tr.sql).execute(trx);
  } else {
    for (const t of reversed) {
      await sql`ALTER TABLE ${sql.table(t)} DISABLE TRIGGER USER`.execute(trx);
      await sql`DELETE FROM ${sql.table(t)}`.execute(trx);
      await sql`ALTER TABLE ${sql.table(t)} ENABLE TRIGGER USER`.execute(trx);
    }
  }
}
