/**
 * Minutes (纪要, art. 50) of a meeting held: drafted by the office; for the 全体会议, 常务会议 and
 * 县长办公会议 reviewed by the 常务副县长 and signed by the 县长; for a special-topic meeting, where
 * made, signed by the deputy in charge. Each decision of signed minutes becomes a tracked 待办 of
 * its lead unit (arts. 28, 41).
 */
import type { Rule } from '../../rules/rule.ts';
import { formatChineseDate } from '../../kernel/time.ts';
import type { DocumentElements } from '../documents/documents.ts';
import type { MeetingKind } from './meetings.ts';

export type MinutesStatus = 'drafting' | 'reviewing' | 'signing' | 'signed';

/** Art. 30: a decision is published (公开) unless it must be kept confidential by law (不予公开, with the reason). */
export const DECISION_DISCLOSURES = ['public', 'withheld'] as const;
export type DecisionDisclosure = (typeof DECISION_DISCLOSURES)[number];
export const DECISION_DISCLOSURE_LABELS: Readonly<Record<DecisionDisclosure, string>> = { public: '公开', withheld: '不予公开' };

export interface MinutesDecision {
  readonly text: string;
  /** The lead unit (主办) and the co-units (协办). */
  readonly leadBodyId: string;
  readonly coBodyIds: readonly string[];
  readonly dueWorkdays: number;
  /** Art. 30. Absent on minutes drafted before the choice was recorded: read as 公开, the rule's default. */
  readonly disclosure?: DecisionDisclosure;
  /** Why a decision is not published (required with 不予公开). */
  readonly withholdReason?: string;
}

/** The disclosure choice of a decision; publication is the rule (art. 30). */
export function disclosureOf(d: Pick<MinutesDecision, 'disclosure'>): DecisionDisclosure {
  return d.disclosure ?? 'public';
}

/** Who does the next step of the minutes: the office, the 常务副县长 reviewing, the 县长 (or the deputy in charge) signing. */
export function minutesSteps(kind: MeetingKind): readonly MinutesStatus[] {
  return kind === 'special' ? ['drafting', 'signing', 'signed'] : ['drafting', 'reviewing', 'signing', 'signed'];
}

export function nextMinutesStatus(kind: MeetingKind, status: MinutesStatus): MinutesStatus | null {
  const steps = minutesSteps(kind);
  const i = steps.indexOf(status);
  return i >= 0 && i < steps.length - 1 ? steps[i + 1]! : null;
}

export const MINUTES_STATUS_LABELS: Readonly<Record<MinutesStatus, string>> = { drafting: '办公室起草', reviewing: '常务副县长审核', signing: '待签发', signed: '已签发' };

/** Art. 50: each step by the post the article names, in order — nobody signs before the review. */
export const minutesInOrder: Rule<{ readonly kind: MeetingKind; readonly status: MinutesStatus; readonly actsForStep: boolean; readonly stepTitle: string }> = {
  id: 'minutes.in-order',
  cites: [{ source: 'yunyang-2025', article: 50 }],
  appliesTo: 'minutes.advance',
  summary: '会议纪要由县政府办公室按程序办文后送常务副县长审核，呈县长签发；专题会议纪要送分管副县长签发',
  check: ({ kind, status, actsForStep, stepTitle }) => {
    const cites = ['yunyang-2025:50'];
    const order = kind === 'special' ? '县政府办公室起草，送分管副县长签发' : '县政府办公室起草，送常务副县长审核，呈县长签发';
    return actsForStep
      ? { rule: 'minutes.in-order', outcome: 'allow', cites, message: `第五十条：${order}；本环节由${stepTitle}办理` }
      : { rule: 'minutes.in-order', outcome: 'block', cites, message: `第五十条：会议纪要${order}；当前环节（${MINUTES_STATUS_LABELS[status]}）应由${stepTitle}办理，您不能办理` };
  },
};

/** Arts. 28, 41: a decision is carried out by a named lead unit within a time limit. */
export const decisionsAssigned: Rule<{ readonly decisions: readonly MinutesDecision[] }> = {
  id: 'minutes.decisions-assigned',
  cites: [{ source: 'yunyang-2025', article: 41 }],
  appliesTo: 'minutes.draft',
  summary: '会议议定事项明确主办单位、协办单位和办理时限，签发后转为督办任务',
  check: ({ decisions }) => {
    const bad = decisions.findIndex((d) => d.text.trim().length < 4 || !d.leadBodyId || d.dueWorkdays < 1);
    return bad >= 0
      ? { rule: 'minutes.decisions-assigned', outcome: 'block', cites: ['yunyang-2025:41'], message: `第四十一条：第${bad + 1}项议定事项须写明内容、主办单位和办理时限` }
      : { rule: 'minutes.decisions-assigned', outcome: 'allow', cites: ['yunyang-2025:41'], message: `第四十一条：${decisions.length}项议定事项均已明确主办单位和办理时限，签发后转为督办任务` };
  },
};

/** Art. 30 (with art. 32, the attribute fixed at drafting): a decision kept from publication says why. */
export const disclosureChosen: Rule<{ readonly decisions: readonly MinutesDecision[] }> = {
  id: 'minutes.disclosure-chosen',
  cites: [{ source: 'yunyang-2025', article: 30 }, { source: 'yunyang-2025', article: 32 }],
  appliesTo: 'minutes.draft',
  summary: '全体会议和常务会议讨论决定的事项，除依法需要保密的外，应及时公布；起草纪要时逐项明确公开或不予公开，不予公开的须说明理由',
  check: ({ decisions }) => {
    const cites = ['yunyang-2025:30', 'yunyang-2025:32'];
    const bad = decisions.findIndex((d) => disclosureOf(d) === 'withheld' && (d.withholdReason ?? '').trim().length < 4);
    if (bad >= 0) {
      return { rule: 'minutes.disclosure-chosen', outcome: 'block', cites, message: `第三十条：会议讨论决定的事项，除依法需要保密的外，应及时公布；第${bad + 1}项议定事项不予公开，须写明理由（依法需要保密的依据）` };
    }
    const withheld = decisions.filter((d) => disclosureOf(d) === 'withheld').length;
    return {
      rule: 'minutes.disclosure-chosen', outcome: 'allow', cites,
      message: `第三十条：${decisions.length - withheld}项议定事项公开，纪要签发后由县政府办公室及时公布${withheld > 0 ? `；${withheld}项不予公开，理由已记录` : ''}`,
    };
  },
};

/** Personal data a published decision must not carry (《政府信息公开条例》第十五条): what can be recognised by its form. */
const PERSONAL_DATA: readonly { readonly pattern: RegExp; readonly what: string }[] = [
  { pattern: /(?<![0-9])[1-9][0-9]{5}(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx](?![0-9])/, what: '身份证号码' },
  { pattern: /(?<![0-9.])1[3-9][0-9]{9}(?![0-9.元万亿])/, what: '手机号码' },
];

/** The personal data found in a text, by kind (empty when none is recognised). */
export function personalDataIn(text: string): string[] {
  const normalised = text.normalize('NFKC').replace(/[\s-]/g, '');
  return PERSONAL_DATA.filter((p) => p.pattern.test(normalised)).map((p) => p.what);
}

/** Art. 30 with 《政府信息公开条例》第十五条: a decision to be published carries no personal data. */
export const noPersonalData: Rule<{ readonly decisions: readonly MinutesDecision[] }> = {
  id: 'minutes.no-personal-data',
  cites: [{ source: 'yunyang-2025', article: 30 }, { source: 'ogi-2019', article: 15 }],
  appliesTo: 'minutes.draft',
  summary: '公布的议定事项不得含有个人信息（涉及个人隐私等公开会对第三方合法权益造成损害的信息不得公开）',
  check: ({ decisions }) => {
    const cites = ['yunyang-2025:30', 'ogi-2019:15'];
    for (const [i, d] of decisions.entries()) {
      const found = disclosureOf(d) === 'public' ? personalDataIn(d.text) : [];
      if (found.length > 0) {
        return { rule: 'minutes.no-personal-data', outcome: 'block', cites, message: `第三十条、《政府信息公开条例》第十五条：第${i + 1}项议定事项拟公开，但含有个人信息（${found.join('、')}）；请删除后公开，或改为不予公开并说明理由` };
      }
    }
    return { rule: 'minutes.no-personal-data', outcome: 'allow', cites, message: '第三十条、《政府信息公开条例》第十五条：拟公开的议定事项未发现个人信息' };
  },
};

/** Art. 50: signed minutes are issued by the office as a document (纪要), numbered in their own series. */
export const minutesIssued: Rule<{ readonly prefix: string; readonly signer: string }> = {
  id: 'minutes.issued-as-document',
  cites: [{ source: 'yunyang-2025', article: 50 }],
  appliesTo: 'minutes.advance',
  summary: '会议纪要签发后，由县政府办公室按程序办文：复核、登记编号、印发、归档',
  check: ({ prefix, signer }) => ({
    rule: 'minutes.issued-as-document', outcome: 'allow', cites: ['yunyang-2025:50'],
    message: `第五十条：纪要已由${signer}签发，转县政府办公室按程序办文（复核、登记编号、印发、归档），编号为${prefix}〔年份〕N号`,
  }),
};

/** Art. 30: the office publishes the public decisions in time (the period is a pack parameter; the rules say 及时). */
export const publicationTimely: Rule<{ readonly today: string; readonly dueDate: string | null }> = {
  id: 'minutes.publication-timely',
  cites: [{ source: 'yunyang-2025', article: 30 }],
  appliesTo: 'minutes.publish',
  summary: '全体会议和常务会议讨论决定的事项应及时公布；逾期公布的予以记录',
  check: ({ today, dueDate }) =>
    dueDate !== null && today > dueDate
      ? { rule: 'minutes.publication-timely', outcome: 'warn', cites: ['yunyang-2025:30'], message: `第三十条：议定事项应及时公布；公布期限已于${formatChineseDate(dueDate)}届满，现逾期公布，已记录在案` }
      : { rule: 'minutes.publication-timely', outcome: 'allow', cites: ['yunyang-2025:30'], message: `第三十条：议定事项及时公布${dueDate ? `（期限${formatChineseDate(dueDate)}）` : ''}` },
};

/** Arts. 28, 41: the units carrying out a decision report how it goes — the lead unit and the co-units, nobody else. */
export const progressReporter: Rule<{ readonly actsForUnit: boolean }> = {
  id: 'minutes.progress-reporter',
  cites: [{ source: 'yunyang-2025', article: 28 }, { source: 'yunyang-2025', article: 41 }],
  appliesTo: 'minutes.progress',
  summary: '承办单位及时跟踪和反馈议定事项的执行情况',
  check: ({ actsForUnit }) =>
    actsForUnit
      ? { rule: 'minutes.progress-reporter', outcome: 'allow', cites: ['yunyang-2025:28', 'yunyang-2025:41'], message: '第二十八条：承办单位及时跟踪和反馈执行情况，已记录' }
      : { rule: 'minutes.progress-reporter', outcome: 'block', cites: ['yunyang-2025:28', 'yunyang-2025:41'], message: '第二十八条：议定事项的执行情况由主办、协办单位（主要负责人或代为履职的人员）反馈；您不在该事项的承办单位' },
};

export const MINUTES_RULES = [minutesInOrder, decisionsAssigned, disclosureChosen, noPersonalData, minutesIssued, publicationTimely, progressReporter] as const;

/** Where a decision stands (arts. 28, 41): its lead unit's 待办 done, open, or open past its due time. */
export type DecisionState = 'in-progress' | 'done' | 'overdue';
export const DECISION_STATE_LABELS: Readonly<Record<DecisionState, string>> = { 'in-progress': '办理中', done: '已办结', overdue: '已逾期' };

export function decisionState(task: { readonly status: string; readonly dueAt: string | null } | undefined, at: Date): DecisionState {
  if (task && task.status !== 'open') return 'done';
  return task?.dueAt && at.getTime() > Date.parse(task.dueAt) ? 'overdue' : 'in-progress';
}

/** Whether the public decisions of signed minutes are published (art. 30). */
export type PublicationState = 'none' | 'pending' | 'overdue' | 'published';
export const PUBLICATION_STATE_LABELS: Readonly<Record<PublicationState, string>> = { none: '无公开事项', pending: '待公布', overdue: '已逾期', published: '已公布' };

export function publicationState(p: { readonly publicCount: number; readonly dueAt: string | null; readonly publishedAt: string | null }, at: Date): PublicationState {
  if (p.publicCount === 0) return 'none';
  if (p.publishedAt) return 'published';
  return p.dueAt && at.getTime() > Date.parse(p.dueAt) ? 'overdue' : 'pending';
}

/**
 * The 代字 of each kind's minutes (ADR 0010): the county government's 代字 without its final 发,
 * then 全纪 / 常纪 / 长纪 / 专纪 — `云阳府常纪〔2025〕1号` — one series per kind and year.
 */
export const MINUTES_PREFIX_SUFFIXES: Readonly<Record<MeetingKind, string>> = { plenary: '全纪', executive: '常纪', 'head-office': '长纪', special: '专纪' };

export function minutesPrefix(governmentPrefix: string, kind: MeetingKind): string {
  const base = governmentPrefix.endsWith('发') ? governmentPrefix.slice(0, -1) : governmentPrefix;
  return `${base}${MINUTES_PREFIX_SUFFIXES[kind]}`;
}

export interface MinutesDocumentFacts {
  readonly meetingTitle: string;
  readonly kind: MeetingKind;
  readonly meetingDate: string;
  readonly text: string;
  readonly decisions: readonly { readonly text: string; readonly leadName: string; readonly coNames: readonly string[]; readonly dueWorkdays: number; readonly leadBodyId: string; readonly coBodyIds: readonly string[] }[];
}

/**
 * The 纪要 as an official document (art. 50; 《党政机关公文处理工作条例》第八条: 记载会议主要情况和议定事项):
 * the minutes' text, then the decisions with their units and time limits; addressed to the units
 * that carry them out. The full text is 依申请公开 (ADR 0010): the decisions themselves are
 * published one by one under art. 30.
 */
export function minutesDocumentElements(f: MinutesDocumentFacts): DocumentElements {
  const lines = f.decisions.map((d, i) => `${i + 1}. ${d.text}（主办：${d.leadName}${d.coNames.length > 0 ? `；协办：${d.coNames.join('、')}` : ''}；办理时限：${d.dueWorkdays}个工作日）`);
  const recipients = [...new Set(f.decisions.flatMap((d) => [d.leadName, ...d.coNames]).filter((n) => n !== ''))];
  const title = f.meetingTitle.endsWith('纪要') ? f.meetingTitle : `${f.meetingTitle}纪要`;
  return {
    kind: '纪要', issuer: f.kind === 'special' ? 'office' : 'government', title,
    mainRecipients: recipients.length > 0 ? recipients : ['出席会议人员'], ccRecipients: [], urgency: '普通',
    body: lines.length > 0 ? `${f.text}\n\n会议议定事项：\n${lines.join('\n')}` : f.text,
    annotation: `${formatChineseDate(f.meetingDate)}${f.meetingTitle}`, attachmentNames: [],
    disclosure: '依申请公开',
    disclosureReason: '会议议定事项依《云阳县人民政府工作规则》第三十条逐项公布；纪要全文记载讨论情况，属过程性信息（《政府信息公开条例》第十六条第二款），依申请公开',
    isPolicy: false, interpretation: '', matter: 'general', importanceProposed: 'ordinary',
    subjectBodyIds: [...new Set(f.decisions.flatMap((d) => [d.leadBodyId, ...d.coBodyIds]))], subjectAreas: [], assignedBy: '',
  };
}
