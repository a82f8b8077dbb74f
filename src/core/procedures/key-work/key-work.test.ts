import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countStandings, decideItem, decideKeyWorkCommand, standingOf, type KeyWorkContext } from './key-work.decide.ts';
import { KEY_WORK_STATUS_LABELS, KEY_WORK_TRANSITIONS } from './key-work.machine.ts';
import { keyWorkAbilities } from './key-work.policy.ts';
import type { KeyWorkState } from './key-work.ts';
import { judgedOn, nextQuarter, previousQuarter, quarterEnd, quarterLabel, quarterOf, quarterStart } from './quarter.ts';
import { topicProposer } from '../meetings/meetings.rules.ts';

const Q4 = { year: 2025, quarter: 4 } as const;
const office: KeyWorkContext = { isOffice: true, actsForLeadPrincipal: false, today: '2025-11-03', leadBodyName: '县发展改革委' };
const principal: KeyWorkContext = { ...office, isOffice: false, actsForLeadPrincipal: true };
const outsider: KeyWorkContext = { ...office, isOffice: false };
const open: KeyWorkState = { status: 'in-progress', quarter: Q4, dueDate: '2025-12-20', carriedTo: null };
const assigned = { leadBodyName: '县发展改革委', leadPrincipalTitle: '县发展改革委主任', leaderKind: 'deputy', leaderTitle: '副县长' };

test('quarters: bounds, neighbours and labels', () => {
  assert.deepEqual(quarterOf('2025-11-03'), Q4);
  assert.equal(quarterStart(Q4), '2025-10-01');
  assert.equal(quarterEnd(Q4), '2025-12-31');
  assert.equal(quarterEnd({ year: 2024, quarter: 1 }), '2024-03-31');
  assert.deepEqual(nextQuarter(Q4), { year: 2026, quarter: 1 });
  assert.deepEqual(previousQuarter({ year: 2026, quarter: 1 }), Q4);
  assert.equal(quarterLabel(Q4), '2025年第四季度');
  assert.equal(judgedOn(Q4, '2025-11-03'), '2025-11-03');
  assert.equal(judgedOn(Q4, '2026-01-06'), '2026-01-01', 'a past quarter is judged as it stood at its end');
});

test('the transition table is exhaustive; 已完成 is final except for the text and the office reopening it', () => {
  assert.deepEqual(Object.keys(KEY_WORK_TRANSITIONS).sort(), Object.keys(KEY_WORK_STATUS_LABELS).sort());
  assert.deepEqual(Object.keys(KEY_WORK_TRANSITIONS.completed), ['edit', 'reopen']);
});

test('art. 47: the office reopens a completion reported by mistake, with a reason, while the quarter runs', () => {
  const done: KeyWorkState = { ...open, status: 'completed' };
  const reopen = { type: 'reopen', reason: '完成情况报送有误，可研尚未批复' } as const;
  const d = decideKeyWorkCommand(done, reopen, office);
  assert.equal(d.ok && d.status, 'in-progress');
  const byPrincipal = decideKeyWorkCommand(done, reopen, principal);
  assert.equal(!byPrincipal.ok && byPrincipal.code, 'FORBIDDEN');
  assert.match(!byPrincipal.ok ? byPrincipal.message : '', /^第四十七条：重点工作清单由县政府办公室管理，您不能重新打开/);
  const noReason = decideKeyWorkCommand(done, { type: 'reopen', reason: ' 有误 ' }, office);
  assert.deepEqual(!noReason.ok && noReason.fields, ['reason']);
  const notDone = decideKeyWorkCommand(open, reopen, office);
  assert.equal(!notDone.ok && notDone.code, 'INVALID_STATE');
  const ended = decideKeyWorkCommand(done, reopen, { ...office, today: '2026-01-05' });
  assert.equal(!ended.ok && ended.code, 'RULE_BLOCKED', 'a past quarter stays as it stood');
  assert.ok(!ended.ok && ended.verdicts.some((v) => v.rule === 'key-work.quarter-open' && v.cites.includes('yunyang-2025:47')));
});

test('art. 47: progress is reported by the lead unit\'s principal or the office; anyone else is refused citing 第四十七条', () => {
  const report = { type: 'report', text: '已完成可研批复', reportDate: '2025-11-03' } as const;
  for (const who of [office, principal]) {
    const d = decideKeyWorkCommand(open, report, who);
    assert.equal(d.ok && d.status, 'in-progress');
  }
  const refused = decideKeyWorkCommand(open, report, outsider);
  assert.equal(!refused.ok && refused.code, 'RULE_BLOCKED');
  assert.deepEqual(refused.verdicts[0]?.cites, ['yunyang-2025:47']);
  assert.match(refused.verdicts[0]?.message ?? '', /^第四十七条：季度重点工作实行清单管理，推进情况由牵头单位（县发展改革委）主要负责人或县政府办公室报送/);
  const done = decideKeyWorkCommand(open, { ...report, type: 'complete' }, principal);
  assert.equal(done.ok && done.status, 'completed');
  const future = decideKeyWorkCommand(open, { ...report, reportDate: '2025-11-04' }, principal);
  assert.equal(!future.ok && future.code, 'VALIDATION_FAILED');
  const again = decideKeyWorkCommand({ ...open, status: 'completed' }, report, principal);
  assert.equal(!again.ok && again.code, 'INVALID_STATE');
});

test('art. 47 (按季推进): an ended quarter\'s list stays as it stood — no reports, no edits, no new items', () => {
  const later = { ...principal, today: '2026-01-05' };
  const r = decideKeyWorkCommand(open, { type: 'report', text: '补报', reportDate: '2025-12-30' }, later);
  assert.equal(!r.ok && r.code, 'RULE_BLOCKED');
  assert.match(r.verdicts.at(-1)?.message ?? '', /^第四十七条：重点工作按季推进，2025年第四季度已结束，其清单保持季末原状/);
  assert.equal(decideKeyWorkCommand(open, { type: 'edit' }, { ...office, today: '2026-01-05' }).ok, false);
  assert.equal(decideItem(Q4, '2026-01-20', assigned, '2026-01-05', '列入清单').ok, false);
});

test('art. 47 (挂单操作): an unfinished item is carried over once, after its quarter has ended; a completed one never', () => {
  const carry = { type: 'carry-over', dueDate: '2026-03-31' } as const;
  const jan = { ...office, today: '2026-01-05' };
  const ok = decideKeyWorkCommand(open, carry, jan);
  assert.equal(ok.ok && ok.status, 'in-progress', 'the carried item keeps the status it stood at');
  assert.match(ok.verdicts.find((v) => v.rule === 'key-work.carry-over')?.message ?? '', /2025年第四季度未完成事项（推进中）挂单转入2026年第一季度/);
  for (const [state, ctx, why] of [
    [open, office, /尚未结束/],
    [{ ...open, status: 'completed' }, jan, /已完成的重点工作不挂单/],
    [{ ...open, carriedTo: { year: 2026, quarter: 1 } }, jan, /已挂单转入2026年第一季度/],
  ] as const) {
    const d = decideKeyWorkCommand(state, carry, ctx);
    assert.equal(!d.ok && d.code, 'RULE_BLOCKED');
    assert.match(d.ok ? '' : d.message, why);
  }
  assert.equal(decideKeyWorkCommand(open, carry, { ...principal, today: '2026-01-05' }).ok, false, 'the office carries over');
});

test('art. 47: 滞后 is computed on the date and explained; a past quarter\'s item as it stood at the quarter\'s end', () => {
  const item = { status: 'in-progress' as const, dueDate: '2025-11-30', quarter: Q4 };
  assert.equal(standingOf(item, '2025-11-30').standing, 'in-progress', 'not late on its due date');
  const late = standingOf(item, '2025-12-05');
  assert.equal(late.standing, 'lagging');
  assert.equal(late.laggingReason, '第四十七条：完成时限为2025年11月30日，至今日（2025年12月5日）已逾期5日仍未完成（推进中），计为滞后');
  const stood = standingOf({ ...item, dueDate: '2025-12-20' }, '2026-02-10');
  assert.equal(stood.laggingReason, '第四十七条：完成时限为2025年12月20日，至2025年第四季度末仍未完成（推进中），逾期11日，计为滞后');
  assert.equal(standingOf({ ...item, dueDate: '2026-01-15' }, '2026-02-10').standing, 'in-progress', 'due after its quarter: not late at the quarter\'s end');
  assert.equal(standingOf({ ...item, status: 'completed' }, '2026-02-10').standing, 'completed');
  assert.deepEqual(countStandings(['lagging', 'completed', 'completed', 'not-started']), { 'not-started': 1, 'in-progress': 0, completed: 2, lagging: 1, total: 4 });
});

test('art. 47 (清单管理): an item needs a lead unit with a principal and a county leader in charge; a due date after the quarter warns', () => {
  assert.equal(decideItem(Q4, '2025-12-31', assigned, '2025-11-03', '列入清单').ok, true);
  const noPrincipal = decideItem(Q4, '2025-12-31', { ...assigned, leadPrincipalTitle: null }, '2025-11-03', '列入清单');
  assert.equal(noPrincipal.code, 'RULE_BLOCKED');
  const notLeader = decideItem(Q4, '2025-12-31', { ...assigned, leaderKind: 'principal', leaderTitle: '县财政局局长' }, '2025-11-03', '列入清单');
  assert.match(notLeader.message ?? '', /“县财政局局长”不是县政府领导岗位/);
  const late = decideItem(Q4, '2026-01-15', assigned, '2025-11-03', '列入清单');
  assert.ok(late.ok && late.verdicts.some((v) => v.rule === 'key-work.due-in-quarter' && v.outcome === 'warn'));
  assert.equal(decideItem(Q4, '2025-11-02', assigned, '2025-11-03', '列入清单').code, 'VALIDATION_FAILED', 'not due before today');
  assert.equal(decideItem({ year: 2026, quarter: 1 }, '2025-12-31', assigned, '2025-11-03', '列入清单').code, 'VALIDATION_FAILED', 'not due before its quarter');
});

test('abilities follow the post and the quarter', () => {
  assert.deepEqual(keyWorkAbilities(open, { isOffice: false, actsForLeadPrincipal: true }, '2025-11-03'), { report: true, complete: true, edit: false, carryOver: false, reopen: false });
  assert.deepEqual(keyWorkAbilities(open, { isOffice: true, actsForLeadPrincipal: false }, '2025-11-03'), { report: true, complete: true, edit: true, carryOver: false, reopen: false });
  assert.deepEqual(keyWorkAbilities(open, { isOffice: true, actsForLeadPrincipal: false }, '2026-01-05'), { report: false, complete: false, edit: false, carryOver: true, reopen: false });
  assert.deepEqual(keyWorkAbilities(open, { isOffice: false, actsForLeadPrincipal: false }, '2025-11-03'), { report: false, complete: false, edit: false, carryOver: false, reopen: false });
  const done: KeyWorkState = { ...open, status: 'completed' };
  assert.deepEqual(keyWorkAbilities(done, { isOffice: true, actsForLeadPrincipal: false }, '2025-11-03'), { report: false, complete: false, edit: true, carryOver: false, reopen: true });
  assert.equal(keyWorkAbilities(done, { isOffice: false, actsForLeadPrincipal: true }, '2025-11-03').reopen, false, 'only the office reopens');
  assert.equal(keyWorkAbilities(done, { isOffice: true, actsForLeadPrincipal: false }, '2026-01-05').reopen, false, 'not after the quarter');
});

test('art. 47: a 县长办公会议 topic is proposed by a county leader or the office director; a department principal goes through the leader in charge', () => {
  const facts = { bodyKind: 'department', meetingKind: 'head-office' as const, leaderInCharge: '副县长（分管发展改革、统计） 刘建华' };
  for (const kind of ['deputy', 'executive-deputy', 'office-director']) assert.equal(topicProposer.check({ ...facts, proposerKind: kind }).outcome, 'allow');
  const refused = topicProposer.check({ ...facts, proposerKind: 'principal' });
  assert.equal(refused.outcome, 'block');
  assert.deepEqual(refused.cites, ['yunyang-2025:47']);
  assert.equal(refused.message, '第四十七条：县长办公会议的议题由县政府分管领导建议提出，报县长审核确定；请将议题报分管县领导（副县长（分管发展改革、统计） 刘建华），由其提出');
  assert.equal(topicProposer.check({ ...facts, proposerKind: 'principal', meetingKind: 'executive' }).outcome, 'allow', 'other kinds unchanged');
});
