import { permits, type Verdict } from '../../rules/rule.ts';
import { APPROVAL_COMMAND_LABELS, APPROVAL_TRANSITIONS } from './meeting-approvals.machine.ts';
import { approvalTier, meetingApprovalInTurn, meetingApprovalMerge, meetingApprovalName, meetingApprovalRoute, meetingApprovalVideo } from './meeting-approvals.rules.ts';
import type { ApprovalCommand, ApprovalStatus, ApprovalTier, ApprovedMeetingRef, WorkMeetingFacts } from './meeting-approvals.ts';

export interface ApplicationFacts extends WorkMeetingFacts {
  readonly organiserIsOffice: boolean;
  /** Titles of who reviews and who approves for the tier of `attendees`; null when no post answers. */
  readonly reviewerTitle: string | null;
  readonly approverTitle: string | null;
  readonly sameDay: readonly ApprovedMeetingRef[];
}

export type ApplicationDecision =
  | { readonly ok: true; readonly tier: ApprovalTier; readonly status: ApprovalStatus; readonly verdicts: readonly Verdict[] }
  | { readonly ok: false; readonly verdicts: readonly Verdict[] };

/** Decides an application to hold a work meeting (art. 51). Pure. */
export function decideApplication(f: ApplicationFacts): ApplicationDecision {
  const tier = approvalTier(f.attendees);
  const verdicts = [
    meetingApprovalName.check(f),
    meetingApprovalRoute.check({ tier, reviewerTitle: f.reviewerTitle, approverTitle: f.approverTitle }),
    meetingApprovalVideo.check(f),
    meetingApprovalMerge.check(f),
  ];
  if (!permits(verdicts)) return { ok: false, verdicts };
  return { ok: true, tier, status: tier === 'none' ? 'not-required' : 'reviewing', verdicts };
}

export interface ApprovalCommandContext {
  /** The actor acts now for a post of the current step. */
  readonly acts: boolean;
  /** Who holds the current step (`县政府办公室主任`, `县长` …). */
  readonly stepTitle: string;
  /** Facts for the merging check, read again when the approver decides. */
  readonly merge: Parameters<typeof meetingApprovalMerge.check>[0];
}

export type ApprovalCommandDecision =
  | { readonly ok: true; readonly status: ApprovalStatus; readonly verdicts: readonly Verdict[] }
  | { readonly ok: false; readonly code: 'INVALID_STATE' | 'RULE_BLOCKED'; readonly message: string; readonly verdicts: readonly Verdict[] };

/** Decides 审查 / 批准 / 退回 on an application (art. 51(二)). Pure. */
export function decideApprovalCommand(status: ApprovalStatus, command: ApprovalCommand, ctx: ApprovalCommandContext): ApprovalCommandDecision {
  const t = APPROVAL_TRANSITIONS[status][command.type];
  // Approving before the office's review is refused by the rule, citing the article, not as a bare state error.
  if (!t && !(command.type === 'approve' && status === 'reviewing')) {
    return { ok: false, code: 'INVALID_STATE', message: `当前状态不能${APPROVAL_COMMAND_LABELS[command.type]}`, verdicts: [] };
  }
  const step = command.type === 'approve' || status === 'approving' ? 'approve' : 'review';
  const v = meetingApprovalInTurn.check({ step, status, acts: ctx.acts, stepTitle: ctx.stepTitle });
  if (v.outcome === 'block' || !t) return { ok: false, code: 'RULE_BLOCKED', message: v.message, verdicts: [v] };
  const verdicts = command.type === 'approve' ? [v, meetingApprovalMerge.check(ctx.merge)] : [v];
  return { ok: true, status: t.to, verdicts };
}
