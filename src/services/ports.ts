/**
 * Ports: what services need from the outside world. Storage implements them over Kysely
 * (SQLite or PostgreSQL); tests may use the same implementation on a throwaway database.
 */
import type { Verdict } from '../core/rules/rule.ts';
import type { CalendarYear } from '../core/calendar/index.ts';
import type { AuditEventType } from '../core/audit/events.ts';
import type { DocumentElements, DocumentStatus, RouteStepState } from '../core/procedures/documents/documents.ts';
import type { Importance } from '../core/procedures/documents/kinds.ts';
import type { SpecialOrder } from '../core/procedures/documents/routing.ts';
import type { IncomingStatus, Reader } from '../core/procedures/incoming/incoming.ts';
import type { MeetingsPort, MeetingApprovalsPort, MeetingRecordsPort, MeetingDecisionsPort, KeyWorkPort } from './ports/meetings.ts';
import type { ConsultationsPort } from './ports/consultations.ts';
import type { NormativePort } from './ports/normative.ts';
import type { MajorDecisionsPort } from './ports/major-decisions.ts';

export type * from './ports/meetings.ts';
export type * from './ports/consultations.ts';
export type * from './ports/normative.ts';
export type * from './ports/major-decisions.ts';

export interface Actor {
  readonly tenantId: string;
  readonly accountId: string;
  readonly username: string;
  readonly displayName: string;
  readonly personId: string | null;
  readonly roles: readonly string[];
}

/** The system itself acting (scheduler, seeding, migrations). */
export const SYSTEM_ACTOR_ID = 'system';

export interface NewAuditEvent {
  readonly type: AuditEventType;
  readonly at: Date;
  readonly actorAccountId: string | null;
  readonly actorPersonId: string | null;
  /** When a stand-in acts, the person acted for (recorded with both names). */
  readonly onBehalfOfPersonId?: string | null;
  readonly subjectType: string;
  readonly subjectId: string | null;
  readonly payload: Readonly<Record<string, unknown>>;
  readonly verdicts?: readonly Verdict[];
}

export interface AuditEventRecord {
  readonly tenantId: string;
  readonly seq: number;
  readonly id: string;
  readonly at: string;
  readonly type: string;
  readonly actorAccountId: string | null;
  readonly actorPersonId: string | null;
  readonly onBehalfOfPersonId: string | null;
  readonly subjectType: string;
  readonly subjectId: string | null;
  readonly payload: string;
  readonly verdicts: string;
  readonly prevHash: string;
  readonly hash: string;
}

export interface AuditPort {
  append(tenantId: string, event: NewAuditEvent): Promise<AuditEventRecord>;
  list(tenantId: string, q: { subjectType?: string; subjectId?: string; limit: number; beforeSeq?: number }): Promise<AuditEventRecord[]>;
}

export interface TenantRecord {
  readonly id: string;
  readonly name: string;
  readonly packId: string;
}

export interface AccountRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly username: string;
  readonly displayName: string;
  readonly personId: string | null;
  readonly passwordHash: string;
  readonly roles: readonly string[];
  readonly totpSecret: string | null;
  readonly totpEnabled: boolean;
  readonly mustChangePassword: boolean;
  readonly disabled: boolean;
  readonly createdAt: string;
}

export interface SessionRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly accountId: string;
  readonly csrfToken: string;
  readonly createdAt: string;
  readonly lastSeenAt: string;
  readonly mfaPassed: boolean;
}

export interface AccountsPort {
  byUsername(tenantId: string, username: string): Promise<AccountRecord | undefined>;
  byId(tenantId: string, id: string): Promise<AccountRecord | undefined>;
  list(tenantId: string): Promise<AccountRecord[]>;
  insert(a: AccountRecord): Promise<void>;
  update(a: AccountRecord): Promise<void>;
  recordFailure(tenantId: string, username: string, at: Date): Promise<void>;
  failuresSince(tenantId: string, username: string, since: Date): Promise<number>;
  clearFailures(tenantId: string, username: string): Promise<void>;
}

export interface SessionsPort {
  get(id: string): Promise<SessionRecord | undefined>;
  /** The session with its account, in one lookup (every request does this). */
  getWithAccount(id: string): Promise<{ session: SessionRecord; account: AccountRecord } | undefined>;
  insert(s: SessionRecord): Promise<void>;
  touch(id: string, at: Date): Promise<void>;
  setMfaPassed(id: string): Promise<void>;
  delete(id: string): Promise<void>;
}

export interface BodyRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly code: string;
  readonly name: string;
  readonly kind: string;
  readonly parentId: string | null;
  readonly docPrefix: string | null;
  readonly sort: number;
  /** Art. 69 category of an `agency` body (派出机构 …), else null. */
  readonly agencyType?: string | null;
  /** The statutory duty the body holds (`audit`, `justice` …), else null. */
  readonly duty?: string | null;
}
export interface PositionRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly bodyId: string;
  readonly code: string;
  readonly title: string;
  readonly kind: string;
  readonly rank: number;
}
export interface PersonRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly name: string;
}
export interface AppointmentRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly personId: string;
  readonly positionId: string;
  readonly validFrom: string;
  readonly validTo: string | null;
}

export interface OrgPort {
  insertBody(b: BodyRecord): Promise<void>;
  insertPosition(p: PositionRecord): Promise<void>;
  insertPerson(p: PersonRecord): Promise<void>;
  insertAppointment(a: AppointmentRecord): Promise<void>;
  bodies(tenantId: string): Promise<BodyRecord[]>;
  positions(tenantId: string): Promise<PositionRecord[]>;
  people(tenantId: string): Promise<PersonRecord[]>;
  appointments(tenantId: string): Promise<AppointmentRecord[]>;
  /** Appointments valid on a date (valid_from ≤ date and (valid_to is null or date ≤ valid_to)). */
  holdersOn(tenantId: string, positionId: string, date: string): Promise<AppointmentRecord[]>;
  positionsOfPersonOn(tenantId: string, personId: string, date: string): Promise<AppointmentRecord[]>;
  person(tenantId: string, id: string): Promise<PersonRecord | undefined>;
  position(tenantId: string, id: string): Promise<PositionRecord | undefined>;
  positionByCode(tenantId: string, code: string): Promise<PositionRecord | undefined>;
  /** Renames a body or a post (the code, kind and place stay). */
  renameBody(tenantId: string, id: string, name: string): Promise<void>;
  renamePosition(tenantId: string, id: string, title: string): Promise<void>;
}

export type TaskStatus = 'open' | 'done' | 'cancelled';

export interface TaskRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly title: string;
  readonly kind: string;
  readonly ownerPositionId: string | null;
  readonly ownerPersonId: string | null;
  readonly status: TaskStatus;
  readonly sourceType: string;
  readonly sourceId: string | null;
  readonly startDate: string | null;
  readonly period: number | null;
  readonly unit: 'workday' | 'day' | 'month' | null;
  readonly dueDate: string | null;
  readonly dueAt: string | null;
  readonly provisional: boolean;
  readonly createdAt: string;
  readonly completedAt: string | null;
  readonly completedByPersonId: string | null;
  readonly completedByAccountId: string | null;
  readonly note: string | null;
  readonly remindedAt: string | null;
  readonly escalatedAt: string | null;
  readonly version: number;
  /** 代录: the secretary who entered the 办结 for `completedByPersonId` (SPEC §1). */
  readonly completedEnteredByPersonId?: string | null;
}

export interface TaskQuery {
  readonly status?: TaskStatus;
  readonly ownerPositionIds?: readonly string[];
  readonly ownerPersonId?: string;
  readonly limit?: number;
}

export interface TasksPort {
  get(tenantId: string, id: string): Promise<TaskRecord | undefined>;
  insert(t: TaskRecord): Promise<void>;
  /** Optimistic update: succeeds only when the stored version is `t.version - 1`. */
  update(t: TaskRecord): Promise<boolean>;
  list(tenantId: string, q: TaskQuery): Promise<TaskRecord[]>;
  /** Open tasks due before `before` that have not yet received `kind` (reminder/escalation). */
  dueForNotice(tenantId: string, kind: 'reminder' | 'escalation', before: string, limit: number): Promise<TaskRecord[]>;
  openWithPeriod(tenantId: string): Promise<TaskRecord[]>;
  /** Open tasks whose due instant has passed, oldest due first (the 逾期 register). */
  overdue(tenantId: string, before: string, limit: number): Promise<TaskRecord[]>;
  /** Open tasks created by a procedure record (e.g. the approval task of a leave request). */
  openBySource(tenantId: string, sourceType: string, sourceId: string): Promise<TaskRecord[]>;
}

export interface NotificationRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly taskId: string;
  readonly kind: 'reminder' | 'escalation';
  readonly recipientPositionId: string | null;
  readonly recipientPersonId: string | null;
  readonly message: string;
  readonly createdAt: string;
  readonly readAt: string | null;
}

export interface NotificationsPort {
  /** Inserts once per (task, kind); returns false when it already exists. */
  insertOnce(n: NotificationRecord): Promise<boolean>;
  /** Notices for these recipients about tasks that are still open, newest first. */
  forRecipients(tenantId: string, positionIds: readonly string[], personId: string | null, limit: number): Promise<NotificationRecord[]>;
}

export interface CalendarYearRecord {
  readonly year: number;
  readonly source: string;
  readonly data: CalendarYear;
  readonly loadedAt: string;
}

export interface CalendarPort {
  years(tenantId: string): Promise<CalendarYearRecord[]>;
  upsert(tenantId: string, y: CalendarYearRecord): Promise<'inserted' | 'replaced'>;
}

export interface TenantsPort {
  get(id: string): Promise<TenantRecord | undefined>;
  list(): Promise<TenantRecord[]>;
  insert(t: TenantRecord, at: Date): Promise<void>;
}

export interface MetaPort {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
}

export interface AbPairRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly aPositionId: string;
  readonly bPositionId: string;
  readonly validFrom: string;
  readonly validTo: string | null;
}

export interface DelegationRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly fromPositionId: string;
  readonly toPositionId: string;
  readonly scope: 'presiding' | 'assigned-work';
  readonly fromAt: string;
  readonly toAt: string | null;
  readonly reason: string;
  readonly createdByPersonId: string | null;
  readonly createdAt: string;
}

export interface PortfolioRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly positionId: string;
  readonly bodyId: string | null;
  readonly area: string | null;
  readonly validFrom: string;
  readonly validTo: string | null;
}

export interface OfficeAssistRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly officePositionId: string;
  readonly deputyPositionId: string;
  readonly validFrom: string;
  readonly validTo: string | null;
}

export type AbsenceStatus = 'at-office' | 'requested' | 'approved' | 'rejected' | 'cancelled' | 'returned' | 'sent-back';

export interface AbsenceRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly personId: string;
  readonly positionId: string;
  readonly kind: 'leave' | 'travel' | 'inspection';
  readonly fromAt: string;
  readonly toAt: string;
  readonly returnedAt: string | null;
  readonly destination: string;
  readonly reason: string;
  readonly presidingPersonId: string | null;
  readonly status: AbsenceStatus;
  readonly approverPositionId: string | null;
  readonly late: boolean;
  readonly lateReason: string | null;
  readonly requestedAt: string;
  readonly requestedByAccountId: string | null;
  readonly decidedAt: string | null;
  readonly decidedByPersonId: string | null;
  readonly decisionNote: string | null;
  readonly version: number;
  /** Art. 59: when the office forwarded (转呈) or returned (退回) a principal's request, who, and its note. */
  readonly officeAt?: string | null;
  readonly officeByPersonId?: string | null;
  readonly officeNote?: string | null;
  /** 代录: the secretary who entered the decision for `decidedByPersonId` (SPEC §1). */
  readonly decisionEnteredByPersonId?: string | null;
}

/** SPEC §1: a person who may enter the decisions of whoever holds a leader's post (代录), for a period. */
export interface SecretaryLinkRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly secretaryPersonId: string;
  readonly leaderPositionId: string;
  readonly validFrom: string;
  readonly validTo: string | null;
  readonly createdByPersonId: string | null;
  readonly createdAt: string;
}

export interface EmergencyRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly positionId: string;
  readonly personId: string;
  readonly title: string;
  readonly description: string;
  readonly handledAt: string;
  readonly reportTaskId: string | null;
  readonly createdAt: string;
  /** When a stand-in handled it: the leader whose post they acted for (art. 5). */
  readonly onBehalfOfPersonId?: string | null;
}

/** AB角, 委托, portfolios, absences and emergencies (arts. 5–7, 59). */
export interface AuthorityPort {
  abPairs(tenantId: string): Promise<AbPairRecord[]>;
  insertAbPair(r: AbPairRecord): Promise<void>;
  /** Ends a pair the day before `validTo + 1` (sets valid_to); history is kept. */
  endAbPair(tenantId: string, id: string, validTo: string): Promise<void>;
  delegations(tenantId: string): Promise<DelegationRecord[]>;
  insertDelegation(r: DelegationRecord): Promise<void>;
  endDelegation(tenantId: string, id: string, toAt: string): Promise<void>;
  portfolios(tenantId: string): Promise<PortfolioRecord[]>;
  insertPortfolio(r: PortfolioRecord): Promise<void>;
  endPortfolio(tenantId: string, id: string, validTo: string): Promise<void>;
  officeAssists(tenantId: string): Promise<OfficeAssistRecord[]>;
  insertOfficeAssist(r: OfficeAssistRecord): Promise<void>;
  absence(tenantId: string, id: string): Promise<AbsenceRecord | undefined>;
  /** Absences that change who acts (approved, or returned with their real end). */
  effectiveAbsences(tenantId: string): Promise<AbsenceRecord[]>;
  absences(tenantId: string, q: { personId?: string; approverPositionIds?: readonly string[]; status?: AbsenceStatus; limit: number }): Promise<AbsenceRecord[]>;
  insertAbsence(r: AbsenceRecord): Promise<void>;
  /** Optimistic update: succeeds only when the stored version is `r.version - 1`. */
  updateAbsence(r: AbsenceRecord): Promise<boolean>;
  emergencies(tenantId: string, limit: number): Promise<EmergencyRecord[]>;
  insertEmergency(r: EmergencyRecord): Promise<void>;
  secretaryLinks(tenantId: string): Promise<SecretaryLinkRecord[]>;
  insertSecretaryLink(r: SecretaryLinkRecord): Promise<void>;
  endSecretaryLink(tenantId: string, id: string, validTo: string): Promise<void>;
}

/** An outgoing document as stored: the listing columns, the elements and the route. */
export interface DocumentRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly status: DocumentStatus;
  readonly elements: DocumentElements;
  readonly draftingBodyId: string | null;
  readonly drafterPersonId: string;
  readonly drafterPositionId: string | null;
  /** Confirmed by the office at 核稿 (art. 53(一)). */
  readonly importance: Importance | null;
  readonly withinDepartmentPowers: boolean;
  readonly route: readonly RouteStepState[];
  readonly routeClause: string | null;
  readonly specialOrder: SpecialOrder | null;
  readonly numberId: string | null;
  readonly docNumber: string | null;
  /** 成文日期: the date of the last signature. */
  readonly signedDate: string | null;
  /** 印发日期 (GB/T 9704). */
  readonly issuedDate: string | null;
  readonly currentTaskId: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

export interface DocumentVersionRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly documentId: string;
  readonly versionNo: number;
  readonly elements: DocumentElements;
  /** Names of the fields changed from the previous version. */
  readonly changedFields: readonly string[];
  readonly changedByPersonId: string | null;
  readonly changedAt: string;
  readonly note: string;
}

export interface DocNumberRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly prefix: string;
  readonly year: number;
  readonly seq: number;
  readonly docNumber: string;
  readonly documentId: string;
  readonly title: string;
  readonly status: 'assigned' | 'void';
  readonly assignedAt: string;
  readonly assignedByPersonId: string | null;
  readonly voidedAt: string | null;
  readonly voidReason: string | null;
}

export interface DocSequenceRecord {
  readonly prefix: string;
  readonly year: number;
  readonly nextSeq: number;
  readonly presetByPersonId: string | null;
  readonly presetAt: string | null;
}

export interface DocumentsPort {
  get(tenantId: string, id: string): Promise<DocumentRecord | undefined>;
  list(tenantId: string, q: { statuses?: readonly DocumentStatus[]; drafterPersonId?: string; limit: number }): Promise<DocumentRecord[]>;
  insert(r: DocumentRecord): Promise<void>;
  /** Optimistic update: succeeds only when the stored version is `r.version - 1`. */
  update(r: DocumentRecord): Promise<boolean>;
  insertVersion(r: DocumentVersionRecord): Promise<void>;
  versions(tenantId: string, documentId: string): Promise<DocumentVersionRecord[]>;
  /** Takes the next number of a 代字 and year (the first is 1, or the preset start); serialised by the database. */
  takeNumber(tenantId: string, prefix: string, year: number): Promise<number>;
  /** Sets where a sequence starts (going live mid-year); false when the sequence already exists. */
  presetSequence(tenantId: string, r: DocSequenceRecord): Promise<boolean>;
  sequences(tenantId: string): Promise<DocSequenceRecord[]>;
  insertNumber(r: DocNumberRecord): Promise<void>;
  voidNumber(tenantId: string, id: string, at: string, reason: string): Promise<void>;
  numbers(tenantId: string, q: { prefix?: string; year?: number; limit: number }): Promise<DocNumberRecord[]>;
  insertAttachment(r: AttachmentRecord & { readonly contentBase64: string }): Promise<void>;
  /** The attachments of a document, without their content. */
  attachments(tenantId: string, documentId: string): Promise<AttachmentRecord[]>;
  attachmentContent(tenantId: string, documentId: string, id: string): Promise<(AttachmentRecord & { readonly contentBase64: string }) | undefined>;
  removeAttachment(tenantId: string, id: string, at: string, personId: string | null): Promise<void>;
}

export interface AttachmentRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly documentId: string;
  readonly name: string;
  readonly contentType: string;
  readonly size: number;
  /** SM3 digest of the content, hex. */
  readonly digest: string;
  readonly uploadedByPersonId: string | null;
  readonly uploadedAt: string;
  readonly removedAt: string | null;
}

export type AuditFindingStatusName = 'rectifying' | 'reported' | 'rectified' | 'not-rectified';

export interface AuditFindingRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly auditedBodyId: string;
  readonly title: string;
  readonly finding: string;
  readonly requirement: string;
  readonly dueDate: string;
  readonly status: AuditFindingStatusName;
  readonly recordedAt: string;
  readonly recordedByPersonId: string | null;
  readonly updatedAt: string;
  readonly version: number;
}

/** One step in a finding's history (append-only): recorded, a report, a conclusion, a follow-up, an amendment. */
export interface AuditFindingEntryRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly findingId: string;
  readonly seq: number;
  readonly kind: 'recorded' | 'report' | 'rectified' | 'not-rectified' | 'follow-up' | 'amended';
  readonly text: string;
  readonly reportDate: string | null;
  readonly dueDate: string | null;
  readonly statusAfter: AuditFindingStatusName;
  /** For an amendment: the text before it (JSON). */
  readonly previous: string | null;
  readonly at: string;
  readonly personId: string | null;
  readonly onBehalfOfPersonId: string | null;
  readonly positionId: string | null;
  readonly taskId: string | null;
}

/** The audit rectification register (arts. 9, 35): findings are updated optimistically, never deleted; entries only appended. */
export interface AuditFindingsPort {
  get(tenantId: string, id: string): Promise<AuditFindingRecord | undefined>;
  list(tenantId: string, q: { auditedBodyIds?: readonly string[]; status?: AuditFindingStatusName; limit: number }): Promise<AuditFindingRecord[]>;
  insert(r: AuditFindingRecord): Promise<void>;
  /** Optimistic update: succeeds only when the stored version is `r.version - 1`. */
  update(r: AuditFindingRecord): Promise<boolean>;
  entries(tenantId: string, findingId: string): Promise<AuditFindingEntryRecord[]>;
  appendEntry(r: AuditFindingEntryRecord): Promise<void>;
}

/** An incoming document (收文) and the state of its handling. */
export interface IncomingRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly status: IncomingStatus;
  readonly source: 'external' | 'submission';
  readonly fromName: string;
  readonly fromBodyId: string | null;
  readonly sourceDocumentId: string | null;
  readonly theirNumber: string;
  readonly kind: string;
  readonly title: string;
  readonly urgency: string;
  readonly body: string;
  readonly attachmentNames: readonly string[];
  readonly disagreement: boolean;
  readonly receivedAt: string;
  readonly receivedByPersonId: string | null;
  readonly registerNo: string | null;
  readonly reviewNote: string | null;
  readonly proposal: string | null;
  readonly leaderPositionId: string | null;
  readonly readers: readonly Reader[];
  readonly instruction: string | null;
  readonly instructedByPersonId: string | null;
  readonly instructedOnBehalfOf: string | null;
  readonly instructedAt: string | null;
  readonly leadBodyId: string | null;
  readonly coBodyIds: readonly string[];
  readonly handlerPositionId: string | null;
  readonly dueDate: string | null;
  readonly result: string | null;
  readonly completedAt: string | null;
  readonly updatedAt: string;
  readonly version: number;
}

export interface IncomingPort {
  get(tenantId: string, id: string): Promise<IncomingRecord | undefined>;
  list(tenantId: string, limit: number): Promise<IncomingRecord[]>;
  insert(r: IncomingRecord): Promise<void>;
  /** Optimistic update: succeeds only when the stored version is `r.version - 1`. */
  update(r: IncomingRecord): Promise<boolean>;
}


/** Everything a service can touch inside one transaction. */
export interface Tx {
  readonly audit: AuditPort;
  readonly accounts: AccountsPort;
  readonly sessions: SessionsPort;
  readonly org: OrgPort;
  readonly tasks: TasksPort;
  readonly notifications: NotificationsPort;
  readonly calendar: CalendarPort;
  readonly tenants: TenantsPort;
  readonly meta: MetaPort;
  readonly authority: AuthorityPort;
  readonly documents: DocumentsPort;
  readonly incoming: IncomingPort;
  readonly meetings: MeetingsPort;
  readonly meetingRecords: MeetingRecordsPort;
  readonly keyWork: KeyWorkPort;
  readonly meetingApprovals: MeetingApprovalsPort;
  readonly auditFindings: AuditFindingsPort;
  readonly meetingDecisions: MeetingDecisionsPort;
  readonly consultations: ConsultationsPort;
  readonly majorDecisions: MajorDecisionsPort;
  readonly normative: NormativePort;
}

export interface Store extends Tx {
  readonly dialect: 'sqlite' | 'postgres';
  /** Runs `fn` in one transaction: every change and its audit events commit together or not at all. */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
}

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}

export interface TotpPort {
  generateSecret(): string;
  verify(secret: string, token: string, at: Date): boolean;
  uri(secret: string, account: string, issuer: string): string;
}

export interface IdGenerator {
  id(): string;
  token(): string;
  /** One-way digest of a secret token for storage (sessions). */
  digest(token: string): string;
}
