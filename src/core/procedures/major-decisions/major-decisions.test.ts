import { test } from 'node:test';
import assert from 'node:assert/strict';
import { itemStanding, publiclyListed } from './catalogue.ts';
import { evaluatorConflict, lifecycle, missingBeforeLegality, preDecisionAssessors, readinessOf, requirements, type DossierFacts } from './major-decisions.decide.ts';
import { DOSSIER_TRANSITIONS } from './major-decisions.machine.ts';
import { dossierAbilities } from './major-decisions.policy.ts';
import {
  catalogueConsent, changeProcedure, collectiveDecision, discussionRecord, evaluationReport, expertIndependent, expertSigned, hearingProcedure,
  legalityReviewTime, progressReporter, publication,
} from './major-decisions.rules.ts';
import { DOSSIER_STATUSES, type DossierEntry, type EntryDataByKind, type EntryKind } from './major-decisions.ts';

let seq = 0;
const entry = <K extends EntryKind>(kind: K, data: EntryDataByKind[K], draftVersion = 1): DossierEntry => ({ seq: ++seq, kind, draftVersion, data, at: '2025-11-03T01:00:00.000Z' });

const FACTS: DossierFacts = {
  status: 'preparing', draftVersion: 1, affectsMarket: true,
  concernedBodies: [{ id: 'czj', name: '县财政局', town: false }, { id: 'fmz', name: '凤鸣镇人民政府', town: true }],
  catalogue: { standing: 'listed', itemTitle: '城区停车收费调整', year: 2025 },
};

const expert = (name: string) => entry('expert-opinion', { name, organisation: '重庆某大学', expertKind: 'expert', mode: 'meeting', date: '2025-11-05', opinion: '方案可行', signed: true, sealed: false, interestDeclared: false, interestNote: '' });

const complete = (): DossierEntry[] => [
  entry('participation', { method: 'symposium', date: '2025-11-04', place: '县政府第二会议室', participants: '居民代表12人', groups: ['public'], opinions: '支持', handling: '采纳', materialsSentOn: null, recordSigned: false, evidence: '座谈会纪要' }),
  expert('甲'), expert('乙'), expert('丙'),
  entry('expert-concluded', { summary: '采纳分时段收费建议', opinions: 3 }),
  entry('risk-assessed', { assessor: '县发展改革委', assessorBodyId: 'fgw', thirdParty: false, methods: '重点走访', risks: ['群众不理解'], measures: '宣传解读', responsePlan: '舆情应对预案', departmentsHeard: '县公安局、县信访办', conclusion: 'controllable', date: '2025-11-06' }),
  entry('body-consulted', { bodyId: 'czj', bodyName: '县财政局', opinion: 'agree', text: '无意见', replyDocument: '云阳财函〔2025〕8号', date: '2025-11-06', self: false }),
  entry('body-consulted', { bodyId: 'fmz', bodyName: '凤鸣镇人民政府', opinion: 'suggestions', text: '建议设置过渡期', replyDocument: '凤鸣府函〔2025〕3号', date: '2025-11-06', self: false }),
  entry('fair-competition', { preliminary: '初审无排除限制竞争内容', opinion: '符合审查标准', result: 'pass', reviewerBodyId: 'scjgj', reviewerBodyName: '县市场监管局', document: '云阳市监函〔2025〕5号', date: '2025-11-07', self: false }),
];

const legality = (conclusion: 'lawful' | 'unlawful', version = 1): DossierEntry[] => [
  entry('legality-sent', { legalBasis: '《价格法》第十八条', procedureStatement: '已履行公众参与等程序', reviewerBodyId: 'sfj', reviewerBodyName: '县司法局' }, version),
  entry('legality-received', { receivedOn: '2025-11-10', earliestOpinionDate: '2025-11-19', minWorkdays: 7, explanation: '', provisional: false }, version),
  entry('legality-opinion', { conclusion, opinion: '审查意见', counselOpinion: '法律顾问意见', riskStatement: null, receivedOn: '2025-11-10', earliestOpinionDate: '2025-11-19', opinionDate: '2025-11-19', workdays: 7 }, version),
];

const PARAMS = { expertMinOpinions: 3 };

test('第二十三条: every statutory step is required before the meeting; the readiness answer lists what is missing', () => {
  const none = requirements(FACTS, [], {}, PARAMS);
  assert.deepEqual(none.filter((r) => !r.done).map((r) => r.key), ['participation', 'expert-review', 'risk-assessment', 'bodies', 'fair-competition', 'legality']);
  const r = readinessOf(none);
  assert.equal(r.state, 'not-ready');
  assert.match(r.detail, /公众参与——尚未听取公众意见/);
  assert.match(r.detail, /合法性审查——决策草案未经合法性审查，不得提交讨论/);
  const ready = requirements(FACTS, [...complete(), ...legality('lawful')], {}, PARAMS);
  assert.ok(ready.every((x) => x.done), JSON.stringify(ready.filter((x) => !x.done).map((x) => x.verdict.message)));
  assert.equal(readinessOf(ready).state, 'ready');
});

test('条例第二十五条: a draft found unlawful, or changed after its review, does not go to the meeting', () => {
  const unlawful = requirements(FACTS, [...complete(), ...legality('unlawful')], {}, PARAMS).find((r) => r.key === 'legality')!;
  assert.equal(unlawful.done, false);
  assert.match(unlawful.verdict.message, /经合法性审查不合法，不得提交讨论/);
  const changed = requirements({ ...FACTS, draftVersion: 2 }, [...complete(), ...legality('lawful', 1)], {}, PARAMS).find((r) => r.key === 'legality')!;
  assert.match(changed.verdict.message, /审查的是第1稿，现为第2稿/);
});

test('条例第二十六条: the legality review waits for the other steps (the package states the procedures performed)', () => {
  const partial = requirements(FACTS, complete().slice(0, 4), {}, PARAMS);
  assert.deepEqual(missingBeforeLegality(partial), ['专家论证', '风险评估', '征求有关部门和乡镇（街道）意见', '公平竞争审查']);
  const phases = lifecycle(FACTS, partial, { topicDetail: null, topicDiscussed: false, partyReported: false, publishDue: null, nextReportDue: null, executionUnit: null, evaluations: 0 });
  assert.equal(phases.phases.find((p) => p.key === 'legality')?.state, 'blocked');
  assert.match(phases.next?.label ?? '', /^专家论证、风险评估/);
});

test('第二十五条、条例第十三条: a concerned town that disagrees blocks the meeting; a public comment counts once its feedback is out', () => {
  const disagree = [...complete(), entry('body-consulted', { bodyId: 'fmz', bodyName: '凤鸣镇人民政府', opinion: 'disagree', text: '影响集镇商户', replyDocument: null, date: '2025-11-08', self: true })];
  const bodies = requirements(FACTS, disagree, {}, PARAMS).find((r) => r.key === 'bodies')!;
  assert.equal(bodies.done, false);
  assert.ok(bodies.verdict.cites.includes('yunyang-2025:46'));
  const comment = entry('consultation-opened', { consultationId: 'c1', title: '征求意见', opensAt: '2025-11-03T01:00:00.000Z', lastDay: '2025-12-03', earliestLastDay: '2025-12-03', shortenedReason: null });
  const open = requirements({ ...FACTS, concernedBodies: [] }, [comment], { c1: { done: false, detail: '公开征求意见进行中，2025年12月3日24时截止' } }, PARAMS).find((r) => r.key === 'participation')!;
  assert.match(open.verdict.message, /公开征求意见进行中/);
  const done = requirements({ ...FACTS, concernedBodies: [] }, [comment], { c1: { done: true, detail: '' } }, PARAMS).find((r) => r.key === 'participation')!;
  assert.equal(done.done, true);
});

test('条例第十六条、第十七条: hearing materials at least 7 days ahead, the record signed', () => {
  const base = { method: 'hearing' as const, date: '2025-11-20', noticeDays: 7, recordSigned: true };
  assert.equal(hearingProcedure.check({ ...base, materialsSentOn: '2025-11-14' }).outcome, 'block');
  assert.equal(hearingProcedure.check({ ...base, materialsSentOn: '2025-11-13' }).outcome, 'allow');
  assert.match(hearingProcedure.check({ ...base, materialsSentOn: '2025-11-13', recordSigned: false }).message, /^《重大行政决策程序暂行条例》第十七条/);
  assert.equal(hearingProcedure.check({ ...base, method: 'symposium', materialsSentOn: null, recordSigned: false }).outcome, 'allow');
});

test('条例第十九条、第二十条: unsigned or unsealed opinions, and experts with an interest, are refused', () => {
  assert.equal(expertSigned.check({ expertKind: 'expert', signed: false, sealed: false, name: '甲' }).outcome, 'block');
  assert.match(expertSigned.check({ expertKind: 'institution', signed: true, sealed: false, name: '某研究院' }).message, /未盖章/);
  const interest = expertIndependent.check({ interestDeclared: true, name: '乙', interestNote: '其配偶经营停车场' });
  assert.equal(interest.outcome, 'block');
  assert.match(interest.message, /^《重大行政决策程序暂行条例》第二十条：.*乙申报存在利害关系（其配偶经营停车场）/);
});

test('第二十条、条例第二十六条: an opinion before the 7th working day after receipt is refused', () => {
  const f = { receivedOn: '2025-11-10', earliestOpinionDate: '2025-11-19', minWorkdays: 7, explanation: '自2025年11月10日起算', provisional: false };
  const early = legalityReviewTime.check({ ...f, today: '2025-11-18' });
  assert.equal(early.outcome, 'block');
  assert.deepEqual(early.cites, ['yunyang-2025:20', 'major-decision-2019:26']);
  assert.match(early.message, /最早于2025年11月19日出具审查意见/);
  assert.equal(legalityReviewTime.check({ ...f, today: '2025-11-19' }).outcome, 'allow');
});

test('第二十四条、条例第三十条: only a 常务会议 or 全体会议 topic of the dossier decides; the record keeps dissent and reasons', () => {
  assert.equal(collectiveDecision.check({ meetingKind: 'head-office', linked: true, stage: 'record', concluded: true }).outcome, 'block');
  assert.equal(collectiveDecision.check({ meetingKind: 'executive', linked: false, stage: 'record', concluded: true }).outcome, 'block');
  assert.equal(collectiveDecision.check({ meetingKind: 'plenary', linked: true, stage: 'record', concluded: true }).outcome, 'allow');
  const against = discussionRecord.check({ members: 5, headLast: true, dissent: 3, againstMajority: true, reason: '', counts: '同意1、不同意3、保留1' });
  assert.equal(against.outcome, 'block');
  const ok = discussionRecord.check({ members: 5, headLast: true, dissent: 3, againstMajority: true, reason: '项目紧迫', counts: '同意1、不同意3、保留1' });
  assert.match(ok.message, /3项不同意见已如实载明；与多数意见不一致的理由：项目紧迫/);
});

test('条例第三十六条: the units that assessed the decision beforehand may not evaluate it afterwards', () => {
  const assessors = preDecisionAssessors({ id: 'fgw', name: '县发展改革委' }, [
    ...complete(),
    entry('expert-opinion', { name: '重庆某规划研究院', organisation: '', expertKind: 'institution', mode: 'commissioned', date: '2025-11-05', opinion: '可行', signed: true, sealed: true, interestDeclared: false, interestNote: '' }),
  ]);
  assert.equal(evaluatorConflict(assessors, { bodyId: 'fgw', name: '县发展改革委' })?.role, '决策承办单位（拟订草案、组织论证评估）');
  assert.match(evaluatorConflict(assessors, { bodyId: null, name: '重庆某规划研究院 ' })?.role ?? '', /专业机构/);
  assert.equal(evaluatorConflict(assessors, { bodyId: 'tjj', name: '县统计局' }), null);
  assert.equal(evaluationReport.check({ byEvaluator: true, evaluatorName: '县统计局', publicOpinions: '', participants: [] }).outcome, 'block');
  assert.equal(evaluationReport.check({ byEvaluator: true, evaluatorName: '县统计局', publicOpinions: '问卷调查1200份', participants: ['public'] }).outcome, 'warn');
});

test('条例第三十七条: only the 行政首长 suspends first, and only when urgent; a major adjustment repeats the procedure', () => {
  const base = { action: 'urgent-suspend' as const, change: null, situation: 'major-change' as const, urgency: '汛期临时交通管制', reasons: '主汛期城区道路大面积封闭，收费调整无法执行', major: false };
  assert.equal(changeProcedure.check({ ...base, actsForHead: false }).outcome, 'block');
  assert.equal(changeProcedure.check({ ...base, actsForHead: true, situation: 'normal' }).outcome, 'block');
  assert.equal(changeProcedure.check({ ...base, actsForHead: true }).outcome, 'allow');
  const major = changeProcedure.check({ action: 'propose', change: 'adjust', actsForHead: false, situation: null, urgency: '', reasons: '评估认为收费标准过高，需要大幅调整', major: true });
  assert.equal(major.outcome, 'block');
  assert.match(major.message, /另立决策卷宗/);
});

test('条例第三条: a catalogue takes effect with consent and is published only then; an item added in a draft adjustment is not yet listed', () => {
  assert.equal(catalogueConsent.check({ action: 'publish', consented: false, changes: 3, date: '', document: '', today: '2025-11-03', editionLabel: '目录' }).outcome, 'block');
  assert.equal(catalogueConsent.check({ action: 'consent', consented: false, changes: 0, date: '2025-11-03', document: '云阳委办函〔2025〕1号', today: '2025-11-03', editionLabel: '目录' }).outcome, 'block');
  const editions = [{ number: 1, status: 'published' as const }, { number: 2, status: 'draft' as const }];
  assert.equal(itemStanding({ addedInEdition: 2, withdrawnInEdition: null }, editions), 'proposed');
  assert.equal(itemStanding({ addedInEdition: 1, withdrawnInEdition: 2 }, editions), 'withdrawal-proposed');
  assert.equal(publiclyListed({ addedInEdition: 1, withdrawnInEdition: 2 }, editions), true);
  assert.equal(itemStanding({ addedInEdition: 1, withdrawnInEdition: 2 }, [{ number: 1, status: 'published' }, { number: 2, status: 'consented' }]), 'withdrawn');
});

test('第二十八条、条例第三十五条: the execution unit reports; a changed situation is flagged for the 决策机关', () => {
  assert.equal(progressReporter.check({ inExecutionUnit: false, office: false, bodyName: '县交通局', situation: 'normal' }).outcome, 'block');
  const flagged = progressReporter.check({ inExecutionUnit: true, office: false, bodyName: '县交通局', situation: 'major-change' });
  assert.equal(flagged.outcome, 'warn');
  assert.ok(flagged.cites.includes('major-decision-2019:35'));
  assert.equal(publication.check({ disclosure: 'withheld', withheldReason: '', adoptionExplanation: '' }).outcome, 'block');
});

test('the transition table is exhaustive and the screens offer only what it allows', () => {
  assert.deepEqual(Object.keys(DOSSIER_TRANSITIONS).sort(), [...DOSSIER_STATUSES].sort());
  const actor = { office: false, inUndertaking: true, inJustice: false, inMarket: false, inConcerned: false, inExecution: false, inEvaluator: false, actsForHead: false, mayPropose: true, leader: false };
  const situation = { status: 'preparing' as const, legality: 'received' as const, topicClosed: false, topicDiscussed: false, partyReported: false, pendingChange: false, pendingChangeDiscussed: false, openEvaluation: false };
  const a = dossierAbilities(situation, actor);
  assert.equal(a.editDraft, false, 'not while the draft is under legality review');
  assert.equal(a.legalityOpinion, false, 'only the 县司法局');
  assert.equal(dossierAbilities(situation, { ...actor, inUndertaking: false, inJustice: true }).legalityOpinion, true);
  assert.equal(dossierAbilities({ ...situation, status: 'decided' }, { ...actor, office: true }).publish, false, 'not before the report to the party committee');
});
