/** The backup folder's format: names, the manifest, errors, and the SM3 of files and of the key. */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { DialectName } from '../dialects/dialect.ts';

export const BACKUP_FORMAT = 'yunzheng-backup/1';
export const MANIFEST_FILE = 'manifest.json';
export const BACKUP_SQLITE_FILE = 'database.sqlite';
export const BACKUP_CHECKPOINTS_FILE = 'audit-checkpoints.jsonl';
export const TABLES_DIR = 'tables';

/** Kysely's bookkeeping: recreated by migrating the target, listed in the manifest instead. */
export const MIGRATION_TABLES = new Set(['kysely_migration', 'kysely_migration_lock']);

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

export const KEY_NOTE = '备份不含审计检查点密钥；密钥由安全管理员另行备份保管，恢复时须先将密钥放回目标实例';

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
