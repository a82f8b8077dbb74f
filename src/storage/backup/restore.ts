/** Reading and checking a backup against its manifest, and restoring it into a migrated database. */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { createInterface } from 'node:readline';
import Sqlite from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { DialectName } from '../dialects/dialect.ts';
import type { OpenDatabase } from '../database.ts';
import { BACKUP_FORMAT, BACKUP_SQLITE_FILE, BackupError, MANIFEST_FILE, MIGRATION_TABLES, TABLES_DIR, sm3File, type BackupManifest } from './format.ts';
import { countRows, databaseHasData, insertOrder, listTables, rows, tableColumns } from './introspect.ts';

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
