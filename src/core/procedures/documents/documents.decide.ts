import { evaluate, permits, type Verdict } from '../../rules/rule.ts';
import { DOCUMENT_COMMAND_LABELS, DOCUMENT_TRANSITIONS } from './documents.machine.ts';
import { consultationConfirmed, countersignResolved, departmentPowers, disclosureMarked, DOCUMENT_DRAFT_RULES, matterConsistent, policyInterpretation, requestOneMatter, signInTurn } from './documents.rules.ts';
import type { DocumentCommandType, DocumentElements, DocumentState, DocumentStatus, RouteStepState } from './documents.ts';
import { ISSUER_LABELS } from './kinds.ts';
import { computeSignOffRoute, type RoutingFacts } from './routing.ts';

export type Refusal = { readonly ok: false; readonly code: 'INVALID_STATE' | 'RULE_BLOCKED'; readonly message: string; readonly verdicts: readonly Verdict[] };

/** The fields the classified-marking check reads, by their Chinese names. */
export function markedFields(e: DocumentElements): Record<string, string> {
  return {
    标题: e.title, 正文: e.body, 附注: e.annotation, 附件说明: e.attachmentNames.join('\n'),
    主送: e.mainRecipients.join('、'), 抄送: e.ccRecipients.join('、'), 政策解读: e.interpretation, 交办情况: e.assignedBy,
  };
}

/** A draft is saved only when no drafting rule blocks (art. 61, 请示 recipients, kind and matter agree). Pure. */
export function decideDraft(elements: DocumentElements, countyAddressees: readonly string[]): { ok: true; verdicts: readonly Verdict[] } | Refusal {
  const input = { elements, fields: markedFields(elements), countyAddressees };
  const verdicts = evaluate(DOCUMENT_DRAFT_RULES, input);
  return permits(verdicts) ? { ok: true, verdicts } : { ok: false, code: 'RULE_BLOCKED', message: '公文不符合拟稿规则', verdicts };
}

/** The command is possible in this status at all. */
export function transition(status: DocumentStatus, command: DocumentCommandType): { ok: true; to: DocumentStatus } | Refusal {
  const t = DOCUMENT_TRANSITIONS[status][command];
  return t ? { ok: true, to: t.to } : { ok: false, code: 'INVALID_STATE', message: `当前环节不能${DOCUMENT_COMMAND_LABELS[command]}`, verdicts: [] };
}

export interface ReviewFacts {
  readonly oneMatterConfirmed: boolean;
  /** The office confirms that the departments the document touches were consulted and agreed. */
  readonly consultedConfirmed?: boolean;
  readonly withinDepartmentPowers: boolean;
  readonly routing: RoutingFacts;
}

/**
 * 送会签、审签 for a department's submission: the route of arts. 54–55 (co-departments countersign,
 * the principal signs). Pure.
 */
export function decideSubmissionRoute(state: DocumentState, routing: RoutingFacts): { ok: true; route: RouteStepState[]; clause: string; verdicts: readonly Verdict[] } | Refusal {
  const t = transition(state.status, 'route');
  if (!t.ok) return t;
  if (state.elements.issuer !== 'department') return { ok: false, code: 'INVALID_STATE', message: '县政府、县政府办公室的公文须送县政府办公室核稿', verdicts: [] };
  const route = computeSignOffRoute(routing);
  if (!route.ok) return { ok: false, code: 'RULE_BLOCKED', message: route.message, verdicts: route.verdicts };
  return { ok: true, route: route.steps.map((s) => ({ ...s, done: null })), clause: route.clause, verdicts: route.verdicts };
}

/**
 * 核稿: the office confirms the matter and importance; art. 32 and 请示 checks must pass; the route
 * of art. 53 is computed from the organisation at this moment. Pure.
 */
export function decideReview(state: DocumentState, facts: ReviewFacts): { ok: true; route: RouteStepState[]; clause: string; verdicts: readonly Verdict[] } | Refusal {
  const t = transition(state.status, 'review');
  if (!t.ok) return t;
  const e = state.elements;
  if (e.issuer === 'department') return { ok: false, code: 'INVALID_STATE', message: '部门、乡镇（街道）报送的文件由本单位会签、审签，不经县政府办公室核稿', verdicts: [] };
  const checks = [
    ...evaluate([matterConsistent, disclosureMarked, policyInterpretation], { elements: e }),
    requestOneMatter.check({ elements: e, oneMatterConfirmed: facts.oneMatterConfirmed }),
    consultationConfirmed.check({ departments: new Set(e.subjectBodyIds).size, consulted: facts.consultedConfirmed === true }),
    departmentPowers.check({ withinDepartmentPowers: facts.withinDepartmentPowers, issuerLabel: ISSUER_LABELS[e.issuer] }),
  ];
  const route = computeSignOffRoute(facts.routing);
  const verdicts = [...checks, ...route.verdicts];
  if (!permits(verdicts) || !route.ok) return { ok: false, code: 'RULE_BLOCKED', message: route.ok ? '核稿未通过' : route.message, verdicts };
  return { ok: true, route: route.steps.map((s) => ({ ...s, done: null })), clause: route.clause, verdicts };
}

/** The step that is waiting, if any. */
export function currentStep(route: readonly RouteStepState[]): RouteStepState | undefined {
  return route.find((s) => s.done === null);
}

export interface SignContext {
  /** Post ids the actor holds or acts for right now. */
  readonly actingPositionIds: readonly string[];
  readonly agreed: boolean;
  /** Art. 55: each side's reasons and the proposed handling, when a co-department disagreed. */
  readonly proposal: string;
}

/**
 * One step of the route (art. 53(七)): only whoever acts for the current step may do it. A signer
 * who disagrees returns the document instead (`return`). Pure.
 */
export function decideSign(state: DocumentState, ctx: SignContext): { ok: true; step: RouteStepState; last: boolean; verdicts: readonly Verdict[] } | Refusal {
  const t = transition(state.status, 'sign');
  if (!t.ok) return t;
  const step = currentStep(state.route);
  if (!step) return { ok: false, code: 'INVALID_STATE', message: '审签路线已全部办结', verdicts: [] };
  const acts = ctx.actingPositionIds.includes(step.positionId);
  const later = !acts && state.route.some((s) => s.done === null && s.seq > step.seq && ctx.actingPositionIds.includes(s.positionId));
  const v = signInTurn.check({ actsForStep: acts, stepTitle: step.title, laterStep: later });
  if (v.outcome === 'block') return { ok: false, code: 'RULE_BLOCKED', message: v.message, verdicts: [v] };
  // Only a co-department's countersign may disagree (art. 55); anyone else who disagrees returns the document.
  if (!ctx.agreed && step.cite !== 'yunyang-2025:55') {
    return { ok: false, code: 'RULE_BLOCKED', message: '不同意的，请退回修改并说明理由', verdicts: [{ rule: 'document.sign-in-turn', outcome: 'block', cites: ['yunyang-2025:53(7)'], message: '第五十三条：审签人不同意的，退回修改并说明理由；会签部门可签署不同意见（第五十五条）' }] };
  }
  const last = state.route.filter((s) => s.done === null).length === 1;
  const disagreements = state.route.filter((s) => s.done !== null && !s.done.agreed).map((s) => s.title);
  const resolved = countersignResolved.check({ disagreements, proposal: ctx.proposal, finalStep: last && state.elements.issuer === 'department' });
  const verdicts = [v, resolved];
  if (resolved.outcome === 'block') return { ok: false, code: 'RULE_BLOCKED', message: resolved.message, verdicts };
  return { ok: true, step, last, verdicts };
}
