import { evaluate, permits, type Verdict } from '../../rules/rule.ts';
import { addDays } from '../../calendar/iso-date.ts';
import { meetingChair, TOPIC_ADMISSION_RULES, topicProcedureReady, type ChairFacts } from './meetings.rules.ts';
import type { MeetingKind, Readiness, TopicFacts } from './meetings.ts';

/** Whether a proposed topic may go to a county government meeting (arts. 20, 23, 46, 51). Pure. */
export function decideTopicAdmission(facts: TopicFacts, readiness: Readiness): { ok: boolean; verdicts: readonly Verdict[] } {
  const verdicts = [...evaluate(TOPIC_ADMISSION_RULES, facts), topicProcedureReady.check({ ...facts, readiness })];
  return { ok: permits(verdicts), verdicts };
}

/** Whether the chair named may chair this kind of meeting (arts. 45–48). Pure. */
export function decideChair(facts: ChairFacts): { ok: boolean; verdicts: readonly Verdict[] } {
  const v = meetingChair.check(facts);
  return { ok: v.outcome !== 'block', verdicts: [v] };
}

/** How many days before its date a regular meeting shows as 即将到期 (a display choice; the rules set no notice). */
export const DUE_SOON_DAYS = 7;

export interface HeldMeeting {
  readonly kind: MeetingKind;
  /** Local date (YYYY-MM-DD) of a meeting held or planned. */
  readonly date: string;
}

export interface CadenceStatus {
  readonly kind: MeetingKind;
  readonly state: 'ok' | 'due' | 'overdue' | 'as-needed';
  /** The date by which the next regular meeting should be held, when there is one. */
  readonly dueBy: string | null;
  readonly last: string | null;
  readonly message: string;
}


/**
 * When each regular meeting falls due (arts. 45–47): a 常务会议 every `executiveIntervalWeeks`
 * weeks after the last; a 县长办公会议 in the first month of each quarter; a 全体会议 at least once a
 * year. `due` within the last week before the date, `overdue` after it. Pure.
 */
export function meetingCadence(today: string, meetings: readonly HeldMeeting[], executiveIntervalWeeks: number): CadenceStatus[] {
  const lastOf = (kind: MeetingKind) => meetings.filter((m) => m.kind === kind && m.date <= today).map((m) => m.date).sort().at(-1) ?? null;
  const state = (dueBy: string): 'ok' | 'due' | 'overdue' => (today > dueBy ? 'overdue' : addDays(dueBy, -DUE_SOON_DAYS) <= today ? 'due' : 'ok');

  const lastExec = lastOf('executive');
  const execDue = lastExec ? addDays(lastExec, executiveIntervalWeeks * 7) : today;
  // A meeting already planned from today on settles it (its date is shown with it).
  const nextExec = meetings.filter((m) => m.kind === 'executive' && m.date > today).map((m) => m.date).sort()[0] ?? null;
  const execPlanned = nextExec !== null;
  const execState = execPlanned ? 'ok' : state(execDue);

  const year = Number(today.slice(0, 4));
  const quarterStartMonth = Math.floor((Number(today.slice(5, 7)) - 1) / 3) * 3 + 1;
  const qStart = `${year}-${String(quarterStartMonth).padStart(2, '0')}-01`;
  const qFirstMonthEnd = addDays(`${year}-${String(quarterStartMonth + 1).padStart(2, '0')}-01`, -1);
  const headHeld = meetings.some((m) => m.kind === 'head-office' && m.date >= qStart && m.date <= addDays(qStart, 92));
  const headState = headHeld ? 'ok' : state(qFirstMonthEnd);

  const plenaryHeld = meetings.some((m) => m.kind === 'plenary' && m.date.startsWith(String(year)));
  const yearEnd = `${year}-12-31`;
  const plenaryState = plenaryHeld ? 'ok' : state(yearEnd);

  return [
    {
      kind: 'executive', state: execState, dueBy: execDue, last: lastExec,
      message: execPlanned ? `第四十六条：常务会议一般每${executiveIntervalWeeks}周召开1次；已安排${nextExec}召开${nextExec > execDue ? `（晚于${execDue}）` : ''}` : `第四十六条：常务会议一般每${executiveIntervalWeeks}周召开1次；${lastExec ? `上次${lastExec}，` : '尚无记录，'}应于${execDue}前召开`,
    },
    {
      kind: 'head-office', state: headState, dueBy: headHeld ? null : qFirstMonthEnd, last: lastOf('head-office'),
      message: headHeld ? '第四十七条：本季度县长办公会议已召开或已安排' : `第四十七条：县长办公会议原则上每季度初召开1次，本季度应于${qFirstMonthEnd}前召开`,
    },
    {
      kind: 'plenary', state: plenaryState, dueBy: plenaryHeld ? null : yearEnd, last: lastOf('plenary'),
      message: plenaryHeld ? '第四十五条：本年度全体会议已召开或已安排' : `第四十五条：全体会议一般每年召开1—2次，本年度尚未召开`,
    },
    { kind: 'special', state: 'as-needed', dueBy: null, last: lastOf('special'), message: '第四十八条：专题会议根据需要不定期召开' },
  ];
}
