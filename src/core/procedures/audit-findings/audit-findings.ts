/**
 * Audit findings and their rectification (art. 9, art. 35). The 县审计局, under the dual leadership
 * of the 县长 and the city audit bureau, exercises audit supervision independently and free from
 * interference by other administrative bodies (art. 9); departments accept audit supervision,
 * rectify the problems found and report to the county government (art. 35).
 *
 * A finding is recorded by the audit bureau against an audited body; the body's principal owes a
 * rectification report by the due date (a 待办); the audited body appends reports; the audit
 * bureau concludes (已整改 / 未整改到位), adds follow-ups or amends the text. Nothing is deleted.
 */
export type FindingStatus = 'rectifying' | 'reported' | 'rectified' | 'not-rectified';

export type FindingCommand =
  | { readonly type: 'report'; readonly text: string; readonly reportDate: string }
  | { readonly type: 'mark-rectified'; readonly note: string }
  | { readonly type: 'mark-not-rectified'; readonly note: string }
  | { readonly type: 'follow-up'; readonly requirement: string; readonly dueDate: string }
  | {
      readonly type: 'amend';
      readonly title?: string | undefined;
      readonly finding?: string | undefined;
      readonly requirement?: string | undefined;
      readonly dueDate?: string | undefined;
      readonly note: string;
    };

export type FindingCommandType = FindingCommand['type'];

/** Who the actor is with respect to one finding (from the posts they act for at the moment). */
export interface FindingActor {
  /** Acts for a post in the audit bureau (the body with duty `audit`) or one of its 科室. */
  readonly inAuditBureau: boolean;
  /** Acts for a post in the audited body or one of its 科室. */
  readonly inAuditedBody: boolean;
}

export interface FindingState {
  readonly status: FindingStatus;
  readonly dueDate: string;
}
