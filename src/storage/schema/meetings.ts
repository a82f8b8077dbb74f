/** Tables of the meetings area: meetings, topics, minutes, attendance, discussions, leave, work-meeting approvals, issued minutes and published decisions, the key-work list. */
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
