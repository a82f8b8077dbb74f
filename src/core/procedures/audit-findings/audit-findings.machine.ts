import type { FindingCommandType, FindingStatus } from './audit-findings.ts';

type Transition = { readonly to: FindingStatus | 'same'; readonly guards: readonly string[]; readonly permission: string };

const REPORT: Transition = { to: 'reported', guards: ['audit.rectification-reported'], permission: 'authenticated' };
const RECTIFIED: Transition = { to: 'rectified', guards: ['audit.independent'], permission: 'authenticated' };
const NOT_RECTIFIED: Transition = { to: 'not-rectified', guards: ['audit.independent'], permission: 'authenticated' };
const FOLLOW_UP: Transition = { to: 'rectifying', guards: ['audit.independent'], permission: 'authenticated' };
const AMEND: Transition = { to: 'same', guards: ['audit.independent'], permission: 'authenticated' };

/**
 * The rectification register's state machine, one exhaustive table. Reports may be added while the
 * finding is open (several reports are normal); 已整改 closes it, and only a follow-up by the audit
 * bureau reopens it. Amending the text keeps the status (`same`).
 */
export const FINDING_TRANSITIONS: Readonly<Record<FindingStatus, Partial<Record<FindingCommandType, Transition>>>> = {
  rectifying: { report: REPORT, 'mark-rectified': RECTIFIED, 'mark-not-rectified': NOT_RECTIFIED, 'follow-up': FOLLOW_UP, amend: AMEND },
  reported: { report: REPORT, 'mark-rectified': RECTIFIED, 'mark-not-rectified': NOT_RECTIFIED, 'follow-up': FOLLOW_UP, amend: AMEND },
  'not-rectified': { report: REPORT, 'mark-rectified': RECTIFIED, 'follow-up': FOLLOW_UP, amend: AMEND },
  rectified: { 'follow-up': FOLLOW_UP, amend: AMEND },
};

export const FINDING_STATUS_LABELS: Readonly<Record<FindingStatus, string>> = {
  rectifying: '整改中',
  reported: '已报送整改情况',
  rectified: '已整改',
  'not-rectified': '未整改到位',
};

export const FINDING_COMMAND_LABELS: Readonly<Record<FindingCommandType, string>> = {
  report: '报送整改情况',
  'mark-rectified': '认定已整改',
  'mark-not-rectified': '认定未整改到位',
  'follow-up': '追加整改要求',
  amend: '修改审计发现',
};

/** The audit bureau's commands (art. 9); `report` is the audited body's (art. 35). */
export const BUREAU_COMMANDS: ReadonlySet<FindingCommandType> = new Set(['mark-rectified', 'mark-not-rectified', 'follow-up', 'amend']);
