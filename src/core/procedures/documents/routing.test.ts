import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeSignOffRoute, type RoutePost, type RoutingFacts } from './routing.ts';

const head: RoutePost = { positionId: 'head', title: '县长', kind: 'county-head' };
const exec: RoutePost = { positionId: 'exec', title: '常务副县长', kind: 'executive-deputy' };
const d1: RoutePost = { positionId: 'd1', title: '副县长（分管发展改革）', kind: 'deputy' };
const d2: RoutePost = { positionId: 'd2', title: '副县长（分管司法）', kind: 'deputy' };
const director: RoutePost = { positionId: 'dir', title: '县政府办公室主任', kind: 'office-director' };
const sfj: RoutePost = { positionId: 'sfj', title: '县司法局局长', kind: 'principal' };

const base: RoutingFacts = {
  issuer: 'government', kind: '通知', matter: 'general', importance: 'ordinary', importanceProposed: 'ordinary', inCharge: [d1],
  countyHead: head, executiveDeputy: exec, officeDirector: director, legalityReviewer: sfj, multiDeputySigner: 'executive-deputy',
  officeSendsToDeputy: false, bulletinSigner: null, jointRoute: null, specialOrder: null,
};

const route = (f: Partial<RoutingFacts>) => {
  const r = computeSignOffRoute({ ...base, ...f });
  assert.ok(r.ok, r.ok ? '' : r.message);
  return { steps: r.steps.map((s) => `${s.positionId}:${s.action}`), cites: r.steps.map((s) => s.cite), clause: r.clause };
};

test('art. 53(二): a matter in one deputy\'s portfolio is signed by that deputy', () => {
  const r = route({});
  assert.deepEqual(r.steps, ['d1:sign']);
  assert.equal(r.clause, 'yunyang-2025:53(2)');
});

test('art. 53(二): two deputies countersign, then the 常务副县长 signs (pack parameter), or the 县长', () => {
  assert.deepEqual(route({ inCharge: [d1, d2] }).steps, ['d1:countersign', 'd2:countersign', 'exec:sign']);
  assert.deepEqual(route({ inCharge: [d1, d2], multiDeputySigner: 'county-head' }).steps, ['d1:countersign', 'd2:countersign', 'head:sign']);
  // The 常务副县长 in charge of one of the matters signs once, after the other deputy.
  assert.deepEqual(route({ inCharge: [exec, d2] }).steps, ['d2:countersign', 'exec:sign']);
});

test('art. 53(一): the 县长 signs reports to the city, orders, bills, personnel and major matters, after the deputies in charge (53(七))', () => {
  for (const matter of ['report-to-city', 'party-group-to-committee', 'bill-to-congress', 'notice-to-cppcc', 'personnel'] as const) {
    const r = route({ matter });
    assert.deepEqual(r.steps, ['d1:countersign', 'head:sign'], matter);
    assert.deepEqual(r.cites, ['yunyang-2025:53(7)', 'yunyang-2025:53(1)']);
  }
  assert.deepEqual(route({ kind: '命令', matter: 'order', inCharge: [] }).steps, ['head:sign']);
  assert.deepEqual(route({ importance: 'major', importanceProposed: 'ordinary' }).steps, ['d1:countersign', 'head:sign']);
});

test('art. 53(一): understating importance does not route around the 县长 — the office\'s confirmed importance decides, and the route says so', () => {
  const r = computeSignOffRoute({ ...base, importance: 'major', importanceProposed: 'ordinary' });
  assert.ok(r.ok);
  assert.match(r.verdicts[0]!.message, /拟稿人提出“一般”，办公室核稿改定/);
  assert.equal(r.steps[r.steps.length - 1]!.positionId, 'head');
});

test('art. 53(五): a normative document goes to the 县司法局 for legality review, the deputies in charge countersign, the 县长 signs', () => {
  const r = route({ matter: 'normative', inCharge: [d1, d2] });
  assert.deepEqual(r.steps, ['sfj:legality-review', 'd1:countersign', 'd2:countersign', 'head:sign']);
  assert.equal(r.cites[0], 'yunyang-2025:53(5)');
  assert.deepEqual(route({ issuer: 'office', matter: 'normative' }).steps, ['sfj:legality-review', 'd1:countersign', 'head:sign']);
});

test('art. 53(二): requests to city departments: the deputy in charge, or the 县长 when important', () => {
  assert.deepEqual(route({ matter: 'request-to-city-department' }).steps, ['d1:sign']);
  assert.deepEqual(route({ matter: 'request-to-city-department', importance: 'important' }).steps, ['d1:countersign', 'head:sign']);
});

test('art. 53(三): office documents — county-wide by the deputy in charge, liaison and replies by the director, bulletins by the chosen signer', () => {
  assert.deepEqual(route({ issuer: 'office', matter: 'office-countywide' }).steps, ['dir:countersign', 'd1:sign']);
  for (const matter of ['office-liaison', 'office-joint-committee', 'office-reply'] as const) {
    assert.deepEqual(route({ issuer: 'office', matter }).steps, ['dir:sign'], matter);
    assert.deepEqual(route({ issuer: 'office', matter, officeSendsToDeputy: true }).steps, ['dir:countersign', 'd1:sign'], matter);
  }
  assert.deepEqual(route({ issuer: 'office', matter: 'office-bulletin' }).steps, ['dir:sign']);
  assert.deepEqual(route({ issuer: 'office', matter: 'office-bulletin', bulletinSigner: head }).steps, ['dir:countersign', 'head:sign']);
  const wrong = computeSignOffRoute({ ...base, issuer: 'office', matter: 'office-bulletin', bulletinSigner: sfj });
  assert.ok(!wrong.ok && wrong.verdicts[0]!.cites.includes('yunyang-2025:53(3)'));
});

test('art. 53(四): a joint party-government document follows the route the office enters from that procedure, and is refused without one', () => {
  const missing = computeSignOffRoute({ ...base, matter: 'joint-party-government' });
  assert.ok(!missing.ok && missing.verdicts[0]!.cites.includes('yunyang-2025:53(4)'));
  const r = route({ matter: 'joint-party-government', jointRoute: [{ action: 'countersign', post: d1 }, { action: 'sign', post: head }] });
  assert.deepEqual(r.steps, ['d1:countersign', 'head:sign']);
  assert.equal(r.clause, 'yunyang-2025:53(4)');
});

test('art. 53(六): the county head\'s special order is followed as ordered and recorded', () => {
  const specialOrder = { steps: [{ action: 'sign' as const, post: exec }], orderedBy: '周明远', orderedAt: '2025-11-03T09:00:00+08:00', note: '此件由常务副县长签发' };
  const r = computeSignOffRoute({ ...base, matter: 'personnel', specialOrder });
  assert.ok(r.ok);
  assert.deepEqual(r.steps.map((s) => s.positionId), ['exec']);
  assert.match(r.steps[0]!.reason, /县长专门交代.*周明远/);
  const unsigned = computeSignOffRoute({ ...base, specialOrder: { ...specialOrder, steps: [{ action: 'countersign', post: d1 }] } });
  assert.ok(!unsigned.ok);
});

test('gaps are surfaced, never guessed: no deputy in charge, no 县长', () => {
  const none = computeSignOffRoute({ ...base, inCharge: [] });
  assert.ok(!none.ok && /未能确定分管领导/.test(none.message));
  const vacant = computeSignOffRoute({ ...base, matter: 'personnel', countyHead: null });
  assert.ok(!vacant.ok && /县长职务空缺/.test(vacant.message));
});

test('arts. 54, 55: a submission is countersigned by the co-departments and signed off by the unit\'s principal', () => {
  const fgw: RoutePost = { positionId: 'fgw', title: '县发展改革委主任', kind: 'principal' };
  const r = route({ issuer: 'department', ownPrincipal: fgw, coDepartmentPrincipals: [sfj] });
  assert.deepEqual(r.steps, ['sfj:countersign', 'fgw:sign']);
  assert.deepEqual(r.cites, ['yunyang-2025:55', 'yunyang-2025:54']);
  const none = computeSignOffRoute({ ...base, issuer: 'department', ownPrincipal: null });
  assert.ok(!none.ok && none.verdicts[0]!.cites.includes('yunyang-2025:54'));
});
