import type { LeaveCommand, LeaveStatus } from './leave.ts';

type Transition = { readonly to: LeaveStatus; readonly guards: readonly string[]; readonly permission: string };

/** The leave state machine: one exhaustive table. */
export const LEAVE_TRANSITIONS: Readonly<Record<LeaveStatus, Partial<Record<LeaveCommand['type'], Transition>>>> = {
  // A principal's request is reported to the county leader by the office (art. 59): 转呈 or 退回.
  'at-office': {
    forward: { to: 'requested', guards: ['leave.office-forwards'], permission: 'leave:forward' },
    'send-back': { to: 'sent-back', guards: ['leave.office-forwards'], permission: 'leave:forward' },
    cancel: { to: 'cancelled', guards: ['leave.own-request'], permission: 'leave:request' },
  },
  requested: {
    approve: { to: 'approved', guards: ['leave.approver-acts'], permission: 'leave:decide' },
    reject: { to: 'rejected', guards: ['leave.approver-acts'], permission: 'leave:decide' },
    cancel: { to: 'cancelled', guards: ['leave.own-request'], permission: 'leave:request' },
  },
  approved: {
    return: { to: 'returned', guards: ['leave.own-request'], permission: 'leave:request' },
    cancel: { to: 'cancelled', guards: ['leave.own-request', 'leave.not-started'], permission: 'leave:request' },
  },
  rejected: {},
  cancelled: {},
  returned: {},
  'sent-back': {},
};

export const LEAVE_STATUS_LABELS: Readonly<Record<LeaveStatus, string>> = {
  'at-office': '待办公室转呈',
  requested: '待审批',
  approved: '已批准',
  rejected: '未批准',
  cancelled: '已撤回',
  returned: '已销假',
  'sent-back': '办公室已退回',
};

export const ABSENCE_KIND_LABELS = { leave: '请假', travel: '外出', inspection: '考察' } as const;
