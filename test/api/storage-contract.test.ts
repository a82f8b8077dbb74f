import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { NewAuditEvent, NotificationRecord, Store, TaskRecord } from '../../src/services/ports.ts';
import { startHarness, testDatabases, type Harness } from '../support/harness.ts';


/**
 * The storage contract: what every adapter (SQLite, PostgreSQL) must do, checked through the
 * ports the services use — transactions are all-or-nothing, optimistic updates, idempotent
 * notices, a gap-free audit chain under concurrency — plus the embedded database's durability.
 */

const AT = new Date('2025-11-03T01:00:00.000Z');

function task(tenantId: string, over: Partial<TaskRecord> = {}): TaskRecord {
  return {
    id: randomUUID(), tenantId, title: '合同测试待办', kind: 'assignment', ownerPositionId: null, ownerPersonId: 'p-1', status: 'open',
    sourceType: 'assignment', sourceId: null, startDate: '2025-11-03', period: 2, unit: 'workday', dueDate: '2025-11-05',
    dueAt: '2025-11-05T16:00:00.000Z', provisional: false, createdAt: AT.toISOString(), completedAt: null, completedByPersonId: null,
    completedByAccountId: null, note: null, remindedAt: null, escalatedAt: null, version: 1, ...over,
  };
}

function event(subjectId: string, payload: Record<string, unknown> = {}): NewAuditEvent {
  return { type: 'task.created', at: AT, actorAccountId: null, actorPersonId: null, subjectType: 'task', subjectId, payload };
}

async function head(h: Harness, tenantId: string): Promise<{ seq: number; hash: string } | undefined> {
  const r = await h.instance.database.db.selectFrom('audit_heads').select(['seq', 'hash']).where('tenant_id', '=', tenantId).executeTakeFirst();
  return r && { seq: Number(r.seq), hash: r.hash };
}

async function seqs(store: Store, tenantId: string): Promise<number[]> {
  return (await store.audit.list(tenantId, { limit: 500 })).map((e) => e.seq).sort((a, b) => a - b);
}

for (const db of testDatabases()) {
  void describe(`storage contract [${db}]`, () => {
    let h: Harness;
    let store: Store;
    let tenant: string;
    before(async () => {
      h = await startHarness(db);
      store = h.instance.deps.store;
      tenant = h.instance.deps.settings.defaultTenantId;
    });
    after(() => h.close());

    test('a failure mid-transaction leaves nothing half-written', async () => {
      const before = await head(h, tenant);
      const t = task(tenant);
      await assert.rejects(
        store.transaction(async (tx) => {
          await tx.tasks.insert(t);
          await tx.audit.append(tenant, event(t.id));
          assert.ok(await tx.tasks.get(tenant, t.id), 'visible inside the transaction');
          throw new Error('boom');
        }),
        /boom/,
      );
      assert.equal(await store.tasks.get(tenant, t.id), undefined);
      assert.deepEqual(await head(h, tenant), before);
      const recent = await store.audit.list(tenant, { subjectType: 'task', subjectId: t.id, limit: 10 });
      assert.deepEqual(recent, []);
      assert.equal((await h.instance.verify()).ok, true);
    });

    test('a database error mid-transaction rolls back the earlier writes too', async () => {
      const before = await head(h, tenant);
      const t = task(tenant);
      await assert.rejects(store.transaction(async (tx) => {
        await tx.tasks.insert(t);
        await tx.audit.append(tenant, event(t.id));
        await tx.tasks.insert(t); // duplicate primary key
      }));
      assert.equal(await store.tasks.get(tenant, t.id), undefined);
      assert.deepEqual(await head(h, tenant), before);
    });

    test('tasks update optimistically: a stale version changes nothing', async () => {
      const t = task(tenant);
      await store.tasks.insert(t);
      const done = { ...t, status: 'done' as const, completedAt: AT.toISOString(), note: '第一次', version: 2 };
      assert.equal(await store.tasks.update(done), true);
      assert.equal(await store.tasks.update({ ...t, note: '过期的版本', version: 2 }), false);
      assert.equal(await store.tasks.update({ ...t, note: '跳过版本', version: 4 }), false);
      const got = await store.tasks.get(tenant, t.id);
      assert.equal(got?.version, 2);
      assert.equal(got?.note, '第一次');
      assert.equal(got?.status, 'done');
    });

    test('of two concurrent updates from the same version exactly one wins', async () => {
      const t = task(tenant);
      await store.tasks.insert(t);
      // Both writers read version 1 before either writes (two users with the same page open).
      const results = await Promise.all(['甲', '乙'].map((note) => store.transaction(async (tx) => {
        const ok = await tx.tasks.update({ ...t, note, version: 2 });
        if (ok) await tx.audit.append(tenant, event(t.id, { note }));
        return ok;
      })));
      assert.equal(results.filter(Boolean).length, 1, JSON.stringify(results));
      const got = await store.tasks.get(tenant, t.id);
      assert.equal(got?.version, 2);
      assert.equal(got?.note, results[0] ? '甲' : '乙');
    });

    test('a task of one tenant is not found under another', async () => {
      const t = task(tenant);
      await store.tasks.insert(t);
      assert.equal(await store.tasks.get('another-tenant', t.id), undefined);
      assert.equal(await store.tasks.update({ ...t, tenantId: 'another-tenant', version: 2 }), false);
      assert.equal((await store.tasks.get(tenant, t.id))?.version, 1);
    });

    test('notifications insertOnce is idempotent per task and kind', async () => {
      const t = task(tenant);
      await store.tasks.insert(t);
      const n = (kind: NotificationRecord['kind']): NotificationRecord => ({
        id: randomUUID(), tenantId: tenant, taskId: t.id, kind, recipientPositionId: null, recipientPersonId: 'p-1',
        message: `${kind} 通知`, createdAt: AT.toISOString(), readAt: null,
      });
      assert.equal(await store.notifications.insertOnce(n('reminder')), true);
      assert.equal(await store.notifications.insertOnce(n('reminder')), false);
      assert.equal(await store.notifications.insertOnce(n('escalation')), true);
      const twice = await Promise.all([store.notifications.insertOnce(n('escalation')), store.notifications.insertOnce(n('escalation'))]);
      assert.deepEqual(twice, [false, false]);
      const mine = (await store.notifications.forRecipients(tenant, [], 'p-1', 100)).filter((x) => x.taskId === t.id);
      assert.deepEqual(mine.map((x) => x.kind).sort(), ['escalation', 'reminder']);
    });

    test('of concurrent transactions, one that fails is undone alone; the others commit (group commit on SQLite)', async () => {
      const start = (await head(h, tenant))!.seq;
      const tasks = Array.from({ length: 12 }, (_, i) => task(tenant, { title: `成批 ${i}` }));
      const outcomes = await Promise.allSettled(tasks.map((t, i) => store.transaction(async (tx) => {
        await tx.tasks.insert(t);
        await tx.audit.append(tenant, event(t.id, { i }));
        if (i === 5) throw new Error('第6个事务失败');
        return i;
      })));
      assert.deepEqual(outcomes.map((o) => o.status), tasks.map((_, i) => (i === 5 ? 'rejected' : 'fulfilled')));
      for (const [i, t] of tasks.entries()) {
        assert.equal((await store.tasks.get(tenant, t.id)) !== undefined, i !== 5, `task ${i}`);
      }
      assert.equal((await head(h, tenant))!.seq, start + 11, 'the failed one left no audit event and no gap');
      const v = await h.instance.verify();
      assert.equal(v.ok, true, JSON.stringify(v.firstProblem));
    });

    test('50 concurrent transactions append a contiguous chain with no duplicate sequence number', async () => {
      const start = (await head(h, tenant))!.seq;
      const records = await Promise.all(Array.from({ length: 50 }, (_, i) => store.transaction(async (tx) => {
        const t = task(tenant, { title: `并发 ${i}` });
        await tx.tasks.insert(t);
        return tx.audit.append(tenant, event(t.id, { i }));
      })));
      const got = records.map((r) => r.seq).sort((a, b) => a - b);
      assert.deepEqual(got, Array.from({ length: 50 }, (_, i) => start + 1 + i));
      const all = await seqs(store, tenant);
      assert.equal(new Set(all).size, all.length);
      assert.equal((await head(h, tenant))!.seq, start + 50);
      await h.instance.checkpoint();
      const v = await h.instance.verify();
      assert.equal(v.ok, true, JSON.stringify(v.firstProblem));
      assert.equal(v.lastSeq, start + 50);
    });

    test(
      'concurrent first appends of a brand-new tenant also make one chain',
      async () => {
        const fresh = `contract-${randomUUID().slice(0, 8)}`;
        const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => store.transaction((tx) => tx.audit.append(fresh, event(`x-${i}`)))));
        const failed = results.filter((r) => r.status === 'rejected');
        assert.equal(failed.length, 0, String(failed[0]?.reason));
        assert.deepEqual(await seqs(store, fresh), Array.from({ length: 20 }, (_, i) => i + 1));
        assert.equal((await h.instance.verify(fresh)).ok, true);
      },
    );

    test('the audit list pages backwards by sequence number within a tenant', async () => {
      const top = await store.audit.list(tenant, { limit: 5 });
      assert.equal(top.length, 5);
      assert.deepEqual(top.map((e) => e.seq), [...top.map((e) => e.seq)].sort((a, b) => b - a));
      const next = await store.audit.list(tenant, { limit: 5, beforeSeq: top.at(-1)!.seq });
      assert.ok(next.every((e) => e.seq < top.at(-1)!.seq));
      assert.ok(top.concat(next).every((e) => e.tenantId === tenant));
    });

    if (db === 'sqlite') {
      test('the embedded database commits durably: WAL journal with synchronous=FULL', async () => {
        const d = h.instance.database.db;
        const journal = await sql<{ journal_mode: string }>`PRAGMA journal_mode`.execute(d);
        assert.equal(journal.rows[0]?.journal_mode, 'wal');
        const sync = await sql<{ synchronous: number }>`PRAGMA synchronous`.execute(d);
        assert.equal(sync.rows[0]?.synchronous, 2);
        const fk = await sql<{ foreign_keys: number }>`PRAGMA foreign_keys`.execute(d);
        assert.equal(fk.rows[0]?.foreign_keys, 1);
      });
    }
  });
}
