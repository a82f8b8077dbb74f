import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkAbPair, checkAppointment, checkDelegation } from './checks.ts';
import { ab, appt, delegation, midnight, org } from './acting.fixtures.ts';

// ---------------------------------------------------------------------------------------------
// Validation helpers
// ---------------------------------------------------------------------------------------------

test('checkAbPair refuses a B that is its own A, a shared holder, and overlapping pairs (art. 5)', () => {
  const s = org({ abPairs: [ab('pos-dep1', 'pos-dep2', '2025-01-01', '2025-06-30')] });
  const self = checkAbPair(s, ab('pos-dep3', 'pos-dep3'));
  assert.deepEqual(self.map((p) => p.code), ['ab-self']);
  assert.match(self[0]!.message, /^第五条：/);
  assert.deepEqual(self[0]!.cites, ['yunyang-2025:5']);
  const same = checkAbPair(s, ab('pos-office', 'pos-party'));
  assert.deepEqual(same.map((p) => p.code), ['ab-same-person']);
  assert.match(same[0]!.message, /周敏.*同时担任县政府办公室主任和县政府党组成员（兼任）/);
  const overlap = checkAbPair(s, ab('pos-dep1', 'pos-dep3', '2025-06-01'));
  assert.deepEqual(overlap.map((p) => p.code), ['ab-overlap']);
  assert.match(overlap[0]!.message, /副县长在2025年1月1日至2025年6月30日已有B角副县长/);
  // A following pair for the same A, a mutual pair, and the stored pair itself are accepted.
  assert.deepEqual(checkAbPair(s, ab('pos-dep1', 'pos-dep3', '2025-07-01')), []);
  assert.deepEqual(checkAbPair(s, ab('pos-dep2', 'pos-dep1')), []);
  assert.deepEqual(checkAbPair(s, s.abPairs[0]!), []);
  assert.deepEqual(checkAbPair(s, ab('pos-dep1', 'pos-gone', '2025-07-01')).map((p) => p.code), ['unknown-position']);
  assert.deepEqual(checkAbPair(s, ab('pos-dep3', 'pos-dep2', '2025-07-01', '2025-06-01')).map((p) => p.code), ['bad-interval']);
});

test('checkAppointment refuses two 县长 at once but accepts 兼任 and a successor (arts. 4, 5, 7)', () => {
  const s = org();
  const second = checkAppointment(s, appt('p-huang', 'pos-head', '2025-11-01'));
  assert.deepEqual(second.map((p) => p.code), ['singleton-taken']);
  assert.match(second[0]!.message, /^第四条、第五条：县长同一时间只能由一人担任；张华2025年1月1日起担任该职务，不能同期任命黄磊/);
  assert.deepEqual(second[0]!.cites, ['yunyang-2025:4', 'yunyang-2025:5']);
  assert.deepEqual(checkAppointment(s, appt('p-huang', 'pos-office', '2025-11-01'))[0]?.cites, ['yunyang-2025:7']);
  // 兼任: 李明 (副县长) also appointed 县政府党组成员 — one person in several different posts is fine.
  assert.deepEqual(checkAppointment(s, appt('p-li', 'pos-party', '2025-11-01')), []);
  // A deputy post is not a singleton: a second holder of a 副县长 post is accepted.
  assert.deepEqual(checkAppointment(s, appt('p-huang', 'pos-dep1', '2025-11-01')), []);
  // A successor after the predecessor's term ends.
  const ended = org({ appointments: [appt('p-zhang', 'pos-head', '2020-01-01', '2025-10-31')] }, true);
  assert.deepEqual(checkAppointment(ended, appt('p-huang', 'pos-head', '2025-11-01')), []);
  // The same person twice in the same post, overlapping.
  assert.deepEqual(checkAppointment(s, appt('p-wang', 'pos-dep1', '2025-11-01')).map((p) => p.code), ['duplicate-appointment']);
  // The stored appointment itself is not compared with itself; custom singleton kinds apply.
  assert.deepEqual(checkAppointment(s, s.appointments[0]!), []);
  assert.deepEqual(checkAppointment(s, appt('p-huang', 'pos-dep1', '2025-11-01'), ['deputy']).map((p) => p.code), ['singleton-taken']);
  assert.deepEqual(checkAppointment(s, appt('p-nobody', 'pos-nowhere')).map((p) => p.code), ['unknown-person', 'unknown-position']);
});

test('checkDelegation refuses a self 委托, a bad period and an unknown position (art. 5)', () => {
  const s = org();
  const good = delegation('d1', 'pos-head', 'pos-exec', midnight('2025-11-10'), midnight('2025-11-13'));
  assert.deepEqual(checkDelegation(s, good), []);
  assert.deepEqual(checkDelegation(s, { ...good, to: null }), []);
  assert.deepEqual(checkDelegation(s, { ...good, toPositionId: 'pos-head' }).map((p) => p.code), ['delegation-self']);
  assert.deepEqual(checkDelegation(s, { ...good, to: good.from }).map((p) => p.code), ['delegation-period']);
  const unknown = checkDelegation(s, { ...good, toPositionId: 'pos-gone' });
  assert.deepEqual(unknown.map((p) => p.code), ['unknown-position']);
  assert.match(unknown[0]!.message, /^第五条：受委托岗位“pos-gone”不存在/);
  assert.deepEqual(checkDelegation(s, { ...good, from: 'soon' }).map((p) => p.code), ['bad-instant']);
});
