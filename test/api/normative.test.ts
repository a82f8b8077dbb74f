import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, testDatabases, type Client, type Harness, type Json } from '../support/harness.ts';

// Monday 2025-11-03 09:00 Beijing time.
const T0 = '2025-11-03T01:00:00.000Z';
const bj = (local: string) => new Date(`${local}+08:00`).toISOString();

const DRAFT = {
  text: '第一条 为规范城区公共停车场管理，制定本办法。\n第二条 公共停车场经营者应当公示收费标准。\n第三条 违反本办法规定的，由县城市管理局处以罚款。',
  explanation: '一、起草背景：城区停车泊位供给不足，管理不规范。二、主要内容：明确经营者义务和监督管理。',
  necessity: '城区停车矛盾突出，现行管理依据分散，群众反映强烈，有必要统一规范。',
  feasibility: '上位法依据充分，已有停车设施普查数据，有关部门已协商一致，具备实施条件。',
};
const ALL_ITEMS = ['report', 'text', 'explanation', 'basis', 'publication', 'paper-copies', 'electronic'];

for (const db of testDatabases()) {
  describe(`normative documents (arts. 18–21, 24, 34) [${db}]`, () => {
    let h: Harness;
    const as = async (user: string, local?: string) => {
      if (local) h.clock.set(bj(local));
      return h.login(user);
    };
    let bodies: Json[];
    let positions: Json[];
    const body = (code: string) => bodies.find((b) => b.code === code).id;
    const status = async (c: Client, id: string) => (await c.get(`/api/normative/${id}`)).body.data.status;
    const auditTypes = async (id: string) =>
      (await h.instance.deps.store.audit.list(h.instance.deps.settings.defaultTenantId, { subjectType: 'normative', subjectId: id, limit: 100 })).map((e) => e.type);
    const refused = (r: { status: number; body: Json }, cite: string, rule?: string) => {
      assert.equal(r.status, 422, JSON.stringify(r.body));
      assert.ok(r.body.verdicts.some((v: Json) => v.outcome === 'block' && v.cites.includes(cite) && (rule === undefined || v.rule === rule)), JSON.stringify(r.body.verdicts));
    };

    before(async () => {
      h = await startHarness(db, { at: T0 });
      const org = (await (await h.login('liwenbo')).get('/api/org')).body.data;
      bodies = org.bodies;
      positions = org.positions;
    });
    after(() => h.close());

    test('第十九条: 立项 designates one lead drafter and co-drafters; a lead also listed as co-drafter, or a 科室, is refused; only the office records it', async () => {
      const li = await as('liwenbo', '2025-11-03T09:00:00');
      const base = { title: '云阳县城区公共停车场管理办法', issuer: 'government', affectsMarket: true, basis: '县政府2025年度规范性文件制定计划' };
      refused(await li.post('/api/normative', { ...base, leadBodyId: body('fgw'), coBodyIds: [body('fgw')] }), 'yunyang-2025:19', 'normative.drafting-designation');
      refused(await li.post('/api/normative', { ...base, leadBodyId: body('office-msk'), coBodyIds: [] }), 'yunyang-2025:19');
      assert.equal((await (await as('fengli')).post('/api/normative', { ...base, leadBodyId: body('fgw') })).status, 403);
      const r = await li.post('/api/normative', { ...base, leadBodyId: body('fgw'), coBodyIds: [body('czj')] });
      assert.equal(r.status, 201, JSON.stringify(r.body));
      assert.equal(r.body.data.status, 'initiated');
      assert.ok(r.body.verdicts.some((v: Json) => v.rule === 'normative.drafting-designation' && /一个部门主办、1个部门协办/.test(v.message)));
    });

    test('a normative document from 立项 to filing: each step guarded by its evidence, the rushed meeting refused (第二十条), a late filing flagged (第十八条)', async () => {
      let li = await as('liwenbo', '2025-11-03T09:00:00');
      const created = await li.post('/api/normative', { title: '云阳县城区停车管理办法', issuer: 'government', leadBodyId: body('fgw'), coBodyIds: [], affectsMarket: true, basis: '县政府第12次常务会议确定由县发展改革委起草' });
      const id = created.body.data.id;

      // 起草: the content check flags 处以罚款 (art. 19); advancing is refused until a named person resolves it.
      let feng = await as('fengli', '2025-11-03T10:00:00');
      refused(await feng.post(`/api/normative/${id}/draft`, { ...DRAFT, necessity: '需要' }), 'yunyang-2025:19', 'normative.assessment');
      const drafted = await feng.post(`/api/normative/${id}/draft`, DRAFT);
      assert.equal(drafted.status, 200, JSON.stringify(drafted.body));
      const warn = drafted.body.verdicts.find((v: Json) => v.rule === 'normative.content-check');
      assert.equal(warn.outcome, 'warn');
      assert.match(warn.message, /^第十九条：.*F1“处以罚款”（疑似设定行政处罚）/);
      refused(await feng.post(`/api/normative/${id}/consultation`, { lastDay: '2025-12-03' }), 'yunyang-2025:19', 'normative.content-check');
      assert.equal((await feng.post(`/api/normative/${id}/flags/resolve`, { flagId: 'F1', reason: '好' })).status, 400);
      const resolved = await feng.post(`/api/normative/${id}/flags/resolve`, { flagId: 'F1', reason: '罚款依据《重庆市停车场管理条例》第四十条的规定，本办法仅作援引，未新设处罚' });
      assert.equal(resolved.status, 200, JSON.stringify(resolved.body));
      assert.equal(resolved.body.data.evidence.flags[0].resolution.byName, '冯丽');

      // 公开征求意见 through the consultation module: a market document needs 30 days.
      refused(await feng.post(`/api/normative/${id}/consultation`, { lastDay: '2025-11-20' }), 'business-env-2019:62');
      assert.equal(await status(feng, id), 'drafted', 'nothing half-saved');
      const opened = await feng.post(`/api/normative/${id}/consultation`, { lastDay: '2025-12-03' });
      assert.equal(opened.status, 200, JSON.stringify(opened.body));
      const consultationId = opened.body.data.evidence.consultationId;
      refused(await feng.post(`/api/normative/${id}/consultation/conclude`, {}), 'org-law-2022:75', 'normative.consultation-done');

      // Rushed to a meeting without legality review: the proposal shows the block, the 县长's admission is refused (art. 20).
      const zheng = await as('zhengwei', '2025-11-04T09:00:00');
      const rushed = await zheng.post(`/api/normative/${id}/topic`, { meetingKind: 'executive', summary: '城区停车矛盾突出，拟出台停车管理办法，规范停车场建设、经营和监督管理。', recommendation: '建议审议通过' });
      assert.equal(rushed.status, 200, JSON.stringify(rushed.body));
      assert.ok(rushed.body.verdicts.some((v: Json) => v.rule === 'topic.procedure-ready' && v.outcome === 'block'));
      const topicId = rushed.body.data.topicId;
      const zhou = await as('zhouminyuan');
      const admit = await zhou.post(`/api/topics/${topicId}/admit`, { note: '同意上会' });
      refused(admit, 'yunyang-2025:20', 'topic.procedure-ready');
      assert.match(admit.body.verdicts.find((v: Json) => v.rule === 'topic.procedure-ready').message, /^第二十条：规范性文件尚未完成会前法定程序：.*尚未经县司法局合法性审查.*尚未经县政府办公室完备性审核/);
      assert.equal((await zhou.post(`/api/topics/${topicId}/refuse`, { note: '未经合法性审查，不予列入' })).status, 200);

      // Out of turn: signing now is refused naming the missing step.
      refused(await zhou.post(`/api/normative/${id}/sign`, {}), 'org-law-2022:75', 'normative.step-order');

      // After the window: the drafting unit publishes the feedback, then concludes.
      feng = await as('fengli', '2025-12-04T09:00:00');
      assert.equal((await feng.post(`/api/consultations/${consultationId}/feedback`, { summary: '征求意见期间未收到意见，起草部门已逐条复核。' })).status, 200);
      assert.equal((await feng.post(`/api/normative/${id}/consultation/conclude`, {})).body.data.status, 'consulted');

      // 公平竞争审查 by the market-regulation department with the drafter.
      refused(await feng.post(`/api/normative/${id}/legality`, { legalBasis: '《重庆市停车场管理条例》', procedureStatement: '已评估论证、公开征求意见三十日。' }), 'fair-competition-2024:14', 'normative.fair-competition');
      const luo = await as('luobin');
      refused(await luo.post(`/api/normative/${id}/competition/review`, { outcome: 'pass', opinion: '未发现排除、限制竞争的内容' }), 'fair-competition-2024:14');
      refused(await feng.post(`/api/normative/${id}/competition/review`, { outcome: 'pass', opinion: '未发现排除、限制竞争的内容' }), 'fair-competition-2024:14');
      assert.equal((await feng.post(`/api/normative/${id}/competition/initial`, { opinion: '经初审，未设置市场准入和退出条件，未限定经营者。' })).status, 200);
      assert.equal((await luo.post(`/api/normative/${id}/competition/review`, { outcome: 'pass', opinion: '经审查，未发现排除、限制竞争的内容。' })).status, 200);

      // 合法性审查: at least 7 working days from the complete package (art. 20); an unlawful finding sends it back.
      const pkg = { legalBasis: '《重庆市停车场管理条例》', procedureStatement: '已评估论证、公开征求意见三十日、通过公平竞争审查。' };
      const short = await feng.post(`/api/normative/${id}/legality`, { ...pkg, requestedDate: '2025-12-10' });
      refused(short, 'yunyang-2025:20', 'normative.legality-review-time');
      assert.match(short.body.verdicts.find((v: Json) => v.rule === 'normative.legality-review-time').message, /不少于7个工作日.*最早为2025年12月15日/);
      assert.equal(await status(feng, id), 'consulted', 'nothing half-saved');
      const submitted = await feng.post(`/api/normative/${id}/legality`, pkg);
      assert.equal(submitted.status, 200, JSON.stringify(submitted.body));
      assert.equal(submitted.body.data.evidence.legality.dueDate, '2025-12-15');
      const huang = await as('huangzhigang');
      const tasks = (await huang.get('/api/tasks')).body.data;
      assert.ok(JSON.stringify(tasks).includes('合法性审查：《云阳县城区停车管理办法》'));
      refused(await (await as('zhengwei')).post(`/api/normative/${id}/legality/opinion`, { outcome: 'lawful', opinion: '经审查合法，同意提请审议' }), 'yunyang-2025:20', 'normative.legality-review');
      const unlawful = await huang.post(`/api/normative/${id}/legality/opinion`, { outcome: 'unlawful', opinion: '第三条处罚主体和罚款幅度与上位法不一致，请修改。' });
      assert.equal(unlawful.body.data.status, 'consulted');
      const detail = (await huang.get(`/api/normative/${id}`)).body.data;
      assert.equal(detail.next.step, 'legality');
      assert.ok(detail.next.blockers.some((b: string) => b.includes('不合法')));
      assert.equal((await feng.post(`/api/normative/${id}/legality`, pkg)).status, 200);
      assert.equal((await huang.post(`/api/normative/${id}/legality/opinion`, { outcome: 'lawful', opinion: '经审查，制定主体、权限、程序和内容合法。' })).body.data.status, 'legality-passed');

      // 完备性审核 by the office; the topic now goes to a 常务会议 and is ready.
      li = await as('liwenbo');
      assert.equal((await li.post(`/api/normative/${id}/completeness`, { outcome: 'complete', note: '材料齐全，程序完备' })).body.data.status, 'checked');
      const head = positions.find((p) => p.kind === 'county-head').id;
      const meeting = (await li.post('/api/meetings', { kind: 'executive', startsAt: '2025-12-16T09:00:00+08:00', place: '县政府第一会议室', form: 'in-person', chairPositionId: head })).body.data;
      const topic = await (await as('zhengwei')).post(`/api/normative/${id}/topic`, { meetingKind: 'executive', summary: '城区停车矛盾突出，拟出台停车管理办法，规范停车场建设、经营和监督管理。', recommendation: '建议审议通过' });
      assert.equal(topic.status, 200, JSON.stringify(topic.body));
      assert.ok(topic.body.verdicts.some((v: Json) => v.rule === 'topic.procedure-ready' && v.outcome === 'allow'));
      const t2 = topic.body.data.topicId;
      refused(await li.post(`/api/normative/${id}/deliberation`, {}), 'yunyang-2025:24', 'normative.deliberation');
      assert.equal((await (await as('zhouminyuan')).post(`/api/topics/${t2}/admit`, { note: '同意上会' })).status, 200);
      assert.equal((await li.post(`/api/topics/${t2}/schedule`, { meetingId: meeting.id })).status, 200);
      li = await as('liwenbo', '2025-12-16T10:00:00');
      assert.equal((await li.post(`/api/topics/${t2}/conclusion`, { text: '原则通过，按会议意见修改后印发', outcome: 'amended' })).status, 200);
      const deliberated = await li.post(`/api/normative/${id}/deliberation`, {});
      assert.equal(deliberated.body.data.status, 'adopted', JSON.stringify(deliberated.body));

      // 签发 by the 县长 only; 编号 云阳府规; 公布 (art. 21).
      refused(await (await as('chenlixin')).post(`/api/normative/${id}/sign`, {}), 'yunyang-2025:5', 'normative.sign-off');
      assert.equal((await (await as('zhouminyuan')).post(`/api/normative/${id}/sign`, {})).body.data.status, 'signed');
      li = await as('liwenbo');
      const numbered = await li.post(`/api/normative/${id}/number`, {});
      assert.equal(numbered.body.data.docNumber, '云阳府规〔2025〕1号');
      refused(await li.post(`/api/normative/${id}/publish`, { channels: [] }), 'yunyang-2025:21', 'normative.publication');
      refused(await li.post(`/api/normative/${id}/publish`, { channels: ['website'], effectiveDate: '2025-12-01' }), 'yunyang-2025:21');
      const published = await li.post(`/api/normative/${id}/publish`, { channels: ['gazette', 'website'], effectiveDate: '2026-01-01' });
      assert.equal(published.body.data.status, 'published');
      const register = (await li.get('/api/normative/filings')).body.data;
      const npc = register.rows.find((r: Json) => r.documentId === id && r.authority === 'npc');
      assert.equal(npc.dueDate, '2026-01-15');
      assert.equal(npc.state, 'due');

      // 备案: overdue shows in the register and is escalated as an overdue 待办; the late filing is recorded and flagged.
      li = await as('liwenbo', '2026-01-20T09:00:00');
      assert.equal((await li.get('/api/normative/filings')).body.data.rows.find((r: Json) => r.id === npc.id).state, 'overdue');
      assert.equal((await (await as('sysadmin')).post('/api/scheduler/run', {})).status, 200);
      li = await as('liwenbo');
      const overdue = (await li.get('/api/tasks/overdue')).body.data;
      assert.ok(JSON.stringify(overdue).includes('报县人大常委会备案'), JSON.stringify(overdue).slice(0, 400));
      refused(await li.post(`/api/normative/${id}/filings`, { authority: 'npc', items: ['report', 'text'] }), 'cq-filing-review-2022:14', 'normative.filing-package');
      const late = await li.post(`/api/normative/${id}/filings`, { authority: 'npc', items: ALL_ITEMS, receipt: 'YYRD-2026-003' });
      assert.equal(late.status, 200, JSON.stringify(late.body));
      const flagged = late.body.verdicts.find((v: Json) => v.rule === 'normative.filing-deadline');
      assert.equal(flagged.outcome, 'warn');
      assert.match(flagged.message, /^第十八条：.*逾期5日/);
      assert.equal(late.body.data.status, 'published');
      assert.equal((await li.post(`/api/normative/${id}/filings`, { authority: 'city', items: ALL_ITEMS })).body.data.status, 'filed');
      const rows = (await li.get('/api/normative/filings')).body.data.rows.filter((r: Json) => r.documentId === id);
      assert.deepEqual(rows.map((r: Json) => [r.authority, r.state, r.lateDays]).sort(), [['city', 'filed-late', 5], ['npc', 'filed-late', 5]]);

      // The portal shows it 现行有效; a repeal needs the decision (art. 18).
      const portal = await h.anonymous().get('/portal/normative');
      assert.equal(portal.status, 200);
      assert.ok(String(portal.body).includes('云阳府规〔2025〕1号') && String(portal.body).includes('现行有效'));
      refused(await li.post(`/api/normative/${id}/repeal`, { reason: '上位法修改', decisionRef: '' }), 'yunyang-2025:18', 'normative.ending');
      assert.equal((await li.post(`/api/normative/${id}/repeal`, { reason: '上位法已修改，本办法不再适用', decisionRef: '云阳府发〔2026〕3号' })).body.data.status, 'repealed');
      assert.ok(String((await h.anonymous().get('/portal/normative')).body).includes('已废止'));

      const types = await auditTypes(id);
      for (const t of ['normative.initiated', 'normative.drafted', 'normative.flag-resolved', 'normative.consultation-opened', 'normative.consultation-concluded', 'normative.competition-reviewed', 'normative.legality-submitted', 'normative.legality-reviewed', 'normative.completeness-checked', 'normative.topic-proposed', 'normative.deliberated', 'normative.signed', 'normative.numbered', 'normative.published', 'normative.filed', 'normative.ended']) {
        assert.ok(types.includes(t), `${t} audited`);
      }
    });

    test('第十九条: a department files its own normative document with the county government; the 县司法局 reviews it and reports yearly', async () => {
      const luo = await as('luobin', '2026-02-02T09:00:00');
      refused(await luo.post('/api/normative/department-filings', { title: '云阳县市场监管局行政处罚裁量基准', docNumber: '云阳市监规〔2026〕1号', publishedDate: '2025-12-01', items: ['report'] }), 'yunyang-2025:19');
      const late = await luo.post('/api/normative/department-filings', { title: '云阳县市场监管局行政处罚裁量基准', docNumber: '云阳市监规〔2026〕1号', publishedDate: '2025-12-01', items: ALL_ITEMS });
      assert.equal(late.status, 201, JSON.stringify(late.body));
      assert.equal(late.body.verdicts.find((v: Json) => v.rule === 'normative.department-filing').outcome, 'warn');
      const ontime = await (await as('zhengwei')).post('/api/normative/department-filings', { title: '云阳县政府投资项目管理细则', docNumber: '云阳发改规〔2026〕1号', publishedDate: '2026-01-26', items: ALL_ITEMS });
      assert.equal(ontime.body.verdicts.find((v: Json) => v.rule === 'normative.department-filing').outcome, 'allow');
      refused(await luo.post(`/api/normative/department-filings/${late.body.data.id}/review`, { outcome: 'accepted', opinion: '准予备案' }), 'yunyang-2025:19', 'normative.department-review');
      const huang = await as('huangzhigang');
      assert.equal((await huang.post(`/api/normative/department-filings/${late.body.data.id}/review`, { outcome: 'correction', opinion: '第五条裁量幅度超出上位法，通知纠正' })).status, 200);
      const report = (await huang.get('/api/normative/department-filings?year=2026')).body.data;
      assert.deepEqual(report.total, { filed: 2, onTime: 1, late: 1, reviewed: 1, correction: 1, pending: 1 });
      assert.equal(report.canReview, true);
      assert.deepEqual(report.byBody.map((b: Json) => b.bodyName).sort(), ['县发展改革委', '县市场监管局'].sort());
    });
  });
}
