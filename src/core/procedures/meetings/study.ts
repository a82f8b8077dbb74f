/**
 * Collective study before a 常务会议 (art. 46(十五)), including the 常务会议学法制度 of art. 17: the
 * office schedules it with its subject and speaker, and records it once held. The rules make it
 * optional ("根据需要可安排"), so nothing is refused for its absence; the meetings page counts the
 * year's law-study sessions so the 学法制度 is visible. Pure.
 */
import type { Rule } from '../../rules/rule.ts';
import type { MeetingKind } from './meetings.ts';

export const STUDY_KINDS = ['law', 'integrity', 'party-discipline', 'directives'] as const;
export type StudyKind = (typeof STUDY_KINDS)[number];
export const STUDY_KIND_LABELS: Readonly<Record<StudyKind, string>> = {
  law: '集体学法', integrity: '专题党风廉政建设', 'party-discipline': '党性党纪教育', directives: '学习传达上级指示和决定',
};

/** Art. 46(十五): collective study is arranged before a 常务会议 studies its topics. */
export const studyBeforeExecutive: Rule<{ readonly kind: MeetingKind }> = {
  id: 'meeting.study',
  cites: [{ source: 'yunyang-2025', article: 46, clause: 15 }],
  appliesTo: 'meeting.study',
  summary: '根据需要可在县政府常务会议研究和讨论议题前安排集体学习，原则上可安排集体学法、专题党风廉政建设、党性党纪教育等',
  check: ({ kind }) =>
    kind === 'executive'
      ? { rule: 'meeting.study', outcome: 'allow', cites: ['yunyang-2025:46(15)'], message: '第四十六条第（十五）项：常务会议研究和讨论议题前安排集体学习' }
      : { rule: 'meeting.study', outcome: 'block', cites: ['yunyang-2025:46(15)'], message: '第四十六条第（十五）项：会前集体学习安排在县政府常务会议研究和讨论议题前' },
};
