import { test } from 'node:test';
import assert from 'node:assert/strict';
import { calendar } from '../../calendar/deadline.fixtures.ts';
import { endOfLocalDay } from '../../kernel/time.ts';
import { decideWindow, minimumWindow } from './consultations.decide.ts';
import { commentWindow, feedbackReady, personalInfo } from './consultations.rules.ts';
import { consultationState } from './consultations.ts';
import { maskPersonalInfo } from './personal-info.ts';
import { consultationAbilities } from './consultations.policy.ts';

const PARAMS = { decisionDays: 30, marketDays: 30, normativeWorkdays: 7 };
const at = (s: string) => new Date(s);

test('第二十五条, 713号第十五条: a major decision\'s window is at least 30 days from the day after it opens', () => {
  const min = minimumWindow(calendar, 'major-decision', false, at('2025-11-03T09:00:00+08:00'), PARAMS, 480);
  assert.equal(min.openDate, '2025-11-03');
  assert.equal(min.deadline.dueDate, '2025-12-03');
  assert.deepEqual(min.requirement.cites, ['yunyang-2025:25', 'major-decision-2019:15']);
  assert.ok(decideWindow(min, { lastDay: '2025-12-03', shortenedReason: null }).ok);
  const short = decideWindow(min, { lastDay: '2025-12-02', shortenedReason: null });
  assert.equal(short.ok, false);
  assert.match(short.verdicts[0]?.message ?? '', /^第二十五条、《重大行政决策程序暂行条例》第十五条：.*应不早于2025年12月3日24时截止/);
  const reasoned = decideWindow(min, { lastDay: '2025-11-20', shortenedReason: '汛期安全形势紧急，须在12月前出台' });
  assert.ok(reasoned.ok && reasoned.shortened);
  assert.equal(reasoned.verdicts[0]?.outcome, 'warn');
  assert.match(reasoned.verdicts[0]?.message ?? '', /汛期安全形势紧急/);
});

test('民法典第二百零三条: a 30-day window whose last day is a Sunday runs to the Monday', () => {
  const min = minimumWindow(calendar, 'major-decision', false, at('2025-11-07T10:00:00+08:00'), PARAMS, 480);
  assert.equal(min.deadline.dueDate, '2025-12-08');
  assert.match(min.deadline.summary, /顺延至2025年12月8日/);
});

test('《优化营商环境条例》第六十二条: a normative document affecting market actors needs 30 days; otherwise 7 working days on the official calendar', () => {
  const market = minimumWindow(calendar, 'normative', true, at('2025-11-03T09:00:00+08:00'), PARAMS, 480);
  assert.equal(market.deadline.dueDate, '2025-12-03');
  assert.equal(market.requirement.key, 'normative.marketCommentMinDays');
  assert.ok(market.requirement.cites.includes('business-env-2019:62'));
  // Friday 2025-12-26: 29, 30, 31 December, then the New Year holiday (1–3 January), the make-up
  // working Sunday 4 January, 5, 6 and 7 January.
  const plain = minimumWindow(calendar, 'normative', false, at('2025-12-26T09:00:00+08:00'), PARAMS, 480);
  assert.equal(plain.requirement.unit, 'workday');
  assert.equal(plain.deadline.dueDate, '2026-01-07');
  assert.deepEqual(plain.requirement.cites, ['org-law-2022:75']);
  assert.ok(plain.deadline.explanation.some((s) => s.date === '2026-01-04' && s.counted));
  assert.equal(decideWindow(plain, { lastDay: '2026-01-06', shortenedReason: null }).ok, false);
});

test('a major decision affecting market actors cites both periods', () => {
  const min = minimumWindow(calendar, 'major-decision', true, at('2025-11-03T09:00:00+08:00'), { ...PARAMS, marketDays: 45 }, 480);
  assert.equal(min.requirement.period, 45);
  assert.equal(min.requirement.key, 'normative.marketCommentMinDays');
  assert.ok(min.requirement.cites.includes('business-env-2019:62') && min.requirement.cites.includes('yunyang-2025:25'));
});

test('the comment window is enforced to the second: from the opening instant to 24:00 Beijing time of the last day', () => {
  const closesAt = endOfLocalDay('2025-12-03', 480).toISOString();
  assert.equal(closesAt, '2025-12-03T16:00:00.000Z');
  const facts = { subjectType: 'major-decision' as const, affectsMarket: false, opensAt: '2025-11-03T01:00:00.000Z', closesAt, lastDay: '2025-12-03', utcOffsetMinutes: 480 };
  assert.equal(commentWindow.check({ ...facts, at: at('2025-11-03T00:59:59.999Z') }).outcome, 'block');
  assert.match(commentWindow.check({ ...facts, at: at('2025-11-03T00:59:59Z') }).message, /自2025年11月3日9时00分00秒开始，尚未开始/);
  assert.equal(commentWindow.check({ ...facts, at: at('2025-11-03T01:00:00Z') }).outcome, 'allow');
  assert.equal(commentWindow.check({ ...facts, at: at('2025-12-03T15:59:59Z') }).outcome, 'allow');
  const late = commentWindow.check({ ...facts, at: at('2025-12-03T16:00:00Z') });
  assert.equal(late.outcome, 'block');
  assert.match(late.message, /^第二十五条、《重大行政决策程序暂行条例》第十五条：本次征求意见已于2025年12月3日24时截止/);
});

test('feedback: not before the window closed, not with comments unmoderated or unhandled', () => {
  const facts = { subjectType: 'normative' as const, affectsMarket: true, closesAt: '2025-12-03T16:00:00.000Z', lastDay: '2025-12-03', pending: 0, unhandled: 0 };
  assert.equal(feedbackReady.check({ ...facts, at: at('2025-12-03T15:59:59Z') }).outcome, 'block');
  assert.equal(feedbackReady.check({ ...facts, at: at('2025-12-04T01:00:00Z') }).outcome, 'allow');
  const open = feedbackReady.check({ ...facts, at: at('2025-12-04T01:00:00Z'), pending: 1, unhandled: 2 });
  assert.equal(open.outcome, 'block');
  assert.match(open.message, /^《优化营商环境条例》第六十二条：尚有1条意见待审核，尚有2条意见未记录采纳情况/);
});

test('《政府信息公开条例》第十五条: numbers and addresses that look personal are masked', () => {
  const r = maskPersonalInfo('建议延长营业时间。我的电话13812345678，邮箱 zhang.san@example.com，身份证500235199001011234，座机023-55123456。');
  assert.deepEqual(r.found, ['身份证号码', '手机号码', '电话号码', '电子邮箱']);
  assert.ok(!/13812345678|zhang\.san|500235199001011234|55123456/.test(r.text), r.text);
  assert.match(r.text, /^建议延长营业时间。/);
  assert.equal(personalInfo.check({ found: r.found }).outcome, 'warn');
  assert.deepEqual(maskPersonalInfo('建议增加停车位2000个，2025年完成。').found, []);
});

test('《政府信息公开条例》第十五条: a labelled name and the commenter\'s own name and contact are masked too', () => {
  const labelled = maskPersonalInfo('我叫王五，住在双江街道。姓名：李四。联系人 赵六');
  assert.equal(labelled.text, '我叫【姓名已隐去】，住在双江街道。姓名：【姓名已隐去】。联系人 【姓名已隐去】');
  assert.deepEqual(labelled.found, ['姓名']);
  const own = maskPersonalInfo('张三建议：夜间免费停车。如有疑问请找张三，微信 zs_2025。', { name: '张三', contact: 'zs_2025' });
  assert.equal(own.text, '【姓名已隐去】建议：夜间免费停车。如有疑问请找【姓名已隐去】，微信 【联系方式已隐去】。');
  assert.deepEqual(own.found, ['姓名', '联系方式']);
  assert.deepEqual(maskPersonalInfo('建议姓名栏可以不填。', { name: ' ', contact: '' }).found, [], 'no label followed by a name, no own name given');
  assert.equal(maskPersonalInfo('费用(元)：3.5', { name: '(元)' }).text, '费用【姓名已隐去】：3.5', 'the own name is matched literally');
});

test('state follows the clock; the drafting unit handles and publishes, the office moderates', () => {
  const c = { opensAt: '2025-11-03T01:00:00.000Z', closesAt: '2025-12-03T16:00:00.000Z', feedbackPublishedAt: null };
  assert.equal(consultationState(c, at('2025-11-03T00:00:00Z')), 'scheduled');
  assert.equal(consultationState(c, at('2025-11-10T00:00:00Z')), 'open');
  assert.equal(consultationState(c, at('2025-12-03T16:00:00Z')), 'closed');
  assert.equal(consultationState({ ...c, feedbackPublishedAt: '2025-12-05T01:00:00.000Z' }, at('2025-12-06T00:00:00Z')), 'feedback-published');
  assert.deepEqual(consultationAbilities('closed', { office: true, inDraftingBody: false }), { moderate: true, handle: false, publish: false, seeContacts: true });
  assert.deepEqual(consultationAbilities('closed', { office: false, inDraftingBody: true }), { moderate: true, handle: true, publish: true, seeContacts: true });
  assert.deepEqual(consultationAbilities('open', { office: false, inDraftingBody: false }), { moderate: false, handle: false, publish: false, seeContacts: false });
});
