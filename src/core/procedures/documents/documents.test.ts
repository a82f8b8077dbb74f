import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decideDraft, decideReview, decideSign } from './documents.decide.ts';
import { documentAbilities } from './documents.policy.ts';
import type { DocumentElements, DocumentState } from './documents.ts';
import type { RoutingFacts } from './routing.ts';

const elements: DocumentElements = {
  kind: '通知', issuer: 'government', title: '云阳县人民政府关于做好2026年春节期间安全生产工作的通知', mainRecipients: ['各乡镇人民政府、街道办事处，县政府各部门'],
  ccRecipients: [], urgency: '普通', body: '为做好春节期间安全生产工作，现就有关事项通知如下。', annotation: '', attachmentNames: [], disclosure: '主动公开',
  disclosureReason: '', isPolicy: false, interpretation: '', matter: 'general', importanceProposed: 'ordinary', subjectBodyIds: [], subjectAreas: [], assignedBy: '',
};
const state = (over: Partial<DocumentState> = {}): DocumentState => ({ status: 'reviewing', elements, importance: null, route: [], specialOrder: null, number: null, ...over });
const d1 = { positionId: 'd1', title: '副县长', kind: 'deputy' };
const routing: RoutingFacts = {
  issuer: 'government', kind: '通知', matter: 'general', importance: 'ordinary', importanceProposed: 'ordinary', inCharge: [d1], countyHead: { positionId: 'head', title: '县长', kind: 'county-head' },
  executiveDeputy: null, officeDirector: null, legalityReviewer: null, multiDeputySigner: 'executive-deputy', officeSendsToDeputy: false, bulletinSigner: null, jointRoute: null, specialOrder: null,
};

test('art. 61: a draft whose title carries 秘密★1年 is refused', () => {
  const r = decideDraft({ ...elements, title: '秘密★1年 关于某事项的通知' }, []);
  assert.ok(!r.ok && r.verdicts.some((v) => v.rule === 'document.not-classified' && v.outcome === 'block' && v.cites.includes('yunyang-2025:61')));
  assert.ok(decideDraft(elements, []).ok);
});

test('a 请示 with two principal recipients is refused (条例 art. 15)', () => {
  const r = decideDraft({ ...elements, kind: '请示', mainRecipients: ['重庆市人民政府', '重庆市发展改革委'] }, []);
  assert.ok(!r.ok && r.verdicts.some((v) => v.rule === 'document.request-one-recipient' && v.outcome === 'block'));
});

test('art. 32: no review without the disclosure attribute; 不予公开 needs its reason; a policy document needs its 解读', () => {
  const facts = { oneMatterConfirmed: false, withinDepartmentPowers: false, routing };
  assert.ok(!decideReview(state({ elements: { ...elements, disclosure: null } }), facts).ok);
  assert.ok(!decideReview(state({ elements: { ...elements, disclosure: '不予公开' } }), facts).ok);
  assert.ok(decideReview(state({ elements: { ...elements, disclosure: '不予公开', disclosureReason: '涉及个人隐私信息' } }), facts).ok);
  assert.ok(!decideReview(state({ elements: { ...elements, isPolicy: true } }), facts).ok);
  const ok = decideReview(state(), facts);
  assert.ok(ok.ok && ok.route.length === 1 && ok.route[0]!.positionId === 'd1');
});

test('art. 56: a matter within one department\'s powers is warned, not blocked', () => {
  const r = decideReview(state(), { oneMatterConfirmed: false, withinDepartmentPowers: true, routing });
  assert.ok(r.ok && r.verdicts.some((v) => v.rule === 'document.department-powers' && v.outcome === 'warn' && v.cites.includes('yunyang-2025:56')));
});

test('art. 53(七): only whoever acts for the current step signs; a later signer is told not to skip', () => {
  const route = [
    { seq: 1, action: 'countersign' as const, positionId: 'd1', title: '副县长', cite: 'yunyang-2025:53(7)', reason: '', done: null },
    { seq: 2, action: 'sign' as const, positionId: 'head', title: '县长', cite: 'yunyang-2025:53(1)', reason: '', done: null },
  ];
  const s = state({ status: 'signing', route });
  const early = decideSign(s, { actingPositionIds: ['head'], agreed: true, proposal: '' });
  assert.ok(!early.ok && /不得越级送签/.test(early.message));
  const first = decideSign(s, { actingPositionIds: ['d1'], agreed: true, proposal: '' });
  assert.ok(first.ok && first.step.seq === 1 && !first.last);
  const abilities = documentAbilities(s, { permissions: new Set(['document:sign']), actingPositionIds: ['head'], isDrafter: false });
  assert.equal(abilities.sign, false);
});

test('arts. 54, 55: a submission is addressed to the county government, countersigned by co-departments, and a disagreement needs each side\'s reasons before the principal signs', () => {
  const county = ['云阳县人民政府', '县政府', '县政府办公室'];
  const sub = { ...elements, issuer: 'department' as const, kind: '请示' as const, mainRecipients: ['云阳县人民政府'] };
  assert.ok(decideDraft(sub, county).ok);
  const toLeader = decideDraft({ ...sub, mainRecipients: ['周明远县长'] }, county);
  assert.ok(!toLeader.ok && toLeader.verdicts.some((v) => v.rule === 'document.submission-addressee' && v.cites.includes('yunyang-2025:54')));
  const assigned = decideDraft({ ...sub, mainRecipients: ['周明远县长'], assignedBy: '县长11月3日交办' }, county);
  assert.ok(assigned.ok && assigned.verdicts.some((v) => v.rule === 'document.submission-addressee' && v.outcome === 'warn'));

  const co = { seq: 1, action: 'countersign' as const, positionId: 'sfj', title: '县司法局局长', cite: 'yunyang-2025:55', reason: '' };
  const own = { seq: 2, action: 'sign' as const, positionId: 'fgw', title: '县发展改革委主任', cite: 'yunyang-2025:54', reason: '' };
  const s0 = state({ status: 'signing', elements: sub, route: [{ ...co, done: null }, { ...own, done: null }] });
  assert.ok(decideSign(s0, { actingPositionIds: ['sfj'], agreed: false, proposal: '' }).ok, 'a co-department may disagree');
  const disagreed = { at: '', personId: 'p', personName: '黄志刚', onBehalfOfPersonId: null, onBehalfOfName: null, basis: null, opinion: '不同意，理由是……', agreed: false };
  const s1 = state({ status: 'signing', elements: sub, route: [{ ...co, done: disagreed }, { ...own, done: null }] });
  const bare = decideSign(s1, { actingPositionIds: ['fgw'], agreed: true, proposal: '' });
  assert.ok(!bare.ok && bare.verdicts.some((v) => v.rule === 'document.countersign-resolved' && v.cites.includes('yunyang-2025:55')));
  const stated = decideSign(s1, { actingPositionIds: ['fgw'], agreed: true, proposal: '我委认为……；县司法局认为……；建议由县政府决定先行试点。' });
  assert.ok(stated.ok && stated.last);
  assert.ok(!decideSign(s0, { actingPositionIds: ['fgw'], agreed: true, proposal: '' }).ok, 'the principal signs after the co-departments');
});
