import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, testDatabases, type Client, type Harness, type Json } from '../support/harness.ts';

/** Position id and holder person id by position code, from GET /api/org. */
async function orgIndex(c: Client): Promise<{ pos: (code: string) => string; person: (code: string) => string }> {
  const org = (await c.get('/api/org')).body.data;
  const find = (code: string) => org.positions.find((p: Json) => p.code === code);
  return { pos: (code) => find(code).id, person: (code) => find(code).holders[0].personId };
}

const openTasks = async (c: Client) => (await c.get('/api/tasks?status=open')).body.data as Json[];

for (const db of testDatabases()) {
  describe(`principals' leave through the office, 代录, emergencies list (arts. 5, 6, 59) [${db}]`, () => {
    let h: Harness;
    before(async () => {
      h = await startHarness(db, { at: '2025-11-03T01:00:00.000Z' }); // Mon 09:00 Beijing
    });
    after(() => h.close());
    const at = (iso: string) => h.clock.set(iso);

    test('a principal\'s request lands with the office, which forwards it to the county leader in charge (art. 59)', async () => {
      at('2025-11-03T01:00:00.000Z');
      const zheng = await h.login('zhengwei');
      const { pos, person } = await orgIndex(zheng);
      const asked = await zheng.post('/api/leave', {
        kind: 'leave', fromAt: '2025-11-10T08:00:00+08:00', toAt: '2025-11-11T18:00:00+08:00', destination: '成都市', reason: '参加培训', presidingPersonId: person('fgw-deputy'),
      });
      assert.equal(asked.status, 201, JSON.stringify(asked.body));
      assert.equal(asked.body.data.status, 'at-office');
      const id = asked.body.data.id;

      const liu = await h.login('liujianhua');
      assert.ok(!(await openTasks(liu)).some((t) => t.sourceId === id), 'no approval 待办 before the office forwards');
      assert.equal((await liu.post(`/api/leave/${id}/forward`, {})).status, 403, 'a county leader does not forward');
      const early = await liu.post(`/api/leave/${id}/approve`, {});
      assert.equal(early.status, 409);

      const li = await h.login('liwenbo');
      const intake = (await openTasks(li)).find((t) => t.sourceId === id);
      assert.equal(intake?.kind, 'leave-forward');
      assert.match(intake.title, /转呈请假：郑伟（县发展改革委主任）/);
      const listed = (await li.get('/api/leave')).body.data.find((l: Json) => l.id === id);
      assert.equal(listed.statusLabel, '待办公室转呈');
      assert.deepEqual([listed.abilities.forward, listed.abilities.sendBack, listed.abilities.approve], [true, true, false]);

      at('2025-11-03T03:00:00.000Z');
      const forwarded = await (await h.login('liwenbo')).post(`/api/leave/${id}/forward`, { note: '请刘副县长审批' });
      assert.equal(forwarded.status, 200, JSON.stringify(forwarded.body));
      assert.equal(forwarded.body.data.status, 'requested');
      assert.equal(forwarded.body.data.approverPositionId, pos('deputy-1'));
      assert.ok(forwarded.body.verdicts.some((v: Json) => v.rule === 'leave.office-forwards' && v.outcome === 'allow' && v.cites.includes('yunyang-2025:59')));
      const li2 = await h.login('liwenbo');
      assert.equal((await li2.post(`/api/leave/${id}/forward`, {})).status, 409, 'forwarded once');
      assert.ok(!(await openTasks(li2)).some((t) => t.sourceId === id), 'the office\'s 待办 is done');

      const liu2 = await h.login('liujianhua');
      const approval = (await openTasks(liu2)).find((t) => t.sourceId === id);
      assert.equal(approval?.kind, 'leave-approval');
      assert.match(approval.title, /县政府办公室转呈/);
      const seen = (await liu2.get('/api/leave')).body.data.find((l: Json) => l.id === id);
      assert.deepEqual([seen.officeByName, seen.officeAt, seen.officeNote], ['李文博', '2025-11-03T03:00:00.000Z', '请刘副县长审批']);
      assert.equal((await liu2.post(`/api/leave/${id}/approve`, { note: '同意' })).status, 200);

      const events = (await (await h.login('auditadmin')).get(`/api/audit/events?subjectType=absence&subjectId=${id}`)).body.data;
      const fw = events.find((e: Json) => e.type === 'absence.forwarded');
      assert.equal(fw.actorPersonId, person('office-director'));
      assert.equal(fw.payload.note, '请刘副县长审批');
    });

    test('the office returns a request with its reason; a reason is required; withdrawal cancels the office\'s 待办 (art. 59)', async () => {
      at('2025-11-04T01:00:00.000Z');
      const huang = await h.login('huangzhigang');
      const { person } = await orgIndex(huang);
      const body = { kind: 'leave', fromAt: '2025-11-12T08:00:00+08:00', toAt: '2025-11-12T18:00:00+08:00', destination: '重庆市', reason: '办事', presidingPersonId: person('sfj-reviewer') };
      const a = (await huang.post('/api/leave', body)).body.data;
      const hejing = await h.login('hejing');
      assert.equal((await hejing.post(`/api/leave/${a.id}/send-back`, {})).status, 400, 'a reason is required');
      const back = await hejing.post(`/api/leave/${a.id}/send-back`, { note: '主持工作的负责人应为局领导班子成员' });
      assert.equal(back.status, 200);
      assert.equal(back.body.data.status, 'sent-back');
      const mine = (await huang.get('/api/leave')).body.data.find((l: Json) => l.id === a.id);
      assert.deepEqual([mine.statusLabel, mine.officeByName, mine.officeNote], ['办公室已退回', '何静', '主持工作的负责人应为局领导班子成员']);
      assert.ok(!(await openTasks(await h.login('liwenbo'))).some((t) => t.sourceId === a.id));
      assert.ok(!(await openTasks(await h.login('wangxiaomei'))).some((t) => t.sourceId === a.id), 'no approval 待办 after 退回');

      const b = (await huang.post('/api/leave', { ...body, fromAt: '2025-11-13T08:00:00+08:00', toAt: '2025-11-13T18:00:00+08:00' })).body.data;
      assert.equal((await huang.post(`/api/leave/${b.id}/cancel`, {})).status, 200);
      assert.ok(!(await openTasks(await h.login('liwenbo'))).some((t) => t.sourceId === b.id), 'withdrawal cancels the office\'s 待办');
    });

    test('代录: the 县长\'s secretary enters the 县长\'s approval, recorded as the 县长\'s decision entered by her — not acting authority (art. 5)', async () => {
      at('2025-11-05T01:00:00.000Z');
      const sun = await h.login('sunhong');
      const { person } = await orgIndex(sun);
      const asked = (await sun.post('/api/leave', { kind: 'travel', fromAt: '2025-11-06T08:00:00+08:00', toAt: '2025-11-06T20:00:00+08:00', destination: '万州区', reason: '参加会议' })).body.data;

      const wumin = await h.login('wumin');
      const mine = (await wumin.get('/api/me/entry-leaders')).body.data;
      assert.deepEqual(mine.map((l: Json) => [l.leaderName, l.positionTitle]), [['周明远', '县长']]);
      const own = await wumin.post(`/api/leave/${asked.id}/approve`, {});
      assert.equal(own.status, 422, 'without 代录 she is not the approver');
      const queue = (await wumin.get(`/api/leave?forPersonId=${person('county-head')}`)).body.data;
      assert.ok(queue.some((l: Json) => l.id === asked.id && l.abilities.approve));

      const hejing = await h.login('hejing');
      const refused = await hejing.post(`/api/leave/${asked.id}/approve`, { onBehalfOfPersonId: person('county-head') });
      assert.equal(refused.status, 422);
      const v = refused.body.verdicts.find((x: Json) => x.rule === 'entry.secretary-link');
      assert.equal(v.outcome, 'block');
      assert.deepEqual(v.cites, ['yunyang-2025:5']);
      assert.match(v.message, /^第五条：何静没有代录周明远决定的有效授权/);
      assert.equal((await wumin.post(`/api/leave/${asked.id}/approve`, { onBehalfOfPersonId: person('deputy-1') })).status, 422, 'no link to that leader');
      assert.equal((await hejing.get(`/api/leave?forPersonId=${person('county-head')}`)).status, 422);

      const entered = await wumin.post(`/api/leave/${asked.id}/approve`, { note: '同意（电话请示）', onBehalfOfPersonId: person('county-head') });
      assert.equal(entered.status, 200, JSON.stringify(entered.body));
      assert.equal(entered.body.data.decidedByPersonId, person('county-head'));
      assert.equal(entered.body.data.decisionEnteredByPersonId, person('office-clerk'));
      assert.ok(entered.body.verdicts.some((x: Json) => x.rule === 'entry.secretary-link' && x.outcome === 'allow'));
      const row = (await sun.get('/api/leave')).body.data.find((l: Json) => l.id === asked.id);
      assert.equal(row.decidedByDisplay, '吴敏 代录（周明远的决定）');

      const events = (await (await h.login('auditadmin')).get(`/api/audit/events?subjectType=absence&subjectId=${asked.id}`)).body.data;
      const e = events.find((x: Json) => x.type === 'absence.approved');
      assert.equal(e.actorPersonId, person('county-head'), 'the decision is the 县长\'s');
      assert.equal(e.payload.enteredByPersonId, person('office-clerk'), 'entered by the secretary');
      assert.equal(e.onBehalfOfPersonId, null, 'not acting authority');
    });

    test('代录 for a leader who is away is refused: whoever acts for the post decides (arts. 5, 59)', async () => {
      at('2025-11-05T02:00:00.000Z'); // Wed 10:00 Beijing
      const zhou = await h.login('zhouminyuan');
      const { person } = await orgIndex(zhou);
      assert.equal((await zhou.post('/api/leave', { kind: 'travel', fromAt: '2025-11-05T10:30:00+08:00', toAt: '2025-11-05T22:00:00+08:00', destination: '重庆市', reason: '参加全市会议' })).status, 201);
      const zhao = await h.login('zhaoguoqiang');
      const asked = (await zhao.post('/api/leave', { kind: 'leave', fromAt: '2025-11-07T08:00:00+08:00', toAt: '2025-11-07T18:00:00+08:00', destination: '县内', reason: '体检' })).body.data;
      at('2025-11-05T04:00:00.000Z'); // 12:00: the 县长 is away, the 常务副县长 presides
      const refused = await (await h.login('wumin')).post(`/api/leave/${asked.id}/approve`, { onBehalfOfPersonId: person('county-head') });
      assert.equal(refused.status, 422);
      assert.ok(refused.body.verdicts.some((v: Json) => v.rule === 'entry.secretary-link' && v.outcome === 'allow'), 'the link itself is valid');
      assert.ok(refused.body.verdicts.some((v: Json) => v.rule === 'leave.approver-acts' && v.outcome === 'block'), 'but the 县长 does not act for the post now');
      assert.equal((await (await h.login('chenlixin')).post(`/api/leave/${asked.id}/approve`, {})).status, 200);
    });

    test('代录 of a 办结 needs a link valid at that instant; ending the link stops it (art. 5)', async () => {
      at('2025-11-06T01:00:00.000Z');
      const wumin = await h.login('wumin');
      const { pos, person } = await orgIndex(wumin);
      const li = await h.login('liwenbo');
      const task = (await li.post('/api/tasks', { title: '审定督查通报', ownerPositionId: pos('county-head'), period: { value: 3, unit: 'workday' } })).body.data;
      assert.ok((await wumin.get(`/api/tasks?status=open&forPersonId=${person('county-head')}`)).body.data.some((t: Json) => t.id === task.id));
      assert.equal((await wumin.post(`/api/tasks/${task.id}/complete`, { note: '已阅' })).status, 422, 'not her 待办');
      const done = await wumin.post(`/api/tasks/${task.id}/complete`, { note: '同意印发', onBehalfOfPersonId: person('county-head') });
      assert.equal(done.status, 200, JSON.stringify(done.body));
      const events = (await (await h.login('auditadmin')).get(`/api/audit/events?subjectType=task&subjectId=${task.id}`)).body.data;
      const e = events.find((x: Json) => x.type === 'task.completed');
      assert.deepEqual([e.actorPersonId, e.payload.enteredByPersonId, e.onBehalfOfPersonId], [person('county-head'), person('office-clerk'), null]);

      // The office ends the link on 11-06: from 11-07 she may no longer enter for the 县长.
      const links = (await li.get('/api/org/secretary-links')).body.data;
      const link = links.find((l: Json) => l.secretaryName === '吴敏');
      assert.equal(link.leaderName, '周明远');
      assert.equal((await li.post(`/api/org/secretary-links/${link.id}/end`, { validTo: '2025-11-06' })).status, 200);
      at('2025-11-07T01:00:00.000Z');
      const li2 = await h.login('liwenbo');
      const t2 = (await li2.post('/api/tasks', { title: '审阅简报', ownerPositionId: pos('county-head'), period: { value: 3, unit: 'workday' } })).body.data;
      const late = await (await h.login('wumin')).post(`/api/tasks/${t2.id}/complete`, { onBehalfOfPersonId: person('county-head') });
      assert.equal(late.status, 422);
      assert.ok(late.body.verdicts.some((x: Json) => x.rule === 'entry.secretary-link' && x.outcome === 'block'));

      // A new link is checked by its rule and audited.
      const bad = await li2.post('/api/org/secretary-links', { secretaryPersonId: person('office-clerk'), leaderPositionId: pos('fgw-drafter'), validFrom: '2025-11-07' });
      assert.equal(bad.status, 422);
      assert.ok(bad.body.verdicts.some((x: Json) => x.rule === 'org.secretary-link-valid' && x.outcome === 'block'));
      const created = await li2.post('/api/org/secretary-links', { secretaryPersonId: person('office-deputy-1'), leaderPositionId: pos('county-head'), validFrom: '2025-11-07' });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      assert.equal((await (await h.login('zhouminyuan')).post('/api/org/secretary-links', { secretaryPersonId: person('office-deputy-1'), leaderPositionId: pos('deputy-1'), validFrom: '2025-11-07' })).status, 403);
      const audit = (await (await h.login('auditadmin')).get(`/api/audit/events?subjectType=secretary-link&subjectId=${created.body.data.id}`)).body.data;
      assert.equal(audit[0].type, 'org.secretary-link-created');
      assert.equal((await (await h.login('hejing')).post(`/api/tasks/${t2.id}/complete`, { onBehalfOfPersonId: person('county-head') })).status, 200);
    });

    test('emergencies list: the 县长 and the office see all, a deputy their own, with the report\'s state (art. 6)', async () => {
      at('2025-11-24T01:00:00.000Z'); // Mon
      const zhao = await h.login('zhaoguoqiang');
      const a = (await zhao.post('/api/emergencies', { title: '暴雨致路阳镇道路塌方', description: '连夜抢通', handledAt: '2025-11-24T07:00:00+08:00' })).body.data;
      const liu = await h.login('liujianhua');
      const b = (await liu.post('/api/emergencies', { title: '工业园区停电', description: '协调供电公司抢修', handledAt: '2025-11-24T08:00:00+08:00' })).body.data;

      const all = (await (await h.login('zhouminyuan')).get('/api/emergencies')).body.data;
      assert.deepEqual(all.map((x: Json) => x.id).sort(), [a.id, b.id].sort());
      assert.equal((await (await h.login('liwenbo')).get('/api/emergencies')).body.data.length, 2);
      const own = (await liu.get('/api/emergencies')).body.data;
      assert.deepEqual(own.map((x: Json) => [x.title, x.handledByDisplay, x.report.stateLabel]), [['工业园区停电', '刘建华', '还剩 1 个工作日']]);

      at('2025-11-26T01:00:00.000Z'); // Wed: the report was due Tue
      const zhao2 = await h.login('zhaoguoqiang');
      const overdue = (await zhao2.get('/api/emergencies')).body.data[0];
      assert.deepEqual([overdue.report.state, overdue.report.stateLabel], ['overdue', '已逾期 1 个工作日']);
      assert.equal((await zhao2.post(`/api/tasks/${a.reportTaskId}/complete`, { note: '已当面报告县长' })).status, 200);
      const reported = (await zhao2.get('/api/emergencies')).body.data[0];
      assert.deepEqual([reported.report.state, reported.report.stateLabel, reported.report.completedByName], ['reported', '已报告', '赵国强']);
    });
  });
}
