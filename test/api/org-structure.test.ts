import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, testDatabases, type Harness, type Json } from '../support/harness.ts';

for (const db of testDatabases()) {
  describe(`科室 and the bodies of art. 69 [${db}]`, () => {
    let h: Harness;
    let org: Json;
    const body = (code: string) => org.bodies.find((b: Json) => b.code === code);
    const pos = (code: string) => org.positions.find((p: Json) => p.code === code);
    before(async () => {
      h = await startHarness(db);
      org = (await (await h.login('liwenbo')).get('/api/org')).body.data;
    });
    after(() => h.close());

    test('the demo has 科室 inside their bodies, art. 69 bodies with their category, and duties', () => {
      assert.equal(body('office-msk').kind, 'unit');
      assert.equal(body('office-msk').parentId, body('office').id);
      assert.equal(body('office-msk').path, '县政府办公室 · 秘书科');
      assert.equal(body('office-msk').topBodyId, body('office').id);
      assert.equal(body('sjj-jjzr').path, '县审计局 · 经济责任审计科');
      assert.deepEqual([body('gyyq').kind, body('gyyq').agencyType], ['agency', 'dispatched']);
      assert.deepEqual([body('jgsw').kind, body('jgsw').agencyType], ['agency', 'institution']);
      assert.deepEqual(
        ['sjj', 'sfj', 'scjgj', 'xwb', 'dcs'].map((c) => body(c).duty),
        ['audit', 'justice', 'market-regulation', 'press', 'supervision'],
      );
      assert.equal(pos('office-msk-head').holders[0].name, '田雨');
      assert.equal(pos('sjj-head').holders[0].name, '谢芳');
    });

    test('the office adds a 科室 and a post in it; both are audited', async () => {
      const office = await h.login('liwenbo');
      const unit = await office.post('/api/org/bodies', { code: 'fgw-zhk', name: '综合科', kind: 'unit', parentId: body('fgw').id });
      assert.equal(unit.status, 201, JSON.stringify(unit.body));
      const post = await office.post('/api/org/positions', { code: 'fgw-zhk-head', title: '县发展改革委综合科科长', kind: 'unit-head', bodyId: unit.body.data.id });
      assert.equal(post.status, 201, JSON.stringify(post.body));
      const now = (await office.get('/api/org')).body.data;
      assert.equal(now.bodies.find((b: Json) => b.code === 'fgw-zhk').path, '县发展改革委 · 综合科');
      assert.equal(now.positions.find((p: Json) => p.code === 'fgw-zhk-head').bodyId, unit.body.data.id);
      const events = (await (await h.login('auditadmin')).get('/api/audit/events?limit=20')).body.data;
      const types = (events.events ?? events).map((e: Json) => e.type);
      assert.ok(types.includes('org.body-created') && types.includes('org.position-created'), types.join(','));
    });

    test('a 科室 without a parent, or inside an outside body, is refused naming the field', async () => {
      const office = await h.login('liwenbo');
      const orphan = await office.post('/api/org/bodies', { code: 'orphan-unit', name: '无主科', kind: 'unit' });
      assert.equal(orphan.status, 400);
      assert.equal(orphan.body.error.code, 'VALIDATION_FAILED');
      assert.match(orphan.body.error.message, /parentId/);
      const foreign = await office.post('/api/org/bodies', { code: 'rd-unit', name: '人大某科', kind: 'unit', parentId: body('rdcwh').id });
      assert.equal(foreign.status, 400);
      assert.match(foreign.body.error.message, /不是本级政府的机构/);
    });

    test('a duplicate code is a conflict; an unknown kind is bad input', async () => {
      const office = await h.login('liwenbo');
      const dup = await office.post('/api/org/bodies', { code: 'office-msk', name: '秘书二科', kind: 'unit', parentId: body('office').id });
      assert.equal(dup.status, 409);
      assert.equal(dup.body.error.code, 'CODE_TAKEN');
      const dupPost = await office.post('/api/org/positions', { code: 'county-head', title: '又一个县长', kind: 'county-head', bodyId: body('gov').id });
      assert.equal(dupPost.status, 409);
      assert.equal(dupPost.body.error.code, 'CODE_TAKEN');
      const kind = await office.post('/api/org/bodies', { code: 'x-body', name: '某机构', kind: 'committee', parentId: body('gov').id });
      assert.equal(kind.status, 400);
      assert.equal(kind.body.error.code, 'VALIDATION_FAILED');
      const postKind = await office.post('/api/org/positions', { code: 'x-post', title: '某岗位', kind: 'chief', bodyId: body('gov').id });
      assert.equal(postKind.status, 400);
    });

    test('an art. 69 body needs its category (第六十九条); with it, it is accepted citing the article', async () => {
      const office = await h.login('liwenbo');
      const bare = await office.post('/api/org/bodies', { code: 'zwfw', name: '县政务服务中心', kind: 'agency', parentId: body('gov').id });
      assert.equal(bare.status, 422);
      assert.equal(bare.body.verdicts[0].rule, 'org.agency-scope');
      assert.deepEqual(bare.body.verdicts[0].citeLabels, ['第六十九条']);
      const good = await office.post('/api/org/bodies', { code: 'zwfw', name: '县政务服务中心', kind: 'agency', agencyType: 'managed', parentId: body('gov').id });
      assert.equal(good.status, 201, JSON.stringify(good.body));
      assert.match(good.body.verdicts.find((v: Json) => v.rule === 'org.agency-scope').message, /^第六十九条：县政务服务中心为县政府部门管理机构，适用本规则/);
      const notAgency = await office.post('/api/org/bodies', { code: 'x-dept', name: '某局', kind: 'department', agencyType: 'other', parentId: body('gov').id });
      assert.equal(notAgency.status, 400);
    });

    test('a duty is held by one body: a second audit bureau is refused', async () => {
      const office = await h.login('liwenbo');
      const r = await office.post('/api/org/bodies', { code: 'sjj2', name: '第二审计局', kind: 'department', parentId: body('gov').id, duty: 'audit' });
      assert.equal(r.status, 400);
      assert.match(r.body.error.message, /已由县审计局承担/);
    });

    test('rename keeps the code and place; only org:edit may add or rename (not the audit administrator, not staff)', async () => {
      const sys = await h.login('sysadmin');
      const r = await sys.post(`/api/org/bodies/${body('office-zhk').id}/rename`, { name: '综合信息科' });
      assert.equal(r.status, 200, JSON.stringify(r.body));
      assert.deepEqual([r.body.data.from, r.body.data.to], ['综合科', '综合信息科']);
      const now = (await sys.get('/api/org')).body.data;
      assert.equal(now.bodies.find((b: Json) => b.code === 'office-zhk').path, '县政府办公室 · 综合信息科');
      const p = await sys.post(`/api/org/positions/${pos('office-zhk-head').id}/rename`, { name: '县政府办公室综合信息科科长' });
      assert.equal(p.status, 200);
      const body2 = { code: 'aud-unit', name: '某科', kind: 'unit', parentId: body('office').id };
      assert.equal((await (await h.login('auditadmin')).post('/api/org/bodies', body2)).status, 403);
      assert.equal((await (await h.login('fengli')).post('/api/org/bodies', body2)).status, 403);
      assert.equal((await (await h.login('auditadmin')).post(`/api/org/bodies/${body('office-zhk').id}/rename`, { name: '乱改' })).status, 403);
    });

    test('a 科室 cannot be a portfolio of its own: it is led with its body (art. 5)', async () => {
      const office = await h.login('liwenbo');
      const r = await office.post('/api/org/portfolios', { positionId: pos('deputy-2').id, bodyId: body('sfj-hfxsck').id, validFrom: '2025-11-10' });
      assert.equal(r.status, 400);
      assert.match(r.body.error.message, /科室随所在机构分管/);
    });

    test('CSV export lists 科室 with their body and art. 69 bodies with their category', async () => {
      const c = await h.login('wumin');
      const r = await h.app.inject({ method: 'GET', url: '/api/org/export.csv', headers: { cookie: c.cookie! } });
      assert.equal(r.statusCode, 200);
      assert.match(r.body, /县政府办公室 · 秘书科,内设机构（科室）,office-msk-head,县政府办公室秘书科科长（核稿人）,田雨,2025-10-26,/);
      assert.match(r.body, /云阳工业园区管委会,派出机构（第六十九条）,gyyq-head,云阳工业园区管委会主任,贺建军,2025-10-26,/);
      assert.match(r.body, /县机关事务服务中心,直属事业单位（第六十九条）,jgsw-head/);
    });
  });

  describe(`a 科室 is part of its body for leave (arts. 59, 69) [${db}]`, () => {
    let h: Harness;
    before(async () => {
      h = await startHarness(db);
    });
    after(() => h.close());

    test('the principal of an art. 69 body asks the leader in charge of it, like a department head (第五十九条、第六十九条)', async () => {
      const org = (await (await h.login('liwenbo')).get('/api/org')).body.data;
      const pos = (code: string) => org.positions.find((p: Json) => p.code === code);
      const he = await h.login('hejianjun');
      const trip = { kind: 'travel', fromAt: '2025-11-10T08:00:00+08:00', toAt: '2025-11-12T18:00:00+08:00', destination: '重庆', reason: '招商洽谈' };
      // A principal names who presides: refused without one, citing art. 59 — so art. 59 applies to him.
      const bare = await he.post('/api/leave', trip);
      assert.equal(bare.status, 422, JSON.stringify(bare.body));
      assert.ok(bare.body.verdicts.some((v: Json) => v.rule === 'leave.presiding-named' && v.outcome === 'block'));
      const r = await he.post('/api/leave', { ...trip, presidingPersonId: pos('jgsw-head').holders[0].personId });
      assert.equal(r.status, 201, JSON.stringify(r.body));
      assert.equal(r.body.data.approverPositionId, pos('deputy-1').id, 'the 副县长 whose portfolio covers the industrial park');
    });
  });
}
