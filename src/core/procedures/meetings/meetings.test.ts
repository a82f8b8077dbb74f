import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decideChair, decideTopicAdmission, meetingCadence } from './meetings.decide.ts';
import type { TopicFacts } from './meetings.ts';

const good: TopicFacts = {
  summary: '城区停车泊位供给不足，现行收费标准为2015年制定，已不适应停车需求。', recommendation: '建议同意调整城区停车收费标准',
  unresolvedDisagreement: false, withinOwnAuthority: false, coordinated: true, category: 'general',
};
const unknown = { state: 'unknown' as const, detail: '相关程序尚未接入' };

test('art. 46: no substance, no clear recommendation or an unresolved disagreement — not admitted', () => {
  assert.ok(decideTopicAdmission(good, unknown).ok);
  for (const bad of [{ summary: '停车问题' }, { recommendation: '' }, { unresolvedDisagreement: true }]) {
    const r = decideTopicAdmission({ ...good, ...bad }, unknown);
    assert.ok(!r.ok && r.verdicts.some((v) => v.outcome === 'block' && v.cites.includes('yunyang-2025:46')), JSON.stringify(bad));
  }
});

test('art. 51(一): a matter within one unit\'s own authority, or not coordinated, is not a county government meeting topic', () => {
  for (const bad of [{ withinOwnAuthority: true }, { coordinated: false }]) {
    const r = decideTopicAdmission({ ...good, ...bad }, unknown);
    assert.ok(!r.ok && r.verdicts.some((v) => v.outcome === 'block' && v.cites.includes('yunyang-2025:51(1)')));
  }
});

test('arts. 20, 23: a normative document or major decision is flagged until its procedure says it is ready, refused when it says it is not', () => {
  const flagged = decideTopicAdmission({ ...good, category: 'normative' }, unknown);
  assert.ok(flagged.ok && flagged.verdicts.some((v) => v.rule === 'topic.procedure-ready' && v.outcome === 'warn' && v.cites.includes('yunyang-2025:20')));
  const notReady = decideTopicAdmission({ ...good, category: 'major-decision' }, { state: 'not-ready', detail: '合法性审查尚未完成' });
  assert.ok(!notReady.ok && notReady.verdicts.some((v) => v.cites.includes('yunyang-2025:23')));
});

test('arts. 45–48: who chairs each kind of meeting', () => {
  const base = { chairActsForHead: false, entrusted: false, onBehalfOfLeader: false };
  assert.ok(decideChair({ ...base, kind: 'plenary', chairKind: 'county-head', chairActsForHead: true }).ok);
  assert.ok(!decideChair({ ...base, kind: 'plenary', chairKind: 'executive-deputy' }).ok);
  assert.ok(!decideChair({ ...base, kind: 'executive', chairKind: 'executive-deputy' }).ok, 'the 常务副县长 needs the 委托');
  assert.ok(decideChair({ ...base, kind: 'executive', chairKind: 'executive-deputy', entrusted: true }).ok);
  assert.ok(decideChair({ ...base, kind: 'special', chairKind: 'deputy' }).ok);
  assert.ok(!decideChair({ ...base, kind: 'special', chairKind: 'office-member' }).ok);
  assert.ok(decideChair({ ...base, kind: 'special', chairKind: 'office-member', onBehalfOfLeader: true }).ok);
  assert.ok(!decideChair({ ...base, kind: 'head-office', chairKind: 'deputy' }).ok);
});

test('arts. 45–47: regular meetings fall due — 常务会议 two weeks after the last, 县长办公会议 in the first month of the quarter, 全体会议 in the year', () => {
  const c = meetingCadence('2025-11-10', [{ kind: 'executive', date: '2025-10-28' }], 2);
  const exec = c.find((x) => x.kind === 'executive')!;
  assert.equal(exec.dueBy, '2025-11-11');
  assert.equal(exec.state, 'due');
  assert.equal(meetingCadence('2025-11-12', [{ kind: 'executive', date: '2025-10-28' }], 2).find((x) => x.kind === 'executive')!.state, 'overdue');
  assert.equal(meetingCadence('2025-11-12', [{ kind: 'executive', date: '2025-10-28' }, { kind: 'executive', date: '2025-11-14' }], 2).find((x) => x.kind === 'executive')!.state, 'ok', 'a planned meeting settles it');
  const head = c.find((x) => x.kind === 'head-office')!;
  assert.equal(head.dueBy, '2025-10-31');
  assert.equal(head.state, 'overdue');
  assert.equal(c.find((x) => x.kind === 'plenary')!.state, 'ok', 'not yet within a week of the year end');
  assert.equal(meetingCadence('2025-12-28', [], 2).find((x) => x.kind === 'plenary')!.state, 'due');
});

test('art. 50: minutes are reviewed by the 常务副县长 before the 县长 signs; special-topic minutes go straight to the deputy in charge', async () => {
  const { nextMinutesStatus, minutesInOrder, decisionsAssigned } = await import('./minutes.ts');
  assert.equal(nextMinutesStatus('executive', 'drafting'), 'reviewing');
  assert.equal(nextMinutesStatus('executive', 'reviewing'), 'signing');
  assert.equal(nextMinutesStatus('special', 'drafting'), 'signing');
  assert.equal(nextMinutesStatus('executive', 'signed'), null);
  const v = minutesInOrder.check({ kind: 'executive', status: 'reviewing', actsForStep: false, stepTitle: '常务副县长' });
  assert.ok(v.outcome === 'block' && v.cites.includes('yunyang-2025:50'));
  assert.equal(decisionsAssigned.check({ decisions: [{ text: '同意调整', leadBodyId: '', coBodyIds: [], dueWorkdays: 5 }] }).outcome, 'block');
});

test('art. 49: who approves meeting leave, and a department head sends the deputy in charge', async () => {
  const { meetingLeaveApprover, meetingLeaveSubstitute } = await import('./meeting-leave.ts');
  assert.equal(meetingLeaveApprover('executive', 'exec', true, 'head'), 'exec', 'the presiding 常务副县长');
  assert.equal(meetingLeaveApprover('executive', 'head', false, 'head'), 'head');
  assert.equal(meetingLeaveApprover('special', 'd2', false, 'head'), 'd2', 'the chair of a special-topic meeting');
  assert.equal(meetingLeaveSubstitute.check({ kind: 'plenary', isLeader: false, substitutePersonId: null, requesterPersonId: 'p' }).outcome, 'block');
  assert.equal(meetingLeaveSubstitute.check({ kind: 'plenary', isLeader: false, substitutePersonId: 'q', requesterPersonId: 'p' }).outcome, 'allow');
  assert.equal(meetingLeaveSubstitute.check({ kind: 'executive', isLeader: true, substitutePersonId: null, requesterPersonId: 'p' }).outcome, 'allow');
});

test('art. 49: a non-leader\'s request goes through the office — approving before it is forwarded is refused citing the article', async () => {
  const { decideMeetingLeaveCommand, meetingLeaveViaOffice } = await import('./meeting-leave.ts');
  assert.equal(meetingLeaveViaOffice('plenary', false), true, 'a department head at the 全体会议');
  assert.equal(meetingLeaveViaOffice('plenary', true), false, 'a county leader asks the approver directly');
  assert.equal(meetingLeaveViaOffice('special', false), false, 'a special-topic meeting\'s chair is asked directly');
  const ctx = { actsForOffice: false, actsForApprover: true, approverTitle: '县长' };
  const early = decideMeetingLeaveCommand('at-office', 'approve', ctx);
  assert.ok(!early.ok && early.code === 'RULE_BLOCKED' && early.verdicts[0]!.cites.includes('yunyang-2025:49') && /^第四十九条：/.test(early.message));
  const notOffice = decideMeetingLeaveCommand('at-office', 'forward', ctx);
  assert.ok(!notOffice.ok && notOffice.code === 'RULE_BLOCKED');
  const forwarded = decideMeetingLeaveCommand('at-office', 'forward', { ...ctx, actsForOffice: true });
  assert.ok(forwarded.ok && forwarded.status === 'requested');
  const sentBack = decideMeetingLeaveCommand('at-office', 'send-back', { ...ctx, actsForOffice: true });
  assert.ok(sentBack.ok && sentBack.status === 'sent-back');
  assert.ok(!decideMeetingLeaveCommand('requested', 'forward', { ...ctx, actsForOffice: true }).ok, 'forwarded once');
  const approved = decideMeetingLeaveCommand('requested', 'approve', ctx);
  assert.ok(approved.ok && approved.status === 'approved');
  const other = decideMeetingLeaveCommand('requested', 'approve', { ...ctx, actsForApprover: false });
  assert.ok(!other.ok && other.verdicts.some((v) => v.rule === 'meeting-leave.approver'));
});
