import type { KeyWorkCommandType, KeyWorkStanding, KeyWorkStatus } from './key-work.ts';

type Transition = { readonly to: KeyWorkStatus; readonly guards: readonly string[]; readonly permission: string };

const QUARTER = 'key-work.quarter-open';
const REPORT: Transition = { to: 'in-progress', guards: [QUARTER, 'key-work.progress-reporter'], permission: 'meeting:read' };
const COMPLETE: Transition = { to: 'completed', guards: [QUARTER, 'key-work.progress-reporter'], permission: 'meeting:read' };
const edit = (to: KeyWorkStatus): Transition => ({ to, guards: [QUARTER, 'key-work.item-assigned', 'key-work.due-in-quarter'], permission: 'meeting:organise' });
// The item carried over stays as it stood; the carried copy in the current quarter starts from its status.
const carry = (to: KeyWorkStatus): Transition => ({ to, guards: ['key-work.carry-over'], permission: 'meeting:organise' });
const REOPEN: Transition = { to: 'in-progress', guards: [QUARTER], permission: 'meeting:organise' };

/**
 * A key-work item's stored status, one exhaustive table. Progress reports move it to 推进中 or
 * 已完成; the office edits it while its quarter runs; an unfinished one is carried over once its
 * quarter has ended. 已完成 stands unless the office reopens it, with a reason, while its quarter
 * runs (a completion reported by mistake); it is then 推进中 again.
 */
export const KEY_WORK_TRANSITIONS: Readonly<Record<KeyWorkStatus, Partial<Record<KeyWorkCommandType, Transition>>>> = {
  'not-started': { report: REPORT, complete: COMPLETE, edit: edit('not-started'), 'carry-over': carry('not-started') },
  'in-progress': { report: REPORT, complete: COMPLETE, edit: edit('in-progress'), 'carry-over': carry('in-progress') },
  completed: { edit: edit('completed'), reopen: REOPEN },
};

export const KEY_WORK_STATUS_LABELS: Readonly<Record<KeyWorkStatus, string>> = { 'not-started': '未启动', 'in-progress': '推进中', completed: '已完成' };

export const KEY_WORK_STANDING_LABELS: Readonly<Record<KeyWorkStanding, string>> = { ...KEY_WORK_STATUS_LABELS, lagging: '滞后' };

export const KEY_WORK_COMMAND_LABELS: Readonly<Record<KeyWorkCommandType, string>> = {
  report: '报送推进情况', complete: '报送完成情况', edit: '调整事项', 'carry-over': '挂单转入本季度', reopen: '重新打开',
};

/** The office's commands; reports are the lead unit's principal's or the office's. */
export const OFFICE_COMMANDS: ReadonlySet<KeyWorkCommandType> = new Set(['edit', 'carry-over', 'reopen']);
