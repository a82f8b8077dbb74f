import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServer } from '../../src/http/server.ts';
import { ERROR_CATALOGUE } from '../../src/http/errors.ts';
import { startHarness, testDatabases, type Harness, type Json } from '../support/harness.ts';

for (const db of testDatabases()) {
  describe(`platform API [${db}]`, () => {
    let h: Harness;
    before(async () => {
      h = await startHarness(db);
    });
    after(() => h.close());

    test('health answers 200 and names the database', async () => {
      const r = await h.anonymous().get('/api/health');
      assert.equal(r.status, 200);
      assert.equal(r.body.data.database, db);
    });

    test('the OpenAPI document lists every route operation', async () => {
      const r = await h.anonymous().get('/api/openapi.json');
      assert.equal(r.status, 200);
      const ops = Object.values(r.body.paths as Record<string, Record<string, { operationId?: string }>>).flatMap((m) => Object.values(m).map((o) => o.operationId));
      for (const id of ['login', 'listMyTasks', 'completeTask', 'computeDeadline', 'listArticles', 'verifyAudit']) assert.ok(ops.includes(id), id);
    });

    test('every route declares a permission (default deny)', () => {
      const undeclared = h.app.routeTable.filter((r) => r.url.startsWith('/api/') && !r.permission);
      assert.deepEqual(undeclared, []);
      assert.ok(h.app.routeTable.length > 15);
    });

    test('a protected route refuses an anonymous caller', async () => {
      const r = await h.anonymous().get('/api/tasks');
      assert.equal(r.status, 401);
      assert.equal(r.body.error.code, 'UNAUTHENTICATED');
    });

    test('bad login input is named field by field, unknown fields rejected', async () => {
      const a = await h.anonymous().post('/api/auth/login', { username: 'wumin' });
      assert.equal(a.status, 400);
      assert.match(a.body.error.message, /body\.password/);
      const b = await h.anonymous().post('/api/auth/login', { username: 'wumin', password: 'x', role: 'admin' });
      assert.equal(b.status, 400);
      assert.equal(b.body.error.code, 'UNKNOWN_FIELD');
      assert.match(b.body.error.message, /body\.role/);
    });

    test('a change without the CSRF token is refused', async () => {
      const c = await h.login('wumin');
      const r = await h.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: c.cookie! }, payload: {} });
      assert.equal(r.statusCode, 403);
      assert.equal((JSON.parse(r.body)).error.code, 'CSRF_FAILED');
    });

    test('a task reaches the holder of its position, who completes it; another person cannot (arts. 5, 40)', async () => {
      const office = await h.login('liwenbo');
      const org = (await office.get('/api/org')).body.data;
      const clerk = org.positions.find((p: Json) => p.code === 'office-clerk');
      const created = await office.post('/api/tasks', { title: '核对来文', ownerPositionId: clerk.id, period: { value: 1, unit: 'workday' } });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      // 2025-11-03 (Mon) + 1 working day → 2025-11-04
      assert.equal(created.body.data.due.dueDate, '2025-11-04');
      const id = created.body.data.id;

      const other = await h.login('fengli');
      const refused = await other.post(`/api/tasks/${id}/complete`, { note: '试图代办' });
      assert.equal(refused.status, 422);
      assert.equal(refused.body.error.code, 'RULE_BLOCKED');
      assert.ok(refused.body.verdicts.some((v: Json) => v.outcome === 'block' && v.cites.includes('yunyang-2025:5')));

      const wumin = await h.login('wumin');
      const mine = await wumin.get('/api/tasks?status=open');
      assert.ok(mine.body.data.some((t: Json) => t.id === id && t.abilities.complete === true));
      const done = await wumin.post(`/api/tasks/${id}/complete`, { note: '已核对' });
      assert.equal(done.status, 200);
      assert.equal(done.body.data.status, 'done');
      assert.ok(done.body.verdicts.some((v: Json) => v.rule === 'task.overdue-completion' && v.outcome === 'allow'));
      const again = await wumin.post(`/api/tasks/${id}/complete`, {});
      assert.equal(again.status, 409);
    });

    test('a late completion is allowed with a warning citing art. 40, and the scheduler escalates overdue tasks once', async () => {
      const office = await h.login('liwenbo');
      const org = (await office.get('/api/org')).body.data;
      const clerk = org.positions.find((p: Json) => p.code === 'office-clerk');
      const id = (await office.post('/api/tasks', { title: '答复来函', ownerPositionId: clerk.id, period: { value: 1, unit: 'workday' } })).body.data.id;
      h.clock.set('2025-11-05T02:00:00.000Z'); // past 2025-11-04 24:00 Beijing time
      const sys = await h.login('sysadmin');
      const run1 = await sys.post('/api/scheduler/run', {});
      assert.equal(run1.status, 200);
      assert.ok(run1.body.data.escalated >= 1);
      const run2 = await sys.post('/api/scheduler/run', {});
      assert.equal(run2.body.data.escalated, 0, 'a second pass escalates nothing again');
      const wumin = await h.login('wumin');
      const notes = (await wumin.get('/api/notifications')).body.data.filter((n: Json) => n.taskId === id);
      assert.deepEqual(notes.map((n: Json) => n.kind), ['escalation']);
      assert.match(notes[0].message, /第四十条/);
      const director = (await (await h.login('liwenbo')).get('/api/notifications')).body.data.filter((n: Json) => n.taskId === id);
      assert.deepEqual(director.map((n: Json) => n.kind), ['escalation-office'], 'the office director is told too');
      const done = await wumin.post(`/api/tasks/${id}/complete`, {});
      assert.equal(done.status, 200);
      assert.deepEqual((await wumin.get('/api/notifications')).body.data.filter((n: Json) => n.taskId === id), [], 'notices of done work are no longer shown');
      const warn = done.body.verdicts.find((v: Json) => v.outcome === 'warn');
      assert.ok(warn.cites.includes('yunyang-2025:40'));
      h.clock.set('2025-11-03T01:00:00.000Z');
    });

    test('the scheduler reminds the owner one working day ahead, once', async () => {
      const office = await h.login('liwenbo');
      const org = (await office.get('/api/org')).body.data;
      const clerk = org.positions.find((p: Json) => p.code === 'office-clerk');
      // Mon 2025-11-03 + 2 working days → Wed 2025-11-05.
      const id = (await office.post('/api/tasks', { title: '准备会议材料', ownerPositionId: clerk.id, period: { value: 2, unit: 'workday' } })).body.data.id;
      const sys = await h.login('sysadmin');
      await sys.post('/api/scheduler/run', {});
      const wumin = await h.login('wumin');
      const mine = async () => (await wumin.get('/api/notifications')).body.data.filter((n: Json) => n.taskId === id).map((n: Json) => n.kind);
      assert.deepEqual(await mine(), [], 'two working days ahead: no reminder yet');
      h.clock.set('2025-11-04T01:05:00.000Z');
      const sys2 = await h.login('sysadmin');
      assert.ok((await sys2.post('/api/scheduler/run', {})).body.data.reminded >= 1);
      assert.equal((await sys2.post('/api/scheduler/run', {})).body.data.reminded, 0);
      const wumin2 = await h.login('wumin');
      const kinds = (await wumin2.get('/api/notifications')).body.data.filter((n: Json) => n.taskId === id).map((n: Json) => n.kind);
      h.clock.set('2025-11-03T01:00:00.000Z');
      assert.deepEqual(kinds, ['reminder']);
    });

    test('actions dated before the rules took effect are refused citing art. 71', async () => {
      const c = await h.login('wumin');
      h.clock.set('2025-10-25T08:00:00.000Z'); // 2025-10-25 16:00 Beijing time
      const r = await c.get('/api/tasks');
      h.clock.set('2025-11-03T01:00:00.000Z');
      assert.equal(r.status, 422);
      assert.equal(r.body.error.code, 'PACK_NOT_IN_FORCE');
      assert.ok(r.body.verdicts[0].cites.includes('yunyang-2025:71'));
    });

    test('the three administrators cannot do one another\'s work', async () => {
      const sys = await h.login('sysadmin');
      const sec = await h.login('secadmin');
      const aud = await h.login('auditadmin');
      assert.equal((await sys.post('/api/audit/verify', {})).status, 403);
      assert.equal((await sec.post('/api/scheduler/run', {})).status, 403);
      assert.equal((await aud.post('/api/scheduler/run', {})).status, 403);
      assert.equal((await aud.get('/api/tasks')).status, 403);
      const v = await aud.post('/api/audit/verify', {});
      assert.equal(v.status, 200);
      assert.equal(v.body.data.ok, true);
    });

    test('five failed logins in 15 minutes lock the account', async () => {
      const anon = h.anonymous();
      for (let i = 0; i < 5; i++) assert.equal((await anon.post('/api/auth/login', { username: 'zhengwei', password: 'wrong' })).status, 401);
      const locked = await anon.post('/api/auth/login', { username: 'zhengwei', password: 'yunzheng-demo' });
      assert.equal(locked.status, 423);
      h.clock.set('2025-11-03T01:16:00.000Z');
      const later = await anon.post('/api/auth/login', { username: 'zhengwei', password: 'yunzheng-demo' });
      h.clock.set('2025-11-03T01:00:00.000Z');
      assert.equal(later.status, 200);
    });

    test('a session idle for more than 30 minutes expires', async () => {
      const c = await h.login('wumin');
      h.clock.set('2025-11-03T01:31:00.000Z');
      const r = await c.get('/api/tasks');
      h.clock.set('2025-11-03T01:00:00.000Z');
      assert.equal(r.status, 401);
      assert.equal(r.body.error.code, 'SESSION_EXPIRED');
    });
  });
}

test('the error catalogue and docs/errors.md list the same codes', () => {
  const doc = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
  const documented = new Set([...doc.matchAll(/^\| `([A-Z_]+)` \| (\d{3}) \|/gm)].map((m) => `${m[1]}:${m[2]}`));
  const coded = new Set(Object.entries(ERROR_CATALOGUE).map(([k, v]) => `${k}:${v.status}`));
  assert.deepEqual([...documented].sort(), [...coded].sort());
});

for (const db of testDatabases()) {
  describe(`task visibility [${db}]`, () => {
    let h: Harness;
    before(async () => {
      h = await startHarness(db);
    });
    after(() => h.close());

    test('a task is visible to its owner and the office, and not found for anyone else', async () => {
      const office = await h.login('liwenbo');
      const org = (await office.get('/api/org')).body.data;
      const fgw = org.positions.find((p: Json) => p.code === 'fgw-head');
      const id = (await office.post('/api/tasks', { title: '报送材料', ownerPositionId: fgw.id })).body.data.id;
      assert.equal((await (await h.login('zhengwei')).get(`/api/tasks/${id}`)).status, 200);
      assert.equal((await (await h.login('wumin')).get(`/api/tasks/${id}`)).status, 200);
      const stranger = await (await h.login('huangzhigang')).get(`/api/tasks/${id}`);
      assert.equal(stranger.status, 404);
      assert.equal(stranger.body.error.code, 'TASK_NOT_FOUND');
    });

    test('the office withdraws a task with a reason; a withdrawn task cannot be completed', async () => {
      const office = await h.login('liwenbo');
      const org = (await office.get('/api/org')).body.data;
      const fgw = org.positions.find((p: Json) => p.code === 'fgw-head');
      const id = (await office.post('/api/tasks', { title: '重复交办', ownerPositionId: fgw.id })).body.data.id;
      assert.equal((await office.post(`/api/tasks/${id}/cancel`, {})).status, 400, 'a reason is required');
      const r = await office.post(`/api/tasks/${id}/cancel`, { reason: '与另一待办重复' });
      assert.equal(r.status, 200);
      assert.equal(r.body.data.status, 'cancelled');
      assert.equal((await (await h.login('zhengwei')).post(`/api/tasks/${id}/complete`, {})).status, 409);
      assert.equal((await (await h.login('zhengwei')).post(`/api/tasks/${id}/cancel`, { reason: '不想办' })).status, 403, 'staff cannot withdraw');
    });
  });
}

test('the staff application answers any page address; unknown API addresses stay JSON 404s; demo logins only in demo mode', async () => {
  const web = mkdtempSync(join(tmpdir(), 'yz-web-'));
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>云政</title>');
  const h = await startHarness('sqlite');
  const instance = h.instance;
  const app = await buildServer({ deps: instance.deps, audit: { verify: (t) => instance.verify(t), checkpoint: (t) => instance.checkpoint(t) }, webDir: web });
  try {
    for (const url of ['/', '/workbench', '/law/20', '/no/such/page']) {
      const r = await app.inject({ method: 'GET', url });
      assert.equal(r.statusCode, 200, url);
      assert.match(r.body, /<title>云政<\/title>/, url);
    }
    const api = await app.inject({ method: 'GET', url: '/api/no-such' });
    assert.equal(api.statusCode, 404);
    assert.equal((JSON.parse(api.body)).error.code, 'NOT_FOUND');
    const meta = JSON.parse((await app.inject({ method: 'GET', url: '/api/meta' })).body);
    assert.ok(meta.data.demoAccounts.accounts.some((a: Json) => a.username === 'wumin' && /吴敏/.test(a.who)));
  } finally {
    await app.close();
    await h.close();
  }
  const real = await startHarness('sqlite', { demo: false, seed: false });
  try {
    const meta = await real.anonymous().get('/api/meta');
    assert.equal(meta.body.data.demoAccounts, null);
  } finally {
    await real.close();
  }
});

test('verdicts and deadline sources carry Chinese labels beside their citation ids', async () => {
  const h = await startHarness('sqlite');
  try {
    const c = await h.login('wumin');
    const d = await c.post('/api/deadlines/compute', { start: '2025-09-23', period: 15, unit: 'day' });
    assert.equal(d.status, 200);
    assert.equal(d.body.data.sourceLabel, '《民法典》第二百零一条、第二百零三条第一款、第二百零三条第二款');
    h.clock.set('2025-10-25T08:00:00.000Z');
    const refused = await c.get('/api/tasks');
    assert.deepEqual(refused.body.verdicts[0].citeLabels, ['第七十一条']);
  } finally {
    await h.close();
  }
});
