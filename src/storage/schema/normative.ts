/** Tables of normative documents, their filings and the filings of departments' own documents. */
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
