import type { Rule } from '../../core/rules/rule.ts';
import { packInForce } from '../../core/rules/pack-rules.ts';
import { TASK_RULES } from '../../core/procedures/tasks/tasks.rules.ts';
import { LEAVE_REQUEST_RULES, leaveApproverActs } from '../../core/procedures/leave/leave.rules.ts';
import { emergencyReportToHead } from '../../core/org/emergency.rules.ts';
import { ORG_RULES } from '../../core/org/org.rules.ts';
import { DOCUMENT_RULES } from '../../core/procedures/documents/documents.rules.ts';
import { INCOMING_RULES } from '../../core/procedures/incoming/incoming.rules.ts';
import { MEETING_RULES } from '../../core/procedures/meetings/meetings.rules.ts';
import { ATTENDANCE_RULES } from '../../core/procedures/meetings/attendance.ts';
import { DISCUSSION_RULES } from '../../core/procedures/meetings/discussion.ts';
import { studyBeforeExecutive } from '../../core/procedures/meetings/study.ts';
import { leaveOfficeForwards } from '../../core/procedures/leave/leave.rules.ts';
import { ENTRY_RULES } from '../../core/org/entry.rules.ts';
import { AUDIT_FINDING_RULES } from '../../core/procedures/audit-findings/audit-findings.rules.ts';
import { MEETING_APPROVAL_RULES } from '../../core/procedures/meeting-approvals/meeting-approvals.rules.ts';
import { KEY_WORK_RULES } from '../../core/procedures/key-work/key-work.rules.ts';
import { CONSULTATION_RULES } from '../../core/procedures/consultations/consultations.rules.ts';
import { NORMATIVE_RULES } from '../../core/procedures/normative/normative.rules.ts';
import { MAJOR_DECISION_RULES } from '../../core/procedures/major-decisions/major-decisions.rules.ts';

/**
 * Every rule the system enforces under this pack, listed explicitly (no registration by import
 * side effect). The coverage test checks this list against the article catalogue both ways.
 */
export const YUNYANG_2025_RULES: readonly Rule<never>[] = [packInForce, ...TASK_RULES, ...LEAVE_REQUEST_RULES, leaveApproverActs, emergencyReportToHead, ...ORG_RULES, leaveOfficeForwards, ...ENTRY_RULES, ...DOCUMENT_RULES, ...AUDIT_FINDING_RULES, ...INCOMING_RULES, ...MEETING_RULES, ...ATTENDANCE_RULES, ...DISCUSSION_RULES, studyBeforeExecutive, ...MEETING_APPROVAL_RULES, ...KEY_WORK_RULES, ...CONSULTATION_RULES, ...NORMATIVE_RULES, ...MAJOR_DECISION_RULES] as readonly Rule<never>[];
