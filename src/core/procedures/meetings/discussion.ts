/**
 * The discussion record of a topic at a meeting: who spoke in what order, each member's opinion
 * (同意 / 不同意 / 保留, with reasons) and the chair's conclusion. For a major administrative decision
 * 《重大行政决策程序暂行条例》第三十条 applies: it is decided at the 常务会议 or 全体会议 (also art. 24),
 * the members speak fully and the 行政首长 speaks last, a decision against the majority states its
 * reasons at the meeting, and dissent is recorded as it was. Pure.
 */
import type { Rule, Verdict } from '../../rules/rule.ts';
import type { MeetingKind, TopicCategory } from './meetings.ts';

/** A member's opinion; units attending for their topic report (汇报) and do not count. */
export type Opinion = 'agree' | 'disagree' | 'reserve' | 'report';
export const OPINION_LABELS: Readonly<Record<Opinion, string>> = { agree: '同意', disagree: '不同意', reserve: '保留意见', report: '汇报说明' };

export type ConclusionOutcome = 'adopted' | 'amended' | 'not-adopted' | 'deferred';
export const CONCLUSION_LABELS: Readonly<Record<ConclusionOutcome, string>> = { adopted: '原则通过', amended: '修改后通过', 'not-adopted': '不予通过', deferred: '暂缓研究' };

export interface Speech {
  readonly order: number;
  readonly personId: string;
  readonly personName: string;
  /** The post spoken from (a stand-in's post, or the member post the substitute attends for). */
  readonly positionTitle: string;
  readonly role: 'member' | 'attendee';
  /** The speaker acts for the 县长's post at the meeting (the 行政首长 of 条例第三十条). */
  readonly head: boolean;
  readonly opinion: Opinion;
  readonly remarks: string;
  readonly at: string;
}

export interface Conclusion {
  readonly text: string;
  readonly outcome: ConclusionOutcome;
  readonly reasonAgainstMajority: string;
  readonly concludedByName: string;
  readonly at: string;
}

const C30 = ['major-decision-2019:30'];
const isMajor = (c: TopicCategory) => c === 'major-decision';

/** Dissent is recorded with its reasons (条例第三十条：不同意见应当如实载明). */
export const opinionReasons: Rule<{ readonly role: 'member' | 'attendee'; readonly opinion: Opinion; readonly remarks: string }> = {
  id: 'discussion.opinion-reasons',
  cites: [{ source: 'major-decision-2019', article: 30 }],
  appliesTo: 'discussion.speak',
  summary: '会议组成人员充分发表意见；不同意、保留意见须载明理由',
  check: ({ role, opinion, remarks }) => {
    if (role === 'member' && opinion === 'report') return { rule: 'discussion.opinion-reasons', outcome: 'block', cites: C30, message: '第三十条：会议组成人员须发表同意、不同意或保留意见' };
    if (role === 'attendee' && opinion !== 'report') return { rule: 'discussion.opinion-reasons', outcome: 'block', cites: C30, message: '列席人员汇报说明议题，不参与表态' };
    if ((opinion === 'disagree' || opinion === 'reserve') && remarks.trim().length < 4) {
      return { rule: 'discussion.opinion-reasons', outcome: 'block', cites: C30, message: `《重大行政决策程序暂行条例》第三十条：不同意见应当如实载明——“${OPINION_LABELS[opinion]}”须写明理由` };
    }
    return { rule: 'discussion.opinion-reasons', outcome: 'allow', cites: C30, message: `已记录：${OPINION_LABELS[opinion]}` };
  },
};

/** 条例第三十条：行政首长最后发表意见 — for a major decision nobody speaks after the head. */
export const headSpeaksLast: Rule<{ readonly category: TopicCategory; readonly speeches: readonly Speech[]; readonly concluding: boolean }> = {
  id: 'discussion.head-last',
  cites: [{ source: 'major-decision-2019', article: 30 }],
  appliesTo: 'discussion.speak',
  summary: '讨论重大行政决策草案，会议组成人员充分发表意见，行政首长最后发表意见',
  check: ({ category, speeches, concluding }) => {
    const rule = 'discussion.head-last';
    if (!isMajor(category)) return { rule, outcome: 'allow', cites: C30, message: '非重大行政决策事项，发言顺序不限' };
    const members = speeches.filter((s) => s.role === 'member');
    const headAt = members.findIndex((s) => s.head);
    if (!concluding) {
      return headAt >= 0
        ? { rule, outcome: 'block', cites: C30, message: '《重大行政决策程序暂行条例》第三十条：行政首长已最后发表意见，其他组成人员不能在其后发言' }
        : { rule, outcome: 'allow', cites: C30, message: '第三十条：会议组成人员充分发表意见，行政首长最后发表意见' };
    }
    if (headAt < 0) return { rule, outcome: 'block', cites: C30, message: '《重大行政决策程序暂行条例》第三十条：行政首长尚未发表意见，不能形成结论' };
    if (members.length < 2) return { rule, outcome: 'block', cites: C30, message: '《重大行政决策程序暂行条例》第三十条：会议组成人员应当充分发表意见，行政首长最后发表意见；其他组成人员尚未发言' };
    return { rule, outcome: 'allow', cites: C30, message: `第三十条：${members.length - 1}名组成人员发表意见后，行政首长最后发表意见` };
  },
};

/** How the members' opinions fall. */
export function tally(speeches: readonly Speech[]): { agree: number; disagree: number; reserve: number; members: number } {
  const m = speeches.filter((s) => s.role === 'member');
  return { agree: m.filter((s) => s.opinion === 'agree').length, disagree: m.filter((s) => s.opinion === 'disagree').length, reserve: m.filter((s) => s.opinion === 'reserve').length, members: m.length };
}

/**
 * 条例第三十条：a decision that departs from the majority of the members states its reasons at the
 * meeting. Required (block) for a major decision; for other topics the record asks for it (warn).
 */
export const againstMajority: Rule<{ readonly category: TopicCategory; readonly speeches: readonly Speech[]; readonly outcome: ConclusionOutcome; readonly reason: string }> = {
  id: 'discussion.against-majority',
  cites: [{ source: 'major-decision-2019', article: 30 }],
  appliesTo: 'discussion.conclude',
  summary: '行政首长拟作出的决定与会议组成人员多数人的意见不一致的，应当在会上说明理由',
  check: ({ category, speeches, outcome, reason }) => {
    const rule = 'discussion.against-majority';
    const t = tally(speeches);
    const passes = outcome === 'adopted' || outcome === 'amended';
    const against = outcome !== 'deferred' && t.members > 0 && (passes ? t.disagree * 2 > t.members : t.agree * 2 > t.members);
    const counts = `同意${t.agree}、不同意${t.disagree}、保留${t.reserve}`;
    if (!against) return { rule, outcome: 'allow', cites: C30, message: `组成人员意见：${counts}；结论与多数意见一致` };
    if (reason.trim().length >= 4) return { rule, outcome: 'allow', cites: C30, message: `组成人员意见：${counts}；结论与多数意见不一致，已说明理由` };
    return {
      rule, outcome: isMajor(category) ? 'block' : 'warn', cites: C30,
      message: `《重大行政决策程序暂行条例》第三十条：结论与组成人员多数意见（${counts}）不一致，应当在会上说明理由${isMajor(category) ? '' : '（非重大行政决策，建议说明）'}`,
    };
  },
};

/** Art. 24 and 条例第三十条: a major decision, or a normative document, is decided at the 全体会议 or 常务会议. */
export const collectiveForum: Rule<{ readonly category: TopicCategory; readonly kind: MeetingKind }> = {
  id: 'discussion.collective-forum',
  cites: [{ source: 'yunyang-2025', article: 24 }, { source: 'major-decision-2019', article: 30 }],
  appliesTo: 'discussion.conclude',
  summary: '重大行政决策、政府行政规范性文件须经县政府全体会议或常务会议讨论决定',
  check: ({ category, kind }) => {
    const cites = ['yunyang-2025:24', 'major-decision-2019:30'];
    if (category === 'general' || kind === 'plenary' || kind === 'executive') return { rule: 'discussion.collective-forum', outcome: 'allow', cites, message: '第二十四条：在县政府全体会议或常务会议讨论决定' };
    return { rule: 'discussion.collective-forum', outcome: 'block', cites, message: `第二十四条：${category === 'normative' ? '政府行政规范性文件' : '重大行政决策事项'}须经县政府全体会议或常务会议讨论决定，不能在本次会议作出结论` };
  },
};

export const DISCUSSION_RULES = [opinionReasons, headSpeaksLast, againstMajority, collectiveForum] as const;

/** Whether a conclusion may be recorded now, and the verdicts that say why. Pure. */
export function decideConclusion(facts: { category: TopicCategory; kind: MeetingKind; speeches: readonly Speech[]; outcome: ConclusionOutcome; reason: string }): { ok: boolean; verdicts: readonly Verdict[] } {
  const verdicts = [
    collectiveForum.check(facts),
    headSpeaksLast.check({ category: facts.category, speeches: facts.speeches, concluding: true }),
    againstMajority.check(facts),
  ];
  return { ok: verdicts.every((v) => v.outcome !== 'block'), verdicts };
}
