/**
 * The legality review (art. 20; 条例第二十五条至第二十八条): the undertaking unit sends the complete
 * package to the 县司法局 once every other step is done; the bureau acknowledges receipt (or returns
 * the package for supplements); its opinion may be given no earlier than the configured number of
 * working days after receipt, counted on the official calendar, with the legal advisers' opinion.
 */
import { computeDeadline, workingDaysBetween } from '../../core/calendar/index.ts';
import { localDate } from '../../core/kernel/time.ts';
import { DomainError } from '../../core/kernel/result.ts';
import { missingBeforeLegality, legalityFacts } from '../../core/procedures/major-decisions/major-decisions.decide.ts';
import { legalityCounsel, legalityPackage, legalityReviewTime, legalityReviewer } from '../../core/procedures/major-decisions/major-decisions.rules.ts';
import { entriesOf, type DossierEntry, type LegalityConclusion } from '../../core/procedures/major-decisions/major-decisions.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, BodyRecord } from '../ports.ts';
import { calendarFor } from '../calendar/calendar-provider.ts';
import { principalPost } from '../org/principal-post.ts';
import { ruleBlocked } from '../platform/errors.ts';
import { createTaskIn } from '../tasks/create-task.ts';
import { actOnDossier, type ActContext } from './act.ts';
import { closeTasks, dutyBody, invalid, postIn } from './decision-context.ts';
import { evaluateDossier } from './dossier-state.ts';
import { preparer } from './prepare.ts';

function justice(bodies: readonly BodyRecord[]): BodyRecord {
  const b = dutyBody(bodies, 'justice');
  if (!b) throw new DomainError('RULE_BLOCKED', '第二十条：未设置承担合法性审查职责的县司法局（机构职责 justice）');
  return b;
}

/** The reviewer's check: acting for a post in the 县司法局 (or one of its 科室). */
function reviewer(c: ActContext) {
  const body = justice(c.viewer.bodies);
  const post = postIn(c.viewer, body.id);
  return { body, post, verdict: legalityReviewer.check({ inJustice: post !== null, justiceName: body.name }) };
}

async function legality(c: ActContext) {
  return legalityFacts(await c.tx.majorDecisions.entries(c.dossier.tenantId, c.dossier.id), c.dossier.draftVersion);
}

/** 送请合法性审查: the complete package (条例第二十六条); the 县司法局's principal gets the review's 待办. */
export async function sendForLegalityReview(deps: ServiceDeps, actor: Actor, id: string, input: { legalBasis: string; procedureStatement: string }) {
  return actOnDossier(deps, actor, id, 'legality-send', '送请合法性审查', async (c) => {
    const who = preparer(c.viewer, c.dossier, '送请合法性审查');
    const body = justice(c.viewer.bodies);
    const state = await legality(c);
    const evaluation = await evaluateDossier(c.tx, c.dossier, { now: c.now.at, expertMinOpinions: c.now.pack.numberParam('decision.expertMinOpinions') });
    const pkg = legalityPackage.check({ missing: missingBeforeLegality(evaluation.requirements), legalBasis: input.legalBasis, procedureStatement: input.procedureStatement, underReview: state.state === 'sent' || state.state === 'received' });
    const owner = principalPost(c.viewer.positions, body.id);
    return {
      kind: 'legality-sent', post: who.post, verdicts: [who.verdict, pkg],
      data: { legalBasis: input.legalBasis.trim(), procedureStatement: input.procedureStatement.trim(), reviewerBodyId: body.id, reviewerBodyName: body.name },
      after: async () => {
        if (!owner) return;
        await createTaskIn(deps, c.tx, actor, actor.tenantId, { title: `合法性审查：${c.dossier.title}（第${c.dossier.draftVersion}稿）`, kind: 'major-decision-legality', sourceType: 'major-decision', sourceId: c.dossier.id, ownerPositionId: owner.id });
      },
    };
  });
}

/**
 * 收件: the 县司法局 records the day it received the complete package; the earliest day its opinion may
 * be given is that day plus the configured working days on the official calendar, explained.
 */
export async function receiveForLegalityReview(deps: ServiceDeps, actor: Actor, id: string, input: { receivedOn?: string | undefined }) {
  return actOnDossier(deps, actor, id, 'legality-receive', '合法性审查收件', async (c) => {
    const r = reviewer(c);
    if (r.verdict.outcome === 'block') throw ruleBlocked([c.now.packVerdict, r.verdict]);
    const state = await legality(c);
    if (state.state !== 'sent') throw new DomainError('CONFLICT', '没有待收件的合法性审查送审材料');
    const sent = entriesOf(await c.tx.majorDecisions.entries(c.dossier.tenantId, c.dossier.id) as readonly DossierEntry[], 'legality-sent').at(-1)!;
    const receivedOn = input.receivedOn ?? c.now.today;
    if (receivedOn > c.now.today) throw invalid('receivedOn', '收件日期不能晚于今天');
    if (receivedOn < localDate(new Date(sent.at), c.now.pack.utcOffsetMinutes)) throw invalid('receivedOn', '收件日期不能早于送审日期');
    const minWorkdays = c.now.pack.numberParam('decision.legalityReviewMinWorkdays');
    const calendar = await calendarFor(deps.store, c.tx, actor.tenantId);
    const d = computeDeadline(calendar, { start: receivedOn, period: minWorkdays, unit: 'workday', source: [{ source: 'yunyang-2025', article: 20 }, { source: 'major-decision-2019', article: 26 }] });
    if (!d.ok) throw invalid('receivedOn', d.error.join('；'));
    return {
      kind: 'legality-received', post: r.post!, verdicts: [r.verdict],
      data: { receivedOn, earliestOpinionDate: d.value.dueDate, minWorkdays, explanation: d.value.summary, provisional: d.value.provisional },
    };
  });
}

/** 退回补充 (条例第二十六条): the package is incomplete; the undertaking unit supplements it and sends it again. */
export async function returnLegalityReview(deps: ServiceDeps, actor: Actor, id: string, input: { reason: string }) {
  return actOnDossier(deps, actor, id, 'legality-return', '退回合法性审查材料', async (c) => {
    const r = reviewer(c);
    if (r.verdict.outcome === 'block') throw ruleBlocked([c.now.packVerdict, r.verdict]);
    const state = await legality(c);
    if (state.state !== 'sent' && state.state !== 'received') throw new DomainError('CONFLICT', '没有正在审查的送审材料');
    return {
      kind: 'legality-returned', post: r.post!, verdicts: [r.verdict], data: { reason: input.reason.trim() },
      after: () => closeTasks(c.tx, actor, c.now.at, c.dossier.id, ['major-decision-legality']),
    };
  });
}

export interface LegalityOpinionInput {
  readonly conclusion: LegalityConclusion;
  readonly opinion: string;
  readonly counselOpinion: string;
  readonly riskStatement?: string | undefined;
}

/** 合法性审查意见 (条例第二十七条、第二十八条): not before the minimum review time has passed (art. 20, 条例第二十六条). */
export async function giveLegalityOpinion(deps: ServiceDeps, actor: Actor, id: string, input: LegalityOpinionInput) {
  return actOnDossier(deps, actor, id, 'legality-opinion', '出具合法性审查意见', async (c) => {
    const r = reviewer(c);
    if (r.verdict.outcome === 'block') throw ruleBlocked([c.now.packVerdict, r.verdict]);
    const state = await legality(c);
    if (state.state !== 'received' || state.receivedOn === null || state.earliestOpinionDate === null) throw new DomainError('CONFLICT', '合法性审查尚未收件，不能出具审查意见');
    const received = entriesOf(await c.tx.majorDecisions.entries(c.dossier.tenantId, c.dossier.id) as readonly DossierEntry[], 'legality-received').at(-1)!;
    const time = legalityReviewTime.check({
      receivedOn: state.receivedOn, earliestOpinionDate: state.earliestOpinionDate, today: c.now.today, minWorkdays: received.data.minWorkdays,
      explanation: received.data.explanation, provisional: received.data.provisional,
    });
    const counsel = legalityCounsel.check({ counselOpinion: input.counselOpinion, conclusion: input.conclusion, riskStatement: input.riskStatement ?? null });
    const calendar = await calendarFor(deps.store, c.tx, actor.tenantId);
    const workdays = workingDaysBetween(calendar, state.receivedOn, c.now.today);
    return {
      kind: 'legality-opinion', post: r.post!, verdicts: [r.verdict, time, counsel],
      data: {
        conclusion: input.conclusion, opinion: input.opinion.trim(), counselOpinion: input.counselOpinion.trim(), riskStatement: input.riskStatement?.trim() || null,
        receivedOn: state.receivedOn, earliestOpinionDate: state.earliestOpinionDate, opinionDate: c.now.today, workdays,
      },
      after: () => closeTasks(c.tx, actor, c.now.at, c.dossier.id, ['major-decision-legality']),
    };
  });
}
