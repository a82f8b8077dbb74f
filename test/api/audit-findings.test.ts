import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, testDatabases, type Harness, type Json } from '../support/harness.ts';

// The clock is fixed at Monday 2025-11-03 09:00 Beijing time.
const NEW_FINDING = {
  title: '专项资金拨付不及时',
  finding: '2025年产业发展专项资金1200万元中，有300万元滞留超过6个月未拨付项目单位。',
  requirement: '立即拨付滞留资金，建立专项资金拨付台账，并报送整改情况。',
  dueDate: '2025-12-31',
};

for (const db of testDatabases()) {
  describe(`audit findings and rectification (arts. 9, 35) [${db}]`, () => {
    let h: Harness;
    let org: Json;
    let findingId: string;
    const body = (code: string) => org.bodies.find((b: Json) => b.code === code);
    before(async () => {
      h = await startHarness(db);
      org = (await (await h.login('liwenbo')).get('/api/org')).body.data;
    });
    after(() => h.close());

    test('第九条、第三十五条: the audit bureau head records a finding; the audited principal gets a 待办 due on the date set', async () => {
      const xie = await h.login('xiefang');
      const r = await xie.post('/api/audit-findings', { ...NEW_FINDING, auditedBodyId: body('fgw').id });
      assert.equal(r.status, 201, JSON.stringify(r.body));
      findingId = r.body.data.id;
      assert.equal(r.body.data.status, 'rectifying');
      const rules = r.body.verdicts.map((v: Json) => [v.rule, v.outcome]);
      assert.deepEqual(rules, [['pack.in-force', 'allow'], ['audit.independent', 'allow'], ['audit.rectification-owed', 'allow']]);
      assert.deepEqual(r.body.verdicts[2].citeLabels, ['第三十五条']);
      const tasks = (await (await h.login('zhengwei')).get('/api/tasks')).body.data;
      const task = tasks.find((t: Json) => t.sourceId === findingId);
      assert.ok(task, 'the 县发展改革委主任 has the rectification 待办');
      assert.equal(task.title, '整改审计发现的问题并报告：专项资金拨付不及时');
      assert.equal(task.due.dueDate, '2025-12-31');
    });

    test('staff of the bureau\'s 科室 record findings too; an art. 69 body can be audited', async () => {
      const zhong = await h.login('zhongxiaolan');
      const r = await zhong.post('/api/audit-findings', { ...NEW_FINDING, title: '园区招商奖励兑现不规范', auditedBodyId: body('gyyq').id });
      assert.equal(r.status, 201, JSON.stringify(r.body));
      const he = (await (await h.login('hejianjun')).get('/api/tasks')).body.data;
      assert.ok(he.some((t: Json) => t.sourceId === r.body.data.id));
    });

    test('bad input: a past due date, a 科室 or an outside body as the audited body, unknown fields', async () => {
      const xie = await h.login('xiefang');
      const past = await xie.post('/api/audit-findings', { ...NEW_FINDING, auditedBodyId: body('fgw').id, dueDate: '2025-11-03' });
      assert.equal(past.status, 400);
      assert.match(past.body.error.message, /dueDate/);
      for (const code of ['office-msk', 'rdcwh', 'sjj']) {
        const r = await xie.post('/api/audit-findings', { ...NEW_FINDING, auditedBodyId: body(code).id });
        assert.equal(r.status, 400, code);
        assert.deepEqual(r.body.error.fields, ['auditedBodyId']);
      }
      const extra = await xie.post('/api/audit-findings', { ...NEW_FINDING, auditedBodyId: body('fgw').id, status: 'rectified' });
      assert.equal(extra.status, 400);
    });

    test('第九条: nobody outside the audit bureau records a finding — not the office, a department, the sysadmin or the audit administrator', async () => {
      for (const who of ['liwenbo', 'huangzhigang', 'zhouminyuan', 'sysadmin', 'auditadmin']) {
        const r = await (await h.login(who)).post('/api/audit-findings', { ...NEW_FINDING, auditedBodyId: body('fgw').id });
        assert.equal(r.status, 422, who);
        assert.equal(r.body.error.code, 'RULE_BLOCKED');
        assert.equal(r.body.verdicts[0].rule, 'audit.independent');
        assert.deepEqual(r.body.verdicts[0].citeLabels, ['第九条']);
        assert.match(r.body.error.message, /独立行使审计监督职能，不受其他行政机关、社会团体和个人的干涉/);
      }
    });

    test('who sees what: the bureau, county leaders and the office see all; the audited body its own; others none', async () => {
      const count = async (who: string) => {
        const r = await (await h.login(who)).get('/api/audit-findings');
        assert.equal(r.status, 200, who);
        return r.body.data.items.map((f: Json) => f.title).sort();
      };
      const all = ['专项资金拨付不及时', '园区招商奖励兑现不规范'];
      for (const who of ['xiefang', 'zhongxiaolan', 'liwenbo', 'wumin', 'chenlixin', 'zhouminyuan']) assert.deepEqual(await count(who), all, who);
      assert.deepEqual(await count('zhengwei'), ['专项资金拨付不及时']);
      assert.deepEqual(await count('fengli'), ['专项资金拨付不及时'], 'staff of the audited body see their body\'s findings');
      assert.deepEqual(await count('hejianjun'), ['园区招商奖励兑现不规范']);
      assert.deepEqual(await count('huangzhigang'), []);
      const other = await (await h.login('huangzhigang')).get(`/api/audit-findings/${findingId}`);
      assert.equal(other.status, 404);
      assert.equal(other.body.error.code, 'FINDING_NOT_FOUND');
      assert.equal((await (await h.login('auditadmin')).get('/api/audit-findings')).status, 403);
      assert.equal((await (await h.login('sysadmin')).get('/api/audit-findings')).status, 403);
      const filtered = (await (await h.login('liwenbo')).get(`/api/audit-findings?auditedBodyId=${body('gyyq').id}`)).body.data.items;
      assert.deepEqual(filtered.map((f: Json) => f.title), ['园区招商奖励兑现不规范']);
      const zheng = (await (await h.login('zhengwei')).get(`/api/audit-findings?auditedBodyId=${body('gyyq').id}`)).body.data.items;
      assert.deepEqual(zheng, [], 'a filter does not widen what one may see');
    });

    test('第三十五条: the audited body reports; its 待办 is done; another department cannot report for it', async () => {
      const stranger = await (await h.login('huangzhigang')).post(`/api/audit-findings/${findingId}/reports`, { text: '代为报送', reportDate: '2025-11-03' });
      assert.equal(stranger.status, 422);
      assert.deepEqual(stranger.body.verdicts[0].citeLabels, ['第三十五条']);
      const zheng = await h.login('zhengwei');
      const r = await zheng.post(`/api/audit-findings/${findingId}/reports`, { text: '已拨付滞留资金300万元，建立拨付台账。', reportDate: '2025-11-03' });
      assert.equal(r.status, 201, JSON.stringify(r.body));
      assert.equal(r.body.data.status, 'reported');
      const mine = (await zheng.get('/api/tasks')).body.data.filter((t: Json) => t.sourceId === findingId);
      assert.deepEqual(mine.map((t: Json) => t.status), ['done'], 'the 待办 is answered by the report');
    });

    test('第九条: the audited body, another department, the office, a county leader, the sysadmin and the audit administrator cannot change the finding or its status', async () => {
      const attempts: [string, unknown][] = [
        ['conclusion', { result: 'rectified', note: '我们已整改完毕' }],
        ['amend', { requirement: '只需报送情况即可', note: '要求过严' }],
        ['follow-ups', { requirement: '再议', dueDate: '2026-01-31' }],
      ];
      for (const who of ['zhengwei', 'huangzhigang', 'liwenbo', 'zhouminyuan', 'sysadmin', 'auditadmin']) {
        const c = await h.login(who);
        for (const [path, payload] of attempts) {
          const r = await c.post(`/api/audit-findings/${findingId}/${path}`, payload);
          assert.equal(r.status, 422, `${who} ${path}`);
          assert.equal(r.body.verdicts[0].rule, 'audit.independent');
          assert.match(r.body.verdicts[0].message, /^第九条：县审计局在县长和市审计局的双重领导下依法独立行使审计监督职能/);
        }
      }
      const detail = (await (await h.login('xiefang')).get(`/api/audit-findings/${findingId}`)).body.data;
      assert.equal(detail.status, 'reported', 'nothing changed');
      assert.equal(detail.requirement, NEW_FINDING.requirement);
      const events = (await (await h.login('auditadmin')).get('/api/audit/events?subjectType=audit-finding&limit=200')).body.data;
      const refused = events.filter((e: Json) => e.type === 'action.refused' && e.subjectId === findingId && e.verdicts[0].rule === 'audit.independent');
      assert.equal(refused.length, 18, 'every attempt is on the record');
    });

    test('the bureau finds it 未整改到位, follows up with a new due date, amends the text keeping the old; history shows every step', async () => {
      const xie = await h.login('xiefang');
      const not = await xie.post(`/api/audit-findings/${findingId}/conclusion`, { result: 'not-rectified', note: '台账未覆盖全部项目' });
      assert.equal(not.status, 200, JSON.stringify(not.body));
      assert.equal(not.body.data.status, 'not-rectified');
      const follow = await xie.post(`/api/audit-findings/${findingId}/follow-ups`, { requirement: '补齐全部项目的拨付台账', dueDate: '2026-01-30' });
      assert.equal(follow.status, 201, JSON.stringify(follow.body));
      assert.equal(follow.body.data.status, 'rectifying');
      assert.equal(follow.body.data.dueDate, '2026-01-30');
      const tasks = (await (await h.login('zhengwei')).get('/api/tasks')).body.data.filter((t: Json) => t.sourceId === findingId && t.status === 'open');
      assert.equal(tasks.length, 1);
      assert.equal(tasks[0].due.dueDate, '2026-01-30');
      const zhong = await h.login('zhongxiaolan');
      const amend = await zhong.post(`/api/audit-findings/${findingId}/amend`, { title: '产业发展专项资金拨付不及时', note: '标题补全资金名称' });
      assert.equal(amend.status, 200, JSON.stringify(amend.body));
      const d = (await (await h.login('liwenbo')).get(`/api/audit-findings/${findingId}`)).body.data;
      assert.equal(d.title, '产业发展专项资金拨付不及时');
      assert.deepEqual(d.history.map((e: Json) => e.kind), ['recorded', 'report', 'not-rectified', 'follow-up', 'amended']);
      assert.deepEqual(d.history[4].previous, { title: '专项资金拨付不及时' });
      assert.equal(d.history[1].personName, '郑伟');
      assert.equal(d.history[1].positionTitle, '县发展改革委主任');
      assert.equal(d.history[4].positionTitle, '县审计局经济责任审计科审计员');
      assert.deepEqual(d.abilities, { report: false, 'mark-rectified': false, 'mark-not-rectified': false, 'follow-up': false, amend: false }, 'the office only reads');
      const done = await xie.post(`/api/audit-findings/${findingId}/conclusion`, { result: 'rectified', note: '经复查，已整改到位' });
      assert.equal(done.body.data.status, 'rectified');
      const again = await (await h.login('zhengwei')).post(`/api/audit-findings/${findingId}/reports`, { text: '补充', reportDate: '2025-11-03' });
      assert.equal(again.status, 409);
      const types = (await (await h.login('auditadmin')).get(`/api/audit/events?subjectType=audit-finding&subjectId=${findingId}`)).body.data.map((e: Json) => e.type);
      for (const t of ['audit-finding.recorded', 'audit-finding.reported', 'audit-finding.concluded', 'audit-finding.followed-up', 'audit-finding.amended']) assert.ok(types.includes(t), t);
    });

    test('nothing is deleted: the database refuses to delete a finding or to rewrite its history', async () => {
      const dbh = h.instance.database.db;
      await assert.rejects(dbh.deleteFrom('audit_findings').where('id', '=', findingId).execute());
      await assert.rejects(dbh.updateTable('audit_finding_entries').set({ text: '改写' }).where('finding_id', '=', findingId).execute());
      await assert.rejects(dbh.deleteFrom('audit_finding_entries').where('finding_id', '=', findingId).execute());
      const d = (await (await h.login('xiefang')).get(`/api/audit-findings/${findingId}`)).body.data;
      assert.equal(d.history.length, 6);
    });
  });

  describe(`a rectification 待办 reaches whoever acts for the principal (arts. 5, 35, 59) [${db}]`, () => {
    let h: Harness;
    before(async () => {
      h = await startHarness(db);
    });
    after(() => h.close());

    test('while the 县发展改革委主任 is away, the person presiding gets the 待办 and reports from his own post in the body', async () => {
      const org = (await (await h.login('liwenbo')).get('/api/org')).body.data;
      const fgw = org.bodies.find((b: Json) => b.code === 'fgw');
      const jiangId = org.positions.find((p: Json) => p.code === 'fgw-deputy').holders[0].personId;
      const recorded = await (await h.login('xiefang')).post('/api/audit-findings', { ...NEW_FINDING, auditedBodyId: fgw.id });
      assert.equal(recorded.status, 201);
      const leave = await (await h.login('zhengwei')).post('/api/leave', {
        kind: 'travel', fromAt: '2025-11-06T08:00:00+08:00', toAt: '2025-11-07T18:00:00+08:00', destination: '成都市', reason: '学习考察', presidingPersonId: jiangId,
      });
      assert.equal(leave.status, 201, JSON.stringify(leave.body));
      // A principal's leave reaches the county leader through the office (art. 59).
      assert.equal((await (await h.login('liwenbo')).post(`/api/leave/${leave.body.data.id}/forward`, {})).status, 200);
      assert.equal((await (await h.login('liujianhua')).post(`/api/leave/${leave.body.data.id}/approve`, {})).status, 200);
      h.clock.set('2025-11-06T02:00:00.000Z');
      const jiang = await h.login('jiangtao');
      const tasks = (await jiang.get('/api/tasks')).body.data;
      assert.ok(tasks.some((t: Json) => t.sourceId === recorded.body.data.id), 'the 待办 reaches the presiding deputy');
      const r = await jiang.post(`/api/audit-findings/${recorded.body.data.id}/reports`, { text: '已拨付滞留资金。', reportDate: '2025-11-06' });
      assert.equal(r.status, 201, JSON.stringify(r.body));
      const d = (await (await h.login('xiefang')).get(`/api/audit-findings/${recorded.body.data.id}`)).body.data;
      assert.equal(d.history[1].personName, '蒋涛');
      assert.equal(d.history[1].positionTitle, '县发展改革委副主任', 'his own post in the audited body comes first');
    });
  });
}
