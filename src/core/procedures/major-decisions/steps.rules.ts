/** The statutory steps before the meeting (arts. 20, 25, 26; 国务院令第713号): public participation, expert review, risk assessment, the departments and towns concerned, fair competition, legality review. */
import { daysBetween } from '../../calendar/index.ts';
import type { Rule } from '../../rules/rule.ts';
import { BODY_OPINION_LABELS, LEGALITY_CONCLUSION_LABELS, PARTICIPATION_METHOD_LABELS, type BodyOpinion, type ExpertKind, type FairCompetitionResult, type LegalityConclusion, type ParticipationMethod, type RiskConclusion } from './major-decisions.ts';
import { T, d, verdict, filled } from './rule-helpers.ts';

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
