/**
 * Ports: what services need from the outside world. Storage implements them over Kysely
 * (SQLite or PostgreSQL); tests may use the same implementation on a throwaway database.
 * Each area's records and ports are in `ports/`; the transaction joins them.
 */
import type { AccountsPort, AuditPort, CalendarPort, MetaPort, SessionsPort, TenantsPort } from './ports/platform.ts';
import type { AuthorityPort, OrgPort } from './ports/org.ts';
import type { NotificationsPort, TasksPort } from './ports/tasks.ts';
import type { DocumentsPort, IncomingPort } from './ports/documents.ts';
import type { AuditFindingsPort } from './ports/audit-findings.ts';
import type { MeetingsPort, MeetingApprovalsPort, MeetingRecordsPort, MeetingDecisionsPort, KeyWorkPort } from './ports/meetings.ts';
import type { ConsultationsPort } from './ports/consultations.ts';
import type { NormativePort } from './ports/normative.ts';
import type { MajorDecisionsPort } from './ports/major-decisions.ts';

export * from './ports/platform.ts';
export type * from './ports/org.ts';
export type * from './ports/tasks.ts';
export type * from './ports/documents.ts';
export type * from './ports/audit-findings.ts';
export type * from './ports/meetings.ts';
export type * from './ports/consultations.ts';
export type * from './ports/normative.ts';
export type * from './ports/major-decisions.ts';

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
