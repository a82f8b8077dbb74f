import { APPROVAL_TRANSITIONS } from './meeting-approvals.machine.ts';
import type { ApprovalStatus } from './meeting-approvals.ts';

/** What the actor may do with an application now; the screen shows exactly these. */
export function approvalAbilities(status: ApprovalStatus, ctx: { readonly actsForStep: boolean }) {
  const t = APPROVAL_TRANSITIONS[status];
  return {
    review: t.review !== undefined && ctx.actsForStep,
    approve: t.approve !== undefined && ctx.actsForStep,
    return: t.return !== undefined && ctx.actsForStep,
  };
}
