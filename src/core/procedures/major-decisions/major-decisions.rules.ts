/**
 * The rules of major administrative decisions (arts. 20, 23–28; 国务院令第713号). Each message begins
 * with the provisions it enforces, as a clerk reads them.
 */
import { daysBetween } from '../../calendar/index.ts';
import { formatChineseDate } from '../../kernel/time.ts';
import type { Rule, Verdict } from '../../rules/rule.ts';
import {
  BODY_OPINION_LABELS, CHANGE_KIND_LABELS, EXECUTION_SITUATION_LABELS, EVALUATION_TRIGGER_LABELS, LEGALITY_CONCLUSION_LABELS, PARTICIPATION_METHOD_LABELS,
  type BodyOpinion, type ChangeKind, type EvaluationTrigger, type ExecutionSituation, type ExpertKind, type FairCompetitionResult, type ItemStanding,
  type LegalityConclusion, type ParticipantGroup, type ParticipationMethod, type RiskConclusion,
} from './major-decisions.ts';

const T = '《重大行政决策程序暂行条例》';
const d = (date: string) => formatChineseDate(date);
const verdict = (rule: string, outcome: Verdict['outcome'], cites: readonly string[], message: string): Verdict => ({ rule, outcome, cites, message });
/** Text long enough to be a statement rather than a placeholder. */
export const filled = (s: string | null | undefined, min = 4): boolean => [...(s ?? '').trim()].length >= min;

// ——— The catalogue ———

export interface InCatalogueFacts {
  readonly standing: ItemStanding | 'missing';
  readonly itemTitle: string;
  readonly year: number;
}

/** Art. 23 (目录化管理), 条例第三条: a decision procedure starts only for a matter in the consented catalogue. */
export const inCatalogue: Rule<InCatalogueFacts> = {
  id: 'decision.in-catalogue',
  cites: [{ source: 'yunyang-2025', article: 23 }, { source: 'major-decision-2019', article: 3 }, { source: 'cq-major-decision-2020', article: 3 }],
  appliesTo: 'major-decision.open',
  summary: '实行重大行政决策目录化管理：列入经县委同意的年度决策事项目录的事项，方可启动决策程序',
  check: ({ standing, itemTitle, year }) => {
    const cites = ['yunyang-2025:23', 'major-decision-2019:3'];
    const lead = `第二十三条、${T}第三条`;
    switch (standing) {
      case 'listed':
      case 'withdrawal-proposed':
        return verdict('decision.in-catalogue', 'allow', cites, `${lead}：“${itemTitle}”已列入经县委同意的${year}年度重大行政决策事项目录`);
      case 'proposed':
        return verdict('decision.in-catalogue', 'block', cites, `${lead}：“${itemTitle}”所在的${year}年度决策事项目录（或其调整）尚未经县委同意，不能启动决策程序`);
      case 'withdrawn':
      case 'dropped':
        return verdict('decision.in-catalogue', 'block', cites, `${lead}：“${itemTitle}”已调出${year}年度决策事项目录，不能按重大行政决策办理`);
      case 'missing':
        return verdict('decision.in-catalogue', 'block', cites, `${lead}：该事项不在决策事项目录中，须先经县委同意列入目录`);
    }
  },
};

export interface ConsentFacts {
  readonly action: 'consent' | 'publish';
  readonly consented: boolean;
  /** Items added or withdrawn by this edition. */
  readonly changes: number;
  readonly date: string;
  readonly document: string;
  readonly today: string;
  readonly editionLabel: string;
}

/** 条例第三条第三款: the catalogue takes effect with the party committee's consent and is then published. */
export const catalogueConsent: Rule<ConsentFacts> = {
  id: 'decision.catalogue-consent',
  cites: [{ source: 'major-decision-2019', article: 3 }, { source: 'yunyang-2025', article: 23 }],
  appliesTo: 'decision-catalogue.consent',
  summary: '决策事项目录经同级党委同意后向社会公布，并根据实际情况调整',
  check: ({ action, consented, changes, date, document, today, editionLabel }) => {
    const cites = ['major-decision-2019:3', 'yunyang-2025:23'];
    const lead = `${T}第三条`;
    if (action === 'publish') {
      return consented
        ? verdict('decision.catalogue-consent', 'allow', cites, `${lead}：${editionLabel}已经县委同意，向社会公布`)
        : verdict('decision.catalogue-consent', 'block', cites, `${lead}：决策事项目录须经同级党委同意后向社会公布——${editionLabel}尚未记录县委同意`);
    }
    if (changes === 0) return verdict('decision.catalogue-consent', 'block', cites, `${lead}：${editionLabel}没有列入或调出任何事项，无需报县委同意`);
    if (!filled(document)) return verdict('decision.catalogue-consent', 'block', cites, `${lead}：请载明县委同意的文件或会议纪要（如文号）`);
    if (date > today) return verdict('decision.catalogue-consent', 'block', cites, `${lead}：县委同意的日期不能晚于今天`);
    return verdict('decision.catalogue-consent', 'allow', cites, `${lead}：${editionLabel}经县委同意（${d(date)}，${document.trim()}）`);
  },
};

export interface AdjustmentFacts {
  readonly action: 'open' | 'withdraw';
  readonly reason: string;
  /** The latest edition has been published (an adjustment follows a published catalogue). */
  readonly previousPublished: boolean;
}

/** 条例第三条第三款: the catalogue is adjusted with a reason and, again, the party committee's consent. */
export const catalogueAdjustment: Rule<AdjustmentFacts> = {
  id: 'decision.catalogue-adjustment',
  cites: [{ source: 'major-decision-2019', article: 3 }],
  appliesTo: 'decision-catalogue.adjust',
  summary: '根据实际情况调整决策事项目录，说明理由，重新报经县委同意后公布',
  check: ({ action, reason, previousPublished }) => {
    const cites = ['major-decision-2019:3'];
    const lead = `${T}第三条`;
    if (action === 'open' && !previousPublished) return verdict('decision.catalogue-adjustment', 'block', cites, `${lead}：现行目录尚未向社会公布，请先公布再调整`);
    if (!filled(reason, 6)) return verdict('decision.catalogue-adjustment', 'block', cites, `${lead}：${action === 'open' ? '调整决策事项目录' : '调出事项'}须说明理由（不少于6字）`);
    return verdict('decision.catalogue-adjustment', 'allow', cites, `${lead}：${action === 'open' ? '调整目录' : '调出事项'}，理由：${reason.trim()}；调整须经县委同意后生效并公布`);
  },
};

// ——— Who prepares ———

export interface UndertakingFacts {
  readonly role: 'undertaking' | 'office' | 'other';
  readonly bodyName: string;
  readonly action: string;
}

/** 条例第十一条、第十二条: the undertaking unit drafts the decision and carries out its procedure. */
export const undertakingUnit: Rule<UndertakingFacts> = {
  id: 'decision.undertaking-unit',
  cites: [{ source: 'major-decision-2019', article: 11 }, { source: 'major-decision-2019', article: 12 }],
  appliesTo: 'major-decision.prepare',
  summary: '决策承办单位负责决策草案的拟订等工作，履行决策法定程序',
  check: ({ role, bodyName, action }) => {
    const cites = ['major-decision-2019:11', 'major-decision-2019:12'];
    if (role === 'other') return verdict('decision.undertaking-unit', 'block', cites, `${T}第十一条、第十二条：决策草案的拟订和法定程序的履行由决策承办单位（${bodyName}）负责，您不能${action}`);
    return verdict('decision.undertaking-unit', 'allow', cites, `${T}第十一条、第十二条：${role === 'undertaking' ? `决策承办单位（${bodyName}）` : '县政府办公室'}${action}`);
  },
};

// ——— Public participation ———

export interface HearingFacts {
  readonly method: ParticipationMethod;
  readonly date: string;
  readonly materialsSentOn: string | null;
  readonly noticeDays: number;
  readonly recordSigned: boolean;
}

/** 条例第十六条、第十七条: hearing materials reach participants in time; participants confirm and sign the record. */
export const hearingProcedure: Rule<HearingFacts> = {
  id: 'decision.hearing',
  cites: [{ source: 'yunyang-2025', article: 25 }, { source: 'major-decision-2019', article: 14 }, { source: 'major-decision-2019', article: 16 }, { source: 'major-decision-2019', article: 17 }],
  appliesTo: 'major-decision.participation',
  summary: '以座谈会、听证会、实地走访等方式听取意见；听证会材料于召开7日前送达听证参加人，听证参加人确认听证会记录并签字',
  check: ({ method, date, materialsSentOn, noticeDays, recordSigned }) => {
    if (method !== 'hearing') return verdict('decision.hearing', 'allow', ['yunyang-2025:25', 'major-decision-2019:14'], `第二十五条、${T}第十四条：以${PARTICIPATION_METHOD_LABELS[method]}方式听取意见`);
    const cites = ['major-decision-2019:16', 'major-decision-2019:17'];
    if (materialsSentOn === null || daysBetween(materialsSentOn, date) < noticeDays) {
      return verdict('decision.hearing', 'block', cites, `${T}第十六条：听证会材料应当于召开听证会${noticeDays}日前送达听证参加人——听证会于${d(date)}召开，${materialsSentOn === null ? '未载明材料送达日期' : `材料于${d(materialsSentOn)}送达，不足${noticeDays}日`}`);
    }
    if (!recordSigned) return verdict('decision.hearing', 'block', cites, `${T}第十七条：听证参加人应当确认听证会记录并签字——请在听证参加人签字确认后记录`);
    return verdict('decision.hearing', 'allow', cites, `${T}第十六条、第十七条：听证会材料已于${d(materialsSentOn)}送达（召开前${daysBetween(materialsSentOn, date)}日），听证会记录已经参加人确认签字`);
  },
};

export interface ParticipationFacts {
  readonly records: readonly { readonly label: string; readonly done: boolean; readonly detail: string }[];
}

/** Art. 25, art. 26, 条例第十四条: opinions have been heard, with their handling (public comment: feedback published). */
export const participationDone: Rule<ParticipationFacts> = {
  id: 'decision.participation',
  cites: [{ source: 'yunyang-2025', article: 25 }, { source: 'yunyang-2025', article: 26 }, { source: 'major-decision-2019', article: 14 }, { source: 'major-decision-2019', article: 18 }],
  appliesTo: 'major-decision.submit',
  summary: '决策前采取座谈会、听证会、向社会公开征求意见等方式听取意见，并研究采纳；已发起的公开征求意见须期限届满并公开意见采纳情况反馈',
  check: ({ records }) => {
    const cites = ['yunyang-2025:25', 'major-decision-2019:14'];
    const lead = `第二十五条、${T}第十四条`;
    if (records.length === 0) return verdict('decision.participation', 'block', cites, `${lead}：尚未听取公众意见——可采取座谈会、听证会、实地走访、书面征求意见、向社会公开征求意见、问卷调查、民意调查等方式`);
    const open = records.filter((r) => !r.done);
    if (open.length > 0) return verdict('decision.participation', 'block', cites, `${lead}：公众参与尚未完成——${open.map((r) => r.detail).join('；')}`);
    return verdict('decision.participation', 'allow', cites, `${lead}：已听取意见（${records.map((r) => r.label).join('、')}），研究采纳情况已记录`);
  },
};

// ——— Expert review ———

/** 条例第十九条: a written opinion is signed; a professional institution's is also sealed. */
export const expertSigned: Rule<{ readonly expertKind: ExpertKind; readonly signed: boolean; readonly sealed: boolean; readonly name: string }> = {
  id: 'decision.expert-signed',
  cites: [{ source: 'major-decision-2019', article: 19 }],
  appliesTo: 'major-decision.expert-opinion',
  summary: '专家、专业机构提供书面论证意见的，应当署名、盖章',
  check: ({ expertKind, signed, sealed, name }) => {
    const cites = ['major-decision-2019:19'];
    if (!signed) return verdict('decision.expert-signed', 'block', cites, `${T}第十九条：书面论证意见应当署名——${name}的意见未署名，不能作为论证意见`);
    if (expertKind === 'institution' && !sealed) return verdict('decision.expert-signed', 'block', cites, `${T}第十九条：专业机构提供书面论证意见的，应当署名、盖章——${name}的意见未盖章`);
    return verdict('decision.expert-signed', 'allow', cites, `${T}第十九条：${name}的书面论证意见已署名${expertKind === 'institution' ? '、盖章' : ''}`);
  },
};

/** 条例第二十条: no expert or institution with a direct interest in the matter. */
export const expertIndependent: Rule<{ readonly interestDeclared: boolean; readonly name: string; readonly interestNote: string }> = {
  id: 'decision.expert-independent',
  cites: [{ source: 'major-decision-2019', article: 20 }],
  appliesTo: 'major-decision.expert-opinion',
  summary: '选择专家、专业机构应当坚持专业性、代表性和中立性，不得选择与决策事项有直接利害关系的专家、专业机构',
  check: ({ interestDeclared, name, interestNote }) => {
    const cites = ['major-decision-2019:20'];
    if (interestDeclared) {
      return verdict('decision.expert-independent', 'block', cites, `${T}第二十条：不得选择与决策事项有直接利害关系的专家、专业机构——${name}申报存在利害关系${filled(interestNote, 1) ? `（${interestNote.trim()}）` : ''}，请另行选择`);
    }
    return verdict('decision.expert-independent', 'allow', cites, `${T}第二十条：${name}申报与决策事项无直接利害关系`);
  },
};

export interface ExpertReviewFacts {
  readonly action: 'conclude' | 'check';
  readonly opinions: number;
  readonly min: number;
  readonly concluded: boolean;
}

/** Art. 23, 条例第十九条、第二十九条: the expert review is done with enough signed opinions and their handling reported. */
export const expertReviewDone: Rule<ExpertReviewFacts> = {
  id: 'decision.expert-review',
  cites: [{ source: 'yunyang-2025', article: 23 }, { source: 'yunyang-2025', article: 26 }, { source: 'major-decision-2019', article: 19 }, { source: 'major-decision-2019', article: 29 }],
  appliesTo: 'major-decision.submit',
  summary: '专家论证为重大决策法定程序：组织专家、专业机构论证，形成署名书面意见，并报告研究采纳情况',
  check: ({ action, opinions, min, concluded }) => {
    const cites = ['yunyang-2025:23', 'major-decision-2019:19', 'major-decision-2019:29'];
    const lead = `第二十三条、${T}第十九条`;
    if (opinions < min) return verdict('decision.expert-review', 'block', cites, `${lead}：专家论证意见不足——已有${opinions}份署名书面意见，至少须${min}份`);
    if (action === 'conclude') return verdict('decision.expert-review', 'allow', cites, `${lead}：${opinions}份署名书面论证意见，研究采纳情况已记录`);
    if (!concluded) return verdict('decision.expert-review', 'block', ['major-decision-2019:29'], `${T}第二十九条：已收到${opinions}份论证意见，尚未记录专家论证意见的研究采纳情况`);
    return verdict('decision.expert-review', 'allow', cites, `${lead}：已完成专家论证（${opinions}份署名书面意见，研究采纳情况已记录）`);
  },
};

// ——— Risk assessment ———

export interface RiskReportFacts {
  readonly risks: number;
  readonly measures: string;
  readonly responsePlan: string;
  readonly departmentsHeard: string;
}

/** 条例第二十三条: a risk report names the risk points, the preventive measures and a response plan, after hearing the departments concerned. */
export const riskReport: Rule<RiskReportFacts> = {
  id: 'decision.risk-report',
  cites: [{ source: 'major-decision-2019', article: 23 }],
  appliesTo: 'major-decision.risk',
  summary: '开展风险评估应当听取有关部门的意见，形成风险评估报告，明确风险点，提出风险防范措施和处置预案',
  check: ({ risks, measures, responsePlan, departmentsHeard }) => {
    const cites = ['major-decision-2019:23'];
    const missing = [risks === 0 ? '风险点' : '', filled(measures) ? '' : '风险防范措施', filled(responsePlan) ? '' : '处置预案', filled(departmentsHeard) ? '' : '听取有关部门意见的情况'].filter(Boolean);
    if (missing.length > 0) return verdict('decision.risk-report', 'block', cites, `${T}第二十三条：风险评估报告应当明确风险点，提出风险防范措施和处置预案，并听取有关部门的意见——缺少：${missing.join('、')}`);
    return verdict('decision.risk-report', 'allow', cites, `${T}第二十三条：风险评估报告载明${risks}个风险点、防范措施和处置预案，已听取有关部门意见`);
  },
};

/** Art. 25, 条例第二十二条、第二十四条: the risk has been assessed and judged controllable. */
export const riskControllable: Rule<{ readonly assessment: { readonly conclusion: RiskConclusion; readonly date: string; readonly assessor: string } | null }> = {
  id: 'decision.risk-controllable',
  cites: [{ source: 'yunyang-2025', article: 25 }, { source: 'major-decision-2019', article: 22 }, { source: 'major-decision-2019', article: 24 }],
  appliesTo: 'major-decision.submit',
  summary: '涉及重大公共利益和公众权益、可能存在风险的，应当进行风险评估；风险可控的，方可作出决策',
  check: ({ assessment }) => {
    const cites = ['yunyang-2025:25', 'major-decision-2019:24'];
    const lead = `第二十五条、${T}第二十四条`;
    if (assessment === null) return verdict('decision.risk-controllable', 'block', cites, `${lead}：尚未进行风险评估`);
    if (assessment.conclusion === 'uncontrollable') {
      return verdict('decision.risk-controllable', 'block', cites, `${lead}：风险评估（${assessment.assessor}，${d(assessment.date)}）认为风险不可控——须调整决策草案等措施确保风险可控，并重新评估后方可作出决策`);
    }
    return verdict('decision.risk-controllable', 'allow', cites, `${lead}：风险评估（${assessment.assessor}，${d(assessment.date)}）认为风险可控`);
  },
};

// ——— Departments and towns concerned ———

export interface BodyReplyFacts {
  readonly concerned: boolean;
  readonly self: boolean;
  readonly byUndertaking: boolean;
  readonly replyDocument: string | null;
  readonly bodyName: string;
}

/** Art. 25, 条例第十三条: a concerned body's opinion comes from the body itself, or as its written reply. */
export const bodyReply: Rule<BodyReplyFacts> = {
  id: 'decision.body-reply',
  cites: [{ source: 'yunyang-2025', article: 25 }, { source: 'major-decision-2019', article: 13 }],
  appliesTo: 'major-decision.body-opinion',
  summary: '涉及其他部门的应当充分协商，涉及乡镇（街道）的应当事先征求意见：由该单位提出意见，或由承办单位载明其书面回复',
  check: ({ concerned, self, byUndertaking, replyDocument, bodyName }) => {
    const cites = ['yunyang-2025:25', 'major-decision-2019:13'];
    const lead = `第二十五条、${T}第十三条`;
    if (!concerned) return verdict('decision.body-reply', 'block', cites, `${lead}：${bodyName}不在本决策涉及的部门和乡镇（街道）名单中，请先在决策草案中载明`);
    if (self) return verdict('decision.body-reply', 'allow', cites, `${lead}：${bodyName}提出意见`);
    if (byUndertaking && filled(replyDocument, 2)) return verdict('decision.body-reply', 'allow', cites, `${lead}：承办单位记录${bodyName}的书面回复（${replyDocument!.trim()}）`);
    if (byUndertaking) return verdict('decision.body-reply', 'block', cites, `${lead}：代为记录${bodyName}的意见，须载明其书面回复的文号或日期`);
    return verdict('decision.body-reply', 'block', cites, `${lead}：${bodyName}的意见由该单位提出，或由决策承办单位载明其书面回复后记录`);
  },
};

export interface BodiesFacts {
  readonly concerned: readonly { readonly name: string; readonly town: boolean; readonly opinion: BodyOpinion | null }[];
}

/** Art. 25, 条例第十三条, art. 46: every concerned department has been consulted and every town asked beforehand, with no disagreement left. */
export const bodiesConsulted: Rule<BodiesFacts> = {
  id: 'decision.bodies-consulted',
  cites: [{ source: 'yunyang-2025', article: 25 }, { source: 'major-decision-2019', article: 13 }, { source: 'yunyang-2025', article: 46 }],
  appliesTo: 'major-decision.submit',
  summary: '涉及其他部门的应当充分协商，涉及乡镇（街道）的应当事先征求意见；尚存在分歧的不提交会议',
  check: ({ concerned }) => {
    const cites = ['yunyang-2025:25', 'major-decision-2019:13'];
    const lead = `第二十五条、${T}第十三条`;
    if (concerned.length === 0) return verdict('decision.bodies-consulted', 'allow', cites, `${lead}：决策事项不涉及其他部门和乡镇（街道）`);
    const missing = concerned.filter((c) => c.opinion === null);
    if (missing.length > 0) return verdict('decision.bodies-consulted', 'block', cites, `${lead}：涉及其他部门的应当充分协商，涉及乡镇（街道）的应当事先征求意见——尚未收到${missing.map((c) => c.name).join('、')}的意见`);
    const disagree = concerned.filter((c) => c.opinion === 'disagree');
    if (disagree.length > 0) {
      return verdict('decision.bodies-consulted', 'block', [...cites, 'yunyang-2025:46'], `${lead}、第四十六条：${disagree.map((c) => c.name).join('、')}有不同意见，尚存在分歧的不提交会议——请充分协商，取得一致后由该单位重新提出意见`);
    }
    return verdict('decision.bodies-consulted', 'allow', cites, `${lead}：已征求${concerned.map((c) => `${c.name}（${BODY_OPINION_LABELS[c.opinion!]}）`).join('、')}的意见`);
  },
};

// ——— Fair competition ———

export interface FairReviewerFacts {
  readonly inMarketBody: boolean;
  readonly byUndertaking: boolean;
  readonly document: string | null;
  readonly marketBodyName: string;
}

/** 《公平竞争审查条例》第十四条: the market-regulation department reviews with the drafting unit. */
export const fairCompetitionReviewer: Rule<FairReviewerFacts> = {
  id: 'decision.fair-competition-reviewer',
  cites: [{ source: 'fair-competition-2024', article: 14 }, { source: 'yunyang-2025', article: 25 }],
  appliesTo: 'major-decision.fair-competition',
  summary: '以县政府名义出台的政策措施，由县市场监管部门会同起草单位进行公平竞争审查',
  check: ({ inMarketBody, byUndertaking, document, marketBodyName }) => {
    const cites = ['fair-competition-2024:14', 'yunyang-2025:25'];
    const lead = '《公平竞争审查条例》第十四条';
    if (inMarketBody) return verdict('decision.fair-competition-reviewer', 'allow', cites, `${lead}：${marketBodyName}出具公平竞争审查意见`);
    if (byUndertaking && filled(document, 2)) return verdict('decision.fair-competition-reviewer', 'allow', cites, `${lead}：起草单位记录${marketBodyName}会同审查的意见（${document!.trim()}）`);
    if (byUndertaking) return verdict('decision.fair-competition-reviewer', 'block', cites, `${lead}：公平竞争审查由${marketBodyName}会同起草单位进行——代为记录的，须载明${marketBodyName}审查意见的文号`);
    return verdict('decision.fair-competition-reviewer', 'block', cites, `${lead}：公平竞争审查由${marketBodyName}会同起草单位进行，您不能记录审查结论`);
  },
};

/** Art. 25, 《公平竞争审查条例》第十四条、第十八条: a decision affecting market actors passes the review first. */
export const fairCompetitionDone: Rule<{ readonly affectsMarket: boolean; readonly review: { readonly result: FairCompetitionResult; readonly date: string } | null }> = {
  id: 'decision.fair-competition',
  cites: [{ source: 'yunyang-2025', article: 25 }, { source: 'fair-competition-2024', article: 18 }, { source: 'major-decision-2019', article: 29 }],
  appliesTo: 'major-decision.submit',
  summary: '涉及市场准入、产业发展、招商引资、招标投标、政府采购、经营行为规范、资质标准等市场主体经济活动的，应当进行公平竞争审查；未经审查的不得出台',
  check: ({ affectsMarket, review }) => {
    const cites = ['yunyang-2025:25', 'fair-competition-2024:18'];
    const lead = '第二十五条、《公平竞争审查条例》第十八条';
    if (!affectsMarket) return verdict('decision.fair-competition', 'allow', ['yunyang-2025:25'], '第二十五条：决策事项不涉及市场主体经济活动，无需公平竞争审查');
    if (review === null) return verdict('decision.fair-competition', 'block', cites, `${lead}：决策事项涉及市场主体经济活动，尚未进行公平竞争审查`);
    if (review.result === 'fail') return verdict('decision.fair-competition', 'block', cites, `${lead}：公平竞争审查（${d(review.date)}）认为违反审查标准——须调整决策草案后重新审查`);
    return verdict('decision.fair-competition', 'allow', cites, `${lead}：已通过公平竞争审查（${d(review.date)}）`);
  },
};

// ——— Legality review ———

export interface PackageFacts {
  /** Steps before the review still undone (their labels). */
  readonly missing: readonly string[];
  readonly legalBasis: string;
  readonly procedureStatement: string;
  /** The review already under way (sent or received, no opinion yet). */
  readonly underReview: boolean;
}

/** 条例第二十六条: the legality review gets the complete package — the draft, its legal basis and a statement of the procedures performed. */
export const legalityPackage: Rule<PackageFacts> = {
  id: 'decision.legality-package',
  cites: [{ source: 'major-decision-2019', article: 26 }, { source: 'major-decision-2019', article: 27 }],
  appliesTo: 'major-decision.legality-send',
  summary: '送请合法性审查，应当提供决策草案及相关材料，包括有关法律、法规、规章等依据和履行决策法定程序的说明',
  check: ({ missing, legalBasis, procedureStatement, underReview }) => {
    const cites = ['major-decision-2019:26'];
    const lead = `${T}第二十六条`;
    if (underReview) return verdict('decision.legality-package', 'block', cites, `${lead}：决策草案正在合法性审查中，不能重复送审`);
    if (missing.length > 0) return verdict('decision.legality-package', 'block', [...cites, 'major-decision-2019:27'], `${lead}、第二十七条：送审材料应当包括履行决策法定程序的说明——尚未完成：${missing.join('、')}`);
    if (!filled(legalBasis, 6)) return verdict('decision.legality-package', 'block', cites, `${lead}：请列明有关法律、法规、规章等依据`);
    if (!filled(procedureStatement, 10)) return verdict('decision.legality-package', 'block', cites, `${lead}：请说明履行决策法定程序的情况`);
    return verdict('decision.legality-package', 'allow', cites, `${lead}：送审材料齐全（决策草案、法律依据、履行法定程序的说明）`);
  },
};

/** Art. 20, 条例第二十五条: the legality review is the 县司法局's, and cannot be replaced by consultation. */
export const legalityReviewer: Rule<{ readonly inJustice: boolean; readonly justiceName: string }> = {
  id: 'decision.legality-reviewer',
  cites: [{ source: 'yunyang-2025', article: 20 }, { source: 'major-decision-2019', article: 25 }],
  appliesTo: 'major-decision.legality-opinion',
  summary: '决策草案提交讨论前，由县司法局进行合法性审查；不得以征求意见等方式代替合法性审查',
  check: ({ inJustice, justiceName }) => {
    const cites = ['yunyang-2025:20', 'major-decision-2019:25'];
    return inJustice
      ? verdict('decision.legality-reviewer', 'allow', cites, `第二十条、${T}第二十五条：由${justiceName}进行合法性审查`)
      : verdict('decision.legality-reviewer', 'block', cites, `第二十条、${T}第二十五条：合法性审查由${justiceName}负责，不得以征求意见等方式代替——您不能办理`);
  },
};

export interface ReviewTimeFacts {
  readonly receivedOn: string;
  readonly earliestOpinionDate: string;
  readonly today: string;
  readonly minWorkdays: number;
  readonly explanation: string;
  readonly provisional: boolean;
}

/** Art. 20, 条例第二十六条: the reviewer is given at least the minimum working days from receiving the complete package. */
export const legalityReviewTime: Rule<ReviewTimeFacts> = {
  id: 'decision.legality-review-time',
  cites: [{ source: 'yunyang-2025', article: 20 }, { source: 'major-decision-2019', article: 26 }],
  appliesTo: 'major-decision.legality-opinion',
  summary: '送请合法性审查，应当保证必要的审查时间，重大行政决策的合法性审查期限一般不少于7个工作日',
  check: ({ receivedOn, earliestOpinionDate, today, minWorkdays, explanation, provisional }) => {
    const cites = ['yunyang-2025:20', 'major-decision-2019:26'];
    const lead = `第二十条、${T}第二十六条`;
    const note = provisional ? '（暂定：相关年份节假日安排尚未载入）' : '';
    if (today < earliestOpinionDate) {
      return verdict('decision.legality-review-time', 'block', cites, `${lead}：合法性审查期限一般不少于${minWorkdays}个工作日——${d(receivedOn)}收到完整送审材料，最早于${d(earliestOpinionDate)}出具审查意见${note}（${explanation}）`);
    }
    return verdict('decision.legality-review-time', 'allow', cites, `${lead}：${d(receivedOn)}收到完整送审材料，审查时间不少于${minWorkdays}个工作日（最早${d(earliestOpinionDate)}${note}）`);
  },
};

/** 条例第二十八条: legal advisers or government lawyers give their legal opinion in the review. */
export const legalityCounsel: Rule<{ readonly counselOpinion: string; readonly conclusion: LegalityConclusion; readonly riskStatement: string | null }> = {
  id: 'decision.legality-counsel',
  cites: [{ source: 'major-decision-2019', article: 28 }, { source: 'major-decision-2019', article: 25 }],
  appliesTo: 'major-decision.legality-opinion',
  summary: '合法性审查过程中，应当组织法律顾问、公职律师提出法律意见；探索性改革事项明示法律风险',
  check: ({ counselOpinion, conclusion, riskStatement }) => {
    if (!filled(counselOpinion, 6)) return verdict('decision.legality-counsel', 'block', ['major-decision-2019:28'], `${T}第二十八条：在合法性审查过程中，应当组织法律顾问、公职律师提出法律意见——请载明其意见`);
    if (conclusion === 'exploratory' && !filled(riskStatement, 6)) return verdict('decision.legality-counsel', 'block', ['major-decision-2019:25'], `${T}第二十五条：国家尚无明确规定的探索性改革决策事项，须明示法律风险`);
    return verdict('decision.legality-counsel', 'allow', ['major-decision-2019:28'], `${T}第二十八条：法律顾问、公职律师已提出法律意见`);
  },
};

export interface LegalityStateFacts {
  readonly state: 'none' | 'sent' | 'received' | 'returned' | 'opinion';
  readonly conclusion: LegalityConclusion | null;
  readonly reviewedVersion: number | null;
  readonly currentVersion: number;
  readonly earliestOpinionDate: string | null;
  readonly opinionDate: string | null;
}

/** Art. 23, 条例第二十五条: a draft not reviewed, or found unlawful, does not go to the meeting; the draft discussed is the draft reviewed. */
export const legalityPassed: Rule<LegalityStateFacts> = {
  id: 'decision.legality-passed',
  cites: [{ source: 'yunyang-2025', article: 23 }, { source: 'yunyang-2025', article: 20 }, { source: 'major-decision-2019', article: 25 }],
  appliesTo: 'major-decision.submit',
  summary: '决策草案未经合法性审查或者经审查不合法的，不得提交讨论',
  check: ({ state, conclusion, reviewedVersion, currentVersion, earliestOpinionDate, opinionDate }) => {
    const cites = ['yunyang-2025:23', 'major-decision-2019:25'];
    const lead = `第二十三条、${T}第二十五条`;
    switch (state) {
      case 'none':
        return verdict('decision.legality-passed', 'block', cites, `${lead}：决策草案未经合法性审查，不得提交讨论`);
      case 'sent':
        return verdict('decision.legality-passed', 'block', cites, `${lead}：已送请县司法局合法性审查，待其收件`);
      case 'returned':
        return verdict('decision.legality-passed', 'block', cites, `${lead}：送审材料被退回补充，请补充后重新送审`);
      case 'received':
        return verdict('decision.legality-passed', 'block', cites, `${lead}：合法性审查进行中${earliestOpinionDate ? `（最早于${d(earliestOpinionDate)}出具审查意见）` : ''}`);
      case 'opinion':
        if (conclusion === 'unlawful') return verdict('decision.legality-passed', 'block', cites, `${lead}：经合法性审查不合法，不得提交讨论——请修改决策草案后重新送审`);
        if (reviewedVersion !== currentVersion) return verdict('decision.legality-passed', 'block', cites, `${lead}：决策草案在合法性审查后又作修改（审查的是第${reviewedVersion}稿，现为第${currentVersion}稿），须重新送审`);
        return verdict('decision.legality-passed', 'allow', cites, `${lead}：第${currentVersion}稿经合法性审查${conclusion === 'exploratory' ? '，为探索性改革事项，已明示法律风险' : '，结论为合法'}（${opinionDate ? d(opinionDate) : ''}）`);
    }
  },
};

export const LEGALITY_LABEL = (c: LegalityConclusion): string => LEGALITY_CONCLUSION_LABELS[c];

// ——— The collective decision ———

export interface CollectiveFacts {
  /** The kind of meeting the topic is for. */
  readonly meetingKind: string;
  /** The topic was put forward from this dossier and is of category 'major-decision'. */
  readonly linked: boolean;
  /** 'submit': the meeting chosen; 'record': the conclusion is on record. */
  readonly stage: 'submit' | 'record';
  readonly concluded: boolean;
}

const COLLECTIVE_KINDS: ReadonlySet<string> = new Set(['executive', 'plenary']);

/** Arts. 6, 24, 条例第三十条: a major decision is discussed and decided by the 常务会议 or 全体会议, and recorded only from that conclusion. */
export const collectiveDecision: Rule<CollectiveFacts> = {
  id: 'decision.collective',
  cites: [{ source: 'yunyang-2025', article: 24 }, { source: 'yunyang-2025', article: 6 }, { source: 'major-decision-2019', article: 30 }],
  appliesTo: 'major-decision.decide',
  summary: '重大行政决策须经县政府全体会议或常务会议讨论决定，不得以其他方式作出',
  check: ({ meetingKind, linked, stage, concluded }) => {
    const cites = ['yunyang-2025:24', 'yunyang-2025:6', 'major-decision-2019:30'];
    const lead = `第六条、第二十四条、${T}第三十条`;
    if (!COLLECTIVE_KINDS.has(meetingKind)) return verdict('decision.collective', 'block', cites, `${lead}：重大行政决策须经县政府全体会议或常务会议讨论决定，不能在其他会议或以其他方式决定`);
    if (!linked) return verdict('decision.collective', 'block', cites, `${lead}：只能依据本决策卷宗提请的会议议题的讨论结论登记决定`);
    if (stage === 'record' && !concluded) return verdict('decision.collective', 'block', cites, `${lead}：会议尚未对该议题形成结论，不能登记决定`);
    return verdict('decision.collective', 'allow', cites, `${lead}：${stage === 'submit' ? '提请县政府常务会议或全体会议讨论决定' : '依据会议讨论结论登记'}`);
  },
};

export interface DiscussionFacts {
  readonly members: number;
  readonly headLast: boolean;
  readonly dissent: number;
  readonly againstMajority: boolean;
  readonly reason: string;
  readonly counts: string;
}

/** 条例第三十条: the members spoke, the 行政首长 last; dissent is on record; a decision against the majority states its reasons. */
export const discussionRecord: Rule<DiscussionFacts> = {
  id: 'decision.discussion-record',
  cites: [{ source: 'major-decision-2019', article: 30 }],
  appliesTo: 'major-decision.decide',
  summary: '会议组成人员充分发表意见，行政首长最后发表意见；与多数人意见不一致的在会上说明理由；不同意见如实载明',
  check: ({ members, headLast, dissent, againstMajority, reason, counts }) => {
    const cites = ['major-decision-2019:30'];
    const lead = `${T}第三十条`;
    if (!headLast || members < 2) return verdict('decision.discussion-record', 'block', cites, `${lead}：讨论记录中会议组成人员未充分发表意见或行政首长未最后发表意见，不能登记决定`);
    if (againstMajority && !filled(reason)) return verdict('decision.discussion-record', 'block', cites, `${lead}：决定与会议组成人员多数人的意见不一致，讨论记录中没有说明理由`);
    return verdict('decision.discussion-record', 'allow', cites, `${lead}：组成人员意见${counts}，行政首长最后发表意见${dissent > 0 ? `；${dissent}项不同意见已如实载明` : ''}${againstMajority ? `；与多数意见不一致的理由：${reason.trim()}` : ''}`);
  },
};

/** 条例第三十一条: before it is issued, the decision is reported to the county party committee. */
export const partyReport: Rule<{ readonly reported: boolean }> = {
  id: 'decision.party-report',
  cites: [{ source: 'major-decision-2019', article: 31 }],
  appliesTo: 'major-decision.publish',
  summary: '重大行政决策出台前应当按照规定向同级党委请示报告',
  check: ({ reported }) =>
    reported
      ? verdict('decision.party-report', 'allow', ['major-decision-2019:31'], `${T}第三十一条：已向县委请示报告`)
      : verdict('decision.party-report', 'block', ['major-decision-2019:31'], `${T}第三十一条：重大行政决策出台前应当按照规定向县委请示报告——尚未记录`),
};

export interface PublicationFacts {
  readonly disclosure: 'public' | 'withheld';
  readonly withheldReason: string;
  readonly adoptionExplanation: string;
}

/** Art. 30, 条例第三十二条: published promptly, explaining how public and expert opinions were adopted; withheld only with a reason. */
export const publication: Rule<PublicationFacts> = {
  id: 'decision.publication',
  cites: [{ source: 'yunyang-2025', article: 30 }, { source: 'major-decision-2019', article: 32 }],
  appliesTo: 'major-decision.publish',
  summary: '通过政府公报、政府网站等及时公布重大行政决策，说明公众意见、专家论证意见的采纳情况；依法不予公开的除外',
  check: ({ disclosure, withheldReason, adoptionExplanation }) => {
    const cites = ['yunyang-2025:30', 'major-decision-2019:32'];
    const lead = `第三十条、${T}第三十二条`;
    if (disclosure === 'withheld') {
      return filled(withheldReason)
        ? verdict('decision.publication', 'allow', cites, `${lead}：依法不予公开（${withheldReason.trim()}）`)
        : verdict('decision.publication', 'block', cites, `${lead}：不予公开的，须说明依法不予公开的理由`);
    }
    if (!filled(adoptionExplanation, 10)) return verdict('decision.publication', 'block', cites, `${lead}：公布重大行政决策，应当说明公众意见、专家论证意见的采纳情况`);
    return verdict('decision.publication', 'allow', cites, `${lead}：在政府网站公布，并说明公众意见、专家论证意见的采纳情况`);
  },
};

/** 条例第三十二条 “及时公布”: publication after the parameter's period is recorded as late (a warning). */
export const publicationTimely: Rule<{ readonly dueDate: string | null; readonly today: string }> = {
  id: 'decision.publication-timely',
  cites: [{ source: 'major-decision-2019', article: 32 }],
  appliesTo: 'major-decision.publish',
  summary: '决策机关应当及时公布重大行政决策',
  check: ({ dueDate, today }) => {
    const cites = ['major-decision-2019:32'];
    if (dueDate !== null && today > dueDate) return verdict('decision.publication-timely', 'warn', cites, `${T}第三十二条：应当及时公布——公布期限${d(dueDate)}已过，已记录逾期公布`);
    return verdict('decision.publication-timely', 'allow', cites, `${T}第三十二条：及时公布${dueDate ? `（期限${d(dueDate)}）` : ''}`);
  },
};

// ——— Execution ———

/** Art. 28, 条例第三十四条: the decision names the unit that carries it out. */
export const executionUnit: Rule<{ readonly bodyKind: string | null; readonly bodyName: string; readonly reportEveryDays: number }> = {
  id: 'decision.execution-unit',
  cites: [{ source: 'yunyang-2025', article: 28 }, { source: 'major-decision-2019', article: 34 }],
  appliesTo: 'major-decision.designate',
  summary: '决策机关应当明确决策执行单位，并对决策执行情况进行督促检查',
  check: ({ bodyKind, bodyName, reportEveryDays }) => {
    const cites = ['yunyang-2025:28', 'major-decision-2019:34'];
    const lead = `第二十八条、${T}第三十四条`;
    if (bodyKind === null || !['office', 'department', 'town', 'street', 'agency'].includes(bodyKind)) {
      return verdict('decision.execution-unit', 'block', cites, `${lead}：决策执行单位须为县政府办公室、县政府部门、乡镇（街道）或第六十九条所列机构`);
    }
    return verdict('decision.execution-unit', 'allow', cites, `${lead}：明确${bodyName}为决策执行单位，每${reportEveryDays}日报告执行情况`);
  },
};

export interface ProgressFacts {
  readonly inExecutionUnit: boolean;
  readonly office: boolean;
  readonly bodyName: string;
  readonly situation: ExecutionSituation;
}

/** Art. 28, 条例第三十四条、第三十五条: the executing unit reports how the decision goes, and problems or changed circumstances at once. */
export const progressReporter: Rule<ProgressFacts> = {
  id: 'decision.progress-reporter',
  cites: [{ source: 'yunyang-2025', article: 28 }, { source: 'major-decision-2019', article: 34 }, { source: 'major-decision-2019', article: 35 }],
  appliesTo: 'major-decision.progress',
  summary: '决策执行单位及时跟踪和反馈执行情况；发现决策存在问题、客观情况发生重大变化等的，及时向决策机关报告',
  check: ({ inExecutionUnit, office, bodyName, situation }) => {
    const cites = ['yunyang-2025:28', 'major-decision-2019:34'];
    const lead = `第二十八条、${T}第三十四条`;
    if (!inExecutionUnit && !office) return verdict('decision.progress-reporter', 'block', cites, `${lead}：执行情况由决策执行单位（${bodyName}）报告，您不能报送`);
    if (situation !== 'normal') {
      return verdict('decision.progress-reporter', 'warn', [...cites, 'major-decision-2019:35'], `${T}第三十五条：执行单位报告“${EXECUTION_SITUATION_LABELS[situation]}”——请决策机关研究是否组织决策后评估或依法中止、调整`);
    }
    return verdict('decision.progress-reporter', 'allow', cites, `${lead}：${bodyName}报告执行情况`);
  },
};

// ——— Post-decision evaluation ———

/** Art. 27, 条例第三十六条: an evaluation names its trigger. */
export const evaluationTrigger: Rule<{ readonly trigger: EvaluationTrigger; readonly note: string }> = {
  id: 'decision.evaluation-trigger',
  cites: [{ source: 'yunyang-2025', article: 27 }, { source: 'major-decision-2019', article: 36 }],
  appliesTo: 'major-decision.evaluation-start',
  summary: '决策实施后明显未达到预期效果、公众提出较多意见或决策机关认为有必要的，组织决策后评估，确定承担评估具体工作的单位',
  check: ({ trigger, note }) => {
    const cites = ['yunyang-2025:27', 'major-decision-2019:36'];
    const lead = `第二十七条、${T}第三十六条`;
    if (!filled(note, 6)) return verdict('decision.evaluation-trigger', 'block', cites, `${lead}：组织决策后评估，请说明“${EVALUATION_TRIGGER_LABELS[trigger]}”的具体情况`);
    return verdict('decision.evaluation-trigger', 'allow', cites, `${lead}：因“${EVALUATION_TRIGGER_LABELS[trigger]}”组织决策后评估`);
  },
};

export interface EvaluatorFacts {
  readonly evaluatorName: string;
  /** The pre-decision assessor the evaluator is, with what it did (e.g. 决策承办单位), or null. */
  readonly conflict: { readonly name: string; readonly role: string } | null;
}

/** 条例第三十六条: the evaluation is not entrusted to the unit that did the main pre-decision assessment. */
export const evaluatorIndependent: Rule<EvaluatorFacts> = {
  id: 'decision.evaluator-independent',
  cites: [{ source: 'major-decision-2019', article: 36 }, { source: 'yunyang-2025', article: 27 }],
  appliesTo: 'major-decision.evaluation-start',
  summary: '决策后评估不得由决策作出前承担主要论证评估工作的单位承担',
  check: ({ evaluatorName, conflict }) => {
    const cites = ['major-decision-2019:36'];
    if (conflict) return verdict('decision.evaluator-independent', 'block', cites, `${T}第三十六条：决策作出前承担主要论证评估工作的单位不得承担决策后评估——${conflict.name}是本决策的${conflict.role}`);
    return verdict('decision.evaluator-independent', 'allow', cites, `${T}第三十六条：${evaluatorName}未承担本决策作出前的主要论证评估工作`);
  },
};

export interface EvaluationReportFacts {
  readonly byEvaluator: boolean;
  readonly evaluatorName: string;
  readonly publicOpinions: string;
  readonly participants: readonly ParticipantGroup[];
}

/** Art. 27, 条例第三十六条: the evaluator reports, having heard the public and involved deputies and members. */
export const evaluationReport: Rule<EvaluationReportFacts> = {
  id: 'decision.evaluation-report',
  cites: [{ source: 'yunyang-2025', article: 27 }, { source: 'major-decision-2019', article: 36 }],
  appliesTo: 'major-decision.evaluation-report',
  summary: '决策后评估注重听取社会公众的意见，吸收人大代表、政协委员、人民团体、基层组织、社会组织参与；评估结果作为调整决策的重要依据',
  check: ({ byEvaluator, evaluatorName, publicOpinions, participants }) => {
    const cites = ['yunyang-2025:27', 'major-decision-2019:36'];
    const lead = `第二十七条、${T}第三十六条`;
    if (!byEvaluator) return verdict('decision.evaluation-report', 'block', cites, `${lead}：评估报告由承担评估具体工作的单位（${evaluatorName}）提出，或由县政府办公室载明第三方报告后记录`);
    if (!filled(publicOpinions, 6)) return verdict('decision.evaluation-report', 'block', cites, `${lead}：开展决策后评估，应当注重听取社会公众的意见——请载明听取意见的情况`);
    const heard = participants.filter((p) => p === 'npc-deputies' || p === 'cppcc-members' || p === 'people-organisations' || p === 'grassroots');
    return verdict('decision.evaluation-report', heard.length > 0 ? 'allow' : 'warn', cites,
      heard.length > 0 ? `${lead}：评估已听取社会公众意见，并吸收人大代表、政协委员等参与` : `${lead}：开展决策后评估，应当吸收人大代表、政协委员、人民团体、基层组织、社会组织参与——本次未载明，已记录`);
  },
};

// ——— Changes ———

export interface ChangeFacts {
  readonly action: 'urgent-suspend' | 'propose' | 'record' | 'supersede';
  readonly change: ChangeKind | null;
  readonly actsForHead: boolean;
  readonly situation: ExecutionSituation | null;
  readonly urgency: string;
  readonly reasons: string;
  readonly major: boolean;
}

/** 条例第三十七条: no change or stop without due procedure; the 行政首长 may suspend first when urgent; a major adjustment repeats the procedure. */
export const changeProcedure: Rule<ChangeFacts> = {
  id: 'decision.change-procedure',
  cites: [{ source: 'major-decision-2019', article: 37 }, { source: 'major-decision-2019', article: 35 }, { source: 'yunyang-2025', article: 27 }],
  appliesTo: 'major-decision.change',
  summary: '依法作出的重大行政决策，未经法定程序不得随意变更或者停止执行；情况紧急的，行政首长可以先决定中止执行；重大调整依法履行相关法定程序',
  check: ({ action, change, actsForHead, situation, urgency, reasons, major }) => {
    const cites = ['major-decision-2019:37'];
    const lead = `${T}第三十七条`;
    const rule = 'decision.change-procedure';
    if (action === 'supersede') return verdict(rule, 'allow', cites, `${lead}：重大调整已依法履行相关法定程序，调整后的决策已公布，原决策由其替代`);
    if (action === 'urgent-suspend') {
      if (!actsForHead) return verdict(rule, 'block', cites, `${lead}：情况紧急的，由决策机关行政首长先决定中止执行——您不是县长（或代行县长职务者）；其他变更须提请县政府常务会议或全体会议研究决定`);
      if (situation === null || situation === 'normal') return verdict(rule, 'block', [...cites, 'major-decision-2019:35'], `${lead}：先决定中止执行，须有第三十五条规定的情形（决策存在问题、客观情况发生重大变化或发生不可抗力）`);
      if (!filled(urgency, 6) || !filled(reasons, 10)) return verdict(rule, 'block', cites, `${lead}：先决定中止执行，须说明情况紧急的具体情形和理由`);
      return verdict(rule, 'allow', [...cites, 'major-decision-2019:35'], `${lead}：因“${EXECUTION_SITUATION_LABELS[situation]}”且情况紧急，行政首长决定先中止执行`);
    }
    if (!filled(reasons, 10)) return verdict(rule, 'block', cites, `${lead}：依法作出的重大行政决策，未经法定程序不得随意变更或者停止执行——请说明理由（不少于10字）`);
    if (change === 'adjust' && major) return verdict(rule, 'block', cites, `${lead}：需要作出重大调整的，应当依照条例履行相关法定程序——请以调整方案另立决策卷宗（重大调整），履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序`);
    const label = change ? CHANGE_KIND_LABELS[change] : '变更';
    return verdict(rule, 'allow', cites, action === 'propose' ? `${lead}：${label}提请县政府常务会议或全体会议研究决定` : `${lead}：${label}经会议研究决定`);
  },
};

export const MAJOR_DECISION_RULES = [
  inCatalogue, catalogueConsent, catalogueAdjustment, undertakingUnit, hearingProcedure, participationDone, expertSigned, expertIndependent, expertReviewDone,
  riskReport, riskControllable, bodyReply, bodiesConsulted, fairCompetitionReviewer, fairCompetitionDone, legalityPackage, legalityReviewer, legalityReviewTime,
  legalityCounsel, legalityPassed, collectiveDecision, discussionRecord, partyReport, publication, publicationTimely, executionUnit, progressReporter,
  evaluationTrigger, evaluatorIndependent, evaluationReport, changeProcedure,
] as const;
