/**
 * Normative documents (规范性文件, arts. 18–21, 24, 34): the lifecycle from 立项 to filing, amendment,
 * repeal and cleanup. Types and labels; the transition table is in `normative.machine.ts`, the
 * rules in `normative.rules.ts`, the content check in `content-check.ts`. Pure.
 */

export const NORMATIVE_STATUSES = [
  'initiated', 'drafted', 'consulting', 'consulted', 'legality-review', 'legality-passed', 'checked', 'adopted', 'signed', 'numbered', 'published', 'filed', 'amended', 'repealed', 'expired',
] as const;
export type NormativeStatus = (typeof NORMATIVE_STATUSES)[number];

export const NORMATIVE_STATUS_LABELS: Readonly<Record<NormativeStatus, string>> = {
  initiated: '已立项', drafted: '起草中', consulting: '公开征求意见中', consulted: '已征求意见', 'legality-review': '合法性审查中',
  'legality-passed': '已通过合法性审查', checked: '已通过完备性审核', adopted: '已集体讨论通过', signed: '县长已签发', numbered: '已编号',
  published: '已公布，待备案', filed: '已备案', amended: '已修改', repealed: '已废止', expired: '已失效',
};

/** What the portal shows (art. 21: a document not published is not shown and binds no one). */
export type PublicStatus = 'in-force' | 'amended' | 'repealed' | 'expired';
export const PUBLIC_STATUS_LABELS: Readonly<Record<PublicStatus, string>> = { 'in-force': '现行有效', amended: '已修改', repealed: '已废止', expired: '已失效' };

export function publicStatusOf(status: NormativeStatus): PublicStatus | null {
  if (status === 'published' || status === 'filed') return 'in-force';
  if (status === 'amended' || status === 'repealed' || status === 'expired') return status;
  return null;
}

/** Issued in the county government's name (云阳府规) or its office's (云阳府办规), art. 21. */
export type NormativeIssuer = 'government' | 'office';
export const ISSUER_LABELS: Readonly<Record<NormativeIssuer, string>> = { government: '县政府', office: '县政府办公室' };

export type FlagCategory = 'licensing' | 'penalty' | 'coercion' | 'rights';
export const FLAG_CATEGORY_LABELS: Readonly<Record<FlagCategory, string>> = {
  licensing: '疑似设定行政许可', penalty: '疑似设定行政处罚', coercion: '疑似设定行政强制', rights: '疑似减损权益或增加义务',
};

export interface ContentFlag {
  readonly id: string;
  readonly category: FlagCategory;
  /** The wording matched and a little of the text around it. */
  readonly matched: string;
  readonly excerpt: string;
  readonly resolution: { readonly reason: string; readonly byPersonId: string | null; readonly byName: string; readonly at: string } | null;
}

export interface Signed {
  readonly byPersonId: string | null;
  readonly byName: string;
  readonly onBehalfOfName?: string | null;
  readonly at: string;
}

export interface NormativeEvidence {
  readonly designation: Signed & { readonly basis: string; readonly note: string };
  readonly draft: (Signed & { readonly text: string; readonly explanation: string; readonly necessity: string; readonly feasibility: string }) | null;
  readonly flags: readonly ContentFlag[];
  readonly consultationId: string | null;
  readonly consultation: { readonly detail: string; readonly comments: number; readonly closesAt: string | null; readonly feedbackPublishedAt: string | null; readonly at: string } | null;
  readonly competitionInitial: (Signed & { readonly opinion: string }) | null;
  readonly competitionReview: (Signed & { readonly outcome: 'pass' | 'fail'; readonly opinion: string; readonly bodyName: string }) | null;
  readonly legality: {
    readonly submittedAt: string;
    readonly submittedBy: string;
    readonly legalBasis: string;
    readonly procedureStatement: string;
    readonly package: readonly string[];
    /** The least review time: the earliest date the drafter may ask the result for, with the calendar's explanation. */
    readonly minimumDueDate: string;
    readonly minimumSummary: string;
    readonly minimumWorkdays: number;
    readonly dueDate: string;
    readonly taskId: string | null;
  } | null;
  readonly legalityOpinion: (Signed & { readonly outcome: 'lawful' | 'unlawful'; readonly opinion: string }) | null;
  /** Earlier unlawful findings, kept when the document comes back. */
  readonly legalityHistory: readonly (Signed & { readonly outcome: 'lawful' | 'unlawful'; readonly opinion: string })[];
  readonly completeness: (Signed & { readonly outcome: 'complete' | 'incomplete'; readonly note: string }) | null;
  readonly deliberation: { readonly topicId: string; readonly meetingId: string; readonly meetingKind: string; readonly meetingDate: string; readonly outcome: string; readonly conclusion: string; readonly recordedBy: string; readonly at: string } | null;
  readonly signOff: Signed | null;
  readonly number: { readonly docNumber: string; readonly prefix: string; readonly year: number; readonly seq: number; readonly numberId: string } | null;
  readonly publication: (Signed & { readonly publishedDate: string; readonly channels: readonly Channel[]; readonly effectiveDate: string; readonly validUntil: string | null }) | null;
  readonly cleanups: readonly (Signed & { readonly campaign: string; readonly result: CleanupResult; readonly note: string })[];
  readonly ending: (Signed & { readonly kind: 'amended' | 'repealed' | 'expired'; readonly reason: string; readonly decisionRef: string; readonly byDocumentId: string | null }) | null;
}

export type Channel = 'gazette' | 'website';
export const CHANNEL_LABELS: Readonly<Record<Channel, string>> = { gazette: '县政府公报', website: '县政府网站' };

export type CleanupResult = 'retain' | 'amend' | 'repeal' | 'expire';
export const CLEANUP_LABELS: Readonly<Record<CleanupResult, string>> = { retain: '继续有效', amend: '拟修改', repeal: '废止', expire: '宣布失效' };

/** The authorities a county government normative document is filed with (arts. 18, 34). */
export type FilingAuthority = 'npc' | 'city';
export const FILING_AUTHORITY_LABELS: Readonly<Record<FilingAuthority, string>> = { npc: '县人大常委会', city: '重庆市人民政府' };

/**
 * The filing package (《重庆市各级人民代表大会常务委员会规范性文件备案审查条例》第十四条): 备案报告, 正式文本,
 * 起草说明, 制定依据 and 公布情况, two paper copies and the electronic text through the filing
 * platform. The city government's list is not known (渝府令329号 NOT FOUND): the same list is asked.
 */
export const FILING_ITEMS = ['report', 'text', 'explanation', 'basis', 'publication', 'paper-copies', 'electronic'] as const;
export type FilingItem = (typeof FILING_ITEMS)[number];
export const FILING_ITEM_LABELS: Readonly<Record<FilingItem, string>> = {
  report: '备案报告', text: '规范性文件正式文本', explanation: '制定说明（起草说明）', basis: '制定依据', publication: '公布情况（公告或刊登的公报、网站）',
  'paper-copies': '纸质文本一式两份', electronic: '电子文本（经备案审查信息平台报送）',
};

/** A department's own normative document filed with the county government (art. 19). */
export type DepartmentReviewOutcome = 'accepted' | 'correction';
export const DEPARTMENT_REVIEW_LABELS: Readonly<Record<DepartmentReviewOutcome, string>> = { accepted: '准予备案', correction: '发现问题，通知制定机关纠正' };

/** The lifecycle steps as the screens show them, with the article each step answers to. */
export const STEPS = ['designate', 'draft', 'consult', 'competition', 'legality', 'completeness', 'deliberation', 'sign', 'number', 'publish', 'filing'] as const;
export type Step = (typeof STEPS)[number];
export const STEP_LABELS: Readonly<Record<Step, string>> = {
  designate: '立项（指定起草部门）', draft: '起草（评估论证、内容检查）', consult: '公开征求意见', competition: '公平竞争审查', legality: '合法性审查（县司法局）',
  completeness: '完备性审核（县政府办公室）', deliberation: '集体讨论决定（常务会议或全体会议）', sign: '县长签发', number: '统一编号', publish: '公开发布', filing: '报送备案',
};
export const STEP_CITES: Readonly<Record<Step, readonly string[]>> = {
  designate: ['yunyang-2025:19'], draft: ['yunyang-2025:19', 'org-law-2022:75'], consult: ['org-law-2022:75'], competition: ['fair-competition-2024:14', 'fair-competition-2024:18'],
  legality: ['yunyang-2025:20'], completeness: ['yunyang-2025:20'], deliberation: ['yunyang-2025:20', 'yunyang-2025:24'], sign: ['yunyang-2025:5'], number: ['yunyang-2025:21'],
  publish: ['yunyang-2025:21'], filing: ['yunyang-2025:18', 'yunyang-2025:34', 'cq-filing-review-2022:14'],
};
