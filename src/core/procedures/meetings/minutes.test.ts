import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  decisionState, disclosureChosen, minutesDocumentElements, minutesPrefix, noPersonalData, personalDataIn, progressReporter, publicationState, publicationTimely,
  type MinutesDecision,
} from './minutes.ts';

const d = (over: Partial<MinutesDecision> = {}): MinutesDecision => ({ text: '同意调整城区停车收费标准', leadBodyId: 'fgw', coBodyIds: [], dueWorkdays: 10, ...over });

test('art. 30: publication is the rule — a decision kept from publication states why; an old decision without a choice reads as 公开', () => {
  assert.equal(disclosureChosen.check({ decisions: [d(), d({ disclosure: 'public' })] }).outcome, 'allow');
  for (const reason of [undefined, '', '   ', '保密']) {
    const v = disclosureChosen.check({ decisions: [d(), d({ disclosure: 'withheld', withholdReason: reason })] });
    assert.equal(v.outcome, 'block', String(reason));
    assert.match(v.message, /^第三十条：.*第2项议定事项不予公开，须写明理由/);
    assert.deepEqual(v.cites, ['yunyang-2025:30', 'yunyang-2025:32']);
  }
  const ok = disclosureChosen.check({ decisions: [d(), d({ disclosure: 'withheld', withholdReason: '涉及尚未公开的收储价格' })] });
  assert.equal(ok.outcome, 'allow');
  assert.match(ok.message, /1项议定事项公开.*1项不予公开/);
});

test('《政府信息公开条例》第十五条: a public decision carrying a mobile or ID number is refused; amounts, dates and withheld decisions are not', () => {
  assert.deepEqual(personalDataIn('联系人张三，电话138-1234-5678'), ['手机号码']);
  assert.deepEqual(personalDataIn('身份证号500235199001011234'), ['身份证号码']);
  assert.deepEqual(personalDataIn('身份证号５００２３５１９９００１０１１２３Ｘ'), ['身份证号码'], 'full-width digits');
  assert.deepEqual(personalDataIn('安排资金13500000000元，2025-11-25前完成，编号20251125001'), []);
  const v = noPersonalData.check({ decisions: [d(), d({ text: '由李四（13912345678）牵头' })] });
  assert.equal(v.outcome, 'block');
  assert.match(v.message, /^第三十条、《政府信息公开条例》第十五条：第2项议定事项拟公开，但含有个人信息（手机号码）/);
  assert.equal(noPersonalData.check({ decisions: [d({ text: '由李四（13912345678）牵头', disclosure: 'withheld', withholdReason: '涉及个人信息' })] }).outcome, 'allow');
});

test('ADR 0010: each kind of minutes has its own series under the government\'s 代字', () => {
  assert.equal(minutesPrefix('云阳府发', 'executive'), '云阳府常纪');
  assert.equal(minutesPrefix('云阳府发', 'plenary'), '云阳府全纪');
  assert.equal(minutesPrefix('云阳府发', 'head-office'), '云阳府长纪');
  assert.equal(minutesPrefix('云阳府发', 'special'), '云阳府专纪');
  assert.equal(minutesPrefix('奉府', 'executive'), '奉府常纪');
});

test('art. 50: the 纪要 carries the text and the decisions with their units, addressed to those units; a special-topic meeting\'s is the office\'s', () => {
  const e = minutesDocumentElements({
    meetingTitle: '县政府常务会议', kind: 'executive', meetingDate: '2025-11-04', text: '会议研究了停车收费等事项。',
    decisions: [
      { text: '同意调整停车收费标准', leadName: '县发展改革委', coNames: ['县司法局'], dueWorkdays: 10, leadBodyId: 'fgw', coBodyIds: ['sfj'] },
      { text: '加快城东地块收储', leadName: '县财政局', coNames: ['县发展改革委'], dueWorkdays: 5, leadBodyId: 'czj', coBodyIds: ['fgw'] },
    ],
  });
  assert.deepEqual([e.kind, e.issuer, e.title], ['纪要', 'government', '县政府常务会议纪要']);
  assert.deepEqual(e.mainRecipients, ['县发展改革委', '县司法局', '县财政局']);
  assert.deepEqual(e.subjectBodyIds, ['fgw', 'sfj', 'czj']);
  assert.equal(e.body, '会议研究了停车收费等事项。\n\n会议议定事项：\n1. 同意调整停车收费标准（主办：县发展改革委；协办：县司法局；办理时限：10个工作日）\n2. 加快城东地块收储（主办：县财政局；协办：县发展改革委；办理时限：5个工作日）');
  assert.equal(e.disclosure, '依申请公开');
  const special = minutesDocumentElements({ meetingTitle: '停车管理专题会议纪要', kind: 'special', meetingDate: '2025-11-12', text: '会议研究了停车管理。', decisions: [] });
  assert.deepEqual([special.issuer, special.title, special.mainRecipients, special.body], ['office', '停车管理专题会议纪要', ['出席会议人员'], '会议研究了停车管理。']);
});

test('arts. 28, 41: a decision is 已办结 when its lead unit closed the 待办, 已逾期 when open past its due time, else 办理中', () => {
  const at = new Date('2025-11-19T02:00:00Z');
  assert.equal(decisionState({ status: 'done', dueAt: '2025-11-18T16:00:00Z' }, at), 'done');
  assert.equal(decisionState({ status: 'open', dueAt: '2025-11-18T16:00:00Z' }, at), 'overdue');
  assert.equal(decisionState({ status: 'open', dueAt: '2025-11-19T16:00:00Z' }, at), 'in-progress');
  assert.equal(decisionState(undefined, at), 'in-progress');
});

test('art. 30: publication is 待公布 until done, 已逾期 past the period (recorded as late when done), nothing to do when all is withheld', () => {
  const at = new Date('2025-12-03T02:00:00Z');
  assert.equal(publicationState({ publicCount: 0, dueAt: null, publishedAt: null }, at), 'none');
  assert.equal(publicationState({ publicCount: 1, dueAt: '2025-12-03T16:00:00Z', publishedAt: null }, at), 'pending');
  assert.equal(publicationState({ publicCount: 1, dueAt: '2025-12-02T16:00:00Z', publishedAt: null }, at), 'overdue');
  assert.equal(publicationState({ publicCount: 1, dueAt: '2025-12-02T16:00:00Z', publishedAt: '2025-12-03T01:00:00Z' }, at), 'published');
  assert.equal(publicationTimely.check({ today: '2025-12-02', dueDate: '2025-12-02' }).outcome, 'allow');
  const late = publicationTimely.check({ today: '2025-12-03', dueDate: '2025-12-02' });
  assert.equal(late.outcome, 'warn');
  assert.match(late.message, /^第三十条：议定事项应及时公布；公布期限已于2025年12月2日届满/);
});

test('art. 28: only the units carrying out a decision report its progress', () => {
  assert.equal(progressReporter.check({ actsForUnit: true }).outcome, 'allow');
  const v = progressReporter.check({ actsForUnit: false });
  assert.equal(v.outcome, 'block');
  assert.match(v.message, /^第二十八条：/);
});
