import type { Rule } from '../../rules/rule.ts';
import { ATTENDEE_GROUP_LABELS, CONVENED_IN_LABELS, type ApprovalStatus, type ApprovalTier, type ApprovedMeetingRef, type AttendeeGroup, type ConvenedIn, type MeetingForm } from './meeting-approvals.ts';

const C1 = ['yunyang-2025:51(1)'];
const C2 = ['yunyang-2025:51(2)'];
const C3 = ['yunyang-2025:51(3)'];

/** Art. 51(二): the tier follows the most senior group attending — town or street principals first. */
export function approvalTier(attendees: readonly AttendeeGroup[]): ApprovalTier {
  if (attendees.includes('town-principals')) return 'county-head';
  if (attendees.includes('town-deputies') || attendees.includes('department-heads')) return 'deputy';
  return 'none';
}

/** The named groups two meetings share (其他人员 is too vague to count). */
export function sharedGroups(a: readonly AttendeeGroup[], b: readonly AttendeeGroup[]): AttendeeGroup[] {
  return a.filter((g) => g !== 'others' && b.includes(g));
}

const groupsText = (groups: readonly AttendeeGroup[]) => groups.map((g) => ATTENDEE_GROUP_LABELS[g]).join('、');

export interface NameFacts {
  readonly countyWide: boolean;
  readonly withinOwnDuties: boolean;
  readonly convenedIn: ConvenedIn;
  /** The organising body is the county government office itself. */
  readonly organiserIsOffice: boolean;
}

/** Art. 51(一): a county-wide meeting a department should hold is not convened in the name of the 县政府 or its office. */
export const meetingApprovalName: Rule<NameFacts> = {
  id: 'meeting-approval.name',
  cites: [{ source: 'yunyang-2025', article: 51, clause: 1 }],
  appliesTo: 'meeting-approval.apply',
  summary: '应由各部门召开的全县性会议，不以县政府或县政府办公室名义召开',
  check: ({ countyWide, withinOwnDuties, convenedIn, organiserIsOffice }) => {
    const name = CONVENED_IN_LABELS[convenedIn];
    if (countyWide && withinOwnDuties && !organiserIsOffice && convenedIn !== 'own-unit') {
      return { rule: 'meeting-approval.name', outcome: 'block', cites: C1, message: `第五十一条第（一）项：应由各部门召开的全县性会议，不以县政府或县政府办公室名义召开——本会议事项属于主办单位职责范围，请以本单位名义召开，不以${name}名义召开` };
    }
    if (convenedIn === 'own-unit') return { rule: 'meeting-approval.name', outcome: 'allow', cites: C1, message: '第五十一条第（一）项：以本单位名义召开' };
    return {
      rule: 'meeting-approval.name', outcome: 'allow', cites: C1,
      message: organiserIsOffice ? `第五十一条第（一）项：县政府办公室组织，以${name}名义召开` : `第五十一条第（一）项：${countyWide ? '全县性会议事项不属于主办单位一家的职责' : '不是全县性会议'}，可以${name}名义召开`,
    };
  },
};

export interface RouteFacts {
  readonly tier: ApprovalTier;
  /** Who reviews and who approves, as titles (`县政府办公室主任`, `县长`); null when no post answers. */
  readonly reviewerTitle: string | null;
  readonly approverTitle: string | null;
}

/** Art. 51(二): who reviews and who approves, by who must attend. */
export const meetingApprovalRoute: Rule<RouteFacts> = {
  id: 'meeting-approval.route',
  cites: [{ source: 'yunyang-2025', article: 51, clause: 2 }],
  appliesTo: 'meeting-approval.apply',
  summary: '需乡镇（街道）行政主要负责人参加的工作会议，由县政府办公室主任审查后报县长批准；需乡镇（街道）分管领导和县政府有关部门负责人参加的，由县政府办公室联系班子成员或主任审查后报分管副县长批准',
  check: ({ tier, reviewerTitle, approverTitle }) => {
    if (tier === 'none') {
      return { rule: 'meeting-approval.route', outcome: 'allow', cites: C2, message: '第五十一条第（二）项：不需乡镇（街道）负责人或县政府部门负责人参加，无须报县政府审批，由本单位按规定办理' };
    }
    if (!reviewerTitle || !approverTitle) {
      return { rule: 'meeting-approval.route', outcome: 'block', cites: C2, message: `第五十一条第（二）项：${tier === 'county-head' ? '县政府办公室主任或县长' : '县政府办公室主任或分管副县长'}岗位空缺，无法确定审查、审批人` };
    }
    return tier === 'county-head'
      ? { rule: 'meeting-approval.route', outcome: 'allow', cites: C2, message: `第五十一条第（二）项：需乡镇（街道）行政主要负责人参加的工作会议，由${reviewerTitle}审查后报${approverTitle}批准` }
      : { rule: 'meeting-approval.route', outcome: 'allow', cites: C2, message: `第五十一条第（二）项：需乡镇（街道）分管领导或县政府有关部门负责人参加的工作会议，由${reviewerTitle}审查后报${approverTitle}批准` };
  },
};

export interface InTurnFacts {
  /** The step the actor attempts. */
  readonly step: 'review' | 'approve';
  readonly status: ApprovalStatus;
  /** The actor acts now for a post of the current step (holder, AB角, 委托). */
  readonly acts: boolean;
  /** Who holds the current step, e.g. `县政府办公室主任`. */
  readonly stepTitle: string;
}

/** Art. 51(二): the office reviews first, then the approver decides — each by whoever acts for that post now. */
export const meetingApprovalInTurn: Rule<InTurnFacts> = {
  id: 'meeting-approval.in-turn',
  cites: [{ source: 'yunyang-2025', article: 51, clause: 2 }, { source: 'yunyang-2025', article: 5 }],
  appliesTo: 'meeting-approval.decide',
  summary: '工作会议先由县政府办公室审查，再报县长或分管副县长批准；由依任职、AB角或委托代为履职的人办理',
  check: ({ step, status, acts, stepTitle }) => {
    if (step === 'approve' && status === 'reviewing') {
      return { rule: 'meeting-approval.in-turn', outcome: 'block', cites: C2, message: `第五十一条第（二）项：工作会议须先经县政府办公室审查后报批；当前环节为${stepTitle}审查，尚不能批准` };
    }
    const what = status === 'reviewing' ? '审查' : '批准';
    return acts
      ? { rule: 'meeting-approval.in-turn', outcome: 'allow', cites: C2, message: `第五十一条第（二）项：由${stepTitle}${what}` }
      : { rule: 'meeting-approval.in-turn', outcome: 'block', cites: C2, message: `第五十一条第（二）项：本会议应由${stepTitle}${what}（或依AB角、委托代为履职的人），您无权办理` };
  },
};

/** Art. 51(三): county-wide meetings are held by video where possible. */
export const meetingApprovalVideo: Rule<{ readonly countyWide: boolean; readonly form: MeetingForm }> = {
  id: 'meeting-approval.video',
  cites: [{ source: 'yunyang-2025', article: 51, clause: 3 }],
  appliesTo: 'meeting-approval.apply',
  summary: '全县性会议应尽可能采用视频会议形式召开',
  check: ({ countyWide, form }) =>
    countyWide && form === 'in-person'
      ? { rule: 'meeting-approval.video', outcome: 'warn', cites: C3, message: '第五十一条第（三）项：全县性会议应尽可能采用视频会议形式召开；本次申请现场召开，请说明必要性或改为视频会议' }
      : { rule: 'meeting-approval.video', outcome: 'allow', cites: C3, message: `第五十一条第（三）项：${form === 'video' ? '采用视频会议形式' : '非全县性会议，现场召开'}` },
};

export interface MergeFacts {
  readonly attendees: readonly AttendeeGroup[];
  readonly mergeable: boolean;
  readonly mergeNote: string;
  /** Other work meetings already approved for the same date. */
  readonly sameDay: readonly ApprovedMeetingRef[];
}

/** Art. 51(三): meetings that can be merged or held back to back should be (合并开会、套开会议). */
export const meetingApprovalMerge: Rule<MergeFacts> = {
  id: 'meeting-approval.merge',
  cites: [{ source: 'yunyang-2025', article: 51, clause: 3 }],
  appliesTo: 'meeting-approval.apply',
  summary: '提倡合并开会、套开会议：同日已批准的工作会议与本会议参会人员重叠，或申请单位认为可以合并的，予以提示',
  check: ({ attendees, mergeable, mergeNote, sameDay }) => {
    const overlaps = sameDay.map((m) => ({ m, shared: sharedGroups(attendees, m.attendees) })).filter((x) => x.shared.length > 0);
    if (overlaps.length > 0) {
      const list = overlaps.map(({ m, shared }) => `“${m.title}”（${m.organiserName}，同需${groupsText(shared)}参加）`).join('；');
      return { rule: 'meeting-approval.merge', outcome: 'warn', cites: C3, message: `第五十一条第（三）项：提倡合并开会、套开会议——同日已批准${list}，建议合并开会或套开会议` };
    }
    if (mergeable) {
      return { rule: 'meeting-approval.merge', outcome: 'warn', cites: C3, message: `第五十一条第（三）项：提倡合并开会、套开会议——申请单位表示本会议可与其他会议合并${mergeNote.trim() ? `（${mergeNote.trim()}）` : ''}，建议合并开会或套开会议` };
    }
    return { rule: 'meeting-approval.merge', outcome: 'allow', cites: C3, message: '第五十一条第（三）项：同日没有参会人员重叠的已批准会议' };
  },
};

export const MEETING_APPROVAL_RULES = [meetingApprovalName, meetingApprovalRoute, meetingApprovalInTurn, meetingApprovalVideo, meetingApprovalMerge] as const;
