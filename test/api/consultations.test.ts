import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, testDatabases, type Client, type Harness, type Json } from '../support/harness.ts';
import { consultationEvidence, openConsultationIn } from '../../src/services/consultations/consultations.ts';

// Monday 2025-11-03 09:00 Beijing time.
const T0 = '2025-11-03T01:00:00.000Z';

const draft = (over: Json = {}) => ({
  subjectType: 'major-decision', subjectId: 'md-2025-07', title: '云阳县城区停车收费调整方案（征求意见稿）',
  draftText: '第一条 为规范城区停车秩序，合理配置停车资源，制定本方案。\n第二条 城区路内停车实行分时段收费。',
  explanation: '一、起草背景：城区停车泊位供给不足。\n二、主要内容：调整收费标准，实行分时段收费。', affectsMarket: false, lastDay: '2025-12-03', ...over,
});

async function bodyId(c: Client, code: string): Promise<string> {
  const org = (await c.get('/api/org')).body.data;
  return org.bodies.find((b: Json) => b.code === code).id;
}

for (const db of testDatabases()) {
  describe(`public consultation (arts. 19, 25; 713号 arts. 15, 18) [${db}]`, () => {
    let h: Harness;
    let li: Client;
    let fgw: string;
    // Moving the clock ends idle sessions (30 minutes): log the office in again at the new time.
    const at = async (iso: string) => {
      h.clock.set(iso);
      li = await h.login('liwenbo');
    };
    const publicPost = (id: string, body: Json, address = '203.0.113.7') =>
      h.anonymous().post(`/api/public/consultations/${id}/comments`, body, { 'x-forwarded-for': address });
    const open = async (over: Json = {}) => {
      const r = await li.post('/api/consultations', { draftingBodyId: fgw, ...draft(over) });
      assert.equal(r.status, 201, JSON.stringify(r.body));
      return r.body.data;
    };
    const auditTypes = async (subjectId: string) =>
      (await h.instance.deps.store.audit.list(h.instance.deps.settings.defaultTenantId, { subjectType: 'consultation', subjectId, limit: 100 })).map((e) => e.type).sort();

    before(async () => {
      h = await startHarness(db, { at: T0 });
      li = await h.login('liwenbo');
      fgw = await bodyId(li, 'fgw');
    });
    after(() => h.close());

    test('第二十五条, 713号第十五条: a major decision\'s window shorter than 30 days without a reason is refused and nothing is saved; with a reason it opens and the reason is public', async () => {
      await at(T0);
      const before = (await li.get('/api/consultations')).body.data.consultations.length;
      const refused = await li.post('/api/consultations', { draftingBodyId: fgw, ...draft({ lastDay: '2025-12-02' }) });
      assert.equal(refused.status, 422);
      assert.equal(refused.body.error.code, 'RULE_BLOCKED');
      const v = refused.body.verdicts.find((x: Json) => x.rule === 'consultation.window');
      assert.equal(v.outcome, 'block');
      assert.deepEqual(v.cites, ['yunyang-2025:25', 'major-decision-2019:15']);
      assert.match(v.message, /^第二十五条、《重大行政决策程序暂行条例》第十五条：.*应不早于2025年12月3日24时截止/);
      assert.equal((await li.get('/api/consultations')).body.data.consultations.length, before, 'nothing half-saved');

      const shortened = await li.post('/api/consultations', { draftingBodyId: fgw, ...draft({ lastDay: '2025-11-20', shortenedReason: '冬季供暖前须完成调整，情况紧急' }) });
      assert.equal(shortened.status, 201, JSON.stringify(shortened.body));
      assert.ok(shortened.body.verdicts.some((x: Json) => x.rule === 'consultation.window' && x.outcome === 'warn'));
      assert.equal(shortened.body.data.closesAt, '2025-11-20T16:00:00.000Z', '24:00 Beijing time of the last day');
      const pub = (await h.anonymous().get(`/api/public/consultations/${shortened.body.data.id}`)).body.data;
      assert.equal(pub.shortenedReason, '冬季供暖前须完成调整，情况紧急');
      const page = await h.app.inject({ method: 'GET', url: `/portal/consultations/${shortened.body.data.id}` });
      assert.match(page.body, /缩短征求意见期限的理由：<\/strong>冬季供暖前须完成调整，情况紧急/);

      const full = await open();
      assert.equal(full.minimum.earliestLastDay, '2025-12-03');
      assert.equal(full.shortenedReason, null);
      assert.deepEqual(await auditTypes(full.id), ['consultation.opened']);
    });

    test('《优化营商环境条例》第六十二条 and the working-day minimum: counted on the official calendar and explained', async () => {
      await at(T0);
      const market = await li.get('/api/consultations/minimum-window?subjectType=normative&affectsMarket=true');
      assert.equal(market.body.data.earliestLastDay, '2025-12-03');
      assert.ok(market.body.data.cites.includes('business-env-2019:62'));
      await at('2025-12-26T01:00:00.000Z');
      const plain = (await li.get('/api/consultations/minimum-window?subjectType=normative')).body.data;
      assert.equal(plain.unit, 'workday');
      assert.equal(plain.earliestLastDay, '2026-01-07', 'the New Year holiday skipped, the make-up Sunday counted');
      assert.match(plain.deadline.summary, /7个工作日/);
      const short = await li.post('/api/consultations', { draftingBodyId: fgw, ...draft({ subjectType: 'normative', subjectId: 'nd-1', lastDay: '2026-01-06' }) });
      assert.equal(short.status, 422);
      assert.ok(short.body.verdicts.some((x: Json) => x.rule === 'consultation.window' && x.cites.includes('org-law-2022:75')));
      const ok = await li.post('/api/consultations', { draftingBodyId: fgw, ...draft({ subjectType: 'normative', subjectId: 'nd-1', lastDay: '2026-01-07' }) });
      assert.equal(ok.status, 201, JSON.stringify(ok.body));
      await at(T0);
    });

    test('bad input names the field; only the office opens a consultation', async () => {
      await at(T0);
      const past = await li.post('/api/consultations', { draftingBodyId: fgw, ...draft({ opensAt: '2025-11-03T08:00:00+08:00' }) });
      assert.equal(past.status, 400);
      assert.match(past.body.error.message, /opensAt/);
      const justNow = await li.post('/api/consultations', { draftingBodyId: fgw, ...draft({ subjectId: 'md-just-now', opensAt: '2025-11-03T08:58:00+08:00' }) });
      assert.equal(justNow.status, 201, 'a moment ago is taken as now');
      assert.equal(justNow.body.data.opensAt, T0);
      const outside = await li.post('/api/consultations', { draftingBodyId: await bodyId(li, 'rdcwh'), ...draft() });
      assert.equal(outside.status, 400);
      assert.match(outside.body.error.message, /draftingBodyId/);
      const tooShortReason = await li.post('/api/consultations', { draftingBodyId: fgw, ...draft({ lastDay: '2025-11-20', shortenedReason: '紧急' }) });
      assert.equal(tooShortReason.status, 400);
      assert.match(tooShortReason.body.error.message, /shortenedReason/);
      const fengli = await h.login('fengli');
      assert.equal((await fengli.post('/api/consultations', { draftingBodyId: fgw, ...draft() })).status, 403);
      assert.equal((await fengli.get('/api/consultations')).status, 200, 'staff read the list');
    });

    test('713号第十五条: a comment is accepted from the opening instant to 24:00 Beijing time of the last day, to the second', async () => {
      await at(T0);
      const c = await open({ opensAt: '2025-11-03T10:00:00+08:00', lastDay: '2025-12-05', subjectId: 'md-window' });
      assert.equal((await h.anonymous().get(`/api/public/consultations/${c.id}`)).status, 404, 'not public before it opens');
      const early = await publicPost(c.id, { content: '建议增加夜间免费停车时段。' });
      assert.equal(early.status, 422);
      assert.ok(early.body.verdicts.some((x: Json) => x.rule === 'consultation.comment-window' && x.cites.includes('major-decision-2019:15')));
      assert.match(early.body.error.message, /2025年11月3日10时00分00秒开始，尚未开始接收意见/);
      await at('2025-11-03T02:00:00.000Z');
      assert.equal((await publicPost(c.id, { content: '建议增加夜间免费停车时段。' })).status, 201);
      await at('2025-12-05T15:59:59.000Z');
      assert.equal((await publicPost(c.id, { content: '建议在医院周边增设临时停车位。' })).status, 201, '23:59:59 on the last day');
      await at('2025-12-05T16:00:00.000Z');
      const late = await publicPost(c.id, { content: '建议在学校周边增设接送车位。' });
      assert.equal(late.status, 422, '24:00 on the last day');
      assert.match(late.body.error.message, /^第二十五条、《重大行政决策程序暂行条例》第十五条：本次征求意见已于2025年12月5日24时截止/);
      const staff = (await li.get(`/api/consultations/${c.id}`)).body.data;
      assert.equal(staff.comments.length, 2);
      await at(T0);
    });

    test('content checks in Chinese, a silent honeypot, and the per-address limits (product defaults)', async () => {
      await at(T0);
      const c = await open({ subjectId: 'md-limits' });
      const empty = await publicPost(c.id, { content: '   ' });
      assert.equal(empty.status, 400);
      assert.match(empty.body.error.message, /请填写意见内容/);
      assert.deepEqual(empty.body.error.fields, ['content']);
      const short = await publicPost(c.id, { content: '好', name: '张'.repeat(51) });
      assert.equal(short.status, 400);
      assert.match(short.body.error.message, /意见内容至少5个字/);
      assert.match(short.body.error.message, /姓名不得超过50字/);
      const long = await publicPost(c.id, { content: '长'.repeat(5001) });
      assert.match(long.body.error.message, /不得超过5000字（现有5001字）/);

      const bot = await publicPost(c.id, { content: '优惠促销，点击链接领取大奖。', website: 'http://spam.example' });
      assert.equal(bot.status, 201, 'answered like success');
      assert.equal(bot.body.data.received, true);
      assert.equal((await li.get(`/api/consultations/${c.id}`)).body.data.comments.length, 0, 'but discarded');

      const c2 = await open({ subjectId: 'md-limits-2' });
      for (let i = 1; i <= 5; i++) assert.equal((await publicPost(c.id, { content: `第${i}条意见：建议调整收费时段。` }, '198.51.100.1')).status, 201);
      const sixth = await publicPost(c.id, { content: '第6条意见：建议调整收费时段。' }, '198.51.100.1');
      assert.equal(sixth.status, 429);
      assert.equal(sixth.body.error.code, 'RATE_LIMITED');
      assert.match(sixth.body.error.message, /24小时内对同一征求意见最多提交5条/);
      for (let i = 6; i <= 10; i++) assert.equal((await publicPost(c2.id, { content: `第${i}条意见：建议调整收费时段。` }, '198.51.100.1')).status, 201);
      const hourly = await publicPost(c2.id, { content: '第11条意见：建议调整收费时段。' }, '198.51.100.1');
      assert.equal(hourly.status, 429);
      assert.match(hourly.body.error.message, /每小时最多提交10条/);
      assert.equal((await publicPost(c.id, { content: '另一地址的意见：建议调整收费时段。' }, '198.51.100.2')).status, 201, 'another address is not limited');
      // A client reaching the server directly cannot choose its address by sending X-Forwarded-For:
      // only a trusted proxy's header is believed (YUNZHENG_TRUST_PROXY, loopback by default).
      const direct = (n: number) => h.app.inject({
        method: 'POST', url: `/api/public/consultations/${c2.id}/comments`, remoteAddress: '203.0.113.99',
        headers: { 'x-forwarded-for': `192.0.2.${n}` }, payload: { content: `直连第${n}条：建议调整收费时段。` },
      });
      for (let n = 1; n <= 5; n++) assert.equal((await direct(n)).statusCode, 201);
      assert.equal((await direct(6)).statusCode, 429, 'limited by its own address, whatever the header says');
      const c3 = await open({ subjectId: 'md-limits-3' });
      await at('2025-11-03T02:00:01.000Z');
      assert.equal((await publicPost(c3.id, { content: '一小时后：建议调整收费时段。' }, '198.51.100.1')).status, 201, 'an hour later');
      assert.equal((await publicPost(c2.id, { content: '一小时后：建议调整收费时段。' }, '198.51.100.1')).status, 429, 'still five a day on one consultation');
      await at(T0);
    });

    test('moderation: nothing is public before it; the name and contact never are; personal numbers are masked (《政府信息公开条例》第十五条)', async () => {
      await at(T0);
      const c = await open({ subjectId: 'md-moderation' });
      await publicPost(c.id, { content: '建议夜间22时后免费停车，我的电话13812345678。', name: '张三丰', contact: 'zsf@example.com' });
      h.clock.set('2025-11-03T01:01:00.000Z');
      await publicPost(c.id, { content: '广告：本店代办各类证件，价格优惠。' });
      const before = (await h.anonymous().get(`/api/public/consultations/${c.id}`)).body;
      assert.equal(before.data.approvedCount, 0);
      assert.ok(!JSON.stringify(before).includes('22时后免费'), 'no unmoderated text in public');

      const zhao = await h.login('zhaoguoqiang');
      const comments = (await zhao.get(`/api/consultations/${c.id}`)).body.data.comments;
      assert.equal(comments[0].name, null, 'contacts only to the moderators');
      assert.equal((await zhao.post(`/api/consultation-comments/${comments[0].id}/approve`, {})).status, 403);

      const fengli = await h.login('fengli');
      const seen = (await fengli.get(`/api/consultations/${c.id}`)).body.data.comments;
      assert.equal(seen[0].name, '张三丰', 'the drafting unit sees the contact');
      const approved = await fengli.post(`/api/consultation-comments/${seen[0].id}/approve`, {});
      assert.equal(approved.status, 200);
      assert.ok(approved.body.verdicts.some((x: Json) => x.rule === 'consultation.personal-info' && x.outcome === 'warn' && x.cites.includes('ogi-2019:15')));
      assert.equal(approved.body.data.publicText, '建议夜间22时后免费停车，我的电话【手机号码已隐去】。');
      assert.equal((await li.post(`/api/consultation-comments/${seen[1].id}/reject`, { reason: '' })).status, 400);
      assert.equal((await li.post(`/api/consultation-comments/${seen[1].id}/reject`, { reason: '与征求意见内容无关的广告' })).status, 200);
      assert.equal((await li.post(`/api/consultation-comments/${seen[1].id}/approve`, {})).status, 409, 'moderated once');

      const after = await h.anonymous().get(`/api/public/consultations/${c.id}`);
      assert.equal(after.body.data.approvedCount, 1);
      const page = await h.app.inject({ method: 'GET', url: `/portal/consultations/${c.id}` });
      for (const secret of ['张三丰', 'zsf@example.com', '13812345678', '代办各类证件']) {
        assert.ok(!JSON.stringify(after.body).includes(secret), secret);
        assert.ok(!page.body.includes(secret), secret);
      }

      // The commenter's own name and contact repeated in the text, and a name the text labels, are masked too.
      await publicPost(c.id, { content: '我是城东小区居民李大海，建议增设夜间临时泊位。联系人：王小二，微信 ldh_1970。', name: '李大海', contact: 'ldh_1970' }, '192.0.2.77');
      const named = (await fengli.get(`/api/consultations/${c.id}`)).body.data.comments.find((m: Json) => m.name === '李大海');
      const shown = await fengli.post(`/api/consultation-comments/${named.id}/approve`, {});
      assert.equal(shown.body.data.publicText, '我是城东小区居民【姓名已隐去】，建议增设夜间临时泊位。联系人：【姓名已隐去】，微信 【联系方式已隐去】。');
      assert.ok(shown.body.verdicts.some((x: Json) => x.rule === 'consultation.personal-info' && /（姓名、联系方式）/.test(x.message)));
    });

    test('feedback: the drafting unit records each handling after the window closed and publishes (713号第十八条, 《优化营商环境条例》第六十二条); refused before closing or with comments left', async () => {
      await at(T0);
      const c = await open({ subjectId: 'md-feedback', lastDay: '2025-12-03' });
      const feedbackTask = async (status: string) =>
        (await (await h.login('zhengwei')).get(`/api/tasks?status=${status}`)).body.data.find((t: Json) => t.sourceType === 'consultation' && t.sourceId === c.id);
      const todo = await feedbackTask('open');
      assert.ok(todo, 'the drafting unit\'s principal gets a 待办 to handle the comments and publish the feedback');
      assert.equal(todo.title, '征求意见处理与反馈：云阳县城区停车收费调整方案（征求意见稿）（2025年12月3日24时截止后记录采纳情况并公开反馈）');
      assert.equal(todo.due, null, 'the law sets no period for the feedback');
      await publicPost(c.id, { content: '建议夜间22时后免费停车。' }, '192.0.2.1');
      h.clock.set('2025-11-03T01:01:00.000Z');
      await publicPost(c.id, { content: '建议对新能源汽车减半收费。' }, '192.0.2.2');
      h.clock.set('2025-11-03T01:02:00.000Z');
      await publicPost(c.id, { content: '建议保留现行收费标准。' }, '192.0.2.3');
      let fengli = await h.login('fengli');
      const [a, b, pending] = (await fengli.get(`/api/consultations/${c.id}`)).body.data.comments;
      await fengli.post(`/api/consultation-comments/${a.id}/approve`, {});
      await fengli.post(`/api/consultation-comments/${b.id}/approve`, { publicText: '建议对新能源汽车停车费减半。' });

      const early = await fengli.post(`/api/consultation-comments/${a.id}/handling`, { handling: 'adopted' });
      assert.equal(early.status, 409, 'handling waits for the window to close');
      const earlyFeedback = await fengli.post(`/api/consultations/${c.id}/feedback`, { summary: '共收到意见3条，采纳1条，部分采纳1条。' });
      assert.equal(earlyFeedback.status, 422);
      assert.ok(earlyFeedback.body.verdicts.some((x: Json) => x.rule === 'consultation.feedback-ready' && x.outcome === 'block' && /2025年12月3日24时届满/.test(x.message)));

      await at('2025-12-04T01:00:00.000Z');
      fengli = await h.login('fengli');
      const evidenceBefore = await consultationEvidence(h.instance.deps.store, h.instance.deps.settings.defaultTenantId, c.id, h.clock.now());
      assert.equal(evidenceBefore.state, 'closed');
      assert.equal(evidenceBefore.comments, 2);
      assert.equal(evidenceBefore.closesAt, '2025-12-03T16:00:00.000Z');
      const late = await publicPost(c.id, { content: '截止后才提交的意见。' }, '192.0.2.9');
      assert.equal(late.status, 422);

      const stranger = await h.login('huangzhigang');
      const refused = await stranger.post(`/api/consultation-comments/${a.id}/handling`, { handling: 'adopted' });
      assert.equal(refused.status, 422);
      assert.ok(refused.body.verdicts.some((x: Json) => x.rule === 'consultation.drafting-unit' && x.cites.includes('major-decision-2019:18')));
      assert.equal((await fengli.post(`/api/consultation-comments/${b.id}/handling`, { handling: 'partly' })).status, 400, 'a partial adoption states its reason');

      assert.equal((await fengli.post(`/api/consultation-comments/${a.id}/handling`, { handling: 'adopted', reason: '' })).status, 200);
      const unhandled = await fengli.post(`/api/consultations/${c.id}/feedback`, { summary: '共收到意见3条，采纳1条，部分采纳1条。' });
      assert.equal(unhandled.status, 422);
      assert.ok(unhandled.body.verdicts.some((x: Json) => x.rule === 'consultation.feedback-ready' && /尚有1条意见待审核，尚有1条意见未记录采纳情况/.test(x.message)));
      await fengli.post(`/api/consultation-comments/${b.id}/handling`, { handling: 'partly', reason: '新能源汽车首小时免费，此后按标准收费' });
      await li.post(`/api/consultation-comments/${pending.id}/reject`, { reason: '重复提交' });
      const published = await fengli.post(`/api/consultations/${c.id}/feedback`, { summary: '共收到意见3条，经审核采用2条：采纳1条，部分采纳1条。' });
      assert.equal(published.status, 200, JSON.stringify(published.body));
      assert.ok(published.body.verdicts.some((x: Json) => x.rule === 'consultation.feedback-ready' && x.outcome === 'allow'));
      assert.equal((await fengli.post(`/api/consultation-comments/${a.id}/handling`, { handling: 'not-adopted', reason: '改变主意' })).status, 409, 'frozen once published');
      const closed = await feedbackTask('done');
      assert.equal(closed?.note, '意见采纳情况反馈已公开', 'publishing the feedback closes the 待办');
      assert.equal(await feedbackTask('open'), undefined);

      const pub = (await h.anonymous().get(`/api/public/consultations/${c.id}`)).body.data;
      assert.equal(pub.state, 'feedback-published');
      assert.deepEqual(pub.feedback.comments.map((m: Json) => [m.text, m.handlingLabel, m.reason]), [
        ['建议夜间22时后免费停车。', '采纳', null], ['建议对新能源汽车停车费减半。', '部分采纳', '新能源汽车首小时免费，此后按标准收费'],
      ]);
      assert.equal(pub.feedback.notUsed, 1);
      const page = await h.app.inject({ method: 'GET', url: `/portal/consultations/${c.id}` });
      assert.match(page.body, /意见采纳情况/);
      assert.match(page.body, /新能源汽车首小时免费/);
      const list = await h.app.inject({ method: 'GET', url: '/portal/consultations' });
      assert.match(list.body, /已截止的征求意见[\s\S]*云阳县城区停车收费调整方案[\s\S]*已公开反馈/);

      const evidence = await consultationEvidence(h.instance.deps.store, h.instance.deps.settings.defaultTenantId, c.id, h.clock.now());
      assert.equal(evidence.state, 'feedback-published');
      assert.equal(evidence.feedbackPublishedAt, '2025-12-04T01:00:00.000Z');
      assert.match(evidence.detail, /已于2025年12月3日24时截止，收到意见3条（经审核采用2条）；意见采纳情况反馈已于2025年12月4日公开/);
      assert.deepEqual(await auditTypes(c.id), [
        'consultation.comment-approved', 'consultation.comment-approved', 'consultation.comment-handled', 'consultation.comment-handled',
        'consultation.comment-received', 'consultation.comment-received', 'consultation.comment-received', 'consultation.comment-rejected',
        'consultation.feedback-published', 'consultation.opened',
      ]);
      const received = (await h.instance.deps.store.audit.list(h.instance.deps.settings.defaultTenantId, { subjectType: 'consultation', subjectId: c.id, limit: 100 }))
        .filter((e) => e.type === 'consultation.comment-received');
      assert.ok(received.every((e) => e.actorAccountId === null && !e.payload.includes('192.0.2')), 'no address in the record');
      await at(T0);
    });

    test('openConsultationIn runs in the caller\'s transaction: a later failure or a refusal leaves nothing behind', async () => {
      await at(T0);
      const { deps } = h.instance;
      const actor = (await deps.store.accounts.byUsername(deps.settings.defaultTenantId, 'liwenbo'))!;
      const who = { tenantId: actor.tenantId, accountId: actor.id, username: actor.username, displayName: actor.displayName, personId: actor.personId, roles: actor.roles };
      const input = { ...draft({ subjectId: 'md-in-tx' }), subjectType: 'major-decision' as const, draftingBodyId: fgw, opensAt: T0 };
      let opened = '';
      await assert.rejects(deps.store.transaction(async (tx) => {
        const r = await openConsultationIn(deps, tx, who, input);
        opened = r.consultation.id;
        assert.equal((await consultationEvidence(tx, actor.tenantId, opened, deps.clock.now())).state, 'open');
        throw new Error('the calling step failed afterwards');
      }), /failed afterwards/);
      assert.equal((await consultationEvidence(deps.store, actor.tenantId, opened, deps.clock.now())).state, 'missing');
      assert.deepEqual(await auditTypes(opened), []);
      await assert.rejects(deps.store.transaction((tx) => openConsultationIn(deps, tx, who, { ...input, lastDay: '2025-11-10' })), (e: Error & { code?: string }) => e.code === 'RULE_BLOCKED');
      const ok = await deps.store.transaction((tx) => openConsultationIn(deps, tx, who, input));
      assert.equal((await consultationEvidence(deps.store, actor.tenantId, ok.consultation.id, deps.clock.now())).state, 'open');
    });

    test('the portal: list, page, a comment form posted without script (POST-redirect-GET), errors and refusals as pages, 繁體 and 适老化 views', async () => {
      await at(T0);
      const c = await open({ subjectId: 'md-portal', title: '云阳县城区公共停车场建设规划（征求意见稿）' });
      const list = await h.app.inject({ method: 'GET', url: '/portal/consultations' });
      assert.equal(list.statusCode, 200);
      assert.match(list.body, /正在征求意见/);
      assert.ok(list.body.includes(`href="/portal/consultations/${c.id}"`));
      const page = await h.app.inject({ method: 'GET', url: `/portal/consultations/${c.id}` });
      assert.match(page.body, /<dd id="closes">2025年12月3日24时（北京时间）<\/dd>/);
      assert.match(page.body, /征求意见稿/);
      assert.match(page.body, /起草说明/);
      assert.match(page.body, /<form method="post" action="\/portal\/consultations\/[^"]+\/comments">/);
      assert.match(page.body, /<div class="hp">/);
      assert.equal(page.body.match(/<h1[\s>]/g)?.length, 1);

      const form = (fields: Record<string, string>, query = '') => h.app.inject({
        method: 'POST', url: `/portal/consultations/${c.id}/comments${query}`, headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '192.0.2.50' },
        payload: new URLSearchParams(fields).toString(),
      });
      const okPost = await form({ content: '建议规划中增加充电桩。', name: '李四', contact: '023-55667788', website: '' }, '?mode=elder');
      assert.equal(okPost.statusCode, 303);
      assert.equal(okPost.headers['location'], `/portal/consultations/${c.id}/received?mode=elder`);
      const received = await h.app.inject({ method: 'GET', url: String(okPost.headers['location']) });
      assert.equal(received.statusCode, 200);
      assert.match(received.body, /<h1>意见已提交<\/h1>/);
      assert.match(received.body, /class="elder"/);

      const bad = await form({ content: '好', name: '', contact: '' });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /<title>错误：/);
      assert.match(bad.body, /aria-invalid="true"/);
      assert.match(bad.body, /意见内容至少5个字/);
      assert.match(bad.body, /<textarea[^>]*>好<\/textarea>/, 'the text is kept');

      const hant = await h.app.inject({ method: 'GET', url: `/portal/consultations/${c.id}?script=hant` });
      assert.match(hant.body, /<html lang="zh-Hant">/);
      assert.ok(hant.body.includes('徵求意見稿'));

      await at('2025-12-03T16:00:00.000Z');
      const late = await form({ content: '截止以后提交的意见内容。' });
      assert.equal(late.statusCode, 422);
      assert.match(late.body, /第二十五条、《重大行政决策程序暂行条例》第十五条：本次征求意见已于2025年12月3日24时截止/);
      const closedPage = await h.app.inject({ method: 'GET', url: `/portal/consultations/${c.id}` });
      assert.ok(!closedPage.body.includes('<form method="post"'), 'no form once closed');
      await at(T0);
      const missing = await h.app.inject({ method: 'GET', url: '/portal/consultations/nope' });
      assert.equal(missing.statusCode, 404);
      for (const secret of ['李四', '55667788']) {
        assert.ok(!(await h.app.inject({ method: 'GET', url: `/portal/consultations/${c.id}` })).body.includes(secret));
      }
    });
  });
}
