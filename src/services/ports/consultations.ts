/** Port of public consultations (公开征求意见) and their comments. */
import type { CommentStatus, Handling, SubjectType, WindowParameterKey } from '../../core/procedures/consultations/consultations.ts';
import type { Verdict } from '../../core/rules/rule.ts';

/** A public consultation (公开征求意见) on the draft of a normative document or a major decision. */
export interface ConsultationRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly subjectType: SubjectType;
  /** The normative document's or major decision's id in its own procedure (not checked here). */
  readonly subjectId: string;
  readonly title: string;
  readonly draftText: string;
  /** 起草说明. */
  readonly explanation: string;
  readonly draftingBodyId: string;
  readonly affectsMarket: boolean;
  /** UTC ISO instant comments are first accepted. */
  readonly opensAt: string;
  /** The last local day (YYYY-MM-DD); the window ends at 24:00 that day. */
  readonly lastDay: string;
  /** `lastDay + 1` 00:00 local time, UTC ISO: the first instant no comment is accepted. */
  readonly closesAt: string;
  /** The minimum that applied when it opened, as the calendar core computed it. */
  readonly minimum: {
    readonly key: WindowParameterKey;
    readonly period: number;
    readonly unit: 'day' | 'workday';
    readonly earliestLastDay: string;
    readonly provisional: boolean;
    readonly summary: string;
    readonly cites: readonly string[];
    /** The provisions and what they require, as they stood at the opening. */
    readonly requirement: string;
  };
  /** The stated reason for a window shorter than the minimum (shown publicly), else null. */
  readonly shortenedReason: string | null;
  readonly verdicts: readonly Verdict[];
  /** The drafting unit's published feedback (反馈说明), and when and by whom it was published. */
  readonly feedbackSummary: string | null;
  readonly feedbackPublishedAt: string | null;
  readonly feedbackPublishedByPersonId: string | null;
  readonly openedByPersonId: string | null;
  readonly createdAt: string;
  readonly version: number;
}

/** A comment from the public. `name` and `contact` are never published. */
export interface CommentRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly consultationId: string;
  readonly content: string;
  readonly name: string | null;
  readonly contact: string | null;
  readonly submittedAt: string;
  readonly status: CommentStatus;
  /** The text published (moderated, personal information masked); null until approved. */
  readonly publicText: string | null;
  /** The moderator's reason for not using a comment. */
  readonly moderationNote: string | null;
  readonly moderatedByPersonId: string | null;
  readonly moderatedAt: string | null;
  readonly handling: Handling | null;
  readonly handlingReason: string | null;
  readonly handledByPersonId: string | null;
  readonly handledAt: string | null;
  readonly version: number;
}

export interface CommentCounts {
  readonly pending: number;
  readonly approved: number;
  readonly rejected: number;
  /** Approved comments with their handling recorded. */
  readonly handled: number;
}

export interface ConsultationsPort {
  get(tenantId: string, id: string): Promise<ConsultationRecord | undefined>;
  /** Newest first. */
  list(tenantId: string, limit: number): Promise<ConsultationRecord[]>;
  insert(r: ConsultationRecord): Promise<void>;
  /** Optimistic: false when the stored version is not `r.version - 1`. */
  update(r: ConsultationRecord): Promise<boolean>;
  comment(tenantId: string, id: string): Promise<CommentRecord | undefined>;
  /** In the order received. */
  comments(tenantId: string, consultationId: string): Promise<CommentRecord[]>;
  insertComment(r: CommentRecord): Promise<void>;
  updateComment(r: CommentRecord): Promise<boolean>;
  /** Comment counts per consultation (consultations without comments are absent). */
  counts(tenantId: string, consultationIds: readonly string[]): Promise<Record<string, CommentCounts>>;
  /** Records an accepted submission for the rate limits (a pseudonymous key of the address, never the address). */
  recordSubmission(r: { id: string; tenantId: string; consultationId: string; addressKey: string; at: string }): Promise<void>;
  /** Submissions from an address since an instant, over all consultations or one. */
  submissionsSince(tenantId: string, addressKey: string, since: string, consultationId?: string): Promise<number>;
  /** Forgets submissions older than an instant (they no longer count towards any limit). */
  pruneSubmissions(tenantId: string, before: string): Promise<void>;
}
