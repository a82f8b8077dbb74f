import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { totpCode } from '../../src/adapters/crypto.ts';
import { initDeployment } from '../../src/services/platform/seed.ts';
import { PACKS, SEED_CALENDARS } from '../../src/packs/registry.ts';
import { startHarness, testDatabases, type Harness, type Json } from '../support/harness.ts';

/** A test-only calendar for 2027 (not an official notice): one holiday on a Monday. */
const FIXTURE_2027 = {
  year: 2027,
  source: '测试用数据（非官方通知）',
  weeklyRestDays: ['Saturday', 'Sunday'],
  weeklyRestSource: '国务院关于职工工作时间的规定 第七条',
  holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-04' }],
  makeUpWorkdays: [],
};

for (const db of testDatabases()) {
  describe(`calendar years [${db}]`, () => {
    let h: Harness;
    before(async () => {
      h = await startHarness(db, { at: '2026-12-21T02:00:00.000Z' });
    });
    after(() => h.close());

    test('a deadline beyond the loaded years is 暂定 and is recomputed, with an audit event, when the year is loaded', async () => {
      const office = await h.login('liwenbo');
      const org = (await office.get('/api/org')).body.data;
      const clerk = org.positions.find((p: Json) => p.code === 'office-clerk');
      // From Mon 2026-12-21, 10 working days: 22,23,24,25 | 28,29,30,31 | (2027) Fri 01-01, Mon 01-04 —
      // weekends only beyond 2026, so 2027-01-04, provisional.
      const created = await office.post('/api/tasks', { title: '跨年待办', ownerPositionId: clerk.id, period: { value: 10, unit: 'workday' } });
      assert.equal(created.status, 201);
      assert.equal(created.body.data.due.dueDate, '2027-01-04');
      assert.equal(created.body.data.due.provisional, true);

      const wumin = await h.login('wumin');
      assert.equal((await wumin.post('/api/calendar/years', FIXTURE_2027)).status, 403, 'only the system administrator loads calendars');

      const sys = await h.login('sysadmin');
      const loaded = await sys.post('/api/calendar/years', FIXTURE_2027);
      assert.equal(loaded.status, 201, JSON.stringify(loaded.body));
      assert.equal(loaded.body.data.outcome, 'inserted');
      // With 01-01…01-04 off, the 9th and 10th working days are Tue 01-05 and Wed 01-06.
      const change = loaded.body.data.recomputed.find((c: Json) => c.taskId === created.body.data.id);
      assert.deepEqual({ from: change.from, to: change.to, provisional: change.provisional }, { from: '2027-01-04', to: '2027-01-06', provisional: false });

      const task = await wumin.get(`/api/tasks/${created.body.data.id}`);
      assert.equal(task.body.data.due.dueDate, '2027-01-06');
      const years = await wumin.get('/api/calendar/years');
      assert.deepEqual(years.body.data.map((y: Json) => y.year), [2025, 2026, 2027]);

      const aud = await h.login('auditadmin');
      const events = await aud.get(`/api/audit/events?subjectType=task&subjectId=${created.body.data.id}`);
      assert.ok(events.body.data.some((e: Json) => e.type === 'deadline.recomputed' && e.payload.to === '2027-01-06'));
    });

    test('in the fourth quarter a missing next-year calendar is flagged, and the flag clears once it is loaded', async () => {
      const c = await h.login('wumin');
      const status = (await c.get('/api/calendar/status')).body.data;
      // This runs after 2027 was loaded above; 2026-12-21 is in Q4 and 2027 is present.
      assert.equal(status.reminder, null);
      h.clock.set('2027-10-08T02:00:00.000Z');
      const later = (await (await h.login('wumin')).get('/api/calendar/status')).body.data;
      h.clock.set('2026-12-21T02:00:00.000Z');
      assert.deepEqual(later.loadedYears, [2025, 2026, 2027]);
      assert.match(later.reminder, /2028年节假日安排尚未载入/);
    });

    test('a malformed calendar is refused naming the bad field', async () => {
      const sys = await h.login('sysadmin');
      const bad = await sys.post('/api/calendar/years', { ...FIXTURE_2027, holidays: [{ name: '元旦', from: '2027-01-05', to: '2027-01-01' }] });
      assert.equal(bad.status, 400);
      assert.equal(bad.body.error.code, 'CALENDAR_INVALID');
      assert.match(bad.body.error.message, /holidays\[0\]/);
    });

    test('the deadline calculator explains each day (7 working days from 2025-09-26 → 2025-10-13)', async () => {
      const c = await h.login('wumin');
      const r = await c.post('/api/deadlines/compute', { start: '2025-09-26', period: 7, unit: 'workday' });
      assert.equal(r.status, 200);
      assert.equal(r.body.data.dueDate, '2025-10-13');
      assert.equal(r.body.data.dueAt, '2025-10-13T16:00:00.000Z', 'ends at 24:00 Beijing time');
      const counted = r.body.data.explanation.filter((s: Json) => s.counted).map((s: Json) => s.date);
      assert.deepEqual(counted, ['2025-09-28', '2025-09-29', '2025-09-30', '2025-10-09', '2025-10-10', '2025-10-11', '2025-10-13']);
      const bad = await c.post('/api/deadlines/compute', { start: '2025-02-30', period: 0, unit: 'week' });
      assert.equal(bad.status, 400);
      assert.match(bad.body.error.message, /body\.period/);
      assert.match(bad.body.error.message, /body\.unit/);
    });
  });

  describe(`real deployment: one-time passwords and the second factor [${db}]`, () => {
    let h: Harness;
    let admins: { username: string; oneTimePassword: string }[] = [];
    before(async () => {
      h = await startHarness(db, { demo: false, seed: false });
      admins = (await initDeployment(h.instance.deps, { id: 'yunyang', name: '云阳县人民政府', packId: PACKS[0]!.pack.id }, SEED_CALENDARS)).admins;
    });
    after(() => h.close());

    test('init creates the three administrators with distinct one-time passwords', async () => {
      assert.deepEqual(admins.map((a) => a.username).sort(), ['auditadmin', 'secadmin', 'sysadmin']);
      assert.equal(new Set(admins.map((a) => a.oneTimePassword)).size, 3);
      const again = await initDeployment(h.instance.deps, { id: 'yunyang', name: '云阳县人民政府', packId: PACKS[0]!.pack.id }, SEED_CALENDARS);
      assert.equal(again.admins.length, 0, 'init is idempotent');
      assert.equal((await h.anonymous().post('/api/auth/login', { username: 'sysadmin', password: 'yunzheng-demo' })).status, 401, 'no demo password outside demo mode');
    });

    test('an administrator must change the one-time password, then enrol TOTP, before working', async () => {
      const otp = admins.find((a) => a.username === 'sysadmin')!.oneTimePassword;
      let c = await h.login('sysadmin', otp);
      const blocked = await c.post('/api/scheduler/run', {});
      assert.equal(blocked.status, 403);
      assert.equal(blocked.body.error.code, 'PASSWORD_CHANGE_REQUIRED');
      const weak = await c.post('/api/auth/password', { current: otp, next: 'short' });
      assert.equal(weak.status, 400);
      assert.match(weak.body.error.message, /next/);
      assert.equal((await c.post('/api/auth/password', { current: otp, next: 'Yunyang2025safe' })).status, 200);

      const needs2fa = await c.post('/api/scheduler/run', {});
      assert.equal(needs2fa.body.error.code, 'MFA_ENROLLMENT_REQUIRED');
      const begin = await c.post('/api/auth/totp/begin', {});
      assert.equal(begin.status, 200);
      assert.match(begin.body.data.uri, /^otpauth:\/\/totp\//);
      assert.equal((await c.post('/api/auth/totp/confirm', { code: '000000' === totpCode(begin.body.data.secret, h.clock.now()) ? '111111' : '000000' })).status, 400);
      assert.equal((await c.post('/api/auth/totp/confirm', { code: totpCode(begin.body.data.secret, h.clock.now()) })).status, 200);
      assert.equal((await c.post('/api/scheduler/run', {})).status, 200);

      await c.post('/api/auth/logout', {});
      const noCode = await h.anonymous().post('/api/auth/login', { username: 'sysadmin', password: 'Yunyang2025safe' });
      assert.equal(noCode.status, 401);
      assert.equal(noCode.body.error.code, 'MFA_REQUIRED');
      const withCode = await h.anonymous().post('/api/auth/login', { username: 'sysadmin', password: 'Yunyang2025safe', totp: totpCode(begin.body.data.secret, h.clock.now()) });
      assert.equal(withCode.status, 200);
      c = h.anonymous();
      assert.equal((await c.get('/api/tasks')).status, 401);
    });
  });
}
