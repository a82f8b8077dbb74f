/**
 * After the decision (arts. 27, 28; 条例第三十一条至第三十七条): the report to the county party
 * committee, publication on the portal, the execution unit and its periodic reports (待办 due on the
 * official calendar), post-decision evaluation — never by a unit that assessed the decision
 * beforehand — and the 行政首长's urgent suspension.
 */
import { DomainError } from '../../core/kernel/result.ts';
import { evaluatorConflict, preDecisionAssessors } from '../../core/procedures/major-decisions/major-decisions.decide.ts';
import { DOSSIER_TRANSITIONS } from '../../core/procedures/major-decisions/major-decisions.machine.ts';
import {
  changeProcedure, evaluationReport, evaluationTrigger, evaluatorIndependent, executionUnit, filled, partyReport, progressReporter, publication, publicationTimely,
} from '../../core/procedures/major-decisions/major-decisions.rules.ts';
import type { EvaluationRecommendation, EvaluationTrigger, ExecutionSituation, ParticipantGroup } from '../../core/procedures/major-decisions/major-decisions.ts';
import { permits } from '../../core/rules/rule.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, MajorDecisionRecord } from '../ports.ts';
import { principalPost } from '../org/principal-post.ts';
import { ruleBlocked } from '../platform/errors.ts';
import { createTaskIn } from '../tasks/create-task.ts';
import { actOnDossier, type ActContext } from './act.ts';
import { WORKING_KINDS, appendEntry, bodyName, closeTasks, invalid, officePrincipal, postFor, postIn, saveDossier } from './decision-context.ts';
import { scheduleReport } from './meeting.ts';
import { closeOpenTasks, setPublishedStatus } from './published.ts';

const requireOffice = (c: ActContext, what: string) => {
  if (!c.viewer.office) throw new DomainError('FORBIDDEN', `${what}由县政府办公室办理`);
};

/** 向县委请示报告 (条例第三十一条): before the decision is issued; the date and the document. */
export async function reportToParty(deps: ServiceDeps, actor: Actor, id: string, input: { date: string; document: string; note?: string | undefined }) {
  return actOnDossier(deps, actor, id, 'party-report', '记录向县委请示报告', (c) => {
    requireOffice(c, '向县委请示报告');
    if (c.dossier.partyReportedAt) throw new DomainError('CONFLICT', '已记录向县委请示报告');
    if (input.date > c.now.today) throw invalid('date', '日期不能晚于今天');
    if (c.dossier.decision && input.date < c.dossier.decision.date) throw invalid('date', '请示报告日期不能早于会议决定日期');
    if (!filled(input.document, 4)) throw invalid('document', '请载明请示报告的文件或会议');
    return {
      kind: 'party-reported', post: postFor(c.viewer), verdicts: [partyReport.check({ reported: true })], changes: { partyReportedAt: c.now.at.toISOString() },
      data: { date: input.date, document: input.document.trim(), note: input.note?.trim() ?? '' },
    };
  });
}

export interface PublishInput {
  readonly disclosure: 'public' | 'withheld';
  readonly withheldReason?: string | undefined;
  readonly adoptionExplanation: string;
  readonly channels: string;
}

/**
 * 公布 (art. 30; 条例第三十二条): after the report to the party committee; public decisions go to the
 * portal with how public and expert opinions were adopted. A decision that makes a major adjustment
 * of an earlier one replaces it now (条例第三十七条).
 */
export async function publishDecision(deps: ServiceDeps, actor: Actor, id: string, input: PublishInput) {
  return actOnDossier(deps, actor, id, 'publish', '公布重大行政决策', async (c) => {
    requireOffice(c, '公布重大行政决策');
    const verdicts = [
      partyReport.check({ reported: c.dossier.partyReportedAt !== null }),
      publication.check({ disclosure: input.disclosure, withheldReason: input.withheldReason ?? '', adoptionExplanation: input.adoptionExplanation }),
      publicationTimely.check({ dueDate: c.dossier.publishDueDate, today: c.now.today }),
    ];
    if (!permits(verdicts)) throw ruleBlocked([c.now.packVerdict, ...verdicts]);
    const item = await c.tx.majorDecisions.item(actor.tenantId, c.dossier.itemId);
    const catalogue = item ? await c.tx.majorDecisions.catalogueById(actor.tenantId, item.catalogueId) : undefined;
    return {
      kind: 'published', post: postFor(c.viewer), verdicts, changes: { publishedAt: c.now.at.toISOString() },
      data: { disclosure: input.disclosure, withheldReason: input.withheldReason?.trim() || null, adoptionExplanation: input.adoptionExplanation.trim(), channels: input.channels.trim(), dueDate: c.dossier.publishDueDate },
      after: async (next: MajorDecisionRecord) => {
        await closeTasks(c.tx, actor, c.now.at, next.id, ['major-decision-publish']);
        if (input.disclosure === 'public' && next.decision) {
          await c.tx.majorDecisions.savePublished({
            id: next.id, tenantId: actor.tenantId, year: catalogue?.year ?? Number(c.now.today.slice(0, 4)), title: next.title, decisionText: next.decision.text,
            decidedDate: next.decision.date, meetingKind: next.decision.meetingKind, leadBodyName: bodyName(c.viewer, next.leadBodyId),
            adoptionExplanation: input.adoptionExplanation.trim(), publishedAt: c.now.at.toISOString(), status: '已公布', statusNote: null, updatedAt: c.now.at.toISOString(),
          });
        }
        if (next.revisesId) await supersede(deps, c, actor, next);
      },
    };
  });
}

/** The decision a major adjustment replaces goes to 已调整, its open 待办 cancelled, its portal entry marked. */
async function supersede(deps: ServiceDeps, c: ActContext, actor: Actor, by: MajorDecisionRecord): Promise<void> {
  const original = await c.tx.majorDecisions.get(actor.tenantId, by.revisesId!);
  if (!original) return;
  const t = DOSSIER_TRANSITIONS[original.status].supersede;
  if (!t) return;
  const next: MajorDecisionRecord = { ...original, status: t.to, pendingChange: null, openEvaluation: null, updatedAt: c.now.at.toISOString(), version: original.version + 1 };
  await saveDossier(c.tx, next);
  await appendEntry(deps, c.tx, actor, c.now, next, 'superseded', { byId: by.id, byTitle: by.title }, postFor(c.viewer), [c.now.packVerdict, changeProcedure.check({ action: 'supersede', change: null, actsForHead: false, situation: null, urgency: '', reasons: '', major: true })]);
  await closeOpenTasks(c.tx, actor, c.now.at, original.id, 'cancelled');
  await setPublishedStatus(c.tx, next, '已调整', `已由调整后的决策《${by.title}》替代`, c.now);
}

export interface DesignateInput {
  readonly leadBodyId: string;
  readonly coBodyIds: readonly string[];
  readonly reportEveryDays?: number | undefined;
  readonly requirements: string;
}

/** 明确决策执行单位 (art. 28; 条例第三十四条): the unit's principal gets the first 执行情况报告 待办. */
export async function designateExecution(deps: ServiceDeps, actor: Actor, id: string, input: DesignateInput) {
  return actOnDossier(deps, actor, id, 'designate', '明确决策执行单位', async (c) => {
    requireOffice(c, '明确决策执行单位');
    const lead = c.viewer.bodies.find((b) => b.id === input.leadBodyId);
    for (const [i, b] of input.coBodyIds.entries()) {
      const co = c.viewer.bodies.find((x) => x.id === b);
      if (!co || !WORKING_KINDS.has(co.kind) || b === input.leadBodyId || input.coBodyIds.indexOf(b) !== i) throw invalid(`coBodyIds.${i}`, '配合执行单位不存在、重复或与牵头执行单位相同');
    }
    const every = input.reportEveryDays ?? c.now.pack.numberParam('decision.progressReportDays');
    const unit = executionUnit.check({ bodyKind: lead?.kind ?? null, bodyName: lead?.name ?? '', reportEveryDays: every });
    if (unit.outcome === 'block' || !lead) throw ruleBlocked([c.now.packVerdict, unit]);
    const principal = principalPost(c.viewer.positions, lead.id);
    const task = await createTaskIn(deps, c.tx, actor, actor.tenantId, {
      title: `报告重大行政决策执行情况：${c.dossier.title}（第二十八条）`, kind: 'major-decision-progress', sourceType: 'major-decision', sourceId: c.dossier.id,
      ownerPositionId: principal?.id ?? officePrincipal(c.viewer).id, period: { value: every, unit: 'day' },
    });
    return {
      kind: 'execution-designated', post: postFor(c.viewer), verdicts: [unit],
      changes: { execution: { leadBodyId: lead.id, coBodyIds: input.coBodyIds, reportEveryDays: every, nextReportDue: task.dueDate, taskId: task.id } },
      data: {
        leadBodyId: lead.id, leadBodyName: lead.name, coBodyIds: input.coBodyIds, coBodyNames: input.coBodyIds.map((b) => bodyName(c.viewer, b)), reportEveryDays: every,
        firstReportDue: task.dueDate ?? '', requirements: input.requirements.trim(),
      },
      after: (next: MajorDecisionRecord) => setPublishedStatus(c.tx, next, '执行中', null, c.now),
    };
  });
}

export interface ProgressInput {
  readonly text: string;
  readonly reportDate: string;
  readonly situation: ExecutionSituation;
  readonly completed: boolean;
}

/**
 * 报告执行情况 (art. 28; 条例第三十四条、第三十五条): by the execution units (or the office); it answers
 * the open 待办 and, unless the execution is reported complete, opens the next one.
 */
export async function reportProgress(deps: ServiceDeps, actor: Actor, id: string, input: ProgressInput) {
  return actOnDossier(deps, actor, id, 'progress', '报告执行情况', async (c) => {
    const exec = c.dossier.execution!;
    if (input.reportDate > c.now.today) throw invalid('reportDate', '报告日期不能晚于今天');
    const unit = [exec.leadBodyId, ...exec.coBodyIds].find((b) => postIn(c.viewer, b) !== null) ?? null;
    const verdict = progressReporter.check({ inExecutionUnit: unit !== null, office: c.viewer.office, bodyName: bodyName(c.viewer, exec.leadBodyId), situation: input.situation });
    if (verdict.outcome === 'block') throw ruleBlocked([c.now.packVerdict, verdict]);
    await closeTasks(c.tx, actor, c.now.at, c.dossier.id, ['major-decision-progress']);
    let nextDue: string | null = null;
    let execution = { ...exec, nextReportDue: null as string | null, taskId: null as string | null };
    if (!input.completed) {
      const principal = principalPost(c.viewer.positions, exec.leadBodyId);
      const task = await createTaskIn(deps, c.tx, actor, actor.tenantId, {
        title: `报告重大行政决策执行情况：${c.dossier.title}（第二十八条）`, kind: 'major-decision-progress', sourceType: 'major-decision', sourceId: c.dossier.id,
        ownerPositionId: principal?.id ?? officePrincipal(c.viewer).id, period: { value: exec.reportEveryDays, unit: 'day' },
      });
      nextDue = task.dueDate;
      execution = { ...exec, nextReportDue: task.dueDate, taskId: task.id };
    }
    return {
      kind: 'progress', post: postFor(c.viewer, unit ?? undefined), verdicts: [verdict], changes: { execution },
      data: { text: input.text.trim(), reportDate: input.reportDate, situation: input.situation, completed: input.completed, bodyId: unit ?? '', nextDue },
    };
  });
}

export interface EvaluationStartInput {
  readonly trigger: EvaluationTrigger;
  readonly triggerNote: string;
  readonly evaluatorBodyId?: string | undefined;
  readonly evaluatorName?: string | undefined;
  readonly dueDate: string;
}

/**
 * 组织决策后评估 (art. 27; 条例第三十六条): the office names the trigger and the evaluator — a unit of
 * the government or a third party — never one that did the main assessment before the decision.
 */
export async function startEvaluation(deps: ServiceDeps, actor: Actor, id: string, input: EvaluationStartInput) {
  return actOnDossier(deps, actor, id, 'evaluation-start', '组织决策后评估', async (c) => {
    requireOffice(c, '组织决策后评估');
    if (c.dossier.openEvaluation) throw new DomainError('CONFLICT', '已有进行中的决策后评估');
    if (input.dueDate < c.now.today) throw invalid('dueDate', '评估完成时限不能早于今天');
    const body = input.evaluatorBodyId !== undefined ? c.viewer.bodies.find((b) => b.id === input.evaluatorBodyId) : undefined;
    if (input.evaluatorBodyId !== undefined && (!body || !WORKING_KINDS.has(body.kind))) throw invalid('evaluatorBodyId', '评估单位须为本级政府的部门、乡镇（街道）或第六十九条所列机构；第三方请填写名称');
    const name = body?.name ?? input.evaluatorName?.trim() ?? '';
    if (!filled(name, 2)) throw invalid('evaluatorName', '请选择评估单位或填写第三方评估机构名称');
    const entries = await c.tx.majorDecisions.entries(actor.tenantId, c.dossier.id);
    const assessors = preDecisionAssessors({ id: c.dossier.leadBodyId, name: bodyName(c.viewer, c.dossier.leadBodyId) }, entries);
    const conflict = evaluatorConflict(assessors, { bodyId: body?.id ?? null, name });
    const verdicts = [
      evaluationTrigger.check({ trigger: input.trigger, note: input.triggerNote }),
      evaluatorIndependent.check({ evaluatorName: name, conflict: conflict ? { name: conflict.name, role: conflict.role } : null }),
    ];
    if (!permits(verdicts)) throw ruleBlocked([c.now.packVerdict, ...verdicts]);
    const evaluationId = deps.ids.id();
    const owner = body ? principalPost(c.viewer.positions, body.id) : undefined;
    const task = await createTaskIn(deps, c.tx, actor, actor.tenantId, {
      title: `决策后评估：${c.dossier.title}（第二十七条）${body ? '' : `——第三方：${name}`}`, kind: 'major-decision-evaluation', sourceType: 'major-decision', sourceId: c.dossier.id,
      ownerPositionId: owner?.id ?? officePrincipal(c.viewer).id, dueDate: input.dueDate,
    });
    return {
      kind: 'evaluation-started', post: postFor(c.viewer), verdicts,
      changes: { openEvaluation: { evaluationId, trigger: input.trigger, evaluatorBodyId: body?.id ?? null, evaluatorName: name, dueDate: input.dueDate, taskId: task.id } },
      data: { evaluationId, trigger: input.trigger, triggerNote: input.triggerNote.trim(), evaluatorBodyId: body?.id ?? null, evaluatorName: name, dueDate: input.dueDate },
    };
  });
}

export interface EvaluationReportInput {
  readonly findings: string;
  readonly publicOpinions: string;
  readonly participants: readonly ParticipantGroup[];
  readonly recommendation: EvaluationRecommendation;
  readonly date: string;
}

/** 决策后评估报告 (art. 27; 条例第三十六条): by the evaluating unit (a third party's, recorded by the office); the basis for adjustment. */
export async function reportEvaluation(deps: ServiceDeps, actor: Actor, id: string, input: EvaluationReportInput) {
  return actOnDossier(deps, actor, id, 'evaluation-report', '提交决策后评估报告', (c) => {
    const open = c.dossier.openEvaluation;
    if (!open) throw new DomainError('CONFLICT', '没有进行中的决策后评估');
    if (input.date > c.now.today) throw invalid('date', '报告日期不能晚于今天');
    const inEvaluator = open.evaluatorBodyId !== null && postIn(c.viewer, open.evaluatorBodyId) !== null;
    const byEvaluator = inEvaluator || (open.evaluatorBodyId === null && c.viewer.office);
    const verdict = evaluationReport.check({ byEvaluator, evaluatorName: open.evaluatorName, publicOpinions: input.publicOpinions, participants: input.participants });
    return {
      kind: 'evaluation-reported', post: postFor(c.viewer, open.evaluatorBodyId), verdicts: [verdict], changes: { openEvaluation: null },
      data: { evaluationId: open.evaluationId, findings: input.findings.trim(), publicOpinions: input.publicOpinions.trim(), participants: input.participants, recommendation: input.recommendation, date: input.date },
      after: () => closeTasks(c.tx, actor, c.now.at, c.dossier.id, ['major-decision-evaluation']),
    };
  });
}

/** 先决定中止执行 (条例第三十七条): only the 行政首长, when a situation of 第三十五条 makes it urgent; recorded with reasons. */
export async function suspendUrgently(deps: ServiceDeps, actor: Actor, id: string, input: { reasons: string; situation: ExecutionSituation; urgency: string }) {
  return actOnDossier(deps, actor, id, 'suspend-urgently', '决定中止执行', (c) => {
    const verdict = changeProcedure.check({ action: 'urgent-suspend', change: 'suspend', actsForHead: c.viewer.actsForHead, situation: input.situation, urgency: input.urgency, reasons: input.reasons, major: false });
    const head = c.viewer.positions.find((p) => p.kind === 'county-head');
    return {
      kind: 'suspended', post: postFor(c.viewer, head?.bodyId), verdicts: [verdict],
      data: { reasons: input.reasons.trim(), situation: input.situation, urgency: input.urgency.trim(), by: 'head' },
      after: async (next: MajorDecisionRecord) => {
        // Reports pause while the decision is suspended; an evaluation under way goes on.
        await closeTasks(c.tx, actor, c.now.at, next.id, ['major-decision-progress'], 'cancelled');
        await setPublishedStatus(c.tx, next, '中止执行', `${c.now.today}县长决定先中止执行：${input.reasons.trim()}`, c.now);
      },
    };
  });
}

export { scheduleReport };
