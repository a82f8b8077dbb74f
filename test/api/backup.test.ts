import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { fixedClock } from '../../src/core/kernel/time.ts';
import { openInstance, type Instance } from '../../src/runtime/instance.ts';
import { BackupError, readBackup, tableCounts, type BackupManifest } from '../../src/storage/backup.ts';
import { backupInstance, restoreInstance } from '../../src/cli/commands/backup.ts';
import { startHarness, testDatabases, type Harness, type Json, type TestDb } from '../support/harness.ts';


const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const START = '2025-11-03T01:00:00.000Z';
const PG_URL = process.env['YZ_TEST_PG_URL'];

async function playActivity(h: Harness, round: number): Promise<void> {
  const office = await h.login('liwenbo');
  const org = (await office.get('/api/org')).body.data;
  const clerk = org.positions.find((p: Json) => p.code === 'office-clerk');
  const wumin = await h.login('wumin');
  for (let i = 0; i < 4; i++) {
    const t = await office.post('/api/tasks', { title: `备份前的待办 ${round}-${i}`, ownerPositionId: clerk.id, period: { value: 2, unit: 'workday' } });
    assert.equal(t.status, 201, JSON.stringify(t.body));
    if (i % 2 === 0) assert.equal((await wumin.post(`/api/tasks/${t.body.data.id}/complete`, { note: '已办' })).status, 200);
  }
}

function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * A fresh target instance that holds the source's checkpoint key (restored by the security admin).
 * On PostgreSQL the target is a new database of the test cluster rather than a new schema: Kysely's
 * migrator, as storage/database.ts calls it, finds its bookkeeping tables in any schema of the
 * database, so a second migrated schema next to the source's is skipped (see the report).
 */
async function freshTarget(source: Instance, db: TestDb): Promise<{ instance: Instance; cleanup: () => Promise<void> }> {
  const dataDir = tempDir('yz-restore-');
  const keyFile = join(dataDir, 'keys', 'audit-checkpoint.key');
  mkdirSync(dirname(keyFile), { recursive: true });
  copyFileSync(source.files.keyFile, keyFile);
  let database: string | undefined;
  let url: string | undefined;
  if (db === 'postgres') {
    database = `yz_restore_${randomBytes(6).toString('hex')}`;
    await pgExec(`CREATE DATABASE ${database}`);
    const u = new URL(PG_URL!);
    u.pathname = `/${database}`;
    url = u.toString();
  }
  // The database is left in place, as the harness leaves its schemas: the test cluster is thrown
  // away after the run, and dropping it WITH (FORCE) right after the pool ended could terminate a
  // connection still closing, whose error then surfaced in the test.
  let instance: Instance;
  try {
    instance = await openInstance({ dataDir, databaseUrl: url, poolSize: 4, clock: fixedClock(START), demo: false, seed: false, env: {} });
  } catch (e) {
    rmSync(dataDir, { recursive: true, force: true });
    throw e;
  }
  return {
    instance,
    async cleanup() {
      await instance.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function pgExec(text: string): Promise<void> {
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  try {
    await c.query(text);
  } finally {
    await c.end();
  }
}

function assertManifest(m: BackupManifest, db: TestDb, dir: string): void {
  assert.equal(m.dialect, db);
  assert.equal(m.layout, db === 'sqlite' ? 'sqlite-file' : 'jsonl-tables');
  // Every migration, in order, from the first.
  assert.equal(m.migrations[0], '0001-platform');
  assert.ok(m.migrations.includes('0003-organisation'));
  assert.deepEqual(m.migrations, [...m.migrations].sort());
  assert.ok('audit-checkpoints.jsonl' in m.files);
  assert.equal(m.key.included, false);
  assert.match(m.key.note, /不含审计检查点密钥/);
  assert.match(m.key.fingerprint ?? '', /^[0-9a-f]{64}$/);
  // The key file (keys/audit-checkpoint.key); table files such as tables/key_work_items.jsonl are data.
  for (const f of Object.keys(m.files)) assert.doesNotMatch(f, /(^|\/)keys\/|\.key$/i, 'the key file is never in a backup');
  assert.ok(!existsSync(join(dir, 'keys')));
  assert.ok((m.tables['audit_events'] ?? 0) > 0 && (m.tables['tasks'] ?? 0) > 0);
}

for (const db of testDatabases()) {
  void describe(`backup and restore [${db}]`, () => {
    test('an online backup taken during activity restores into a fresh instance whose audit chain verifies', async () => {
      const h = await startHarness(db, { at: START });
      const out = join(tempDir('yz-backup-'), 'b1');
      const tenant = h.instance.deps.settings.defaultTenantId;
      let target: Awaited<ReturnType<typeof freshTarget>> | undefined;
      try {
        await playActivity(h, 1);
        await h.instance.checkpoint();
        // Keep working while the copy is taken.
        const [manifest] = await Promise.all([backupInstance(h.instance, { outDir: out }), playActivity(h, 2)]);
        assertManifest(manifest, db, out);

        // The backup recorded itself, and the copy holds that record.
        const recorded = (await h.instance.deps.store.audit.list(tenant, { limit: 500 })).filter((e) => e.type === 'backup.created');
        assert.equal(recorded.length, 1);
        assert.equal(JSON.parse(recorded[0]!.payload).backupId, manifest.id);
        assert.ok(manifest.audit[tenant]!.lastSeq >= recorded[0]!.seq);

        target = await freshTarget(h.instance, db);
        const r = await restoreInstance(target.instance, out);
        assert.equal(r.ok, true, JSON.stringify(r.verify));
        assert.equal(r.replaced, false);
        assert.deepEqual(r.tables, manifest.tables);
        // The restore itself is the next event of the restored chain, sealed by a checkpoint.
        const counts = await tableCounts(target.instance.database);
        assert.deepEqual(counts, { ...manifest.tables, audit_events: manifest.tables['audit_events']! + 1, audit_checkpoints: manifest.tables['audit_checkpoints']! + 1 });
        const v = await target.instance.verify(tenant);
        assert.equal(v.ok, true, JSON.stringify(v.firstProblem));
        assert.equal(v.lastSeq, manifest.audit[tenant]!.lastSeq + 1);
        const [restoredEvent] = await target.instance.deps.store.audit.list(tenant, { limit: 1 });
        assert.equal(restoredEvent?.type, 'backup.restored');
        assert.ok(v.checkpointsChecked >= 2);
        const copied = (await target.instance.deps.store.audit.list(tenant, { limit: 500 })).find((e) => e.type === 'backup.created');
        assert.equal(copied?.id, recorded[0]!.id);
        // The restored instance works: the tasks are there and a clerk's list is served from it.
        assert.equal((await target.instance.deps.store.tasks.list(tenant, { limit: 1000 })).length, manifest.tables['tasks']);
      } finally {
        await target?.cleanup();
        await h.close();
        rmSync(dirname(out), { recursive: true, force: true });
      }
    });

    test('a quiet instance restores row for row, and a non-empty target is refused unless forced', async () => {
      const h = await startHarness(db, { at: START });
      const out = join(tempDir('yz-backup-'), 'b2');
      let target: Awaited<ReturnType<typeof freshTarget>> | undefined;
      try {
        await playActivity(h, 1);
        const manifest = await backupInstance(h.instance, { outDir: out });
        assert.deepEqual(await tableCounts(h.instance.database), manifest.tables, 'nothing happened after the copy');
        await assert.rejects(backupInstance(h.instance, { outDir: out }), /不为空/);

        target = await freshTarget(h.instance, db);
        assert.equal((await restoreInstance(target.instance, out)).ok, true);
        await assert.rejects(restoreInstance(target.instance, out), BackupError);
        const forced = await restoreInstance(target.instance, out, { force: true });
        assert.equal(forced.ok, true, JSON.stringify(forced.verify));
        assert.equal(forced.replaced, true);
        assert.deepEqual(forced.tables, manifest.tables);
        // The append-only triggers are back after a forced restore.
        await assert.rejects(target.instance.database.db.deleteFrom('audit_events').execute(), /append-only/);
      } finally {
        await target?.cleanup();
        await h.close();
        rmSync(dirname(out), { recursive: true, force: true });
      }
    });

    test('a damaged backup, or the wrong key, is refused before anything is restored', async () => {
      const h = await startHarness(db, { at: START });
      const out = join(tempDir('yz-backup-'), 'b3');
      let target: Awaited<ReturnType<typeof freshTarget>> | undefined;
      try {
        const manifest = await backupInstance(h.instance, { outDir: out });
        target = await freshTarget(h.instance, db);
        const dataFile = Object.keys(manifest.files).find((f) => f !== 'audit-checkpoints.jsonl' && readFileSync(join(out, f)).length > 0)!;
        const original = readFileSync(join(out, dataFile));
        const damaged = Buffer.from(original);
        damaged[damaged.length - 1] = (damaged.at(-1) ?? 0) ^ 0xff;
        writeFileSync(join(out, dataFile), damaged);
        await assert.rejects(readBackup(out), new RegExp(`${dataFile}.*SM3`));
        await assert.rejects(restoreInstance(target.instance, out), /SM3/);
        writeFileSync(join(out, dataFile), original);

        writeFileSync(target.instance.files.keyFile, `${randomBytes(32).toString('hex')}\n`);
        await assert.rejects(restoreInstance(target.instance, out), /不是备份时所用的密钥/);
        assert.deepEqual(Object.values(await tableCounts(target.instance.database)).filter((n) => n > 0), []);
      } finally {
        await target?.cleanup();
        await h.close();
        rmSync(dirname(out), { recursive: true, force: true });
      }
    });
  });
}

if (PG_URL) {
  void describe('backup and restore across databases', () => {
    for (const [from, to] of [['sqlite', 'postgres'], ['postgres', 'sqlite']] as const) {
      test(`a ${from} backup restores into ${to}`, async () => {
        const h = await startHarness(from, { at: START });
        const out = join(tempDir('yz-backup-'), 'x');
        let target: Awaited<ReturnType<typeof freshTarget>> | undefined;
        try {
          await playActivity(h, 1);
          const manifest = await backupInstance(h.instance, { outDir: out });
          target = await freshTarget(h.instance, to);
          const r = await restoreInstance(target.instance, out);
          assert.equal(r.ok, true, JSON.stringify(r.verify));
          assert.deepEqual(r.tables, manifest.tables);
        } finally {
          await target?.cleanup();
          await h.close();
          rmSync(dirname(out), { recursive: true, force: true });
        }
      });
    }
  });
}

void describe('yunzheng backup / restore (the CLI, embedded database)', () => {
  test('a round trip through two processes, then a refusal to overwrite', async () => {
    const h = await startHarness('sqlite', { at: START });
    const work = tempDir('yz-cli-backup-');
    const source = h.dataDir;
    try {
      await playActivity(h, 1);
      await h.instance.checkpoint();
      const before = await tableCounts(h.instance.database);
      await h.app.close();
      await h.instance.close();

      const env = (dataDir: string): NodeJS.ProcessEnv => {
        const e: NodeJS.ProcessEnv = { ...process.env, YUNZHENG_DATA: dataDir, TZ: 'UTC' };
        for (const v of ['DATABASE_URL', 'YUNZHENG_AUDIT_KEY_FILE', 'YUNZHENG_AUDIT_CHECKPOINTS', 'YUNZHENG_TENANT', 'YUNZHENG_DEMO']) delete e[v];
        return e;
      };
      const cli = (dataDir: string, ...args: string[]) =>
        spawnSync(process.execPath, ['bin/yunzheng.js', ...args], { cwd: ROOT, env: env(dataDir), encoding: 'utf8', timeout: 60_000 });

      const out = join(work, 'backup');
      const b = cli(source, 'backup', '--out', out, '--json');
      assert.equal(b.status, 0, b.stderr);
      const manifest = JSON.parse(b.stdout.trim().split('\n').at(-1)!) as BackupManifest & { dir: string };
      assert.equal(manifest.dir, out);
      assert.equal(manifest.tables['tasks'], before['tasks']);
      assert.equal(manifest.tables['audit_events'], (before['audit_events'] ?? 0) + 1, 'plus its own backup.created event');

      const target = join(work, 'restored');
      const noKey = cli(target, 'restore', out);
      assert.notEqual(noKey.status, 0);
      assert.match(noKey.stderr, /没有审计检查点密钥/);

      const r = cli(target, 'restore', out, '--key', join(source, 'keys', 'audit-checkpoint.key'));
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /审计链完好/);
      assert.ok(existsSync(join(target, 'audit-checkpoints.jsonl')));

      const verify = cli(target, 'audit', 'verify');
      assert.equal(verify.status, 0, verify.stderr);

      const again = cli(target, 'restore', out);
      assert.notEqual(again.status, 0);
      assert.match(again.stderr, /拒绝恢复/);
    } finally {
      rmSync(work, { recursive: true, force: true });
      rmSync(source, { recursive: true, force: true });
    }
  });
});
