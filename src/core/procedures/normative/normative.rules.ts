import type { Rule, Verdict } from '../../rules/rule.ts';
import { formatChineseDate } from '../../kernel/time.ts';
import { toChineseNumeral } from '../../law/numerals.ts';
import { FILING_AUTHORITY_LABELS, FILING_ITEM_LABELS, FILING_ITEMS, FLAG_CATEGORY_LABELS, STEP_CITES, STEP_LABELS, type ContentFlag, type FilingAuthority, type FilingItem, type NormativeIssuer, type Step } from './normative.ts';

const C19 = ['yunyang-2025:19'];
const C20 = ['yunyang-2025:20'];
const C21 = ['yunyang-2025:21'];
const v = (rule: string, outcome: Verdict['outcome'], cites: readonly string[], message: string): Verdict => ({ rule, outcome, cites, message });

/** Bodies the county government may designate to draft (not a 科室, not an outside body). */
export const DRAFTING_BODY_KINDS: ReadonlySet<string> = new Set(['office', 'department', 'agency']);

export interface DesignationFacts {
  readonly leadBodyId: string;
  readonly leadBodyKind: string | null;
  readonly coBodyIds: readonly string[];
  /** Kinds of the co-drafting bodies, in the same order. */
  readonly coBodyKinds: readonly (string | null)[];
}

/** Art. 19: one department drafts; a matter of two or more departments is drafted jointly, one leading and the others assisting. */
export const draftingDesignation: Rule<DesignationFacts> = {
  id: 'normative.drafting-designation',
  cites: [{ source: 'yunyang-2025', article: 19 }],
  appliesTo: 'normative.initiate',
  summary: '由县政府指定一个部门起草；涉及两个及以上部门职权的由县政府指定有关部门联合起草，明确一个部门主办、其他部门协办',
  check: ({ leadBodyId, leadBodyKind, coBodyIds, coBodyKinds }) => {
    const id = 'normative.drafting-designation';
    if (leadBodyKind === null || !DRAFTING_BODY_KINDS.has(leadBodyKind)) return v(id, 'block', C19, '第十九条：规范性文件由县政府指定一个部门起草——请选择县政府办公室、县政府工作部门或直属机构作为起草（主办）部门');
    if (coBodyIds.includes(leadBodyId)) return v(id, 'block', C19, '第十九条：联合起草的应当明确一个部门主办、其他部门协办——主办部门不能同时列为协办部门');
    if (new Set(coBodyIds).size !== coBodyIds.length) return v(id, 'block', C19, '第十九条：协办部门重复');
    if (coBodyKinds.some((k) => k === null || !DRAFTING_BODY_KINDS.has(k))) return v(id, 'block', C19, '第十九条：协办部门须为县政府工作部门、县政府办公室或直属机构');
    return coBodyIds.length > 0
      ? v(id, 'allow', C19, `第十九条：联合起草，明确一个部门主办、${coBodyIds.length}个部门协办`)
      : v(id, 'allow', C19, '第十九条：由县政府指定一个部门起草');
  },
};

/** Art. 19 with 地方组织法第七十五条: the drafter assesses necessity and feasibility (评估论证). */
export const assessment: Rule<{ readonly necessity: string; readonly feasibility: string }> = {
  id: 'normative.assessment',
  cites: [{ source: 'yunyang-2025', article: 19 }, { source: 'org-law-2022', article: 75 }],
  appliesTo: 'normative.draft',
  summary: '起草部门应当对制定规范性文件的必要性和可行性进行评估论证',
  check: ({ necessity, feasibility }) => {
    const cites = ['yunyang-2025:19', 'org-law-2022:75'];
    const missing = [necessity.trim().length < 10 ? '必要性' : null, feasibility.trim().length < 10 ? '可行性' : null].filter((x) => x !== null);
    return missing.length > 0
      ? v('normative.assessment', 'block', cites, `第十九条：起草规范性文件应当进行评估论证（《地方各级人民代表大会和地方各级人民政府组织法》第七十五条）——请写明${missing.join('和')}评估（各不少于10字）`)
      : v('normative.assessment', 'allow', cites, '第十九条：已进行必要性和可行性评估论证');
  },
};

/**
 * Art. 19: wording that appears to set 行政许可, 行政处罚, 行政强制 or to reduce rights and add
 * obligations is flagged: a warning at drafting, and a block on advancing until a named person
 * resolved each flag with a reason (the wording corrected in a redraft, or confirmed lawful).
 */
export const contentCheck: Rule<{ readonly flags: readonly ContentFlag[]; readonly advancing: boolean }> = {
  id: 'normative.content-check',
  cites: [{ source: 'yunyang-2025', article: 19 }],
  appliesTo: 'normative.draft',
  summary: '规范性文件不得设定行政许可、行政处罚、行政强制等事项，不得减损公民、法人和其他组织合法权益或者增加其义务；疑似表述须经专人确认',
  check: ({ flags, advancing }) => {
    const open = flags.filter((f) => f.resolution === null);
    const list = open.map((f) => `${f.id}“${f.matched}”（${FLAG_CATEGORY_LABELS[f.category]}）`).join('；');
    if (open.length === 0) return v('normative.content-check', 'allow', C19, flags.length > 0 ? `第十九条：疑似设定禁止事项的${flags.length}处表述均已由专人确认并说明理由` : '第十九条：未发现疑似设定行政许可、行政处罚、行政强制或减损权益、增加义务的表述');
    return advancing
      ? v('normative.content-check', 'block', C19, `第十九条：规范性文件不得设定行政许可、行政处罚、行政强制，不得减损权益或增加义务——尚有${open.length}处疑似表述未经确认：${list}`)
      : v('normative.content-check', 'warn', C19, `第十九条：规范性文件不得设定行政许可、行政处罚、行政强制，不得减损权益或增加义务——发现${open.length}处疑似表述，须由专人逐条确认并说明理由：${list}`);
  },
};

/** 地方组织法第七十五条: public comment before the legality review; the consultation module holds the window rule. */
export const consultationDone: Rule<{ readonly state: 'open' | 'closed' | 'feedback-published' | 'missing'; readonly detail: string }> = {
  id: 'normative.consultation-done',
  cites: [{ source: 'org-law-2022', article: 75 }, { source: 'yunyang-2025', article: 19 }],
  appliesTo: 'normative.conclude-consultation',
  summary: '规范性文件应当公开征求意见；征求意见结束并公开意见采纳情况反馈后方可进入后续程序',
  check: ({ state, detail }) => {
    const cites = ['org-law-2022:75', 'yunyang-2025:19'];
    return state === 'feedback-published'
      ? v('normative.consultation-done', 'allow', cites, `《地方各级人民代表大会和地方各级人民政府组织法》第七十五条：已公开征求意见——${detail}`)
      : v('normative.consultation-done', 'block', cites, `第十九条、《地方各级人民代表大会和地方各级人民政府组织法》第七十五条：规范性文件须公开征求意见，意见采纳情况公开后方可进入下一环节——${detail}`);
  },
};

export interface CompetitionFacts {
  readonly affectsMarket: boolean;
  readonly command: 'competition-initial' | 'competition-review' | 'advance';
  /** The actor acts for a post of the market-regulation body (审查), or of the drafting department (初审). */
  readonly actorInMarketBody: boolean;
  readonly initialDone: boolean;
  readonly reviewOutcome: 'pass' | 'fail' | null;
}

/**
 * 公平竞争审查条例第十四条、第十八条 (《优化营商环境条例》第六十三条): a measure touching market actors is
 * reviewed by the county market-regulation department together with the drafting unit, which does
 * the first review; without a review it is not issued.
 */
export const fairCompetition: Rule<CompetitionFacts> = {
  id: 'normative.fair-competition',
  cites: [{ source: 'fair-competition-2024', article: 14 }, { source: 'fair-competition-2024', article: 18 }, { source: 'business-env-2019', article: 63 }],
  appliesTo: 'normative.submit-legality',
  summary: '涉及市场主体经济活动的，由县市场监管部门会同起草单位进行公平竞争审查（起草单位初审）；未经审查的不得出台',
  check: ({ affectsMarket, command, actorInMarketBody, initialDone, reviewOutcome }) => {
    const id = 'normative.fair-competition';
    const c14 = ['fair-competition-2024:14'];
    if (!affectsMarket) {
      return command === 'advance'
        ? v(id, 'allow', ['fair-competition-2024:18'], '《公平竞争审查条例》第十八条：本文件不涉及市场主体经济活动，无需公平竞争审查')
        : v(id, 'block', c14, '《公平竞争审查条例》第十四条：本文件立项时标明不涉及市场主体经济活动，无需公平竞争审查');
    }
    if (command === 'competition-initial') return v(id, 'allow', c14, '《公平竞争审查条例》第十四条：起草单位已进行初审');
    if (command === 'competition-review') {
      if (!actorInMarketBody) return v(id, 'block', c14, '《公平竞争审查条例》第十四条：公平竞争审查由县市场监管部门会同起草单位进行——您不在县市场监管部门');
      if (!initialDone) return v(id, 'block', c14, '《公平竞争审查条例》第十四条：起草单位须先进行初审并送审查（请起草部门先填写初审意见）');
      return v(id, 'allow', c14, '《公平竞争审查条例》第十四条：县市场监管部门会同起草单位审查');
    }
    if (reviewOutcome === 'pass') return v(id, 'allow', ['fair-competition-2024:18'], '《公平竞争审查条例》第十八条：已通过公平竞争审查');
    return v(id, 'block', ['fair-competition-2024:14', 'fair-competition-2024:18', 'business-env-2019:63'],
      reviewOutcome === 'fail'
        ? '《公平竞争审查条例》第十八条：公平竞争审查认为违反审查标准，未作调整的不得出台——请修改后重新审查'
        : '《公平竞争审查条例》第十四条、第十八条：本文件涉及市场主体经济活动，须经县市场监管部门会同起草单位公平竞争审查后方可送审');
  },
};

export interface PackageFacts {
  readonly affectsMarket: boolean;
  readonly hasDraft: boolean;
  readonly hasExplanation: boolean;
  readonly legalBasis: string;
  readonly procedureStatement: string;
  readonly consultationReported: boolean;
  readonly competitionReported: boolean;
}

/** What the 县司法局 must receive for the review (art. 20; the package the review time runs from). */
export function legalityPackage(f: PackageFacts): { items: string[]; missing: string[] } {
  const want: [string, boolean][] = [
    ['送审稿', f.hasDraft], ['起草说明', f.hasExplanation], ['制定依据', f.legalBasis.trim().length >= 4], ['履行程序情况说明', f.procedureStatement.trim().length >= 10],
    ['公开征求意见及采纳情况', f.consultationReported],
    ...(f.affectsMarket ? [['公平竞争审查结论', f.competitionReported] as [string, boolean]] : []),
  ];
  return { items: want.filter(([, ok]) => ok).map(([n]) => n), missing: want.filter(([, ok]) => !ok).map(([n]) => n) };
}

/** Art. 20: the review starts from a complete package. */
export const legalityPackageRule: Rule<PackageFacts> = {
  id: 'normative.legality-package',
  cites: [{ source: 'yunyang-2025', article: 20 }],
  appliesTo: 'normative.submit-legality',
  summary: '送请合法性审查应当提交送审稿、起草说明、制定依据、履行程序情况和征求意见情况等完整材料',
  check: (f) => {
    const { missing, items } = legalityPackage(f);
    return missing.length > 0
      ? v('normative.legality-package', 'block', C20, `第二十条：送请县司法局合法性审查的材料不完整，缺少：${missing.join('、')}`)
      : v('normative.legality-package', 'allow', C20, `第二十条：送审材料齐全（${items.join('、')}）`);
  },
};

/**
 * Art. 20: the reviewer is given the time it needs — at least `minimumWorkdays` working days from
 * the day the complete package arrives (the day itself not counted). A requested result date
 * earlier than that is refused.
 */
export const legalityReviewTime: Rule<{ readonly requestedDate: string | null; readonly minimumDueDate: string; readonly minimumWorkdays: number; readonly summary: string }> = {
  id: 'normative.legality-review-time',
  cites: [{ source: 'yunyang-2025', article: 20 }],
  appliesTo: 'normative.submit-legality',
  summary: '送请合法性审查应当保证必要的审查时间（不少于规定的工作日数，按官方工作日历计算）',
  check: ({ requestedDate, minimumDueDate, minimumWorkdays, summary }) =>
    requestedDate !== null && requestedDate < minimumDueDate
      ? v('normative.legality-review-time', 'block', C20, `第二十条：送请合法性审查应当保证必要的审查时间，不少于${minimumWorkdays}个工作日——要求${formatChineseDate(requestedDate)}前完成审查短于规定，最早为${formatChineseDate(minimumDueDate)}（${summary}）`)
      : v('normative.legality-review-time', 'allow', C20, `第二十条：给予县司法局不少于${minimumWorkdays}个工作日的审查时间，审查期限至${formatChineseDate(requestedDate ?? minimumDueDate)}（${summary}）`),
};

/** Art. 20: the legality review is the 县司法局's; an unlawful finding sends the draft back. */
export const legalityReview: Rule<{ readonly actorInJustice: boolean; readonly outcome: 'lawful' | 'unlawful' }> = {
  id: 'normative.legality-review',
  cites: [{ source: 'yunyang-2025', article: 20 }],
  appliesTo: 'normative.legality-opinion',
  summary: '行政规范性文件由县司法局进行合法性审查；审查认为不合法的，退回起草部门修改，不得提请审议',
  check: ({ actorInJustice, outcome }) => {
    if (!actorInJustice) return v('normative.legality-review', 'block', C20, '第二十条：合法性审查由县司法局进行——您不在县司法局');
    return outcome === 'lawful'
      ? v('normative.legality-review', 'allow', C20, '第二十条：县司法局合法性审查通过')
      : v('normative.legality-review', 'warn', C20, '第二十条：县司法局审查认为不合法，退回起草部门修改；修改后须重新送审，未通过合法性审查的不得提请会议审议');
  },
};

/** Art. 20: the 县政府办公室's completeness check. */
export const completeness: Rule<{ readonly actorIsOffice: boolean; readonly outcome: 'complete' | 'incomplete' }> = {
  id: 'normative.completeness',
  cites: [{ source: 'yunyang-2025', article: 20 }],
  appliesTo: 'normative.completeness',
  summary: '行政规范性文件经县政府办公室完备性审核通过后，方可提请会议审议',
  check: ({ actorIsOffice, outcome }) => {
    if (!actorIsOffice) return v('normative.completeness', 'block', C20, '第二十条：完备性审核由县政府办公室进行');
    return outcome === 'complete'
      ? v('normative.completeness', 'allow', C20, '第二十条：县政府办公室完备性审核通过')
      : v('normative.completeness', 'warn', C20, '第二十条：完备性审核未通过，已告知起草部门补充材料；通过前不得提请会议审议');
  },
};

/** What still stands between a document and the meeting (art. 20); empty when it may go. */
export function deliberationMissing(d: { readonly legalityPassed: boolean; readonly legalityUnlawful: boolean; readonly completenessPassed: boolean; readonly consulted: boolean }): string[] {
  const missing: string[] = [];
  if (!d.legalityPassed) missing.push(d.legalityUnlawful ? '县司法局审查认为不合法，退回修改后尚未重新通过合法性审查' : `尚未经县司法局合法性审查${d.consulted ? '（已公开征求意见，但合法性审查不能以征求意见代替）' : ''}`);
  if (!d.completenessPassed) missing.push('尚未经县政府办公室完备性审核');
  return missing;
}

export interface DeliberationFacts {
  readonly topicId: string | null;
  readonly meetingKind: string | null;
  readonly meetingHeld: boolean;
  readonly outcome: string | null;
}

/** Arts. 20, 24: a normative document is decided by collective discussion at the 常务会议 or 全体会议 (the topic's conclusion). */
export const deliberation: Rule<DeliberationFacts> = {
  id: 'normative.deliberation',
  cites: [{ source: 'yunyang-2025', article: 20 }, { source: 'yunyang-2025', article: 24 }],
  appliesTo: 'normative.record-deliberation',
  summary: '政府行政规范性文件须经县政府常务会议或全体会议讨论决定',
  check: ({ topicId, meetingKind, meetingHeld, outcome }) => {
    const id = 'normative.deliberation';
    const cites = ['yunyang-2025:20', 'yunyang-2025:24'];
    if (topicId === null) return v(id, 'block', cites, '第二十四条：规范性文件须经县政府全体会议或常务会议讨论决定——尚未提请会议审议（请先提出议题）');
    if (meetingKind !== 'executive' && meetingKind !== 'plenary') return v(id, 'block', cites, '第二十四条：规范性文件须经县政府全体会议或常务会议讨论决定——议题尚未列入常务会议或全体会议');
    if (!meetingHeld || outcome === null) return v(id, 'block', cites, '第二十四条：规范性文件须经县政府全体会议或常务会议讨论决定——会议尚未对该议题形成结论');
    if (outcome !== 'adopted' && outcome !== 'amended') return v(id, 'block', cites, '第二十四条：会议未通过该规范性文件（结论为不予通过或暂缓研究），不能签发');
    return v(id, 'allow', cites, `第二十条、第二十四条：已经县政府${meetingKind === 'executive' ? '常务会议' : '全体会议'}讨论通过`);
  },
};

/** Art. 5: the 县长 leads the government's work and signs what it issues (through acting authority). */
export const signOff: Rule<{ readonly actsForHead: boolean }> = {
  id: 'normative.sign-off',
  cites: [{ source: 'yunyang-2025', article: 5 }],
  appliesTo: 'normative.sign',
  summary: '县政府规范性文件经会议审议通过后由县长签发（县长外出时由受委托主持工作的副县长签发）',
  check: ({ actsForHead }) =>
    actsForHead
      ? v('normative.sign-off', 'allow', ['yunyang-2025:5'], '第五条：县政府实行县长负责制，由县长签发')
      : v('normative.sign-off', 'block', ['yunyang-2025:5'], '第五条：县政府实行县长负责制，规范性文件由县长签发（县长外出时由受委托主持县政府工作的副县长签发）——您不能签发'),
};

/** Art. 21: 云阳府规 / 云阳府办规. */
export const numbering: Rule<{ readonly issuer: NormativeIssuer; readonly prefix: string }> = {
  id: 'normative.numbering',
  cites: [{ source: 'yunyang-2025', article: 21 }],
  appliesTo: 'normative.number',
  summary: '以县政府和县政府办公室名义印发的行政规范性文件统一采用“云阳府规”“云阳府办规”的发文字号',
  check: ({ issuer, prefix }) => {
    const ok = prefix.endsWith('规') && (issuer === 'government' ? !prefix.includes('办') : prefix.includes('办'));
    return ok
      ? v('normative.numbering', 'allow', C21, `第二十一条：统一采用“${prefix}”发文字号`)
      : v('normative.numbering', 'block', C21, `第二十一条：以${issuer === 'government' ? '县政府' : '县政府办公室'}名义印发的规范性文件应采用“${issuer === 'government' ? '云阳府规' : '云阳府办规'}”发文字号，机关代字设置有误（${prefix}）`);
  },
};

/** Art. 21: published through the gazette or the website; not a basis of administration until published. */
export const publication: Rule<{ readonly channels: readonly string[]; readonly publishedDate: string; readonly effectiveDate: string }> = {
  id: 'normative.publication',
  cites: [{ source: 'yunyang-2025', article: 21 }],
  appliesTo: 'normative.publish',
  summary: '行政规范性文件印发后应当及时通过政府公报、政府网站等方式向社会公开；未经公开发布的不得作为实施行政管理的依据',
  check: ({ channels, publishedDate, effectiveDate }) => {
    if (channels.length === 0) return v('normative.publication', 'block', C21, '第二十一条：规范性文件应当通过政府公报、政府网站等方式向社会公开——请选择公开方式');
    if (effectiveDate < publishedDate) return v('normative.publication', 'block', C21, `第二十一条：未经公开发布的规范性文件不得作为实施行政管理的依据——施行日期（${formatChineseDate(effectiveDate)}）不能早于公布日期（${formatChineseDate(publishedDate)}）`);
    return v('normative.publication', 'allow', C21, `第二十一条：已向社会公开发布，自${formatChineseDate(effectiveDate)}起施行`);
  },
};

/** 备案审查条例第十四条: the filing package. */
export const filingPackage: Rule<{ readonly items: readonly FilingItem[] }> = {
  id: 'normative.filing-package',
  cites: [{ source: 'cq-filing-review-2022', article: 14 }],
  appliesTo: 'normative.file',
  summary: '报送备案应当提交备案报告、正式文本、制定说明、制定依据、公布情况等材料，纸质文本一式两份并报送电子文本',
  check: ({ items }) => {
    const missing = FILING_ITEMS.filter((i) => !items.includes(i));
    return missing.length > 0
      ? v('normative.filing-package', 'block', ['cq-filing-review-2022:14'], `《重庆市各级人民代表大会常务委员会规范性文件备案审查条例》第十四条：备案材料不齐全，缺少：${missing.map((i) => FILING_ITEM_LABELS[i]).join('、')}`)
      : v('normative.filing-package', 'allow', ['cq-filing-review-2022:14'], '《重庆市各级人民代表大会常务委员会规范性文件备案审查条例》第十四条：备案材料齐全');
  },
};

/** Arts. 18, 34: filed within the period from publication; a late filing is recorded and flagged. */
export const filingDeadline: Rule<{ readonly authority: FilingAuthority; readonly dueDate: string; readonly filedDate: string; readonly days: number; readonly lateDays: number }> = {
  id: 'normative.filing-deadline',
  cites: [{ source: 'yunyang-2025', article: 18 }, { source: 'yunyang-2025', article: 34 }, { source: 'cq-filing-review-2022', article: 14 }],
  appliesTo: 'normative.file',
  summary: '县政府规范性文件依法报县人大常委会和市政府备案；自公布之日起在规定期限内报送',
  check: ({ authority, dueDate, filedDate, days, lateDays }) => {
    const cites = authority === 'npc' ? ['yunyang-2025:18', 'yunyang-2025:34', 'cq-filing-review-2022:14'] : ['yunyang-2025:18'];
    const who = FILING_AUTHORITY_LABELS[authority];
    return filedDate > dueDate
      ? v('normative.filing-deadline', 'warn', cites, `第十八条：规范性文件应自公布之日起${days}日内报${who}备案（至${formatChineseDate(dueDate)}）——${formatChineseDate(filedDate)}报送，逾期${lateDays}日，已记入备案登记`)
      : v('normative.filing-deadline', 'allow', cites, `第十八条：已在期限内（${formatChineseDate(dueDate)}前）报${who}备案`);
  },
};

/** Art. 18: amendment, repeal and cleanup of documents no longer suited. */
export const ending: Rule<{ readonly kind: 'repeal' | 'expire' | 'cleanup'; readonly decisionRef: string; readonly reason: string; readonly result?: string }> = {
  id: 'normative.ending',
  cites: [{ source: 'yunyang-2025', article: 18 }],
  appliesTo: 'normative.repeal',
  summary: '县政府适时修改或废止不相适应的规范性文件，定期清理；废止须有县政府的废止决定，理由载明',
  check: ({ kind, decisionRef, reason, result }) => {
    const id = 'normative.ending';
    const c = ['yunyang-2025:18'];
    if (reason.trim().length < 4) return v(id, 'block', c, '第十八条：请写明修改、废止或失效的理由');
    if ((kind === 'repeal' || (kind === 'cleanup' && result === 'repeal')) && decisionRef.trim().length < 4) return v(id, 'block', c, '第十八条：废止规范性文件须有县政府的废止决定——请写明废止决定的文号或会议纪要');
    if (kind === 'repeal' || result === 'repeal') return v(id, 'allow', c, `第十八条：依${decisionRef.trim()}废止`);
    if (kind === 'expire' || result === 'expire') return v(id, 'allow', c, '第十八条：经清理宣布失效');
    return v(id, 'allow', c, `第十八条：清理结论已记录`);
  },
};

/** Art. 19: a department's own normative document is filed with the county government, within the period from its publication. */
export const departmentFiling: Rule<{ readonly bodyKind: string | null; readonly dueDate: string; readonly filedDate: string; readonly days: number; readonly lateDays: number; readonly items: readonly FilingItem[] }> = {
  id: 'normative.department-filing',
  cites: [{ source: 'yunyang-2025', article: 19 }],
  appliesTo: 'normative.department-file',
  summary: '县政府工作部门制定的行政规范性文件要依法报县政府备案',
  check: ({ bodyKind, dueDate, filedDate, days, lateDays, items }) => {
    const id = 'normative.department-filing';
    if (bodyKind === null || !['department', 'agency'].includes(bodyKind)) return v(id, 'block', C19, '第十九条：报县政府备案的是县政府工作部门制定的行政规范性文件——请以本部门名义报送');
    const missing = FILING_ITEMS.filter((i) => i !== 'paper-copies' && i !== 'electronic' && !items.includes(i));
    if (missing.length > 0) return v(id, 'block', C19, `第十九条：报县政府备案的材料不齐全，缺少：${missing.map((i) => FILING_ITEM_LABELS[i]).join('、')}`);
    return filedDate > dueDate
      ? v(id, 'warn', C19, `第十九条：部门规范性文件应自公布之日起${days}日内报县政府备案（至${formatChineseDate(dueDate)}）——逾期${lateDays}日报送，已记入年度报告`)
      : v(id, 'allow', C19, `第十九条：已在期限内报县政府备案，由县司法局审查`);
  },
};

/** Art. 19: the 县司法局 reviews the departments' filings. */
export const departmentReview: Rule<{ readonly actorInJustice: boolean }> = {
  id: 'normative.department-review',
  cites: [{ source: 'yunyang-2025', article: 19 }],
  appliesTo: 'normative.department-review',
  summary: '部门规范性文件由县司法局负责备案审查并每年向县政府报告',
  check: ({ actorInJustice }) =>
    actorInJustice
      ? v('normative.department-review', 'allow', C19, '第十九条：县司法局进行备案审查')
      : v('normative.department-review', 'block', C19, '第十九条：部门规范性文件由县司法局负责备案审查——您不在县司法局'),
};

/** Any command out of turn: the step still missing, with its article. */
export function stepOrder(missing: Step, command: string): Verdict {
  const cites = STEP_CITES[missing];
  const article = cites[0]!.startsWith('yunyang-2025:') ? `第${toChineseNumeral(Number(cites[0]!.split(':')[1]))}条：` : '';
  return v('normative.step-order', 'block', cites, `${article}规范性文件须依次完成法定程序——尚未完成“${STEP_LABELS[missing]}”，不能${command}`);
}

export const stepOrderRule: Rule<{ readonly missing: Step; readonly command: string }> = {
  id: 'normative.step-order',
  cites: [19, 20, 21].map((article) => ({ source: 'yunyang-2025', article })),
  appliesTo: 'normative.*',
  summary: '规范性文件依次经过立项、起草、征求意见、公平竞争审查、合法性审查、完备性审核、集体讨论、签发、编号、公布和备案，缺一不可',
  check: ({ missing, command }) => stepOrder(missing, command),
};

export const NORMATIVE_RULES = [
  draftingDesignation, assessment, contentCheck, consultationDone, fairCompetition, legalityPackageRule, legalityReviewTime, legalityReview, completeness,
  deliberation, signOff, numbering, publication, filingPackage, filingDeadline, ending, departmentFiling, departmentReview, stepOrderRule,
] as const;
