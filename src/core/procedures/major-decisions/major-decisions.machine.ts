import type { DossierStatus, EditionStatus } from './major-decisions.ts';

type Transition<S> = { readonly to: S; readonly guards: readonly string[]; readonly permission: string };

export type EditionCommandType = 'add-item' | 'withdraw-item' | 'consent' | 'publish';

/**
 * A catalogue edition (条例第三条第三款): the office drafts it (items added or withdrawn), records the
 * county party committee's consent, then publishes it. An adjustment is a new edition with its reason.
 */
export const EDITION_TRANSITIONS: Readonly<Record<EditionStatus, Partial<Record<EditionCommandType, Transition<EditionStatus>>>>> = {
  draft: {
    'add-item': { to: 'draft', guards: [], permission: 'decision:manage' },
    'withdraw-item': { to: 'draft', guards: ['decision.catalogue-adjustment'], permission: 'decision:manage' },
    consent: { to: 'consented', guards: ['decision.catalogue-consent'], permission: 'decision:manage' },
  },
  consented: {
    publish: { to: 'published', guards: ['decision.catalogue-consent'], permission: 'decision:manage' },
  },
  published: {},
};

export const EDITION_STATUS_LABELS: Readonly<Record<EditionStatus, string>> = { draft: '编制中（待县委同意）', consented: '县委已同意（待公布）', published: '已向社会公布' };

export type DossierCommandType =
  | 'edit-draft' | 'participation' | 'public-comment' | 'expert-opinion' | 'expert-conclude' | 'risk' | 'body-opinion' | 'fair-competition'
  | 'legality-send' | 'legality-receive' | 'legality-return' | 'legality-opinion' | 'submit'
  | 'reopen' | 'record-adopted' | 'record-not-adopted' | 'record-deferred'
  | 'party-report' | 'publish' | 'designate' | 'progress' | 'evaluation-start' | 'evaluation-report'
  | 'suspend-urgently' | 'propose-change' | 'change-suspend' | 'change-resume' | 'change-terminate' | 'change-adjust' | 'change-rejected' | 'supersede';

const U = 'decision.undertaking-unit';
const stay = (s: DossierStatus, guards: readonly string[], permission = 'decision:read'): Transition<DossierStatus> => ({ to: s, guards, permission });
const PREPARING_STEPS = (s: DossierStatus): Partial<Record<DossierCommandType, Transition<DossierStatus>>> => ({
  'edit-draft': stay(s, [U]),
  participation: stay(s, [U, 'decision.hearing']),
  'public-comment': stay(s, [U, 'consultation.window']),
  'expert-opinion': stay(s, [U, 'decision.expert-signed', 'decision.expert-independent']),
  'expert-conclude': stay(s, [U, 'decision.expert-review']),
  risk: stay(s, [U, 'decision.risk-report']),
  'body-opinion': stay(s, ['decision.body-reply']),
  'fair-competition': stay(s, ['decision.fair-competition-reviewer']),
  'legality-send': stay(s, [U, 'decision.legality-package']),
  'legality-receive': stay(s, ['decision.legality-reviewer']),
  'legality-return': stay(s, ['decision.legality-reviewer']),
  'legality-opinion': stay(s, ['decision.legality-reviewer', 'decision.legality-review-time', 'decision.legality-counsel']),
  submit: { to: 'submitted', guards: ['topic.proposer', 'decision.in-catalogue', 'decision.participation', 'decision.expert-review', 'decision.risk-controllable', 'decision.bodies-consulted', 'decision.fair-competition', 'decision.legality-passed', 'decision.collective'], permission: 'decision:read' },
});

const CHANGES = (s: DossierStatus): Partial<Record<DossierCommandType, Transition<DossierStatus>>> => ({
  'evaluation-start': stay(s, ['decision.evaluation-trigger', 'decision.evaluator-independent'], 'decision:manage'),
  'evaluation-report': stay(s, ['decision.evaluation-report']),
  'propose-change': stay(s, ['topic.proposer', 'decision.change-procedure', 'decision.collective']),
  'change-terminate': { to: 'terminated', guards: ['decision.collective', 'decision.change-procedure'], permission: 'decision:manage' },
  'change-adjust': stay(s, ['decision.collective', 'decision.change-procedure'], 'decision:manage'),
  'change-rejected': stay(s, ['decision.collective'], 'decision:manage'),
  supersede: { to: 'adjusted', guards: ['decision.change-procedure'], permission: 'decision:manage' },
});

/**
 * A dossier, one exhaustive table. The undertaking unit records the statutory steps while preparing;
 * the draft goes to a 常务会议 or 全体会议 only when every step is done (the guards of `submit`); the
 * decision is recorded from the meeting's conclusion (adopted, not adopted, or deferred back to
 * preparation); it is reported to the party committee and published, then carried out by a designated
 * unit; it may be evaluated, suspended by the 行政首长 when urgent, and otherwise changed only by a
 * collective decision — or replaced by a revised decision that went through the whole procedure.
 */
export const DOSSIER_TRANSITIONS: Readonly<Record<DossierStatus, Partial<Record<DossierCommandType, Transition<DossierStatus>>>>> = {
  preparing: PREPARING_STEPS('preparing'),
  submitted: {
    reopen: { to: 'preparing', guards: [U], permission: 'decision:read' },
    'record-adopted': { to: 'decided', guards: ['decision.collective', 'decision.discussion-record'], permission: 'decision:manage' },
    'record-not-adopted': { to: 'not-adopted', guards: ['decision.collective', 'decision.discussion-record'], permission: 'decision:manage' },
    'record-deferred': { to: 'preparing', guards: ['decision.collective'], permission: 'decision:manage' },
  },
  decided: {
    'party-report': stay('decided', [], 'decision:manage'),
    publish: { to: 'published', guards: ['decision.party-report', 'decision.publication', 'decision.publication-timely'], permission: 'decision:manage' },
  },
  'not-adopted': {},
  published: {
    designate: { to: 'executing', guards: ['decision.execution-unit'], permission: 'decision:manage' },
  },
  executing: {
    progress: stay('executing', ['decision.progress-reporter']),
    'suspend-urgently': { to: 'suspended', guards: ['decision.change-procedure'], permission: 'decision:read' },
    'change-suspend': { to: 'suspended', guards: ['decision.collective', 'decision.change-procedure'], permission: 'decision:manage' },
    ...CHANGES('executing'),
  },
  suspended: {
    'change-resume': { to: 'executing', guards: ['decision.collective', 'decision.change-procedure'], permission: 'decision:manage' },
    ...CHANGES('suspended'),
  },
  terminated: {},
  adjusted: {},
};

export const DOSSIER_STATUS_LABELS: Readonly<Record<DossierStatus, string>> = {
  preparing: '履行法定程序中',
  submitted: '已提请会议讨论',
  decided: '已集体讨论决定（待公布）',
  'not-adopted': '会议不予通过',
  published: '已公布（待明确执行单位）',
  executing: '执行中',
  suspended: '中止执行',
  terminated: '停止执行',
  adjusted: '已由调整后的决策替代',
};

/** The commands that stand for the statutory steps before the meeting. */
export const PREPARATION_COMMANDS: ReadonlySet<DossierCommandType> = new Set(Object.keys(PREPARING_STEPS('preparing')) as DossierCommandType[]);
