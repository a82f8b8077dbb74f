import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, testDatabases, type Harness, type Json } from '../support/harness.ts';
import { readyMajorDecision, submitMajorDecision } from '../support/major-decisions.ts';

const topic = (over: Json = {}) => ({
  meetingKind: 'executive', title: '关于建设县城第二污水处理厂的议题', summary: '县城污水处理能力已接近饱和，雨季溢流问题突出，拟新建日处理能力3万吨的第二污水处理厂。',
  recommendation: '建议同意实施并纳入年度重点项目', unresolvedDisagreement: false, withinOwnAuthority: false, coordinated: true, ...over,
});

for (const db of testDatabases()) {
  describe(`meeting attendance, sign-in, collective study and discussion record (arts. 17, 24, 45–47, 49; 条例第三十条) [${db}]`, () => {
    let h: Harness;
    let org: Json;
    const pos = (code: string) => org.positions.find((p: Json) => p.code === code).id;
    const person = (code: string) => org.positions.find((p: Json) => p.code === code).holders[0].personId;
    const body = (code: string) => org.bodies.find((b: Json) => b.code === code).id;
    let execId = '';
    let majorTopicId = '';

    before(async () => {
      // The major decision first goes through its statutory steps (第二十三条): it is ready on 5 November,
      // the 7th working day of its legality review, and is put forward from its dossier.
      h = await startHarness(db, { at: '2025-10-27T01:00:00.000Z' });
      const ready = await readyMajorDecision(h, { title: '县城第二污水处理厂建设', readyAt: '2025-11-05T01:00:00.000Z' });
      const li = await h.login('liwenbo');
      org = (await li.get('/api/org')).body.data;
      const exec = await li.post('/api/meetings', { kind: 'executive', startsAt: '2025-11-11T09:00:00+08:00', place: '县政府第一会议室', form: 'in-person', chairPositionId: pos('county-head') });
      assert.equal(exec.status, 201, JSON.stringify(exec.body));
      execId = exec.body.data.id;
      // A department's topic and a leader's major-decision topic, admitted by the 县长 and put on the meeting.
      const zhou = await h.login('zhouminyuan');
      const dept = (await (await h.login('zhengwei')).post('/api/topics', topic({ title: '关于2026年县级政府投资计划的议题' }))).body.data;
      const major = { id: await submitMajorDecision(h, ready.dossierId, { title: '关于建设县城第二污水处理厂的议题' }) };
      for (const t of [dept, major]) {
        assert.equal((await zhou.post(`/api/topics/${t.id}/admit`, { note: '同意上会' })).status, 200);
        assert.equal((await li.post(`/api/topics/${t.id}/schedule`, { meetingId: execId })).status, 200);
      }
      majorTopicId = major.id;
    });
    after(() => h.close());

    test('art. 46: the 常务会议 lists its fixed 列席 and the proposing unit for its topic', async () => {
      const d = (await (await h.login('liwenbo')).get(`/api/meetings/${execId}`)).body.data;
      const fixed = d.attendance.filter((e: Json) => e.group === 'fixed');
      const label = (l: string) => fixed.find((e: Json) => e.label === l);
      assert.equal(label('县发展改革委主要负责人').attends, '郑伟');
      assert.equal(label('县司法局主要负责人').attends, '黄志刚');
      assert.equal(label('县审计局主要负责人').attends, '谢芳');
      assert.equal(label('县人大常委会负责常务工作的领导').bodyName, '县人大常委会');
      assert.equal(label('县委办公室分管领导').bodyName, '县委办公室');
      assert.ok(fixed.some((e: Json) => e.label === '县政府办公室主任' && e.attends === '李文博'), 'the office leadership sits in');
      assert.equal(fixed.length, 12, '9 bodies of art. 46 and the three office leaders');
      const topicUnit = d.attendance.find((e: Json) => e.group === 'topic');
      assert.equal(topicUnit.label, '县发展改革委主任');
      assert.equal(topicUnit.topicTitle, '关于2026年县级政府投资计划的议题');
      assert.equal(d.attendance.filter((e: Json) => e.group === 'member').length, 6);
    });

    test('arts. 45–46: guests and extra 列席 only where decided; a topic unit only for a topic on this meeting', async () => {
      const li = await h.login('liwenbo');
      const noBasis = await li.post(`/api/meetings/${execId}/attendees`, { group: 'guest', category: 'media', name: '云阳县融媒体中心记者' });
      assert.equal(noBasis.status, 422);
      assert.ok(noBasis.body.verdicts.some((v: Json) => v.rule === 'attendance.invitation' && v.cites.includes('yunyang-2025:46')));
      const guest = await li.post(`/api/meetings/${execId}/attendees`, { group: 'guest', category: 'media', name: '云阳县融媒体中心记者', basis: '经县长同意，报道污水处理厂议题' });
      assert.equal(guest.status, 201, JSON.stringify(guest.body));
      assert.equal((await li.post(`/api/meetings/${execId}/attendees`, { group: 'guest', category: 'media', name: '云阳县融媒体中心记者', basis: '经县长同意' })).status, 409);
      // A minute later, so that the list's order (by time added) is the order they were added in.
      h.clock.set(new Date(h.clock.now().getTime() + 60_000).toISOString());
      const citizen = await li.post(`/api/meetings/${execId}/attendees`, { group: 'guest', category: 'citizen', name: '双江街道居民代表张某', basis: '经县长同意' });
      assert.equal(citizen.status, 201);
      const other = (await (await h.login('zhengwei')).post('/api/topics', topic({ title: '关于另一事项的议题' }))).body.data;
      const wrongTopic = await li.post(`/api/meetings/${execId}/attendees`, { group: 'topic', topicId: other.id, bodyId: body('czj') });
      assert.equal(wrongTopic.status, 422, 'the topic is not on this meeting');
      const added = await li.post(`/api/meetings/${execId}/attendees`, { group: 'topic', topicId: majorTopicId, bodyId: body('scjgj') });
      assert.equal(added.status, 201, JSON.stringify(added.body));
      assert.equal((await (await h.login('zhengwei')).post(`/api/meetings/${execId}/attendees`, { group: 'guest', category: 'media', name: 'x', basis: '经县长同意' })).status, 403, 'only the office');
      const d = (await li.get(`/api/meetings/${execId}`)).body.data;
      assert.deepEqual(d.attendance.filter((e: Json) => e.group === 'guest').map((e: Json) => e.categoryLabel).sort(), ['新闻媒体', '群众代表'].sort());
      assert.ok(d.attendance.some((e: Json) => e.group === 'topic' && e.label === '县市场监管局局长' && e.topicTitle === '关于建设县城第二污水处理厂的议题'));
    });

    test('art. 49: a fixed 列席 attendee asks the office for leave and names who attends instead', async () => {
      const huang = await h.login('huangzhigang');
      const noSub = await huang.post(`/api/meetings/${execId}/leave`, { reason: '参加市司法局会议' });
      assert.equal(noSub.status, 422);
      assert.ok(noSub.body.verdicts.some((v: Json) => v.rule === 'meeting-leave.substitute'));
      const asked = await huang.post(`/api/meetings/${execId}/leave`, { reason: '参加市司法局会议', substitutePersonId: person('sfj-reviewer') });
      assert.equal(asked.status, 201, JSON.stringify(asked.body));
      assert.equal(asked.body.data.status, 'at-office', 'through the office (第四十九条)');
      const d = (await (await h.login('liwenbo')).get(`/api/meetings/${execId}`)).body.data;
      const entry = d.attendance.find((e: Json) => e.group === 'fixed' && e.label === '县司法局主要负责人');
      assert.equal(entry.leave.substitute, '林小燕');
      assert.equal((await (await h.login('fengli')).post(`/api/meetings/${execId}/leave`, { reason: '有事' })).status, 403, 'not on the list');
    });

    test('art. 17, art. 46(十五): collective study is arranged before a 常务会议 only, and recorded once held', async () => {
      const li = await h.login('liwenbo');
      const special = (await li.post('/api/meetings', { kind: 'special', startsAt: '2025-11-12T15:00:00+08:00', place: '县政府第三会议室', form: 'video', chairPositionId: pos('deputy-1') })).body.data;
      const wrong = await li.put(`/api/meetings/${special.id}/study`, { kind: 'law', subject: '学习《中华人民共和国行政复议法》', speaker: '黄志刚' });
      assert.equal(wrong.status, 422);
      assert.ok(wrong.body.verdicts.some((v: Json) => v.rule === 'meeting.study' && v.cites.includes('yunyang-2025:46(15)')));
      const ok = await li.put(`/api/meetings/${execId}/study`, { kind: 'law', subject: '学习《中华人民共和国行政复议法》', speaker: '黄志刚', materials: ['行政复议法全文'] });
      assert.equal(ok.status, 200, JSON.stringify(ok.body));
      assert.equal((await li.post(`/api/meetings/${execId}/study/record`, { summary: '黄志刚同志讲解了行政复议法修订要点' })).status, 409, 'not before the meeting');
      assert.equal((await li.get('/api/meetings')).body.data.lawStudy.scheduled, 1);
    });

    test('sign-in on the day; the members\' turnout below the configured share is a warning when the meeting is recorded held', async () => {
      const li = await h.login('liwenbo');
      const d0 = (await li.get(`/api/meetings/${execId}`)).body.data;
      const key = (title: string) => d0.attendance.find((e: Json) => e.group === 'member' && e.label === title).key;
      assert.equal((await li.post(`/api/meetings/${execId}/sign-in`, { entryKey: key('县长') })).status, 409, 'not before the meeting date');
      h.clock.set('2025-11-11T00:50:00.000Z');
      const office = await h.login('liwenbo');
      const signed = await office.post(`/api/meetings/${execId}/sign-in`, { entryKey: key('县长') });
      assert.equal(signed.status, 200, JSON.stringify(signed.body));
      assert.equal(signed.body.data.signIn.attendedBy, '周明远');
      assert.equal((await office.post(`/api/meetings/${execId}/sign-in`, { entryKey: key('县长') })).status, 409, 'signed in once');
      assert.equal((await office.post(`/api/meetings/${execId}/sign-in`, { entryKey: 'member:nobody' })).status, 400);
      assert.equal((await office.post(`/api/meetings/${execId}/sign-in`, { entryKey: key('常务副县长') })).status, 200);
      h.clock.set('2025-11-11T01:30:00.000Z');
      const held = await (await h.login('liwenbo')).post(`/api/meetings/${execId}/hold`, {});
      assert.equal(held.status, 200, JSON.stringify(held.body));
      const turnout = held.body.verdicts.find((v: Json) => v.rule === 'meeting.attendance');
      assert.equal(turnout.outcome, 'warn');
      assert.match(turnout.message, /组成人员出席2人，共6人，低于50%/);
      const recorded = await (await h.login('liwenbo')).post(`/api/meetings/${execId}/study/record`, { summary: '黄志刚同志讲解了行政复议法修订要点' });
      assert.equal(recorded.status, 200);
      assert.equal((await (await h.login('liwenbo')).get('/api/meetings')).body.data.lawStudy.recorded, 1);
    });

    test('条例第三十条: dissent needs its reasons; the 县长 speaks last on a major decision; a conclusion against the majority states why', async () => {
      const li = await h.login('liwenbo');
      const speak = (personCode: string, opinion: string, remarks = '', role = 'member') => li.post(`/api/topics/${majorTopicId}/speeches`, { personId: person(personCode), role, opinion, remarks });
      assert.equal((await speak('fgw-drafter', 'agree')).status, 400, 'not a member');
      const report = await speak('fgw-head', 'report', '汇报项目选址和投资估算', 'attendee');
      assert.equal(report.status, 201, JSON.stringify(report.body));
      const noReason = await speak('deputy-2', 'disagree');
      assert.equal(noReason.status, 422);
      assert.ok(noReason.body.verdicts.some((v: Json) => v.rule === 'discussion.opinion-reasons' && v.cites.includes('major-decision-2019:30')));
      assert.equal((await speak('deputy-2', 'disagree', '选址距离水源保护区过近')).status, 201);
      assert.equal((await speak('deputy-3', 'disagree', '资金来源尚未落实')).status, 201);
      assert.equal((await speak('party-member-1', 'disagree', '应先完成风险评估')).status, 201);
      assert.equal((await speak('exec-deputy', 'reserve', '建议补充资金平衡方案')).status, 201);
      const early = await li.post(`/api/topics/${majorTopicId}/conclusion`, { text: '原则同意建设', outcome: 'adopted' });
      assert.equal(early.status, 422);
      assert.ok(early.body.verdicts.some((v: Json) => v.rule === 'discussion.head-last' && v.outcome === 'block'), 'the 县长 has not spoken');
      assert.equal((await speak('county-head', 'agree', '项目必要且紧迫')).status, 201);
      const after = await speak('deputy-1', 'agree', '同意');
      assert.equal(after.status, 422, 'nobody speaks after the 行政首长');
      assert.ok(after.body.verdicts.some((v: Json) => v.rule === 'discussion.head-last'));
      const noWhy = await li.post(`/api/topics/${majorTopicId}/conclusion`, { text: '原则同意建设', outcome: 'adopted' });
      assert.equal(noWhy.status, 422);
      assert.ok(noWhy.body.verdicts.some((v: Json) => v.rule === 'discussion.against-majority' && v.outcome === 'block'));
      const concluded = await li.post(`/api/topics/${majorTopicId}/conclusion`, { text: '原则同意建设，补充风险评估后实施', outcome: 'amended', reasonAgainstMajority: '雨季溢流已造成污染，项目紧迫；选址和资金问题在实施方案中解决' });
      assert.equal(concluded.status, 200, JSON.stringify(concluded.body));
      assert.equal((await li.post(`/api/topics/${majorTopicId}/conclusion`, { text: '再次结论', outcome: 'adopted' })).status, 409);
      const d = (await li.get(`/api/meetings/${execId}`)).body.data;
      const t = d.topics.find((x: Json) => x.id === majorTopicId);
      assert.equal(t.status, 'discussed');
      assert.deepEqual(t.discussion.speeches.map((s: Json) => `${s.order}${s.personName}${s.opinionLabel}`), ['1郑伟汇报说明', '2王晓梅不同意', '3赵国强不同意', '4孙红不同意', '5陈立新保留意见', '6周明远同意']);
      assert.equal(t.discussion.speeches.at(-1).head, true);
      assert.deepEqual(t.discussion.tally, { agree: 1, disagree: 3, reserve: 1, members: 5 });
      assert.equal(t.discussion.conclusion.outcomeLabel, '修改后通过');
      assert.equal(t.discussion.conclusion.concludedByName, '周明远');
    });
  });
}
