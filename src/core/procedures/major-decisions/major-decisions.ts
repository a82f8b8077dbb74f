/**
 * Major administrative decisions (重大行政决策, arts. 23–28; 《重大行政决策程序暂行条例》, 国务院令第713号;
 * 《重庆市重大行政决策程序规定》, 渝府令第337号).
 *
 * A yearly catalogue (决策事项目录) lists the matters; it takes effect with the county party committee's
 * consent and is published; it is adjusted the same way (a reason, consent again). Each catalogued
 * matter has one dossier (决策卷宗) in which the undertaking unit records the statutory steps, each
 * with its evidence, in order: public participation, expert review, risk assessment, consultation of
 * the departments and towns concerned, fair-competition review where market actors are affected and
 * the legality review by the 县司法局. Only then does the dossier go to a 常务会议 or 全体会议, whose
 * recorded discussion decides it; the decision is reported to the party committee, published, carried
 * out by a designated unit that reports on it, evaluated afterwards, and changed only through due
 * procedure. Every entry is kept, so the dossier can be produced as one file.
 */

/** 条例第三条第一款 (渝府令第337号第三条): what kind of matter a major decision is. */
export const DECISION_CATEGORIES = ['public-policy', 'plan', 'resources', 'project-assets', 'other'] as const;
export type DecisionCategory = (typeof DECISION_CATEGORIES)[number];
export const DECISION_CATEGORY_LABELS: Readonly<Record<DecisionCategory, string>> = {
  'public-policy': '公共服务、市场监管、社会管理、环境保护等方面的重大公共政策和措施',
  plan: '经济和社会发展等方面的重要规划',
  resources: '开发利用、保护重要自然资源和文化资源的重大公共政策和措施',
  'project-assets': '重大公共建设项目、重大国有资产处置',
  other: '对经济社会发展有重大影响、涉及重大公共利益或者社会公众切身利益的其他重大事项',
};

/**
 * Art. 24: the matters that must be discussed and decided by the 全体会议 or 常务会议. A catalogued
 * major decision is classified under one of them; 政府行政规范性文件 have their own procedure.
 */
export const MATTER_KINDS = ['development-plan', 'budget', 'major-plan', 'reform-policy', 'social-affairs', 'major-project', 'major-funds', 'state-assets', 'other'] as const;
export type MatterKind = (typeof MATTER_KINDS)[number];
export const MATTER_KIND_LABELS: Readonly<Record<MatterKind, string>> = {
  'development-plan': '全县国民经济和社会发展计划',
  budget: '财政预算',
  'major-plan': '重大规划',
  'reform-policy': '贯彻国家宏观调控和改革开放的重大政策措施',
  'social-affairs': '社会管理重要事务',
  'major-project': '重大项目建设',
  'major-funds': '大额资金使用',
  'state-assets': '重大国有资产处置',
  other: '政府工作的其他重大问题',
};

/** A catalogue edition: the first list of the year, then each adjustment (条例第三条第三款). */
export const EDITION_STATUSES = ['draft', 'consented', 'published'] as const;
export type EditionStatus = (typeof EDITION_STATUSES)[number];

/** Where a catalogued matter stands in the catalogue at a given edition. */
export type ItemStanding = 'proposed' | 'listed' | 'withdrawal-proposed' | 'withdrawn' | 'dropped';

/** The dossier's stages. */
export const DOSSIER_STATUSES = ['preparing', 'submitted', 'decided', 'not-adopted', 'published', 'executing', 'suspended', 'terminated', 'adjusted'] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

/** Art. 25, 条例第十四条: the ways of hearing opinions. */
export const PARTICIPATION_METHODS = ['public-comment', 'hearing', 'symposium', 'field-visit', 'written', 'questionnaire', 'poll'] as const;
export type ParticipationMethod = (typeof PARTICIPATION_METHODS)[number];
export const PARTICIPATION_METHOD_LABELS: Readonly<Record<ParticipationMethod, string>> = {
  'public-comment': '向社会公开征求意见',
  hearing: '听证会',
  symposium: '座谈会',
  'field-visit': '实地走访',
  written: '书面征求意见',
  questionnaire: '问卷调查',
  poll: '民意调查',
};

/** Art. 26: whose opinions were heard. */
export const PARTICIPANT_GROUPS = ['npc-deputies', 'cppcc-members', 'people-organisations', 'experts', 'public', 'market-actors', 'grassroots'] as const;
export type ParticipantGroup = (typeof PARTICIPANT_GROUPS)[number];
export const PARTICIPANT_GROUP_LABELS: Readonly<Record<ParticipantGroup, string>> = {
  'npc-deputies': '人大代表',
  'cppcc-members': '政协委员',
  'people-organisations': '人民团体',
  experts: '专家学者',
  public: '社会公众',
  'market-actors': '市场主体和行业协会',
  grassroots: '基层组织和群众代表',
};

/** 条例第二十条: how experts review. */
export const EXPERT_MODES = ['meeting', 'written', 'commissioned'] as const;
export type ExpertMode = (typeof EXPERT_MODES)[number];
export const EXPERT_MODE_LABELS: Readonly<Record<ExpertMode, string>> = { meeting: '论证会', written: '书面咨询', commissioned: '委托咨询论证' };

/** 条例第十九条: an expert signs; a professional institution signs and seals. */
export type ExpertKind = 'expert' | 'institution';
export const EXPERT_KIND_LABELS: Readonly<Record<ExpertKind, string>> = { expert: '专家', institution: '专业机构' };

export type RiskConclusion = 'controllable' | 'uncontrollable';
export const RISK_CONCLUSION_LABELS: Readonly<Record<RiskConclusion, string>> = { controllable: '风险可控', uncontrollable: '风险不可控' };

export type BodyOpinion = 'agree' | 'suggestions' | 'disagree';
export const BODY_OPINION_LABELS: Readonly<Record<BodyOpinion, string>> = { agree: '无不同意见', suggestions: '提出修改意见', disagree: '有不同意见' };

export type FairCompetitionResult = 'pass' | 'fail';
export const FAIR_COMPETITION_LABELS: Readonly<Record<FairCompetitionResult, string>> = { pass: '符合公平竞争审查标准', fail: '违反公平竞争审查标准' };

/** 条例第二十五条: lawful; unlawful; an exploratory reform with its legal risk stated. */
export type LegalityConclusion = 'lawful' | 'unlawful' | 'exploratory';
export const LEGALITY_CONCLUSION_LABELS: Readonly<Record<LegalityConclusion, string>> = {
  lawful: '合法', unlawful: '不合法（须修改后重新送审）', exploratory: '探索性改革事项，明示法律风险',
};

/** 条例第三十五条: what an execution report says about the decision. */
export type ExecutionSituation = 'normal' | 'problem' | 'major-change' | 'force-majeure';
export const EXECUTION_SITUATION_LABELS: Readonly<Record<ExecutionSituation, string>> = {
  normal: '正常推进', problem: '发现决策存在问题', 'major-change': '客观情况发生重大变化', 'force-majeure': '发生不可抗力',
};

/** Art. 27, 条例第三十六条 (and the Chongqing rules on post-decision evaluation): why evaluate. */
export const EVALUATION_TRIGGERS = ['ineffective', 'many-opinions', 'necessary', 'changed'] as const;
export type EvaluationTrigger = (typeof EVALUATION_TRIGGERS)[number];
export const EVALUATION_TRIGGER_LABELS: Readonly<Record<EvaluationTrigger, string>> = {
  ineffective: '决策实施后明显未达到预期效果',
  'many-opinions': '公民、法人或者其他组织提出较多意见',
  necessary: '决策机关认为有必要',
  changed: '决策所依据的法律政策或者客观情况发生重大变化',
};

export type EvaluationRecommendation = 'continue' | 'adjust' | 'suspend' | 'terminate';
export const EVALUATION_RECOMMENDATION_LABELS: Readonly<Record<EvaluationRecommendation, string>> = {
  continue: '继续执行', adjust: '调整完善', suspend: '中止执行', terminate: '停止执行',
};

/** 条例第三十七条: changes to a decision in force, each only through due procedure. */
export const CHANGE_KINDS = ['suspend', 'resume', 'terminate', 'adjust'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
export const CHANGE_KIND_LABELS: Readonly<Record<ChangeKind, string>> = { suspend: '中止执行', resume: '恢复执行', terminate: '停止执行', adjust: '调整（非重大调整）' };

/** The statutory steps before the meeting, in the order the dossier shows them (条例第二十九条's materials). */
export const REQUIREMENT_KEYS = ['catalogue', 'participation', 'expert-review', 'risk-assessment', 'bodies', 'fair-competition', 'legality'] as const;
export type RequirementKey = (typeof REQUIREMENT_KEYS)[number];
export const REQUIREMENT_LABELS: Readonly<Record<RequirementKey, string>> = {
  catalogue: '列入决策事项目录',
  participation: '公众参与',
  'expert-review': '专家论证',
  'risk-assessment': '风险评估',
  bodies: '征求有关部门和乡镇（街道）意见',
  'fair-competition': '公平竞争审查',
  legality: '合法性审查',
};

/** A public-comment consultation as the dossier needs to know it (from the consultation module). */
export interface ConsultationFact {
  /** Closed with the drafting unit's feedback published: the evidence the step needs. */
  readonly done: boolean;
  /** One Chinese sentence on where it stands. */
  readonly detail: string;
}

/** What each kind of dossier entry records (its evidence). */
export interface EntryDataByKind {
  readonly opened: { readonly title: string; readonly itemId: string; readonly itemTitle: string; readonly year: number; readonly leadBodyId: string; readonly affectsMarket: boolean; readonly concernedBodyIds: readonly string[]; readonly revisesId: string | null };
  readonly 'draft-edited': { readonly note: string; readonly changed: readonly string[]; readonly previousVersion: number };
  readonly participation: {
    readonly method: Exclude<ParticipationMethod, 'public-comment'>; readonly date: string; readonly place: string; readonly participants: string; readonly groups: readonly ParticipantGroup[];
    readonly opinions: string; readonly handling: string; readonly materialsSentOn: string | null; readonly recordSigned: boolean; readonly evidence: string;
  };
  readonly 'consultation-opened': { readonly consultationId: string; readonly title: string; readonly opensAt: string; readonly lastDay: string; readonly earliestLastDay: string; readonly shortenedReason: string | null };
  readonly 'expert-opinion': {
    readonly name: string; readonly organisation: string; readonly expertKind: ExpertKind; readonly mode: ExpertMode; readonly date: string; readonly opinion: string;
    readonly signed: boolean; readonly sealed: boolean; readonly interestDeclared: boolean; readonly interestNote: string;
  };
  readonly 'expert-concluded': { readonly summary: string; readonly opinions: number };
  readonly 'risk-assessed': {
    readonly assessor: string; readonly assessorBodyId: string | null; readonly thirdParty: boolean; readonly methods: string; readonly risks: readonly string[]; readonly measures: string;
    readonly responsePlan: string; readonly departmentsHeard: string; readonly conclusion: RiskConclusion; readonly date: string;
  };
  readonly 'body-consulted': { readonly bodyId: string; readonly bodyName: string; readonly opinion: BodyOpinion; readonly text: string; readonly replyDocument: string | null; readonly date: string; readonly self: boolean };
  readonly 'fair-competition': { readonly preliminary: string; readonly opinion: string; readonly result: FairCompetitionResult; readonly reviewerBodyId: string; readonly reviewerBodyName: string; readonly document: string | null; readonly date: string; readonly self: boolean };
  readonly 'legality-sent': { readonly legalBasis: string; readonly procedureStatement: string; readonly reviewerBodyId: string; readonly reviewerBodyName: string };
  readonly 'legality-received': { readonly receivedOn: string; readonly earliestOpinionDate: string; readonly minWorkdays: number; readonly explanation: string; readonly provisional: boolean };
  readonly 'legality-returned': { readonly reason: string };
  readonly 'legality-opinion': {
    readonly conclusion: LegalityConclusion; readonly opinion: string; readonly counselOpinion: string; readonly riskStatement: string | null; readonly receivedOn: string;
    readonly earliestOpinionDate: string; readonly opinionDate: string; readonly workdays: number;
  };
  readonly submitted: { readonly topicId: string; readonly meetingKind: 'executive' | 'plenary'; readonly title: string; readonly materials: readonly string[]; readonly expertMinOpinions: number };
  readonly reopened: { readonly topicId: string; readonly topicStatus: string; readonly note: string };
  readonly decided: DecisionRecordData;
  readonly 'not-adopted': DecisionRecordData;
  readonly deferred: DecisionRecordData;
  readonly 'party-reported': { readonly date: string; readonly document: string; readonly note: string };
  readonly published: { readonly disclosure: 'public' | 'withheld'; readonly withheldReason: string | null; readonly adoptionExplanation: string; readonly channels: string; readonly dueDate: string | null };
  readonly 'execution-designated': { readonly leadBodyId: string; readonly leadBodyName: string; readonly coBodyIds: readonly string[]; readonly coBodyNames: readonly string[]; readonly reportEveryDays: number; readonly firstReportDue: string; readonly requirements: string };
  readonly progress: { readonly text: string; readonly reportDate: string; readonly situation: ExecutionSituation; readonly completed: boolean; readonly bodyId: string; readonly nextDue: string | null };
  readonly 'evaluation-started': {
    readonly evaluationId: string; readonly trigger: EvaluationTrigger; readonly triggerNote: string; readonly evaluatorBodyId: string | null; readonly evaluatorName: string; readonly dueDate: string;
  };
  readonly 'evaluation-reported': {
    readonly evaluationId: string; readonly findings: string; readonly publicOpinions: string; readonly participants: readonly ParticipantGroup[]; readonly recommendation: EvaluationRecommendation; readonly date: string;
  };
  readonly suspended: { readonly reasons: string; readonly situation: ExecutionSituation; readonly urgency: string; readonly by: 'head' };
  readonly 'change-proposed': { readonly change: ChangeKind; readonly reasons: string; readonly adjustment: string; readonly evaluationId: string | null; readonly topicId: string; readonly meetingKind: 'executive' | 'plenary' };
  readonly 'change-decided': { readonly change: ChangeKind; readonly adopted: boolean; readonly reasons: string; readonly adjustment: string; readonly topicId: string; readonly meetingId: string; readonly meetingKind: string; readonly conclusionText: string; readonly outcome: string };
  readonly superseded: { readonly byId: string; readonly byTitle: string };
}

export type EntryKind = keyof EntryDataByKind;

/** The discussion as the meeting recorded it, kept in the dossier (条例第三十条：不同意见应当如实载明). */
export interface DecisionRecordData {
  readonly topicId: string;
  readonly meetingId: string;
  readonly meetingKind: string;
  readonly meetingTitle: string;
  readonly meetingDate: string;
  readonly outcome: string;
  readonly outcomeLabel: string;
  readonly conclusionText: string;
  readonly reasonAgainstMajority: string;
  readonly concludedByName: string;
  readonly decisionText: string;
  readonly tally: { readonly agree: number; readonly disagree: number; readonly reserve: number; readonly members: number };
  readonly speeches: readonly { readonly order: number; readonly personName: string; readonly positionTitle: string; readonly role: string; readonly head: boolean; readonly opinion: string; readonly opinionLabel: string; readonly remarks: string; readonly at: string }[];
}

/** One entry of a dossier as the core reads it. */
export interface DossierEntry<K extends EntryKind = EntryKind> {
  readonly seq: number;
  readonly kind: K;
  /** The draft version current when the entry was made. */
  readonly draftVersion: number;
  readonly data: EntryDataByKind[K];
  readonly at: string;
}

/** Narrows an entry list to one kind. */
export function entriesOf<K extends EntryKind>(entries: readonly DossierEntry[], kind: K): DossierEntry<K>[] {
  return entries.filter((e): e is DossierEntry<K> => e.kind === kind);
}

export const ENTRY_KIND_LABELS: Readonly<Record<EntryKind, string>> = {
  opened: '立卷（启动决策程序）',
  'draft-edited': '修改决策草案',
  participation: '公众参与',
  'consultation-opened': '向社会公开征求意见',
  'expert-opinion': '专家论证意见',
  'expert-concluded': '专家论证意见研究采纳情况',
  'risk-assessed': '风险评估报告',
  'body-consulted': '有关部门和乡镇（街道）意见',
  'fair-competition': '公平竞争审查',
  'legality-sent': '送请合法性审查',
  'legality-received': '合法性审查收件',
  'legality-returned': '合法性审查退回补充材料',
  'legality-opinion': '合法性审查意见',
  submitted: '提请会议讨论',
  reopened: '议题未列入会议，退回完善',
  decided: '集体讨论决定',
  'not-adopted': '会议不予通过',
  deferred: '会议暂缓研究',
  'party-reported': '向县委请示报告',
  published: '公布决策',
  'execution-designated': '明确决策执行单位',
  progress: '执行情况报告',
  'evaluation-started': '启动决策后评估',
  'evaluation-reported': '决策后评估报告',
  suspended: '行政首长决定中止执行',
  'change-proposed': '提请会议研究决策变更',
  'change-decided': '会议研究决策变更',
  superseded: '经重大调整由新决策替代',
};
