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
import type { MeetingKind, MeetingStatus, TopicFacts, TopicStatus } from '../core/procedures/meetings/meetings.ts';
import type { MinutesDecision, MinutesStatus } from '../core/procedures/meetings/minutes.ts';
import type { MeetingLeaveStatus } from '../core/procedures/meetings/meeting-leave.ts';
import type { KeyWorkStatus } from '../core/procedures/key-work/key-work.ts';
import type { QuarterNumber } from '../core/procedures/key-work/quarter.ts';
import type { GuestCategory } from '../core/procedures/meetings/attendance.ts';
import type { Conclusion, Speech } from '../core/procedures/meetings/discussion.ts';
import type { StudyKind } from '../core/procedures/meetings/study.ts';
import type { ApprovalStatus, ApprovalTier, WorkMeetingFacts } from '../core/procedures/meeting-approvals/meeting-approvals.ts';
import type { CommentStatus, Handling, SubjectType, WindowParameterKey } from '../core/procedures/consultations/consultations.ts';
import type { ChangeKind, DecisionCategory, DossierStatus, EditionStatus, EntryDataByKind, EntryKind, EvaluationTrigger, MatterKind } from '../core/procedures/major-decisions/major-decisions.ts';
import type { DepartmentReviewOutcome, FilingAuthority, FilingItem, NormativeEvidence, NormativeIssuer, NormativeStatus } from '../core/procedures/normative/normative.ts';

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

export interface MeetingRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly kind: MeetingKind;
  readonly title: string;
  /** Local date (Beijing) and the starting instant. */
  readonly date: string;
  readonly startsAt: string;
  readonly place: string;
  readonly form: 'in-person' | 'video';
  readonly chairPositionId: string;
  /** Art. 46: the county head's 委托 to the 常务副县长, recorded. */
  readonly entrustedNote: string | null;
  /** Art. 48: the leader on whose behalf an office member chairs a special-topic meeting. */
  readonly onBehalfOfPositionId: string | null;
  readonly status: MeetingStatus;
  readonly createdByPersonId: string | null;
  readonly createdAt: string;
  readonly version: number;
}

export interface TopicRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly meetingKind: MeetingKind;
  readonly meetingId: string | null;
  /** For a special-topic meeting: its chair's post, who settles the topic (art. 48). */
  readonly specialChairPositionId: string | null;
  readonly title: string;
  readonly facts: TopicFacts;
  readonly materials: readonly string[];
  readonly proposerPersonId: string;
  readonly proposerPositionId: string;
  readonly status: TopicStatus;
  readonly verdicts: readonly Verdict[];
  readonly decidedByPersonId: string | null;
  readonly decidedOnBehalfOf: string | null;
  readonly decisionNote: string | null;
  /** Where the topic came from (e.g. an inspection-trip report owed under art. 59). */
  readonly sourceType: string | null;
  readonly sourceId: string | null;
  readonly createdAt: string;
  readonly version: number;
  /** A 县长办公会议 topic may name the key-work item it concerns (art. 47). */
  readonly keyWorkItemId?: string | null;
}

export interface MeetingsPort {
  get(tenantId: string, id: string): Promise<MeetingRecord | undefined>;
  list(tenantId: string, limit: number): Promise<MeetingRecord[]>;
  insert(r: MeetingRecord): Promise<void>;
  update(r: MeetingRecord): Promise<boolean>;
  topic(tenantId: string, id: string): Promise<TopicRecord | undefined>;
  topics(tenantId: string, q: { meetingId?: string; keyWorkItemId?: string; limit: number }): Promise<TopicRecord[]>;
  insertTopic(r: TopicRecord): Promise<void>;
  updateTopic(r: TopicRecord): Promise<boolean>;
  minutes(tenantId: string, meetingId: string): Promise<MinutesRecord | undefined>;
  insertMinutes(r: MinutesRecord): Promise<void>;
  updateMinutes(r: MinutesRecord): Promise<boolean>;
  leaves(tenantId: string, meetingId: string): Promise<MeetingLeaveRecord[]>;
  leave(tenantId: string, id: string): Promise<MeetingLeaveRecord | undefined>;
  insertLeave(r: MeetingLeaveRecord): Promise<void>;
  updateLeave(r: MeetingLeaveRecord): Promise<boolean>;
}

export interface MeetingLeaveRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly meetingId: string;
  readonly personId: string;
  readonly positionId: string;
  readonly reason: string;
  readonly substitutePersonId: string | null;
  readonly approverPositionId: string;
  readonly status: MeetingLeaveStatus;
  readonly decidedByPersonId: string | null;
  readonly decidedOnBehalfOf: string | null;
  readonly decidedAt: string | null;
  readonly createdAt: string;
  readonly version: number;
  /** Art. 49: when the office forwarded (转呈) or returned (退回) a non-leader's request, who (for whom, when a stand-in), and its note. */
  readonly officeAt?: string | null;
  readonly officeByPersonId?: string | null;
  readonly officeOnBehalfOf?: string | null;
  readonly officeNote?: string | null;
}

/** One step done on a work-meeting application (art. 51(二)): who, acting for whom, when, with what note. */
export interface MeetingApprovalStep {
  readonly action: 'applied' | 'reviewed' | 'approved' | 'returned';
  readonly personId: string | null;
  readonly onBehalfOfPersonId: string | null;
  readonly positionId: string | null;
  readonly at: string;
  readonly note: string;
}

/** An application to hold a work meeting (art. 51). */
export interface MeetingApprovalRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly title: string;
  readonly organiserBodyId: string;
  readonly applicantPersonId: string;
  readonly applicantPositionId: string;
  /** Local date (Beijing) and the starting instant. */
  readonly date: string;
  readonly startsAt: string;
  readonly facts: WorkMeetingFacts;
  readonly tier: ApprovalTier;
  /** Art. 51(二): the posts that may review (the office member who liaises, the director) and the approving post. */
  readonly reviewerPositionIds: readonly string[];
  readonly approverPositionId: string | null;
  readonly status: ApprovalStatus;
  readonly steps: readonly MeetingApprovalStep[];
  /** The verdicts of the latest check (application, or approval when the merging check is read again). */
  readonly verdicts: readonly Verdict[];
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

export interface MeetingApprovalsPort {
  get(tenantId: string, id: string): Promise<MeetingApprovalRecord | undefined>;
  /** Newest first. */
  list(tenantId: string, limit: number): Promise<MeetingApprovalRecord[]>;
  /** Applications for meetings on a local date (for the merging check of art. 51(三)). */
  onDate(tenantId: string, date: string): Promise<MeetingApprovalRecord[]>;
  insert(r: MeetingApprovalRecord): Promise<void>;
  /** Optimistic update: succeeds only when the stored version is `r.version - 1`. */
  update(r: MeetingApprovalRecord): Promise<boolean>;
}

export interface MinutesRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly meetingId: string;
  readonly text: string;
  readonly decisions: readonly MinutesDecision[];
  readonly status: MinutesStatus;
  /** Each step done: who (a stand-in with the person acted for), when, with what opinion. */
  readonly steps: readonly { readonly status: MinutesStatus; readonly personName: string; readonly onBehalfOfName: string | null; readonly at: string; readonly opinion: string; readonly personId?: string | null }[];
  readonly updatedAt: string;
  readonly version: number;
}

/** Attendees the office adds to a meeting: 列席 by decision, units for their topic, guests (arts. 45–47). */
export interface MeetingAttendeeRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly meetingId: string;
  readonly group: 'invited' | 'topic' | 'guest';
  readonly topicId: string | null;
  readonly bodyId: string | null;
  readonly positionId: string | null;
  /** Who attends (a guest's name or description; for a body, the post's title). */
  readonly name: string;
  readonly category: GuestCategory | null;
  /** Who decided the invitation, and why. */
  readonly basis: string;
  readonly createdByPersonId: string | null;
  readonly createdAt: string;
}

/** One entry of the attendance list signed in on the day, by whom (a substitute under art. 49). */
export interface SignInRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly meetingId: string;
  readonly entryKey: string;
  readonly attendedBy: string;
  readonly substitute: boolean;
  readonly signedAt: string;
  readonly recordedByPersonId: string | null;
}

export interface StudyRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly meetingId: string;
  readonly kind: StudyKind;
  readonly subject: string;
  readonly speaker: string;
  readonly materials: readonly string[];
  readonly summary: string | null;
  readonly recordedAt: string | null;
  readonly updatedAt: string;
  readonly version: number;
}

export interface DiscussionRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly meetingId: string;
  readonly topicId: string;
  readonly speeches: readonly Speech[];
  readonly conclusion: Conclusion | null;
  readonly updatedAt: string;
  readonly version: number;
}

export interface MeetingRecordsPort {
  attendees(tenantId: string, meetingId: string): Promise<MeetingAttendeeRecord[]>;
  insertAttendee(r: MeetingAttendeeRecord): Promise<void>;
  signIns(tenantId: string, meetingId: string): Promise<SignInRecord[]>;
  /** False when the entry was already signed in. */
  insertSignIn(r: SignInRecord): Promise<boolean>;
  study(tenantId: string, meetingId: string): Promise<StudyRecord | undefined>;
  /** Studies of the meetings whose id is listed (for the year's count). */
  studies(tenantId: string, meetingIds: readonly string[]): Promise<StudyRecord[]>;
  saveStudy(r: StudyRecord): Promise<boolean>;
  discussion(tenantId: string, topicId: string): Promise<DiscussionRecord | undefined>;
  discussions(tenantId: string, meetingId: string): Promise<DiscussionRecord[]>;
  saveDiscussion(r: DiscussionRecord): Promise<boolean>;
}

/** Signed minutes issued as a 纪要 (art. 50) and the publication of their public decisions (art. 30). */
export interface MinutesIssueRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly meetingId: string;
  readonly minutesId: string;
  readonly documentId: string;
  readonly signedAt: string;
  /** Art. 30: by when the public decisions are due to be published (none when every decision is withheld). */
  readonly publishDueDate: string | null;
  readonly publishDueAt: string | null;
  readonly publishTaskId: string | null;
  readonly publishedAt: string | null;
  readonly publishedByPersonId: string | null;
  readonly version: number;
}

/** The 待办 a decision became (arts. 28, 41): which decision, which unit, lead or assisting. */
export interface DecisionTaskLink {
  readonly tenantId: string;
  readonly meetingId: string;
  /** 0-based position of the decision in the minutes. */
  readonly decisionIndex: number;
  readonly taskId: string;
  readonly role: 'lead' | 'assist';
  readonly bodyId: string;
}

export interface DecisionTaskRow extends DecisionTaskLink {
  readonly status: TaskStatus;
  readonly dueDate: string | null;
  readonly dueAt: string | null;
  readonly completedAt: string | null;
  readonly note: string | null;
  readonly ownerPositionId: string | null;
}

/** A decision as published on the portal: public facts only, never a person. */
export interface PublishedDecisionRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly meetingId: string;
  readonly decisionIndex: number;
  readonly meetingKind: MeetingKind;
  readonly meetingTitle: string;
  readonly meetingDate: string;
  readonly text: string;
  readonly leadBodyName: string;
  readonly publishedAt: string;
}

/** A unit's report on how a decision goes (art. 28: 跟踪和反馈执行情况). */
export interface DecisionProgressRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly meetingId: string;
  readonly decisionIndex: number;
  readonly bodyId: string;
  readonly text: string;
  readonly reportedByPersonId: string | null;
  readonly onBehalfOfPersonId: string | null;
  readonly reportedAt: string;
}

export interface MeetingDecisionsPort {
  insertIssue(r: MinutesIssueRecord): Promise<void>;
  /** Optimistic update: succeeds only when the stored version is `r.version - 1`. */
  updateIssue(r: MinutesIssueRecord): Promise<boolean>;
  issue(tenantId: string, meetingId: string): Promise<MinutesIssueRecord | undefined>;
  issueByDocument(tenantId: string, documentId: string): Promise<MinutesIssueRecord | undefined>;
  issues(tenantId: string): Promise<MinutesIssueRecord[]>;
  /** Every signed minutes, newest first. */
  signedMinutes(tenantId: string, limit: number): Promise<MinutesRecord[]>;
  insertTaskLink(r: DecisionTaskLink): Promise<void>;
  /** The decisions' 待办 with their state. */
  taskLinks(tenantId: string, q: { meetingId?: string }): Promise<DecisionTaskRow[]>;
  insertPublished(r: PublishedDecisionRecord): Promise<void>;
  /** Published decisions, newest meeting first. */
  published(tenantId: string, q: { year?: number; kind?: MeetingKind; limit: number }): Promise<PublishedDecisionRecord[]>;
  insertProgress(r: DecisionProgressRecord): Promise<void>;
  progress(tenantId: string, q: { meetingId?: string }): Promise<DecisionProgressRecord[]>;
}

/** An item of a quarter's key-work list (季度重点工作清单, art. 47). 滞后 is computed, never stored. */
export interface KeyWorkItemRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly year: number;
  readonly quarter: QuarterNumber;
  /** Its number on the quarter's list (第N项), in the order the items were put on it; nothing is removed. */
  readonly seq: number;
  /** The work item (工作事项) and its target or measures (目标措施). */
  readonly title: string;
  readonly target: string;
  /** The lead unit (牵头单位) and the co-units (配合单位). */
  readonly leadBodyId: string;
  readonly coBodyIds: readonly string[];
  /** The county leader in charge (分管县领导): a post. */
  readonly leaderPositionId: string;
  readonly dueDate: string;
  readonly status: KeyWorkStatus;
  /** The earlier quarter's item this one was carried over from (挂单), or null. */
  readonly carriedFromId: string | null;
  readonly createdAt: string;
  readonly createdByPersonId: string | null;
  readonly updatedAt: string;
  readonly version: number;
}

export type KeyWorkEntryKind = 'added' | 'edited' | 'progress' | 'carried-over' | 'carried-in';

/** One step in an item's history (append-only): added, edited, a progress report, carried over out or in. */
export interface KeyWorkEntryRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly itemId: string;
  readonly seq: number;
  readonly kind: KeyWorkEntryKind;
  readonly text: string;
  /** For a progress report: the date it reports on. */
  readonly reportDate: string | null;
  readonly statusAfter: KeyWorkStatus;
  /** For an edit: the fields before it (JSON). */
  readonly previous: string | null;
  /** For a carry-over: the item on the other side. */
  readonly relatedItemId: string | null;
  readonly at: string;
  readonly personId: string | null;
  readonly onBehalfOfPersonId: string | null;
  readonly positionId: string | null;
}

/** The key-work list: items are updated optimistically, never deleted; entries only appended. */
export interface KeyWorkPort {
  get(tenantId: string, id: string): Promise<KeyWorkItemRecord | undefined>;
  /** A quarter's list by number. */
  list(tenantId: string, q: { year: number; quarter: number }): Promise<KeyWorkItemRecord[]>;
  /** The items carried over from any of `ids`. */
  carriedFrom(tenantId: string, ids: readonly string[]): Promise<KeyWorkItemRecord[]>;
  /** The quarters that have a list. */
  quarters(tenantId: string): Promise<{ year: number; quarter: QuarterNumber }[]>;
  insert(r: KeyWorkItemRecord): Promise<void>;
  /** Optimistic update: succeeds only when the stored version is `r.version - 1`. */
  update(r: KeyWorkItemRecord): Promise<boolean>;
  entries(tenantId: string, itemId: string): Promise<KeyWorkEntryRecord[]>;
  appendEntry(r: KeyWorkEntryRecord): Promise<void>;
}

/** A public consultation (公开征求意见) on the draft of a normative document or a major decision. */
export interface ConsultationRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly subjectType: SubjectType;
  /** The normative document's or major decision's id in its own procedure (not checked here). */
  readonly subjectId: string;
  readonly title: string;
  readonly draftText: string;
  /** 起草说明. */
  readonly explanation: string;
  readonly draftingBodyId: string;
  readonly affectsMarket: boolean;
  /** UTC ISO instant comments are first accepted. */
  readonly opensAt: string;
  /** The last local day (YYYY-MM-DD); the window ends at 24:00 that day. */
  readonly lastDay: string;
  /** `lastDay + 1` 00:00 local time, UTC ISO: the first instant no comment is accepted. */
  readonly closesAt: string;
  /** The minimum that applied when it opened, as the calendar core computed it. */
  readonly minimum: {
    readonly key: WindowParameterKey;
    readonly period: number;
    readonly unit: 'day' | 'workday';
    readonly earliestLastDay: string;
    readonly provisional: boolean;
    readonly summary: string;
    readonly cites: readonly string[];
    /** The provisions and what they require, as they stood at the opening. */
    readonly requirement: string;
  };
  /** The stated reason for a window shorter than the minimum (shown publicly), else null. */
  readonly shortenedReason: string | null;
  readonly verdicts: readonly Verdict[];
  /** The drafting unit's published feedback (反馈说明), and when and by whom it was published. */
  readonly feedbackSummary: string | null;
  readonly feedbackPublishedAt: string | null;
  readonly feedbackPublishedByPersonId: string | null;
  readonly openedByPersonId: string | null;
  readonly createdAt: string;
  readonly version: number;
}

/** A comment from the public. `name` and `contact` are never published. */
export interface CommentRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly consultationId: string;
  readonly content: string;
  readonly name: string | null;
  readonly contact: string | null;
  readonly submittedAt: string;
  readonly status: CommentStatus;
  /** The text published (moderated, personal information masked); null until approved. */
  readonly publicText: string | null;
  /** The moderator's reason for not using a comment. */
  readonly moderationNote: string | null;
  readonly moderatedByPersonId: string | null;
  readonly moderatedAt: string | null;
  readonly handling: Handling | null;
  readonly handlingReason: string | null;
  readonly handledByPersonId: string | null;
  readonly handledAt: string | null;
  readonly version: number;
}

export interface CommentCounts {
  readonly pending: number;
  readonly approved: number;
  readonly rejected: number;
  /** Approved comments with their handling recorded. */
  readonly handled: number;
}

export interface ConsultationsPort {
  get(tenantId: string, id: string): Promise<ConsultationRecord | undefined>;
  /** Newest first. */
  list(tenantId: string, limit: number): Promise<ConsultationRecord[]>;
  insert(r: ConsultationRecord): Promise<void>;
  /** Optimistic: false when the stored version is not `r.version - 1`. */
  update(r: ConsultationRecord): Promise<boolean>;
  comment(tenantId: string, id: string): Promise<CommentRecord | undefined>;
  /** In the order received. */
  comments(tenantId: string, consultationId: string): Promise<CommentRecord[]>;
  insertComment(r: CommentRecord): Promise<void>;
  updateComment(r: CommentRecord): Promise<boolean>;
  /** Comment counts per consultation (consultations without comments are absent). */
  counts(tenantId: string, consultationIds: readonly string[]): Promise<Record<string, CommentCounts>>;
  /** Records an accepted submission for the rate limits (a pseudonymous key of the address, never the address). */
  recordSubmission(r: { id: string; tenantId: string; consultationId: string; addressKey: string; at: string }): Promise<void>;
  /** Submissions from an address since an instant, over all consultations or one. */
  submissionsSince(tenantId: string, addressKey: string, since: string, consultationId?: string): Promise<number>;
  /** Forgets submissions older than an instant (they no longer count towards any limit). */
  pruneSubmissions(tenantId: string, before: string): Promise<void>;
}

/** A normative document (规范性文件) with the evidence of each step (arts. 18–21). */
export interface NormativeRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly title: string;
  readonly issuer: NormativeIssuer;
  readonly leadBodyId: string;
  readonly coBodyIds: readonly string[];
  readonly affectsMarket: boolean;
  readonly status: NormativeStatus;
  /** The document this one amends (its publication marks that one 已修改). */
  readonly amendsId: string | null;
  /** The deliberation topic proposed for it (the topic carries sourceType `normative`). */
  readonly topicId: string | null;
  readonly docNumber: string | null;
  readonly publishedDate: string | null;
  readonly evidence: NormativeEvidence;
  readonly createdByPersonId: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

/** A filing owed with the county people's congress standing committee or the city government (arts. 18, 34). */
export interface NormativeFilingRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly documentId: string;
  readonly authority: FilingAuthority;
  readonly dueDate: string;
  readonly dueAt: string;
  readonly dueSummary: string;
  readonly taskId: string | null;
  readonly filedDate: string | null;
  readonly filedAt: string | null;
  readonly items: readonly FilingItem[];
  readonly receipt: string | null;
  readonly lateDays: number | null;
  readonly filedByPersonId: string | null;
  readonly version: number;
}

/** A department's own normative document filed with the county government and reviewed by the 县司法局 (art. 19). */
export interface DepartmentFilingRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly bodyId: string;
  readonly title: string;
  readonly docNumber: string;
  readonly publishedDate: string;
  readonly dueDate: string;
  readonly filedDate: string;
  readonly filedAt: string;
  readonly lateDays: number;
  readonly items: readonly FilingItem[];
  readonly filedByPersonId: string | null;
  readonly taskId: string | null;
  readonly reviewOutcome: DepartmentReviewOutcome | null;
  readonly reviewOpinion: string | null;
  readonly reviewedAt: string | null;
  readonly reviewedByPersonId: string | null;
  readonly version: number;
}

export interface NormativePort {
  get(tenantId: string, id: string): Promise<NormativeRecord | undefined>;
  /** Newest first. */
  list(tenantId: string, limit: number): Promise<NormativeRecord[]>;
  insert(r: NormativeRecord): Promise<void>;
  /** Optimistic: false when the stored version is not `r.version - 1`. */
  update(r: NormativeRecord): Promise<boolean>;
  /** Filings of one document, or all (by due date). */
  filings(tenantId: string, documentId?: string): Promise<NormativeFilingRecord[]>;
  insertFiling(r: NormativeFilingRecord): Promise<void>;
  updateFiling(r: NormativeFilingRecord): Promise<boolean>;
  departmentFilings(tenantId: string, year?: number): Promise<DepartmentFilingRecord[]>;
  departmentFiling(tenantId: string, id: string): Promise<DepartmentFilingRecord | undefined>;
  insertDepartmentFiling(r: DepartmentFilingRecord): Promise<void>;
  updateDepartmentFiling(r: DepartmentFilingRecord): Promise<boolean>;
}

/** A year's catalogue of major decisions (决策事项目录, art. 23; 条例第三条). */
export interface DecisionCatalogueRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly year: number;
  readonly createdAt: string;
  readonly createdByPersonId: string | null;
}

/** An edition of a catalogue: the first list (number 1), then each adjustment with its reason, each with the party committee's consent and its publication. */
export interface CatalogueEditionRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly catalogueId: string;
  readonly number: number;
  /** Why the catalogue is adjusted (null for the first edition). */
  readonly reason: string | null;
  readonly status: EditionStatus;
  readonly consentDate: string | null;
  readonly consentDocument: string | null;
  readonly consentRecordedAt: string | null;
  readonly consentByPersonId: string | null;
  /** When publication falls due after the consent, and the office's 待办 for it. */
  readonly publishDueDate: string | null;
  readonly publishTaskId: string | null;
  readonly publishedAt: string | null;
  readonly publishedByPersonId: string | null;
  readonly createdAt: string;
  readonly createdByPersonId: string | null;
  readonly version: number;
}

/** A matter on a catalogue; added by one edition, perhaps withdrawn by a later one. Never deleted. */
export interface CatalogueItemRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly catalogueId: string;
  readonly seq: number;
  readonly title: string;
  readonly summary: string;
  readonly category: DecisionCategory;
  /** Art. 24: the ground on which it must go to the 全体会议 or 常务会议. */
  readonly matterKind: MatterKind;
  /** The undertaking unit (决策承办单位) and the units joining it. */
  readonly leadBodyId: string;
  readonly coBodyIds: readonly string[];
  readonly plannedQuarter: number | null;
  readonly addedInEdition: number;
  readonly withdrawnInEdition: number | null;
  readonly withdrawReason: string | null;
  readonly createdAt: string;
  readonly createdByPersonId: string | null;
  readonly version: number;
}

/** A major decision's dossier (决策卷宗): its current state; the evidence is in its entries. */
export interface MajorDecisionRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly itemId: string;
  /** 0 for the decision; n for its nth major adjustment, which repeats the whole procedure (条例第三十七条). */
  readonly round: number;
  readonly revisesId: string | null;
  readonly title: string;
  readonly draftText: string;
  readonly explanation: string;
  readonly draftVersion: number;
  readonly leadBodyId: string;
  readonly affectsMarket: boolean;
  readonly concernedBodyIds: readonly string[];
  readonly status: DossierStatus;
  /** The meeting topic the dossier was last put forward as. */
  readonly topicId: string | null;
  readonly decision: { readonly text: string; readonly meetingId: string; readonly topicId: string; readonly date: string; readonly meetingKind: string } | null;
  readonly partyReportedAt: string | null;
  readonly publishDueDate: string | null;
  readonly publishTaskId: string | null;
  readonly publishedAt: string | null;
  readonly execution: { readonly leadBodyId: string; readonly coBodyIds: readonly string[]; readonly reportEveryDays: number; readonly nextReportDue: string | null; readonly taskId: string | null } | null;
  readonly pendingChange: { readonly change: ChangeKind; readonly reasons: string; readonly adjustment: string; readonly topicId: string; readonly evaluationId: string | null } | null;
  readonly openEvaluation: { readonly evaluationId: string; readonly trigger: EvaluationTrigger; readonly evaluatorBodyId: string | null; readonly evaluatorName: string; readonly dueDate: string; readonly taskId: string | null } | null;
  readonly createdAt: string;
  readonly createdByPersonId: string | null;
  readonly updatedAt: string;
  readonly version: number;
}

/** One step of a dossier with its evidence (append-only): who, for whom, in which post, when, and the verdicts. */
export interface MajorDecisionEntryRecord<K extends EntryKind = EntryKind> {
  readonly id: string;
  readonly tenantId: string;
  readonly decisionId: string;
  readonly seq: number;
  readonly kind: K;
  readonly draftVersion: number;
  readonly data: EntryDataByKind[K];
  readonly at: string;
  readonly personId: string | null;
  readonly onBehalfOfPersonId: string | null;
  readonly positionId: string | null;
  readonly verdicts: readonly Verdict[];
}

/** A major decision as published on the portal: public facts only, never a person. */
export interface PublishedMajorDecisionRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly year: number;
  readonly title: string;
  readonly decisionText: string;
  readonly decidedDate: string;
  readonly meetingKind: string;
  readonly leadBodyName: string;
  readonly adoptionExplanation: string;
  readonly publishedAt: string;
  /** 执行中, 中止执行, 停止执行 or 已调整, with the published note on the change. */
  readonly status: string;
  readonly statusNote: string | null;
  readonly updatedAt: string;
}

export interface MajorDecisionsPort {
  catalogue(tenantId: string, year: number): Promise<DecisionCatalogueRecord | undefined>;
  catalogueById(tenantId: string, id: string): Promise<DecisionCatalogueRecord | undefined>;
  /** Newest year first. */
  catalogues(tenantId: string): Promise<DecisionCatalogueRecord[]>;
  insertCatalogue(r: DecisionCatalogueRecord): Promise<void>;
  /** In order of number. */
  editions(tenantId: string, catalogueId: string): Promise<CatalogueEditionRecord[]>;
  insertEdition(r: CatalogueEditionRecord): Promise<void>;
  /** Optimistic: false when the stored version is not `r.version - 1`. */
  updateEdition(r: CatalogueEditionRecord): Promise<boolean>;
  /** In order of number on the catalogue. */
  items(tenantId: string, catalogueId: string): Promise<CatalogueItemRecord[]>;
  item(tenantId: string, id: string): Promise<CatalogueItemRecord | undefined>;
  insertItem(r: CatalogueItemRecord): Promise<void>;
  updateItem(r: CatalogueItemRecord): Promise<boolean>;
  get(tenantId: string, id: string): Promise<MajorDecisionRecord | undefined>;
  /** The dossiers of catalogue items (all rounds). */
  byItems(tenantId: string, itemIds: readonly string[]): Promise<MajorDecisionRecord[]>;
  /** Newest first. */
  list(tenantId: string, limit: number): Promise<MajorDecisionRecord[]>;
  insert(r: MajorDecisionRecord): Promise<void>;
  update(r: MajorDecisionRecord): Promise<boolean>;
  /** In order. */
  entries(tenantId: string, decisionId: string): Promise<MajorDecisionEntryRecord[]>;
  appendEntry(r: MajorDecisionEntryRecord): Promise<void>;
  published(tenantId: string): Promise<PublishedMajorDecisionRecord[]>;
  savePublished(r: PublishedMajorDecisionRecord): Promise<void>;
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
