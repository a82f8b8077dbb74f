import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DomainError } from '../kernel/result.ts';
import { absentAt, actingFor, positionsActedBy } from './acting.ts';
import { whoIsAway } from './away.ts';
import { BJ, ab, appt, away, bj, delegation, kinds, midnight, org, pos } from './acting.fixtures.ts';
import type { Absence, OrgSnapshot } from './index.ts';

// ---------------------------------------------------------------------------------------------
// actingFor
// ---------------------------------------------------------------------------------------------

test('a present holder acts for their own position (art. 5)', () => {
  const r = actingFor(org({ abPairs: [ab('pos-dep1', 'pos-dep2')] }), 'pos-dep1', bj('2025-11-03', '10:00'), BJ);
  assert.deepEqual(r.actor, { personId: 'p-wang', name: '王强', positionId: 'pos-dep1', via: 'holder' });
  assert.deepEqual(r.holders, [{ personId: 'p-wang', name: '王强' }]);
  assert.equal(r.onBehalfOf, null);
  assert.equal(r.display, '王强');
  assert.deepEqual(kinds(r), ['holder']);
  assert.deepEqual(r.problems, []);
  assert.equal(r.at, '2025-11-03T02:00:00.000Z');
});

test('holder away on leave with AB角: B acts, shown as 李明（代王强） (arts. 5, 59)', () => {
  const s = org({ abPairs: [ab('pos-dep1', 'pos-dep2')], absences: [away('a1', 'p-wang', '2025-11-03', '2025-11-08')] });
  const r = actingFor(s, 'pos-dep1', bj('2025-11-04'), BJ);
  assert.deepEqual(r.actor, { personId: 'p-li', name: '李明', positionId: 'pos-dep2', via: 'ab' });
  assert.deepEqual(r.onBehalfOf, { personId: 'p-wang', name: '王强' });
  assert.equal(r.display, '李明（代王强）');
  assert.deepEqual(kinds(r), ['absent', 'ab', 'holder']);
  const absent = r.chain[0]!;
  assert.deepEqual(absent.cites, ['yunyang-2025:59']);
  assert.equal(absent.message, '王强（副县长）请假（2025年11月3日至2025年11月7日），此时不在岗');
  const step = r.chain[1]!;
  assert.equal(step.message, '王强（副县长）2025年11月3日请假，按AB角由李明（副县长）代为履职');
  assert.deepEqual(step.cites, ['yunyang-2025:5']);
  assert.equal(step.personId, 'p-li');
  assert.deepEqual(r.problems, []);
  assert.doesNotMatch(r.display, /代县长|代副县长/);
});

test('B also away: B’s own B acts — a chain of three (art. 5)', () => {
  const s = org({
    abPairs: [ab('pos-dep1', 'pos-dep2'), ab('pos-dep2', 'pos-dep3')],
    absences: [away('a1', 'p-wang', '2025-11-03', '2025-11-08'), away('a2', 'p-li', '2025-11-01', '2025-11-10', 'travel')],
  });
  const r = actingFor(s, 'pos-dep1', bj('2025-11-04'), BJ);
  assert.deepEqual(r.actor, { personId: 'p-chen', name: '陈静', positionId: 'pos-dep3', via: 'ab' });
  assert.equal(r.display, '陈静（代王强）');
  assert.deepEqual(kinds(r), ['absent', 'ab', 'absent', 'ab', 'holder']);
  assert.match(r.chain[1]!.message, /按AB角转由李明（副县长），最终由陈静（副县长）代为履职/);
  assert.match(r.chain[2]!.message, /李明（副县长）出差/);
  assert.deepEqual(r.problems, []);
});

test('A↔B both away: a cycle is reported and nobody acts (art. 5)', () => {
  const s = org({
    abPairs: [ab('pos-dep1', 'pos-dep2'), ab('pos-dep2', 'pos-dep1')],
    absences: [away('a1', 'p-wang', '2025-11-03', '2025-11-08'), away('a2', 'p-li', '2025-11-03', '2025-11-08')],
  });
  const r = actingFor(s, 'pos-dep1', bj('2025-11-04'), BJ);
  assert.equal(r.actor, null);
  assert.equal(r.onBehalfOf, null);
  assert.equal(r.display, '');
  const cycle = r.problems.find((p) => p.code === 'cycle');
  assert.ok(cycle);
  assert.match(cycle.message, /^第五条：/);
  assert.match(cycle.message, /王强（副县长）→李明（副县长）→王强（副县长）/);
  assert.ok(r.chain.some((c) => c.kind === 'cycle'));
  // The position asked about is reported uncovered as well.
  assert.ok(r.problems.some((p) => p.code === 'gap'));
});

test('nobody covers the absence: a gap naming whose absence and what to do (arts. 5, 59)', () => {
  const s = org({ absences: [away('a1', 'p-wang', '2025-11-03', '2025-11-08')] });
  const r = actingFor(s, 'pos-dep1', bj('2025-11-04'), BJ);
  assert.equal(r.actor, null);
  assert.equal(r.display, '');
  assert.deepEqual(r.holders, [{ personId: 'p-wang', name: '王强' }]);
  assert.deepEqual(r.problems.map((p) => p.code), ['gap']);
  const gap = r.problems[0]!;
  assert.match(gap.message, /^第五条、第五十九条：王强（副县长）2025年11月3日请假/);
  assert.match(gap.message, /未登记有效的委托或AB角/);
  assert.match(gap.message, /请登记委托或AB角，或在请假中明确主持工作的负责人/);
  assert.deepEqual(gap.cites, ['yunyang-2025:5', 'yunyang-2025:59']);
  assert.deepEqual(kinds(r), ['absent', 'gap']);
});

test('a vacant position: vacancy reported, nobody guessed (art. 4)', () => {
  const s = org({ abPairs: [ab('pos-dep4', 'pos-dep2')] });
  const r = actingFor(s, 'pos-dep4', bj('2025-11-04'), BJ);
  assert.equal(r.actor, null);
  assert.deepEqual(r.holders, []);
  assert.deepEqual(r.problems.map((p) => p.code), ['vacant']);
  assert.match(r.problems[0]!.message, /副县长岗位2025年11月4日无人任职（空缺）/);
  assert.deepEqual(kinds(r), ['vacant']);
  // An appointment that ended leaves the post vacant too.
  const ended = org({ appointments: [appt('p-zhang', 'pos-head', '2020-01-01', '2025-10-31')] }, true);
  assert.equal(actingFor(ended, 'pos-head', bj('2025-11-01'), BJ).problems[0]?.code, 'vacant');
  assert.equal(actingFor(ended, 'pos-head', bj('2025-10-31'), BJ).actor?.personId, 'p-zhang');
});

test('an unknown position or an invalid instant is refused with the field named (art. 5)', () => {
  assert.throws(() => actingFor(org(), 'pos-nope', bj('2025-11-04'), BJ), (e: unknown) => e instanceof DomainError && e.code === 'VALIDATION_FAILED' && e.details?.['field'] === 'positionId');
  assert.throws(() => actingFor(org(), 'pos-dep1', new Date('garbage'), BJ), (e: unknown) => e instanceof DomainError && e.details?.['field'] === 'at');
});

test('county head on travel with 委托: the 常务副县长 presides during the period only (art. 5)', () => {
  const s = org({
    absences: [away('t1', 'p-zhang', '2025-11-10', '2025-11-13', 'travel')],
    delegations: [delegation('d1', 'pos-head', 'pos-exec', midnight('2025-11-10'), midnight('2025-11-13'))],
  });
  const during = actingFor(s, 'pos-head', bj('2025-11-11'), BJ);
  assert.deepEqual(during.actor, { personId: 'p-zhao', name: '赵刚', positionId: 'pos-exec', via: 'delegation' });
  assert.equal(during.display, '赵刚（代张华）');
  assert.doesNotMatch(during.display, /代县长/);
  assert.deepEqual(kinds(during), ['absent', 'delegation', 'holder']);
  assert.equal(during.chain[1]!.message, '张华（县长）2025年11月10日出差，依委托由赵刚（常务副县长）代为履职（委托事由：县长赴市参加会议）');
  assert.deepEqual(during.chain[1]!.cites, ['yunyang-2025:5']);
  assert.equal(actingFor(s, 'pos-head', bj('2025-11-09', '23:59'), BJ).display, '张华');
  assert.equal(actingFor(s, 'pos-head', bj('2025-11-13', '00:00'), BJ).display, '张华');
  // A 委托 recorded while the head is still present does not displace the head.
  const early = org({
    absences: [away('t1', 'p-zhang', '2025-11-10', '2025-11-13', 'travel')],
    delegations: [delegation('d1', 'pos-head', 'pos-exec', midnight('2025-11-08'), midnight('2025-11-13'))],
  });
  assert.equal(actingFor(early, 'pos-head', bj('2025-11-09'), BJ).actor?.via, 'holder');
  // A 委托 for 交办 work only does not transfer the county head's position.
  const assigned = org({
    absences: [away('t1', 'p-zhang', '2025-11-10', '2025-11-13', 'travel')],
    delegations: [delegation('d1', 'pos-head', 'pos-exec', midnight('2025-11-10'), null, 'assigned-work')],
  });
  const r = actingFor(assigned, 'pos-head', bj('2025-11-11'), BJ);
  assert.equal(r.actor, null);
  assert.ok(r.problems.some((p) => p.code === 'gap'));
});

test('委托 wins over AB角 when both exist (art. 5)', () => {
  const s = org({
    abPairs: [ab('pos-head', 'pos-dep1')],
    absences: [away('t1', 'p-zhang', '2025-11-10', '2025-11-13', 'travel')],
    delegations: [delegation('d1', 'pos-head', 'pos-exec', midnight('2025-11-10'), midnight('2025-11-13'))],
  });
  const r = actingFor(s, 'pos-head', bj('2025-11-11'), BJ);
  assert.equal(r.actor?.personId, 'p-zhao');
  assert.equal(r.actor?.via, 'delegation');
  assert.ok(!r.chain.some((c) => c.kind === 'ab'));
});

test('a 委托 that leads to a gap falls through to AB角 (art. 5)', () => {
  const s = org({
    abPairs: [ab('pos-head', 'pos-dep1')],
    absences: [away('t1', 'p-zhang', '2025-11-10', '2025-11-13', 'travel'), away('t2', 'p-zhao', '2025-11-10', '2025-11-12')],
    delegations: [delegation('d1', 'pos-head', 'pos-exec', midnight('2025-11-10'), midnight('2025-11-13'))],
  });
  const r = actingFor(s, 'pos-head', bj('2025-11-11'), BJ);
  assert.equal(r.actor?.personId, 'p-wang');
  assert.equal(r.actor?.via, 'ab');
  assert.equal(r.display, '王强（代张华）');
  assert.deepEqual(kinds(r), ['absent', 'delegation', 'absent', 'gap', 'ab', 'holder']);
  assert.match(r.chain[1]!.message, /依委托应由赵刚（常务副县长）代为履职，但该岗位亦无人可履职/);
  assert.deepEqual(r.problems, []);
});

test('overlapping leave: B acts, then a gap or the next stand-in, then A is back (arts. 5, 59)', () => {
  const absences = [away('a1', 'p-wang', '2025-11-03', '2025-11-08'), away('a2', 'p-li', '2025-11-05', '2025-11-11')];
  const s = org({ abPairs: [ab('pos-dep1', 'pos-dep2')], absences });
  const at = (d: string) => actingFor(s, 'pos-dep1', bj(d), BJ);
  assert.equal(at('2025-11-03').display, '李明（代王强）');
  assert.equal(at('2025-11-04').display, '李明（代王强）');
  for (const d of ['2025-11-05', '2025-11-06', '2025-11-07']) {
    const r = at(d);
    assert.equal(r.actor, null, d);
    assert.ok(r.problems.some((p) => p.code === 'gap'), d);
    assert.match(r.problems.at(-1)!.message, /已登记的委托或AB角所指岗位亦无人可履职/);
  }
  assert.equal(at('2025-11-08').display, '王强');
  // With a B for B, the next stand-in covers 11-05..07.
  const s2 = org({ abPairs: [ab('pos-dep1', 'pos-dep2'), ab('pos-dep2', 'pos-dep3')], absences });
  assert.equal(actingFor(s2, 'pos-dep1', bj('2025-11-06'), BJ).display, '陈静（代王强）');
  assert.equal(actingFor(s2, 'pos-dep1', bj('2025-11-04'), BJ).display, '李明（代王强）');
});

test('销假 ends an open absence: the holder acts again from that instant (art. 59)', () => {
  const open = away('a1', 'p-wang', '2025-11-03', null);
  const s = org({ abPairs: [ab('pos-dep1', 'pos-dep2')], absences: [open] });
  const r = actingFor(s, 'pos-dep1', bj('2025-11-20'), BJ);
  assert.equal(r.display, '李明（代王强）');
  assert.match(r.chain[0]!.message, /自2025年11月3日起请假，尚未销假/);
  const back: Absence = { ...open, to: '2025-11-06T01:00:00.000Z' };
  const s2 = org({ abPairs: [ab('pos-dep1', 'pos-dep2')], absences: [back] });
  assert.equal(actingFor(s2, 'pos-dep1', new Date('2025-11-06T00:59:59.999Z'), BJ).display, '李明（代王强）');
  assert.equal(actingFor(s2, 'pos-dep1', new Date('2025-11-06T01:00:00.000Z'), BJ).display, '王强');
  assert.equal(actingFor(s2, 'pos-dep1', bj('2025-11-20'), BJ).display, '王强');
});

test('a principal’s leave with a named presiding person: that person presides (art. 59)', () => {
  const s = org({ absences: [away('a1', 'p-liu', '2025-11-03', '2025-11-06', 'leave', 'p-sun')] });
  const r = actingFor(s, 'pos-edu', bj('2025-11-04'), BJ);
  assert.deepEqual(r.actor, { personId: 'p-sun', name: '孙丽', positionId: 'pos-edu-dep', via: 'presiding' });
  assert.equal(r.display, '孙丽（代刘洋）');
  const step = r.chain.find((c) => c.kind === 'presiding');
  assert.equal(step?.message, '刘洋（县教育局局长）2025年11月3日请假，明确由孙丽（县教育局副局长）主持工作');
  assert.deepEqual(step?.cites, ['yunyang-2025:59']);
  // The presiding person away too: a gap that says so.
  const s2 = org({ absences: [away('a1', 'p-liu', '2025-11-03', '2025-11-06', 'leave', 'p-sun'), away('a2', 'p-sun', '2025-11-04', '2025-11-05')] });
  const r2 = actingFor(s2, 'pos-edu', bj('2025-11-04'), BJ);
  assert.equal(r2.actor, null);
  assert.match(r2.problems.at(-1)!.message, /明确主持工作的负责人孙丽（县教育局副局长）亦2025年11月4日请假，不在岗/);
  assert.equal(actingFor(s2, 'pos-edu', bj('2025-11-05'), BJ).display, '孙丽（代刘洋）');
});

test('AB角 beats the presiding person; presiding is the last resort before a gap (arts. 5, 59)', () => {
  const s = org({ abPairs: [ab('pos-edu', 'pos-dep3')], absences: [away('a1', 'p-liu', '2025-11-03', '2025-11-06', 'leave', 'p-sun')] });
  assert.equal(actingFor(s, 'pos-edu', bj('2025-11-04'), BJ).actor?.via, 'ab');
});

test('change of appointment mid-procedure: old holder before, new holder after (art. 5)', () => {
  const s = org({
    appointments: [
      appt('p-wang', 'pos-dep1', '2025-01-01', '2025-11-09'),
      appt('p-huang', 'pos-dep1', '2025-11-10'),
      appt('p-li', 'pos-dep2'),
    ],
  }, true);
  assert.equal(actingFor(s, 'pos-dep1', bj('2025-11-09'), BJ).display, '王强');
  assert.equal(actingFor(s, 'pos-dep1', bj('2025-11-10'), BJ).display, '黄磊');
  assert.deepEqual(actingFor(s, 'pos-dep1', bj('2025-11-10'), BJ).holders, [{ personId: 'p-huang', name: '黄磊' }]);
});

test('an AB pair valid only until a date stops covering after it (art. 5)', () => {
  const s = org({ abPairs: [ab('pos-dep1', 'pos-dep2', '2025-01-01', '2025-11-05')], absences: [away('a1', 'p-wang', '2025-11-03', '2025-11-08')] });
  assert.equal(actingFor(s, 'pos-dep1', bj('2025-11-05'), BJ).display, '李明（代王强）');
  const after = actingFor(s, 'pos-dep1', bj('2025-11-06'), BJ);
  assert.equal(after.actor, null);
  assert.equal(after.problems[0]?.code, 'gap');
});

test('instants exactly at absence and 委托 boundaries: from is away, to is back (arts. 5, 59)', () => {
  const s = org({
    abPairs: [ab('pos-dep1', 'pos-dep2')],
    absences: [{ id: 'a1', personId: 'p-wang', kind: 'leave', from: '2025-11-03T01:00:00.000Z', to: '2025-11-03T09:00:00.000Z', presidingPersonId: null }],
  });
  const at = (iso: string) => actingFor(s, 'pos-dep1', new Date(iso), BJ).display;
  assert.equal(at('2025-11-03T00:59:59.999Z'), '王强');
  assert.equal(at('2025-11-03T01:00:00.000Z'), '李明（代王强）');
  assert.equal(at('2025-11-03T08:59:59.999Z'), '李明（代王强）');
  assert.equal(at('2025-11-03T09:00:00.000Z'), '王强');
  assert.deepEqual(absentAt(s, 'p-wang', new Date('2025-11-03T01:00:00.000Z'))?.id, 'a1');
  assert.equal(absentAt(s, 'p-wang', new Date('2025-11-03T09:00:00.000Z')), null);
  // A 委托 ending before the absence does leaves the tail to the AB角.
  const s2 = org({
    abPairs: [ab('pos-head', 'pos-dep1')],
    absences: [away('t1', 'p-zhang', '2025-11-10', '2025-11-13', 'travel')],
    delegations: [delegation('d1', 'pos-head', 'pos-exec', midnight('2025-11-10'), midnight('2025-11-12'))],
  });
  assert.equal(actingFor(s2, 'pos-head', new Date(midnight('2025-11-10')), BJ).actor?.via, 'delegation');
  assert.equal(actingFor(s2, 'pos-head', new Date(new Date(midnight('2025-11-12')).getTime() - 1), BJ).actor?.via, 'delegation');
  assert.equal(actingFor(s2, 'pos-head', new Date(midnight('2025-11-12')), BJ).actor?.via, 'ab');
});

test('local-date boundaries at Beijing midnight (16:00Z) decide who holds a post (art. 5)', () => {
  const s = org({
    appointments: [appt('p-wang', 'pos-dep1', '2025-01-01', '2025-11-09'), appt('p-huang', 'pos-dep1', '2025-11-10')],
  }, true);
  assert.equal(actingFor(s, 'pos-dep1', new Date('2025-11-09T15:59:59.999Z'), BJ).display, '王强');
  assert.equal(actingFor(s, 'pos-dep1', new Date('2025-11-09T16:00:00.000Z'), BJ).display, '黄磊');
  // The same instant read at UTC is still 11-09.
  assert.equal(actingFor(s, 'pos-dep1', new Date('2025-11-09T16:00:00.000Z'), 0).display, '王强');
});

test('兼任: one person holding two posts acts for both, and both are covered when away (arts. 5, 7)', () => {
  const s = org({ abPairs: [ab('pos-office', 'pos-dep3'), ab('pos-party', 'pos-dep2')] });
  assert.equal(actingFor(s, 'pos-office', bj('2025-11-04'), BJ).display, '周敏');
  assert.equal(actingFor(s, 'pos-party', bj('2025-11-04'), BJ).display, '周敏');
  assert.deepEqual(positionsActedBy(s, 'p-zhou', bj('2025-11-04'), BJ), [
    { positionId: 'pos-office', via: 'holder', onBehalfOf: null },
    { positionId: 'pos-party', via: 'holder', onBehalfOf: null },
  ]);
  const s2 = org({ abPairs: [ab('pos-office', 'pos-dep3'), ab('pos-party', 'pos-dep2')], absences: [away('a1', 'p-zhou', '2025-11-03', '2025-11-05')] });
  assert.equal(actingFor(s2, 'pos-office', bj('2025-11-04'), BJ).display, '陈静（代周敏）');
  assert.equal(actingFor(s2, 'pos-party', bj('2025-11-04'), BJ).display, '李明（代周敏）');
});

test('several present holders: all listed, the earliest appointed acts (art. 5)', () => {
  const s = org({ appointments: [appt('p-ma', 'pos-staff', '2025-03-01'), appt('p-xu', 'pos-staff', '2025-02-01')] });
  const r = actingFor(s, 'pos-staff', bj('2025-11-04'), BJ);
  assert.deepEqual(r.holders.map((h) => h.personId), ['p-xu', 'p-ma']);
  assert.equal(r.actor?.personId, 'p-xu');
  // With the first away, the other present holder acts as holder.
  const s2 = org({ appointments: [appt('p-ma', 'pos-staff', '2025-03-01'), appt('p-xu', 'pos-staff', '2025-02-01')], absences: [away('a1', 'p-xu', '2025-11-03', '2025-11-05')] });
  const r2 = actingFor(s2, 'pos-staff', bj('2025-11-04'), BJ);
  assert.equal(r2.display, '马超');
  assert.equal(r2.actor?.via, 'holder');
  // Both present holders route the post's tasks.
  assert.deepEqual(positionsActedBy(s, 'p-ma', bj('2025-11-04'), BJ), [{ positionId: 'pos-staff', via: 'holder', onBehalfOf: null }]);
});

test('a chain deeper than the cap stops with a gap (art. 5)', () => {
  const ids = Array.from({ length: 13 }, (_, i) => `pos-x${i}`);
  const s: OrgSnapshot = {
    positions: ids.map((id) => pos(id, '副县长', 'deputy')),
    people: ids.map((id) => ({ id: `p-${id}`, name: `人员${id}` })),
    appointments: ids.map((id) => appt(`p-${id}`, id)),
    abPairs: ids.slice(0, -1).map((id, i) => ab(id, ids[i + 1]!)),
    delegations: [],
    absences: ids.map((id, i) => away(`a${i}`, `p-${id}`, '2025-11-01', null)),
  };
  const r = actingFor(s, 'pos-x0', bj('2025-11-04'), BJ);
  assert.equal(r.actor, null);
  assert.ok(r.problems.some((p) => p.code === 'gap' && /超过10层/.test(p.message)));
});

// ---------------------------------------------------------------------------------------------
// positionsActedBy, absentAt, whoIsAway
// ---------------------------------------------------------------------------------------------

test('positionsActedBy: own posts plus stood-in posts with onBehalfOf (art. 5)', () => {
  const s = org({
    abPairs: [ab('pos-dep1', 'pos-dep2'), ab('pos-head', 'pos-dep1')],
    absences: [away('a1', 'p-wang', '2025-11-03', '2025-11-08'), away('t1', 'p-zhang', '2025-11-10', '2025-11-13', 'travel')],
    delegations: [delegation('d1', 'pos-head', 'pos-exec', midnight('2025-11-10'), midnight('2025-11-13'))],
  });
  assert.deepEqual(positionsActedBy(s, 'p-li', bj('2025-11-04'), BJ), [
    { positionId: 'pos-dep2', via: 'holder', onBehalfOf: null },
    { positionId: 'pos-dep1', via: 'ab', onBehalfOf: { personId: 'p-wang', name: '王强' } },
  ]);
  assert.deepEqual(positionsActedBy(s, 'p-wang', bj('2025-11-04'), BJ), []);
  assert.deepEqual(positionsActedBy(s, 'p-zhao', bj('2025-11-11'), BJ), [
    { positionId: 'pos-exec', via: 'holder', onBehalfOf: null },
    { positionId: 'pos-head', via: 'delegation', onBehalfOf: { personId: 'p-zhang', name: '张华' } },
  ]);
  assert.deepEqual(positionsActedBy(s, 'p-zhao', bj('2025-11-14'), BJ), [{ positionId: 'pos-exec', via: 'holder', onBehalfOf: null }]);
  // A presiding person stands in for the principal.
  const s2 = org({ absences: [away('a1', 'p-liu', '2025-11-03', '2025-11-06', 'leave', 'p-sun')] });
  assert.deepEqual(positionsActedBy(s2, 'p-sun', bj('2025-11-04'), BJ), [
    { positionId: 'pos-edu-dep', via: 'holder', onBehalfOf: null },
    { positionId: 'pos-edu', via: 'presiding', onBehalfOf: { personId: 'p-liu', name: '刘洋' } },
  ]);
});

test('positionsActedBy over a few hundred positions in a ring of AB角 finds exactly the stood-in posts (art. 5)', () => {
  const n = 400;
  const ids = Array.from({ length: n }, (_, i) => `pos-n${i}`);
  const s: OrgSnapshot = {
    positions: ids.map((id) => pos(id, '科员', 'staff')),
    people: ids.map((id) => ({ id: `p-${id}`, name: `人员${id}` })),
    appointments: ids.map((id) => appt(`p-${id}`, id)),
    abPairs: ids.map((id, i) => ab(id, ids[(i + 1) % n]!)),
    delegations: [],
    absences: ids.filter((_, i) => i % 2 === 0).map((id, i) => away(`a${i}`, `p-${id}`, '2025-11-01', null)),
  };
  // Timing is measured by benchmarks, never asserted in tests.
  const r = positionsActedBy(s, 'p-pos-n1', bj('2025-11-04'), BJ);
  assert.deepEqual(r, [
    { positionId: 'pos-n1', via: 'holder', onBehalfOf: null },
    { positionId: 'pos-n0', via: 'ab', onBehalfOf: { personId: 'p-pos-n0', name: '人员pos-n0' } },
  ]);
});

test('whoIsAway over a week: each day, who is away and who acts at noon (arts. 5, 59)', () => {
  const s = org({
    abPairs: [ab('pos-dep1', 'pos-dep2'), ab('pos-office', 'pos-dep3')],
    absences: [away('a1', 'p-wang', '2025-11-03', '2025-11-06'), away('a2', 'p-zhou', '2025-11-05', '2025-11-07', 'inspection')],
  });
  const week = whoIsAway(s, '2025-11-03', '2025-11-09', BJ);
  assert.deepEqual(week.map((d) => d.date), ['2025-11-03', '2025-11-04', '2025-11-05', '2025-11-06', '2025-11-07', '2025-11-08', '2025-11-09']);
  assert.equal(week[0]!.at, '2025-11-03T04:00:00.000Z');
  assert.deepEqual(week.map((d) => d.away.map((p) => p.name)), [['王强'], ['王强'], ['王强', '周敏'], ['周敏'], [], [], []]);
  const wang = week[0]!.away[0]!;
  assert.equal(wang.absence.id, 'a1');
  assert.deepEqual(wang.positions.map((p) => [p.positionId, p.acting.display]), [['pos-dep1', '李明（代王强）']]);
  const zhou = week[3]!.away[0]!;
  assert.deepEqual(zhou.positions.map((p) => [p.title, p.acting.display, p.acting.problems.map((x) => x.code)]), [
    ['县政府办公室主任', '陈静（代周敏）', []],
    ['县政府党组成员', '', ['gap']],
  ]);
});

test('whoIsAway refuses a bad or too long range, naming the field (art. 59)', () => {
  const isField = (field: string) => (e: unknown) => e instanceof DomainError && e.code === 'VALIDATION_FAILED' && e.details?.['field'] === field;
  assert.throws(() => whoIsAway(org(), '2025-11-01', '2025-12-02', BJ), isField('toDate'));
  assert.throws(() => whoIsAway(org(), '2025-11-31', '2025-12-02', BJ), isField('fromDate'));
  assert.throws(() => whoIsAway(org(), '2025-11-05', '2025-11-04', BJ), isField('toDate'));
  assert.equal(whoIsAway(org(), '2025-11-01', '2025-12-01', BJ).length, 31);
});
