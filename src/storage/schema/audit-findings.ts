/** Tables of audit findings and their rectification record. */
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
