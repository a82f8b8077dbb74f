import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Sqlite from 'better-sqlite3';
import { sql } from 'kysely';
import { eventHash, toAuditRecord } from '../../src/storage/audit-log.ts';
import type { Checkpoint } from '../../src/storage/audit-verify.ts';
import type { AuditEventRecord } from '../../src/services/ports.ts';
import { startHarness, testDatabases, type Harness, type Json, type TestDb } from '../support/harness.ts';


const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const START = '2025-11-03T01:00:00.000Z';

/** Logins, tasks created and completed (one late), and a scheduler pass: a realistic stretch of chain. */
async function playActivity(h: Harness, round: number): Promise<void> {
  const office = await h.login('liwenbo');
  const org = (await office.get('/api/org')).body.data;
  const clerk = org.positions.find((p: Json) => p.code === 'office-clerk');
  const wumin = await h.login('wumin');
  const ids: string[] = [];
  for (let i = 0; i < 3; i++) {
    const t = await office.post('/api/tasks', { title: `核对来文 ${round}-${i}`, ownerPositionId: clerk.id, period: { value: 1, unit: 'workday' } });
    assert.equal(t.status, 201, JSON.stringify(t.body));
    ids.push(t.body.data.id as string);
  }
  assert.equal((await wumin.post(`/api/tasks/${ids[0]}/complete`, { note: '已核对' })).status, 200);
  h.clock.set('2025-11-05T02:00:00.000Z'); // the others are now overdue
  const sys = await h.login('sysadmin');
  assert.equal((await sys.post('/api/scheduler/run', {})).status, 200);
  const late = await h.login('wumin');
  assert.equal((await late.post(`/api/tasks/${ids[1]}/complete`, {})).status, 200);
  h.clock.set(START);
}

interface Prepared {
  readonly h: Harness;
  readonly tenant: string;
  /** Two exported checkpoints: after the first and after the second round of activity. */
  readonly cp1: Checkpoint;
  readonly cp2: Checkpoint;
}

async function prepared(db: TestDb): Promise<Prepared> {
  const h = await startHarness(db, { at: START });
  const tenant = h.instance.deps.settings.defaultTenantId;
  await playActivity(h, 1);
  const cp1 = await h.instance.checkpoint();
  await playActivity(h, 2);
  const cp2 = await h.instance.checkpoint();
  assert.ok(cp1 && cp2 && cp1.seq < cp2.seq);
  const r = await h.instance.verify();
  assert.equal(r.ok, true, JSON.stringify(r.firstProblem));
  assert.equal(r.lastSeq, cp2.seq);
  assert.ok(r.checkpointsChecked >= 4, 'stored and exported checkpoints are both checked');
  return { h, tenant, cp1, cp2 };
}

// ---- the attacker: write access to the database, no key -------------------------------------

async function dropAppendOnlyTriggers(h: Harness): Promise<void> {
  const db = h.instance.database.db;
  if (h.db === 'sqlite') {
    await sql`DROP TRIGGER audit_events_no_update`.execute(db);
    await sql`DROP TRIGGER audit_events_no_delete`.execute(db);
  } else {
    await sql`DROP TRIGGER audit_events_no_change ON audit_events`.execute(db);
  }
}

async function chain(h: Harness, tenant: string): Promise<AuditEventRecord[]> {
  const rows = await h.instance.database.db.selectFrom('audit_events').selectAll().where('tenant_id', '=', tenant).orderBy('seq').execute();
  return rows.map(toAuditRecord);
}

function at(events: readonly AuditEventRecord[], seq: number): AuditEventRecord {
  const e = events.find((x) => x.seq === seq);
  assert.ok(e, `event ${seq} exists`);
  return e;
}

async function setPayload(h: Harness, tenant: string, seq: number, payload: string): Promise<void> {
  await h.instance.database.db.updateTable('audit_events').set({ payload }).where('tenant_id', '=', tenant).where('seq', '=', seq).execute();
}

/** Recomputes every hash from `fromSeq` on, as anyone can (SM3 is unkeyed), and moves the head along. */
async function rehashFrom(h: Harness, tenant: string, fromSeq: number): Promise<void> {
  const db = h.instance.database.db;
  const events = await chain(h, tenant);
  let prev = at(events, fromSeq - 1).hash;
  for (const e of events.filter((x) => x.seq >= fromSeq)) {
    const { hash: _old, ...rest } = { ...e, prevHash: prev };
    const hash = eventHash(rest);
    await db.updateTable('audit_events').set({ prev_hash: prev, hash }).where('tenant_id', '=', tenant).where('seq', '=', e.seq).execute();
    prev = hash;
  }
  await db.updateTable('audit_heads').set({ hash: prev }).where('tenant_id', '=', tenant).execute();
}

function middle(p: Prepared): number {
  return Math.floor((p.cp1.seq + p.cp2.seq) / 2);
}

for (const db of testDatabases()) {
  void describe(`audit chain against tampering [${db}]`, () => {
    test('(a) an edited payload is named by its sequence number', async () => {
      const p = await prepared(db);
      try {
        const k = middle(p);
        await dropAppendOnlyTriggers(p.h);
        const e = at(await chain(p.h, p.tenant), k);
        await setPayload(p.h, p.tenant, k, e.payload.replace(/}$/, ',"note":"改过的内容"}'));
        const r = await p.h.instance.verify();
        assert.equal(r.ok, false);
        assert.equal(r.firstProblem?.seq, k);
        assert.equal(r.firstProblem?.eventId, e.id);
        assert.match(r.firstProblem?.message ?? '', new RegExp(`第${k}号.*篡改`));
      } finally {
        await p.h.close();
      }
    });

    test('(b) an edit with every following hash recomputed is caught by the keyed checkpoint', async () => {
      const p = await prepared(db);
      try {
        const k = middle(p);
        await dropAppendOnlyTriggers(p.h);
        await setPayload(p.h, p.tenant, k, '{"title":"伪造的待办"}');
        await rehashFrom(p.h, p.tenant, k);
        // Without the key the chain itself is consistent again; only the checkpoints can tell.
        // The first checkpoint at or after the edit disagrees: the edit lies in (cp1, cp2].
        const r = await p.h.instance.verify();
        assert.equal(r.ok, false);
        assert.equal(r.firstProblem?.seq, p.cp2.seq);
        assert.match(r.firstProblem?.message ?? '', /检查点不符|密钥校验值无效/);

        // Removing the checkpoints from the database does not help: the exported copy still holds.
        await p.h.instance.database.db.deleteFrom('audit_checkpoints').where('tenant_id', '=', p.tenant).execute();
        const again = await p.h.instance.verify();
        assert.equal(again.ok, false);
        assert.equal(again.firstProblem?.seq, p.cp2.seq);
        assert.match(again.firstProblem?.message ?? '', /检查点不符/);
      } finally {
        await p.h.close();
      }
    });

    test('(c) a deleted middle event is named', async () => {
      const p = await prepared(db);
      try {
        const k = middle(p);
        await dropAppendOnlyTriggers(p.h);
        await p.h.instance.database.db.deleteFrom('audit_events').where('tenant_id', '=', p.tenant).where('seq', '=', k).execute();
        const r = await p.h.instance.verify();
        assert.equal(r.ok, false);
        assert.equal(r.firstProblem?.seq, k);
        assert.match(r.firstProblem?.message ?? '', new RegExp(`第${k}号缺失`));
      } finally {
        await p.h.close();
      }
    });

    test('(d) an inserted event breaks the link to the event after it', async () => {
      const p = await prepared(db);
      try {
        const k = middle(p);
        const dbh = p.h.instance.database.db;
        await dropAppendOnlyTriggers(p.h);
        const events = await chain(p.h, p.tenant);
        // Make room at k (highest first, so the primary key never collides) …
        for (const e of [...events].reverse().filter((x) => x.seq >= k)) {
          await dbh.updateTable('audit_events').set({ seq: e.seq + 1 }).where('tenant_id', '=', p.tenant).where('seq', '=', e.seq).execute();
        }
        // … and insert a well-formed forgery there, its own SM3 correct and linked to event k-1.
        const forged = { ...at(events, k), id: `forged-${randomBytes(4).toString('hex')}`, type: 'task.completed', payload: '{"note":"补记"}', prevHash: at(events, k - 1).hash };
        const { hash: _h, ...rest } = forged;
        const hash = eventHash(rest);
        await dbh.insertInto('audit_events').values({
          tenant_id: p.tenant, seq: k, id: forged.id, at: forged.at, type: forged.type, actor_account_id: forged.actorAccountId,
          actor_person_id: forged.actorPersonId, on_behalf_of_person_id: forged.onBehalfOfPersonId, subject_type: forged.subjectType,
          subject_id: forged.subjectId, payload: forged.payload, verdicts: forged.verdicts, prev_hash: forged.prevHash, hash,
        }).execute();
        await dbh.updateTable('audit_heads').set({ seq: events.length + 1 }).where('tenant_id', '=', p.tenant).execute();
        const r = await p.h.instance.verify();
        assert.equal(r.ok, false);
        // The forgery itself is internally sound; the first event that proves the chain was changed
        // is the one after it, whose stored link still points at event k-1.
        assert.equal(r.firstProblem?.seq, k + 1);
        assert.match(r.firstProblem?.message ?? '', new RegExp(`第${k + 1}号.*前序哈希`));
      } finally {
        await p.h.close();
      }
    });

    test('(e) truncation short of an exported checkpoint is caught even with the head rewound', async () => {
      const p = await prepared(db);
      try {
        const dbh = p.h.instance.database.db;
        const cut = p.cp2.seq - 2; // delete the last three events
        await dropAppendOnlyTriggers(p.h);
        const keep = at(await chain(p.h, p.tenant), cut - 1);
        await dbh.deleteFrom('audit_events').where('tenant_id', '=', p.tenant).where('seq', '>=', cut).execute();
        await dbh.updateTable('audit_heads').set({ seq: keep.seq, hash: keep.hash }).where('tenant_id', '=', p.tenant).execute();
        await dbh.deleteFrom('audit_checkpoints').where('tenant_id', '=', p.tenant).where('seq', '>=', cut).execute();
        const r = await p.h.instance.verify();
        assert.equal(r.ok, false);
        assert.equal(r.lastSeq, cut - 1);
        assert.equal(r.firstProblem?.seq, cut, 'names the first missing event');
        assert.match(r.firstProblem?.message ?? '', /链尾事件被删除/);
      } finally {
        await p.h.close();
      }
    });

    test('(f) a checkpoint forged in the database without the key is refused', async () => {
      const p = await prepared(db);
      try {
        await playActivity(p.h, 3); // events beyond the last real checkpoint
        const events = await chain(p.h, p.tenant);
        const head = events.at(-1)!;
        const wrongKey = randomBytes(32);
        const mac = createHmac('sm3', wrongKey).update(`${p.tenant}\n${head.seq}\n${head.hash}`, 'utf8').digest('hex');
        await p.h.instance.database.db.insertInto('audit_checkpoints')
          .values({ tenant_id: p.tenant, seq: head.seq, hash: head.hash, mac, created_at: START }).execute();
        const r = await p.h.instance.verify();
        assert.equal(r.ok, false);
        assert.equal(r.firstProblem?.seq, head.seq);
        assert.match(r.firstProblem?.message ?? '', /伪造/);
      } finally {
        await p.h.close();
      }
    });

    test('with the triggers in place the database refuses UPDATE and DELETE on audit events', async () => {
      const h = await startHarness(db, { at: START });
      try {
        const dbh = h.instance.database.db;
        const tenant = h.instance.deps.settings.defaultTenantId;
        await assert.rejects(
          dbh.updateTable('audit_events').set({ payload: '{}' }).where('tenant_id', '=', tenant).where('seq', '=', 1).execute(),
          /append-only/,
        );
        await assert.rejects(dbh.deleteFrom('audit_events').where('tenant_id', '=', tenant).where('seq', '=', 1).execute(), /append-only/);
        await assert.rejects(dbh.deleteFrom('audit_events').execute(), /append-only/);
        assert.equal((await h.instance.verify()).ok, true);
      } finally {
        await h.close();
      }
    });

    test('TRUNCATE on audit events is refused too', async () => {
      const h = await startHarness(db, { at: START });
      try {
        const dbh = h.instance.database.db;
        if (db === 'postgres') await assert.rejects(sql`TRUNCATE audit_events`.execute(dbh), /append-only/);
        // SQLite has no TRUNCATE; its truncate optimisation of an unqualified DELETE is off when a trigger exists.
        else await assert.rejects(sql`DELETE FROM audit_events`.execute(dbh), /append-only/);
      } finally {
        await h.close();
      }
    });
  });
}

void describe('yunzheng audit verify (the CLI, on an embedded data folder)', () => {
  test('exits 0 on an intact chain; after an edit exits non-zero naming the event', async () => {
    const h = await startHarness('sqlite', { at: START });
    const dataDir = h.dataDir;
    try {
      await playActivity(h, 1);
      assert.ok(await h.instance.checkpoint());
      const k = 5;
      // Release the database file before another process opens it.
      await h.app.close();
      await h.instance.close();

      const env: NodeJS.ProcessEnv = { ...process.env, YUNZHENG_DATA: dataDir, TZ: 'UTC' };
      for (const v of ['DATABASE_URL', 'YUNZHENG_AUDIT_KEY_FILE', 'YUNZHENG_AUDIT_CHECKPOINTS', 'YUNZHENG_TENANT']) delete env[v];
      const verify = () => spawnSync(process.execPath, ['bin/yunzheng.js', 'audit', 'verify'], { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 });

      const good = verify();
      assert.equal(good.status, 0, good.stderr);
      assert.match(good.stdout, /审计链完好/);

      const raw = new Sqlite(join(dataDir, 'yunzheng.sqlite'));
      try {
        raw.exec('DROP TRIGGER audit_events_no_update');
        raw.prepare(`UPDATE audit_events SET payload = '{"note":"改过"}' WHERE seq = ?`).run(k);
      } finally {
        raw.close();
      }
      const bad = verify();
      assert.notEqual(bad.status, 0);
      assert.match(bad.stdout + bad.stderr, new RegExp(`审计链校验失败.*第${k}号`));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
