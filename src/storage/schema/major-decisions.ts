/** Tables of major administrative decisions: catalogues and their editions and items, dossiers, their entries, publication. */
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
