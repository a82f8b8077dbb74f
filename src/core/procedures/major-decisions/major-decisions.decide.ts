/**
 * Pure decisions over a dossier: what its entries prove, which statutory steps are done, whether it
 * may go to the meeting (the readiness the meetings module asks for), the next step and what blocks
 * it, and who may not evaluate it afterwards.
 */
import type { Verdict } from '../../rules/rule.ts';
import type { Readiness } from '../meetings/meetings.ts';
import { DOSSIER_TRANSITIONS, type DossierCommandType } from './major-decisions.machine.ts';
import {
  bodiesConsulted, expertReviewDone, fairCompetitionDone, inCatalogue, legalityPassed, participationDone, riskControllable,
  type InCatalogueFacts, type LegalityStateFacts,
} from './major-decisions.rules.ts';
import {
  entriesOf, PARTICIPATION_METHOD_LABELS, REQUIREMENT_KEYS, REQUIREMENT_LABELS,
  type BodyOpinion, type ConsultationFact, type DossierEntry, type DossierStatus, type RequirementKey,
} from './major-decisions.ts';
import { formatChineseDate } from '../../kernel/time.ts';

/** What the requirements need to know about a dossier besides its entries. */
export interface DossierFacts {
  readonly status: DossierStatus;
  readonly draftVersion: number;
  readonly affectsMarket: boolean;
  readonly concernedBodies: readonly { readonly id: string; readonly name: string; readonly town: boolean }[];
  readonly catalogue: InCatalogueFacts;
}

export interface RequirementParams {
  /** `decision.expertMinOpinions`. */
  readonly expertMinOpinions: number;
}

export interface Requirement {
  readonly key: RequirementKey;
  readonly label: string;
  readonly done: boolean;
  readonly verdict: Verdict;
}

const last = <T>(xs: readonly T[]): T | undefined => xs[xs.length - 1];

/** Where the legality review stands, from its latest entry; the draft version it reviewed. */
export function legalityFacts(entries: readonly DossierEntry[], currentVersion: number): LegalityStateFacts & { readonly receivedOn: string | null } {
  const kinds = new Set(['legality-sent', 'legality-received', 'legality-returned', 'legality-opinion']);
  const latest = last(entries.filter((e) => kinds.has(e.kind)));
  const received = last(entriesOf(entries, 'legality-received'));
  const base = { conclusion: null, reviewedVersion: null, currentVersion, earliestOpinionDate: null, opinionDate: null, receivedOn: null };
  if (!latest) return { ...base, state: 'none' };
  switch (latest.kind) {
    case 'legality-sent':
      return { ...base, state: 'sent' };
    case 'legality-returned':
      return { ...base, state: 'returned' };
    case 'legality-received':
      return { ...base, state: 'received', earliestOpinionDate: received?.data.earliestOpinionDate ?? null, receivedOn: received?.data.receivedOn ?? null };
    default: {
      const o = latest as DossierEntry<'legality-opinion'>;
      return { ...base, state: 'opinion', conclusion: o.data.conclusion, reviewedVersion: o.draftVersion, earliestOpinionDate: o.data.earliestOpinionDate, opinionDate: o.data.opinionDate, receivedOn: o.data.receivedOn };
    }
  }
}

/** The participation records and whether each is complete (public comment: closed with feedback published). */
export function participationRecords(entries: readonly DossierEntry[], consultations: Readonly<Record<string, ConsultationFact>>) {
  return entries.flatMap((e) => {
    if (e.kind === 'participation') {
      const p = e as DossierEntry<'participation'>;
      return [{ label: `${PARTICIPATION_METHOD_LABELS[p.data.method]}（${formatChineseDate(p.data.date)}）`, done: true, detail: '' }];
    }
    if (e.kind === 'consultation-opened') {
      const c = e as DossierEntry<'consultation-opened'>;
      const fact = consultations[c.data.consultationId] ?? { done: false, detail: '未找到该事项的公开征求意见记录' };
      return [{ label: `向社会公开征求意见（${formatChineseDate(c.data.lastDay)}截止，反馈已公开）`, done: fact.done, detail: fact.detail }];
    }
    return [];
  });
}

/** Whether the expert review was concluded after its last opinion (a later opinion reopens it). */
function expertState(entries: readonly DossierEntry[]): { opinions: number; concluded: boolean } {
  const expert = entries.filter((e) => e.kind === 'expert-opinion' || e.kind === 'expert-concluded');
  return { opinions: entriesOf(entries, 'expert-opinion').length, concluded: last(expert)?.kind === 'expert-concluded' };
}

/** The latest opinion of each concerned body. */
export function bodyOpinions(entries: readonly DossierEntry[]): ReadonlyMap<string, BodyOpinion> {
  const m = new Map<string, BodyOpinion>();
  for (const e of entriesOf(entries, 'body-consulted')) m.set(e.data.bodyId, e.data.opinion);
  return m;
}

/**
 * Every statutory step before the meeting, in order, each with the verdict of the rule that says
 * whether it is done (arts. 20, 23, 25; 条例第十三条至第二十九条). Pure.
 */
export function requirements(facts: DossierFacts, entries: readonly DossierEntry[], consultations: Readonly<Record<string, ConsultationFact>>, params: RequirementParams): Requirement[] {
  const risk = last(entriesOf(entries, 'risk-assessed'));
  const fair = last(entriesOf(entries, 'fair-competition'));
  const opinions = bodyOpinions(entries);
  const expert = expertState(entries);
  const verdicts: Record<RequirementKey, Verdict> = {
    catalogue: inCatalogue.check(facts.catalogue),
    participation: participationDone.check({ records: participationRecords(entries, consultations) }),
    'expert-review': expertReviewDone.check({ action: 'check', opinions: expert.opinions, min: params.expertMinOpinions, concluded: expert.concluded }),
    'risk-assessment': riskControllable.check({ assessment: risk ? { conclusion: risk.data.conclusion, date: risk.data.date, assessor: risk.data.assessor } : null }),
    bodies: bodiesConsulted.check({ concerned: facts.concernedBodies.map((b) => ({ name: b.name, town: b.town, opinion: opinions.get(b.id) ?? null })) }),
    'fair-competition': fairCompetitionDone.check({ affectsMarket: facts.affectsMarket, review: fair ? { result: fair.data.result, date: fair.data.date } : null }),
    legality: legalityPassed.check(legalityFacts(entries, facts.draftVersion)),
  };
  return REQUIREMENT_KEYS.map((key) => ({ key, label: REQUIREMENT_LABELS[key], done: verdicts[key].outcome !== 'block', verdict: verdicts[key] }));
}

/** The steps that must be done before the package goes to the legality review (条例第二十六条：履行决策法定程序的说明). */
export function missingBeforeLegality(reqs: readonly Requirement[]): string[] {
  return reqs.filter((r) => r.key !== 'legality' && r.key !== 'catalogue' && !r.done).map((r) => r.label);
}

/** The answer to the meetings module (arts. 20, 23): ready only when every step is done, else what is missing. Pure. */
export function readinessOf(reqs: readonly Requirement[]): Readiness {
  const missing = reqs.filter((r) => !r.done);
  if (missing.length === 0) return { state: 'ready', detail: `${reqs.map((r) => r.label).join('、')}均已完成` };
  return { state: 'not-ready', detail: missing.map((r) => `${r.label}——${r.verdict.message.replace(/^[^：]*：/, '')}`).join('；') };
}

/** One assessor of the decision before it was made (条例第三十六条：决策作出前承担主要论证评估工作的单位). */
export interface Assessor {
  readonly bodyId: string | null;
  readonly name: string;
  readonly role: string;
}

/** The units that did the main pre-decision assessment: the undertaking unit, the risk assessor, commissioned expert institutions. */
export function preDecisionAssessors(lead: { readonly id: string; readonly name: string }, entries: readonly DossierEntry[]): Assessor[] {
  const out: Assessor[] = [{ bodyId: lead.id, name: lead.name, role: '决策承办单位（拟订草案、组织论证评估）' }];
  for (const r of entriesOf(entries, 'risk-assessed')) out.push({ bodyId: r.data.assessorBodyId, name: r.data.assessor, role: `风险评估单位（${formatChineseDate(r.data.date)}）` });
  for (const x of entriesOf(entries, 'expert-opinion')) {
    if (x.data.expertKind === 'institution') out.push({ bodyId: null, name: x.data.name, role: '承担专家论证的专业机构' });
    else if (x.data.mode === 'commissioned') out.push({ bodyId: null, name: x.data.organisation || x.data.name, role: '受托论证的专家所在单位' });
  }
  return out;
}

const norm = (s: string) => s.replace(/\s+/g, '').toLowerCase();

/** The assessor an evaluator is (by body, or by name for a third party), if any. Pure. */
export function evaluatorConflict(assessors: readonly Assessor[], evaluator: { readonly bodyId: string | null; readonly name: string }): Assessor | null {
  return assessors.find((a) => (evaluator.bodyId !== null && a.bodyId === evaluator.bodyId) || (norm(a.name) !== '' && norm(a.name) === norm(evaluator.name))) ?? null;
}

/** Whether a command is possible from a status (the transition table), and where it leads. */
export function transitionFor(status: DossierStatus, command: DossierCommandType) {
  return DOSSIER_TRANSITIONS[status][command];
}

export type PhaseState = 'done' | 'pending' | 'blocked' | 'upcoming' | 'not-applicable' | 'active' | 'stopped';

export interface Phase {
  readonly key: string;
  readonly label: string;
  readonly state: PhaseState;
  readonly detail: string;
  readonly verdict: Verdict | null;
}

export interface AfterFacts {
  /** The meeting topic's state while submitted, as one sentence (from the meetings module). */
  readonly topicDetail: string | null;
  readonly topicDiscussed: boolean;
  readonly partyReported: boolean;
  readonly publishDue: string | null;
  readonly nextReportDue: string | null;
  readonly executionUnit: string | null;
  readonly evaluations: number;
}

/**
 * The dossier's lifecycle as the screen shows it: the steps before the meeting, the meeting, the
 * report to the party committee, publication, execution and evaluation, each with its state; and
 * the next required step with what blocks it. Pure.
 */
export function lifecycle(facts: DossierFacts, reqs: readonly Requirement[], after: AfterFacts): { phases: Phase[]; next: { label: string; detail: string; blockers: Verdict[] } | null } {
  const s = facts.status;
  const preparing = s === 'preparing';
  const decidedOrLater = !['preparing', 'submitted', 'not-adopted'].includes(s);
  const before = reqs.map((r): Phase => {
    const na = (r.key === 'fair-competition' && !facts.affectsMarket) || (r.key === 'bodies' && facts.concernedBodies.length === 0);
    const state: PhaseState = r.done ? (na ? 'not-applicable' : 'done') : r.key === 'legality' && missingBeforeLegality(reqs).length > 0 ? 'blocked' : 'pending';
    return { key: r.key, label: r.label, state, detail: r.verdict.message, verdict: r.verdict };
  });
  const allDone = reqs.every((r) => r.done);
  const meeting: Phase = {
    key: 'meeting', label: '集体讨论决定（常务会议或全体会议）',
    state: s === 'submitted' ? 'pending' : decidedOrLater || s === 'not-adopted' ? 'done' : allDone ? 'pending' : 'upcoming',
    detail: s === 'submitted' ? (after.topicDetail ?? '已提请会议') : s === 'not-adopted' ? '会议不予通过' : decidedOrLater ? '已经会议讨论决定' : allDone ? '法定程序均已完成，可提请会议讨论' : '法定程序完成后提请会议讨论',
    verdict: null,
  };
  const party: Phase = { key: 'party-report', label: '向县委请示报告', state: !decidedOrLater ? 'upcoming' : after.partyReported ? 'done' : 'pending', detail: after.partyReported ? '已向县委请示报告' : '出台前向县委请示报告（条例第三十一条）', verdict: null };
  const published = ['published', 'executing', 'suspended', 'terminated', 'adjusted'].includes(s);
  const pub: Phase = {
    key: 'publication', label: '公布', state: published ? 'done' : s === 'decided' ? (after.partyReported ? 'pending' : 'blocked') : 'upcoming',
    detail: published ? '已公布' : `及时公布，说明公众意见、专家论证意见的采纳情况${after.publishDue ? `（期限${formatChineseDate(after.publishDue)}）` : ''}`, verdict: null,
  };
  const execution: Phase = {
    key: 'execution', label: '决策执行',
    state: s === 'executing' ? 'active' : s === 'suspended' ? 'stopped' : s === 'terminated' || s === 'adjusted' ? 'done' : s === 'published' ? 'pending' : 'upcoming',
    detail: s === 'executing' ? `执行单位：${after.executionUnit ?? ''}${after.nextReportDue ? `；下次执行情况报告${formatChineseDate(after.nextReportDue)}前` : ''}`
      : s === 'suspended' ? '中止执行中：恢复或停止执行须经会议研究决定' : s === 'terminated' ? '已停止执行' : s === 'adjusted' ? '已由调整后的决策替代' : '公布后明确决策执行单位（第二十八条）',
    verdict: null,
  };
  const evaluation: Phase = {
    key: 'evaluation', label: '决策后评估', state: after.evaluations > 0 ? 'done' : ['executing', 'suspended'].includes(s) ? 'not-applicable' : 'upcoming',
    detail: after.evaluations > 0 ? `已组织${after.evaluations}次决策后评估` : '有第二十七条、条例第三十六条情形的，组织决策后评估', verdict: null,
  };
  const phases = [...before, meeting, party, pub, execution, evaluation];

  let next: { label: string; detail: string; blockers: Verdict[] } | null = null;
  if (preparing) {
    const open = reqs.filter((r) => !r.done && r.key !== 'legality');
    if (open.length > 0) next = { label: open.map((r) => r.label).join('、'), detail: '完成以上法定程序后送请县司法局合法性审查', blockers: open.map((r) => r.verdict) };
    else if (!allDone) next = { label: '合法性审查', detail: reqs.find((r) => r.key === 'legality')!.verdict.message, blockers: [reqs.find((r) => r.key === 'legality')!.verdict] };
    else next = { label: '提请会议讨论', detail: '法定程序均已完成，由承办单位主要负责人、分管县领导或县政府办公室提请县政府常务会议或全体会议讨论', blockers: [] };
  } else if (s === 'submitted') {
    next = after.topicDiscussed ? { label: '登记会议决定', detail: '会议已形成结论，由县政府办公室依据讨论记录登记', blockers: [] } : { label: '会议讨论决定', detail: after.topicDetail ?? '', blockers: [] };
  } else if (s === 'decided') {
    next = after.partyReported ? { label: '公布决策', detail: pub.detail, blockers: [] } : { label: '向县委请示报告', detail: party.detail, blockers: [] };
  } else if (s === 'published') {
    next = { label: '明确决策执行单位', detail: execution.detail, blockers: [] };
  } else if (s === 'executing') {
    next = { label: '报告执行情况', detail: execution.detail, blockers: [] };
  } else if (s === 'suspended') {
    next = { label: '会议研究恢复或停止执行', detail: execution.detail, blockers: [] };
  }
  return { phases, next };
}
