import type { Rule } from '../../rules/rule.ts';
import type { LeaveRequestFacts } from './leave.ts';

const C59 = ['yunyang-2025:59'];

/** Art. 59 covers county leaders and the principals of departments, towns and streets. */
export const leaveScope: Rule<LeaveRequestFacts> = {
  id: 'leave.scope',
  cites: [{ source: 'yunyang-2025', article: 59 }],
  appliesTo: 'leave.request',
  summary: '第五十九条规定县政府领导及部门、乡镇（街道）主要负责人外出请假；其他人员由所在单位按制度办理',
  check: ({ role }) =>
    role === 'other'
      ? { rule: 'leave.scope', outcome: 'block', cites: C59, message: '第五十九条：本系统办理县政府领导和部门、乡镇（街道）主要负责人的外出请假；您的请假请按所在单位的制度办理' }
      : { rule: 'leave.scope', outcome: 'allow', cites: C59, message: '第五十九条：属于须向县政府请假的人员' },
};

/** A principal who leaves the county asks at least N days ahead; a late request states why and is flagged. */
export const leaveNotice: Rule<LeaveRequestFacts> = {
  id: 'leave.principal-notice',
  cites: [{ source: 'yunyang-2025', article: 59 }],
  appliesTo: 'leave.request',
  summary: '部门和乡镇（街道）主要负责人离云外出，应提前3天向县政府请假；逾期提出的须说明理由并予以提示',
  check: ({ role, daysAhead, noticeDays, lateReason }) => {
    if (role !== 'principal' || daysAhead >= noticeDays) {
      return { rule: 'leave.principal-notice', outcome: 'allow', cites: C59, message: `第五十九条：已提前${daysAhead}天提出` };
    }
    if (!lateReason || lateReason.trim().length < 2) {
      return { rule: 'leave.principal-notice', outcome: 'block', cites: C59, message: `第五十九条：主要负责人离云外出应提前${noticeDays}天请假，本次仅提前${Math.max(daysAhead, 0)}天，须填写未能提前请假的原因` };
    }
    return { rule: 'leave.principal-notice', outcome: 'warn', cites: C59, message: `第五十九条：主要负责人离云外出应提前${noticeDays}天请假，本次仅提前${Math.max(daysAhead, 0)}天（原因：${lateReason.trim()}），已记录` };
  },
};

/** A principal names who presides over the unit meanwhile — someone other than themself. */
export const leavePresiding: Rule<LeaveRequestFacts> = {
  id: 'leave.presiding-named',
  cites: [{ source: 'yunyang-2025', article: 59 }],
  appliesTo: 'leave.request',
  summary: '主要负责人请假须明确外出期间主持工作的负责人',
  check: ({ role, presidingPersonId, requesterPersonId }) => {
    if (role !== 'principal') return { rule: 'leave.presiding-named', outcome: 'allow', cites: C59, message: '第五十九条：无须指定主持工作的负责人' };
    if (!presidingPersonId) return { rule: 'leave.presiding-named', outcome: 'block', cites: C59, message: '第五十九条：请明确外出期间主持工作的负责人' };
    if (presidingPersonId === requesterPersonId) return { rule: 'leave.presiding-named', outcome: 'block', cites: C59, message: '第五十九条：主持工作的负责人不能是请假人本人' };
    return { rule: 'leave.presiding-named', outcome: 'allow', cites: C59, message: '第五十九条：已明确主持工作的负责人' };
  },
};

export const LEAVE_REQUEST_RULES: readonly Rule<LeaveRequestFacts>[] = [leaveScope, leaveNotice, leavePresiding];

export interface LeaveDecisionFacts {
  /** The actor acts for the approver position right now (holder or stand-in). */
  readonly actsForApprover: boolean;
  readonly approverTitle: string;
}

/** Only whoever acts for the approving position (the 县长, or the county leader in charge) decides. */
export const leaveApproverActs: Rule<LeaveDecisionFacts> = {
  id: 'leave.approver-acts',
  cites: [{ source: 'yunyang-2025', article: 59 }, { source: 'yunyang-2025', article: 5 }],
  appliesTo: 'leave.approve',
  summary: '请假由规定的审批人审批；审批人外出时由依AB角或委托代为履职的领导审批',
  check: ({ actsForApprover, approverTitle }) =>
    actsForApprover
      ? { rule: 'leave.approver-acts', outcome: 'allow', cites: ['yunyang-2025:59', 'yunyang-2025:5'], message: `第五十九条：由${approverTitle}审批` }
      : { rule: 'leave.approver-acts', outcome: 'block', cites: ['yunyang-2025:59', 'yunyang-2025:5'], message: `第五十九条：此项请假应由${approverTitle}（或依AB角、委托代为履职的领导）审批，您无权审批` },
};

export interface LeaveOfficeFacts {
  /** The actor acts now for a post of the county government office (holder or stand-in). */
  readonly actsForOffice: boolean;
}

/**
 * Art. 59: a principal's request is reported to the county leader by the county government office
 * ("由县政府办公室报县政府领导同志批准"): only the office forwards (转呈) or returns (退回) it.
 */
export const leaveOfficeForwards: Rule<LeaveOfficeFacts> = {
  id: 'leave.office-forwards',
  cites: [{ source: 'yunyang-2025', article: 59 }],
  appliesTo: 'leave.forward',
  summary: '部门、乡镇（街道）主要负责人的请假由县政府办公室转呈县领导批准，或退回请假人',
  check: ({ actsForOffice }) =>
    actsForOffice
      ? { rule: 'leave.office-forwards', outcome: 'allow', cites: C59, message: '第五十九条：主要负责人的请假由县政府办公室报县政府领导同志批准' }
      : { rule: 'leave.office-forwards', outcome: 'block', cites: C59, message: '第五十九条：主要负责人的请假由县政府办公室报县政府领导同志批准，只有县政府办公室可以转呈或退回' },
};
