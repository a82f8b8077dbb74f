/**
 * Public consultation (公开征求意见) on a draft of a normative document (规范性文件) or a major
 * administrative decision (重大行政决策): the window, public comments, their moderation, how each
 * was handled, and the published feedback (art. 25; 《重大行政决策程序暂行条例》第十五条、第十八条;
 * 《优化营商环境条例》第六十二条; 《地方组织法》第七十五条).
 */

export const SUBJECT_TYPES = ['normative', 'major-decision'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

export const SUBJECT_TYPE_LABELS: Readonly<Record<SubjectType, string>> = {
  normative: '规范性文件',
  'major-decision': '重大行政决策',
};

/**
 * Where a consultation stands at an instant: before its opening (scheduled), during its window
 * (open), after its closing (closed), and once the drafting unit published its feedback.
 */
export type ConsultationState = 'scheduled' | 'open' | 'closed' | 'feedback-published';

export const CONSULTATION_STATE_LABELS: Readonly<Record<ConsultationState, string>> = {
  scheduled: '未开始',
  open: '征求意见中',
  closed: '已截止',
  'feedback-published': '已公开反馈',
};

export type CommentStatus = 'pending' | 'approved' | 'rejected';

export const COMMENT_STATUS_LABELS: Readonly<Record<CommentStatus, string>> = {
  pending: '待审核',
  approved: '已采用',
  rejected: '不予采用',
};

/** How the drafting unit dealt with an approved comment (713号 第十八条: 充分采纳合理意见). */
export const HANDLINGS = ['adopted', 'partly', 'not-adopted'] as const;
export type Handling = (typeof HANDLINGS)[number];

export const HANDLING_LABELS: Readonly<Record<Handling, string>> = {
  adopted: '采纳',
  partly: '部分采纳',
  'not-adopted': '不予采纳',
};

/** The pack parameters that set a minimum comment period. */
export type WindowParameterKey = 'decision.publicCommentMinDays' | 'normative.marketCommentMinDays' | 'normative.commentMinWorkdays';

/** What the window rule needs to know about the minimum that applies. */
export interface WindowRequirement {
  /** The parameter whose value is the period (the longer one when two apply). */
  readonly key: WindowParameterKey;
  readonly period: number;
  readonly unit: 'day' | 'workday';
  /** Citation ids the verdicts give. */
  readonly cites: readonly string[];
  /** The provisions as a clerk reads them, the start of every message: 第二十五条、《重大行政决策程序暂行条例》第十五条. */
  readonly lead: string;
  /** What the provisions require, in one Chinese sentence. */
  readonly requirement: string;
}

/** The instants and dates of a window, as stored. */
export interface ConsultationWindow {
  /** When comments are first accepted (UTC ISO). */
  readonly opensAt: string;
  /** The last local day of the window (YYYY-MM-DD); the window ends at 24:00 that day. */
  readonly lastDay: string;
  /** `lastDay + 1` at 00:00 local time (UTC ISO): the first instant no comment is accepted. */
  readonly closesAt: string;
}

/** The state of a consultation at `now`. */
export function consultationState(c: { readonly opensAt: string; readonly closesAt: string; readonly feedbackPublishedAt: string | null }, now: Date): ConsultationState {
  if (c.feedbackPublishedAt !== null) return 'feedback-published';
  const t = now.getTime();
  if (t < Date.parse(c.opensAt)) return 'scheduled';
  if (t < Date.parse(c.closesAt)) return 'open';
  return 'closed';
}
