import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Kysely } from 'kysely';
import { startHarness, testDatabases, type Client, type Harness, type Json } from '../support/harness.ts';
import { minutesIssueMigration } from '../../src/storage/migrations/0018-minutes-issue.ts';

// After the meeting: signed minutes become a 纪要 in the documents flow (art. 50), their public
// decisions are published by the office (art. 30), and every decision is tracked with its 待办
// and the units' progress reports (arts. 28, 41).

interface Org {
  body(code: string): string;
  pos(code: string): string;
}

async function org(c: Client): Promise<Org> {
  const o = (await c.get('/api/org')).body.data;
  return {
    body: (code: string) => o.bodies.find((b: Json) => b.code === code).id,
    pos: (code: string) => o.positions.find((p: Json) => p.code === code).id,
  };
}

for (const db of testDatabases()) {
  describe(`after the meeting: the 纪要, publication and tracking (arts. 28, 30, 41, 50) [${db}]`, () => {
    let h: Harness;
    let o: Org;
    let meetingId = '';
    let documentId = '';

    /** Plans a meeting, lets it start, and records it held. */
    async function heldMeeting(over: Json, startsAt: string, heldAt: string): Promise<string> {
      const li = await h.login('liwenbo');
      const planned = await li.post('/api/meetings', { place: '县政府第一会议室', form: 'in-person', startsAt, ...over });
      assert.equal(planned.status, 201, JSON.stringify(planned.body));
      h.clock.set(heldAt);
      assert.equal((await (await h.login('liwenbo')).post(`/api/meetings/${planned.body.data.id}/hold`, {})).status, 200);
      return planned.body.data.id;
    }

    const decisions = () => [
      { text: '同意调整城区停车收费标准，先组织听证', leadBodyId: o.body('fgw'), coBodyIds: [o.body('sfj')], dueWorkdays: 10, disclosure: 'public' },
      { text: '原则同意城东地块收储方案，收储价格报县政府审定', leadBodyId: o.body('czj'), coBodyIds: [], dueWorkdays: 5, disclosure: 'withheld', withholdReason: '涉及尚未公开的土地收储价格，公开可能影响收储工作' },
    ];

    before(async () => {
      h = await startHarness(db, { at: '2025-11-03T01:00:00.000Z' });
      o = await org(await h.login('liwenbo'));
      meetingId = await heldMeeting({ kind: 'executive', chairPositionId: o.pos('county-head') }, '2025-11-04T09:00:00+08:00', '2025-11-04T04:00:00.000Z');
    });
    after(() => h.close());

    test('art. 30: a decision kept from publication needs its reason; a public one may not carry personal data (《政府信息公开条例》第十五条); a classified marking is refused (art. 61)', async () => {
      const li = await h.login('liwenbo');
      const text = '会议研究了调整城区停车收费标准、城东地块收储等事项。';
      const noReason = await li.put(`/api/meetings/${meetingId}/minutes`, { text, decisions: [{ ...decisions()[1]!, withholdReason: '' }] });
      assert.equal(noReason.status, 422);
      assert.ok(noReason.body.verdicts.some((v: Json) => v.rule === 'minutes.disclosure-chosen' && v.outcome === 'block' && v.cites.includes('yunyang-2025:30') && /^第三十条/.test(v.message)));
      const phone = await li.put(`/api/meetings/${meetingId}/minutes`, { text, decisions: [{ ...decisions()[0]!, text: '同意调整停车收费标准，联系人张三13812345678' }] });
      assert.equal(phone.status, 422);
      assert.ok(phone.body.verdicts.some((v: Json) => v.rule === 'minutes.no-personal-data' && v.cites.includes('ogi-2019:15') && v.message.includes('手机号码')));
      const marked = await li.put(`/api/meetings/${meetingId}/minutes`, { text: `秘密★1年\n${text}`, decisions: decisions() });
      assert.equal(marked.status, 422);
      assert.ok(marked.body.verdicts.some((v: Json) => v.rule === 'document.not-classified' && v.cites.includes('yunyang-2025:61')));
      const drafted = await li.put(`/api/meetings/${meetingId}/minutes`, { text, decisions: decisions() });
      assert.equal(drafted.status, 200, JSON.stringify(drafted.body));
      assert.deepEqual(drafted.body.data.decisions.map((d: Json) => d.disclosure), ['public', 'withheld']);
      assert.ok(drafted.body.verdicts.some((v: Json) => v.rule === 'minutes.disclosure-chosen' && v.outcome === 'allow' && v.message.includes('1项不予公开')));
      const defaulted = await li.put(`/api/meetings/${meetingId}/minutes`, { text, decisions: [{ ...decisions()[0]!, disclosure: undefined }, decisions()[1]] });
      assert.equal(defaulted.body.data.decisions[0].disclosure, 'public', 'publication is the rule (art. 30)');
    });

    test('art. 50: the 县长\'s signature is the 签发 of the 纪要, which goes to the office\'s 复核 without a second signature; the document names its meeting and the meeting its document', async () => {
      const office = await h.login('liwenbo');
      assert.equal((await office.post(`/api/meetings/${meetingId}/minutes/advance`, { opinion: '送审' })).body.data.status, 'reviewing');
      assert.equal((await (await h.login('chenlixin')).post(`/api/meetings/${meetingId}/minutes/advance`, { opinion: '审核同意' })).body.data.status, 'signing');
      assert.equal((await office.get(`/api/meetings/${meetingId}/minutes/issue`)).body.data, null, 'nothing is issued before signing');
      h.clock.set('2025-11-04T07:00:00.000Z');
      const zhou = await h.login('zhouminyuan');
      const signed = await zhou.post(`/api/meetings/${meetingId}/minutes/advance`, { opinion: '签发' });
      assert.equal(signed.body.data.status, 'signed', JSON.stringify(signed.body));
      assert.ok(signed.body.verdicts.some((v: Json) => v.rule === 'minutes.issued-as-document' && v.cites.includes('yunyang-2025:50') && v.message.includes('云阳府常纪〔年份〕N号')));
      assert.ok(signed.body.verdicts.some((v: Json) => v.rule === 'minutes.publication-timely' && v.message.includes('2025年12月2日前公布')), 'due 20 working days after signing (pack parameter)');

      const li = await h.login('liwenbo');
      const issueRes = await li.get(`/api/meetings/${meetingId}/minutes/issue`);
      assert.equal(issueRes.status, 200, JSON.stringify(issueRes.body));
      const issue = issueRes.body.data;
      assert.equal(issue.document.status, 'rechecking');
      assert.equal(issue.document.docNumber, null);
      assert.deepEqual([issue.publication.state, issue.publication.dueDate, issue.publication.publicCount, issue.publication.withheldCount], ['pending', '2025-12-02', 1, 1]);
      assert.equal(issue.mayPublish, true);
      documentId = issue.document.id;

      const doc = (await li.get(`/api/documents/${documentId}`)).body.data;
      assert.equal(doc.document.elements.kind, '纪要');
      assert.equal(doc.document.elements.title, '县政府常务会议纪要');
      assert.match(doc.document.elements.body, /会议议定事项：\n1\. 同意调整城区停车收费标准，先组织听证（主办：县发展改革委；协办：县司法局；办理时限：10个工作日）/);
      assert.deepEqual(doc.document.elements.mainRecipients, ['县发展改革委', '县司法局', '县财政局']);
      assert.equal(doc.document.route.length, 1);
      assert.deepEqual([doc.document.route[0].action, doc.document.route[0].done.personName, doc.document.route[0].cite], ['sign', '周明远', 'yunyang-2025:50'], '签发人 is the 县长 who signed the minutes');
      assert.equal(doc.document.signedDate, '2025-11-04');
      assert.deepEqual(doc.meeting, { id: meetingId, title: '县政府常务会议', date: '2025-11-04', kind: 'executive', kindLabel: '县政府常务会议' });
      assert.equal(doc.abilities.register, true);
      assert.equal(doc.abilities.return, false, 'the signed minutes are not sent back for redrafting');
      assert.ok(doc.history.some((e: Json) => e.type === 'document.from-minutes'));
      assert.equal((await li.post(`/api/documents/${documentId}/return`, { reason: '格式调整' })).status, 409);

      const zhouTasks = (await zhou.get('/api/tasks?status=open')).body.data;
      assert.ok(!zhouTasks.some((t: Json) => t.sourceId === documentId), 'the 县长 is not asked to sign again');
      assert.ok((await li.get('/api/tasks?status=open')).body.data.some((t: Json) => t.sourceId === documentId && t.kind === 'document-register'), 'the office has the 复核 待办');
    });

    test('the office numbers the 纪要 in its own series (云阳府常纪), then issues and archives it as any document', async () => {
      const wu = await h.login('wumin');
      const registered = await wu.post(`/api/documents/${documentId}/register`, {});
      assert.equal(registered.status, 200, JSON.stringify(registered.body));
      assert.equal(registered.body.data.docNumber, '云阳府常纪〔2025〕1号');
      assert.equal((await wu.post(`/api/documents/${documentId}/issue`, {})).body.data.status, 'issued');
      assert.equal((await wu.post(`/api/documents/${documentId}/archive`, {})).body.data.status, 'archived');
      const register = (await wu.get('/api/document-numbers')).body.data;
      assert.ok(register.numbers.some((n: Json) => n.docNumber === '云阳府常纪〔2025〕1号' && n.documentId === documentId));
      const issue = (await wu.get(`/api/meetings/${meetingId}/minutes/issue`)).body.data;
      assert.deepEqual([issue.document.docNumber, issue.document.status], ['云阳府常纪〔2025〕1号', 'archived']);
    });

    test('art. 30: only the office publishes; the portal then shows the public decision with its meeting, date and lead unit — never the withheld one, never a person', async () => {
      assert.equal((await (await h.login('zhengwei')).post(`/api/meetings/${meetingId}/minutes/publish`, {})).status, 403);
      const before = await h.app.inject({ method: 'GET', url: '/portal/decisions' });
      assert.ok(!before.body.includes('停车收费标准'), 'nothing before publication');
      h.clock.set('2025-11-06T02:00:00.000Z');
      const li = await h.login('liwenbo');
      const published = await li.post(`/api/meetings/${meetingId}/minutes/publish`, {});
      assert.equal(published.status, 200, JSON.stringify(published.body));
      assert.equal(published.body.data.published, 1);
      assert.equal(published.body.data.issue.publication.state, 'published');
      assert.ok(published.body.verdicts.some((v: Json) => v.rule === 'minutes.publication-timely' && v.outcome === 'allow' && v.cites.includes('yunyang-2025:30')));
      assert.equal((await li.post(`/api/meetings/${meetingId}/minutes/publish`, {})).status, 409, 'published once');
      assert.ok(!(await li.get('/api/tasks?status=open')).body.data.some((t: Json) => t.kind === 'meeting-decision-publish' && t.sourceId === meetingId), 'the 公布 待办 is answered');

      const page = await h.app.inject({ method: 'GET', url: '/portal/decisions' });
      assert.equal(page.statusCode, 200);
      for (const shown of ['会议决定公开', '2025年11月4日县政府常务会议', '同意调整城区停车收费标准，先组织听证', '县发展改革委', '2025年11月6日']) assert.ok(page.body.includes(shown), shown);
      for (const hidden of ['城东地块收储', '县财政局', '周明远', '陈立新', '李文博', '土地收储价格']) assert.ok(!page.body.includes(hidden), `not on the portal: ${hidden}`);
      const none = await h.app.inject({ method: 'GET', url: '/portal/decisions?year=2024' });
      assert.ok(none.body.includes('没有符合条件的会议决定') && !none.body.includes('停车收费标准'));
      const hant = await h.app.inject({ method: 'GET', url: '/portal/decisions?script=hant' });
      assert.ok(hant.body.includes('會議決定公開') && hant.body.includes('縣發展改革委'));
    });

    test('arts. 28, 41: 议定事项督办 lists each decision with its units\' 待办 and state; filters by meeting, unit and state; the units report progress, nobody else', async () => {
      const li = await h.login('liwenbo');
      const all = (await li.get('/api/meeting-decisions')).body.data;
      assert.equal(all.decisions.length, 2);
      const [first, second] = all.decisions;
      assert.deepEqual([first.number, first.leadBodyName, first.coBodyNames, first.state, first.dueDate], [1, '县发展改革委', ['县司法局'], 'in-progress', '2025-11-18']);
      assert.deepEqual(first.units.map((u: Json) => [u.bodyName, u.role, u.task.stateLabel, u.task.dueDate]), [['县发展改革委', 'lead', '办理中', '2025-11-18'], ['县司法局', 'assist', '办理中', '2025-11-18']]);
      assert.deepEqual([first.disclosureLabel, first.publication.stateLabel], ['公开', '已公布']);
      assert.deepEqual([second.disclosureLabel, second.withholdReason, second.publication], ['不予公开', '涉及尚未公开的土地收储价格，公开可能影响收储工作', null]);
      assert.equal((await li.get(`/api/meeting-decisions?bodyId=${o.body('sfj')}`)).body.data.decisions.length, 1, 'a co-unit finds its decision');
      assert.equal((await li.get(`/api/meeting-decisions?meetingId=${meetingId}&state=overdue`)).body.data.decisions.length, 0);

      const fengli = await h.login('fengli');
      const notUnit = await fengli.post(`/api/meetings/${meetingId}/decisions/1/progress`, { text: '已起草听证方案' });
      assert.equal(notUnit.status, 422);
      assert.ok(notUnit.body.verdicts.some((v: Json) => v.rule === 'minutes.progress-reporter' && v.cites.includes('yunyang-2025:28')));
      const zheng = await h.login('zhengwei');
      const reported = await zheng.post(`/api/meetings/${meetingId}/decisions/1/progress`, { text: '已起草听证方案，拟于11月20日召开听证会' });
      assert.equal(reported.status, 201, JSON.stringify(reported.body));
      h.clock.set('2025-11-06T02:10:00.000Z');
      assert.equal((await (await h.login('huangzhigang')).post(`/api/meetings/${meetingId}/decisions/1/progress`, { text: '已完成收费调整方案合法性审查' })).status, 201);
      assert.equal((await zheng.post(`/api/meetings/${meetingId}/decisions/9/progress`, { text: '不存在的事项' })).body.error.code, 'DECISION_NOT_FOUND');
      const tracked = (await li.get(`/api/meeting-decisions?meetingId=${meetingId}`)).body.data.decisions[0];
      assert.deepEqual(tracked.progress.map((p: Json) => [p.bodyName, p.reporter]), [['县发展改革委', '郑伟'], ['县司法局', '黄志刚']]);
      assert.equal(tracked.latestProgress.text, '已完成收费调整方案合法性审查');

      const task = first.units[0].task;
      assert.equal((await zheng.post(`/api/tasks/${task.id}/complete`, { note: '听证会已召开，新标准已报批' })).status, 200);
      h.clock.set('2025-11-12T02:00:00.000Z');
      const office = await h.login('liwenbo');
      const later = (await office.get(`/api/meeting-decisions?meetingId=${meetingId}`)).body.data;
      assert.deepEqual(later.decisions.map((d: Json) => d.stateLabel), ['已办结', '已逾期'], 'the lead unit closed one; the other is past its 5 working days');
      assert.equal(later.decisions[0].doneUnits, 1);
      assert.deepEqual((await office.get('/api/meeting-decisions?state=overdue')).body.data.decisions.map((d: Json) => d.number), [2]);
      assert.deepEqual((await office.get('/api/meeting-decisions?state=done')).body.data.decisions.map((d: Json) => d.number), [1]);
      assert.deepEqual(later.counts, { 'in-progress': 0, done: 1, overdue: 1 });
    });

    test('art. 30: publication late past the pack\'s period shows 已逾期 and is recorded as late; a special-topic meeting\'s minutes, signed by the deputy in charge, are numbered 云阳府专纪', async () => {
      h.clock.set('2025-11-12T02:00:00.000Z');
      const special = await heldMeeting({ kind: 'special', title: '城区停车管理专题会议', chairPositionId: o.pos('deputy-1') }, '2025-11-12T14:00:00+08:00', '2025-11-12T08:00:00.000Z');
      const li = await h.login('liwenbo');
      assert.equal((await li.put(`/api/meetings/${special}/minutes`, { text: '会议研究了城区停车管理有关事项。', decisions: [decisions()[0]] })).status, 200);
      await li.post(`/api/meetings/${special}/minutes/advance`, { opinion: '送签' });
      const liu = await h.login('liujianhua');
      const signed = await liu.post(`/api/meetings/${special}/minutes/advance`, { opinion: '同意' });
      assert.equal(signed.body.data.status, 'signed', JSON.stringify(signed.body));
      const issue = (await li.get(`/api/meetings/${special}/minutes/issue`)).body.data;
      const doc = (await li.get(`/api/documents/${issue.document.id}`)).body.data;
      assert.deepEqual([doc.document.elements.issuer, doc.document.route[0].title, doc.document.route[0].done.personName], ['office', '副县长（分管发展改革、统计）', '刘建华']);
      assert.equal((await (await h.login('wumin')).post(`/api/documents/${issue.document.id}/register`, {})).body.data.docNumber, '云阳府专纪〔2025〕1号');

      h.clock.set('2025-12-12T02:00:00.000Z');
      const office = await h.login('liwenbo');
      const late = (await office.get(`/api/meetings/${special}/minutes/issue`)).body.data;
      assert.deepEqual([late.publication.state, late.publication.stateLabel], ['overdue', '已逾期']);
      assert.ok((await office.get('/api/tasks/overdue')).body.data.some((t: Json) => t.kind === 'meeting-decision-publish' && t.sourceId === special), 'the late 公布 shows in 逾期事项');
      const published = await office.post(`/api/meetings/${special}/minutes/publish`, {});
      assert.equal(published.status, 200);
      assert.ok(published.body.verdicts.some((v: Json) => v.rule === 'minutes.publication-timely' && v.outcome === 'warn' && v.cites.includes('yunyang-2025:30')));
    });

    test('migration 0018: the 待办 of decisions signed before the link existed are linked to their decision from their titles', async () => {
      const office = await h.login('liwenbo');
      const units = async () => (await office.get(`/api/meeting-decisions?meetingId=${meetingId}`)).body.data.decisions.map((d: Json) => d.units.map((u: Json) => [u.bodyName, u.role, u.task?.id ?? null]));
      const linked = await units();
      assert.equal(linked.flat().filter((u: Json) => u[2] !== null).length, 3, 'lead and co-unit of the first decision, lead of the second');
      // Back to the tables as they were before the migration, then migrate again.
      const db = h.instance.database.db as unknown as Kysely<unknown>;
      for (const t of ['minutes_issues', 'meeting_decision_tasks', 'published_decisions', 'meeting_decision_progress']) await db.schema.dropTable(t).execute();
      await minutesIssueMigration().up(db);
      assert.deepEqual(await units(), linked);
    });
  });
}
