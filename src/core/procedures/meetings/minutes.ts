/**
 * Minutes (纪要, art. 50) of a meeting held: drafted by the office; for the 全体会议, 常务会议 and
 * 县长办公会议 reviewed by the 常务副县长 and signed by the 县长; for a special-topic meeting, where
 * made, signed by the deputy in charge. Each decision of signed minutes becomes a tracked 待办 of
 * its lead unit (arts. 28, 41).
 */
import type { Rule } from '../../rules/rule.ts';
import type { MeetingKind } from './meetings.ts';

export type MinutesStatus = 'drafting' | 'reviewing' | 'signing' | 'signed';

export interface MinutesDecision {
  readonly text: string;
  /** The lead unit (主办) and the co-units (协办). */
  readonly leadBodyId: string;
  readonly coBodyIds: readonly string[];
  readonly dueWorkdays: number;
}

/** Who does the next step of the minutes: the office, the 常务副县长 reviewing, the 县长 (or the deputy in charge) signing. */
export function minutesSteps(kind: MeetingKind): readonly MinutesStatus[] {
  return kind === 'special' ? ['drafting', 'signing', 'signed'] : ['drafting', 'reviewing', 'signing', 'signed'];
}

export function nextMinutesStatus(kind: MeetingKind, status: MinutesStatus): MinutesStatus | null {
  const steps = minutesSteps(kind);
  const i = steps.indexOf(status);
  return i >= 0 && i < steps.length - 1 ? steps[i + 1]! : null;
}

export const MINUTES_STATUS_LABELS: Readonly<Record<MinutesStatus, string>> = { drafting: '办公室起草', reviewing: '常务副县长审核', signing: '待签发', signed: '已签发' };

/** Art. 50: each step by the post the article names, in order — nobody signs before the review. */
export const minutesInOrder: Rule<{ readonly kind: MeetingKind; readonly status: MinutesStatus; readonly actsForStep: boolean; readonly stepTitle: string }> = {
  id: 'minutes.in-order',
  cites: [{ source: 'yunyang-2025', article: 50 }],
  appliesTo: 'minutes.advance',
  summary: '会议纪要由县政府办公室按程序办文后送常务副县长审核，呈县长签发；专题会议纪要送分管副县长签发',
  check: ({ kind, status, actsForStep, stepTitle }) => {
    const cites = ['yunyang-2025:50'];
    const order = kind === 'special' ? '县政府办公室起草，送分管副县长签发' : '县政府办公室起草，送常务副县长审核，呈县长签发';
    return actsForStep
      ? { rule: 'minutes.in-order', outcome: 'allow', cites, message: `第五十条：${order}；本环节由${stepTitle}办理` }
      : { rule: 'minutes.in-order', outcome: 'block', cites, message: `第五十条：会议纪要${order}；当前环节（${MINUTES_STATUS_LABELS[status]}）应由${stepTitle}办理，您不能办理` };
  },
};

/** Arts. 28, 41: a decision is carried out by a named lead unit within a time limit. */
export const decisionsAssigned: Rule<{ readonly decisions: readonly MinutesDecision[] }> = {
  id: 'minutes.decisions-assigned',
  cites: [{ source: 'yunyang-2025', article: 41 }],
  appliesTo: 'minutes.draft',
  summary: '会议议定事项明确主办单位、协办单位和办理时限，签发后转为督办任务',
  check: ({ decisions }) => {
    const bad = decisions.findIndex((d) => d.text.trim().length < 4 || !d.leadBodyId || d.dueWorkdays < 1);
    return bad >= 0
      ? { rule: 'minutes.decisions-assigned', outcome: 'block', cites: ['yunyang-2025:41'], message: `第四十一条：第${bad + 1}项议定事项须写明内容、主办单位和办理时限` }
      : { rule: 'minutes.decisions-assigned', outcome: 'allow', cites: ['yunyang-2025:41'], message: `第四十一条：${decisions.length}项议定事项均已明确主办单位和办理时限，签发后转为督办任务` };
  },
};

export const MINUTES_RULES = [minutesInOrder, decisionsAssigned] as const;
