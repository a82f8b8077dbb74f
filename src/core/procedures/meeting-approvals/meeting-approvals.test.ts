import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decideApplication, decideApprovalCommand, type ApplicationFacts } from './meeting-approvals.decide.ts';
import { approvalTier } from './meeting-approvals.rules.ts';
import { approvalAbilities } from './meeting-approvals.policy.ts';

const base: ApplicationFacts = {
  convenedIn: 'own-unit', attendees: ['department-heads'], attendeesNote: '', place: '县发展改革委会议室', form: 'video',
  expectedAttendees: 40, durationMinutes: 90, countyWide: false, withinOwnDuties: true, mergeable: false, mergeNote: '',
  organiserIsOffice: false, reviewerTitle: '县政府办公室副主任', approverTitle: '副县长（分管发展改革、统计）', sameDay: [],
};
const noMerge = { attendees: base.attendees, mergeable: false, mergeNote: '', sameDay: [] };

test('art. 51(一): a county-wide meeting within a department\'s own duties is not convened in the name of the 县政府 or its office', () => {
  for (const convenedIn of ['county-government', 'county-office'] as const) {
    const d = decideApplication({ ...base, countyWide: true, convenedIn });
    assert.ok(!d.ok && d.verdicts.some((v) => v.rule === 'meeting-approval.name' && v.outcome === 'block' && v.cites.includes('yunyang-2025:51(1)')), convenedIn);
  }
  assert.ok(decideApplication({ ...base, countyWide: true, convenedIn: 'own-unit' }).ok, 'in its own name');
  assert.ok(decideApplication({ ...base, countyWide: true, withinOwnDuties: false, convenedIn: 'county-government' }).ok, 'a matter beyond one department');
  assert.ok(decideApplication({ ...base, countyWide: true, organiserIsOffice: true, convenedIn: 'county-office' }).ok, 'the office in its own name');
});

test('art. 51(二): the tier follows who attends — town principals go to the 县长, their deputies or department heads to the deputy in charge', () => {
  assert.equal(approvalTier(['department-heads', 'town-principals']), 'county-head');
  assert.equal(approvalTier(['town-deputies']), 'deputy');
  assert.equal(approvalTier(['department-heads']), 'deputy');
  assert.equal(approvalTier(['others']), 'none');
  const d = decideApplication(base);
  assert.ok(d.ok && d.status === 'reviewing' && d.tier === 'deputy');
  assert.match(d.verdicts.find((v) => v.rule === 'meeting-approval.route')!.message, /^第五十一条第（二）项：.*由县政府办公室副主任审查后报副县长（分管发展改革、统计）批准$/);
  const none = decideApplication({ ...base, attendees: ['others'] });
  assert.ok(none.ok && none.status === 'not-required');
  const vacant = decideApplication({ ...base, approverTitle: null });
  assert.ok(!vacant.ok && vacant.verdicts.some((v) => v.rule === 'meeting-approval.route' && v.outcome === 'block'));
});

test('art. 51(三): a county-wide meeting in person is warned; so is an approved meeting the same day with the same attendees', () => {
  const inPerson = decideApplication({ ...base, countyWide: true, form: 'in-person' });
  assert.ok(inPerson.ok && inPerson.verdicts.some((v) => v.rule === 'meeting-approval.video' && v.outcome === 'warn' && v.cites.includes('yunyang-2025:51(3)')));
  const same = decideApplication({ ...base, sameDay: [{ title: '全县统计工作会议', organiserName: '县统计局', attendees: ['department-heads', 'others'] }] });
  const merge = same.verdicts.find((v) => v.rule === 'meeting-approval.merge')!;
  assert.equal(merge.outcome, 'warn');
  assert.match(merge.message, /合并开会、套开会议.*全县统计工作会议.*县政府有关部门负责人/);
  const disjoint = decideApplication({ ...base, sameDay: [{ title: '镇街工作会', organiserName: '县政府办公室', attendees: ['town-principals', 'others'] }] });
  assert.equal(disjoint.verdicts.find((v) => v.rule === 'meeting-approval.merge')!.outcome, 'allow', 'only 其他人员 in common is no overlap');
  assert.equal(decideApplication({ ...base, mergeable: true, mergeNote: '可与全县经济运行调度会套开' }).verdicts.find((v) => v.rule === 'meeting-approval.merge')!.outcome, 'warn');
});

test('art. 51(二): review first, then approval, each by whoever acts for the post; approving before the review is refused citing the clause', () => {
  const early = decideApprovalCommand('reviewing', { type: 'approve', note: '' }, { acts: true, stepTitle: '县政府办公室主任', merge: noMerge });
  assert.ok(!early.ok && early.code === 'RULE_BLOCKED' && early.verdicts[0]!.cites.includes('yunyang-2025:51(2)'));
  const stranger = decideApprovalCommand('reviewing', { type: 'review', note: '' }, { acts: false, stepTitle: '县政府办公室主任', merge: noMerge });
  assert.ok(!stranger.ok && stranger.code === 'RULE_BLOCKED' && /^第五十一条第（二）项：本会议应由县政府办公室主任审查/.test(stranger.message));
  const reviewed = decideApprovalCommand('reviewing', { type: 'review', note: '同意报批' }, { acts: true, stepTitle: '县政府办公室主任', merge: noMerge });
  assert.ok(reviewed.ok && reviewed.status === 'approving');
  const approved = decideApprovalCommand('approving', { type: 'approve', note: '同意' }, { acts: true, stepTitle: '县长', merge: noMerge });
  assert.ok(approved.ok && approved.status === 'approved' && approved.verdicts.some((v) => v.rule === 'meeting-approval.merge'));
  const returned = decideApprovalCommand('approving', { type: 'return', note: '请压缩规模' }, { acts: true, stepTitle: '县长', merge: noMerge });
  assert.ok(returned.ok && returned.status === 'returned');
  const again = decideApprovalCommand('approved', { type: 'approve', note: '' }, { acts: true, stepTitle: '县长', merge: noMerge });
  assert.ok(!again.ok && again.code === 'INVALID_STATE');
  assert.deepEqual(approvalAbilities('approving', { actsForStep: true }), { review: false, approve: true, return: true });
  assert.deepEqual(approvalAbilities('approving', { actsForStep: false }), { review: false, approve: false, return: false });
});
