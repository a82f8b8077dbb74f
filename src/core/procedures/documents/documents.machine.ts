import type { DocumentCommandType, DocumentStatus } from './documents.ts';

/** Every status, in the order of the flow. */
export const DOCUMENT_STATUSES = ['drafting', 'reviewing', 'signing', 'rechecking', 'registered', 'issued', 'archived', 'withdrawn', 'submitted'] as const satisfies readonly DocumentStatus[];

type Transition = { readonly to: DocumentStatus; readonly guards: readonly string[]; readonly permission: string };

const REVIEW_GUARDS = ['document.consultation-confirmed', 'document.matter-consistent', 'document.disclosure-marked', 'document.policy-interpretation', 'document.request-one-matter', 'document.department-powers', 'document.route'];

/**
 * The outgoing-document state machine: one exhaustive table. `sign` stays in `signing` until the
 * last step of the route is done; `void-number` sends a registered document back to 复核 with its
 * number marked 作废 in the register.
 */
export const DOCUMENT_TRANSITIONS: Readonly<Record<DocumentStatus, Partial<Record<DocumentCommandType, Transition>>>> = {
  drafting: {
    submit: { to: 'reviewing', guards: [], permission: 'document:draft' },
    // A department's submission goes straight to its co-departments and principal (arts. 54, 55).
    route: { to: 'signing', guards: ['document.route'], permission: 'document:draft' },
    withdraw: { to: 'withdrawn', guards: [], permission: 'document:draft' },
  },
  reviewing: {
    review: { to: 'signing', guards: REVIEW_GUARDS, permission: 'document:review' },
    return: { to: 'drafting', guards: [], permission: 'document:review' },
    withdraw: { to: 'withdrawn', guards: [], permission: 'document:review' },
  },
  signing: {
    sign: { to: 'signing', guards: ['document.sign-in-turn', 'document.countersign-resolved'], permission: 'document:sign' },
    // A department's submission goes to the county government once its principal has signed (art. 54).
    dispatch: { to: 'submitted', guards: ['document.route'], permission: 'document:sign' },
    return: { to: 'drafting', guards: [], permission: 'document:sign' },
  },
  rechecking: {
    register: { to: 'registered', guards: [], permission: 'document:register' },
    return: { to: 'drafting', guards: [], permission: 'document:register' },
  },
  registered: {
    issue: { to: 'issued', guards: [], permission: 'document:register' },
    'void-number': { to: 'rechecking', guards: [], permission: 'document:register' },
  },
  issued: {
    archive: { to: 'archived', guards: [], permission: 'document:register' },
  },
  archived: {},
  withdrawn: {},
  submitted: {},
};

export const DOCUMENT_STATUS_LABELS: Readonly<Record<DocumentStatus, string>> = {
  drafting: '拟稿',
  reviewing: '核稿',
  signing: '审签',
  rechecking: '复核',
  registered: '已登记编号',
  issued: '已印发',
  archived: '已归档',
  withdrawn: '已撤销',
  submitted: '已报送县政府',
};

export const DOCUMENT_COMMAND_LABELS: Readonly<Record<DocumentCommandType, string>> = {
  submit: '送核稿',
  review: '核稿通过',
  sign: '审签',
  register: '复核并登记编号',
  issue: '印发',
  archive: '归档',
  return: '退回修改',
  withdraw: '撤销',
  'void-number': '作废文号',
  dispatch: '报送县政府',
  route: '送会签、审签',
};
