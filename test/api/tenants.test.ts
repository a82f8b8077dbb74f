import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { argon2Hasher } from '../../src/adapters/crypto.ts';
import { ensureTenant } from '../../src/services/platform/seed.ts';
import { runScheduler } from '../../src/services/scheduler/run-scheduler.ts';
import { PACKS, SEED_CALENDARS } from '../../src/packs/registry.ts';
import type { AccountRecord } from '../../src/services/ports.ts';
import { client, startHarness, testDatabases, type Client, type Harness, type Json } from '../support/harness.ts';


/**
 * Two governments on one database: every query is confined to the caller's tenant. A resource of
 * another tenant does not exist for the caller (404, never 403, which would confirm it exists).
 */

const B = { id: 'fengjie', name: '奉节县人民政府' };
const B_PASSWORD = 'fengjie-zhengwu-2025';

interface SecondTenant {
  readonly clerkPositionId: string;
  readonly bodyId: string;
}

/** Creates tenant B with a small organisation and accounts whose usernames repeat tenant A's. */
async function createSecondTenant(h: Harness): Promise<SecondTenant> {
  const deps = h.instance.deps;
  const at = deps.clock.now().toISOString();
  const passwordHash = await argon2Hasher.hash(B_PASSWORD);
  return deps.store.transaction(async (tx) => {
    assert.equal(await ensureTenant(deps, tx, { ...B, packId: PACKS[0]!.pack.id }, SEED_CALENDARS), true);
    const bodyId = deps.ids.id();
    await tx.org.insertBody({ id: bodyId, tenantId: B.id, code: 'office', name: '奉节县政府办公室', kind: 'office', parentId: null, docPrefix: '奉节府办发', sort: 0 });
    const clerkPositionId = deps.ids.id();
    await tx.org.insertPosition({ id: clerkPositionId, tenantId: B.id, bodyId, code: 'office-clerk', title: '奉节县政府办公室秘书科工作人员', kind: 'staff', rank: 0 });
    const directorPositionId = deps.ids.id();
    await tx.org.insertPosition({ id: directorPositionId, tenantId: B.id, bodyId, code: 'office-director', title: '奉节县政府办公室主任', kind: 'office-director', rank: 1 });
    const people = [
      { username: 'liwenbo', name: '奉节·李主任', roles: ['office'], positionId: directorPositionId },
      { username: 'wumin', name: '奉节·吴科员', roles: ['staff'], positionId: clerkPositionId },
      { username: 'auditadmin', name: '奉节·审计员', roles: ['auditadmin'], positionId: null },
    ];
    for (const p of people) {
      let personId: string | null = null;
      if (p.positionId) {
        personId = deps.ids.id();
        await tx.org.insertPerson({ id: personId, tenantId: B.id, name: p.name });
        await tx.org.insertAppointment({ id: deps.ids.id(), tenantId: B.id, personId, positionId: p.positionId, validFrom: '2025-10-26', validTo: null });
      }
      const account: AccountRecord = {
        id: deps.ids.id(), tenantId: B.id, username: p.username, displayName: p.name, personId, passwordHash, roles: p.roles,
        totpSecret: null, totpEnabled: false, mustChangePassword: false, disabled: false, createdAt: at,
      };
      await tx.accounts.insert(account);
      await tx.audit.append(B.id, {
        type: 'account.created', at: deps.clock.now(), actorAccountId: null, actorPersonId: null, subjectType: 'account', subjectId: account.id,
        payload: { username: account.username, roles: account.roles },
      });
    }
    return { clerkPositionId, bodyId };
  });
}

async function loginB(h: Harness, username: string): Promise<Client> {
  // The harness logs in to the default tenant; tenant B is named in the login body.
  const r = await h.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: B_PASSWORD, tenantId: B.id } });
  assert.equal(r.statusCode, 200, r.body);
  const setCookie = r.headers['set-cookie'];
  const cookie = (Array.isArray(setCookie) ? setCookie[0] : setCookie)?.split(';')[0];
  const csrf = (JSON.parse(r.body) as { data: { csrfToken: string } }).data.csrfToken;
  return client(h.app, cookie, csrf);
}

for (const db of testDatabases()) {
  void describe(`tenant isolation [${db}]`, () => {
    let h: Harness;
    let A: string;
    let b: SecondTenant;
    let taskA: string;
    let taskB: string;
    let clerkA: string;

    before(async () => {
      h = await startHarness(db);
      A = h.instance.deps.settings.defaultTenantId;
      b = await createSecondTenant(h);
      const officeA = await h.login('liwenbo');
      clerkA = ((await officeA.get('/api/org')).body.data.positions as Json[]).find((p) => p.code === 'office-clerk').id as string;
      const ta = await officeA.post('/api/tasks', { title: '云阳：核对来文', ownerPositionId: clerkA, period: { value: 1, unit: 'workday' } });
      assert.equal(ta.status, 201, JSON.stringify(ta.body));
      taskA = ta.body.data.id as string;
      const officeB = await loginB(h, 'liwenbo');
      const tb = await officeB.post('/api/tasks', { title: '奉节：核对来文', ownerPositionId: b.clerkPositionId, period: { value: 1, unit: 'workday' } });
      assert.equal(tb.status, 201, JSON.stringify(tb.body));
      taskB = tb.body.data.id as string;
    });
    after(() => h.close());

    test('the same username logs in to each tenant as a different account', async () => {
      const a = await h.login('wumin');
      const bb = await loginB(h, 'wumin');
      const meA = (await a.get('/api/auth/me')).body.data;
      const meB = (await bb.get('/api/auth/me')).body.data;
      assert.notEqual(JSON.stringify(meA), JSON.stringify(meB));
      assert.match(JSON.stringify(meB), /奉节/);
      // A's password does not open B's account.
      const wrong = await h.anonymous().post('/api/auth/login', { username: 'wumin', password: 'yunzheng-demo', tenantId: B.id });
      assert.equal(wrong.status, 401);
    });

    test("tenant B's user cannot list, get or complete tenant A's task: 404 TASK_NOT_FOUND", async () => {
      const clerkB = await loginB(h, 'wumin');
      const list = await clerkB.get('/api/tasks');
      assert.equal(list.status, 200);
      const ids = (list.body.data as Json[]).map((t) => t.id);
      assert.ok(ids.includes(taskB));
      assert.ok(!ids.includes(taskA));
      const get = await clerkB.get(`/api/tasks/${taskA}`);
      assert.equal(get.status, 404);
      assert.equal(get.body.error.code, 'TASK_NOT_FOUND');
      const complete = await clerkB.post(`/api/tasks/${taskA}/complete`, { note: '越界办结' });
      assert.equal(complete.status, 404);
      assert.equal(complete.body.error.code, 'TASK_NOT_FOUND');
      assert.equal((await h.instance.deps.store.tasks.get(A, taskA))?.status, 'open');
    });

    test("and the other way round: A's clerk cannot reach B's task", async () => {
      const clerkA2 = await h.login('wumin');
      assert.ok(!((await clerkA2.get('/api/tasks')).body.data as Json[]).some((t) => t.id === taskB));
      assert.equal((await clerkA2.get(`/api/tasks/${taskB}`)).status, 404);
      const r = await clerkA2.post(`/api/tasks/${taskB}/complete`, {});
      assert.equal(r.status, 404);
      assert.equal(r.body.error.code, 'TASK_NOT_FOUND');
    });

    test("a task cannot be assigned to another tenant's position", async () => {
      const officeB = await loginB(h, 'liwenbo');
      const r = await officeB.post('/api/tasks', { title: '越界交办', ownerPositionId: clerkA });
      assert.equal(r.status, 400);
      assert.equal(r.body.error.code, 'VALIDATION_FAILED');
    });

    test("A's organisation is not visible to B", async () => {
      const orgB = (await (await loginB(h, 'wumin')).get('/api/org')).body.data;
      assert.deepEqual((orgB.bodies as Json[]).map((x) => x.id), [b.bodyId]);
      const positionIds = (orgB.positions as Json[]).map((p) => p.id);
      assert.ok(positionIds.includes(b.clerkPositionId));
      assert.ok(!positionIds.includes(clerkA));
      assert.equal(positionIds.length, 2);
      assert.doesNotMatch(JSON.stringify(orgB), /云阳/);
    });

    test("B's audit reader sees only B's events, and each chain is its own and verifies", async () => {
      const auditorB = await loginB(h, 'auditadmin');
      const eventsB = (await auditorB.get('/api/audit/events?limit=500')).body.data as Json[];
      assert.ok(eventsB.length > 0);
      assert.ok(eventsB.some((e) => e.subjectId === taskB));
      assert.ok(!eventsB.some((e) => e.subjectId === taskA));
      assert.doesNotMatch(JSON.stringify(eventsB), /云阳/);
      const onA = (await auditorB.get(`/api/audit/events?subjectType=task&subjectId=${taskA}`)).body.data as Json[];
      assert.deepEqual(onA, []);
      // B's chain starts at 1 with its own creation; the sequence numbers are B's alone.
      const seqB = eventsB.map((e) => e.seq as number).sort((x, y) => x - y);
      assert.deepEqual(seqB, Array.from({ length: seqB.length }, (_, i) => i + 1));
      assert.equal(eventsB.find((e) => e.seq === 1)?.type, 'tenant.created');

      const eventsA = (await (await h.login('auditadmin')).get('/api/audit/events?limit=500')).body.data as Json[];
      assert.ok(!eventsA.some((e) => e.subjectId === taskB));
      assert.ok(eventsA.every((e) => !eventsB.some((x) => x.id === e.id)));

      await h.instance.checkpoint(A);
      await h.instance.checkpoint(B.id);
      const [vA, vB] = [await h.instance.verify(A), await h.instance.verify(B.id)];
      assert.equal(vA.ok, true, JSON.stringify(vA.firstProblem));
      assert.equal(vB.ok, true, JSON.stringify(vB.firstProblem));
      assert.notEqual(vA.lastHash, vB.lastHash);
      const verifiedByB = await auditorB.post('/api/audit/verify', {});
      assert.equal(verifiedByB.status, 200);
      assert.equal(verifiedByB.body.data.tenantId, B.id);
      assert.equal(verifiedByB.body.data.events, vB.events);
    });

    test("a session of tenant B stays in B even when a request names tenant A", async () => {
      const clerkB = await loginB(h, 'wumin');
      const r = await clerkB.get(`/api/tasks?tenantId=${A}`);
      assert.notEqual(r.status, 200, 'unknown query fields are refused, never honoured');
      const me = (await clerkB.get('/api/auth/me')).body.data;
      assert.match(JSON.stringify(me), /奉节/);
    });

    test("B's scheduler pass leaves A's tasks alone", async () => {
      h.clock.set('2025-11-05T02:00:00.000Z');
      try {
        // B has no system administrator; run B's pass as the scheduler would, by tenant.
        const r = await runScheduler(h.instance.deps, B.id);
        assert.equal(r.tenantId, B.id);
        assert.equal((await h.instance.deps.store.tasks.get(A, taskA))?.escalatedAt, null);
        assert.notEqual((await h.instance.deps.store.tasks.get(B.id, taskB))?.escalatedAt, null);
      } finally {
        h.clock.set('2025-11-03T01:00:00.000Z');
      }
    });
  });
}
