import type { Generated } from 'kysely';

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

export interface MeetingsTable {
  id: string;
  tenant_id: string;
  kind: string;
  title: string;
  date: string;
  starts_at: string;
  place: string;
  form: string;
  chair_position_id: string;
  entrusted_note: string | null;
  on_behalf_of_position_id: string | null;
  status: string;
  created_by_person_id: string | null;
  created_at: string;
  version: number;
}

export interface MeetingTopicsTable {
  id: string;
  tenant_id: string;
  meeting_kind: string;
  meeting_id: string | null;
  special_chair_position_id: string | null;
  title: string;
  facts: string;
  materials: string;
  proposer_person_id: string;
  proposer_position_id: string;
  status: string;
  verdicts: string;
  decided_by_person_id: string | null;
  decided_on_behalf_of: string | null;
  decision_note: string | null;
  source_type: string | null;
  source_id: string | null;
  created_at: string;
  version: number;
  /** Added by migration 0017: the key-work item a 县长办公会议 topic concerns (art. 47). */
  key_work_item_id: string | null;
}

export interface MeetingMinutesTable {
  id: string;
  tenant_id: string;
  meeting_id: string;
  text: string;
  decisions: string;
  status: string;
  steps: string;
  updated_at: string;
  version: number;
}

export interface MeetingAttendeesTable {
  id: string;
  tenant_id: string;
  meeting_id: string;
  grp: string;
  topic_id: string | null;
  body_id: string | null;
  position_id: string | null;
  name: string;
  category: string | null;
  basis: string;
  created_by_person_id: string | null;
  created_at: string;
}

export interface MeetingSigninsTable {
  id: string;
  tenant_id: string;
  meeting_id: string;
  entry_key: string;
  attended_by: string;
  substitute: number;
  signed_at: string;
  recorded_by_person_id: string | null;
}

export interface MeetingStudiesTable {
  id: string;
  tenant_id: string;
  meeting_id: string;
  kind: string;
  subject: string;
  speaker: string;
  materials: string;
  summary: string | null;
  recorded_at: string | null;
  updated_at: string;
  version: number;
}

export interface TopicDiscussionsTable {
  id: string;
  tenant_id: string;
  meeting_id: string;
  topic_id: string;
  speeches: string;
  conclusion: string | null;
  updated_at: string;
  version: number;
}

export interface MeetingLeavesTable {
  id: string;
  tenant_id: string;
  meeting_id: string;
  person_id: string;
  position_id: string;
  reason: string;
  substitute_person_id: string | null;
  approver_position_id: string;
  status: string;
  decided_by_person_id: string | null;
  decided_on_behalf_of: string | null;
  decided_at: string | null;
  created_at: string;
  version: number;
  office_at: string | null;
  office_by_person_id: string | null;
  office_on_behalf_of: string | null;
  office_note: string | null;
}

export interface MeetingApprovalsTable {
  id: string;
  tenant_id: string;
  title: string;
  organiser_body_id: string;
  applicant_person_id: string;
  applicant_position_id: string;
  date: string;
  starts_at: string;
  facts: string;
  tier: string;
  reviewer_position_ids: string;
  approver_position_id: string | null;
  status: string;
  steps: string;
  verdicts: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface MinutesIssuesTable {
  id: string;
  tenant_id: string;
  meeting_id: string;
  minutes_id: string;
  document_id: string;
  signed_at: string;
  publish_due_date: string | null;
  publish_due_at: string | null;
  publish_task_id: string | null;
  published_at: string | null;
  published_by_person_id: string | null;
  version: number;
}

export interface MeetingDecisionTasksTable {
  tenant_id: string;
  meeting_id: string;
  decision_index: number;
  task_id: string;
  role: string;
  body_id: string;
}

export interface PublishedDecisionsTable {
  id: string;
  tenant_id: string;
  meeting_id: string;
  decision_index: number;
  meeting_kind: string;
  meeting_title: string;
  meeting_date: string;
  text: string;
  lead_body_name: string;
  published_at: string;
}

export interface MeetingDecisionProgressTable {
  id: string;
  tenant_id: string;
  meeting_id: string;
  decision_index: number;
  body_id: string;
  text: string;
  reported_by_person_id: string | null;
  on_behalf_of_person_id: string | null;
  reported_at: string;
}

export interface KeyWorkItemsTable {
  id: string;
  tenant_id: string;
  year: number;
  quarter: number;
  seq: number;
  title: string;
  target: string;
  lead_body_id: string;
  co_body_ids: string;
  leader_position_id: string;
  due_date: string;
  status: string;
  carried_from_id: string | null;
  created_at: string;
  created_by_person_id: string | null;
  updated_at: string;
  version: number;
}

export interface KeyWorkEntriesTable {
  id: string;
  tenant_id: string;
  item_id: string;
  seq: number;
  kind: string;
  text: string;
  report_date: string | null;
  status_after: string;
  previous: string | null;
  related_item_id: string | null;
  at: string;
  person_id: string | null;
  on_behalf_of_person_id: string | null;
  position_id: string | null;
}

export interface ConsultationsTable {
  id: string;
  tenant_id: string;
  subject_type: string;
  subject_id: string;
  title: string;
  draft_text: string;
  explanation: string;
  drafting_body_id: string;
  affects_market: number;
  opens_at: string;
  last_day: string;
  closes_at: string;
  minimum: string;
  shortened_reason: string | null;
  verdicts: string;
  feedback_summary: string | null;
  feedback_published_at: string | null;
  feedback_published_by_person_id: string | null;
  opened_by_person_id: string | null;
  created_at: string;
  version: number;
}

export interface ConsultationCommentsTable {
  id: string;
  tenant_id: string;
  consultation_id: string;
  content: string;
  commenter_name: string | null;
  commenter_contact: string | null;
  submitted_at: string;
  status: string;
  public_text: string | null;
  moderation_note: string | null;
  moderated_by_person_id: string | null;
  moderated_at: string | null;
  handling: string | null;
  handling_reason: string | null;
  handled_by_person_id: string | null;
  handled_at: string | null;
  version: number;
}

export interface ConsultationSubmissionsTable {
  id: string;
  tenant_id: string;
  consultation_id: string;
  address_key: string;
  at: string;
}

export interface DecisionCataloguesTable {
  id: string;
  tenant_id: string;
  year: number;
  created_at: string;
  created_by_person_id: string | null;
}

export interface DecisionCatalogueEditionsTable {
  id: string;
  tenant_id: string;
  catalogue_id: string;
  number: number;
  reason: string | null;
  status: string;
  consent_date: string | null;
  consent_document: string | null;
  consent_recorded_at: string | null;
  consent_by_person_id: string | null;
  publish_due_date: string | null;
  publish_task_id: string | null;
  published_at: string | null;
  published_by_person_id: string | null;
  created_at: string;
  created_by_person_id: string | null;
  version: number;
}

export interface DecisionCatalogueItemsTable {
  id: string;
  tenant_id: string;
  catalogue_id: string;
  seq: number;
  title: string;
  summary: string;
  category: string;
  matter_kind: string;
  lead_body_id: string;
  co_body_ids: string;
  planned_quarter: number | null;
  added_in_edition: number;
  withdrawn_in_edition: number | null;
  withdraw_reason: string | null;
  created_at: string;
  created_by_person_id: string | null;
  version: number;
}

export interface MajorDecisionsTable {
  id: string;
  tenant_id: string;
  item_id: string;
  round: number;
  revises_id: string | null;
  title: string;
  draft_text: string;
  explanation: string;
  draft_version: number;
  lead_body_id: string;
  affects_market: number;
  concerned_body_ids: string;
  status: string;
  topic_id: string | null;
  decision: string | null;
  party_reported_at: string | null;
  publish_due_date: string | null;
  publish_task_id: string | null;
  published_at: string | null;
  execution: string | null;
  pending_change: string | null;
  open_evaluation: string | null;
  created_at: string;
  created_by_person_id: string | null;
  updated_at: string;
  version: number;
}

export interface MajorDecisionEntriesTable {
  id: string;
  tenant_id: string;
  decision_id: string;
  seq: number;
  kind: string;
  draft_version: number;
  data: string;
  at: string;
  person_id: string | null;
  on_behalf_of_person_id: string | null;
  position_id: string | null;
  verdicts: string;
}

export interface PublishedMajorDecisionsTable {
  id: string;
  tenant_id: string;
  year: number;
  title: string;
  decision_text: string;
  decided_date: string;
  meeting_kind: string;
  lead_body_name: string;
  adoption_explanation: string;
  published_at: string;
  status: string;
  status_note: string | null;
  updated_at: string;
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

export interface NormativeDocumentsTable {
  id: string;
  tenant_id: string;
  title: string;
  issuer: string;
  lead_body_id: string;
  /** JSON array of body ids. */
  co_body_ids: string;
  affects_market: number;
  status: string;
  amends_id: string | null;
  topic_id: string | null;
  doc_number: string | null;
  published_date: string | null;
  /** JSON: the evidence of every step. */
  evidence: string;
  created_by_person_id: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface NormativeFilingsTable {
  id: string;
  tenant_id: string;
  document_id: string;
  authority: string;
  due_date: string;
  due_at: string;
  due_summary: string;
  task_id: string | null;
  filed_date: string | null;
  filed_at: string | null;
  /** JSON array of filing items. */
  items: string;
  receipt: string | null;
  late_days: number | null;
  filed_by_person_id: string | null;
  version: number;
}

export interface DepartmentNormativeFilingsTable {
  id: string;
  tenant_id: string;
  body_id: string;
  title: string;
  doc_number: string;
  published_date: string;
  due_date: string;
  filed_date: string;
  filed_at: string;
  late_days: number;
  items: string;
  filed_by_person_id: string | null;
  task_id: string | null;
  review_outcome: string | null;
  review_opinion: string | null;
  reviewed_at: string | null;
  reviewed_by_person_id: string | null;
  version: number;
}

export type { Generated };
