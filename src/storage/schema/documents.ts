/** Tables of official documents (发文, versions, numbers, attachments) and incoming documents (收文). */
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
