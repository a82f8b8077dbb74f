/** Tables of the platform: tenants, accounts, login failures, sessions, calendars, the audit record and its checkpoints, settings. */
export interface TenantsTable {
  id: string;
  name: string;
  pack_id: string;
  created_at: string;
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
