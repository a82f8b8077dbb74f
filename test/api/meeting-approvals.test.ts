import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, testDatabases, type Client, type Harness, type Json } from '../support/harness.ts';

/** Ids by code from GET /api/org: posts, bodies, and the first holder of a post. */
async function orgIndex(c: Client) {
  const org = (await c.get('/api/org')).body.data;
  const find = (code: string) => org.positions.find((p: Json) => p.code === code);
  return {
    pos: (code: string): string => find(code).id,
    person: (code: string): string => find(code).holders[0].personId,
    body: (code: string): string => org.bodies.find((b: Json) => b.code === code).id,
  };
}

const openTasks = async (c: Client) => (await c.get('/api/tasks?status=open')).body.data as Json[];
const cites = (r: { body: Json }, rule: string, cite: string, outcome?: string) =>
  (r.body.verdicts as Json[]).some((v) => v.rule === rule && v.cites.includes(cite) && (outcome === undefined || v.outcome === outcome));

const meeting = (organiserBodyId: string, over: Json = {}) => ({
  title: '全县重点项目推进会', convenedIn: 'own-unit', organiserBodyId, attendees: ['town-principals', 'department-heads'], attendeesNote: '',
  startsAt: '2025-11-12T09:00:00+08:00', place: '县发展改革委三楼会议室', form: 'video', expectedAttendees: 80, durationMinutes: 90,
  countyWide: true, withinOwnDuties: true, mergeable: false, mergeNote: '', ...over,
});

for (const db of testDatabases()) {
  describe(`work-meeting approval (art. 51) [${db}]`, () => {
    let h: Harness;
    before(async () => {
      h = await startHarness(db, { at: '2025-11-03T01:00:00.000Z' }); // Mon 09:00 Beijing
    });
    after(() => h.close());

    test('art. 51(二): town principals attend — the office director reviews, then the 县长 approves; anyone else, or out of turn, is refused citing the clause', async () => {
      const zheng = await h.login('zhengwei');
      const { pos, body, person } = await orgIndex(zheng);
      const applied = await zheng.post('/api/meeting-approvals', meeting(body('fgw')));
      assert.equal(applied.status, 201, JSON.stringify(applied.body));
      const a = applied.body.data;
      assert.deepEqual([a.status, a.tier, a.reviewerPositionIds, a.approverPositionId], ['reviewing', 'county-head', [pos('office-director')], pos('county-head')]);
      assert.ok(cites(applied, 'meeting-approval.route', 'yunyang-2025:51(2)', 'allow'));
      assert.match(applied.body.verdicts.find((v: Json) => v.rule === 'meeting-approval.route').message, /^第五十一条第（二）项：需乡镇（街道）行政主要负责人参加的工作会议，由县政府办公室主任审查后报县长批准$/);

      const zhou = await h.login('zhouminyuan');
      const early = await zhou.post(`/api/meeting-approvals/${a.id}/approve`, {});
      assert.equal(early.status, 422, 'not before the office\'s review');
      assert.ok(cites(early, 'meeting-approval.in-turn', 'yunyang-2025:51(2)', 'block'));
      const hejing = await h.login('hejing');
      const notDirector = await hejing.post(`/api/meeting-approvals/${a.id}/review`, {});
      assert.equal(notDirector.status, 422, 'an office deputy director does not review what the director reviews');
      assert.match(notDirector.body.error.message, /^第五十一条第（二）项：本会议应由县政府办公室主任审查/);

      const li = await h.login('liwenbo');
      const review = (await openTasks(li)).find((t) => t.sourceId === a.id);
      assert.equal(review?.kind, 'meeting-approval-review');
      assert.match(review.title, /^审查工作会议申请：县发展改革委拟于2025-11-12以本单位名义召开“全县重点项目推进会”/);
      const listed = (await li.get('/api/meeting-approvals')).body.data.applications.find((x: Json) => x.id === a.id);
      assert.equal(listed.nextStep, '县政府办公室主任审查（李文博）');
      assert.deepEqual(listed.abilities, { review: true, approve: false, return: true });
      const reviewed = await li.post(`/api/meeting-approvals/${a.id}/review`, { note: '材料齐全，报县长' });
      assert.equal(reviewed.status, 200, JSON.stringify(reviewed.body));
      assert.equal(reviewed.body.data.status, 'approving');
      assert.ok(!(await openTasks(li)).some((t) => t.sourceId === a.id), 'the review 待办 is done');

      const chen = await h.login('chenlixin');
      const byDeputy = await chen.post(`/api/meeting-approvals/${a.id}/approve`, {});
      assert.equal(byDeputy.status, 422);
      assert.match(byDeputy.body.error.message, /^第五十一条第（二）项：本会议应由县长批准/);
      assert.equal((await openTasks(zhou)).find((t) => t.sourceId === a.id)?.kind, 'meeting-approval');
      const approved = await zhou.post(`/api/meeting-approvals/${a.id}/approve`, { note: '同意' });
      assert.equal(approved.status, 200, JSON.stringify(approved.body));
      assert.equal(approved.body.data.status, 'approved');
      assert.equal((await zhou.post(`/api/meeting-approvals/${a.id}/approve`, {})).status, 409, 'approved once');

      const detail = (await zheng.get(`/api/meeting-approvals/${a.id}`)).body.data;
      assert.deepEqual(detail.steps.map((s: Json) => [s.actionLabel, s.who, s.note]), [['申请', '郑伟', ''], ['审查通过，报批', '李文博', '材料齐全，报县长'], ['批准', '周明远', '同意']]);
      const events = (await (await h.login('auditadmin')).get(`/api/audit/events?subjectType=meeting-approval&subjectId=${a.id}`)).body.data;
      assert.deepEqual(events.map((e: Json) => e.type).sort(), ['meeting-approval.applied', 'meeting-approval.approved', 'meeting-approval.reviewed']);
      assert.equal(events.find((e: Json) => e.type === 'meeting-approval.reviewed').actorPersonId, person('office-director'));
    });

    test('art. 51(二) and 51(三): department heads attend — the office member who liaises reviews, the deputy in charge approves; the same date and attendees are flagged for merging', async () => {
      const feng = await h.login('fengli');
      const { pos, body } = await orgIndex(feng);
      const applied = await feng.post('/api/meeting-approvals', meeting(body('fgw'), { title: '全县价格监测工作会议', attendees: ['department-heads'], countyWide: false }));
      assert.equal(applied.status, 201, JSON.stringify(applied.body));
      const a = applied.body.data;
      assert.deepEqual([a.tier, a.reviewerPositionIds, a.approverPositionId], ['deputy', [pos('office-deputy-1'), pos('office-director')], pos('deputy-1')]);
      assert.match(applied.body.verdicts.find((v: Json) => v.rule === 'meeting-approval.route').message, /由县政府办公室联系班子成员（何静）或主任审查后报副县长（分管发展改革、统计）批准$/);
      const merge = applied.body.verdicts.find((v: Json) => v.rule === 'meeting-approval.merge');
      assert.equal(merge.outcome, 'warn', 'the 全县重点项目推进会 is approved for the same day, with department heads too');
      assert.match(merge.message, /^第五十一条第（三）项：提倡合并开会、套开会议——同日已批准“全县重点项目推进会”（县发展改革委，同需县政府有关部门负责人参加）/);

      const hejing = await h.login('hejing');
      assert.equal((await openTasks(hejing)).find((t) => t.sourceId === a.id)?.kind, 'meeting-approval-review', 'the liaison gets the 待办');
      assert.equal((await hejing.post(`/api/meeting-approvals/${a.id}/review`, { note: '同意报批' })).body.data.status, 'approving');
      const wang = await h.login('wangxiaomei');
      const other = await wang.post(`/api/meeting-approvals/${a.id}/approve`, {});
      assert.equal(other.status, 422, 'another deputy county head');
      assert.ok(cites(other, 'meeting-approval.in-turn', 'yunyang-2025:51(2)', 'block'));
      const liu = await h.login('liujianhua');
      const approved = await liu.post(`/api/meeting-approvals/${a.id}/approve`, {});
      assert.equal(approved.body.data.status, 'approved');
      assert.ok(cites(approved, 'meeting-approval.merge', 'yunyang-2025:51(3)', 'warn'), 'the approver sees the merging warning');
    });

    test('art. 5 with art. 51(二): while the deputy in charge is away, the AB角 approves, recorded as acting for him', async () => {
      const zheng = await h.login('zhengwei');
      const { body } = await orgIndex(zheng);
      const a = (await zheng.post('/api/meeting-approvals', meeting(body('fgw'), { title: '全县统计数据质量推进会', attendees: ['town-deputies'], startsAt: '2025-11-20T14:30:00+08:00', countyWide: false }))).body.data;
      await (await h.login('liwenbo')).post(`/api/meeting-approvals/${a.id}/review`, {});
      const liu = await h.login('liujianhua');
      const leave = (await liu.post('/api/leave', { kind: 'travel', fromAt: '2025-11-04T08:00:00+08:00', toAt: '2025-11-06T18:00:00+08:00', destination: '重庆市', reason: '汇报项目' })).body.data;
      assert.equal((await (await h.login('zhouminyuan')).post(`/api/leave/${leave.id}/approve`, {})).status, 200);
      h.clock.set('2025-11-05T02:00:00.000Z');
      const wang = await h.login('wangxiaomei');
      assert.ok((await openTasks(wang)).some((t) => t.sourceId === a.id), 'the 待办 reaches the AB角');
      const approved = await wang.post(`/api/meeting-approvals/${a.id}/approve`, { note: '同意' });
      assert.equal(approved.status, 200, JSON.stringify(approved.body));
      const detail = (await wang.get(`/api/meeting-approvals/${a.id}`)).body.data;
      assert.equal(detail.steps.at(-1).who, '王晓梅（代刘建华）');
    });

    test('art. 51(一): a county-wide meeting within a department\'s duties is not convened in the name of the 县政府 or its office — refused, nothing recorded', async () => {
      h.clock.set('2025-11-05T02:00:00.000Z');
      const zheng = await h.login('zhengwei');
      const { body } = await orgIndex(zheng);
      const before = (await zheng.get('/api/meeting-approvals')).body.data.applications.length;
      for (const convenedIn of ['county-government', 'county-office']) {
        const r = await zheng.post('/api/meeting-approvals', meeting(body('fgw'), { title: '全县招商引资工作会议', convenedIn }));
        assert.equal(r.status, 422, convenedIn);
        assert.ok(cites(r, 'meeting-approval.name', 'yunyang-2025:51(1)', 'block'));
      }
      assert.equal((await zheng.get('/api/meeting-approvals')).body.data.applications.length, before);
      const beyond = await zheng.post('/api/meeting-approvals', meeting(body('fgw'), { title: '全县招商引资工作会议', convenedIn: 'county-government', withinOwnDuties: false, startsAt: '2025-11-27T09:00:00+08:00' }));
      assert.equal(beyond.status, 201, 'a matter beyond one department may be convened in the name of the 县政府');
    });

    test('art. 51(三): a county-wide meeting in person is warned; the reviewer returns an application with its reason', async () => {
      const zheng = await h.login('zhengwei');
      const { body } = await orgIndex(zheng);
      const r = await zheng.post('/api/meeting-approvals', meeting(body('fgw'), { title: '全县粮食安全工作会议', form: 'in-person', startsAt: '2025-12-03T09:00:00+08:00' }));
      assert.equal(r.status, 201);
      assert.ok(cites(r, 'meeting-approval.video', 'yunyang-2025:51(3)', 'warn'));
      const li = await h.login('liwenbo');
      assert.equal((await li.post(`/api/meeting-approvals/${r.body.data.id}/return`, {})).status, 400, 'a reason is required');
      const back = await li.post(`/api/meeting-approvals/${r.body.data.id}/return`, { note: '请改为视频会议并压缩参会范围' });
      assert.equal(back.body.data.status, 'returned');
      assert.ok(!(await openTasks(li)).some((t) => t.sourceId === r.body.data.id));
      const seen = (await zheng.get(`/api/meeting-approvals/${r.body.data.id}`)).body.data;
      assert.deepEqual([seen.statusLabel, seen.steps.at(-1).note, seen.nextStep], ['已退回', '请改为视频会议并压缩参会范围', null]);
      assert.equal((await li.post(`/api/meeting-approvals/${r.body.data.id}/review`, {})).status, 409);
    });

    test('art. 51(二): a meeting neither town leaders nor department heads attend needs no county approval; who sees and who applies', async () => {
      const zheng = await h.login('zhengwei');
      const { body } = await orgIndex(zheng);
      assert.equal((await zheng.post('/api/meeting-approvals', meeting(body('fgw'), { attendees: ['others'] }))).status, 400, 'who the others are is named');
      const own = await zheng.post('/api/meeting-approvals', meeting(body('fgw'), { title: '委内项目评审会', attendees: ['others'], attendeesNote: '委内各科室负责人', countyWide: false }));
      assert.equal(own.body.data.status, 'not-required');
      assert.match(own.body.verdicts.find((v: Json) => v.rule === 'meeting-approval.route').message, /无须报县政府审批/);
      assert.ok(!(await openTasks(await h.login('liwenbo'))).some((t) => t.sourceId === own.body.data.id));

      const past = await zheng.post('/api/meeting-approvals', meeting(body('fgw'), { startsAt: '2025-11-04T09:00:00+08:00' }));
      assert.equal(past.status, 400, 'a meeting already begun is not applied for');
      assert.equal((await zheng.post('/api/meeting-approvals', meeting(body('sfj')))).status, 403, 'only for one\'s own unit');
      const huang = await h.login('huangzhigang');
      const theirs = (await huang.get('/api/meeting-approvals')).body.data;
      assert.deepEqual(theirs.organisers.map((o: Json) => o.name), ['县司法局']);
      assert.equal(theirs.applications.length, 0, 'another department sees none of these');
      assert.equal((await huang.get(`/api/meeting-approvals/${own.body.data.id}`)).status, 404);
      assert.equal((await huang.get(`/api/meeting-approvals/${own.body.data.id}`)).body.error.code, 'MEETING_APPROVAL_NOT_FOUND');
    });
  });
}
