import type { Verdict } from '../../rules/rule.ts';
import { BUREAU_COMMANDS, FINDING_COMMAND_LABELS, FINDING_TRANSITIONS } from './audit-findings.machine.ts';
import { auditIndependent, rectificationReported } from './audit-findings.rules.ts';
import type { FindingActor, FindingCommand, FindingState, FindingStatus } from './audit-findings.ts';

export type FindingDecision =
  | { readonly ok: true; readonly status: FindingStatus; readonly verdicts: readonly Verdict[] }
  | { readonly ok: false; readonly code: 'INVALID_STATE' | 'RULE_BLOCKED' | 'VALIDATION_FAILED'; readonly message: string; readonly fields?: readonly string[]; readonly verdicts: readonly Verdict[] };

export interface FindingContext extends FindingActor {
  readonly today: string;
  readonly bureauName: string;
  readonly auditedBodyName: string;
}

/**
 * Decides a command on a finding. Pure. Who may act is decided first (art. 9 for the audit
 * bureau's commands, art. 35 for reports), so that someone outside the bureau learns the rule
 * rather than the state; then the state and the input.
 */
export function decideFindingCommand(state: FindingState, command: FindingCommand, ctx: FindingContext): FindingDecision {
  const label = FINDING_COMMAND_LABELS[command.type];
  const verdict = BUREAU_COMMANDS.has(command.type)
    ? auditIndependent.check({ inAuditBureau: ctx.inAuditBureau, action: label, bureauName: ctx.bureauName })
    : rectificationReported.check({ inAuditedBody: ctx.inAuditedBody, auditedBodyName: ctx.auditedBodyName });
  if (verdict.outcome === 'block') return { ok: false, code: 'RULE_BLOCKED', message: verdict.message, verdicts: [verdict] };
  const t = FINDING_TRANSITIONS[state.status][command.type];
  if (!t) return { ok: false, code: 'INVALID_STATE', message: `该审计发现${state.status === 'rectified' ? '已认定整改完成' : '当前状态'}，不能${label}`, verdicts: [verdict] };
  if (command.type === 'report' && command.reportDate > ctx.today) {
    return { ok: false, code: 'VALIDATION_FAILED', message: '字段 reportDate：报送日期不能晚于今天', fields: ['reportDate'], verdicts: [verdict] };
  }
  if ((command.type === 'follow-up' || (command.type === 'amend' && command.dueDate !== undefined)) && (command.dueDate ?? '') <= ctx.today) {
    return { ok: false, code: 'VALIDATION_FAILED', message: '字段 dueDate：整改期限须晚于今天', fields: ['dueDate'], verdicts: [verdict] };
  }
  if (command.type === 'amend' && command.title === undefined && command.finding === undefined && command.requirement === undefined && command.dueDate === undefined) {
    return { ok: false, code: 'VALIDATION_FAILED', message: '字段 title、finding、requirement、dueDate：请至少修改一项', fields: ['title', 'finding', 'requirement', 'dueDate'], verdicts: [verdict] };
  }
  return { ok: true, status: t.to === 'same' ? state.status : t.to, verdicts: [verdict] };
}
