/** Tables of public consultations (公开征求意见), comments and submissions (for the rate limits). */
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
