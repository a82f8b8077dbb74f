/**
 * Government meetings (arts. 44–51): the four kinds, who sits in them, who convenes and chairs, how
 * often the regular ones fall due, and the topics (议题) admitted to them.
 */
export const MEETING_KINDS = ['plenary', 'executive', 'head-office', 'special'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const MEETING_KIND_LABELS: Readonly<Record<MeetingKind, string>> = {
  plenary: '县政府全体会议',
  executive: '县政府常务会议',
  'head-office': '县长办公会议',
  special: '县政府专题会议',
};

export type MeetingStatus = 'planned' | 'held' | 'cancelled';
export type TopicStatus = 'proposed' | 'admitted' | 'refused' | 'scheduled' | 'discussed' | 'withdrawn';

/** A topic's category: normative documents and major decisions must first be ready by their own procedures (arts. 20, 23). */
export type TopicCategory = 'general' | 'normative' | 'major-decision';

export interface TopicFacts {
  /** What the topic is about and what is proposed (art. 46: 实质性内容, 明确意见). */
  readonly summary: string;
  readonly recommendation: string;
  /** Art. 46: 尚存在分歧 — the proposer states whether the units concerned still disagree. */
  readonly unresolvedDisagreement: boolean;
  /** Art. 51(一): within one leader's, department's or town's own authority. */
  readonly withinOwnAuthority: boolean;
  /** Art. 51(一): coordinated with the units concerned beforehand. */
  readonly coordinated: boolean;
  readonly category: TopicCategory;
}

/** What the procedure of a normative document or a major decision says about its readiness for deliberation (arts. 20, 23). */
export type Readiness = { readonly state: 'ready'; readonly detail: string } | { readonly state: 'not-ready'; readonly detail: string } | { readonly state: 'unknown'; readonly detail: string };
