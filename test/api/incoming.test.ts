import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, testDatabases, type Client, type Harness, type Json } from '../support/harness.ts';

async function orgIndex(c: Client) {
  const org = (await c.get('/api/org')).body.data;
  const find = (code: string) => org.positions.find((p: Json) => p.code === code);
  return { pos: (code: string): string => find(code).id, body: (code: string): string => org.bodies.find((b: Json) => b.code === code).id };
}

const letter = (over: Json = {}) => ({
  fromName: '重庆市发展和改革委员会', theirNumber: '渝发改投〔2025〕1234号', kind: '通知', title: '关于做好2026年中央预算内投资项目储备工作的通知', urgency: '加急',
  body: '请各区县于11月20日前报送项目储备清单。', ...over,
});

for (const db of testDatabases()) {
  describe(`incoming documents (收文): 签收, 登记, 初审, 拟办, 批办, 承办, 传阅, 催办, 办结 [${db}]`, () => {
    let h: Harness;
    before(async () => {
      h = await startHarness(db, { at: '2025-11-03T01:00:00.000Z' });
    });
    after(() => h.close());

    test('art. 61: a letter marked 机密★5年 is refused at 签收 with the reason, and the refusal is audited', async () => {
      const wu = await h.login('wumin');
      const r = await wu.post('/api/incoming', letter({ title: '机密★5年 关于某事项的通知' }));
      assert.equal(r.status, 422);
      assert.ok(r.body.verdicts.some((v: Json) => v.rule === 'incoming.not-classified' && v.cites.includes('yunyang-2025:61')));
      const events = (await (await h.login('auditadmin')).get('/api/audit/events?limit=50')).body.data;
      assert.ok(events.some((e: Json) => e.type === 'incoming.classified-refused'));
    });

    test('a letter is received, registered with a 收文 number, accepted, proposed to the deputy in charge, instructed to a lead and a co-unit, chased and completed', async () => {
      const wu = await h.login('wumin');
      const { pos, body } = await orgIndex(wu);
      const received = await wu.post('/api/incoming', letter());
      assert.equal(received.status, 201, JSON.stringify(received.body));
      const id = received.body.data.id;
      assert.equal((await (await h.login('zhengwei')).post(`/api/incoming/${id}/register`, {})).status, 403, 'only the office registers');
      const reg = await wu.post(`/api/incoming/${id}/register`, {});
      assert.match(reg.body.data.registerNo, /^收文〔2025〕[1-9]\d*号$/);
      assert.equal((await wu.post(`/api/incoming/${id}/accept`, { note: '属县政府办理事项，格式规范' })).body.data.status, 'accepted');
      const proposed = await wu.post(`/api/incoming/${id}/propose`, { leaderPositionId: pos('deputy-1'), proposal: '拟请刘建华副县长阅批，由县发展改革委牵头办理' });
      assert.equal(proposed.body.data.status, 'instructing');
      const wrong = await (await h.login('wangxiaomei')).post(`/api/incoming/${id}/instruct`, { instruction: '同意', leadBodyId: body('fgw') });
      assert.equal(wrong.status, 404, 'another deputy does not even see it');
      const liu = await h.login('liujianhua');
      const noLead = await liu.post(`/api/incoming/${id}/instruct`, { instruction: '请发展改革委牵头办理' });
      assert.equal(noLead.status, 422);
      assert.ok(noLead.body.verdicts.some((v: Json) => v.rule === 'incoming.lead-unit-named'));
      const instructed = await liu.post(`/api/incoming/${id}/instruct`, { instruction: '请县发展改革委牵头，县财政局配合，按时报送', leadBodyId: body('fgw'), coBodyIds: [body('czj')] });
      assert.equal(instructed.status, 200, JSON.stringify(instructed.body));
      assert.equal(instructed.body.data.dueDate, '2025-11-10', '事不过周: 5 working days');
      const zheng = await h.login('zhengwei');
      assert.ok((await zheng.get('/api/tasks?status=open')).body.data.some((t: Json) => t.kind === 'incoming-handle' && t.sourceId === id), 'the lead unit has the 承办 待办');
      assert.equal((await wu.post(`/api/incoming/${id}/chase`, { note: '请于本周内报送' })).status, 200);
      assert.ok((await zheng.get('/api/notifications')).body.data.some((n: Json) => /催办/.test(n.message)));
      assert.equal((await (await h.login('huangzhigang')).post(`/api/incoming/${id}/complete`, { result: '已报送' })).status, 404);
      const done = await zheng.post(`/api/incoming/${id}/complete`, { result: '已于11月7日报送项目储备清单12个' });
      assert.equal(done.status, 200);
      assert.equal(done.body.data.status, 'done');
      const detail = (await wu.get(`/api/incoming/${id}`)).body.data;
      assert.deepEqual(detail.history.map((e: Json) => e.type), ['incoming.received', 'incoming.registered', 'incoming.accepted', 'incoming.proposed', 'incoming.instructed', 'incoming.chased', 'incoming.completed']);
      assert.equal(detail.incoming.instructedBy, '刘建华');
    });

    test('a letter for information circulates to the readers and is done when the last has read it', async () => {
      const wu = await h.login('wumin');
      const { pos } = await orgIndex(wu);
      const id = (await wu.post('/api/incoming', letter({ title: '重庆市人民政府办公厅关于2026年部分节假日安排的通知', urgency: '普通' }))).body.data.id;
      await wu.post(`/api/incoming/${id}/register`, {});
      await wu.post(`/api/incoming/${id}/accept`, {});
      const c = await wu.post(`/api/incoming/${id}/circulate`, { positionIds: [pos('county-head'), pos('exec-deputy')], note: '阅知' });
      assert.equal(c.body.data.status, 'circulating');
      assert.equal((await (await h.login('zhouminyuan')).post(`/api/incoming/${id}/read`, {})).body.data.status, 'circulating');
      const last = await (await h.login('chenlixin')).post(`/api/incoming/${id}/read`, {});
      assert.equal(last.body.data.status, 'done');
    });

    test('a letter not for the county government is returned to the sender with the reason', async () => {
      const wu = await h.login('wumin');
      const id = (await wu.post('/api/incoming', letter({ title: '关于某企业用地问题的来函' }))).body.data.id;
      await wu.post(`/api/incoming/${id}/register`, {});
      const r = await wu.post(`/api/incoming/${id}/return`, { reason: '属县规划自然资源局职权范围，请直接向该局行文' });
      assert.equal(r.body.data.status, 'returned');
    });

    test('art. 55: a submission on which departments disagreed cannot be instructed without the county government\'s decision', async () => {
      const { pos, body } = await orgIndex(await h.login('wumin'));
      const feng = await h.login('fengli');
      const doc = (await feng.post('/api/documents', {
        kind: '请示', issuer: 'department', title: '县发展改革委关于调整城区停车收费标准的请示', mainRecipients: ['云阳县人民政府'], body: '妥否，请批示。', disclosure: '主动公开', subjectBodyIds: [body('fgw'), body('sfj')],
      })).body.data;
      await feng.post(`/api/documents/${doc.id}/route`, {});
      await (await h.login('huangzhigang')).post(`/api/documents/${doc.id}/sign`, { opinion: '不同意：须先听证', agreed: false });
      await (await h.login('zhengwei')).post(`/api/documents/${doc.id}/sign`, { opinion: '同意报送', proposal: '我委认为应调整；县司法局认为须先听证；建议先听证再决定。' });
      const wu = await h.login('wumin');
      const arrived = (await wu.get('/api/incoming')).body.data.find((r: Json) => r.sourceDocumentId === doc.id);
      assert.ok(arrived, 'the submission arrives as 收文');
      assert.equal(arrived.disagreement, true);
      await wu.post(`/api/incoming/${arrived.id}/register`, {});
      await wu.post(`/api/incoming/${arrived.id}/accept`, {});
      await wu.post(`/api/incoming/${arrived.id}/propose`, { leaderPositionId: pos('deputy-1'), proposal: '部门有分歧，呈刘建华副县长决定' });
      const liu = await h.login('liujianhua');
      const vague = await liu.post(`/api/incoming/${arrived.id}/instruct`, { instruction: '已阅', leadBodyId: body('fgw') });
      assert.equal(vague.status, 422);
      assert.ok(vague.body.verdicts.some((v: Json) => v.rule === 'incoming.disagreement-decided' && v.cites.includes('yunyang-2025:55')));
      const decided = await liu.post(`/api/incoming/${arrived.id}/instruct`, { instruction: '同意先组织听证，由县发展改革委牵头、县司法局配合，听证后再报县政府', leadBodyId: body('fgw'), coBodyIds: [body('sfj')] });
      assert.equal(decided.status, 200, JSON.stringify(decided.body));
    });
  });
}
