import { COMMENT_TRANSITIONS, CONSULTATION_TRANSITIONS } from './consultations.machine.ts';
import type { ConsultationState } from './consultations.ts';

/** Where the actor stands towards one consultation. */
export interface ConsultationActor {
  /** The office (role with `consultation:manage`). */
  readonly office: boolean;
  /** Acts for a post in the drafting body or one of its 科室. */
  readonly inDraftingBody: boolean;
}

/** What the actor may do with a consultation now; the screens show exactly these. */
export function consultationAbilities(state: ConsultationState, actor: ConsultationActor): { moderate: boolean; handle: boolean; publish: boolean; seeContacts: boolean } {
  const moderator = actor.office || actor.inDraftingBody;
  return {
    // Comments received in the window are moderated during it and after it, until the feedback is out.
    moderate: moderator && state !== 'feedback-published' && COMMENT_TRANSITIONS.pending.approve !== undefined,
    handle: actor.inDraftingBody && state === 'closed' && COMMENT_TRANSITIONS.approved.handle !== undefined,
    publish: actor.inDraftingBody && CONSULTATION_TRANSITIONS[state]['publish-feedback'] !== undefined,
    seeContacts: moderator,
  };
}
