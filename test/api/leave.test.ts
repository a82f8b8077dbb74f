import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, testDatabases, type Client, type Harness, type Json } from '../support/harness.ts';

/** Position id and holder person id by position code, from GET /api/org. */
async function orgIndex(c: Client): Promise<{ pos: (code: string) => string; person: (code: string) => string }> {
  const org = (await c.get('/api/org')).body.data;
  const find = (code: string) => org.positions.find((p: Json) => p.code === code);
  return { pos: (code) => find(code).id, person: (code) => find(code).holders[0].personId };
}

for (const db of testDatabases()) {
  describe(`leave, AB角 and 委托 (arts. 5, 6, 59) [${db}]`, () => {
    let h: Harness;
    before(async () => {
      h = await startHarness(db, { at: '2025-11-03T01:00:00.000Z' }); // Mon 09:00 Beijing
    });
    after(() => h.close());
    const at = (iso: string) => h.clock.set(iso);

    test('a deputy asks the 县长; while away the B acts, shown by person, and takes over the deputy\'s 待办 (arts. 5, 59)', async () => {
      at('2025-11-03T01:00:00.000Z');
      const liu = await h.login('liujianhua');
      const { pos, person } = await orgIndex(liu);
      const asked = await liu.post('/api/leave', { kind: 'travel', fromAt: '2025-11-05T08:00:00+08:00', toAt: '2025-11-07T18:00:00+08:00', destination: '重庆市', reason: '参加全市发展改革工作会议' });
      assert.equal(asked.status, 201, JSON.stringify(asked.body));
      assert.equal(asked.body.data.status, 'requested');
      assert.equal(asked.body.data.approverPositionId, pos('county-head'));
      const id = asked.body.data.id;

      const wang = await h.login('wangxiaomei');
      const refused = await wang.post(`/api/leave/${id}/approve`, {});
      assert.equal(refused.status, 422);
      assert.ok(refused.body.verdicts.some((v: Json) => v.outcome === 'block' && v.cites.includes('yunyang-2025:59')));

      const zhou = await h.login('zhouminyuan');
      const queue = (await zhou.get('/api/tasks?status=open')).body.data;
      assert.ok(queue.some((t: Json) => t.kind === 'leave-approval' && /刘建华/.test(t.title)), 'the 县长 has the approval 待办');
      const approved = await zhou.post(`/api/leave/${id}/approve`, { note: '同意' });
      assert.equal(approved.status, 200);
      assert.equal(approved.body.data.status, 'approved');
      const informed = (await (await h.login('sunhong')).get('/api/tasks?status=open')).body.data;
      assert.ok(informed.some((t: Json) => t.kind === 'leave-notice' && /刘建华/.test(t.title)), 'other county leaders are informed');

      // The office gives the deputy's post a 待办 due while the deputy is away.
      const office = await h.login('liwenbo');
      const task = (await office.post('/api/tasks', { title: '审核发展改革项目材料', ownerPositionId: pos('deputy-1'), period: { value: 5, unit: 'workday' } })).body.data;

      at('2025-11-06T02:00:00.000Z');
      const acting = (await (await h.login('wumin')).get(`/api/org/acting?positionId=${pos('deputy-1')}`)).body.data;
      assert.equal(acting.display, '王晓梅（代刘建华）');
      assert.equal(acting.actor.via, 'ab');
      assert.ok(acting.chain.some((r: Json) => r.cites.includes('yunyang-2025:5')));
      const wang2 = await h.login('wangxiaomei');
      assert.ok((await wang2.get('/api/tasks?status=open')).body.data.some((t: Json) => t.id === task.id), 'the stand-in sees the 待办');
      assert.equal((await wang2.post(`/api/tasks/${task.id}/complete`, { note: '代为审核' })).status, 200);
      const events = (await (await h.login('auditadmin')).get(`/api/audit/events?subjectType=task&subjectId=${task.id}`)).body.data;
      const done = events.find((e: Json) => e.type === 'task.completed');
      assert.equal(done.actorPersonId, person('deputy-2'));
      assert.equal(done.onBehalfOfPersonId, person('deputy-1'), 'both people are recorded');

      // 销假 ends the absence: the holder acts again.
      const liu2 = await h.login('liujianhua');
      assert.equal((await liu2.post(`/api/leave/${id}/return`, {})).status, 200);
      const back = (await liu2.get(`/api/org/acting?positionId=${pos('deputy-1')}`)).body.data;
      assert.equal(back.display, '刘建华');
    });

    test('a principal asks 3 days ahead and names who presides; a late request needs its reason and is flagged (art. 59)', async () => {
      at('2025-11-03T01:00:00.000Z');
      const zheng = await h.login('zhengwei');
      const { pos, person } = await orgIndex(zheng);
      const body = { kind: 'leave', fromAt: '2025-11-04T08:00:00+08:00', toAt: '2025-11-05T18:00:00+08:00', destination: '成都市', reason: '家事', presidingPersonId: person('fgw-deputy') };
      const noReason = await zheng.post('/api/leave', body);
      assert.equal(noReason.status, 422);
      assert.ok(noReason.body.verdicts.some((v: Json) => v.rule === 'leave.principal-notice' && v.outcome === 'block'));
      const noPresiding = await zheng.post('/api/leave', { ...body, presidingPersonId: undefined, lateReason: '家中急事' });
      assert.equal(noPresiding.status, 422);
      assert.ok(noPresiding.body.verdicts.some((v: Json) => v.rule === 'leave.presiding-named' && v.outcome === 'block'));
      const late = await zheng.post('/api/leave', { ...body, lateReason: '家中急事' });
      assert.equal(late.status, 201);
      assert.equal(late.body.data.late, true);
      assert.ok(late.body.verdicts.some((v: Json) => v.outcome === 'warn' && v.cites.includes('yunyang-2025:59')));
      assert.equal(late.body.data.approverPositionId, pos('deputy-1'), 'approved by the county leader in charge of the body');

      const onTime = await zheng.post('/api/leave', { ...body, fromAt: '2025-11-10T08:00:00+08:00', toAt: '2025-11-11T18:00:00+08:00' });
      assert.equal(onTime.status, 201);
      assert.equal(onTime.body.data.late, false);
      assert.equal(late.body.data.status, 'at-office', 'a principal\'s request goes to the office first');
      const liu = await h.login('liujianhua');
      assert.equal((await liu.post(`/api/leave/${late.body.data.id}/approve`, {})).status, 409, 'not before the office forwards it');
      assert.equal((await (await h.login('liwenbo')).post(`/api/leave/${late.body.data.id}/forward`, {})).status, 200);
      assert.equal((await liu.post(`/api/leave/${late.body.data.id}/approve`, {})).status, 200);
      at('2025-11-04T06:00:00.000Z');
      const acting = (await (await h.login('wumin')).get(`/api/org/acting?positionId=${pos('fgw-head')}`)).body.data;
      assert.equal(acting.display, '蒋涛（代郑伟）');
      assert.equal(acting.actor.via, 'presiding');
    });

    test('the 县长 away on travel entrusts the 常务副县长, who then approves in the 县长\'s place (art. 5)', async () => {
      at('2025-11-07T01:00:00.000Z');
      const zhou = await h.login('zhouminyuan');
      const { pos, person } = await orgIndex(zhou);
      const trip = await zhou.post('/api/leave', { kind: 'travel', fromAt: '2025-11-10T08:00:00+08:00', toAt: '2025-11-12T20:00:00+08:00', destination: '北京市', reason: '招商引资活动' });
      assert.equal(trip.status, 201);
      assert.equal(trip.body.data.status, 'approved', 'the 县长 reports travel; no one above in the county approves');
      const zhao = await h.login('zhaoguoqiang');
      const asked = await zhao.post('/api/leave', { kind: 'leave', fromAt: '2025-11-13T08:00:00+08:00', toAt: '2025-11-13T18:00:00+08:00', destination: '县内', reason: '体检' });
      assert.equal(asked.status, 201);

      at('2025-11-11T02:00:00.000Z');
      const acting = (await (await h.login('wumin')).get(`/api/org/acting?positionId=${pos('county-head')}`)).body.data;
      assert.equal(acting.display, '陈立新（代周明远）');
      assert.equal(acting.actor.via, 'delegation');
      const chen = await h.login('chenlixin');
      const approved = await chen.post(`/api/leave/${asked.body.data.id}/approve`, {});
      assert.equal(approved.status, 200, JSON.stringify(approved.body));
      const events = (await (await h.login('auditadmin')).get(`/api/audit/events?subjectType=absence&subjectId=${asked.body.data.id}`)).body.data;
      const e = events.find((x: Json) => x.type === 'absence.approved');
      assert.deepEqual([e.actorPersonId, e.onBehalfOfPersonId], [person('exec-deputy'), person('county-head')]);

      at('2025-11-13T02:00:00.000Z');
      const after = (await (await h.login('wumin')).get(`/api/org/acting?positionId=${pos('county-head')}`)).body.data;
      assert.equal(after.display, '周明远', 'the 委托 ends with the trip');
    });

    test('both deputies of a mutual AB角 away: the gap is surfaced, not guessed (art. 5)', async () => {
      at('2025-11-17T01:00:00.000Z');
      const zhou = await h.login('zhouminyuan');
      const { pos } = await orgIndex(zhou);
      for (const who of ['liujianhua', 'wangxiaomei']) {
        const c = await h.login(who);
        const r = await c.post('/api/leave', { kind: 'leave', fromAt: '2025-11-19T08:00:00+08:00', toAt: '2025-11-19T18:00:00+08:00', destination: '县内', reason: '事假' });
        assert.equal(r.status, 201);
        assert.equal((await (await h.login('zhouminyuan')).post(`/api/leave/${r.body.data.id}/approve`, {})).status, 200);
      }
      at('2025-11-19T04:00:00.000Z');
      const r = (await (await h.login('wumin')).get(`/api/org/acting?positionId=${pos('deputy-1')}`)).body.data;
      assert.equal(r.actor, null);
      assert.deepEqual(r.problems.map((p: Json) => p.code).sort(), ['cycle', 'gap']);
      const away = (await (await h.login('wumin')).get('/api/org/away?from=2025-11-17&to=2025-11-21')).body.data;
      assert.equal(away.length, 5);
      assert.deepEqual(away.find((d: Json) => d.date === '2025-11-19').away.map((p: Json) => p.name).sort(), ['刘建华', '王晓梅']);
    });

    test('back from an inspection trip, the leader owes a report to the next 常务会议 (art. 59)', async () => {
      at('2025-12-01T01:00:00.000Z');
      const sun = await h.login('sunhong');
      const trip = await sun.post('/api/leave', { kind: 'inspection', fromAt: '2025-12-02T08:00:00+08:00', toAt: '2025-12-04T18:00:00+08:00', destination: '浙江省安吉县', reason: '考察乡村振兴工作' });
      assert.equal(trip.status, 201);
      assert.equal((await (await h.login('zhouminyuan')).post(`/api/leave/${trip.body.data.id}/approve`, {})).status, 200);
      at('2025-12-05T01:00:00.000Z');
      const back = await (await h.login('sunhong')).post(`/api/leave/${trip.body.data.id}/return`, {});
      assert.equal(back.status, 200);
      const tasks = (await (await h.login('sunhong')).get('/api/tasks?status=open')).body.data;
      const report = tasks.find((t: Json) => t.kind === 'inspection-report');
      assert.match(report.title, /向下次县政府常务会议报告考察情况（浙江省安吉县/);
      // Fri 2025-12-05 + 10 working days (两周一次的常务会议) → Fri 2025-12-19.
      assert.equal(report.due.dueDate, '2025-12-19');
      // The report is also a topic of the 常务会议, in her name, for the 县长 to admit.
      const topics = (await (await h.login('liwenbo')).get('/api/meetings')).body.data.topics;
      const t = topics.find((x: Json) => x.sourceId === trip.body.data.id);
      assert.equal(t.meetingKind, 'executive');
      assert.match(t.title, /听取考察情况报告（浙江省安吉县/);
      assert.match(t.proposer, /孙红/);
      assert.equal((await (await h.login('zhouminyuan')).post(`/api/topics/${t.id}/admit`, {})).status, 200);
    });

    test('staff leave is outside art. 59; an emergency handled without a meeting owes the 县长 a report (art. 6)', async () => {
      at('2025-11-24T01:00:00.000Z');
      const wumin = await h.login('wumin');
      const r = await wumin.post('/api/leave', { kind: 'leave', fromAt: '2025-11-28T08:00:00+08:00', toAt: '2025-11-28T18:00:00+08:00', destination: '县内', reason: '事假' });
      assert.equal(r.status, 422);
      assert.ok(r.body.verdicts.some((v: Json) => v.rule === 'leave.scope'));
      assert.equal((await wumin.post('/api/emergencies', { title: '暴雨致路阳镇道路塌方', description: '组织抢通', handledAt: '2025-11-24T07:00:00+08:00' })).status, 403);

      const zhao = await h.login('zhaoguoqiang');
      const e = await zhao.post('/api/emergencies', { title: '暴雨致路阳镇道路塌方', description: '连夜组织交通、应急部门抢通，无人员伤亡', handledAt: '2025-11-24T07:00:00+08:00' });
      assert.equal(e.status, 201, JSON.stringify(e.body));
      const task = (await zhao.get(`/api/tasks/${e.body.data.reportTaskId}`)).body.data;
      assert.match(task.title, /向县长报告/);
      assert.equal(task.due.dueDate, '2025-11-25');
      const bad = await zhao.post('/api/emergencies', { title: '未来的事', description: '尚未发生', handledAt: '2025-12-24T07:00:00+08:00' });
      assert.equal(bad.status, 400);
      const list = (await (await h.login('zhouminyuan')).get('/api/emergencies')).body.data;
      assert.deepEqual(list.map((x: Json) => [x.title, x.personName, x.report.status, x.report.dueDate]), [['暴雨致路阳镇道路塌方', '赵国强', 'open', '2025-11-25']]);
    });
  });
}
