import { LEAVE_TRANSITIONS } from './leave.machine.ts';
import type { LeaveState } from './leave.ts';

/** What the actor may do with a request now; the screens show exactly these. */
export function leaveAbilities(state: LeaveState, ctx: { isOwn: boolean; actsForApprover: boolean; actsForOffice?: boolean; at: Date }) {
  const t = LEAVE_TRANSITIONS[state.status];
  return {
    approve: t.approve !== undefined && ctx.actsForApprover,
    reject: t.reject !== undefined && ctx.actsForApprover,
    cancel: t.cancel !== undefined && ctx.isOwn && (state.status !== 'approved' || ctx.at.getTime() < Date.parse(state.fromAt)),
    return: t.return !== undefined && ctx.isOwn,
    forward: t.forward !== undefined && (ctx.actsForOffice ?? false),
    sendBack: t['send-back'] !== undefined && (ctx.actsForOffice ?? false),
  };
}
