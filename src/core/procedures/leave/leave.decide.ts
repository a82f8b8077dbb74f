import { evaluate, permits, type Verdict } from '../../rules/rule.ts';
import { LEAVE_TRANSITIONS } from './leave.machine.ts';
import { LEAVE_REQUEST_RULES, leaveApproverActs, leaveOfficeForwards } from './leave.rules.ts';
import type { LeaveCommand, LeaveRequestFacts, LeaveState, LeaveStatus } from './leave.ts';

export type LeaveRequestDecision =
  | {
      readonly ok: true;
      /**
       * The county head's own travel needs no approval in the county government; it is recorded as
       * approved. A principal's request goes to the office first (art. 59); a county leader's to the 县长.
       */
      readonly status: 'at-office' | 'requested' | 'approved';
      readonly late: boolean;
      readonly verdicts: readonly Verdict[];
    }
  | { readonly ok: false; readonly code: 'RULE_BLOCKED' | 'VALIDATION_FAILED'; readonly message: string; readonly verdicts: readonly Verdict[] };

/** Decides a new request (art. 59). Pure. */
export function decideLeaveRequest(facts: LeaveRequestFacts): LeaveRequestDecision {
  if (Date.parse(facts.toAt) <= Date.parse(facts.fromAt)) {
    return { ok: false, code: 'VALIDATION_FAILED', message: '字段 toAt：返回时间须晚于出发时间', verdicts: [] };
  }
  const verdicts = evaluate(LEAVE_REQUEST_RULES, facts);
  if (!permits(verdicts)) return { ok: false, code: 'RULE_BLOCKED', message: '规则不允许此请假申请', verdicts };
  return {
    ok: true,
    status: facts.role === 'county-head' ? 'approved' : facts.role === 'principal' ? 'at-office' : 'requested',
    late: verdicts.some((v) => v.rule === 'leave.principal-notice' && v.outcome === 'warn'),
    verdicts,
  };
}

export interface LeaveCommandContext {
  readonly at: Date;
  /** The actor is the person on leave. */
  readonly isOwn: boolean;
  readonly actsForApprover: boolean;
  readonly approverTitle: string;
  /** The actor acts for a post of the county government office (转呈 / 退回, art. 59). */
  readonly actsForOffice?: boolean;
}

export type LeaveCommandDecision =
  | { readonly ok: true; readonly status: LeaveStatus; readonly verdicts: readonly Verdict[] }
  | { readonly ok: false; readonly code: 'INVALID_STATE' | 'RULE_BLOCKED' | 'FORBIDDEN'; readonly message: string; readonly verdicts: readonly Verdict[] };

const COMMAND_LABELS: Readonly<Record<LeaveCommand['type'], string>> = { approve: '批准', reject: '不批准', cancel: '撤回', return: '销假', forward: '转呈', 'send-back': '退回' };

/** Decides approve / reject / cancel / 销假 on an existing request. Pure. */
export function decideLeaveCommand(state: LeaveState, command: LeaveCommand, ctx: LeaveCommandContext): LeaveCommandDecision {
  const t = LEAVE_TRANSITIONS[state.status][command.type];
  if (!t) return { ok: false, code: 'INVALID_STATE', message: `当前状态不能${COMMAND_LABELS[command.type]}`, verdicts: [] };
  if (command.type === 'approve' || command.type === 'reject') {
    const v = leaveApproverActs.check({ actsForApprover: ctx.actsForApprover, approverTitle: ctx.approverTitle });
    return v.outcome === 'block' ? { ok: false, code: 'RULE_BLOCKED', message: v.message, verdicts: [v] } : { ok: true, status: t.to, verdicts: [v] };
  }
  if (command.type === 'forward' || command.type === 'send-back') {
    const v = leaveOfficeForwards.check({ actsForOffice: ctx.actsForOffice ?? false });
    return v.outcome === 'block' ? { ok: false, code: 'RULE_BLOCKED', message: v.message, verdicts: [v] } : { ok: true, status: t.to, verdicts: [v] };
  }
  if (!ctx.isOwn) return { ok: false, code: 'FORBIDDEN', message: `只有请假人本人可以${COMMAND_LABELS[command.type]}`, verdicts: [] };
  if (command.type === 'cancel' && state.status === 'approved' && ctx.at.getTime() >= Date.parse(state.fromAt)) {
    return { ok: false, code: 'INVALID_STATE', message: '已经出发，不能撤回；返回后请销假', verdicts: [] };
  }
  return { ok: true, status: t.to, verdicts: [] };
}
