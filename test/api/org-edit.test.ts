import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, testDatabases, type Harness, type Json } from '../support/harness.ts';

for (const db of testDatabases()) {
  describe(`editing the organisation: contradictions refused, 兼任 accepted (arts. 4, 5) [${db}]`, () => {
    let h: Harness;
    let org: Json;
    const pos = (code: string) => org.positions.find((p: Json) => p.code === code);
    before(async () => {
      h = await startHarness(db);
      org = (await (await h.login('liwenbo')).get('/api/org')).body.data;
    });
    after(() => h.close());

    test('a second 县长 at once is refused citing the rule; 兼任 of another post is accepted', async () => {
      const office = await h.login('liwenbo');
      const two = await office.post('/api/org/appointments', { personId: pos('exec-deputy').holders[0].personId, positionId: pos('county-head').id, validFrom: '2025-11-10' });
      assert.equal(two.status, 422);
      assert.ok(two.body.verdicts.some((v: Json) => v.rule === 'org.appointment-valid' && v.outcome === 'block'));
      const both = await office.post('/api/org/appointments', { personId: pos('office-clerk').holders[0].personId, positionId: pos('fgw-drafter').id, validFrom: '2025-11-10' });
      assert.equal(both.status, 201, JSON.stringify(both.body));
    });

    test('a B who is their own A is refused; a new B replaces the old from a date, keeping history', async () => {
      const office = await h.login('liwenbo');
      const self = await office.post('/api/org/ab-pairs', { aPositionId: pos('deputy-3').id, bPositionId: pos('deputy-3').id, validFrom: '2025-11-10' });
      assert.equal(self.status, 422);
      assert.ok(self.body.verdicts[0].cites.includes('yunyang-2025:5'));
      const changed = await office.post('/api/org/ab-pairs', { aPositionId: pos('deputy-3').id, bPositionId: pos('exec-deputy').id, validFrom: '2025-11-10' });
      assert.equal(changed.status, 201, JSON.stringify(changed.body));
      const before = (await office.get('/api/org?on=2025-11-09')).body.data.positions.find((p: Json) => p.code === 'deputy-3');
      const afterwards = (await office.get('/api/org?on=2025-11-10')).body.data.positions.find((p: Json) => p.code === 'deputy-3');
      assert.deepEqual(before.bPositionIds, [pos('party-member-1').id]);
      assert.deepEqual(afterwards.bPositionIds, [pos('exec-deputy').id]);
    });

    test('a department claimed by a second deputy at once is refused; a policy area may be added', async () => {
      const office = await h.login('liwenbo');
      const fgw = org.bodies.find((b: Json) => b.code === 'fgw');
      const clash = await office.post('/api/org/portfolios', { positionId: pos('deputy-2').id, bodyId: fgw.id, validFrom: '2025-11-10' });
      assert.equal(clash.status, 422);
      assert.match(clash.body.verdicts[0].message, /已由副县长（分管发展改革、统计）分管/);
      const area = await office.post('/api/org/portfolios', { positionId: pos('deputy-2').id, area: '应急管理', validFrom: '2025-11-10' });
      assert.equal(area.status, 201);
    });

    test('a 委托 to the same post is refused; a 委托 for a period changes who presides during it', async () => {
      const office = await h.login('liwenbo');
      const bad = await office.post('/api/org/delegations', { fromPositionId: pos('county-head').id, toPositionId: pos('county-head').id, scope: 'presiding', fromAt: '2025-11-20T08:00:00+08:00', toAt: '2025-11-21T18:00:00+08:00', reason: '出差' });
      assert.equal(bad.status, 422);
      const good = await office.post('/api/org/delegations', { fromPositionId: pos('county-head').id, toPositionId: pos('exec-deputy').id, scope: 'presiding', fromAt: '2025-11-20T08:00:00+08:00', toAt: '2025-11-21T18:00:00+08:00', reason: '县长赴市参会' });
      assert.equal(good.status, 201);
    });

    test('only the office and the system administrator edit the organisation; the audit administrator cannot', async () => {
      const body = { aPositionId: pos('deputy-1').id, bPositionId: pos('exec-deputy').id, validFrom: '2025-12-01' };
      assert.equal((await (await h.login('auditadmin')).post('/api/org/ab-pairs', body)).status, 403);
      assert.equal((await (await h.login('fengli')).post('/api/org/ab-pairs', body)).status, 403);
      assert.equal((await (await h.login('sysadmin')).post('/api/org/ab-pairs', body)).status, 201);
    });
  });
}

for (const db of testDatabases()) {
  describe(`organisation as a spreadsheet (CSV) [${db}]`, () => {
    let h: Harness;
    before(async () => {
      h = await startHarness(db);
    });
    after(() => h.close());

    test('export lists every post with its holder on a date', async () => {
      const c = await h.login('wumin');
      const r = await h.app.inject({ method: 'GET', url: '/api/org/export.csv', headers: { cookie: c.cookie! } });
      assert.equal(r.statusCode, 200);
      assert.match(r.headers['content-type'] as string, /text\/csv/);
      assert.ok(r.body.startsWith('\uFEFF机构,机构类别,岗位代码,岗位,人员,起始日,截止日'));
      assert.match(r.body, /县政府办公室,县政府办公室,office-clerk,县政府办公室秘书科工作人员,吴敏,2025-10-26,/);
    });

    test('an import with bad rows changes nothing and lists every problem; a clean one is applied and audited', async () => {
      const office = await h.login('liwenbo');
      const before = (await office.get('/api/org')).body.data;
      const bad = [
        '人员,岗位代码,起始日,截止日',
        '钱多多,fgw-drafter,2025-12-01,',
        '孙大圣,no-such-post,2025-12-01,',
        '赵四,county-head,2025-12-01,',
        '李五,tjj-head,2025/12/01,',
      ].join('\n');
      const r = await office.post('/api/org/import', { csv: bad });
      assert.equal(r.status, 422);
      assert.equal(r.body.error.code, 'IMPORT_INVALID');
      assert.deepEqual(r.body.error.problems.map((p: Json) => [p.line, p.field]), [[3, '岗位代码'], [4, '岗位代码'], [5, '起始日']]);
      assert.match(r.body.error.problems[1].message, /县长/);
      const unchanged = (await office.get('/api/org')).body.data;
      assert.equal(unchanged.positions.flatMap((p: Json) => p.holders).length, before.positions.flatMap((p: Json) => p.holders).length);

      const good = ['人员,岗位代码,起始日,截止日', '钱多多,fgw-drafter,2025-11-01,', '吴敏,tjj-head,2025-11-01,2025-12-31'].join('\n');
      const ok = await office.post('/api/org/import', { csv: good });
      assert.equal(ok.status, 201, JSON.stringify(ok.body));
      assert.deepEqual(ok.body.data, { newPeople: 1, appointments: 2 });
      const after = (await office.get('/api/org')).body.data;
      assert.deepEqual(after.positions.find((p: Json) => p.code === 'fgw-drafter').holders.map((x: Json) => x.name).sort(), ['冯丽', '钱多多']);
      assert.equal((await (await h.login('auditadmin')).post('/api/org/import', { csv: good })).status, 403);
    });
  });
}

test('a new AB角 replaces the old one even after the organisation was read and cached (art. 5)', async () => {
  const h = await startHarness('sqlite');
  try {
    const office = await h.login('liwenbo');
    const org = (await office.get('/api/org')).body.data;
    const pos = (code: string) => org.positions.find((p: Json) => p.code === code).id;
    // Reading who acts fills the organisation cache with the current pairs.
    assert.equal((await office.get(`/api/org/acting?positionId=${pos('deputy-3')}`)).status, 200);
    const r = await office.post('/api/org/ab-pairs', { aPositionId: pos('deputy-3'), bPositionId: pos('exec-deputy'), validFrom: '2025-11-10' });
    assert.equal(r.status, 201, JSON.stringify(r.body));
  } finally {
    await h.close();
  }
});
