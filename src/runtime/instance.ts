import { resolve } from 'node:path';
import type { Clock } from '../core/kernel/time.ts';
import { argon2Hasher, ids, totp } from '../adapters/crypto.ts';
import { migrate, openDatabase, type OpenDatabase } from '../storage/database.ts';
import { verifyChain, writeCheckpoint, type Checkpoint, type VerifyReport } from '../storage/audit-verify.ts';
import type { ServiceDeps } from '../services/context.ts';
import { seedDemo } from '../services/platform/seed.ts';
import { PACKS, SEED_CALENDARS, packInfo } from '../packs/registry.ts';
import { DEMO_TENANT } from '../packs/yunyang-2025/demo-org.ts';
import { appendCheckpoint, auditFiles, loadOrCreateKey, readCheckpoints, type AuditFiles } from './audit-keys.ts';

export interface InstanceOptions {
  readonly dataDir?: string | undefined;
  readonly databaseUrl?: string | undefined;
  /** PostgreSQL schema (tests give each instance its own). */
  readonly pgSchema?: string | undefined;
  readonly poolSize?: number | undefined;
  readonly clock?: Clock | undefined;
  /** Demo mode; by default on when there is no DATABASE_URL and NODE_ENV is not production. */
  readonly demo?: boolean | undefined;
  /** Seed the demo organisation when demo mode is on (default true). */
  readonly seed?: boolean | undefined;
  readonly env?: NodeJS.ProcessEnv | undefined;
}

export interface Instance {
  readonly database: OpenDatabase;
  readonly deps: ServiceDeps;
  readonly files: AuditFiles;
  readonly dataDir: string;
  checkpoint(tenantId?: string): Promise<Checkpoint | null>;
  verify(tenantId?: string): Promise<VerifyReport>;
  close(): Promise<void>;
}

export const systemClock: Clock = { now: () => new Date() };

export function isDemo(env: NodeJS.ProcessEnv, databaseUrl: string | undefined): boolean {
  if (env['YUNZHENG_DEMO'] === '1' || env['YUNZHENG_DEMO'] === 'true') return true;
  if (env['YUNZHENG_DEMO'] === '0' || env['YUNZHENG_DEMO'] === 'false') return false;
  return !databaseUrl && env['NODE_ENV'] !== 'production';
}

/** Opens the database, migrates it, and wires services — the composition used by every entry point. */
export async function openInstance(opts: InstanceOptions = {}): Promise<Instance> {
  const env = opts.env ?? process.env;
  const dataDir = resolve(opts.dataDir ?? env['YUNZHENG_DATA'] ?? 'data');
  const databaseUrl = opts.databaseUrl ?? env['DATABASE_URL'];
  const demo = opts.demo ?? isDemo(env, databaseUrl);
  const database = openDatabase({ url: databaseUrl, dataDir, schema: opts.pgSchema, poolSize: opts.poolSize });
  await migrate(database.db, database.dialect, database.schema ?? undefined);
  const files = auditFiles(dataDir, env);
  const key = loadOrCreateKey(files.keyFile);
  const deps: ServiceDeps = {
    store: database.store, clock: opts.clock ?? systemClock, ids, hasher: argon2Hasher, totp,
    packs: PACKS.map((p) => packInfo(p.pack)),
    settings: { demo, defaultTenantId: env['YUNZHENG_TENANT'] ?? DEMO_TENANT.id },
  };
  if (demo && opts.seed !== false) await seedDemo(deps, SEED_CALENDARS, PACKS[0]!.pack.id);
  const tenant = (t?: string) => t ?? deps.settings.defaultTenantId;
  return {
    database, deps, files, dataDir,
    async checkpoint(tenantId) {
      const cp = await writeCheckpoint(database.db, tenant(tenantId), key, deps.clock.now());
      if (cp) appendCheckpoint(files.checkpointsFile, cp);
      return cp;
    },
    verify: (tenantId) => verifyChain(database.db, tenant(tenantId), key, readCheckpoints(files.checkpointsFile)),
    close: () => database.close(),
  };
}
