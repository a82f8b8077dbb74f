/**
 * The rules guarding outgoing documents. Each is a value citing the provision it enforces and
 * explaining itself in Chinese; the decide functions evaluate them at the transition they guard.
 */
import type { Rule, Verdict } from '../../rules/rule.ts';
import { findClassifiedMarkings } from './classified.ts';
import type { DocumentElements } from './documents.ts';
import { GOVERNMENT_ONLY_MATTERS, MATTER_LABELS, OFFICE_ONLY_MATTERS } from './kinds.ts';
import { computeSignOffRoute, type RoutingFacts } from './routing.ts';

const C61 = ['yunyang-2025:61', 'secrets-2024:14'];

/** Art. 61: a document carrying a state-secret marking is refused; this system is not a classified system. */
export const documentNotClassified: Rule<{ readonly fields: Readonly<Record<string, string | null | undefined>> }> = {
  id: 'document.not-classified',
  cites: [{ source: 'yunyang-2025', article: 61 }, { source: 'secrets-2024', article: 14 }],
  appliesTo: 'document.draft',
  summary: '本系统为非涉密系统，标有绝密、机密、秘密等密级标志的公文一律拒收、不得在本系统拟制',
  check: ({ fields }) => {
    const found = findClassifiedMarkings(fields);
    if (found.length === 0) return { rule: 'document.not-classified', outcome: 'allow', cites: C61, message: '第六十一条：未发现密级标志' };
    const where = found.map((m) => `${m.field}中的“${m.text}”`).join('、');
    return {
      rule: 'document.not-classified', outcome: 'block', cites: C61,
      message: `第六十一条：${where}是国家秘密密级标志（${found[0]!.level}）。本系统为非涉密系统，涉密公文不得在本系统办理，请通过涉密载体和涉密渠道办理`,
    };
  },
};

const DOC_RULES_15 = ['doc-handling-2012:15'];

/** 请示: one principal recipient, one matter (《党政机关公文处理工作条例》 art. 15(一)(四)). */
export const requestOneRecipient: Rule<{ readonly elements: DocumentElements }> = {
  id: 'document.request-one-recipient',
  cites: [{ source: 'doc-handling-2012', article: 15 }],
  appliesTo: 'document.draft',
  summary: '请示应当一文一事，原则上主送一个上级机关',
  check: ({ elements }) => {
    if (elements.kind !== '请示') return { rule: 'document.request-one-recipient', outcome: 'allow', cites: DOC_RULES_15, message: '《党政机关公文处理工作条例》第十五条：非请示，不适用' };
    if (elements.mainRecipients.length !== 1) {
      return {
        rule: 'document.request-one-recipient', outcome: 'block', cites: DOC_RULES_15,
        message: `《党政机关公文处理工作条例》第十五条：请示原则上主送一个上级机关，本件主送${elements.mainRecipients.length}个机关；其他机关可以抄送`,
      };
    }
    return { rule: 'document.request-one-recipient', outcome: 'allow', cites: DOC_RULES_15, message: '《党政机关公文处理工作条例》第十五条：请示主送一个机关' };
  },
};

/** 请示一文一事: confirmed by the office at 核稿, since only a reader can judge it. */
export const requestOneMatter: Rule<{ readonly elements: DocumentElements; readonly oneMatterConfirmed: boolean }> = {
  id: 'document.request-one-matter',
  cites: [{ source: 'doc-handling-2012', article: 15 }],
  appliesTo: 'document.review',
  summary: '请示一文一事，不得在报告等非请示性公文中夹带请示事项；核稿时由办公室确认',
  check: ({ elements, oneMatterConfirmed }) => {
    const asks = /请(?:予|求)?(?:批准|审批|批示|审定|研究|同意|支持)|妥否[，,]?请批示/u.test(elements.body);
    if (elements.kind === '请示') {
      return oneMatterConfirmed
        ? { rule: 'document.request-one-matter', outcome: 'allow', cites: DOC_RULES_15, message: '《党政机关公文处理工作条例》第十五条：核稿确认请示一文一事' }
        : { rule: 'document.request-one-matter', outcome: 'block', cites: DOC_RULES_15, message: '《党政机关公文处理工作条例》第十五条：请示应当一文一事，请核稿人阅后确认本件只请示一个事项' };
    }
    if (elements.kind === '报告' && asks) {
      return { rule: 'document.request-one-matter', outcome: 'block', cites: DOC_RULES_15, message: '《党政机关公文处理工作条例》第十五条：不得在报告中夹带请示事项（正文中有“请批准”“请批示”等请求性语句）；需要请求批准的，请另行请示' };
    }
    return { rule: 'document.request-one-matter', outcome: 'allow', cites: DOC_RULES_15, message: '《党政机关公文处理工作条例》第十五条：未发现夹带请示事项' };
  },
};

const C32 = ['yunyang-2025:32'];

/** Art. 32: the disclosure attribute is fixed at drafting and goes up with the document. */
export const disclosureMarked: Rule<{ readonly elements: DocumentElements }> = {
  id: 'document.disclosure-marked',
  cites: [{ source: 'yunyang-2025', article: 32 }],
  appliesTo: 'document.review',
  summary: '公文拟定时明确主动公开、依申请公开、不予公开等属性，随公文一并报批；后两者须说明理由',
  check: ({ elements }) => {
    if (!elements.disclosure) return { rule: 'document.disclosure-marked', outcome: 'block', cites: C32, message: '第三十二条：公文拟定时须明确公开属性（主动公开、依申请公开或不予公开），随公文一并报批' };
    if (elements.disclosure !== '主动公开' && elements.disclosureReason.trim().length < 4) {
      return { rule: 'document.disclosure-marked', outcome: 'block', cites: C32, message: `第三十二条：公开属性为“${elements.disclosure}”的，须说明理由` };
    }
    return { rule: 'document.disclosure-marked', outcome: 'allow', cites: C32, message: `第三十二条：公开属性为“${elements.disclosure}”` };
  },
};

/** Art. 32: 谁起草、谁解读 — a policy document goes up with its interpretation. */
export const policyInterpretation: Rule<{ readonly elements: DocumentElements }> = {
  id: 'document.policy-interpretation',
  cites: [{ source: 'yunyang-2025', article: 32 }],
  appliesTo: 'document.review',
  summary: '政策文件的解读材料由起草部门拟定，与政策文件同步组织、同步审签、同步部署',
  check: ({ elements }) => {
    if (!elements.isPolicy) return { rule: 'document.policy-interpretation', outcome: 'allow', cites: C32, message: '第三十二条：非政策性文件，无须解读' };
    return elements.interpretation.trim().length >= 20
      ? { rule: 'document.policy-interpretation', outcome: 'allow', cites: C32, message: '第三十二条：政策解读与文件同步报批' }
      : { rule: 'document.policy-interpretation', outcome: 'block', cites: C32, message: '第三十二条：涉及重大政策制定的，按“谁起草、谁解读”原则，解读材料须与文件同步审签；请起草部门拟定解读（不少于20字）' };
  },
};

/**
 * 《党政机关公文处理工作条例》 arts. 19(六), 20(三): a document that touches other departments'
 * powers is drafted in consultation with them, and the office checks at 核稿 that they agreed.
 */
export const consultationConfirmed: Rule<{ readonly departments: number; readonly consulted: boolean }> = {
  id: 'document.consultation-confirmed',
  cites: [{ source: 'doc-handling-2012', article: 20 }],
  appliesTo: 'document.review',
  summary: '公文涉及其他部门职权范围内的事项，起草单位须征求相关部门意见并力求达成一致；核稿时审核是否已协商会签',
  check: ({ departments, consulted }) => {
    const cites = ['doc-handling-2012:20', 'doc-handling-2012:19'];
    if (departments < 2) return { rule: 'document.consultation-confirmed', outcome: 'allow', cites, message: '《党政机关公文处理工作条例》第二十条：只涉及一个部门，无须会商' };
    return consulted
      ? { rule: 'document.consultation-confirmed', outcome: 'allow', cites, message: `《党政机关公文处理工作条例》第二十条：涉及${departments}个部门，核稿确认已征求意见并协商一致` }
      : { rule: 'document.consultation-confirmed', outcome: 'block', cites, message: `《党政机关公文处理工作条例》第十九条、第二十条：本件涉及${departments}个部门的职权，请确认起草单位已征求相关部门意见并协商一致；未协商一致的，退回起草单位协商` };
  },
};

const C53 = ['yunyang-2025:53'];

/** The kind, issuer and matter agree (命令 is 县政府命令, 议案 goes to the people's congress, office matters are the office's). */
export const matterConsistent: Rule<{ readonly elements: DocumentElements }> = {
  id: 'document.matter-consistent',
  cites: [{ source: 'yunyang-2025', article: 53 }],
  appliesTo: 'document.draft',
  summary: '文种、发文机关与审签事项类别应当一致',
  check: ({ elements: e }) => {
    const fail = (message: string): Verdict => ({ rule: 'document.matter-consistent', outcome: 'block', cites: C53, message });
    if (e.kind === '命令' && (e.issuer !== 'government' || e.matter !== 'order')) return fail('第五十三条：命令只能以县政府名义发布，事项类别为“县政府命令”');
    if (e.matter === 'order' && e.kind !== '命令') return fail('第五十三条：事项类别为“县政府命令”的，文种应为命令');
    if (e.kind === '议案' && e.matter !== 'bill-to-congress') return fail('第五十三条：议案的事项类别为“提请县人大及其常委会审议的议案”');
    if (e.issuer === 'department' && e.matter !== 'general') return fail('第五十三条：部门、乡镇（街道）报送县政府的文件不按县政府公文的事项类别审签，事项类别应为“一般事项”');
    if (e.issuer === 'government' && OFFICE_ONLY_MATTERS.has(e.matter)) return fail(`第五十三条：“${MATTER_LABELS[e.matter]}”是县政府办公室的公文，发文机关应为县政府办公室`);
    if (e.issuer === 'office' && GOVERNMENT_ONLY_MATTERS.has(e.matter)) return fail(`第五十三条：“${MATTER_LABELS[e.matter]}”应以县政府名义行文`);
    return { rule: 'document.matter-consistent', outcome: 'allow', cites: C53, message: `第五十三条：事项类别为“${MATTER_LABELS[e.matter]}”` };
  },
};

/** Art. 53: the route, computed (the verdict explains the clause and the steps). */
export const signOffRoute: Rule<RoutingFacts> = {
  id: 'document.route',
  cites: [...[1, 2, 3, 4, 5, 6].map((clause) => ({ source: 'yunyang-2025', article: 53, clause })), { source: 'yunyang-2025', article: 54 }, { source: 'yunyang-2025', article: 55 }],
  appliesTo: 'document.review',
  summary: '按第五十三条第（一）至（六）项，依文种、发文机关、事项、重要程度和分管分工确定审签路线',
  check: (facts) => {
    const r = computeSignOffRoute(facts);
    return r.verdicts.find((v) => v.rule === 'document.route')!;
  },
};

/** Art. 53(七): only whoever acts for the current step's post may do it; nobody signs out of turn. */
export const signInTurn: Rule<{ readonly actsForStep: boolean; readonly stepTitle: string; readonly laterStep: boolean }> = {
  id: 'document.sign-in-turn',
  cites: [{ source: 'yunyang-2025', article: 53, clause: 7 }, { source: 'yunyang-2025', article: 5 }],
  appliesTo: 'document.sign',
  summary: '严格公文审签流程，不得越级送签；审签人外出时由依AB角或委托代为履职的领导审签',
  check: ({ actsForStep, stepTitle, laterStep }) => {
    const cites = ['yunyang-2025:53(7)', 'yunyang-2025:5'];
    if (actsForStep) return { rule: 'document.sign-in-turn', outcome: 'allow', cites, message: `第五十三条第（七）项：当前由${stepTitle}审签` };
    return {
      rule: 'document.sign-in-turn', outcome: 'block', cites,
      message: laterStep
        ? `第五十三条第（七）项：不得越级送签——当前应由${stepTitle}审签，您在路线的后续环节，请待前一环节办结`
        : `第五十三条第（七）项：当前应由${stepTitle}（或依AB角、委托代为履职的领导）审签，您不在此环节`,
    };
  },
};

/** Art. 56: a matter within one department's own powers is issued by the department, not in the county government's name. */
export const departmentPowers: Rule<{ readonly withinDepartmentPowers: boolean; readonly issuerLabel: string }> = {
  id: 'document.department-powers',
  cites: [{ source: 'yunyang-2025', article: 56 }],
  appliesTo: 'document.review',
  summary: '属于部门职权范围内的事项，由部门自行发文或联合发文，不再以县政府或县政府办公室名义发文',
  check: ({ withinDepartmentPowers, issuerLabel }) =>
    withinDepartmentPowers
      ? { rule: 'document.department-powers', outcome: 'warn', cites: ['yunyang-2025:56'], message: `第五十六条：核稿认为本件事项属于部门职权范围，原则上由部门自行发文，不以${issuerLabel}名义发文；如确需以${issuerLabel}名义发文，请在审签意见中说明` }
      : { rule: 'document.department-powers', outcome: 'allow', cites: ['yunyang-2025:56'], message: '第五十六条：核稿确认本件不属于单一部门职权范围内的事项' },
};

const C54 = ['yunyang-2025:54'];

/**
 * Art. 54: a submission goes to the county government (or its office) through the system, never to
 * a leader personally — except a matter a county leader assigned, which is recorded and flagged.
 */
export const submissionAddressee: Rule<{ readonly elements: DocumentElements; readonly countyAddressees: readonly string[] }> = {
  id: 'document.submission-addressee',
  cites: [{ source: 'yunyang-2025', article: 54 }],
  appliesTo: 'document.draft',
  summary: '部门、乡镇（街道）报送县政府的文件一律通过系统报送，主送县政府或县政府办公室，除领导交办事项外不得直接报送领导个人',
  check: ({ elements: e, countyAddressees }) => {
    if (e.issuer !== 'department') return { rule: 'document.submission-addressee', outcome: 'allow', cites: C54, message: '第五十四条：非报送件，不适用' };
    const others = e.mainRecipients.filter((r) => !countyAddressees.includes(r.trim()));
    if (others.length === 0) return { rule: 'document.submission-addressee', outcome: 'allow', cites: C54, message: `第五十四条：主送${e.mainRecipients.join('、')}，通过系统报送` };
    if (e.assignedBy.trim().length >= 2) {
      return { rule: 'document.submission-addressee', outcome: 'warn', cites: C54, message: `第五十四条：主送“${others.join('、')}”，属县政府领导同志交办事项（${e.assignedBy.trim()}），已记录` };
    }
    return {
      rule: 'document.submission-addressee', outcome: 'block', cites: C54,
      message: `第五十四条：报送县政府的文件应主送${countyAddressees.slice(0, 2).join('或')}，不得直接向县政府领导同志个人报送（“${others.join('、')}”）；县政府领导同志交办的事项，请注明交办情况`,
    };
  },
};

/**
 * Art. 55: when a co-department does not agree, the lead department lists each side's reasons,
 * proposes how to handle it and asks the county government to decide — before its principal signs.
 */
export const countersignResolved: Rule<{ readonly disagreements: readonly string[]; readonly proposal: string; readonly finalStep: boolean }> = {
  id: 'document.countersign-resolved',
  cites: [{ source: 'yunyang-2025', article: 55 }],
  appliesTo: 'document.sign',
  summary: '请示事项涉及其他部门职责的，协商一致后会签报送；不能取得一致的，列出各方理据，提出办理意见，报请县政府决定',
  check: ({ disagreements, proposal, finalStep }) => {
    const cites = ['yunyang-2025:55'];
    if (!finalStep || disagreements.length === 0) return { rule: 'document.countersign-resolved', outcome: 'allow', cites, message: '第五十五条：会签部门无不同意见' };
    if (proposal.trim().length < 10) {
      return { rule: 'document.countersign-resolved', outcome: 'block', cites, message: `第五十五条：${disagreements.join('、')}会签不同意，未能取得一致意见；请列出各方理据并提出办理意见（不少于10字），报请县政府决定` };
    }
    return { rule: 'document.countersign-resolved', outcome: 'warn', cites, message: `第五十五条：${disagreements.join('、')}不同意，已列明各方理据和办理意见，报请县政府决定` };
  },
};

/** What the drafting rules read. */
export interface DraftInput {
  readonly elements: DocumentElements;
  readonly fields: Readonly<Record<string, string | null | undefined>>;
  /** The names a submission may be addressed to (the county government, its office). */
  readonly countyAddressees: readonly string[];
}

export const DOCUMENT_DRAFT_RULES: readonly Rule<DraftInput>[] = [documentNotClassified, requestOneRecipient, matterConsistent, submissionAddressee];

/** Every document rule, for the pack's explicit rule list. */
export const DOCUMENT_RULES = [documentNotClassified, requestOneRecipient, requestOneMatter, disclosureMarked, policyInterpretation, matterConsistent, signOffRoute, signInTurn, departmentPowers, submissionAddressee, countersignResolved, consultationConfirmed] as const;
