import { formatChineseDate } from '../kernel/time.ts';
import type { Rule } from '../rules/rule.ts';

export interface EmergencyReportInput {
  /** Due date of the report 待办 created with the record. */
  readonly reportDueDate: string;
}

/** Art. 6: an emergency handled without a meeting is reported to the 县长 promptly; the report is a tracked 待办. */
export const emergencyReportToHead: Rule<EmergencyReportInput> = {
  id: 'emergency.report-to-head',
  cites: [{ source: 'yunyang-2025', article: 6 }],
  appliesTo: 'emergency.record',
  summary: '副县长、党组成员处理紧急事项后应及时向县长报告；系统生成报告待办并逾期督办',
  check: ({ reportDueDate }) => ({
    rule: 'emergency.report-to-head', outcome: 'allow', cites: ['yunyang-2025:6'],
    message: `第六条：紧急事项处置后应及时向县长报告，已生成报告待办，于${formatChineseDate(reportDueDate)}前办结`,
  }),
};
