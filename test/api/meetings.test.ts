import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, testDatabases, type Client, type Harness, type Json } from '../support/harness.ts';

async function posts(c: Client): Promise<(code: string) => string> {
  const org = (await c.get('/api/org')).body.data;
  return (code: string) => org.positions.find((p: Json) => p.code === code).id;
}

const topic = (over: Json = {}) => ({
  meetingKind: 'executive', title: '关于调整城区停车收费标准的议题', summary: '城区停车泊位供给不足，现行收费标准为2015年制定，已不适应停车需求，群众反映较多。',
  recommendation: '建议同意调整城区停车收费标准', unresolvedDisagreement: false, withinOwnAuthority: false, coordinated: true, ...over,
});

for (const db of testDatabases()) {
  describe(`meetings and topics (arts. 20, 23, 45–48, 51) [${db}]`, () => {
    let h: Harness;
    before(async () => {
      h = await startHarness(db, { at: '2025-11-03T01:00:00.000Z' });
    });
    after(() => h.close());

    test('arts. 45–48: the chair is checked — the 常务副县长 chairs a 常务会议 only by the county head\'s 委托; an office member chairs a special-topic meeting on a leader\'s behalf', async () => {
      const li = await h.login('liwenbo');
      const pos = await posts(li);
      const base = { kind: 'executive', startsAt: '2025-11-11T09:00:00+08:00', place: '县政府第一会议室', form: 'in-person' };
      assert.equal((await li.post('/api/meetings', { ...base, chairPositionId: pos('county-head') })).status, 201);
      const noEntrust = await li.post('/api/meetings', { ...base, chairPositionId: pos('exec-deputy') });
      assert.equal(noEntrust.status, 422);
      assert.ok(noEntrust.body.verdicts.some((v: Json) => v.rule === 'meeting.chair' && v.cites.includes('yunyang-2025:46')));
      const entrusted = await li.post('/api/meetings', { ...base, startsAt: '2025-11-25T09:00:00+08:00', chairPositionId: pos('exec-deputy'), entrustedNote: '县长11月24日委托常务副县长主持' });
      assert.equal(entrusted.status, 201, JSON.stringify(entrusted.body));
      const special = { kind: 'special', startsAt: '2025-11-12T15:00:00+08:00', place: '县政府第三会议室', form: 'video', chairPositionId: pos('office-deputy-1') };
      assert.equal((await li.post('/api/meetings', special)).status, 422);
      assert.equal((await li.post('/api/meetings', { ...special, onBehalfOfPositionId: pos('deputy-1') })).status, 201);
      const plenary = await li.post('/api/meetings', { kind: 'plenary', startsAt: '2025-12-20T09:00:00+08:00', place: '县会议中心', form: 'in-person', chairPositionId: pos('county-head') });
      assert.equal(plenary.status, 201);
      assert.ok(plenary.body.verdicts.some((v: Json) => v.rule === 'meeting.video-preferred' && v.outcome === 'warn' && v.cites.includes('yunyang-2025:51(3)')));
      assert.equal((await (await h.login('zhengwei')).post('/api/meetings', { ...base, chairPositionId: pos('county-head') })).status, 403, 'only the office plans meetings');
    });

    test('arts. 45–47: the regular meetings\' due state; members on the meeting date with who attends for an absent leader', async () => {
      const li = await h.login('liwenbo');
      const list = (await li.get('/api/meetings')).body.data;
      const exec = list.cadence.find((c: Json) => c.kind === 'executive');
      assert.equal(exec.state, 'ok', 'the next 常务会议 is planned');
      const head = list.cadence.find((c: Json) => c.kind === 'head-office');
      assert.equal(head.state, 'overdue', 'no 县长办公会议 in the first month of the quarter');
      assert.match(head.message, /第四十七条/);
      const meeting = list.meetings.find((m: Json) => m.kind === 'executive' && m.date === '2025-11-11');
      const detail = (await li.get(`/api/meetings/${meeting.id}`)).body.data;
      assert.deepEqual(detail.members.map((m: Json) => m.attends).sort(), ['刘建华', '周明远', '孙红', '王晓梅', '赵国强', '陈立新'].sort());
    });

    test('topics: proposed by a leader or a principal; the 县长 admits; arts. 46 and 51(一) refuse; a normative topic is flagged (arts. 20, 23)', async () => {
      const pos = await posts(await h.login('liwenbo'));
      assert.equal((await (await h.login('fengli')).post('/api/topics', topic())).status, 422, 'a drafter cannot propose a topic');
      const zheng = await h.login('zhengwei');
      const proposed = await zheng.post('/api/topics', topic());
      assert.equal(proposed.status, 201, JSON.stringify(proposed.body));
      const id = proposed.body.data.id;
      const wang = await h.login('wangxiaomei');
      const notHead = await wang.post(`/api/topics/${id}/admit`, {});
      assert.equal(notHead.status, 422);
      assert.ok(notHead.body.verdicts.some((v: Json) => v.rule === 'topic.confirmer' && v.cites.includes('yunyang-2025:46')));
      const zhou = await h.login('zhouminyuan');
      assert.equal((await zhou.post(`/api/topics/${id}/admit`, { note: '同意上会' })).body.data.status, 'admitted');

      for (const [over, cite] of [[{ unresolvedDisagreement: true }, 'yunyang-2025:46'], [{ summary: '停车问题' }, 'yunyang-2025:46'], [{ withinOwnAuthority: true }, 'yunyang-2025:51(1)'], [{ coordinated: false }, 'yunyang-2025:51(1)']] as const) {
        const t = (await zheng.post('/api/topics', topic(over))).body.data;
        const r = await zhou.post(`/api/topics/${t.id}/admit`, {});
        assert.equal(r.status, 422, JSON.stringify(over));
        assert.ok(r.body.verdicts.some((v: Json) => v.outcome === 'block' && v.cites.includes(cite)), JSON.stringify(over));
        assert.equal((await zhou.post(`/api/topics/${t.id}/refuse`, { note: '不符合上会条件' })).body.data.status, 'refused');
      }
      const normative = (await (await h.login('liujianhua')).post('/api/topics', topic({ title: '关于审议《云阳县城区停车管理办法》的议题', category: 'normative' }))).body.data;
      const flagged = await zhou.post(`/api/topics/${normative.id}/admit`, {});
      assert.equal(flagged.status, 200);
      assert.ok(flagged.body.verdicts.some((v: Json) => v.rule === 'topic.procedure-ready' && v.outcome === 'warn' && v.cites.includes('yunyang-2025:20')));

      const li = await h.login('liwenbo');
      const meetings = (await li.get('/api/meetings')).body.data.meetings;
      const exec = meetings.find((m: Json) => m.kind === 'executive' && m.date === '2025-11-11');
      const special = meetings.find((m: Json) => m.kind === 'special');
      assert.equal((await li.post(`/api/topics/${id}/schedule`, { meetingId: special.id })).status, 400, 'a 常务会议 topic goes on a 常务会议');
      const scheduled = await li.post(`/api/topics/${id}/schedule`, { meetingId: exec.id });
      assert.equal(scheduled.body.data.status, 'scheduled');
      const detail = (await li.get(`/api/meetings/${exec.id}`)).body.data;
      assert.deepEqual(detail.topics.map((t: Json) => t.title), ['关于调整城区停车收费标准的议题']);
      assert.equal(detail.meeting.chairPositionId, pos('county-head'), 'the meeting is chaired by the 县长');
    });

    test('art. 5 with art. 46: while the 县长 travels, the 常务副县长 presiding by 委托 admits topics and chairs without a separate note', async () => {
      const pos = await posts(await h.login('liwenbo'));
      const zhou = await h.login('zhouminyuan');
      assert.equal((await zhou.post('/api/leave', { kind: 'travel', fromAt: '2025-11-17T08:00:00+08:00', toAt: '2025-11-19T18:00:00+08:00', destination: '北京市', reason: '汇报工作' })).status, 201);
      h.clock.set('2025-11-17T02:00:00.000Z');
      const li = await h.login('liwenbo');
      const chaired = await li.post('/api/meetings', { kind: 'executive', startsAt: '2025-11-18T09:00:00+08:00', place: '县政府第一会议室', form: 'in-person', chairPositionId: pos('exec-deputy') });
      assert.equal(chaired.status, 201, JSON.stringify(chaired.body));
      const t = (await (await h.login('zhengwei')).post('/api/topics', topic({ title: '关于城区道路改造的议题' }))).body.data;
      const chen = await h.login('chenlixin');
      const admitted = await chen.post(`/api/topics/${t.id}/admit`, {});
      assert.equal(admitted.status, 200, JSON.stringify(admitted.body));
      assert.equal(admitted.body.data.decidedOnBehalfOf !== null, true, 'recorded as acting for the 县长');
    });

    test('art. 50: minutes drafted by the office, reviewed by the 常务副县长, signed by the 县长 — out of order refused; each decision becomes the lead unit\'s 待办 (arts. 28, 41)', async () => {
      h.clock.set('2025-11-25T01:00:00.000Z');
      const li = await h.login('liwenbo');
      const org = (await li.get('/api/org')).body.data;
      const body = (code: string) => org.bodies.find((b: Json) => b.code === code).id;
      const pos = (code: string) => org.positions.find((p: Json) => p.code === code).id;
      const planned = await li.post('/api/meetings', { kind: 'executive', startsAt: '2025-11-25T09:30:00+08:00', place: '县政府第一会议室', form: 'in-person', chairPositionId: pos('county-head') });
      assert.equal(planned.status, 201, JSON.stringify(planned.body));
      const id = planned.body.data.id;
      assert.equal((await li.post(`/api/meetings/${id}/hold`, {})).status, 409, 'not before it starts');
      h.clock.set('2025-11-25T04:00:00.000Z');
      const office = await h.login('liwenbo');
      const held = await office.post(`/api/meetings/${id}/hold`, {});
      assert.equal(held.status, 200, JSON.stringify(held.body));
      assert.equal(held.body.data.status, 'held');
      const noLead = await office.put(`/api/meetings/${id}/minutes`, { text: '会议研究了城区停车收费标准调整等事项。', decisions: [{ text: '同意调整城区停车收费标准', leadBodyId: '', dueWorkdays: 10 }] });
      assert.equal(noLead.status, 422);
      const drafted = await office.put(`/api/meetings/${id}/minutes`, { text: '会议研究了城区停车收费标准调整等事项。', decisions: [{ text: '同意调整城区停车收费标准，先组织听证', leadBodyId: body('fgw'), coBodyIds: [body('sfj')], dueWorkdays: 10 }] });
      assert.equal(drafted.status, 200, JSON.stringify(drafted.body));
      assert.equal((await office.post(`/api/meetings/${id}/minutes/advance`, { opinion: '送审' })).body.data.status, 'reviewing');
      const zhou = await h.login('zhouminyuan');
      const early = await zhou.post(`/api/meetings/${id}/minutes/advance`, { opinion: '签发' });
      assert.equal(early.status, 422);
      assert.ok(early.body.verdicts.some((v: Json) => v.rule === 'minutes.in-order' && v.cites.includes('yunyang-2025:50')));
      assert.equal((await (await h.login('chenlixin')).post(`/api/meetings/${id}/minutes/advance`, { opinion: '审核同意' })).body.data.status, 'signing');
      const signed = await zhou.post(`/api/meetings/${id}/minutes/advance`, { opinion: '签发' });
      assert.equal(signed.body.data.status, 'signed');
      assert.ok(signed.body.verdicts.some((v: Json) => v.rule === 'minutes.decisions-assigned' && v.cites.includes('yunyang-2025:41')));
      const zhengTasks = (await (await h.login('zhengwei')).get('/api/tasks?status=open')).body.data;
      const task = zhengTasks.find((t: Json) => t.kind === 'meeting-decision' && t.sourceId === id);
      assert.ok(task, 'the lead unit has the decision as a 待办');
      assert.equal(task.due.dueDate, '2025-12-09');
      assert.ok((await (await h.login('huangzhigang')).get('/api/tasks?status=open')).body.data.some((t: Json) => t.kind === 'meeting-decision-assist' && t.sourceId === id));
      h.clock.set('2025-12-10T02:00:00.000Z');
      const overdue = (await (await h.login('liwenbo')).get('/api/tasks/overdue')).body.data;
      assert.ok(overdue.some((t: Json) => t.id === task.id), 'an unfinished decision shows as overdue');
    });

    test('art. 49: a leader asks the 县长 (or the presiding 常务副县长); a department head at the 全体会议 names the deputy who attends instead and asks through the office', async () => {
      h.clock.set('2025-12-01T01:00:00.000Z');
      const li = await h.login('liwenbo');
      const org = (await li.get('/api/org')).body.data;
      const pos = (code: string) => org.positions.find((p: Json) => p.code === code).id;
      const person = (code: string) => org.positions.find((p: Json) => p.code === code).holders[0].personId;
      const plenary = (await li.post('/api/meetings', { kind: 'plenary', startsAt: '2025-12-22T09:00:00+08:00', place: '县会议中心', form: 'video', chairPositionId: pos('county-head') })).body.data;
      const liu = await h.login('liujianhua');
      const asked = await liu.post(`/api/meetings/${plenary.id}/leave`, { reason: '赴市里参加项目调度会' });
      assert.equal(asked.status, 201, JSON.stringify(asked.body));
      assert.equal(asked.body.data.approverPositionId, pos('county-head'));
      assert.equal(asked.body.data.status, 'requested', 'a county leader asks the 县长 directly');
      assert.equal((await (await h.login('wangxiaomei')).post(`/api/meeting-leaves/${asked.body.data.id}/approve`, {})).status, 422);
      const zhou = await h.login('zhouminyuan');
      assert.equal((await zhou.post(`/api/meeting-leaves/${asked.body.data.id}/approve`, { note: '同意' })).body.data.status, 'approved');
      const zheng = await h.login('zhengwei');
      const noSub = await zheng.post(`/api/meetings/${plenary.id}/leave`, { reason: '外出招商' });
      assert.equal(noSub.status, 422);
      assert.ok(noSub.body.verdicts.some((v: Json) => v.rule === 'meeting-leave.substitute' && v.cites.includes('yunyang-2025:49')));
      const withSub = await zheng.post(`/api/meetings/${plenary.id}/leave`, { reason: '外出招商', substitutePersonId: person('fgw-deputy') });
      assert.equal(withSub.status, 201);
      assert.equal(withSub.body.data.status, 'at-office', 'a department head asks the county government office');
      assert.ok(withSub.body.verdicts.some((v: Json) => v.rule === 'meeting-leave.office-forwards' && v.cites.includes('yunyang-2025:49')));
      const subId = withSub.body.data.id;
      const early = await zhou.post(`/api/meeting-leaves/${subId}/approve`, {});
      assert.equal(early.status, 422, 'not before the office forwards it');
      assert.ok(early.body.verdicts.some((v: Json) => v.rule === 'meeting-leave.office-forwards' && v.outcome === 'block' && v.cites.includes('yunyang-2025:49')));
      assert.equal((await zhou.post(`/api/meeting-leaves/${subId}/forward`, {})).status, 422, 'only the office forwards');
      assert.equal((await (await h.login('liwenbo')).get('/api/tasks?status=open')).body.data.find((t: Json) => t.sourceId === subId)?.kind, 'meeting-leave-forward');
      const forwarded = await (await h.login('liwenbo')).post(`/api/meeting-leaves/${subId}/forward`, { note: '请县长审批' });
      assert.equal(forwarded.status, 200, JSON.stringify(forwarded.body));
      assert.equal(forwarded.body.data.status, 'requested');
      assert.equal((await zhou.get('/api/tasks?status=open')).body.data.find((t: Json) => t.sourceId === subId)?.kind, 'meeting-leave');
      assert.equal((await zhou.post(`/api/meeting-leaves/${subId}/approve`, {})).status, 200);
      const huang = await h.login('huangzhigang');
      const back = (await huang.post(`/api/meetings/${plenary.id}/leave`, { reason: '出差', substitutePersonId: person('sfj-reviewer') })).body.data;
      assert.equal((await (await h.login('hejing')).post(`/api/meeting-leaves/${back.id}/send-back`, {})).status, 400, 'a reason is required');
      const sentBack = await (await h.login('hejing')).post(`/api/meeting-leaves/${back.id}/send-back`, { note: '代会人员应为局领导班子成员' });
      assert.equal(sentBack.body.data.status, 'sent-back');
      const detail = (await li.get(`/api/meetings/${plenary.id}`)).body.data;
      const fgw = detail.members.find((m: Json) => m.positionId === pos('fgw-head'));
      assert.equal(fgw.leave.status, 'approved');
      assert.equal(fgw.leave.substitute, '蒋涛');
      assert.equal(detail.members.find((m: Json) => m.positionId === pos('sfj-head')).leave, null, 'a returned request does not excuse');
      const shown = detail.leaves.find((l: Json) => l.id === subId);
      assert.deepEqual([shown.statusLabel, shown.officeByName, shown.officeNote], ['已批准', '李文博', '请县长审批']);
      assert.equal(detail.leaves.find((l: Json) => l.id === back.id).officeByName, '何静');
      assert.equal((await (await h.login('fengli')).post(`/api/meetings/${plenary.id}/leave`, { reason: '有事' })).status, 403, 'not a member');

      const exec = (await li.post('/api/meetings', { kind: 'executive', startsAt: '2025-12-09T09:00:00+08:00', place: '县政府第一会议室', form: 'in-person', chairPositionId: pos('exec-deputy'), entrustedNote: '县长委托常务副县长主持' })).body.data;
      const ask2 = await (await h.login('sunhong')).post(`/api/meetings/${exec.id}/leave`, { reason: '陪同检查' });
      assert.equal(ask2.body.data.approverPositionId, pos('exec-deputy'), 'the presiding 常务副县长 approves');
    });
  });
}
