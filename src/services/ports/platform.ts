/** Ports of the platform: who acts, the audit record, tenants, accounts and sessions, calendars, settings, and the crypto helpers. */
import type { Verdict } from '../../core/rules/rule.ts';
import type { CalendarYear } from '../../core/calendar/index.ts';
import type { AuditEventType } from '../../core/audit/events.ts';

export interface Actor {
  readonly tenantId: string;
  readonly accountId: string;
  readonly username: string;
  readonly displayName: string;
  readonly personId: string | null;
  readonly roles: readonly string[];
}

/** The system itself acting (scheduler, seeding, migrations). */
export const SYSTEM_ACTOR_ID = 'system';

export interface NewAuditEvent {
  readonly type: AuditEventType;
  readonly at: Date;
  readonly actorAccountId: string | null;
  readonly actorPersonId: string | null;
  /** When a stand-in acts, the person acted for (recorded with both names). */
  readonly onBehalfOfPersonId?: string | null;
  readonly subjectType: string;
  readonly subjectId: string | null;
  readonly payload: Readonly<Record<string, unknown>>;
  readonly verdicts?: readonly Verdict[];
}

export interface AuditEventRecord {
  readonly tenantId: string;
  readonly seq: number;
  readonly id: string;
  readonly at: string;
  readonly type: string;
  readonly actorAccountId: string | null;
  readonly actorPersonId: string | null;
  readonly onBehalfOfPersonId: string | null;
  readonly subjectType: string;
  readonly subjectId: string | null;
  readonly payload: string;
  readonly verdicts: string;
  readonly prevHash: string;
  readonly hash: string;
}

export interface AuditPort {
  append(tenantId: string, event: NewAuditEvent): Promise<AuditEventRecord>;
  list(tenantId: string, q: { subjectType?: string; subjectId?: string; limit: number; beforeSeq?: number }): Promise<AuditEventRecord[]>;
}

export interface TenantRecord {
  readonly id: string;
  readonly name: string;
  readonly packId: string;
}

export interface AccountRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly username: string;
  readonly displayName: string;
  readonly personId: string | null;
  readonly passwordHash: string;
  readonly roles: readonly string[];
  readonly totpSecret: string | null;
  readonly totpEnabled: boolean;
  readonly mustChangePassword: boolean;
  readonly disabled: boolean;
  readonly createdAt: string;
}

export interface SessionRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly accountId: string;
  readonly csrfToken: string;
  readonly createdAt: string;
  readonly lastSeenAt: string;
  readonly mfaPassed: boolean;
}

export interface AccountsPort {
  byUsername(tenantId: string, username: string): Promise<AccountRecord | undefined>;
  byId(tenantId: string, id: string): Promise<AccountRecord | undefined>;
  list(tenantId: string): Promise<AccountRecord[]>;
  insert(a: AccountRecord): Promise<void>;
  update(a: AccountRecord): Promise<void>;
  recordFailure(tenantId: string, username: string, at: Date): Promise<void>;
  failuresSince(tenantId: string, username: string, since: Date): Promise<number>;
  clearFailures(tenantId: string, username: string): Promise<void>;
}

export interface SessionsPort {
  get(id: string): Promise<SessionRecord | undefined>;
  /** The session with its account, in one lookup (every request does this). */
  getWithAccount(id: string): Promise<{ session: SessionRecord; account: AccountRecord } | undefined>;
  insert(s: SessionRecord): Promise<void>;
  touch(id: string, at: Date): Promise<void>;
  setMfaPassed(id: string): Promise<void>;
  delete(id: string): Promise<void>;
}

export interface CalendarYearRecord {
  readonly year: number;
  readonly source: string;
  readonly data: CalendarYear;
  readonly loadedAt: string;
}

export interface CalendarPort {
  years(tenantId: string): Promise<CalendarYearRecord[]>;
  upsert(tenantId: string, y: CalendarYearRecord): Promise<'inserted' | 'replaced'>;
}

export interface TenantsPort {
  get(id: string): Promise<TenantRecord | undefined>;
  list(): Promise<TenantRecord[]>;
  insert(t: TenantRecord, at: Date): Promise<void>;
}

export interface MetaPort {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
}

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}

export interface TotpPort {
  generateSecret(): string;
  verify(secret: string, token: string, at: Date): boolean;
  uri(secret: string, account: string, issuer: string): string;
}

export interface IdGenerator {
  id(): string;
  token(): string;
  /** One-way digest of a secret token for storage (sessions). */
  digest(token: string): string;
}
