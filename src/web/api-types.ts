// Shapes of the JSON the staff application reads. The web layer reaches the server only over
// HTTP (dependency-cruiser forbids importing services/http), so the presenters' shapes are
// restated here; the pure core's value types are imported as types.
import type { Deadline } from '../core/calendar/deadline.ts';
import type { Verdict as CoreVerdict } from '../core/rules/rule.ts';
import type { AbsenceKind, LeaveStatus } from '../core/procedures/leave/leave.ts';

/** A rule's verdict as the server sends it: the citation ids with their Chinese labels beside them. */
export type Verdict = CoreVerdict & { readonly citeLabels?: readonly string[] };

export interface Meta {
  readonly demo: boolean;
  /** Demo logins with their published password; null outside demo mode. */
  readonly demoAccounts: { readonly password: string; readonly accounts: readonly { readonly username: string; readonly who: string }[] } | null;
  readonly tenant: { readonly id: string; readonly name: string } | null;
  readonly packs: readonly { readonly id: string; readonly title: string; readonly effectiveFrom: string }[];
}

export interface Me {
  readonly account: {
    readonly id: string;
    readonly username: string;
    readonly displayName: string;
    readonly personId: string | null;
    readonly roles: readonly string[];
    readonly roleLabels: readonly string[];
    readonly totpEnabled: boolean;
  };
  readonly tenantId: string;
  readonly csrfToken: string;
  readonly demo: boolean;
  readonly mustChangePassword: boolean;
  readonly mustEnrollTotp: boolean;
}

export type TaskStatus = 'open' | 'done' | 'cancelled';

export interface TaskDue {
  readonly dueDate: string;
  readonly dueAt: string;
  readonly provisional: boolean;
  readonly start: string | null;
  readonly period: number | null;
  readonly unit: string | null;
  readonly remainingWorkingDays: number;
  readonly overdue: boolean;
}

export interface TaskView {
  readonly id: string;
  readonly title: string;
  readonly kind: string;
  readonly status: TaskStatus;
  readonly statusLabel: string;
  readonly sourceType: string;
  readonly sourceId: string | null;
  readonly createdAt: string;
  readonly due: TaskDue | null;
  readonly completedAt: string | null;
  readonly note: string | null;
  readonly version: number;
  readonly abilities: { readonly complete: boolean; readonly cancel: boolean };
}

export type CoverageStatus = 'enforced' | 'partial' | 'declarative' | 'planned';

export interface Chapter {
  readonly number: number;
  readonly title: string;
  readonly titleRestored?: boolean;
}

export interface ArticleRow {
  readonly number: number;
  readonly label: string;
  readonly chapter: Chapter;
  readonly status: CoverageStatus;
  readonly statusLabel: string;
  readonly rules: readonly string[];
  readonly excerpt: string;
  readonly text: readonly string[];
}

export interface Restoration {
  readonly article: number;
  readonly asPublished: string;
  readonly restored: string;
  readonly why: string;
}

export interface ArticleList {
  readonly pack: {
    readonly id: string;
    readonly title: string;
    readonly promulgatedBy: string;
    readonly effectiveFrom: string;
    readonly interpretedBy: string | null;
  };
  readonly counts: Readonly<Record<CoverageStatus, number>>;
  readonly chapters: readonly Chapter[];
  readonly articles: readonly ArticleRow[];
  readonly restorations: readonly Restoration[];
}

export interface RuleView {
  readonly id: string;
  readonly summary: string;
  readonly appliesTo: string;
  readonly cites: readonly { readonly id: string; readonly label: string }[];
}

export interface ArticleDetail {
  readonly number: number;
  readonly label: string;
  readonly chapter: Chapter;
  readonly paragraphs: readonly string[];
  readonly coverage: {
    readonly status: CoverageStatus;
    readonly statusLabel: string;
    readonly missing: string | null;
    readonly reason: string | null;
    readonly carriedBy: string | null;
  };
  readonly rules: readonly RuleView[];
  readonly restorations: readonly Restoration[];
}

export type ParameterStatus = 'VERIFIED' | 'SECONDARY' | 'NOT_FOUND';

export interface PackParameter {
  readonly key: string;
  readonly value: number | string | boolean;
  readonly unit?: string;
  readonly source: string;
  readonly status: ParameterStatus;
  readonly note: string;
}

export interface DeadlineView extends Deadline {
  readonly dueAt: string;
  /** The counting rules' citations in Chinese, formatted by the server. */
  readonly sourceLabel: string;
}

export interface DeadlineRequest {
  readonly start: string;
  readonly period: number;
  readonly unit: 'workday' | 'day' | 'month';
  readonly clockStops?: readonly { readonly from: string; readonly to: string; readonly reason: string }[];
}

export interface CalendarYear {
  readonly year: number;
  readonly source: string;
  readonly loadedAt: string;
  readonly holidays: readonly { readonly name: string; readonly from: string; readonly to: string }[];
  readonly makeUpWorkdays: readonly { readonly for: string; readonly date: string }[];
}

export interface AuditEvent {
  readonly seq: number;
  readonly id: string;
  readonly at: string;
  readonly type: string;
  readonly typeLabel: string;
  readonly actorAccountId: string | null;
  readonly actorPersonId: string | null;
  readonly onBehalfOfPersonId: string | null;
  readonly subjectType: string | null;
  readonly subjectId: string | null;
  readonly payload: unknown;
  readonly verdicts: readonly Verdict[] | null;
  readonly hash: string;
}

export interface AuditVerifyReport {
  readonly ok: boolean;
  readonly events: number;
  readonly checkpointsChecked: number;
  readonly lastSeq: number;
  readonly firstProblem: { readonly seq: number | null; readonly eventId: string | null; readonly message: string } | null;
}

// ---- Organisation, acting authority, leave and emergencies (arts. 5–7, 59) -----------------

export type { ActingProblem, ActingReason, ActingResult, ActingVia, AwayDay, AwayPerson, AwayPosition } from '../core/org/acting-types.ts';
export type { AbsenceKind, LeaveStatus };

/** A body as GET /api/org sends it; `kind` is government, office, department, street, town, outside or upper. */
export interface OrgBody {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly kind: string;
  readonly parentId: string | null;
  readonly docPrefix: string | null;
  /** Art. 69 category of an `agency` body. */
  readonly agencyType: string | null;
  /** The statutory duty the body holds (`audit` …). */
  readonly duty: string | null;
  /** `县政府办公室 · 秘书科` for a 科室, else the name. */
  readonly path: string;
  /** The body a 科室 belongs to (itself otherwise). */
  readonly topBodyId: string;
}

export interface OrgHolder {
  readonly personId: string;
  readonly name: string;
  readonly validFrom: string;
  readonly validTo: string | null;
}

/** One 分管 entry (art. 5): a body or a policy area. */
export interface OrgPortfolioEntry {
  readonly id: string;
  readonly bodyId: string | null;
  readonly area: string | null;
  readonly validFrom: string;
}

export interface OrgPositionView {
  readonly id: string;
  readonly code: string;
  readonly title: string;
  readonly kind: string;
  readonly bodyId: string;
  /** Holders on the chart's date. */
  readonly holders: readonly OrgHolder[];
  readonly portfolio: readonly OrgPortfolioEntry[];
  /** AB角 on the date: this post's B. */
  readonly bPositionIds: readonly string[];
  /** Art. 7: the county leaders an office member assists. */
  readonly assists: readonly string[];
}

/** An AB角 setting with its period (every one, past and future, not only those on the chart's date). */
export interface OrgAbPair {
  readonly id: string;
  readonly aPositionId: string;
  readonly bPositionId: string;
  readonly validFrom: string;
  readonly validTo: string | null;
}

export type DelegationScope = 'presiding' | 'assigned-work';

/** A 委托 (art. 5) with its period; instants in UTC ISO form. */
export interface OrgDelegation {
  readonly id: string;
  readonly fromPositionId: string;
  readonly toPositionId: string;
  readonly scope: DelegationScope;
  readonly fromAt: string;
  readonly toAt: string | null;
  readonly reason: string;
  readonly createdAt: string;
}

/** GET /api/org: bodies, positions and who holds each on `date` (the server's today unless asked). */
export interface OrgChart {
  readonly date: string;
  readonly bodies: readonly OrgBody[];
  readonly positions: readonly OrgPositionView[];
  readonly abPairs: readonly OrgAbPair[];
  readonly delegations: readonly OrgDelegation[];
}

/** One bad row of an import: the file's line (header = 1), the column and what is wrong. */
export interface ImportProblem {
  readonly line: number;
  readonly field: string;
  readonly message: string;
}

/** POST /api/org/import answers with what was added. */
export interface ImportResult {
  readonly newPeople: number;
  readonly appointments: number;
}

export interface LeaveAbilities {
  readonly approve: boolean;
  readonly reject: boolean;
  readonly cancel: boolean;
  readonly return: boolean;
  /** 转呈 / 退回 by the county government office (art. 59). */
  readonly forward: boolean;
  readonly sendBack: boolean;
}

/** A row of GET /api/leave: the absence record with names, labels and what the actor may do. */
export interface LeaveItem {
  readonly id: string;
  readonly personId: string;
  readonly positionId: string;
  readonly kind: AbsenceKind;
  readonly fromAt: string;
  readonly toAt: string;
  readonly returnedAt: string | null;
  readonly destination: string;
  readonly reason: string;
  readonly presidingPersonId: string | null;
  readonly status: LeaveStatus;
  readonly approverPositionId: string | null;
  readonly late: boolean;
  readonly lateReason: string | null;
  readonly requestedAt: string;
  readonly decidedAt: string | null;
  readonly decisionNote: string | null;
  readonly version: number;
  readonly personName: string;
  readonly positionTitle: string;
  readonly presidingName: string | null;
  readonly approverTitle: string | null;
  readonly decidedByName: string | null;
  readonly statusLabel: string;
  readonly kindLabel: string;
  readonly abilities: LeaveAbilities;
  /** Art. 59: the office's 转呈 or 退回 — when, by whom, its note. */
  readonly officeAt: string | null;
  readonly officeByName: string | null;
  readonly officeNote: string | null;
  /** 代录: the secretary who entered the decision, and `吴敏 代录（周明远的决定）`. */
  readonly enteredByName: string | null;
  readonly decidedByDisplay: string | null;
}

/** GET /api/me/entry-leaders: leaders whose decisions I may enter today (代录). */
export interface EntryLeader {
  readonly linkId: string;
  readonly leaderPersonId: string;
  readonly leaderName: string;
  readonly positionTitle: string;
  readonly validFrom: string;
  readonly validTo: string | null;
}

/** GET /api/org/secretary-links. */
export interface SecretaryLink {
  readonly id: string;
  readonly secretaryPersonId: string;
  readonly secretaryName: string;
  readonly leaderPositionId: string;
  readonly leaderPositionTitle: string;
  readonly leaderPersonId: string | null;
  readonly leaderName: string | null;
  readonly validFrom: string;
  readonly validTo: string | null;
  readonly valid: boolean;
}

/** POST /api/leave. Instants carry their offset (+08:00). */
export interface LeaveRequestBody {
  readonly kind: AbsenceKind;
  readonly fromAt: string;
  readonly toAt: string;
  readonly destination: string;
  readonly reason: string;
  readonly presidingPersonId?: string;
  readonly lateReason?: string;
}

/** POST /api/emergencies answers with the record and the 待办 reporting it to the 县长 (art. 6). */
export interface EmergencyRecord {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly handledAt: string;
  readonly reportTaskId: string | null;
  readonly createdAt: string;
}

/** A row of GET /api/emergencies (art. 6): who handled it and the state of the report to the 县长. */
export interface EmergencyItem extends EmergencyRecord {
  readonly personId: string;
  readonly positionId: string;
  readonly personName: string;
  readonly positionTitle: string;
  readonly onBehalfOfPersonId: string | null;
  readonly onBehalfOfName: string | null;
  /** `李明（代王强）` when a stand-in handled it. */
  readonly handledByDisplay: string;
  readonly report: null | {
    readonly taskId: string;
    readonly status: 'open' | 'done' | 'cancelled';
    readonly dueDate: string | null;
    readonly dueAt: string | null;
    readonly completedAt: string | null;
    readonly escalated: boolean;
    readonly state: 'reported' | 'overdue' | 'pending' | 'cancelled' | 'none';
    readonly remainingWorkingDays: number | null;
    readonly completedByName: string | null;
    readonly note: string | null;
    readonly stateLabel: string;
  };
}
