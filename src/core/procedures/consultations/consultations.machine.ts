import type { CommentStatus, ConsultationState } from './consultations.ts';
import { COMMENT_STATUS_LABELS, CONSULTATION_STATE_LABELS } from './consultations.ts';

type Transition<S> = { readonly to: S; readonly guards: readonly string[]; readonly permission: string };

/** Commands on a consultation; the window's opening and closing are the clock's, not a person's. */
export type ConsultationCommandType = 'window-opens' | 'comment' | 'window-closes' | 'publish-feedback';

/**
 * A consultation, one exhaustive table. It is opened (rule `consultation.window`) as `scheduled`
 * or straight into its window; the clock opens and closes the window; comments are accepted only
 * inside it; the drafting unit publishes the feedback once it is ready.
 */
export const CONSULTATION_TRANSITIONS: Readonly<Record<ConsultationState, Partial<Record<ConsultationCommandType, Transition<ConsultationState>>>>> = {
  scheduled: {
    'window-opens': { to: 'open', guards: [], permission: 'system' },
  },
  open: {
    comment: { to: 'open', guards: ['consultation.comment-window'], permission: 'public' },
    'window-closes': { to: 'closed', guards: [], permission: 'system' },
  },
  closed: {
    'publish-feedback': { to: 'feedback-published', guards: ['consultation.drafting-unit', 'consultation.feedback-ready'], permission: 'consultation:read' },
  },
  'feedback-published': {},
};

export type CommentCommandType = 'approve' | 'reject' | 'handle';

/**
 * A public comment: moderated (approved for publication, masked, or rejected with the reason) by
 * the office or the drafting unit; an approved one gets its handling recorded by the drafting unit
 * after the window closed (again until the feedback is published).
 */
export const COMMENT_TRANSITIONS: Readonly<Record<CommentStatus, Partial<Record<CommentCommandType, Transition<CommentStatus>>>>> = {
  pending: {
    approve: { to: 'approved', guards: ['consultation.personal-info'], permission: 'consultation:read' },
    reject: { to: 'rejected', guards: [], permission: 'consultation:read' },
  },
  approved: {
    handle: { to: 'approved', guards: ['consultation.drafting-unit'], permission: 'consultation:read' },
  },
  rejected: {},
};

export { COMMENT_STATUS_LABELS, CONSULTATION_STATE_LABELS };
