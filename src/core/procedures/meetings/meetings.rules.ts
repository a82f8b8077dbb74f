import type { Rule, Verdict } from '../../rules/rule.ts';
import { MEETING_KIND_LABELS, type MeetingKind, type Readiness, type TopicFacts } from './meetings.ts';
import { MINUTES_RULES } from './minutes.ts';
import { MEETING_LEAVE_RULES } from './meeting-leave.ts';
import { COUNTY_LEADER_KINDS as LEADERS } from '../../org/org.ts';

const C46 = ['yunyang-2025:46'];
const C51 = ['yunyang-2025:51(1)'];

/** Art. 46: a topic without substance or without a clear recommendation is not put to the meeting. */
export const topicSubstance: Rule<TopicFacts> = {
  id: 'topic.substance',
  cites: [{ source: 'yunyang-2025', article: 46 }],
  appliesTo: 'topic.admit',
  summary: '没有实质性内容、没有明确意见的议题一律不提交会议',
  check: ({ summary, recommendation }) => {
    if (summary.trim().length < 20) return { rule: 'topic.substance', outcome: 'block', cites: C46, message: '第四十六条：议题没有实质性内容的不提交会议——请写明议题的背景、问题和依据（不少于20字）' };
    if (recommendation.trim().length < 6) return { rule: 'topic.substance', outcome: 'block', cites: C46, message: '第四十六条：没有明确意见的议题不提交会议——请写明提请会议研究决定的具体意见' };
    return { rule: 'topic.substance', outcome: 'allow', cites: C46, message: '第四十六条：议题有实质性内容和明确意见' };
  },
};

/** Art. 46: a topic on which the units concerned still disagree is not put to the meeting. */
export const topicNoDisagreement: Rule<TopicFacts> = {
  id: 'topic.no-disagreement',
  cites: [{ source: 'yunyang-2025', article: 46 }],
  appliesTo: 'topic.admit',
  summary: '尚存在分歧的议题一律不提交会议',
  check: ({ unresolvedDisagreement }) =>
    unresolvedDisagreement
      ? { rule: 'topic.no-disagreement', outcome: 'block', cites: C46, message: '第四十六条：尚存在分歧的议题不提交会议——请先协调一致' }
      : { rule: 'topic.no-disagreement', outcome: 'allow', cites: C46, message: '第四十六条：有关单位无分歧' },
};

/** Art. 51(一): a matter within one leader's, department's or town's own authority is not a county government meeting topic. */
export const topicNotOwnAuthority: Rule<TopicFacts> = {
  id: 'topic.not-own-authority',
  cites: [{ source: 'yunyang-2025', article: 51, clause: 1 }],
  appliesTo: 'topic.admit',
  summary: '凡属县政府领导、各部门、各乡镇（街道）职责权限范围内决定、审批的事项，不安排县政府会议讨论研究',
  check: ({ withinOwnAuthority }) =>
    withinOwnAuthority
      ? { rule: 'topic.not-own-authority', outcome: 'block', cites: C51, message: '第五十一条第（一）项：属于县政府领导、部门或乡镇（街道）职责权限范围内决定、审批的事项，不安排县政府会议讨论研究' }
      : { rule: 'topic.not-own-authority', outcome: 'allow', cites: C51, message: '第五十一条第（一）项：不属于单一领导或单位职权范围内的事项' },
};

/** Art. 51(一): a matter not coordinated before the meeting is not put to it. */
export const topicCoordinated: Rule<TopicFacts> = {
  id: 'topic.coordinated',
  cites: [{ source: 'yunyang-2025', article: 51, clause: 1 }],
  appliesTo: 'topic.admit',
  summary: '会前未经协调的事项，不安排县政府会议讨论研究',
  check: ({ coordinated }) =>
    coordinated
      ? { rule: 'topic.coordinated', outcome: 'allow', cites: C51, message: '第五十一条第（一）项：会前已协调' }
      : { rule: 'topic.coordinated', outcome: 'block', cites: C51, message: '第五十一条第（一）项：会前未经协调的事项不安排县政府会议讨论研究——请先与有关单位协调' },
};

/**
 * Arts. 20, 23: a normative document must have passed its legality review and the office's
 * completeness check, a major decision its statutory steps, before deliberation. The procedures
 * answer through a readiness port; until they exist the topic is flagged for a manual check.
 */
export const topicProcedureReady: Rule<TopicFacts & { readonly readiness: Readiness }> = {
  id: 'topic.procedure-ready',
  cites: [{ source: 'yunyang-2025', article: 20 }, { source: 'yunyang-2025', article: 23 }],
  appliesTo: 'topic.admit',
  summary: '规范性文件须经合法性审查和完备性审核、重大行政决策须经法定程序后，方可提交会议审议',
  check: ({ category, readiness }) => {
    const cites = category === 'normative' ? ['yunyang-2025:20'] : ['yunyang-2025:23'];
    if (category === 'general') return { rule: 'topic.procedure-ready', outcome: 'allow', cites: ['yunyang-2025:20', 'yunyang-2025:23'], message: '第二十条、第二十三条：非规范性文件、非重大行政决策事项，不适用' };
    const what = category === 'normative' ? '第二十条：规范性文件' : '第二十三条：重大行政决策';
    if (readiness.state === 'ready') return { rule: 'topic.procedure-ready', outcome: 'allow', cites, message: `${what}已完成会前法定程序（${readiness.detail}）` };
    if (readiness.state === 'not-ready') return { rule: 'topic.procedure-ready', outcome: 'block', cites, message: `${what}尚未完成会前法定程序：${readiness.detail}` };
    return { rule: 'topic.procedure-ready', outcome: 'warn', cites, message: `${what}须先完成法定程序方可审议；${readiness.detail}，请县政府办公室核对后再提交会议` };
  },
};

export const TOPIC_ADMISSION_RULES = [topicSubstance, topicNoDisagreement, topicNotOwnAuthority, topicCoordinated] as const;

export interface ChairFacts {
  readonly kind: MeetingKind;
  /** The kind of the post the chair acts through. */
  readonly chairKind: string;
  /** The chair acts for the 县长's post (holder, or the 常务副县长 by the county head's 委托). */
  readonly chairActsForHead: boolean;
  /** Art. 46: the 常务副县长 chairs a 常务会议 by the county head's 委托, recorded. */
  readonly entrusted: boolean;
  /** Art. 48: an office member chairs a special-topic meeting on a county leader's behalf. */
  readonly onBehalfOfLeader: boolean;
}


/** Arts. 45–48: who convenes and chairs each kind of meeting. */
export const meetingChair: Rule<ChairFacts> = {
  id: 'meeting.chair',
  cites: [45, 46, 47, 48].map((article) => ({ source: 'yunyang-2025', article })),
  appliesTo: 'meeting.plan',
  summary: '全体会议、县长办公会议由县长召集和主持；常务会议由县长或受县长委托的常务副县长主持；专题会议由县长、副县长或党组成员主持，可委托办公室班子成员主持',
  check: (f) => {
    const label = MEETING_KIND_LABELS[f.kind];
    const ok = (article: number, message: string): Verdict => ({ rule: 'meeting.chair', outcome: 'allow', cites: [`yunyang-2025:${article}`], message });
    const no = (article: number, message: string): Verdict => ({ rule: 'meeting.chair', outcome: 'block', cites: [`yunyang-2025:${article}`], message });
    switch (f.kind) {
      case 'plenary':
        return f.chairActsForHead ? ok(45, `第四十五条：${label}由县长召集和主持`) : no(45, `第四十五条：${label}由县长召集和主持`);
      case 'head-office':
        return f.chairActsForHead ? ok(47, `第四十七条：${label}由县长召集和主持`) : no(47, `第四十七条：${label}由县长召集和主持`);
      case 'executive':
        if (f.chairActsForHead) return ok(46, `第四十六条：${label}由县长召集和主持`);
        if (f.chairKind === 'executive-deputy' && f.entrusted) return ok(46, `第四十六条：${label}由常务副县长受县长委托召集和主持（委托已记录）`);
        return no(46, f.chairKind === 'executive-deputy' ? `第四十六条：常务副县长主持${label}须经县长委托，请记录委托` : `第四十六条：${label}由县长召集和主持，或由县长委托常务副县长召集和主持`);
      case 'special':
        if (LEADERS.has(f.chairKind)) return ok(48, `第四十八条：${label}由县长、副县长或县政府党组成员主持`);
        if ((f.chairKind === 'office-director' || f.chairKind === 'office-member') && f.onBehalfOfLeader) return ok(48, `第四十八条：受县政府领导委托，由县政府办公室班子成员主持${label}`);
        return no(48, `第四十八条：${label}由县长、副县长或县政府党组成员主持，或委托县政府办公室相关班子成员主持`);
    }
  },
};


/** Arts. 45–48: the 县长 settles the topics of the 全体会议, 常务会议 and 县长办公会议; a special-topic meeting's chair settles its own. */
export const topicConfirmer: Rule<{ readonly kind: MeetingKind; readonly actsForHead: boolean; readonly isChair: boolean }> = {
  id: 'topic.confirmer',
  cites: [45, 46, 47, 48].map((article) => ({ source: 'yunyang-2025', article })),
  appliesTo: 'topic.admit',
  summary: '全体会议、常务会议、县长办公会议的议题由县长审定；专题会议的议题由会议主持人确定',
  check: ({ kind, actsForHead, isChair }) => {
    const article = { plenary: 45, executive: 46, 'head-office': 47, special: 48 }[kind];
    const cites = [`yunyang-2025:${article}`];
    if (kind === 'special') {
      return isChair || actsForHead
        ? { rule: 'topic.confirmer', outcome: 'allow', cites, message: '第四十八条：专题会议议题由会议主持人确定' }
        : { rule: 'topic.confirmer', outcome: 'block', cites, message: '第四十八条：专题会议的议题由会议主持人确定，您不是主持人' };
    }
    return actsForHead
      ? { rule: 'topic.confirmer', outcome: 'allow', cites, message: `第${['四十五', '四十六', '四十七'][article - 45]}条：${MEETING_KIND_LABELS[kind]}议题由县长审定` }
      : { rule: 'topic.confirmer', outcome: 'block', cites, message: `第${['四十五', '四十六', '四十七'][article - 45]}条：${MEETING_KIND_LABELS[kind]}的议题由县长审定（县长外出时由受委托主持工作的常务副县长审定），您无权审定` };
  },
};

export interface ProposerFacts {
  readonly proposerKind: string | null;
  readonly bodyKind: string | null;
  readonly meetingKind: MeetingKind;
  /** For a unit's principal: the county leader in charge of the unit (title and holder), when known. */
  readonly leaderInCharge: string | null;
}

/**
 * Arts. 46, 47: topics come from county leaders (建议提出) and from the principals of departments and
 * towns (重要请示事项). A 县长办公会议's topics are proposed by the county leaders in charge and settled
 * by the 县长 (art. 47): a unit's principal goes through the leader in charge of the unit.
 */
export const topicProposer: Rule<ProposerFacts> = {
  id: 'topic.proposer',
  cites: [{ source: 'yunyang-2025', article: 46 }, { source: 'yunyang-2025', article: 47 }],
  appliesTo: 'topic.propose',
  summary: '会议议题由县政府领导建议提出，或由部门、乡镇（街道）主要负责人及县政府办公室提出；县长办公会议议题由县政府分管领导建议提出，报县长审核确定',
  check: ({ proposerKind, bodyKind, meetingKind, leaderInCharge }) => {
    const leader = proposerKind !== null && LEADERS.has(proposerKind);
    const principal = proposerKind === 'principal' && bodyKind !== null && ['department', 'town', 'street', 'agency'].includes(bodyKind);
    const office = proposerKind === 'office-director';
    if (meetingKind === 'head-office') {
      const cites = ['yunyang-2025:47'];
      if (leader || office) return { rule: 'topic.proposer', outcome: 'allow', cites, message: '第四十七条：县长办公会议议题由县政府分管领导建议提出，报县长审核确定' };
      const via = leaderInCharge ? `分管县领导（${leaderInCharge}）` : '分管县领导';
      return {
        rule: 'topic.proposer', outcome: 'block', cites,
        message: principal
          ? `第四十七条：县长办公会议的议题由县政府分管领导建议提出，报县长审核确定；请将议题报${via}，由其提出`
          : `第四十七条：县长办公会议的议题由县政府分管领导建议提出，报县长审核确定；请经本单位主要负责人报${via}提出`,
      };
    }
    const cites = ['yunyang-2025:46', 'yunyang-2025:47'];
    if (leader || principal || office) return { rule: 'topic.proposer', outcome: 'allow', cites, message: '第四十六条、第四十七条：由有权提出议题的负责人提出' };
    return { rule: 'topic.proposer', outcome: 'block', cites, message: '第四十六条、第四十七条：会议议题由县政府领导建议提出，或由部门、乡镇（街道）主要负责人（县政府办公室主任）提出；请报本单位主要负责人或分管领导提出' };
  },
};

/** Art. 51(三): county-wide meetings are held by video where possible. */
export const videoPreferred: Rule<{ readonly kind: MeetingKind; readonly form: 'in-person' | 'video' }> = {
  id: 'meeting.video-preferred',
  cites: [{ source: 'yunyang-2025', article: 51, clause: 3 }],
  appliesTo: 'meeting.plan',
  summary: '提倡合并开会、套开会议，全县性会议应尽可能采用视频会议形式召开',
  check: ({ kind, form }) =>
    kind === 'plenary' && form === 'in-person'
      ? { rule: 'meeting.video-preferred', outcome: 'warn', cites: ['yunyang-2025:51(3)'], message: '第五十一条第（三）项：全县性会议应尽可能采用视频会议形式召开；本次为现场会议，已记录' }
      : { rule: 'meeting.video-preferred', outcome: 'allow', cites: ['yunyang-2025:51(3)'], message: `第五十一条第（三）项：会议形式为${form === 'video' ? '视频会议' : '现场会议'}` },
};

export const MEETING_RULES = [...MINUTES_RULES, ...MEETING_LEAVE_RULES, topicSubstance, topicNoDisagreement, topicNotOwnAuthority, topicCoordinated, topicProcedureReady, meetingChair, topicConfirmer, topicProposer, videoPreferred] as const;
