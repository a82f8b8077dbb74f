import { formatChineseDate, localDate } from '../../kernel/time.ts';
import type { Rule, Verdict } from '../../rules/rule.ts';
import { HANDLING_LABELS, type SubjectType, type WindowRequirement } from './consultations.ts';

/** The minimum periods the pack sets, read from its parameters by the caller. */
export interface WindowParameters {
  /** `decision.publicCommentMinDays` (第二十五条; 713号 第十五条). */
  readonly decisionDays: number;
  /** `normative.marketCommentMinDays` (《优化营商环境条例》第六十二条). */
  readonly marketDays: number;
  /** `normative.commentMinWorkdays` (法治政府建设示范指标第24项, SECONDARY). */
  readonly normativeWorkdays: number;
}

const DECISION = { cites: ['yunyang-2025:25', 'major-decision-2019:15'], lead: '第二十五条、《重大行政决策程序暂行条例》第十五条' };
const MARKET = { cites: ['business-env-2019:62'], lead: '《优化营商环境条例》第六十二条' };
const NORMATIVE = { cites: ['org-law-2022:75'], lead: '《地方组织法》第七十五条' };

/**
 * Which minimum applies: a major decision at least `decisionDays` calendar days (and the market
 * period too when market actors are affected, the longer one governing); a normative document
 * affecting market actors at least `marketDays` days; any other normative document at least
 * `normativeWorkdays` working days. Pure.
 */
export function windowRequirement(subjectType: SubjectType, affectsMarket: boolean, p: WindowParameters): WindowRequirement {
  if (subjectType === 'major-decision') {
    const market = affectsMarket && p.marketDays > p.decisionDays;
    const period = Math.max(p.decisionDays, affectsMarket ? p.marketDays : 0);
    return {
      key: market ? 'normative.marketCommentMinDays' : 'decision.publicCommentMinDays', period, unit: 'day',
      cites: affectsMarket ? [...DECISION.cites, ...MARKET.cites] : DECISION.cites,
      lead: affectsMarket ? `${DECISION.lead}、${MARKET.lead}` : DECISION.lead,
      requirement: `决策事项向社会公开征求意见的期限一般不少于${period}日；因情况紧急等原因需要缩短期限的，公开征求意见时应当予以说明`,
    };
  }
  if (affectsMarket) {
    return {
      key: 'normative.marketCommentMinDays', period: p.marketDays, unit: 'day', cites: [...MARKET.cites, ...NORMATIVE.cites], lead: MARKET.lead,
      requirement: `与市场主体生产经营活动密切相关的行政规范性文件，向社会公开征求意见的期限一般不少于${p.marketDays}日`,
    };
  }
  return {
    key: 'normative.commentMinWorkdays', period: p.normativeWorkdays, unit: 'workday', cites: NORMATIVE.cites, lead: NORMATIVE.lead,
    requirement: `制定涉及个人、组织权利义务的规范性文件应当公开征求意见；征求意见的期限一般不少于${p.normativeWorkdays}个工作日（法治政府建设示范指标第24项，待核实的参数）`,
  };
}

const periodText = (r: WindowRequirement) => `${r.period}${r.unit === 'workday' ? '个工作日' : '日'}`;

export interface WindowFacts {
  readonly requirement: WindowRequirement;
  /** The local date the window opens (not counted, 民法典第二百零一条). */
  readonly openDate: string;
  readonly lastDay: string;
  /** The earliest last day the minimum allows, from the calendar. */
  readonly earliestLastDay: string;
  /** The earliest last day lies in a year whose holidays are not loaded. */
  readonly provisional: boolean;
  /** The stated reason for a shorter window (trimmed), or null. */
  readonly shortenedReason: string | null;
}

/**
 * 第二十五条, 713号 第十五条, 《优化营商环境条例》第六十二条, 《地方组织法》第七十五条: the comment
 * period is at least the minimum counted on the official calendar; a shorter one needs its reason,
 * stated when the consultation opens (and shown publicly with it).
 */
export const consultationWindow: Rule<WindowFacts> = {
  id: 'consultation.window',
  cites: [
    { source: 'yunyang-2025', article: 25 }, { source: 'major-decision-2019', article: 15 },
    { source: 'business-env-2019', article: 62 }, { source: 'org-law-2022', article: 75 },
  ],
  appliesTo: 'consultation.open',
  summary: '向社会公开征求意见的期限一般不少于30日（规范性文件不涉及市场主体的，一般不少于7个工作日）；确需缩短的，应在公开征求意见时说明理由',
  check: ({ requirement: r, openDate, lastDay, earliestLastDay, provisional, shortenedReason }) => {
    const base = { rule: 'consultation.window', cites: r.cites };
    const span = `本次征求意见自${formatChineseDate(openDate)}起至${formatChineseDate(lastDay)}24时止`;
    const floor = `${formatChineseDate(earliestLastDay)}24时${provisional ? '（暂定：相关年份节假日安排尚未载入）' : ''}`;
    if (lastDay >= earliestLastDay) {
      return { ...base, outcome: 'allow', message: `${r.lead}：${r.requirement}。${span}，不短于${periodText(r)}（最早可于${floor}截止）` };
    }
    if (shortenedReason !== null) {
      return { ...base, outcome: 'warn', message: `${r.lead}：${r.requirement}。${span}，短于${periodText(r)}（应至${floor}）；已说明缩短期限的理由：${shortenedReason}。理由随征求意见一并公开` };
    }
    return { ...base, outcome: 'block', message: `${r.lead}：${r.requirement}。${span}，短于${periodText(r)}，应不早于${floor}截止；确需缩短期限的，请说明理由` };
  },
};

export interface CommentWindowFacts {
  readonly subjectType: SubjectType;
  readonly affectsMarket: boolean;
  /** When the comment arrived. */
  readonly at: Date;
  readonly opensAt: string;
  readonly closesAt: string;
  readonly lastDay: string;
  readonly utcOffsetMinutes: number;
}

/** The provisions behind a consultation of this kind (the window rule's, without the parameter). */
export function consultationBasis(subjectType: SubjectType, affectsMarket: boolean): { cites: readonly string[]; lead: string } {
  if (subjectType === 'major-decision') return affectsMarket ? { cites: [...DECISION.cites, ...MARKET.cites], lead: `${DECISION.lead}、${MARKET.lead}` } : DECISION;
  return affectsMarket ? { cites: [...MARKET.cites, ...NORMATIVE.cites], lead: MARKET.lead } : NORMATIVE;
}

/** An instant as Beijing wall-clock time to the second: 2025年11月3日9时00分00秒. */
export function localInstantText(at: Date, utcOffsetMinutes: number): string {
  const shifted = new Date(at.getTime() + utcOffsetMinutes * 60_000);
  const hh = shifted.getUTCHours();
  const mm = String(shifted.getUTCMinutes()).padStart(2, '0');
  const ss = String(shifted.getUTCSeconds()).padStart(2, '0');
  return `${formatChineseDate(localDate(at, utcOffsetMinutes))}${hh}时${mm}分${ss}秒`;
}

/**
 * 713号 第十五条 (明确提出意见的方式和期限) and the provisions of the window: a comment is accepted
 * from the opening instant until 24:00 Beijing time of the last day, to the second.
 */
export const commentWindow: Rule<CommentWindowFacts> = {
  id: 'consultation.comment-window',
  cites: [
    { source: 'yunyang-2025', article: 25 }, { source: 'major-decision-2019', article: 15 },
    { source: 'business-env-2019', article: 62 }, { source: 'org-law-2022', article: 75 },
  ],
  appliesTo: 'consultation.comment',
  summary: '意见在公布的征求意见期间内提出：自开始时刻起，至最后一日北京时间24时止',
  check: ({ subjectType, affectsMarket, at, opensAt, closesAt, lastDay, utcOffsetMinutes }) => {
    const { cites, lead } = consultationBasis(subjectType, affectsMarket);
    const base = { rule: 'consultation.comment-window', cites };
    const until = `${formatChineseDate(lastDay)}24时`;
    if (at.getTime() < Date.parse(opensAt)) {
      return { ...base, outcome: 'block', message: `${lead}：本次征求意见自${localInstantText(new Date(opensAt), utcOffsetMinutes)}开始，尚未开始接收意见` };
    }
    if (at.getTime() >= Date.parse(closesAt)) {
      return { ...base, outcome: 'block', message: `${lead}：本次征求意见已于${until}截止，不再接收意见` };
    }
    return { ...base, outcome: 'allow', message: `${lead}：在征求意见期间内提出（${until}截止）` };
  },
};

export interface DraftingUnitFacts {
  readonly subjectType: SubjectType;
  /** The actor acts (as holder or stand-in) for a post in the drafting body or one of its 科室. */
  readonly inDraftingBody: boolean;
  readonly draftingBodyName: string;
  /** What is being done, in Chinese (记录意见处理情况, 公开反馈). */
  readonly action: string;
}

/**
 * 713号 第十八条 (决策承办单位 studies the comments and adopts the reasonable ones) and art. 19 (the
 * department the county government designates drafts a normative document): the drafting unit
 * records how each comment was handled and publishes the feedback, nobody else.
 */
export const draftingUnitHandles: Rule<DraftingUnitFacts> = {
  id: 'consultation.drafting-unit',
  cites: [{ source: 'major-decision-2019', article: 18 }, { source: 'yunyang-2025', article: 19 }],
  appliesTo: 'consultation.handle, consultation.publish-feedback',
  summary: '公众意见由决策承办单位（规范性文件的起草部门）归纳整理、研究论证，记录采纳情况并公开反馈',
  check: ({ subjectType, inDraftingBody, draftingBodyName, action }) => {
    const [cites, lead, who] = subjectType === 'major-decision'
      ? [['major-decision-2019:18'], '《重大行政决策程序暂行条例》第十八条', '决策承办单位']
      : [['yunyang-2025:19'], '第十九条', '起草部门'];
    return inDraftingBody
      ? { rule: 'consultation.drafting-unit', outcome: 'allow', cites, message: `${lead}：由${who}（${draftingBodyName}）${action}` }
      : { rule: 'consultation.drafting-unit', outcome: 'block', cites, message: `${lead}：公众意见由${who}（${draftingBodyName}）归纳整理、研究论证，${action}须由该单位人员办理` };
  },
};

export interface FeedbackFacts {
  readonly subjectType: SubjectType;
  readonly affectsMarket: boolean;
  readonly at: Date;
  readonly closesAt: string;
  readonly lastDay: string;
  /** Comments not yet moderated. */
  readonly pending: number;
  /** Approved comments whose handling is not recorded. */
  readonly unhandled: number;
}

/**
 * 713号 第十八条 and 《优化营商环境条例》第六十二条 (意见采纳情况反馈机制): the feedback is published
 * after the window has closed, once every comment received is moderated and every approved one
 * has its handling (采纳 / 部分采纳 / 不予采纳 with the reason) recorded.
 */
export const feedbackReady: Rule<FeedbackFacts> = {
  id: 'consultation.feedback-ready',
  cites: [{ source: 'major-decision-2019', article: 18 }, { source: 'business-env-2019', article: 62 }],
  appliesTo: 'consultation.publish-feedback',
  summary: '征求意见期间届满、收到的意见均已审核并逐条记录采纳情况后，方可公开意见采纳情况反馈',
  check: ({ subjectType, affectsMarket, at, closesAt, lastDay, pending, unhandled }) => {
    const [cites, lead] = subjectType === 'major-decision'
      ? [affectsMarket ? ['major-decision-2019:18', 'business-env-2019:62'] : ['major-decision-2019:18'], '《重大行政决策程序暂行条例》第十八条']
      : [['business-env-2019:62'], '《优化营商环境条例》第六十二条'];
    const base = { rule: 'consultation.feedback-ready', cites };
    if (at.getTime() < Date.parse(closesAt)) {
      return { ...base, outcome: 'block', message: `${lead}：征求意见期间至${formatChineseDate(lastDay)}24时届满，届满后方可公开意见采纳情况反馈` };
    }
    const open: string[] = [];
    if (pending > 0) open.push(`尚有${pending}条意见待审核`);
    if (unhandled > 0) open.push(`尚有${unhandled}条意见未记录采纳情况（${Object.values(HANDLING_LABELS).join('、')}及理由）`);
    if (open.length > 0) return { ...base, outcome: 'block', message: `${lead}：${open.join('，')}，请逐条处理后再公开反馈` };
    return { ...base, outcome: 'allow', message: `${lead}：征求意见已届满，收到的意见均已审核并记录采纳情况` };
  },
};

export interface PersonalInfoFacts {
  /** Kinds of personal information found in the text that will be published (手机号码 …). */
  readonly found: readonly string[];
}

/**
 * 《政府信息公开条例》第十五条 (personal privacy is not disclosed): the commenter's name and contact
 * are never published; numbers and addresses that look personal are masked in the published text.
 */
export const personalInfo: Rule<PersonalInfoFacts> = {
  id: 'consultation.personal-info',
  cites: [{ source: 'ogi-2019', article: 15 }],
  appliesTo: 'consultation.moderate',
  summary: '公开意见时不公开提交人的姓名和联系方式，意见内容中的个人信息予以遮蔽',
  check: ({ found }): Verdict =>
    found.length > 0
      ? { rule: 'consultation.personal-info', outcome: 'warn', cites: ['ogi-2019:15'], message: `《政府信息公开条例》第十五条：意见内容疑含个人信息（${found.join('、')}），公开时已遮蔽；请核对公开文本` }
      : { rule: 'consultation.personal-info', outcome: 'allow', cites: ['ogi-2019:15'], message: '《政府信息公开条例》第十五条：公开的意见不含提交人姓名和联系方式' },
};

export const CONSULTATION_RULES = [consultationWindow, commentWindow, draftingUnitHandles, feedbackReady, personalInfo] as const;
