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
