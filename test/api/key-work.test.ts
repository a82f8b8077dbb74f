import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, testDatabases, type Client, type Harness, type Json } from '../support/harness.ts';

// The quarterly key-work list of the 县长办公会议 (art. 47: 清单管理、挂单操作、按季推进), one story
// from Monday 2025-11-03 (2025年第四季度) into 2026年第一季度, on each database.

interface Org {
  body(code: string): string;
  pos(code: string): string;
  person(code: string): string;
}

async function orgOf(c: Client): Promise<Org> {
  const org = (await c.get('/api/org')).body.data;
  return {
    body: (code) => org.bodies.find((b: Json) => b.code === code).id,
    pos: (code) => org.positions.find((p: Json) => p.code === code).id,
    person: (code) => org.positions.find((p: Json) => p.code === code).holders[0].personId,
  };
}

const cites47 = (r: { body: Json }, rule: string, outcome = 'block') => r.body.verdicts.some((v: Json) => v.rule === rule && v.outcome === outcome && v.cites.includes('yunyang-2025:47'));

for (const db of testDatabases()) {
  describe(`quarterly key-work list (art. 47) [${db}]`, () => {
    let h: Harness;
    let o: Org;
    let parking: string;
    let market: string;
    let park: string;
    const item = (over: Json = {}) => ({
      year: 2025, quarter: 4, title: '城区停车设施建设', target: '新建公共停车泊位800个，完成可研批复和用地预审', leadBodyId: o.body('fgw'), coBodyIds: [o.body('czj')],
      leaderPositionId: o.pos('deputy-1'), dueDate: '2025-11-28', ...over,
    });

    before(async () => {
      h = await startHarness(db, { at: '2025-11-03T01:00:00.000Z' });
      o = await orgOf(await h.login('liwenbo'));
    });
    after(() => h.close());

    test('art. 47 (清单管理): the office puts items on the quarter\'s list with a lead unit and a county leader in charge; the lead unit\'s principal gets the 待办', async () => {
      const li = await h.login('liwenbo');
      const added = await li.post('/api/key-work/items', item());
      assert.equal(added.status, 201, JSON.stringify(added.body));
      parking = added.body.data.id;
      assert.ok(cites47(added, 'key-work.item-assigned', 'allow'));
      assert.equal((await (await h.login('zhengwei')).post('/api/key-work/items', item())).status, 403, 'only the office keeps the list');
      const notLeader = await li.post('/api/key-work/items', item({ leaderPositionId: o.pos('czj-head') }));
      assert.equal(notLeader.status, 422);
      assert.ok(cites47(notLeader, 'key-work.item-assigned'));
      const outside = await li.post('/api/key-work/items', item({ leadBodyId: o.body('rdcwh') }));
      assert.equal(outside.status, 400);
      assert.deepEqual(outside.body.error.fields, ['leadBodyId']);
      assert.equal((await li.post('/api/key-work/items', item({ dueDate: '2025-11-02' }))).status, 400, 'not due before today');

      const later = await li.post('/api/key-work/items', item({ title: '市场主体培育', target: '新增市场主体1200户', leadBodyId: o.body('scjgj'), coBodyIds: [], leaderPositionId: o.pos('deputy-2'), dueDate: '2026-01-15' }));
      assert.equal(later.status, 201);
      assert.ok(cites47(later, 'key-work.due-in-quarter', 'warn'), 'due after the quarter: accepted with a warning');
      market = later.body.data.id;
      park = (await li.post('/api/key-work/items', item({ title: '工业园区标准厂房建设', target: '完成标准厂房主体工程', leadBodyId: o.body('gyyq'), coBodyIds: [], dueDate: '2025-12-31' }))).body.data.id;

      const tasks = (await (await h.login('zhengwei')).get('/api/tasks?status=open')).body.data;
      const task = tasks.find((t: Json) => t.sourceId === parking);
      assert.equal(task?.kind, 'key-work');
      assert.equal(task?.due.dueDate, '2025-11-28');

      const list = (await (await h.login('zhengwei')).get('/api/key-work')).body.data;
      assert.equal(list.label, '2025年第四季度');
      assert.equal(list.canKeep, false);
      assert.deepEqual(list.items.map((i: Json) => [i.seq, i.title, i.standingLabel, i.leadBodyName, i.leaderHolders]), [
        [1, '城区停车设施建设', '未启动', '县发展改革委', '刘建华'], [2, '市场主体培育', '未启动', '县市场监管局', '王晓梅'], [3, '工业园区标准厂房建设', '未启动', '云阳工业园区管委会', '刘建华'],
      ]);
      assert.equal(list.counts.total, 3);
    });

    test('art. 47: progress is reported by the lead unit\'s principal or the office; anyone else is refused citing 第四十七条', async () => {
      const zheng = await h.login('zhengwei');
      const r = await zheng.post(`/api/key-work/items/${parking}/progress`, { text: '可研已批复，用地预审已报送', reportDate: '2025-11-03', status: 'in-progress' });
      assert.equal(r.status, 201, JSON.stringify(r.body));
      assert.equal(r.body.data.status, 'in-progress');
      for (const who of ['jiangtao', 'huangzhigang', 'liujianhua']) {
        const refused = await (await h.login(who)).post(`/api/key-work/items/${parking}/progress`, { text: '代为报送', reportDate: '2025-11-03', status: 'in-progress' });
        assert.equal(refused.status, 422, who);
        assert.ok(cites47(refused, 'key-work.progress-reporter'), who);
        assert.match(refused.body.error.message, /^第四十七条：季度重点工作实行清单管理，推进情况由牵头单位（县发展改革委）主要负责人或县政府办公室报送/);
      }
      const events = (await (await h.login('auditadmin')).get(`/api/audit/events?subjectType=key-work&subjectId=${parking}`)).body.data;
      const refusals = events.filter((e: Json) => e.type === 'action.refused');
      assert.equal(refusals.length, 3, 'each refused attempt is on the record, the item unchanged');
      assert.ok(refusals.every((e: Json) => e.payload.action === '报告重点工作进展' && e.verdicts.some((v: Json) => v.rule === 'key-work.progress-reporter' && v.outcome === 'block')));
      const office = await (await h.login('hejing')).post(`/api/key-work/items/${market}/progress`, { text: '已召开推进会', reportDate: '2025-11-03', status: 'in-progress' });
      assert.equal(office.status, 201, 'the office reports too');
      const d = (await zheng.get(`/api/key-work/items/${parking}`)).body.data;
      assert.deepEqual(d.history.map((e: Json) => [e.kindLabel, e.personName, e.positionTitle]), [['列入清单', '李文博', '县政府办公室主任'], ['报送推进情况', '郑伟', '县发展改革委主任']]);
      assert.equal(d.history[1].reportDate, '2025-11-03');
    });

    test('arts. 5, 59 with art. 47: while the principal is away, the person presiding reports for the post, recorded with both names', async () => {
      const leave = await (await h.login('zhengwei')).post('/api/leave', {
        kind: 'leave', fromAt: '2025-11-10T08:00:00+08:00', toAt: '2025-11-11T18:00:00+08:00', destination: '成都市', reason: '参加培训', presidingPersonId: o.person('fgw-deputy'),
      });
      assert.equal(leave.status, 201, JSON.stringify(leave.body));
      assert.equal((await (await h.login('liwenbo')).post(`/api/leave/${leave.body.data.id}/forward`, {})).status, 200);
      assert.equal((await (await h.login('liujianhua')).post(`/api/leave/${leave.body.data.id}/approve`, {})).status, 200);
      h.clock.set('2025-11-10T02:00:00.000Z');
      const jiang = await h.login('jiangtao');
      const r = await jiang.post(`/api/key-work/items/${parking}/progress`, { text: '用地预审已通过', reportDate: '2025-11-10', status: 'in-progress' });
      assert.equal(r.status, 201, JSON.stringify(r.body));
      const last = (await jiang.get(`/api/key-work/items/${parking}`)).body.data.history.at(-1);
      assert.deepEqual([last.personName, last.onBehalfOfName, last.positionTitle], ['蒋涛', '郑伟', '县发展改革委主任']);
    });

    test('art. 47: an item past its due date unfinished shows as 滞后, computed on the date with the reason; a completion report answers the 待办', async () => {
      h.clock.set('2025-12-05T02:00:00.000Z');
      const list = (await (await h.login('liwenbo')).get('/api/key-work')).body.data;
      const p = list.items.find((i: Json) => i.id === parking);
      assert.equal(p.standing, 'lagging');
      assert.equal(p.status, 'in-progress', '滞后 is computed, never stored');
      assert.equal(p.laggingReason, '第四十七条：完成时限为2025年11月28日，至今日（2025年12月5日）已逾期7日仍未完成（推进中），计为滞后');
      assert.deepEqual([list.counts.lagging, list.counts['in-progress'], list.counts['not-started']], [1, 1, 1]);

      const done = await (await h.login('hejianjun')).post(`/api/key-work/items/${park}/progress`, { text: '标准厂房主体工程已封顶', reportDate: '2025-12-05', status: 'completed' });
      assert.equal(done.status, 201, JSON.stringify(done.body));
      const open = (await (await h.login('hejianjun')).get('/api/tasks?status=open')).body.data.filter((t: Json) => t.sourceId === park);
      assert.deepEqual(open, [], 'the 待办 is answered');
      const again = await (await h.login('hejianjun')).post(`/api/key-work/items/${park}/progress`, { text: '补充', reportDate: '2025-12-05', status: 'in-progress' });
      assert.equal(again.status, 409);

      // 重新打开 (the office): a completion reported by mistake is reopened with its reason; the 待办 comes back.
      assert.equal((await (await h.login('hejianjun')).post(`/api/key-work/items/${park}/reopen`, { reason: '完成情况报送有误' })).status, 403, 'the office keeps the list');
      assert.equal((await (await h.login('liwenbo')).post(`/api/key-work/items/${park}/reopen`, { reason: ' ' })).status, 400, 'a reason is required');
      const reopened = await (await h.login('liwenbo')).post(`/api/key-work/items/${park}/reopen`, { reason: '经核实，厂房尚未竣工验收，完成情况报送有误' });
      assert.equal(reopened.status, 200, JSON.stringify(reopened.body));
      assert.equal(reopened.body.data.status, 'in-progress');
      assert.ok(cites47(reopened, 'key-work.quarter-open', 'allow'));
      const back = (await (await h.login('hejianjun')).get('/api/tasks?status=open')).body.data.filter((t: Json) => t.sourceId === park);
      assert.equal(back.length, 1, 'the lead unit\'s 待办 is back');
      const reopenedEntry = (await (await h.login('liwenbo')).get(`/api/key-work/items/${park}`)).body.data.history.at(-1);
      assert.deepEqual([reopenedEntry.kindLabel, reopenedEntry.text, reopenedEntry.statusAfterLabel], ['重新打开', '经核实，厂房尚未竣工验收，完成情况报送有误', '推进中']);
      assert.equal((await (await h.login('liwenbo')).post(`/api/key-work/items/${parking}/reopen`, { reason: '误操作重新打开' })).status, 409, 'only a completed item is reopened');
      const redone = await (await h.login('hejianjun')).post(`/api/key-work/items/${park}/progress`, { text: '标准厂房已竣工验收', reportDate: '2025-12-05', status: 'completed' });
      assert.equal(redone.status, 201, JSON.stringify(redone.body));

      const edited = await (await h.login('liwenbo')).post(`/api/key-work/items/${market}/edit`, { dueDate: '2025-12-31', note: '按县长要求提前完成' });
      assert.equal(edited.status, 200, JSON.stringify(edited.body));
      const m = (await (await h.login('liwenbo')).get(`/api/key-work/items/${market}`)).body.data;
      assert.deepEqual(m.history.at(-1).previous, { dueDate: '2026-01-15' }, 'the earlier due date is kept');
      const task = (await (await h.login('wangxiaomei')).get('/api/tasks?status=open')).body.data;
      assert.ok(!task.some((t: Json) => t.sourceId === market), 'the 待办 is the lead unit\'s, not the leader\'s');
      const scj = (await (await h.login('liwenbo')).get(`/api/key-work/items/${market}`)).body.data;
      assert.equal(scj.dueDate, '2025-12-31');
    });

    test('art. 47 (按季推进、挂单操作): once the quarter has ended its list stays as it stood; unfinished items are carried over to this quarter, linked back', async () => {
      h.clock.set('2026-01-05T02:00:00.000Z');
      const zheng = await h.login('zhengwei');
      const late = await zheng.post(`/api/key-work/items/${parking}/progress`, { text: '补报12月进展', reportDate: '2025-12-30', status: 'completed' });
      assert.equal(late.status, 422);
      assert.ok(cites47(late, 'key-work.quarter-open'));
      const li = await h.login('liwenbo');
      assert.equal((await li.post('/api/key-work/items', item({ dueDate: '2026-01-20' }))).status, 422, 'no new item on an ended quarter');

      const q4 = (await li.get('/api/key-work?year=2025&quarter=4')).body.data;
      assert.equal(q4.ended, true);
      assert.deepEqual(q4.counts, { 'not-started': 0, 'in-progress': 0, completed: 1, lagging: 2, total: 3 });
      assert.match(q4.items.find((i: Json) => i.id === market).laggingReason, /^第四十七条：完成时限为2025年12月31日，至2025年第四季度末仍未完成（推进中），计为滞后$/);
      assert.equal(q4.carryable, 2);

      const one = await li.post(`/api/key-work/items/${parking}/carry-over`, { dueDate: '2026-02-28' });
      assert.equal(one.status, 201, JSON.stringify(one.body));
      assert.ok(cites47(one, 'key-work.carry-over', 'allow'));
      assert.deepEqual([one.body.data.year, one.body.data.quarter, one.body.data.carriedFromId, one.body.data.status], [2026, 1, parking, 'in-progress']);
      const twice = await li.post(`/api/key-work/items/${parking}/carry-over`, {});
      assert.equal(twice.status, 422);
      assert.match(twice.body.error.message, /已挂单转入2026年第一季度/);
      assert.equal((await li.post(`/api/key-work/items/${park}/carry-over`, {})).status, 422, 'a completed item is not carried over');
      assert.equal((await zheng.post(`/api/key-work/items/${market}/carry-over`, {})).status, 403);

      const rest = await li.post('/api/key-work/carry-over', { year: 2025, quarter: 4 });
      assert.equal(rest.status, 201, JSON.stringify(rest.body));
      assert.deepEqual(rest.body.data.map((i: Json) => [i.title, i.dueDate]), [['市场主体培育', '2026-03-31']]);
      assert.equal((await li.post('/api/key-work/carry-over', { year: 2025, quarter: 4 })).status, 409);

      const original = (await li.get(`/api/key-work/items/${parking}`)).body.data;
      assert.equal(original.status, 'in-progress', 'the past quarter\'s item stays as it stood');
      assert.equal(original.standing, 'lagging');
      assert.deepEqual([original.carriedTo.id, original.carriedTo.quarterLabel], [one.body.data.id, '2026年第一季度']);
      assert.match(original.history.at(-1).text, /^挂单转入2026年第一季度继续推进；季末情况：滞后（原完成时限2025年11月28日）/);
      const carried = (await li.get(`/api/key-work/items/${one.body.data.id}`)).body.data;
      assert.deepEqual([carried.carriedFrom.id, carried.carriedFrom.quarterLabel, carried.standing, carried.history[0].kindLabel], [parking, '2025年第四季度', 'in-progress', '挂单转入']);

      const tasks = (await zheng.get('/api/tasks?status=open')).body.data.filter((t: Json) => t.kind === 'key-work');
      assert.deepEqual(tasks.map((t: Json) => [t.sourceId, t.due.dueDate]), [[one.body.data.id, '2026-02-28']], 'the old 待办 gives way to the new one');
      const q1 = (await zheng.get('/api/key-work')).body.data;
      assert.equal(q1.label, '2026年第一季度');
      assert.deepEqual(q1.items.map((i: Json) => i.carriedFrom?.quarterLabel), ['2025年第四季度', '2025年第四季度']);
      const types = (await (await h.login('auditadmin')).get(`/api/audit/events?subjectType=key-work&subjectId=${parking}`)).body.data.map((e: Json) => e.type);
      for (const t of ['key-work.added', 'key-work.progress-reported', 'key-work.carried-over']) assert.ok(types.includes(t), t);
    });

    test('art. 47: the 县长办公会议 shows last quarter\'s list with counts by standing and this quarter\'s list; other meetings do not', async () => {
      const li = await h.login('liwenbo');
      const head = await li.post('/api/meetings', { kind: 'head-office', startsAt: '2026-01-08T09:00:00+08:00', place: '县政府第一会议室', form: 'in-person', chairPositionId: o.pos('county-head') });
      assert.equal(head.status, 201, JSON.stringify(head.body));
      const kw = (await li.get(`/api/meetings/${head.body.data.id}`)).body.data.keyWork;
      assert.equal(kw.agenda, '分析总结上季度重点工作推进情况，研究部署本季度重点工作');
      assert.deepEqual([kw.previous.label, kw.previous.counts.total, kw.previous.counts.lagging, kw.previous.counts.completed], ['2025年第四季度', 3, 2, 1]);
      assert.deepEqual([kw.current.label, kw.current.items.length], ['2026年第一季度', 2]);
      const exec = await li.post('/api/meetings', { kind: 'executive', startsAt: '2026-01-13T09:00:00+08:00', place: '县政府第一会议室', form: 'in-person', chairPositionId: o.pos('county-head') });
      assert.equal((await li.get(`/api/meetings/${exec.body.data.id}`)).body.data.keyWork, null);
    });

    test('art. 47: a 县长办公会议 topic is proposed by the leader in charge — a department principal is sent to the leader — and may name its key-work item', async () => {
      const q1 = (await (await h.login('liwenbo')).get('/api/key-work')).body.data.items[0];
      const topic = {
        meetingKind: 'head-office', title: '关于城区停车设施建设推进情况的议题', summary: '城区停车设施建设上季度滞后，用地报批和资金筹措需跨部门协调，提请会议研究。',
        recommendation: '建议明确用地和资金保障措施', unresolvedDisagreement: false, withinOwnAuthority: false, coordinated: true, keyWorkItemId: q1.id,
      };
      const zheng = await (await h.login('zhengwei')).post('/api/topics', topic);
      assert.equal(zheng.status, 422);
      assert.ok(zheng.body.verdicts.some((v: Json) => v.rule === 'topic.proposer' && v.outcome === 'block' && v.cites.includes('yunyang-2025:47')));
      assert.equal(zheng.body.error.message, '第四十七条：县长办公会议的议题由县政府分管领导建议提出，报县长审核确定；请将议题报分管县领导（副县长（分管发展改革、统计） 刘建华），由其提出');
      assert.equal((await (await h.login('zhengwei')).post('/api/topics', { ...topic, meetingKind: 'executive', keyWorkItemId: undefined })).status, 201, 'other kinds unchanged');

      const liu = await (await h.login('liujianhua')).post('/api/topics', topic);
      assert.equal(liu.status, 201, JSON.stringify(liu.body));
      assert.equal(liu.body.data.keyWorkItemId, q1.id);
      assert.equal((await (await h.login('liwenbo')).post('/api/topics', { ...topic, keyWorkItemId: undefined })).status, 201, 'the office director may propose');
      const wrongKind = await (await h.login('liujianhua')).post('/api/topics', { ...topic, meetingKind: 'executive' });
      assert.equal(wrongKind.status, 400);
      assert.deepEqual(wrongKind.body.error.fields, ['keyWorkItemId']);
      const d = (await (await h.login('liwenbo')).get(`/api/key-work/items/${q1.id}`)).body.data;
      assert.deepEqual(d.topics.map((t: Json) => [t.title, t.statusLabel]), [['关于城区停车设施建设推进情况的议题', '待审定']]);
    });

    test('nothing is deleted: the database refuses to delete an item or to rewrite its history', async () => {
      const dbh = h.instance.database.db;
      await assert.rejects(dbh.deleteFrom('key_work_items').where('id', '=', parking).execute());
      await assert.rejects(dbh.updateTable('key_work_entries').set({ text: '改写' }).where('item_id', '=', parking).execute());
      await assert.rejects(dbh.deleteFrom('key_work_entries').where('item_id', '=', parking).execute());
      assert.equal((await (await h.login('liwenbo')).get('/api/key-work/items/nope')).body.error.code, 'KEY_WORK_NOT_FOUND');
    });
  });
}
