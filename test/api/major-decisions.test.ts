import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, testDatabases, type Client, type Harness, type Json } from '../support/harness.ts';
import { catalogueItem, submitMajorDecision, takeStatutorySteps } from '../support/major-decisions.ts';

// Monday 2025-10-27 09:00 Beijing time, the first working day the rules are in force.
const T0 = '2025-10-27T01:00:00.000Z';
const at = (day: string, hour = 9) => `${day}T${String(hour - 8).padStart(2, '0')}:00:00.000Z`;

for (const db of testDatabases()) {
  describe(`major administrative decisions (arts. 6, 20, 23–28; 《重大行政决策程序暂行条例》) [${db}]`, () => {
    let h: Harness;
    let org: Json;
    const body = (code: string) => org.bodies.find((b: Json) => b.code === code).id;
    const pos = (code: string) => org.positions.find((p: Json) => p.code === code).id;
    const person = (code: string) => org.positions.find((p: Json) => p.code === code).holders[0].personId;
    // Moving the clock ends idle sessions: every call logs in afresh at the clock's time.
    const as = (u: string): Promise<Client> => h.login(u);
    let catalogueId = '';
    let itemA = '';
    let dossier = '';
    let topicId = '';
    const get = async () => (await (await as('liwenbo')).get(`/api/major-decisions/${dossier}`)).body.data;
    const post = async (u: string, path: string, b: Json) => (await as(u)).post(`/api/major-decisions/${dossier}/${path}`, b);
    const refusal = (r: { status: number; body: Json }, rule: string, cite: string) => {
      assert.equal(r.status, 422, JSON.stringify(r.body));
      assert.ok(r.body.verdicts.some((v: Json) => v.rule === rule && v.outcome === 'block' && v.cites.includes(cite)), JSON.stringify(r.body.verdicts));
    };
    const refusedEvents = async () => (await h.instance.deps.store.audit.list(h.instance.deps.settings.defaultTenantId, { subjectType: 'major-decision', subjectId: dossier, limit: 500 })).filter((e) => e.type === 'action.refused').length;

    before(async () => {
      h = await startHarness(db, { at: T0 });
      org = (await (await as('liwenbo')).get('/api/org')).body.data;
    });
    after(() => h.close());

    test('第二十三条、条例第三条: the catalogue takes effect with the party committee\'s consent, is published, and is adjusted the same way', async () => {
      assert.equal((await (await as('zhengwei')).post('/api/decision-catalogues', { year: 2025 })).status, 403, 'the office compiles it');
      const li = await as('liwenbo');
      const created = await li.post('/api/decision-catalogues', { year: 2025 });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      catalogueId = created.body.data.id;
      assert.equal((await li.post('/api/decision-catalogues', { year: 2025 })).status, 409);
      const add = (title: string, matterKind: string) => li.post(`/api/decision-catalogues/${catalogueId}/items`, {
        title, summary: `${title}，由县发展改革委牵头拟订方案。`, category: 'public-policy', matterKind, leadBodyId: body('fgw'), coBodyIds: [body('czj')], plannedQuarter: 4,
      });
      const a = await add('云阳县城区停车收费调整', 'social-affairs');
      assert.equal(a.status, 201, JSON.stringify(a.body));
      assert.ok(a.body.verdicts.some((v: Json) => v.cites.includes('yunyang-2025:24')), 'classified as decided collectively (第二十四条)');
      itemA = a.body.data.id;
      assert.equal((await add('县城第二污水处理厂建设', 'major-project')).status, 201);
      const early = await (await as('fengli')).post('/api/major-decisions', { itemId: itemA, title: '城区停车收费调整方案', draftText: '城区路内停车实行分时段收费。', explanation: '城区停车泊位供给不足，需要调整收费。', affectsMarket: true, concernedBodyIds: [] });
      refusal(early, 'decision.in-catalogue', 'yunyang-2025:23');
      const edition = (await li.get('/api/decision-catalogues?year=2025')).body.data.editions[0];
      refusal(await li.post(`/api/decision-catalogue-editions/${edition.id}/publish`, {}), 'decision.catalogue-consent', 'major-decision-2019:3');
      refusal(await li.post(`/api/decision-catalogue-editions/${edition.id}/consent`, { date: '2025-10-27', document: '县委' }), 'decision.catalogue-consent', 'major-decision-2019:3');
      const consent = await li.post(`/api/decision-catalogue-editions/${edition.id}/consent`, { date: '2025-10-27', document: '中共云阳县委办公室关于同意2025年度重大行政决策事项目录的函（云阳委办函〔2025〕31号）' });
      assert.equal(consent.status, 200, JSON.stringify(consent.body));
      assert.equal(consent.body.data.publishDueDate, '2025-11-24', '20 working days on the official calendar');
      const task = (await li.get('/api/tasks')).body.data.find((t: Json) => t.title.startsWith('向社会公布2025年度重大行政决策事项目录'));
      assert.equal(task.due.dueDate, '2025-11-24');
      assert.equal((await li.post(`/api/decision-catalogue-editions/${edition.id}/publish`, {})).status, 200);
      const portal = await h.anonymous().get('/portal/major-decisions');
      assert.equal(portal.status, 200);
      const page = String(portal.body);
      assert.match(page, /云阳县城区停车收费调整/);
      assert.match(page, /云阳委办函〔2025〕31号/);

      // An adjustment: a reason, a new matter not yet in force, consent again, published.
      refusal(await li.post(`/api/decision-catalogues/${catalogueId}/adjustments`, { reason: '调整' }), 'decision.catalogue-adjustment', 'major-decision-2019:3');
      assert.equal((await li.post(`/api/decision-catalogues/${catalogueId}/adjustments`, { reason: '根据县委经济工作会议部署，增列县城供水管网改造事项' })).status, 201);
      const c = await add('县城供水管网改造', 'major-project');
      const cat = (await li.get('/api/decision-catalogues?year=2025')).body.data;
      assert.equal(cat.items.find((i: Json) => i.id === c.body.data.id).standing, 'proposed');
      assert.doesNotMatch(String((await h.anonymous().get('/portal/major-decisions')).body), /县城供水管网改造/, 'not public before consent');
      refusal(await (await as('fengli')).post('/api/major-decisions', { itemId: c.body.data.id, title: '县城供水管网改造方案', draftText: '改造县城老旧供水管网30公里。', explanation: '老旧管网漏损率高，需要改造。', affectsMarket: false, concernedBodyIds: [] }), 'decision.in-catalogue', 'yunyang-2025:23');
      const second = cat.editions[1];
      assert.equal((await li.post(`/api/decision-catalogue-editions/${second.id}/consent`, { date: '2025-10-27', document: '云阳委办函〔2025〕33号' })).status, 200);
      assert.equal((await li.post(`/api/decision-catalogue-editions/${second.id}/publish`, {})).status, 200);
      assert.match(String((await h.anonymous().get('/portal/major-decisions')).body), /县城供水管网改造/);
      assert.match(String((await h.anonymous().get('/portal/major-decisions')).body), /根据县委经济工作会议部署/);
    });

    test('第二十五条、条例第十五条: a public comment cut short without a reason is refused and nothing is saved; with a reason it opens', async () => {
      const justice = await (await as('huangzhigang')).post('/api/major-decisions', { itemId: itemA, title: '城区停车收费调整方案', draftText: '城区路内停车实行分时段收费，高峰时段每小时4元。', explanation: '城区停车泊位供给不足，需要以价格调节停车需求。', affectsMarket: true, concernedBodyIds: [body('czj'), body('fmz')] });
      refusal(justice, 'decision.undertaking-unit', 'major-decision-2019:11');
      const opened = await (await as('fengli')).post('/api/major-decisions', { itemId: itemA, title: '城区停车收费调整方案', draftText: '城区路内停车实行分时段收费，高峰时段每小时4元。', explanation: '城区停车泊位供给不足，需要以价格调节停车需求。', affectsMarket: true, concernedBodyIds: [body('czj'), body('fmz')] });
      assert.equal(opened.status, 201, JSON.stringify(opened.body));
      dossier = opened.body.data.id;
      const before = (await get()).entries.length;
      const refusedBefore = await refusedEvents();
      const short = await post('fengli', 'public-comment', { lastDay: '2025-11-10' });
      refusal(short, 'consultation.window', 'major-decision-2019:15');
      assert.ok(short.body.verdicts.some((v: Json) => v.cites.includes('yunyang-2025:25')));
      assert.equal((await get()).entries.length, before, 'nothing half-saved');
      assert.equal((await (await as('liwenbo')).get('/api/consultations')).body.data.consultations.length, 0, 'no consultation left behind');
      assert.equal(await refusedEvents(), refusedBefore + 1, 'the refusal is on the audit record');
      const ok = await post('fengli', 'public-comment', { lastDay: '2025-11-10', shortenedReason: '年底前须出台，以配合城区停车场建成投用' });
      assert.equal(ok.status, 200, JSON.stringify(ok.body));
      assert.ok(ok.body.verdicts.some((v: Json) => v.rule === 'consultation.window' && v.outcome === 'warn'));
      const d = await get();
      assert.equal(d.consultations[0].shortenedReason, '年底前须出台，以配合城区停车场建成投用');
      assert.equal(d.consultations[0].earliestLastDay, '2025-11-26');
      assert.equal(d.requirements.find((r: Json) => r.key === 'participation').done, false);
    });

    test('条例第十六条、第十七条、第十九条、第二十条、第二十三条: hearings, expert opinions and the risk report carry their evidence', async () => {
      const hearing = { method: 'hearing', date: '2025-10-27', place: '县政府第一会议室', participants: '听证参加人15名', groups: ['public', 'npc-deputies'], opinions: '部分参加人认为收费偏高', handling: '高峰时段收费调整为每小时3元', evidence: '听证会记录、签到表' };
      refusal(await post('fengli', 'participation', { ...hearing, materialsSentOn: '2025-10-22', recordSigned: true }), 'decision.hearing', 'major-decision-2019:16');
      refusal(await post('fengli', 'participation', { ...hearing, materialsSentOn: '2025-10-20', recordSigned: false }), 'decision.hearing', 'major-decision-2019:17');
      assert.equal((await post('fengli', 'participation', { ...hearing, materialsSentOn: '2025-10-20', recordSigned: true })).status, 200);
      const expert = { organisation: '重庆交通大学', expertKind: 'expert', mode: 'meeting', date: '2025-10-27', opinion: '分时段收费有利于提高泊位周转率', signed: true, interestDeclared: false };
      refusal(await post('fengli', 'expert-opinions', { ...expert, name: '赵一', interestDeclared: true, interestNote: '其亲属经营城区停车场' }), 'decision.expert-independent', 'major-decision-2019:20');
      refusal(await post('fengli', 'expert-opinions', { ...expert, name: '钱二', signed: false }), 'decision.expert-signed', 'major-decision-2019:19');
      refusal(await post('fengli', 'expert-opinions', { ...expert, name: '重庆某规划研究院', expertKind: 'institution', mode: 'commissioned' }), 'decision.expert-signed', 'major-decision-2019:19');
      assert.equal((await post('fengli', 'expert-opinions', { ...expert, name: '孙三' })).status, 200);
      refusal(await post('fengli', 'expert-review', { summary: '采纳全部意见' }), 'decision.expert-review', 'major-decision-2019:19');
      assert.equal((await post('fengli', 'expert-opinions', { ...expert, name: '李四' })).status, 200);
      assert.equal((await post('fengli', 'expert-opinions', { ...expert, name: '重庆某规划研究院', expertKind: 'institution', mode: 'commissioned', sealed: true })).status, 200);
      assert.equal((await post('fengli', 'expert-review', { summary: '采纳关于设置15分钟免费时段的建议' })).status, 200);
      const risk = { assessor: '县发展改革委', methods: '舆情跟踪、重点走访', risks: ['群众对收费调整不理解'], measures: '加强政策解读', responsePlan: '舆情应对预案', departmentsHeard: '县公安局、县信访办', date: '2025-10-27' };
      refusal(await post('fengli', 'risk-assessment', { ...risk, conclusion: 'controllable', departmentsHeard: '未听取' }), 'decision.risk-report', 'major-decision-2019:23');
      assert.equal((await post('fengli', 'risk-assessment', { ...risk, conclusion: 'uncontrollable' })).status, 200);
      const r = (await get()).requirements.find((x: Json) => x.key === 'risk-assessment');
      assert.equal(r.done, false);
      assert.match(r.verdict.message, /风险不可控/);
      assert.equal((await post('fengli', 'risk-assessment', { ...risk, conclusion: 'controllable' })).status, 200);
    });

    test('第二十五条、条例第十三条、《公平竞争审查条例》第十四条: concerned bodies give their opinions; a disagreement blocks; the market-regulation department reviews', async () => {
      const opinion = { opinion: 'agree', text: '无意见', date: '2025-10-27' };
      refusal(await post('fengli', 'body-opinions', { ...opinion, bodyId: body('czj') }), 'decision.body-reply', 'major-decision-2019:13');
      refusal(await post('fengli', 'body-opinions', { ...opinion, bodyId: body('tjj'), replyDocument: '云阳统函〔2025〕2号' }), 'decision.body-reply', 'yunyang-2025:25');
      assert.equal((await post('fengli', 'body-opinions', { ...opinion, bodyId: body('czj'), replyDocument: '云阳财函〔2025〕8号' })).status, 200);
      assert.equal((await post('fengli', 'body-opinions', { opinion: 'disagree', text: '集镇商户负担较重', bodyId: body('fmz'), replyDocument: '凤鸣府函〔2025〕3号', date: '2025-10-27' })).status, 200);
      const bodies = (await get()).requirements.find((x: Json) => x.key === 'bodies');
      assert.equal(bodies.done, false);
      assert.ok(bodies.verdict.cites.includes('yunyang-2025:46'));
      assert.equal((await post('fengli', 'body-opinions', { opinion: 'agree', text: '经协商，同意设置过渡期', bodyId: body('fmz'), replyDocument: '凤鸣府函〔2025〕5号', date: '2025-10-27' })).status, 200);
      const fair = { preliminary: '初审未发现排除、限制竞争的内容', opinion: '符合公平竞争审查标准', result: 'pass', date: '2025-10-27' };
      refusal(await post('fengli', 'fair-competition', fair), 'decision.fair-competition-reviewer', 'fair-competition-2024:14');
      refusal(await post('hejianjun', 'fair-competition', { ...fair, document: '云阳市监函〔2025〕5号' }), 'decision.fair-competition-reviewer', 'fair-competition-2024:14');
      assert.equal((await post('fengli', 'fair-competition', { ...fair, document: '云阳市监函〔2025〕5号' })).status, 200);
    });

    test('第二十条、条例第二十五条、第二十六条: the legality review waits for every step, is the 县司法局\'s, and takes at least 7 working days', async () => {
      const pkg = { legalBasis: '《中华人民共和国价格法》第十八条；《重庆市机动车停车场管理办法》', procedureStatement: '已履行听证会、公开征求意见、专家论证、风险评估、部门和乡镇征求意见、公平竞争审查程序' };
      const early = await post('fengli', 'legality/send', pkg);
      refusal(early, 'decision.legality-package', 'major-decision-2019:26');
      assert.match(early.body.error.message, /公众参与/, 'the public comment is still open');
      // The window closes at 24:00 on 10 November; a comment came in; the unit handles it and publishes the feedback.
      const consultationId = (await get()).consultations[0].consultationId;
      assert.equal((await h.anonymous().post(`/api/public/consultations/${consultationId}/comments`, { content: '建议对新能源汽车给予优惠' }, { 'x-forwarded-for': '203.0.113.9' })).status, 201);
      h.clock.set(at('2025-11-11'));
      const feng = await as('fengli');
      const comment = (await feng.get(`/api/consultations/${consultationId}`)).body.data.comments[0];
      assert.equal((await feng.post(`/api/consultation-comments/${comment.id}/approve`, {})).status, 200);
      assert.equal((await feng.post(`/api/consultation-comments/${comment.id}/handling`, { handling: 'partly', reason: '新能源汽车优惠另行研究' })).status, 200);
      assert.equal((await feng.post(`/api/consultations/${consultationId}/feedback`, { summary: '共收到意见1条，部分采纳，已在方案中完善' })).status, 200);
      assert.equal((await get()).requirements.find((x: Json) => x.key === 'participation').done, true);

      assert.equal((await post('fengli', 'legality/send', pkg)).status, 200);
      const edit = await post('fengli', 'draft', { draftText: '城区路内停车实行分时段收费，高峰时段每小时3元。', note: '根据听证意见修改' });
      assert.equal(edit.status, 409, 'not while the review runs');
      refusal(await post('fengli', 'legality/receive', {}), 'decision.legality-reviewer', 'yunyang-2025:20');
      const received = await post('huangzhigang', 'legality/receive', {});
      assert.equal(received.status, 200, JSON.stringify(received.body));
      assert.equal(received.body.data.entry.data.earliestOpinionDate, '2025-11-20');
      assert.match(received.body.data.entry.data.explanation, /7个工作日/);
      h.clock.set(at('2025-11-17'));
      const tooShort = await post('huangzhigang', 'legality/opinion', { conclusion: 'lawful', opinion: '符合法定权限和程序', counselOpinion: '法律顾问认为合法' });
      refusal(tooShort, 'decision.legality-review-time', 'major-decision-2019:26');
      assert.ok(tooShort.body.verdicts.find((v: Json) => v.rule === 'decision.legality-review-time').cites.includes('yunyang-2025:20'));
      assert.match(tooShort.body.error.message, /最早于2025年11月20日出具审查意见/);
      h.clock.set(at('2025-11-20'));
      refusal(await post('huangzhigang', 'legality/opinion', { conclusion: 'lawful', opinion: '符合法定权限和程序', counselOpinion: '无意见' }), 'decision.legality-counsel', 'major-decision-2019:28');
      const unlawful = await post('huangzhigang', 'legality/opinion', { conclusion: 'unlawful', opinion: '收费标准的制定程序不符合价格主管部门规定', counselOpinion: '公职律师认为应先履行成本监审' });
      assert.equal(unlawful.status, 200);
      const d = await get();
      assert.match(d.readiness.detail, /经合法性审查不合法，不得提交讨论/);
      refusal(await post('zhengwei', 'submit', { meetingKind: 'executive', summary: '城区停车泊位供给不足，需要调整收费标准以调节停车需求，方案已履行各项法定程序。', recommendation: '建议审议通过' }), 'decision.legality-passed', 'major-decision-2019:25');
      assert.equal((await post('fengli', 'draft', { draftText: '城区路内停车实行分时段收费，高峰时段每小时3元；收费标准经成本监审后执行。', note: '根据合法性审查意见修改' })).status, 200);
      assert.equal((await post('fengli', 'legality/send', pkg)).status, 200);
      assert.equal((await post('huangzhigang', 'legality/receive', {})).status, 200);
      h.clock.set(at('2025-12-01'));
      assert.equal((await post('huangzhigang', 'legality/opinion', { conclusion: 'lawful', opinion: '修改后符合法定权限和程序', counselOpinion: '法律顾问认为修改后合法' })).status, 200);
      const ready = await get();
      assert.equal(ready.readiness.state, 'ready', ready.readiness.detail);
      assert.equal(ready.next.label, '提请会议讨论');
    });

    test('第二十三条: a major-decision topic not put forward from a dossier cannot be admitted; the dossier\'s own topic can', async () => {
      const stray = await (await as('liujianhua')).post('/api/topics', {
        meetingKind: 'executive', title: '关于停车收费的议题', summary: '城区停车泊位供给不足，需要调整收费标准以调节停车需求。', recommendation: '建议审议通过',
        unresolvedDisagreement: false, withinOwnAuthority: false, coordinated: true, category: 'major-decision',
      });
      assert.equal(stray.status, 201);
      refusal(await (await as('zhouminyuan')).post(`/api/topics/${stray.body.data.id}/admit`, { note: '' }), 'topic.procedure-ready', 'yunyang-2025:23');
      const other = await post('hejianjun', 'submit', { meetingKind: 'executive', summary: '城区停车泊位供给不足，需要调整收费标准以调节停车需求，方案已履行各项法定程序。', recommendation: '建议审议通过' });
      refusal(other, 'decision.undertaking-unit', 'major-decision-2019:11');
      assert.equal((await post('zhengwei', 'submit', { meetingKind: 'plenary', summary: '短', recommendation: '建议审议通过' })).status, 400, 'the topic needs its substance');
      const submitted = await post('zhengwei', 'submit', { meetingKind: 'executive', summary: '城区停车泊位供给不足，需要调整收费标准以调节停车需求，方案已履行各项法定程序。', recommendation: '建议审议通过' });
      assert.equal(submitted.status, 200, JSON.stringify(submitted.body));
      topicId = submitted.body.data.dossier.topicId;
      const li = await as('liwenbo');
      const meeting = await li.post('/api/meetings', { kind: 'executive', startsAt: '2025-12-05T09:00:00+08:00', place: '县政府第一会议室', form: 'in-person', chairPositionId: pos('county-head') });
      assert.equal(meeting.status, 201);
      const admitted = await (await as('zhouminyuan')).post(`/api/topics/${topicId}/admit`, { note: '同意上会' });
      assert.equal(admitted.status, 200, JSON.stringify(admitted.body));
      assert.ok(admitted.body.verdicts.some((v: Json) => v.rule === 'topic.procedure-ready' && v.outcome === 'allow'));
      assert.equal((await li.post(`/api/topics/${topicId}/schedule`, { meetingId: meeting.body.data.id })).status, 200);
      refusal(await post('liwenbo', 'decision', { decisionText: '同意城区停车收费调整方案' }), 'decision.collective', 'yunyang-2025:24');
    });

    test('第二十四条、条例第三十条: the decision is recorded from the 常务会议\'s discussion — dissent kept, the 县长 last, reasons against the majority', async () => {
      h.clock.set(at('2025-12-05', 10));
      const li = await as('liwenbo');
      const speak = (code: string, opinion: string, remarks: string) => li.post(`/api/topics/${topicId}/speeches`, { personId: person(code), role: 'member', opinion, remarks });
      for (const [code, op, remarks] of [['deputy-2', 'disagree', '收费偏高，影响商户'], ['deputy-3', 'disagree', '乡镇过渡期不足'], ['party-member-1', 'disagree', '宣传解读不够'], ['exec-deputy', 'reserve', '建议一年后评估'], ['county-head', 'agree', '停车矛盾突出，必须调节']] as const) {
        assert.equal((await speak(code, op, remarks)).status, 201);
      }
      assert.equal((await li.post(`/api/topics/${topicId}/conclusion`, { text: '原则同意，设置半年过渡期', outcome: 'amended', reasonAgainstMajority: '停车供需矛盾突出，过渡期可化解商户负担' })).status, 200);
      assert.equal((await post('liwenbo', 'decision', {})).status, 400, 'the decision text is required');
      assert.equal((await post('zhengwei', 'decision', { decisionText: '同意' })).status, 403);
      const recorded = await post('liwenbo', 'decision', { decisionText: '同意《城区停车收费调整方案》，设置半年过渡期后执行。' });
      assert.equal(recorded.status, 200, JSON.stringify(recorded.body));
      const v = recorded.body.verdicts.find((x: Json) => x.rule === 'decision.discussion-record');
      assert.match(v.message, /同意1、不同意3、保留1/);
      assert.match(v.message, /4项不同意见已如实载明；与多数意见不一致的理由：停车供需矛盾突出/);
      const d = await get();
      assert.equal(d.status, 'decided');
      const entry = d.entries.find((e: Json) => e.kind === 'decided');
      assert.deepEqual(entry.data.speeches.map((s: Json) => s.personName), ['王晓梅', '赵国强', '孙红', '陈立新', '周明远']);
      assert.equal(entry.data.speeches.at(-1).head, true);
      assert.equal(d.publishDueDate, '2026-01-05', '20 working days after 5 December');
    });

    test('条例第三十一条、第三十二条, 第二十八条: reported to the party committee, published with the adoption of opinions, carried out with reports due', async () => {
      refusal(await post('liwenbo', 'publish', { adoptionExplanation: '采纳了听证会和专家关于过渡期的意见' }), 'decision.party-report', 'major-decision-2019:31');
      assert.equal((await post('liwenbo', 'party-report', { date: '2025-12-05', document: '关于城区停车收费调整方案的请示（云阳府文〔2025〕88号）' })).status, 200);
      refusal(await post('liwenbo', 'publish', { adoptionExplanation: '' }), 'decision.publication', 'major-decision-2019:32');
      assert.equal((await post('liwenbo', 'publish', { adoptionExplanation: '采纳了听证会和专家关于降低收费、设置过渡期的意见' })).status, 200);
      const page = String((await h.anonymous().get('/portal/major-decisions')).body);
      assert.match(page, /设置半年过渡期后执行/);
      assert.match(page, /采纳了听证会和专家关于降低收费、设置过渡期的意见/);
      assert.doesNotMatch(page, /周明远|王晓梅/, 'no person on the portal');
      refusal(await post('liwenbo', 'execution', { leadBodyId: body('rdcwh'), coBodyIds: [], requirements: '按方案执行' }), 'decision.execution-unit', 'yunyang-2025:28');
      const designated = await post('liwenbo', 'execution', { leadBodyId: body('fgw'), coBodyIds: [body('scjgj')], reportEveryDays: 30, requirements: '按方案组织实施，每月报告' });
      assert.equal(designated.status, 200, JSON.stringify(designated.body));
      assert.equal(designated.body.data.dossier.execution.nextReportDue, '2026-01-04', '30 days from 5 December: Sunday 4 January 2026 is a make-up working day');
      const task = (await (await as('zhengwei')).get('/api/tasks')).body.data.find((t: Json) => t.title.startsWith('报告重大行政决策执行情况'));
      assert.equal(task.due.dueDate, '2026-01-04');
      refusal(await post('xiefang', 'progress', { text: '审计局不是执行单位', reportDate: '2025-12-05' }), 'decision.progress-reporter', 'yunyang-2025:28');
      h.clock.set(at('2025-12-15'));
      const report = await post('fengli', 'progress', { text: '已完成城区800个泊位的标识更新', reportDate: '2025-12-15', situation: 'major-change' });
      assert.equal(report.status, 200);
      assert.ok(report.body.verdicts.some((x: Json) => x.rule === 'decision.progress-reporter' && x.outcome === 'warn' && x.cites.includes('major-decision-2019:35')));
      assert.equal(report.body.data.entry.data.nextDue, '2026-01-14');
    });

    test('第二十七条、条例第三十六条: the post-decision evaluation is not by a unit that assessed the decision beforehand', async () => {
      const start = { trigger: 'many-opinions', triggerNote: '12345热线收到停车收费意见40余件', dueDate: '2026-01-30' };
      refusal(await post('liwenbo', 'evaluations', { ...start, evaluatorBodyId: body('fgw') }), 'decision.evaluator-independent', 'major-decision-2019:36');
      refusal(await post('liwenbo', 'evaluations', { ...start, evaluatorName: '重庆某规划研究院' }), 'decision.evaluator-independent', 'major-decision-2019:36');
      assert.equal((await post('zhengwei', 'evaluations', { ...start, evaluatorName: '西南政法大学评估中心' })).status, 403);
      const started = await post('liwenbo', 'evaluations', { ...start, evaluatorName: '西南政法大学评估中心' });
      assert.equal(started.status, 200, JSON.stringify(started.body));
      refusal(await post('liwenbo', 'evaluations/report', { findings: '收费调整后泊位周转率提高30%', recommendation: 'adjust', date: '2025-12-15' }), 'decision.evaluation-report', 'yunyang-2025:27');
      const reported = await post('liwenbo', 'evaluations/report', { findings: '收费调整后泊位周转率提高30%', publicOpinions: '问卷调查1200份，座谈会2场', participants: ['public', 'npc-deputies'], recommendation: 'adjust', date: '2025-12-15' });
      assert.equal(reported.status, 200);
      assert.equal((await get()).openEvaluation, null);
    });

    test('条例第三十七条: only the 县长 suspends first; resuming goes through a 常务会议\'s decision', async () => {
      const suspend = { reasons: '城区主干道封闭施工三个月，路内泊位大面积停用', situation: 'major-change', urgency: '施工明日开始' };
      refusal(await post('liwenbo', 'suspend', suspend), 'decision.change-procedure', 'major-decision-2019:37');
      refusal(await post('zhouminyuan', 'suspend', { ...suspend, situation: 'normal' }), 'decision.change-procedure', 'major-decision-2019:37');
      assert.equal((await post('zhouminyuan', 'suspend', suspend)).status, 200);
      assert.match(String((await h.anonymous().get('/portal/major-decisions')).body), /中止执行/);
      refusal(await post('zhengwei', 'changes', { change: 'adjust', major: true, reasons: '评估认为收费标准需要大幅调整', meetingKind: 'executive', summary: '评估认为收费标准需要大幅调整，提请会议研究调整方案。', recommendation: '建议研究调整' }), 'decision.change-procedure', 'major-decision-2019:37');
      const proposed = await post('zhengwei', 'changes', { change: 'resume', reasons: '主干道施工提前完成，泊位已恢复使用', meetingKind: 'executive', summary: '主干道施工提前完成，路内泊位已全部恢复使用，提请恢复执行停车收费调整方案。', recommendation: '建议恢复执行' });
      assert.equal(proposed.status, 200, JSON.stringify(proposed.body));
      const changeTopic = proposed.body.data.dossier.pendingChange.topicId;
      const li = await as('liwenbo');
      const meeting = await li.post('/api/meetings', { kind: 'executive', startsAt: '2025-12-19T09:00:00+08:00', place: '县政府第一会议室', form: 'in-person', chairPositionId: pos('county-head') });
      assert.equal((await (await as('zhouminyuan')).post(`/api/topics/${changeTopic}/admit`, { note: '同意' })).status, 200);
      assert.equal((await li.post(`/api/topics/${changeTopic}/schedule`, { meetingId: meeting.body.data.id })).status, 200);
      h.clock.set(at('2025-12-19', 10));
      const li2 = await as('liwenbo');
      for (const [code, op] of [['exec-deputy', 'agree'], ['county-head', 'agree']] as const) {
        assert.equal((await li2.post(`/api/topics/${changeTopic}/speeches`, { personId: person(code), role: 'member', opinion: op, remarks: '同意恢复' })).status, 201);
      }
      assert.equal((await li2.post(`/api/topics/${changeTopic}/conclusion`, { text: '同意恢复执行', outcome: 'adopted', reasonAgainstMajority: '' })).status, 200);
      const recorded = await post('liwenbo', 'changes/record', {});
      assert.equal(recorded.status, 200, JSON.stringify(recorded.body));
      assert.equal(recorded.body.data.dossier.status, 'executing');
      const d = await get();
      assert.ok(d.execution.nextReportDue, 'a new report is due');
      assert.match(String((await h.anonymous().get('/portal/major-decisions')).body), /恢复执行/);
    });

    test('条例第三十三条: the dossier exports as one file holding every step\'s evidence in order, with the audit hashes', async () => {
      const r = await (await as('zhengwei')).get(`/api/major-decisions/${dossier}/dossier.html`);
      assert.equal(r.status, 200);
      assert.match(String(r.headers['content-type']), /text\/html/);
      assert.match(String(r.headers['content-disposition']), /attachment/);
      const html = String(r.body);
      for (const s of ['城区停车收费调整方案', '云阳委办函〔2025〕31号', '听证会', '重庆交通大学', '风险不可控', '凤鸣府函〔2025〕3号', '云阳市监函〔2025〕5号', '最早出具意见日期', '周明远（县长）【行政首长】', '停车供需矛盾突出', '西南政法大学评估中心', '施工明日开始', '建议对新能源汽车给予优惠']) {
        assert.ok(html.includes(s), `the file holds ${s}`);
      }
      const json = JSON.parse(/<script type="application\/json" id="dossier-data">([\s\S]*?)<\/script>/.exec(html)![1]!);
      const seqs = json.dossier.entries.map((e: Json) => e.seq);
      assert.deepEqual(seqs, [...seqs].sort((a: number, b: number) => a - b));
      assert.equal(json.dossier.entries[0].kind, 'opened');
      assert.ok(json.audit.length >= json.dossier.entries.length, 'every entry is on the audit record');
      assert.ok(json.audit.every((a: Json) => /^[0-9a-f]{64}$/.test(a.hash)));
      assert.ok(json.audit.some((a: Json) => a.type === 'action.refused'), 'refusals are on the record too');
      assert.equal(html.indexOf('1. 立卷') < html.indexOf('合法性审查意见'), true);
    });

    test('条例第三十七条: a major adjustment repeats the procedure in a new dossier and replaces the decision when published', async () => {
      const open = await (await as('fengli')).post('/api/major-decisions', { itemId: itemA, title: '城区停车收费调整方案（修订）', draftText: '城区路内停车收费标准统一下调1元。', explanation: '评估认为收费标准偏高，需要重大调整。', affectsMarket: true, concernedBodyIds: [], revisesId: dossier });
      assert.equal(open.status, 201, JSON.stringify(open.body));
      assert.equal(open.body.data.round, 1);
      const again = await (await as('fengli')).post('/api/major-decisions', { itemId: itemA, title: '另一修订', draftText: '城区路内停车收费标准统一下调1元。', explanation: '评估认为收费标准偏高，需要重大调整。', affectsMarket: true, concernedBodyIds: [], revisesId: dossier });
      assert.equal(again.status, 409);
      const revisionId = open.body.data.id;
      const revision = (await (await as('liwenbo')).get(`/api/major-decisions/${revisionId}`)).body.data;
      assert.equal(revision.readiness.state, 'not-ready');
      assert.equal((await (await as('liwenbo')).get(`/api/major-decisions/${dossier}`)).body.data.status, 'executing', 'the decision in force goes on meanwhile');
      // The revision goes through every step, the 常务会议 decides it; once published it replaces the decision.
      assert.equal((await (await as('fengli')).post(`/api/major-decisions/${revisionId}/fair-competition`, { preliminary: '初审未发现排除、限制竞争的内容', opinion: '符合审查标准', result: 'pass', document: '云阳市监函〔2025〕9号', date: '2025-12-19' })).status, 200);
      await takeStatutorySteps(h, revisionId, at('2025-12-30'));
      const topic = await submitMajorDecision(h, revisionId, { title: '关于审议《城区停车收费调整方案（修订）》的议题' });
      const li = await as('liwenbo');
      const meeting = await li.post('/api/meetings', { kind: 'executive', startsAt: '2026-01-06T09:00:00+08:00', place: '县政府第一会议室', form: 'in-person', chairPositionId: pos('county-head') });
      assert.equal((await (await as('zhouminyuan')).post(`/api/topics/${topic}/admit`, { note: '同意' })).status, 200);
      assert.equal((await li.post(`/api/topics/${topic}/schedule`, { meetingId: meeting.body.data.id })).status, 200);
      h.clock.set(at('2026-01-06', 10));
      const li2 = await as('liwenbo');
      for (const code of ['exec-deputy', 'county-head']) {
        assert.equal((await li2.post(`/api/topics/${topic}/speeches`, { personId: person(code), role: 'member', opinion: 'agree', remarks: '同意修订' })).status, 201);
      }
      assert.equal((await li2.post(`/api/topics/${topic}/conclusion`, { text: '同意修订方案', outcome: 'adopted', reasonAgainstMajority: '' })).status, 200);
      assert.equal((await (await as('liwenbo')).post(`/api/major-decisions/${revisionId}/decision`, { decisionText: '城区路内停车收费标准统一下调1元，自2026年2月1日起执行。' })).status, 200);
      assert.equal((await (await as('liwenbo')).post(`/api/major-decisions/${revisionId}/party-report`, { date: '2026-01-06', document: '关于调整城区停车收费标准的请示' })).status, 200);
      const published = await (await as('liwenbo')).post(`/api/major-decisions/${revisionId}/publish`, { adoptionExplanation: '采纳了决策后评估关于降低收费标准的建议' });
      assert.equal(published.status, 200, JSON.stringify(published.body));
      const original = (await (await as('liwenbo')).get(`/api/major-decisions/${dossier}`)).body.data;
      assert.equal(original.status, 'adjusted');
      assert.equal(original.entries.at(-1).kind, 'superseded');
      assert.ok(original.entries.at(-1).verdicts.some((v: Json) => v.rule === 'decision.change-procedure' && v.cites.includes('major-decision-2019:37')));
      assert.equal(original.tasks.length, 0, 'its 待办 are cancelled');
      const page = String((await h.anonymous().get('/portal/major-decisions')).body);
      assert.match(page, /已调整/);
      assert.match(page, /城区路内停车收费标准统一下调1元/);
    });

    test('条例第三条: the next year has its own catalogue; a matter on it is listed once consented and published', async () => {
      const { itemId } = await catalogueItem(h, '县城第三污水处理厂建设');
      const cat = (await (await as('liwenbo')).get('/api/decision-catalogues?year=2026')).body.data;
      assert.equal(cat.items.find((i: Json) => i.id === itemId).standing, 'listed');
      assert.equal(cat.editions.length, 1);
      const page = String((await h.anonymous().get('/portal/major-decisions')).body);
      assert.match(page, /2026年度重大行政决策事项目录/);
      assert.match(page, /2025年度重大行政决策事项目录/);
    });
  });
}
