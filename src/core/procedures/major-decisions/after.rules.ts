/** The collective decision and what follows it (arts. 24, 27, 28; 国务院令第713号): the meeting and its record, the report to the 县委, publication, execution, post-decision evaluation, changes. */
import type { Rule } from '../../rules/rule.ts';
import { CHANGE_KIND_LABELS, EXECUTION_SITUATION_LABELS, EVALUATION_TRIGGER_LABELS, type ChangeKind, type EvaluationTrigger, type ExecutionSituation, type ParticipantGroup } from './major-decisions.ts';
import { T, d, verdict, filled } from './rule-helpers.ts';

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
