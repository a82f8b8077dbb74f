import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decideLeaveCommand, decideLeaveRequest } from './leave.decide.ts';
import type { LeaveRequestFacts } from './leave.ts';

const base: LeaveRequestFacts = {
  role: 'principal', kind: 'leave', requestDate: '2025-11-03', departureDate: '2025-11-07', fromAt: '2025-11-07T00:00:00.000Z',
  toAt: '2025-11-09T10:00:00.000Z', requesterPersonId: 'p1', presidingPersonId: 'p2', lateReason: null, noticeDays: 3, daysAhead: 4,
};

test('a principal asking 4 days ahead with a presiding deputy named is on time and goes to the office first (art. 59)', () => {
  const d = decideLeaveRequest(base);
  assert.ok(d.ok && d.status === 'at-office' && !d.late);
});

test('only the county government office forwards or returns a principal\'s request (art. 59)', () => {
  const state = { status: 'at-office' as const, fromAt: base.fromAt, personId: 'p1' };
  const at = new Date('2025-11-04T01:00:00Z');
  const ctx = { at, isOwn: false, actsForApprover: true, approverTitle: '副县长' };
  const byLeader = decideLeaveCommand(state, { type: 'forward' }, { ...ctx, actsForOffice: false });
  assert.ok(!byLeader.ok && byLeader.code === 'RULE_BLOCKED' && byLeader.verdicts[0]?.cites.includes('yunyang-2025:59'));
  assert.ok(!decideLeaveCommand(state, { type: 'approve' }, ctx).ok, 'no approval before the office forwards');
  const forwarded = decideLeaveCommand(state, { type: 'forward', note: '请审批' }, { ...ctx, actsForOffice: true });
  assert.ok(forwarded.ok && forwarded.status === 'requested');
  const sentBack = decideLeaveCommand(state, { type: 'send-back', note: '未写明去向' }, { ...ctx, actsForOffice: true });
  assert.ok(sentBack.ok && sentBack.status === 'sent-back');
  assert.ok(!decideLeaveCommand({ ...state, status: 'sent-back' }, { type: 'forward' }, { ...ctx, actsForOffice: true }).ok);
  const withdrawn = decideLeaveCommand(state, { type: 'cancel' }, { ...ctx, isOwn: true });
  assert.ok(withdrawn.ok && withdrawn.status === 'cancelled');
});

test('a principal asking 1 day ahead must give a reason and is warned citing art. 59', () => {
  const noReason = decideLeaveRequest({ ...base, daysAhead: 1 });
  assert.ok(!noReason.ok && noReason.code === 'RULE_BLOCKED');
  const late = decideLeaveRequest({ ...base, daysAhead: 1, lateReason: '市里临时通知参会' });
  assert.ok(late.ok && late.late);
  assert.ok(late.verdicts.some((v) => v.outcome === 'warn' && v.cites.includes('yunyang-2025:59')));
});

test('a principal must name someone else to preside (art. 59)', () => {
  assert.equal(decideLeaveRequest({ ...base, presidingPersonId: null }).ok, false);
  assert.equal(decideLeaveRequest({ ...base, presidingPersonId: 'p1' }).ok, false);
});

test('a county leader needs no notice period; the county head\'s travel is recorded as approved', () => {
  assert.ok((() => { const d = decideLeaveRequest({ ...base, role: 'county-leader', daysAhead: 0, presidingPersonId: null }); return d.ok && d.status === 'requested'; })());
  const head = decideLeaveRequest({ ...base, role: 'county-head', kind: 'travel', daysAhead: 0, presidingPersonId: null });
  assert.ok(head.ok && head.status === 'approved');
});

test('other staff are outside art. 59', () => {
  const d = decideLeaveRequest({ ...base, role: 'other' });
  assert.ok(!d.ok && d.verdicts.some((v) => v.rule === 'leave.scope' && v.outcome === 'block'));
});

test('the return must come after the departure', () => {
  const d = decideLeaveRequest({ ...base, toAt: base.fromAt });
  assert.ok(!d.ok && d.code === 'VALIDATION_FAILED');
});

test('only whoever acts for the approver decides; only the requester cancels or returns (arts. 5, 59)', () => {
  const state = { status: 'requested' as const, fromAt: base.fromAt, personId: 'p1' };
  const at = new Date('2025-11-04T01:00:00Z');
  assert.ok(!decideLeaveCommand(state, { type: 'approve' }, { at, isOwn: false, actsForApprover: false, approverTitle: '县长' }).ok);
  const approved = decideLeaveCommand(state, { type: 'approve' }, { at, isOwn: false, actsForApprover: true, approverTitle: '县长' });
  assert.ok(approved.ok && approved.status === 'approved');
  assert.ok(!decideLeaveCommand(state, { type: 'cancel' }, { at, isOwn: false, actsForApprover: true, approverTitle: '县长' }).ok);
  const started = { ...state, status: 'approved' as const };
  assert.ok(!decideLeaveCommand(started, { type: 'cancel' }, { at: new Date('2025-11-08T00:00:00Z'), isOwn: true, actsForApprover: false, approverTitle: '县长' }).ok);
  const back = decideLeaveCommand(started, { type: 'return' }, { at: new Date('2025-11-08T00:00:00Z'), isOwn: true, actsForApprover: false, approverTitle: '县长' });
  assert.ok(back.ok && back.status === 'returned');
  assert.ok(!decideLeaveCommand({ ...state, status: 'returned' }, { type: 'return' }, { at, isOwn: true, actsForApprover: false, approverTitle: '县长' }).ok);
});
