import type { Verdict } from '../../rules/rule.ts';
import { KEY_WORK_COMMAND_LABELS, KEY_WORK_TRANSITIONS, OFFICE_COMMANDS } from './key-work.machine.ts';
import { keyWorkAssigned, keyWorkCarryOver, keyWorkDueInQuarter, keyWorkLagging, keyWorkQuarterOpen, keyWorkReporter, type AssignedFacts } from './key-work.rules.ts';
import { KEY_WORK_STANDINGS, type KeyWorkActor, type KeyWorkCommand, type KeyWorkStanding, type KeyWorkState, type KeyWorkStatus } from './key-work.ts';
import { judgedOn, quarterEnd, quarterEnded, quarterLabel, quarterOf, quarterStart, type Quarter } from './quarter.ts';

export type KeyWorkDecision =
  | { readonly ok: true; readonly status: KeyWorkStatus; readonly verdicts: readonly Verdict[] }
  | { readonly ok: false; readonly code: 'RULE_BLOCKED' | 'FORBIDDEN' | 'INVALID_STATE' | 'VALIDATION_FAILED'; readonly message: string; readonly fields?: readonly string[]; readonly verdicts: readonly Verdict[] };

export interface KeyWorkContext extends KeyWorkActor {
  readonly today: string;
  readonly leadBodyName: string;
}

/** Least length of the reason for reopening a completed item. */
const MIN_REOPEN_REASON = 4;

const invalid = (field: string, message: string, verdicts: readonly Verdict[] = []): KeyWorkDecision => ({ ok: false, code: 'VALIDATION_FAILED', message: `字段 ${field}：${message}`, fields: [field], verdicts });

/** A due date is a real day no earlier than today, nor before the quarter it is for. */
function dueProblem(dueDate: string, quarter: Quarter, today: string): string | null {
  if (dueDate < today) return '完成时限不能早于今天';
  if (dueDate < quarterStart(quarter)) return `完成时限不能早于${quarterLabel(quarter)}开始`;
  return null;
}

/**
 * Whether an item may go on a quarter's list, or be kept there as edited (art. 47): the quarter has
 * not ended, the lead unit has a principal to report and the leader in charge is a county leader;
 * a due date after the quarter's end is accepted with a warning. Pure.
 */
export function decideItem(quarter: Quarter, dueDate: string | undefined, facts: AssignedFacts, today: string, action: string): { ok: boolean; code?: 'RULE_BLOCKED' | 'VALIDATION_FAILED'; message?: string; fields?: readonly string[]; verdicts: readonly Verdict[] } {
  const open = keyWorkQuarterOpen.check({ quarterLabel: quarterLabel(quarter), ended: quarterEnded(quarter, today), action });
  if (open.outcome === 'block') return { ok: false, code: 'RULE_BLOCKED', message: open.message, verdicts: [open] };
  const verdicts: Verdict[] = [open, keyWorkAssigned.check(facts)];
  if (dueDate !== undefined) {
    const problem = dueProblem(dueDate, quarter, today);
    if (problem) return { ok: false, code: 'VALIDATION_FAILED', message: `字段 dueDate：${problem}`, fields: ['dueDate'], verdicts };
    verdicts.push(keyWorkDueInQuarter.check({ dueDate, quarterLabel: quarterLabel(quarter), quarterEnd: quarterEnd(quarter) }));
  }
  const blocked = verdicts.find((v) => v.outcome === 'block');
  return blocked ? { ok: false, code: 'RULE_BLOCKED', message: blocked.message, verdicts } : { ok: true, verdicts };
}

/**
 * Decides a command on an item. Pure. Who may act is decided first (art. 47: the lead unit's
 * principal or the office reports; the office keeps the list), so that someone outside learns the
 * rule rather than the state; then the quarter, the state and the input.
 */
export function decideKeyWorkCommand(state: KeyWorkState, command: KeyWorkCommand, ctx: KeyWorkContext): KeyWorkDecision {
  const label = KEY_WORK_COMMAND_LABELS[command.type];
  const verdicts: Verdict[] = [];
  if (OFFICE_COMMANDS.has(command.type)) {
    if (!ctx.isOffice) return { ok: false, code: 'FORBIDDEN', message: `第四十七条：重点工作清单由县政府办公室管理，您不能${label}`, verdicts };
  } else {
    const who = keyWorkReporter.check({ isOffice: ctx.isOffice, actsForLeadPrincipal: ctx.actsForLeadPrincipal, leadBodyName: ctx.leadBodyName });
    verdicts.push(who);
    if (who.outcome === 'block') return { ok: false, code: 'RULE_BLOCKED', message: who.message, verdicts };
  }
  const ended = quarterEnded(state.quarter, ctx.today);
  if (command.type === 'carry-over') {
    const to = quarterOf(ctx.today);
    const carry = keyWorkCarryOver.check({ status: state.status, fromLabel: quarterLabel(state.quarter), toLabel: quarterLabel(to), ended, carriedTo: state.carriedTo ? quarterLabel(state.carriedTo) : null });
    verdicts.push(carry);
    if (carry.outcome === 'block') return { ok: false, code: 'RULE_BLOCKED', message: carry.message, verdicts };
    if (command.dueDate < ctx.today) return invalid('dueDate', '完成时限不能早于今天', verdicts);
    verdicts.push(keyWorkDueInQuarter.check({ dueDate: command.dueDate, quarterLabel: quarterLabel(to), quarterEnd: quarterEnd(to) }));
  } else {
    const open = keyWorkQuarterOpen.check({ quarterLabel: quarterLabel(state.quarter), ended, action: label });
    verdicts.push(open);
    if (open.outcome === 'block') return { ok: false, code: 'RULE_BLOCKED', message: open.message, verdicts };
  }
  const t = KEY_WORK_TRANSITIONS[state.status][command.type];
  if (!t) return { ok: false, code: 'INVALID_STATE', message: command.type === 'reopen' ? '该重点工作尚未完成，无需重新打开' : `该重点工作已完成，不能${label}`, verdicts };
  if (command.type === 'reopen' && [...command.reason.trim()].length < MIN_REOPEN_REASON) return invalid('reason', `请写明重新打开的理由（不少于${MIN_REOPEN_REASON}字）`, verdicts);
  if ((command.type === 'report' || command.type === 'complete') && command.reportDate > ctx.today) return invalid('reportDate', '报送日期不能晚于今天', verdicts);
  return { ok: true, status: t.to, verdicts };
}

export interface Standing {
  readonly standing: KeyWorkStanding;
  /** The 滞后 explanation (第四十七条：完成时限为…), or null when not lagging. */
  readonly laggingReason: string | null;
  readonly verdict: Verdict;
}

/** How an item stands on `today`: a past quarter's item as it stood at the quarter's end (art. 47). Pure. */
export function standingOf(item: { readonly status: KeyWorkStatus; readonly dueDate: string; readonly quarter: Quarter }, today: string): Standing {
  const verdict = keyWorkLagging.check({
    status: item.status, dueDate: item.dueDate, judgedOn: judgedOn(item.quarter, today), quarterEnded: quarterEnded(item.quarter, today), quarterLabel: quarterLabel(item.quarter),
  });
  return verdict.outcome === 'warn' ? { standing: 'lagging', laggingReason: verdict.message, verdict } : { standing: item.status, laggingReason: null, verdict };
}

/** Counts by standing (未启动, 推进中, 已完成, 滞后 partition the list) and the total. */
export function countStandings(standings: readonly KeyWorkStanding[]): Readonly<Record<KeyWorkStanding, number>> & { readonly total: number } {
  const counts = Object.fromEntries(KEY_WORK_STANDINGS.map((s) => [s, standings.filter((x) => x === s).length])) as Record<KeyWorkStanding, number>;
  return { ...counts, total: standings.length };
}
