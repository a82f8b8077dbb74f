/** Ports of the meetings area: meetings, topics, leave, minutes, attendance and discussion records, work-meeting approval, decisions and their publication, the quarterly key-work list. */
import type { KeyWorkStatus } from '../../core/procedures/key-work/key-work.ts';
import type { QuarterNumber } from '../../core/procedures/key-work/quarter.ts';
import type { ApprovalStatus, ApprovalTier, WorkMeetingFacts } from '../../core/procedures/meeting-approvals/meeting-approvals.ts';
import type { GuestCategory } from '../../core/procedures/meetings/attendance.ts';
import type { Conclusion, Speech } from '../../core/procedures/meetings/discussion.ts';
import type { MeetingLeaveStatus } from '../../core/procedures/meetings/meeting-leave.ts';
import type { MeetingKind, MeetingStatus, TopicFacts, TopicStatus } from '../../core/procedures/meetings/meetings.ts';
import type { MinutesDecision, MinutesStatus } from '../../core/procedures/meetings/minutes.ts';
import type { StudyKind } from '../../core/procedures/meetings/study.ts';
import type { TaskStatus } from '../../core/procedures/tasks/tasks.ts';
import type { Verdict } from '../../core/rules/rule.ts';

export interface MeetingRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly kind: MeetingKind;
  readonly title: string;
  /** Local date (Beijing) and the starting instant. */
  readonly date: string;
  readonly startsAt: string;
  readonly place: string;
  readonly form: 'in-person' | 'video';
  readonly chairPositionId: string;
  /** Art. 46: the county head's 委托 to the 常务副县长, recorded. */
  readonly entrustedNote: string | null;
  /** Art. 48: the leader on whose behalf an office member chairs a special-topic meeting. */
  readonly onBehalfOfPositionId: string | null;
  readonly status: MeetingStatus;
  readonly createdByPersonId: string | null;
  readonly createdAt: string;
  readonly version: number;
}

export interface TopicRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly meetingKind: MeetingKind;
  readonly meetingId: string | null;
  /** For a special-topic meeting: its chair's post, who settles the topic (art. 48). */
  readonly specialChairPositionId: string | null;
  readonly title: string;
  readonly facts: TopicFacts;
  readonly materials: readonly string[];
  readonly proposerPersonId: string;
  readonly proposerPositionId: string;
  readonly status: TopicStatus;
  readonly verdicts: readonly Verdict[];
  readonly decidedByPersonId: string | null;
  readonly decidedOnBehalfOf: string | null;
  readonly decisionNote: string | null;
  /** Where the topic came from (e.g. an inspection-trip report owed under art. 59). */
  readonly sourceType: string | null;
  readonly sourceId: string | null;
  readonly createdAt: string;
  readonly version: number;
  /** A 县长办公会议 topic may name the key-work item it concerns (art. 47). */
  readonly keyWorkItemId?: string | null;
}

export interface MeetingsPort {
  get(tenantId: string, id: string): Promise<MeetingRecord | undefined>;
  list(tenantId: string, limit: number): Promise<MeetingRecord[]>;
  insert(r: MeetingRecord): Promise<void>;
  update(r: MeetingRecord): Promise<boolean>;
  topic(tenantId: string, id: string): Promise<TopicRecord | undefined>;
  topics(tenantId: string, q: { meetingId?: string; keyWorkItemId?: string; limit: number }): Promise<TopicRecord[]>;
  insertTopic(r: TopicRecord): Promise<void>;
  updateTopic(r: TopicRecord): Promise<boolean>;
  minutes(tenantId: string, meetingId: string): Promise<MinutesRecord | undefined>;
  insertMinutes(r: MinutesRecord): Promise<void>;
  updateMinutes(r: MinutesRecord): Promise<boolean>;
  leaves(tenantId: string, meetingId: string): Promise<MeetingLeaveRecord[]>;
  leave(tenantId: string, id: string): Promise<MeetingLeaveRecord | undefined>;
  insertLeave(r: MeetingLeaveRecord): Promise<void>;
  updateLeave(r: MeetingLeaveRecord): Promise<boolean>;
}

export interface MeetingLeaveRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly meetingId: string;
  readonly personId: string;
  readonly positionId: string;
  readonly reason: string;
  readonly substitutePersonId: string | null;
  readonly approverPositionId: string;
  readonly status: MeetingLeaveStatus;
  readonly decidedByPersonId: string | null;
  readonly decidedOnBehalfOf: string | null;
  readonly decidedAt: string | null;
  readonly createdAt: string;
  readonly version: number;
  /** Art. 49: when the office forwarded (转呈) or returned (退回) a non-leader's request, who (for whom, when a stand-in), and its note. */
  readonly officeAt?: string | null;
  readonly officeByPersonId?: string | null;
  readonly officeOnBehalfOf?: string | null;
  readonly officeNote?: string | null;
}

/** One step done on a work-meeting application (art. 51(二)): who, acting for whom, when, with what note. */
export interface MeetingApprovalStep {
  readonly action: 'applied' | 'reviewed' | 'approved' | 'returned';
  readonly personId: string | null;
  readonly onBehalfOfPersonId: string | null;
  readonly positionId: string | null;
  readonly at: string;
  readonly note: string;
}

/** An application to hold a work meeting (art. 51). */
export interface MeetingApprovalRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly title: string;
  readonly organiserBodyId: string;
  readonly applicantPersonId: string;
  readonly applicantPositionId: string;
  /** Local date (Beijing) and the starting instant. */
  readonly date: string;
  readonly startsAt: string;
  readonly facts: WorkMeetingFacts;
  readonly tier: ApprovalTier;
  /** Art. 51(二): the posts that may review (the office member who liaises, the director) and the approving post. */
  readonly reviewerPositionIds: readonly string[];
  readonly approverPositionId: string | null;
  readonly status: ApprovalStatus;
  readonly steps: readonly MeetingApprovalStep[];
  /** The verdicts of the latest check (application, or approval when the merging check is read again). */
  readonly verdicts: readonly Verdict[];
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

export interface MeetingApprovalsPort {
  get(tenantId: string, id: string): Promise<MeetingApprovalRecord | undefined>;
  /** Newest first. */
  list(tenantId: string, limit: number): Promise<MeetingApprovalRecord[]>;
  /** Applications for meetings on a local date (for the merging check of art. 51(三)). */
  onDate(tenantId: string, date: string): Promise<MeetingApprovalRecord[]>;
  insert(r: MeetingApprovalRecord): Promise<void>;
  /** Optimistic update: succeeds only when the stored version is `r.version - 1`. */
  update(r: MeetingApprovalRecord): Promise<boolean>;
}

export interface MinutesRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly meetingId: string;
  readonly text: string;
  readonly decisions: readonly MinutesDecision[];
  readonly status: MinutesStatus;
  /** Each step done: who (a stand-in with the person acted for), when, with what opinion. */
  readonly steps: readonly { readonly status: MinutesStatus; readonly personName: string; readonly onBehalfOfName: string | null; readonly at: string; readonly opinion: string; readonly personId?: string | null }[];
  readonly updatedAt: string;
  readonly version: number;
}

/** Attendees the office adds to a meeting: 列席 by decision, units for their topic, guests (arts. 45–47). */
export interface MeetingAttendeeRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly meetingId: string;
  readonly group: 'invited' | 'topic' | 'guest';
  readonly topicId: string | null;
  readonly bodyId: string | null;
  readonly positionId: string | null;
  /** Who attends (a guest's name or description; for a body, the post's title). */
  readonly name: string;
  readonly category: GuestCategory | null;
  /** Who decided the invitation, and why. */
  readonly basis: string;
  readonly createdByPersonId: string | null;
  readonly createdAt: string;
}

/** One entry of the attendance list signed in on the day, by whom (a substitute under art. 49). */
export interface SignInRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly meetingId: string;
  readonly entryKey: string;
  readonly attendedBy: string;
  readonly substitute: boolean;
  readonly signedAt: string;
  readonly recordedByPersonId: string | null;
}

export interface StudyRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly meetingId: string;
  readonly kind: StudyKind;
  readonly subject: string;
  readonly speaker: string;
  readonly materials: readonly string[];
  readonly summary: string | null;
  readonly recordedAt: string | null;
  readonly updatedAt: string;
  readonly version: number;
}

export interface DiscussionRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly meetingId: string;
  readonly topicId: string;
  readonly speeches: readonly Speech[];
  readonly conclusion: Conclusion | null;
  readonly updatedAt: string;
  readonly version: number;
}

export interface MeetingRecordsPort {
  attendees(tenantId: string, meetingId: string): Promise<MeetingAttendeeRecord[]>;
  insertAttendee(r: MeetingAttendeeRecord): Promise<void>;
  signIns(tenantId: string, meetingId: string): Promise<SignInRecord[]>;
  /** False when the entry was already signed in. */
  insertSignIn(r: SignInRecord): Promise<boolean>;
  study(tenantId: string, meetingId: string): Promise<StudyRecord | undefined>;
  /** Studies of the meetings whose id is listed (for the year's count). */
  studies(tenantId: string, meetingIds: readonly string[]): Promise<StudyRecord[]>;
  saveStudy(r: StudyRecord): Promise<boolean>;
  discussion(tenantId: string, topicId: string): Promise<DiscussionRecord | undefined>;
  discussions(tenantId: string, meetingId: string): Promise<DiscussionRecord[]>;
  saveDiscussion(r: DiscussionRecord): Promise<boolean>;
}

/** Signed minutes issued as a 纪要 (art. 50) and the publication of their public decisions (art. 30). */
export interface MinutesIssueRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly meetingId: string;
  readonly minutesId: string;
  readonly documentId: string;
  readonly signedAt: string;
  /** Art. 30: by when the public decisions are due to be published (none when every decision is withheld). */
  readonly publishDueDate: string | null;
  readonly publishDueAt: string | null;
  readonly publishTaskId: string | null;
  readonly publishedAt: string | null;
  readonly publishedByPersonId: string | null;
  readonly version: number;
}

/** The 待办 a decision became (arts. 28, 41): which decision, which unit, lead or assisting. */
export interface DecisionTaskLink {
  readonly tenantId: string;
  readonly meetingId: string;
  /** 0-based position of the decision in the minutes. */
  readonly decisionIndex: number;
  readonly taskId: string;
  readonly role: 'lead' | 'assist';
  readonly bodyId: string;
}

export interface DecisionTaskRow extends DecisionTaskLink {
  readonly status: TaskStatus;
  readonly dueDate: string | null;
  readonly dueAt: string | null;
  readonly completedAt: string | null;
  readonly note: string | null;
  readonly ownerPositionId: string | null;
}

/** A decision as published on the portal: public facts only, never a person. */
export interface PublishedDecisionRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly meetingId: string;
  readonly decisionIndex: number;
  readonly meetingKind: MeetingKind;
  readonly meetingTitle: string;
  readonly meetingDate: string;
  readonly text: string;
  readonly leadBodyName: string;
  readonly publishedAt: string;
}

/** A unit's report on how a decision goes (art. 28: 跟踪和反馈执行情况). */
export interface DecisionProgressRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly meetingId: string;
  readonly decisionIndex: number;
  readonly bodyId: string;
  readonly text: string;
  readonly reportedByPersonId: string | null;
  readonly onBehalfOfPersonId: string | null;
  readonly reportedAt: string;
}

export interface MeetingDecisionsPort {
  insertIssue(r: MinutesIssueRecord): Promise<void>;
  /** Optimistic update: succeeds only when the stored version is `r.version - 1`. */
  updateIssue(r: MinutesIssueRecord): Promise<boolean>;
  issue(tenantId: string, meetingId: string): Promise<MinutesIssueRecord | undefined>;
  issueByDocument(tenantId: string, documentId: string): Promise<MinutesIssueRecord | undefined>;
  issues(tenantId: string): Promise<MinutesIssueRecord[]>;
  /** Every signed minutes, newest first. */
  signedMinutes(tenantId: string, limit: number): Promise<MinutesRecord[]>;
  insertTaskLink(r: DecisionTaskLink): Promise<void>;
  /** The decisions' 待办 with their state. */
  taskLinks(tenantId: string, q: { meetingId?: string }): Promise<DecisionTaskRow[]>;
  insertPublished(r: PublishedDecisionRecord): Promise<void>;
  /** Published decisions, newest meeting first. */
  published(tenantId: string, q: { year?: number; kind?: MeetingKind; limit: number }): Promise<PublishedDecisionRecord[]>;
  insertProgress(r: DecisionProgressRecord): Promise<void>;
  progress(tenantId: string, q: { meetingId?: string }): Promise<DecisionProgressRecord[]>;
}

/** An item of a quarter's key-work list (季度重点工作清单, art. 47). 滞后 is computed, never stored. */
export interface KeyWorkItemRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly year: number;
  readonly quarter: QuarterNumber;
  /** Its number on the quarter's list (第N项), in the order the items were put on it; nothing is removed. */
  readonly seq: number;
  /** The work item (工作事项) and its target or measures (目标措施). */
  readonly title: string;
  readonly target: string;
  /** The lead unit (牵头单位) and the co-units (配合单位). */
  readonly leadBodyId: string;
  readonly coBodyIds: readonly string[];
  /** The county leader in charge (分管县领导): a post. */
  readonly leaderPositionId: string;
  readonly dueDate: string;
  readonly status: KeyWorkStatus;
  /** The earlier quarter's item this one was carried over from (挂单), or null. */
  readonly carriedFromId: string | null;
  readonly createdAt: string;
  readonly createdByPersonId: string | null;
  readonly updatedAt: string;
  readonly version: number;
}

export type KeyWorkEntryKind = 'added' | 'edited' | 'progress' | 'carried-over' | 'carried-in' | 'reopened';

/** One step in an item's history (append-only): added, edited, a progress report, carried over out or in. */
export interface KeyWorkEntryRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly itemId: string;
  readonly seq: number;
  readonly kind: KeyWorkEntryKind;
  readonly text: string;
  /** For a progress report: the date it reports on. */
  readonly reportDate: string | null;
  readonly statusAfter: KeyWorkStatus;
  /** For an edit: the fields before it (JSON). */
  readonly previous: string | null;
  /** For a carry-over: the item on the other side. */
  readonly relatedItemId: string | null;
  readonly at: string;
  readonly personId: string | null;
  readonly onBehalfOfPersonId: string | null;
  readonly positionId: string | null;
}

/** The key-work list: items are updated optimistically, never deleted; entries only appended. */
export interface KeyWorkPort {
  get(tenantId: string, id: string): Promise<KeyWorkItemRecord | undefined>;
  /** A quarter's list by number. */
  list(tenantId: string, q: { year: number; quarter: number }): Promise<KeyWorkItemRecord[]>;
  /** The items carried over from any of `ids`. */
  carriedFrom(tenantId: string, ids: readonly string[]): Promise<KeyWorkItemRecord[]>;
  /** The quarters that have a list. */
  quarters(tenantId: string): Promise<{ year: number; quarter: QuarterNumber }[]>;
  insert(r: KeyWorkItemRecord): Promise<void>;
  /** Optimistic update: succeeds only when the stored version is `r.version - 1`. */
  update(r: KeyWorkItemRecord): Promise<boolean>;
  entries(tenantId: string, itemId: string): Promise<KeyWorkEntryRecord[]>;
  appendEntry(r: KeyWorkEntryRecord): Promise<void>;
}
