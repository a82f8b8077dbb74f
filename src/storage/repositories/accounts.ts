import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Database, AccountsTable, SessionsTable } from '../schema.ts';
import type { AccountRecord, AccountsPort, SessionRecord, SessionsPort } from '../../services/ports.ts';

const toAccount = (r: Selectable<AccountsTable>): AccountRecord => ({
  id: r.id, tenantId: r.tenant_id, username: r.username, displayName: r.display_name, personId: r.person_id,
  passwordHash: r.password_hash, roles: JSON.parse(r.roles) as string[], totpSecret: r.totp_secret,
  totpEnabled: r.totp_enabled === 1, mustChangePassword: r.must_change_password === 1, disabled: r.disabled === 1,
  createdAt: r.created_at,
});

const fromAccount = (a: AccountRecord): AccountsTable => ({
  id: a.id, tenant_id: a.tenantId, username: a.username, display_name: a.displayName, person_id: a.personId,
  password_hash: a.passwordHash, roles: JSON.stringify(a.roles), totp_secret: a.totpSecret,
  totp_enabled: a.totpEnabled ? 1 : 0, must_change_password: a.mustChangePassword ? 1 : 0, disabled: a.disabled ? 1 : 0,
  created_at: a.createdAt,
});

export function accountsRepository(db: Kysely<Database>): AccountsPort {
  return {
    async byUsername(tenantId, username) {
      const r = await db.selectFrom('accounts').selectAll().where('tenant_id', '=', tenantId).where('username', '=', username).executeTakeFirst();
      return r && toAccount(r);
    },
    async byId(tenantId, id) {
      const r = await db.selectFrom('accounts').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
      return r && toAccount(r);
    },
    async list(tenantId) {
      return (await db.selectFrom('accounts').selectAll().where('tenant_id', '=', tenantId).orderBy('username').execute()).map(toAccount);
    },
    async insert(a) {
      await db.insertInto('accounts').values(fromAccount(a)).execute();
    },
    async update(a) {
      const { id: _id, tenant_id: _t, ...rest } = fromAccount(a);
      await db.updateTable('accounts').set(rest).where('tenant_id', '=', a.tenantId).where('id', '=', a.id).execute();
    },
    async recordFailure(tenantId, username, at) {
      await db.insertInto('login_failures').values({ id: randomUUID(), tenant_id: tenantId, username, at: at.toISOString() }).execute();
    },
    async failuresSince(tenantId, username, since) {
      const r = await db.selectFrom('login_failures').select((eb) => eb.fn.countAll<number>().as('n'))
        .where('tenant_id', '=', tenantId).where('username', '=', username).where('at', '>', since.toISOString()).executeTakeFirst();
      return Number(r?.n ?? 0);
    },
    async clearFailures(tenantId, username) {
      await db.deleteFrom('login_failures').where('tenant_id', '=', tenantId).where('username', '=', username).execute();
    },
  };
}

const toSession = (r: Selectable<SessionsTable>): SessionRecord => ({
  id: r.id, tenantId: r.tenant_id, accountId: r.account_id, csrfToken: r.csrf_token, createdAt: r.created_at,
  lastSeenAt: r.last_seen_at, mfaPassed: r.mfa_passed === 1,
});

export function sessionsRepository(db: Kysely<Database>): SessionsPort {
  return {
    async get(id) {
      const r = await db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
      return r && toSession(r);
    },
    async getWithAccount(id) {
      const r = await db.selectFrom('sessions').innerJoin('accounts', (j) => j.onRef('accounts.id', '=', 'sessions.account_id').onRef('accounts.tenant_id', '=', 'sessions.tenant_id'))
        .selectAll('accounts')
        .select(['sessions.id as s_id', 'sessions.csrf_token as s_csrf', 'sessions.created_at as s_created', 'sessions.last_seen_at as s_seen', 'sessions.mfa_passed as s_mfa'])
        .where('sessions.id', '=', id).executeTakeFirst();
      if (!r) return undefined;
      const { s_id, s_csrf, s_created, s_seen, s_mfa, ...account } = r;
      return {
        session: { id: s_id, tenantId: account.tenant_id, accountId: account.id, csrfToken: s_csrf, createdAt: s_created, lastSeenAt: s_seen, mfaPassed: Number(s_mfa) === 1 },
        account: toAccount(account),
      };
    },
    async insert(s) {
      await db.insertInto('sessions').values({
        id: s.id, tenant_id: s.tenantId, account_id: s.accountId, csrf_token: s.csrfToken, created_at: s.createdAt,
        last_seen_at: s.lastSeenAt, mfa_passed: s.mfaPassed ? 1 : 0,
      }).execute();
    },
    async touch(id, at) {
      await db.updateTable('sessions').set({ last_seen_at: at.toISOString() }).where('id', '=', id).execute();
    },
    async setMfaPassed(id) {
      await db.updateTable('sessions').set({ mfa_passed: 1 }).where('id', '=', id).execute();
    },
    async delete(id) {
      await db.deleteFrom('sessions').where('id', '=', id).execute();
    },
  };
}
