/** Tables of the organisation and of authority: bodies, posts, people, appointments; AB角, 委托, portfolios, office assists, absences, emergencies, secretaries. */
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
