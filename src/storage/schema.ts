import type { Generated } from 'kysely';
import type { MeetingsTable, MeetingTopicsTable, MeetingMinutesTable, MeetingAttendeesTable, MeetingSigninsTable, MeetingStudiesTable, TopicDiscussionsTable, MeetingLeavesTable, MeetingApprovalsTable, MinutesIssuesTable, MeetingDecisionTasksTable, PublishedDecisionsTable, MeetingDecisionProgressTable, KeyWorkItemsTable, KeyWorkEntriesTable } from './schema/meetings.ts';
import type { ConsultationsTable, ConsultationCommentsTable, ConsultationSubmissionsTable } from './schema/consultations.ts';
import type { DecisionCataloguesTable, DecisionCatalogueEditionsTable, DecisionCatalogueItemsTable, MajorDecisionsTable, MajorDecisionEntriesTable, PublishedMajorDecisionsTable } from './schema/major-decisions.ts';
import type { NormativeDocumentsTable, NormativeFilingsTable, DepartmentNormativeFilingsTable } from './schema/normative.ts';

export type * from './schema/meetings.ts';
export type * from './schema/consultations.ts';
export type * from './schema/major-decisions.ts';
export type * from './schema/normative.ts';

/**
 * Database schema, identical on SQLite and PostgreSQL. Instants are ISO-8601 UTC strings
 * (`2025-11-03T01:00:00.000Z`), dates are `YYYY-MM-DD`, JSON is stored as text so that what
 * the audit chain hashes is exactly what is stored. Every row carries its tenant.
 */
export interface TenantsTable {
  id: string;
  name: string;
  pack_id: string;
  created_at: string;
}

export interface BodiesTable {
  id: string;
  tenant_id: string;
  code: string;
  name: string;
  kind: string;
  parent_id: string | null;
  doc_prefix: string | null;
  sort: number;
  agency_type: string | null;
  duty: string | null;
}

export interface PositionsTable {
  id: string;
  tenant_id: string;
  body_id: string;
  code: string;
  title: string;
  kind: string;
  rank: number;
}

export interface PeopleTable {
  id: string;
  tenant_id: string;
  name: string;
}

export interface AppointmentsTable {
  id: string;
  tenant_id: string;
  person_id: string;
  position_id: string;
  valid_from: string;
  valid_to: string | null;
}

export interface AccountsTable {
  id: string;
  tenant_id: string;
  username: string;
  display_name: string;
  person_id: string | null;
  password_hash: string;
  roles: string;
  totp_secret: string | null;
  totp_enabled: number;
  must_change_password: number;
  disabled: number;
  created_at: string;
}

export interface LoginFailuresTable {
  id: string;
  tenant_id: string;
  username: string;
  at: string;
}

export interface SessionsTable {
  id: string;
  tenant_id: string;
  account_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  mfa_passed: number;
}

export interface CalendarYearsTable {
  tenant_id: string;
  year: number;
  source: string;
  data: string;
  loaded_at: string;
}

export interface TasksTable {
  id: string;
  tenant_id: string;
  title: string;
  kind: string;
  owner_position_id: string | null;
  owner_person_id: string | null;
  status: string;
  source_type: string;
  source_id: string | null;
  start_date: string | null;
  period: number | null;
  unit: string | null;
  due_date: string | null;
  due_at: string | null;
  provisional: number;
  created_at: string;
  completed_at: string | null;
  completed_by_person_id: string | null;
  completed_by_account_id: string | null;
  note: string | null;
  reminded_at: string | null;
  escalated_at: string | null;
  version: number;
  completed_entered_by_person_id: string | null;
}

export interface NotificationsTable {
  id: string;
  tenant_id: string;
  task_id: string;
  kind: string;
  recipient_position_id: string | null;
  recipient_person_id: string | null;
  message: string;
  created_at: string;
  read_at: string | null;
}

export interface AuditEventsTable {
  tenant_id: string;
  seq: number;
  id: string;
  at: string;
  type: string;
  actor_account_id: string | null;
  actor_person_id: string | null;
  on_behalf_of_person_id: string | null;
  subject_type: string;
  subject_id: string | null;
  payload: string;
  verdicts: string;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadsTable {
  tenant_id: string;
  seq: number;
  hash: string;
}

export interface AuditCheckpointsTable {
  tenant_id: string;
  seq: number;
  hash: string;
  mac: string;
  created_at: string;
}

export interface MetaTable {
  key: string;
  value: string;
}

export interface AbPairsTable {
  id: string;
  tenant_id: string;
  a_position_id: string;
  b_position_id: string;
  valid_from: string;
  valid_to: string | null;
}

export interface DelegationsTable {
  id: string;
  tenant_id: string;
  from_position_id: string;
  to_position_id: string;
  scope: string;
  from_at: string;
  to_at: string | null;
  reason: string;
  created_by_person_id: string | null;
  created_at: string;
}

export interface PortfoliosTable {
  id: string;
  tenant_id: string;
  position_id: string;
  body_id: string | null;
  area: string | null;
  valid_from: string;
  valid_to: string | null;
}

export interface OfficeAssistsTable {
  id: string;
  tenant_id: string;
  office_position_id: string;
  deputy_position_id: string;
  valid_from: string;
  valid_to: string | null;
}

export interface AbsencesTable {
  id: string;
  tenant_id: string;
  person_id: string;
  position_id: string;
  kind: string;
  from_at: string;
  to_at: string;
  returned_at: string | null;
  destination: string;
  reason: string;
  presiding_person_id: string | null;
  status: string;
  approver_position_id: string | null;
  late: number;
  late_reason: string | null;
  requested_at: string;
  requested_by_account_id: string | null;
  decided_at: string | null;
  decided_by_person_id: string | null;
  decision_note: string | null;
  version: number;
  office_at: string | null;
  office_by_person_id: string | null;
  office_note: string | null;
  decision_entered_by_person_id: string | null;
}

export interface EmergenciesTable {
  id: string;
  tenant_id: string;
  position_id: string;
  person_id: string;
  title: string;
  description: string;
  handled_at: string;
  report_task_id: string | null;
  created_at: string;
  on_behalf_of_person_id: string | null;
}

export interface SecretaryLinksTable {
  id: string;
  tenant_id: string;
  secretary_person_id: string;
  leader_position_id: string;
  valid_from: string;
  valid_to: string | null;
  created_by_person_id: string | null;
  created_at: string;
}

export interface DocumentsTable {
  id: string;
  tenant_id: string;
  kind: string;
  issuer: string;
  title: string;
  status: string;
  urgency: string;
  drafting_body_id: string | null;
  drafter_person_id: string;
  drafter_position_id: string | null;
  elements: string;
  importance: string | null;
  within_department_powers: number;
  route: string;
  route_clause: string | null;
  special_order: string | null;
  number_id: string | null;
  doc_number: string | null;
  signed_date: string | null;
  issued_date: string | null;
  current_task_id: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface DocumentVersionsTable {
  id: string;
  tenant_id: string;
  document_id: string;
  version_no: number;
  elements: string;
  changed_fields: string;
  changed_by_person_id: string | null;
  changed_at: string;
  note: string;
}

export interface DocSequencesTable {
  tenant_id: string;
  prefix: string;
  year: number;
  next_seq: number;
  preset_by_person_id: string | null;
  preset_at: string | null;
}

export interface DocNumbersTable {
  id: string;
  tenant_id: string;
  prefix: string;
  year: number;
  seq: number;
  doc_number: string;
  document_id: string;
  title: string;
  status: string;
  assigned_at: string;
  assigned_by_person_id: string | null;
  voided_at: string | null;
  void_reason: string | null;
}

export interface AuditFindingsTable {
  id: string;
  tenant_id: string;
  audited_body_id: string;
  title: string;
  finding: string;
  requirement: string;
  due_date: string;
  status: string;
  recorded_at: string;
  recorded_by_person_id: string | null;
  updated_at: string;
  version: number;
}

export interface AuditFindingEntriesTable {
  id: string;
  tenant_id: string;
  finding_id: string;
  seq: number;
  kind: string;
  text: string;
  report_date: string | null;
  due_date: string | null;
  status_after: string;
  previous: string | null;
  at: string;
  person_id: string | null;
  on_behalf_of_person_id: string | null;
  position_id: string | null;
  task_id: string | null;
}

export interface IncomingDocumentsTable {
  id: string;
  tenant_id: string;
  status: string;
  source: string;
  from_name: string;
  from_body_id: string | null;
  source_document_id: string | null;
  their_number: string;
  kind: string;
  title: string;
  urgency: string;
  body: string;
  attachment_names: string;
  disagreement: number;
  received_at: string;
  received_by_person_id: string | null;
  register_no: string | null;
  review_note: string | null;
  proposal: string | null;
  leader_position_id: string | null;
  readers: string;
  instruction: string | null;
  instructed_by_person_id: string | null;
  instructed_on_behalf_of: string | null;
  instructed_at: string | null;
  lead_body_id: string | null;
  co_body_ids: string;
  handler_position_id: string | null;
  due_date: string | null;
  result: string | null;
  completed_at: string | null;
  updated_at: string;
  version: number;
}

export interface DocumentAttachmentsTable {
  id: string;
  tenant_id: string;
  document_id: string;
  name: string;
  content_type: string;
  size: number;
  digest: string;
  content: string;
  uploaded_by_person_id: string | null;
  uploaded_at: string;
  removed_at: string | null;
  removed_by_person_id: string | null;
}

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
