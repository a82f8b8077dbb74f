/**
 * Leave from a meeting (art. 49). County leaders who cannot attend a 全体会议, 常务会议 or 县长办公会议
 * ask the 县长, or the 常务副县长 presiding by the county head's 委托. Other members and the 列席
 * attendees ask the office; the 县长 or the presiding 常务副县长 approves, and they send their deputy
 * in charge (分管副职) instead. For a special-topic meeting, ask its chair.
 */
import type { Rule } from '../../rules/rule.ts';
import type { MeetingKind } from './meetings.ts';

export type MeetingLeaveStatus = 'requested' | 'approved' | 'rejected';

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

export const MEETING_LEAVE_RULES = [meetingLeaveSubstitute, meetingLeaveApproverActs] as const;
