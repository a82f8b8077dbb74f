/**
 * Leave from a meeting (art. 49). County leaders who cannot attend a 全体会议, 常务会议 or 县长办公会议
 * ask the 县长, or the 常务副县长 presiding by the county head's 委托. Other members and the 列席
 * attendees ask the office, which passes the request on (转呈) to the 县长 or the presiding
 * 常务副县长 for approval; they send their deputy in charge (分管副职) instead. For a special-topic
 * meeting, ask its chair.
 */
import type { Rule, Verdict } from '../../rules/rule.ts';
import type { MeetingKind } from './meetings.ts';

/** `at-office`: a non-leader's request waiting for the office to pass it on (待办公室转呈); `sent-back`: the office returned it. */
export type MeetingLeaveStatus = 'at-office' | 'requested' | 'approved' | 'rejected' | 'sent-back';

export type MeetingLeaveCommand = 'forward' | 'send-back' | 'approve' | 'reject';

type Transition = { readonly to: MeetingLeaveStatus; readonly guards: readonly string[]; readonly permission: string };

/** Meeting leave: the office's 转呈 or 退回 for non-leaders, then the approver's decision. One exhaustive table. */
export const MEETING_LEAVE_TRANSITIONS: Readonly<Record<MeetingLeaveStatus, Partial<Record<MeetingLeaveCommand, Transition>>>> = {
  'at-office': {
    forward: { to: 'requested', guards: ['meeting-leave.office-forwards'], permission: 'meeting:read' },
    'send-back': { to: 'sent-back', guards: ['meeting-leave.office-forwards'], permission: 'meeting:read' },
  },
  requested: {
    approve: { to: 'approved', guards: ['meeting-leave.office-forwards', 'meeting-leave.approver'], permission: 'meeting:read' },
    reject: { to: 'rejected', guards: ['meeting-leave.office-forwards', 'meeting-leave.approver'], permission: 'meeting:read' },
  },
  approved: {},
  rejected: {},
  'sent-back': {},
};

export const MEETING_LEAVE_STATUS_LABELS: Readonly<Record<MeetingLeaveStatus, string>> = {
  'at-office': '待办公室转呈',
  requested: '待审批',
  approved: '已批准',
  rejected: '未批准',
  'sent-back': '办公室已退回',
};

/**
 * Art. 49: who goes through the office — members who are not county leaders (e.g. department
 * principals at the 全体会议) and 列席 attendees of the 全体会议, 常务会议 and 县长办公会议. County
 * leaders, and anyone asking a special-topic meeting's chair, ask the approver directly.
 */
export function meetingLeaveViaOffice(kind: MeetingKind, isLeader: boolean): boolean {
  return kind !== 'special' && !isLeader;
}

export interface MeetingLeaveFacts {
  readonly kind: MeetingKind;
  /** The requester holds a county leader's post. */
  readonly isLeader: boolean;
  /** The substitute named (分管副职), if any. */
  readonly substitutePersonId: string | null;
  readonly requesterPersonId: string;
}

/** Whose post approves: the chair's for a special-topic meeting; otherwise the presiding 常务副县长's or the 县长's. */
export function meetingLeaveApprover(kind: MeetingKind, chairPositionId: string, chairIsEntrustedExecutive: boolean, headPositionId: string | null): string | null {
  if (kind === 'special') return chairPositionId;
  return chairIsEntrustedExecutive ? chairPositionId : headPositionId;
}

/** Art. 49: a member who is not a county leader sends the deputy in charge; a leader needs no substitute. */
export const meetingLeaveSubstitute: Rule<MeetingLeaveFacts> = {
  id: 'meeting-leave.substitute',
  cites: [{ source: 'yunyang-2025', article: 49 }],
  appliesTo: 'meeting-leave.request',
  summary: '全体会议其他组成人员和列席人员不能参加会议的，经批准后安排本单位分管副职参加',
  check: ({ kind, isLeader, substitutePersonId, requesterPersonId }) => {
    const cites = ['yunyang-2025:49'];
    if (isLeader || kind === 'special') return { rule: 'meeting-leave.substitute', outcome: 'allow', cites, message: '第四十九条：县政府领导请假无须安排他人代会' };
    if (!substitutePersonId) return { rule: 'meeting-leave.substitute', outcome: 'block', cites, message: '第四十九条：不能参加会议的，应安排本单位分管副职参加，请写明参会的副职' };
    if (substitutePersonId === requesterPersonId) return { rule: 'meeting-leave.substitute', outcome: 'block', cites, message: '第四十九条：代为参会的副职不能是请假人本人' };
    return { rule: 'meeting-leave.substitute', outcome: 'allow', cites, message: '第四十九条：已安排本单位分管副职参加' };
  },
};

/** Art. 49: only whoever acts for the approving post decides (holder, AB角, 委托). */
export const meetingLeaveApproverActs: Rule<{ readonly acts: boolean; readonly approverTitle: string }> = {
  id: 'meeting-leave.approver',
  cites: [{ source: 'yunyang-2025', article: 49 }, { source: 'yunyang-2025', article: 5 }],
  appliesTo: 'meeting-leave.decide',
  summary: '会议请假向县长或主持会议的常务副县长请假（专题会议向主持人请假），由其批准',
  check: ({ acts, approverTitle }) =>
    acts
      ? { rule: 'meeting-leave.approver', outcome: 'allow', cites: ['yunyang-2025:49'], message: `第四十九条：由${approverTitle}批准` }
      : { rule: 'meeting-leave.approver', outcome: 'block', cites: ['yunyang-2025:49'], message: `第四十九条：此项会议请假应向${approverTitle}请假并由其批准，您无权审批` },
};

export interface MeetingLeaveOfficeFacts {
  readonly command: MeetingLeaveCommand;
  /** The request still waits for the office's 转呈. */
  readonly atOffice: boolean;
  /** The actor acts now for a post of the county government office. */
  readonly actsForOffice: boolean;
}

/**
 * Art. 49: a non-leader's request goes to the county government office, which passes it to the
 * 县长 or the presiding 常务副县长 (转呈) or returns it (退回); nobody approves it before then.
 */
export const meetingLeaveOfficeForwards: Rule<MeetingLeaveOfficeFacts> = {
  id: 'meeting-leave.office-forwards',
  cites: [{ source: 'yunyang-2025', article: 49 }],
  appliesTo: 'meeting-leave.forward',
  summary: '县政府全体会议其他组成人员和列席人员不能参加会议的，向县政府办公室请假，由县政府办公室报县长或主持会议的常务副县长批准',
  check: ({ command, atOffice, actsForOffice }) => {
    const cites = ['yunyang-2025:49'];
    if (command === 'approve' || command === 'reject') {
      return atOffice
        ? { rule: 'meeting-leave.office-forwards', outcome: 'block', cites, message: '第四十九条：县政府领导以外的人员向县政府办公室请假，经县政府办公室报县长或主持会议的常务副县长批准；办公室尚未转呈，不能审批' }
        : { rule: 'meeting-leave.office-forwards', outcome: 'allow', cites, message: '第四十九条：请假已报审批人' };
    }
    return actsForOffice
      ? { rule: 'meeting-leave.office-forwards', outcome: 'allow', cites, message: `第四十九条：由县政府办公室${command === 'forward' ? '报县长或主持会议的常务副县长批准' : '退回请假人'}` }
      : { rule: 'meeting-leave.office-forwards', outcome: 'block', cites, message: '第四十九条：此项请假向县政府办公室提出，由县政府办公室转呈县长或主持会议的常务副县长批准；只有县政府办公室可以转呈或退回' };
  },
};

export type MeetingLeaveDecision =
  | { readonly ok: true; readonly status: MeetingLeaveStatus; readonly verdicts: readonly Verdict[] }
  | { readonly ok: false; readonly code: 'INVALID_STATE' | 'RULE_BLOCKED'; readonly message: string; readonly verdicts: readonly Verdict[] };

const ALREADY: Readonly<Record<MeetingLeaveStatus, string>> = {
  'at-office': '该请假尚待办公室转呈', requested: '该请假已转呈', approved: '该请假已审批', rejected: '该请假已审批', 'sent-back': '该请假已被办公室退回',
};

/** Decides 转呈 / 退回 (the office) and 批准 / 不批准 (the approver) on a meeting leave request (art. 49). Pure. */
export function decideMeetingLeaveCommand(
  status: MeetingLeaveStatus, command: MeetingLeaveCommand, ctx: { readonly actsForOffice: boolean; readonly actsForApprover: boolean; readonly approverTitle: string },
): MeetingLeaveDecision {
  const deciding = command === 'approve' || command === 'reject';
  const t = MEETING_LEAVE_TRANSITIONS[status][command];
  // Deciding before the office passed the request on is refused citing art. 49, not as a bare state error.
  if (!t && !(deciding && status === 'at-office')) return { ok: false, code: 'INVALID_STATE', message: ALREADY[status], verdicts: [] };
  const office = meetingLeaveOfficeForwards.check({ command, atOffice: status === 'at-office', actsForOffice: ctx.actsForOffice });
  if (office.outcome === 'block' || !t) return { ok: false, code: 'RULE_BLOCKED', message: office.message, verdicts: [office] };
  if (!deciding) return { ok: true, status: t.to, verdicts: [office] };
  const approver = meetingLeaveApproverActs.check({ acts: ctx.actsForApprover, approverTitle: ctx.approverTitle });
  if (approver.outcome === 'block') return { ok: false, code: 'RULE_BLOCKED', message: approver.message, verdicts: [approver] };
  return { ok: true, status: t.to, verdicts: [office, approver] };
}

export const MEETING_LEAVE_RULES = [meetingLeaveSubstitute, meetingLeaveApproverActs, meetingLeaveOfficeForwards] as const;
