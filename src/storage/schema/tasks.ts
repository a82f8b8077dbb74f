/** Tables of 待办 and notifications. */
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
