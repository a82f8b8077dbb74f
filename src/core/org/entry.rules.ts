import type { Rule } from '../rules/rule.ts';

const C5 = ['yunyang-2025:5'];

/** The actions whose decision a leader's secretary may enter on the leader's behalf (代录). */
export const ENTRY_ACTIONS = { 'leave.approve': '批准请假', 'leave.reject': '不批准请假', 'task.complete': '办结待办' } as const;
export type EntryAction = keyof typeof ENTRY_ACTIONS;

export interface EntryFacts {
  readonly action: EntryAction;
  /** A secretary link from the actor to a post the leader holds, valid on the day of the action. */
  readonly linked: boolean;
  readonly secretaryName: string;
  readonly leaderName: string;
}

/**
 * SPEC §1 with art. 5 (县长负责制, 副县长按分工负责): a decision is the leader's own. A secretary may
 * enter it for the leader (代录) only under a secretary link valid at that instant; the decision is
 * recorded as the leader's and "entered by X for Y" — which is not acting authority (AB角, 委托).
 */
export const enteredOnBehalf: Rule<EntryFacts> = {
  id: 'entry.secretary-link',
  cites: [{ source: 'yunyang-2025', article: 5 }],
  appliesTo: 'entry.on-behalf',
  summary: '领导的决定可由其秘书代录，须有当时有效的代录关系；代录记为“某某代录（领导的决定）”，不同于AB角、委托的代为履职',
  check: ({ action, linked, secretaryName, leaderName }) =>
    linked
      ? { rule: 'entry.secretary-link', outcome: 'allow', cites: C5, message: `第五条：${secretaryName}代录${leaderName}的决定（${ENTRY_ACTIONS[action]}），决定人为${leaderName}` }
      : { rule: 'entry.secretary-link', outcome: 'block', cites: C5, message: `第五条：${secretaryName}没有代录${leaderName}决定的有效授权，不能代为录入；决定须由${leaderName}本人作出，或由依AB角、委托代为履职的领导作出` },
};

export interface SecretaryLinkFacts {
  readonly leaderKind: string | undefined;
  readonly secretaryHoldsPost: boolean;
  readonly validFrom: string;
  readonly validTo: string | null;
  readonly overlapsExisting: boolean;
}

const LEADER_KINDS = new Set(['county-head', 'acting-county-head', 'executive-deputy', 'deputy', 'party-member', 'principal']);

/** SPEC §1: a secretary link names a leader's post, someone who does not hold it, and a period. */
export const secretaryLinkValid: Rule<SecretaryLinkFacts> = {
  id: 'org.secretary-link-valid',
  cites: [{ source: 'yunyang-2025', article: 5 }],
  appliesTo: 'org.set-secretary',
  summary: '代录关系须指向县领导或部门、乡镇（街道）主要负责人岗位，由该岗位以外的人员担任，并载明起止日期',
  check: ({ leaderKind, secretaryHoldsPost, validFrom, validTo, overlapsExisting }) => {
    const problem =
      leaderKind === undefined || !LEADER_KINDS.has(leaderKind) ? '代录只适用于县领导和部门、乡镇（街道）主要负责人的岗位'
        : secretaryHoldsPost ? '任职者本人不需要代录'
          : validTo !== null && validTo < validFrom ? '截止日不能早于起始日'
            : overlapsExisting ? '该人员在这段时间已可代录该岗位的决定'
              : null;
    return problem === null
      ? { rule: 'org.secretary-link-valid', outcome: 'allow', cites: C5, message: '第五条：代录关系有效（代录不同于代为履职，决定仍属领导本人）' }
      : { rule: 'org.secretary-link-valid', outcome: 'block', cites: C5, message: `第五条：${problem}` };
  },
};

export const ENTRY_RULES = [enteredOnBehalf, secretaryLinkValid] as const;
