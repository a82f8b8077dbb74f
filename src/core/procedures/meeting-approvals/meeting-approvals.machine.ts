import type { ApprovalCommand, ApprovalStatus } from './meeting-approvals.ts';

type Transition = { readonly to: ApprovalStatus; readonly guards: readonly string[]; readonly permission: string };

/**
 * Work-meeting approval (art. 51(二)): the office reviews, then the 县长 or the deputy in charge
 * approves; either may return it with the reason. One exhaustive table.
 */
export const APPROVAL_TRANSITIONS: Readonly<Record<ApprovalStatus, Partial<Record<ApprovalCommand['type'], Transition>>>> = {
  reviewing: {
    review: { to: 'approving', guards: ['meeting-approval.in-turn'], permission: 'meeting:read' },
    return: { to: 'returned', guards: ['meeting-approval.in-turn'], permission: 'meeting:read' },
  },
  approving: {
    approve: { to: 'approved', guards: ['meeting-approval.in-turn', 'meeting-approval.merge'], permission: 'meeting:read' },
    return: { to: 'returned', guards: ['meeting-approval.in-turn'], permission: 'meeting:read' },
  },
  approved: {},
  returned: {},
  'not-required': {},
};

export const APPROVAL_STATUS_LABELS: Readonly<Record<ApprovalStatus, string>> = {
  reviewing: '待办公室审查',
  approving: '待县领导批准',
  approved: '已批准',
  returned: '已退回',
  'not-required': '无须报批',
};

export const APPROVAL_COMMAND_LABELS: Readonly<Record<ApprovalCommand['type'], string>> = { review: '审查通过', approve: '批准', return: '退回' };
