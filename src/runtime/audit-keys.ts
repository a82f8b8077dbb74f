import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Checkpoint } from '../storage/audit-verify.ts';

/**
 * Where the audit checkpoint key and the exported checkpoints live: outside the database, so
 * that whoever can write the database still cannot forge a checkpoint or hide a truncation.
 */
export interface AuditFiles {
  readonly keyFile: string;
  readonly checkpointsFile: string;
}

export function auditFiles(dataDir: string, env: NodeJS.ProcessEnv = process.env): AuditFiles {
  return {
    keyFile: env['YUNZHENG_AUDIT_KEY_FILE'] ?? join(dataDir, 'keys', 'audit-checkpoint.key'),
    checkpointsFile: env['YUNZHENG_AUDIT_CHECKPOINTS'] ?? join(dataDir, 'audit-checkpoints.jsonl'),
  };
}

/** Reads the HMAC-SM3 key, creating a random 256-bit one (mode 0600) on first use. */
export function loadOrCreateKey(file: string): Buffer {
  if (existsSync(file)) return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const key = randomBytes(32);
  writeFileSync(file, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  return key;
}

export function readKey(file: string): Buffer {
  if (!existsSync(file)) throw new Error(`审计检查点密钥文件不存在：${file}`);
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
}

export function appendCheckpoint(file: string, cp: Checkpoint): void {
  mkdirSync(dirname(file), { recursive: true });
  appendFileSync(file, `${JSON.stringify(cp)}\n`, { mode: 0o600 });
}

export function readCheckpoints(file: string): Checkpoint[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Checkpoint);
}
