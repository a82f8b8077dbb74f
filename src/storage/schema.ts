/**
 * Database schema, identical on SQLite and PostgreSQL. Instants are ISO-8601 UTC strings
 * (`2025-11-03T01:00:00.000Z`), dates are `YYYY-MM-DD`, JSON is stored as text so that what
 * the audit chain hashes is exactly what is stored. Every row carries its tenant.
 */
import type { Generated } from 'kysely';
import type { AccountsTable, AuditCheckpointsTable, AuditEventsTable, AuditHeadsTable, CalendarYearsTable, LoginFailuresTable, MetaTable, SessionsTable, TenantsTable } from './schema/platform.ts';
import type { AbPairsTable, AbsencesTable, AppointmentsTable, BodiesTable, DelegationsTable, EmergenciesTable, OfficeAssistsTable, PeopleTable, PortfoliosTable, PositionsTable, SecretaryLinksTable } from './schema/org.ts';
import type { NotificationsTable, TasksTable } from './schema/tasks.ts';
import type { DocNumbersTable, DocSequencesTable, DocumentAttachmentsTable, DocumentVersionsTable, DocumentsTable, IncomingDocumentsTable } from './schema/documents.ts';
import type { AuditFindingEntriesTable, AuditFindingsTable } from './schema/audit-findings.ts';
import type { KeyWorkEntriesTable, KeyWorkItemsTable, MeetingApprovalsTable, MeetingAttendeesTable, MeetingDecisionProgressTable, MeetingDecisionTasksTable, MeetingLeavesTable, MeetingMinutesTable, MeetingSigninsTable, MeetingStudiesTable, MeetingTopicsTable, MeetingsTable, MinutesIssuesTable, PublishedDecisionsTable, TopicDiscussionsTable } from './schema/meetings.ts';
import type { ConsultationCommentsTable, ConsultationSubmissionsTable, ConsultationsTable } from './schema/consultations.ts';
import type { DecisionCatalogueEditionsTable, DecisionCatalogueItemsTable, DecisionCataloguesTable, MajorDecisionEntriesTable, MajorDecisionsTable, PublishedMajorDecisionsTable } from './schema/major-decisions.ts';
import type { DepartmentNormativeFilingsTable, NormativeDocumentsTable, NormativeFilingsTable } from './schema/normative.ts';

export type * from './schema/platform.ts';
export type * from './schema/org.ts';
export type * from './schema/tasks.ts';
export type * from './schema/documents.ts';
export type * from './schema/audit-findings.ts';
export type * from './schema/meetings.ts';
export type * from './schema/consultations.ts';
export type * from './schema/major-decisions.ts';
export type * from './schema/normative.ts';

export interface Database {
  tenants: TenantsTable;
  bodies: BodiesTable;
  positions: PositionsTable;
  people: PeopleTable;
  appointments: AppointmentsTable;
  accounts: AccountsTable;
  login_failures: LoginFailuresTable;
  sessions: SessionsTable;
  calendar_years: CalendarYearsTable;
  tasks: TasksTable;
  notifications: NotificationsTable;
  audit_events: AuditEventsTable;
  audit_heads: AuditHeadsTable;
  audit_checkpoints: AuditCheckpointsTable;
  meta: MetaTable;
  ab_pairs: AbPairsTable;
  delegations: DelegationsTable;
  portfolios: PortfoliosTable;
  office_assists: OfficeAssistsTable;
  absences: AbsencesTable;
  emergencies: EmergenciesTable;
  documents: DocumentsTable;
  document_versions: DocumentVersionsTable;
  doc_sequences: DocSequencesTable;
  doc_numbers: DocNumbersTable;
  incoming_documents: IncomingDocumentsTable;
  document_attachments: DocumentAttachmentsTable;
  meetings: MeetingsTable;
  meeting_topics: MeetingTopicsTable;
  meeting_minutes: MeetingMinutesTable;
  meeting_leaves: MeetingLeavesTable;
  meeting_attendees: MeetingAttendeesTable;
  meeting_signins: MeetingSigninsTable;
  meeting_studies: MeetingStudiesTable;
  topic_discussions: TopicDiscussionsTable;
  meeting_approvals: MeetingApprovalsTable;
  minutes_issues: MinutesIssuesTable;
  meeting_decision_tasks: MeetingDecisionTasksTable;
  published_decisions: PublishedDecisionsTable;
  meeting_decision_progress: MeetingDecisionProgressTable;
  secretary_links: SecretaryLinksTable;
  audit_findings: AuditFindingsTable;
  audit_finding_entries: AuditFindingEntriesTable;
  key_work_items: KeyWorkItemsTable;
  key_work_entries: KeyWorkEntriesTable;
  consultations: ConsultationsTable;
  consultation_comments: ConsultationCommentsTable;
  consultation_submissions: ConsultationSubmissionsTable;
  decision_catalogues: DecisionCataloguesTable;
  decision_catalogue_editions: DecisionCatalogueEditionsTable;
  decision_catalogue_items: DecisionCatalogueItemsTable;
  major_decisions: MajorDecisionsTable;
  major_decision_entries: MajorDecisionEntriesTable;
  published_major_decisions: PublishedMajorDecisionsTable;
  normative_documents: NormativeDocumentsTable;
  normative_filings: NormativeFilingsTable;
  department_normative_filings: DepartmentNormativeFilingsTable;
}

export type { Generated };
