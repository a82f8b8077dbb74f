/**
 * Approval of work meetings (工作会议, art. 51). A department, a town or street, or the county
 * government office applies to hold a work meeting. Art. 51(一): a county-wide meeting that a
 * department should hold is not convened in the name of the 县政府 or its office. Art. 51(二): a
 * meeting that town or street principals attend is reviewed by the office director and approved
 * by the 县长; one that their deputies in charge or department heads attend is reviewed by the
 * office member who liaises (联系班子成员) or the director and approved by the deputy county head
 * in charge. Art. 51(三): meetings are merged where they can be, county-wide ones held by video.
 */

/** In whose name the meeting is convened. */
export const CONVENED_IN = ['county-government', 'county-office', 'own-unit'] as const;
export type ConvenedIn = (typeof CONVENED_IN)[number];

export const CONVENED_IN_LABELS: Readonly<Record<ConvenedIn, string>> = {
  'county-government': '县政府',
  'county-office': '县政府办公室',
  'own-unit': '本单位',
};

/** Who must attend, as art. 51(二) distinguishes them. */
export const ATTENDEE_GROUPS = ['town-principals', 'town-deputies', 'department-heads', 'others'] as const;
export type AttendeeGroup = (typeof ATTENDEE_GROUPS)[number];

export const ATTENDEE_GROUP_LABELS: Readonly<Record<AttendeeGroup, string>> = {
  'town-principals': '乡镇（街道）行政主要负责人',
  'town-deputies': '乡镇（街道）分管领导',
  'department-heads': '县政府有关部门负责人',
  others: '其他人员',
};

export type MeetingForm = 'in-person' | 'video';

/** What the applicant states about the meeting; the rules of art. 51 read these. */
export interface WorkMeetingFacts {
  readonly convenedIn: ConvenedIn;
  readonly attendees: readonly AttendeeGroup[];
  /** Who the 其他人员 are, when named. */
  readonly attendeesNote: string;
  readonly place: string;
  readonly form: MeetingForm;
  /** Expected number of participants and length in minutes (控制规模, 开短会). */
  readonly expectedAttendees: number;
  readonly durationMinutes: number;
  /** A county-wide meeting (全县性会议). */
  readonly countyWide: boolean;
  /** The matter lies within the organising body's own duties. */
  readonly withinOwnDuties: boolean;
  /** The applicant's own view that it could be merged with another meeting, and with which. */
  readonly mergeable: boolean;
  readonly mergeNote: string;
}

/**
 * The approval tier of art. 51(二): `county-head` when town or street principals attend; `deputy`
 * when their deputies in charge or department heads attend; `none` when neither (the rules ask no
 * county approval then).
 */
export type ApprovalTier = 'county-head' | 'deputy' | 'none';

export type ApprovalStatus = 'reviewing' | 'approving' | 'approved' | 'returned' | 'not-required';

export type ApprovalCommand =
  /** The office's review passed: sent up to the approver (审查). */
  | { readonly type: 'review'; readonly note: string }
  | { readonly type: 'approve'; readonly note: string }
  /** Sent back to the applicant with the reason, by whoever holds the current step (退回). */
  | { readonly type: 'return'; readonly note: string };

/** Another approved work meeting, for the merging check of art. 51(三). */
export interface ApprovedMeetingRef {
  readonly title: string;
  readonly organiserName: string;
  readonly attendees: readonly AttendeeGroup[];
}
