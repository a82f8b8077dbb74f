/**
 * Opening a dossier and the statutory steps before the legality review (art. 25; 条例第十一条至
 * 第二十四条), each recorded by the undertaking unit (or the office) with its evidence: public
 * participation (a public comment goes through the consultation module), expert review, risk
 * assessment, the opinions of the departments and towns concerned, the fair-competition review.
 */
import { DomainError } from '../../core/kernel/result.ts';
import { itemStanding } from '../../core/procedures/major-decisions/catalogue.ts';
import {
  bodyReply, expertIndependent, expertReviewDone, expertSigned, fairCompetitionReviewer, filled, hearingProcedure, inCatalogue, riskReport, undertakingUnit,
} from '../../core/procedures/major-decisions/major-decisions.rules.ts';
import {
  entriesOf, type BodyOpinion, type DossierEntry, type ExpertKind, type ExpertMode, type FairCompetitionResult, type ParticipantGroup, type ParticipationMethod, type RiskConclusion,
} from '../../core/procedures/major-decisions/major-decisions.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, MajorDecisionRecord } from '../ports.ts';
import { notFound, ruleBlocked } from '../platform/errors.ts';
import { openConsultationIn } from '../consultations/consultations.ts';
import { actOnDossier } from './act.ts';
import {
  DECISION_CATALOGUE_NOT_FOUND, WORKING_KINDS, appendEntry, bodyName, decisionNow, decisionViewer, dutyBody, invalid, postFor, postIn, withRefusalRecorded, type DecisionViewer,
} from './decision-context.ts';

/** Who prepares: the undertaking unit (any post in it or its 科室), or the office; anyone else is refused citing 条例第十一条、第十二条. */
export function preparer(v: DecisionViewer, dossier: Pick<MajorDecisionRecord, 'leadBodyId'>, action: string): { verdict: Verdict; post: { positionId: string | null; onBehalfOf: string | null } } {
  const role = postIn(v, dossier.leadBodyId) ? 'undertaking' : v.office ? 'office' : 'other';
  return { verdict: undertakingUnit.check({ role, bodyName: bodyName(v, dossier.leadBodyId), action }), post: postFor(v, dossier.leadBodyId) };
}

function checkBodies(v: DecisionViewer, field: string, ids: readonly string[], leadBodyId: string): void {
  for (const [i, id] of ids.entries()) {
    const b = v.bodies.find((x) => x.id === id);
    if (!b || !WORKING_KINDS.has(b.kind) || id === leadBodyId || ids.indexOf(id) !== i) throw invalid(`${field}.${i}`, '须为县政府部门、乡镇（街道）或第六十九条所列机构，不重复，且不是承办单位');
  }
}

const notAfterToday = (field: string, date: string, today: string) => {
  if (date > today) throw invalid(field, '日期不能晚于今天');
};

export interface OpenDossierInput {
  readonly itemId: string;
  readonly title: string;
  readonly draftText: string;
  readonly explanation: string;
  readonly affectsMarket: boolean;
  readonly concernedBodyIds: readonly string[];
  /** A major adjustment of a decision in force repeats the procedure in a new dossier (条例第三十七条). */
  readonly revisesId?: string | undefined;
}

/** 立卷: the undertaking unit (or the office) starts the procedure for a matter of the consented catalogue (art. 23). */
export async function openDossier(deps: ServiceDeps, actor: Actor, input: OpenDossierInput): Promise<{ dossier: MajorDecisionRecord; verdicts: readonly Verdict[] }> {
  const now = decisionNow(deps);
  return withRefusalRecorded(deps, actor, { type: 'major-decision', id: null }, '启动重大行政决策程序', () => deps.store.transaction(async (tx) => {
    const v = await decisionViewer(deps.store, tx, actor, now);
    const item = await tx.majorDecisions.item(actor.tenantId, input.itemId);
    if (!item) throw notFound(DECISION_CATALOGUE_NOT_FOUND, '目录事项');
    const catalogue = (await tx.majorDecisions.catalogueById(actor.tenantId, item.catalogueId))!;
    const editions = await tx.majorDecisions.editions(actor.tenantId, catalogue.id);
    const who = preparer(v, item, '启动决策程序');
    const listed = inCatalogue.check({ standing: itemStanding(item, editions), itemTitle: item.title, year: catalogue.year });
    const verdicts = [now.packVerdict, who.verdict, listed];
    if (verdicts.some((x) => x.outcome === 'block')) throw ruleBlocked(verdicts);
    checkBodies(v, 'concernedBodyIds', input.concernedBodyIds, item.leadBodyId);
    const existing = await tx.majorDecisions.byItems(actor.tenantId, [item.id]);
    let revises: MajorDecisionRecord | undefined;
    if (input.revisesId === undefined) {
      if (existing.some((d) => d.round === 0)) throw new DomainError('CONFLICT', '该决策事项已立卷，一个事项只有一份决策卷宗');
    } else {
      revises = existing.find((d) => d.id === input.revisesId);
      if (!revises || (revises.status !== 'executing' && revises.status !== 'suspended')) throw invalid('revisesId', '只能对执行中或中止执行的本事项决策作重大调整');
      if (existing.some((d) => d.revisesId === revises!.id && ['preparing', 'submitted', 'decided'].includes(d.status))) throw new DomainError('CONFLICT', '该决策已有进行中的重大调整卷宗');
    }
    const dossier: MajorDecisionRecord = {
      id: deps.ids.id(), tenantId: actor.tenantId, itemId: item.id, round: revises ? Math.max(...existing.map((d) => d.round)) + 1 : 0, revisesId: revises?.id ?? null,
      title: input.title.trim(), draftText: input.draftText.trim(), explanation: input.explanation.trim(), draftVersion: 1, leadBodyId: item.leadBodyId,
      affectsMarket: input.affectsMarket, concernedBodyIds: input.concernedBodyIds, status: 'preparing', topicId: null, decision: null, partyReportedAt: null,
      publishDueDate: null, publishTaskId: null, publishedAt: null, execution: null, pendingChange: null, openEvaluation: null,
      createdAt: now.at.toISOString(), createdByPersonId: actor.personId, updatedAt: now.at.toISOString(), version: 1,
    };
    await tx.majorDecisions.insert(dossier);
    await appendEntry(deps, tx, actor, now, dossier, 'opened', {
      title: dossier.title, itemId: item.id, itemTitle: item.title, year: catalogue.year, leadBodyId: item.leadBodyId, affectsMarket: dossier.affectsMarket,
      concernedBodyIds: dossier.concernedBodyIds, revisesId: dossier.revisesId,
    }, who.post, verdicts);
    return { dossier, verdicts };
  }));
}

export interface EditDraftInput {
  readonly title?: string | undefined;
  readonly draftText?: string | undefined;
  readonly explanation?: string | undefined;
  readonly affectsMarket?: boolean | undefined;
  readonly concernedBodyIds?: readonly string[] | undefined;
  readonly note: string;
}

/** 修改决策草案: a new version (the legality review then applies to it again); not while the review runs (条例第二十六条). */
export async function editDraft(deps: ServiceDeps, actor: Actor, id: string, input: EditDraftInput) {
  return actOnDossier(deps, actor, id, 'edit-draft', '修改决策草案', async ({ tx, viewer, dossier }) => {
    const who = preparer(viewer, dossier, '修改决策草案');
    const legality = (await tx.majorDecisions.entries(dossier.tenantId, dossier.id)).filter((e) => e.kind.startsWith('legality-')).at(-1);
    if (legality && (legality.kind === 'legality-sent' || legality.kind === 'legality-received')) throw new DomainError('CONFLICT', '决策草案正在合法性审查中，审查意见出具或材料退回前不能修改（条例第二十六条）');
    if (input.concernedBodyIds) checkBodies(viewer, 'concernedBodyIds', input.concernedBodyIds, dossier.leadBodyId);
    const changes: Partial<MajorDecisionRecord> = {
      ...(input.title !== undefined ? { title: input.title.trim() } : {}),
      ...(input.draftText !== undefined ? { draftText: input.draftText.trim() } : {}),
      ...(input.explanation !== undefined ? { explanation: input.explanation.trim() } : {}),
      ...(input.affectsMarket !== undefined ? { affectsMarket: input.affectsMarket } : {}),
      ...(input.concernedBodyIds !== undefined ? { concernedBodyIds: input.concernedBodyIds } : {}),
    };
    const changed = (Object.keys(changes) as (keyof MajorDecisionRecord)[]).filter((k) => JSON.stringify(changes[k]) !== JSON.stringify(dossier[k]));
    if (changed.length === 0) throw invalid('draftText', '没有修改任何内容');
    const textChanged = changed.some((k) => k === 'draftText' || k === 'explanation' || k === 'title');
    return {
      kind: 'draft-edited', data: { note: input.note.trim(), changed, previousVersion: dossier.draftVersion }, verdicts: [who.verdict], post: who.post,
      changes: { ...changes, draftVersion: textChanged ? dossier.draftVersion + 1 : dossier.draftVersion },
    };
  });
}

export interface ParticipationInput {
  readonly method: Exclude<ParticipationMethod, 'public-comment'>;
  readonly date: string;
  readonly place: string;
  readonly participants: string;
  readonly groups: readonly ParticipantGroup[];
  readonly opinions: string;
  readonly handling: string;
  readonly materialsSentOn?: string | undefined;
  readonly recordSigned: boolean;
  readonly evidence: string;
}

/** 公众参与 by 座谈会, 听证会, 实地走访 … (art. 25, 条例第十四条至第十八条): when, where, who, what they said and how it was handled. */
export async function recordParticipation(deps: ServiceDeps, actor: Actor, id: string, input: ParticipationInput) {
  return actOnDossier(deps, actor, id, 'participation', '记录公众参与', ({ now, viewer, dossier }) => {
    const who = preparer(viewer, dossier, '记录公众参与');
    notAfterToday('date', input.date, now.today);
    if (input.materialsSentOn !== undefined && input.materialsSentOn > input.date) throw invalid('materialsSentOn', '材料送达日期不能晚于听证会日期');
    const hearing = hearingProcedure.check({ method: input.method, date: input.date, materialsSentOn: input.materialsSentOn ?? null, noticeDays: now.pack.numberParam('decision.hearingNoticeDays'), recordSigned: input.recordSigned });
    return {
      kind: 'participation', post: who.post, verdicts: [who.verdict, hearing],
      data: {
        method: input.method, date: input.date, place: input.place.trim(), participants: input.participants.trim(), groups: input.groups, opinions: input.opinions.trim(),
        handling: input.handling.trim(), materialsSentOn: input.materialsSentOn ?? null, recordSigned: input.recordSigned, evidence: input.evidence.trim(),
      },
    };
  });
}

export interface PublicCommentInput {
  readonly title?: string | undefined;
  readonly opensAt?: string | undefined;
  readonly lastDay: string;
  readonly shortenedReason?: string | undefined;
}

/**
 * 向社会公开征求意见 (art. 25; 条例第十五条): opened through the consultation module with the dossier's
 * draft and explanation; its window rule (≥ 30 days, shorter only with a stated reason) is enforced
 * there, and a refusal rolls back the whole step.
 */
export async function openPublicComment(deps: ServiceDeps, actor: Actor, id: string, input: PublicCommentInput) {
  return actOnDossier(deps, actor, id, 'public-comment', '向社会公开征求意见', async ({ tx, now, viewer, dossier }) => {
    const who = preparer(viewer, dossier, '发起公开征求意见');
    if (who.verdict.outcome === 'block') throw ruleBlocked([now.packVerdict, who.verdict]);
    const opened = await openConsultationIn(deps, tx, actor, {
      subjectType: 'major-decision', subjectId: dossier.id, title: input.title?.trim() || `${dossier.title}（征求意见稿）`, draftText: dossier.draftText,
      explanation: dossier.explanation, draftingBodyId: dossier.leadBodyId, opensAt: input.opensAt ?? now.at.toISOString(), lastDay: input.lastDay,
      affectsMarket: dossier.affectsMarket, ...(input.shortenedReason !== undefined ? { shortenedReason: input.shortenedReason } : {}),
    });
    const c = opened.consultation;
    return {
      kind: 'consultation-opened', post: who.post, verdicts: [who.verdict, ...opened.verdicts.filter((x) => x.rule !== 'pack.in-force')],
      data: { consultationId: c.id, title: c.title, opensAt: c.opensAt, lastDay: c.lastDay, earliestLastDay: c.minimum.earliestLastDay, shortenedReason: c.shortenedReason },
    };
  });
}

export interface ExpertOpinionInput {
  readonly name: string;
  readonly organisation: string;
  readonly expertKind: ExpertKind;
  readonly mode: ExpertMode;
  readonly date: string;
  readonly opinion: string;
  readonly signed: boolean;
  readonly sealed: boolean;
  readonly interestDeclared: boolean;
  readonly interestNote?: string | undefined;
}

/** 专家论证意见 (条例第十九条、第二十条): written and signed (and sealed, for an institution); an expert with an interest is refused. */
export async function recordExpertOpinion(deps: ServiceDeps, actor: Actor, id: string, input: ExpertOpinionInput) {
  return actOnDossier(deps, actor, id, 'expert-opinion', '记录专家论证意见', ({ now, viewer, dossier }) => {
    const who = preparer(viewer, dossier, '记录专家论证意见');
    notAfterToday('date', input.date, now.today);
    const name = input.name.trim();
    return {
      kind: 'expert-opinion', post: who.post,
      verdicts: [who.verdict, expertSigned.check({ expertKind: input.expertKind, signed: input.signed, sealed: input.sealed, name }), expertIndependent.check({ interestDeclared: input.interestDeclared, name, interestNote: input.interestNote ?? '' })],
      data: {
        name, organisation: input.organisation.trim(), expertKind: input.expertKind, mode: input.mode, date: input.date, opinion: input.opinion.trim(),
        signed: input.signed, sealed: input.sealed, interestDeclared: input.interestDeclared, interestNote: (input.interestNote ?? '').trim(),
      },
    };
  });
}

/** 专家论证意见的研究采纳情况 (条例第二十九条第（三）项): closes the expert review once enough signed opinions are in. */
export async function concludeExpertReview(deps: ServiceDeps, actor: Actor, id: string, input: { summary: string }) {
  return actOnDossier(deps, actor, id, 'expert-conclude', '记录专家论证意见研究采纳情况', async ({ tx, now, viewer, dossier }) => {
    const who = preparer(viewer, dossier, '记录专家论证意见研究采纳情况');
    const opinions = entriesOf(await tx.majorDecisions.entries(dossier.tenantId, dossier.id) as readonly DossierEntry[], 'expert-opinion').length;
    const review = expertReviewDone.check({ action: 'conclude', opinions, min: now.pack.numberParam('decision.expertMinOpinions'), concluded: false });
    return { kind: 'expert-concluded', post: who.post, verdicts: [who.verdict, review], data: { summary: input.summary.trim(), opinions } };
  });
}

export interface RiskInput {
  readonly assessor: string;
  readonly assessorBodyId?: string | undefined;
  readonly thirdParty: boolean;
  readonly methods: string;
  readonly risks: readonly string[];
  readonly measures: string;
  readonly responsePlan: string;
  readonly departmentsHeard: string;
  readonly conclusion: RiskConclusion;
  readonly date: string;
}

/** 风险评估报告 (art. 25; 条例第二十二条至第二十四条): risk points, measures, response plan and whether the risk is controllable. */
export async function recordRiskAssessment(deps: ServiceDeps, actor: Actor, id: string, input: RiskInput) {
  return actOnDossier(deps, actor, id, 'risk', '记录风险评估报告', ({ now, viewer, dossier }) => {
    const who = preparer(viewer, dossier, '记录风险评估报告');
    notAfterToday('date', input.date, now.today);
    if (input.assessorBodyId !== undefined && !viewer.bodies.some((b) => b.id === input.assessorBodyId)) throw invalid('assessorBodyId', '机构不存在');
    const risks = input.risks.map((r) => r.trim()).filter((r) => r !== '');
    const assessor = input.assessorBodyId !== undefined && !filled(input.assessor, 2) ? bodyName(viewer, input.assessorBodyId) : input.assessor.trim();
    return {
      kind: 'risk-assessed', post: who.post,
      verdicts: [who.verdict, riskReport.check({ risks: risks.length, measures: input.measures, responsePlan: input.responsePlan, departmentsHeard: input.departmentsHeard })],
      data: {
        assessor, assessorBodyId: input.assessorBodyId ?? null, thirdParty: input.thirdParty, methods: input.methods.trim(), risks, measures: input.measures.trim(),
        responsePlan: input.responsePlan.trim(), departmentsHeard: input.departmentsHeard.trim(), conclusion: input.conclusion, date: input.date,
      },
    };
  });
}

export interface BodyOpinionInput {
  readonly bodyId: string;
  readonly opinion: BodyOpinion;
  readonly text: string;
  readonly replyDocument?: string | undefined;
  readonly date: string;
}

/** 征求有关部门和乡镇（街道）意见 (art. 25; 条例第十三条): given by the body itself, or its written reply recorded by the undertaking unit. */
export async function recordBodyOpinion(deps: ServiceDeps, actor: Actor, id: string, input: BodyOpinionInput) {
  return actOnDossier(deps, actor, id, 'body-opinion', '记录有关单位意见', ({ now, viewer, dossier }) => {
    notAfterToday('date', input.date, now.today);
    const self = postIn(viewer, input.bodyId);
    const byUndertaking = postIn(viewer, dossier.leadBodyId) !== null || viewer.office;
    const name = bodyName(viewer, input.bodyId) || '该单位';
    const reply = bodyReply.check({ concerned: dossier.concernedBodyIds.includes(input.bodyId), self: self !== null, byUndertaking, replyDocument: input.replyDocument ?? null, bodyName: name });
    return {
      kind: 'body-consulted', post: self ?? postFor(viewer, dossier.leadBodyId), verdicts: [reply],
      data: { bodyId: input.bodyId, bodyName: name, opinion: input.opinion, text: input.text.trim(), replyDocument: input.replyDocument?.trim() ?? null, date: input.date, self: self !== null },
    };
  });
}

export interface FairCompetitionInput {
  readonly preliminary: string;
  readonly opinion: string;
  readonly result: FairCompetitionResult;
  readonly document?: string | undefined;
  readonly date: string;
}

/** 公平竞争审查 (art. 25; 《公平竞争审查条例》第十四条): by the market-regulation department with the drafting unit. */
export async function recordFairCompetition(deps: ServiceDeps, actor: Actor, id: string, input: FairCompetitionInput) {
  return actOnDossier(deps, actor, id, 'fair-competition', '记录公平竞争审查', ({ now, viewer, dossier }) => {
    notAfterToday('date', input.date, now.today);
    const market = dutyBody(viewer.bodies, 'market-regulation');
    if (!market) throw new DomainError('RULE_BLOCKED', '《公平竞争审查条例》第十四条：未设置承担公平竞争审查职责的市场监管部门（机构职责 market-regulation）');
    const inMarket = postIn(viewer, market.id);
    const byUndertaking = postIn(viewer, dossier.leadBodyId) !== null;
    const who = fairCompetitionReviewer.check({ inMarketBody: inMarket !== null, byUndertaking, document: input.document ?? null, marketBodyName: market.name });
    return {
      kind: 'fair-competition', post: inMarket ?? postFor(viewer, dossier.leadBodyId), verdicts: [who],
      data: {
        preliminary: input.preliminary.trim(), opinion: input.opinion.trim(), result: input.result, reviewerBodyId: market.id, reviewerBodyName: market.name,
        document: input.document?.trim() ?? null, date: input.date, self: inMarket !== null,
      },
    };
  });
}
