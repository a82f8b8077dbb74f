import { SECOND_FACTOR_ROLES } from '../../core/access/permissions.ts';
import { DomainError } from '../../core/kernel/result.ts';
import type { ServiceDeps } from '../context.ts';
import type { AccountRecord, SessionRecord } from '../ports.ts';
import { requirePack } from '../platform/pack-in-force.ts';

export interface LoginInput {
  readonly tenantId?: string | undefined;
  readonly username: string;
  readonly password: string;
  readonly totp?: string | undefined;
}

export interface LoginResult {
  /** The secret session token for the cookie; only its digest is stored. */
  readonly token: string;
  readonly session: SessionRecord;
  readonly account: AccountRecord;
  /** Outside demo mode, administrators and leaders must enrol a second factor before working. */
  readonly mustEnrollTotp: boolean;
}

export function requiresSecondFactor(deps: Pick<ServiceDeps, 'settings'>, account: AccountRecord): boolean {
  return !deps.settings.demo && account.roles.some((r) => (SECOND_FACTOR_ROLES as readonly string[]).includes(r));
}

/**
 * Logs in with password (argon2id) and, when enrolled, a TOTP code. After the pack's threshold of
 * failures inside its window the account is locked for the rest of the window.
 */
export async function login(deps: ServiceDeps, input: LoginInput): Promise<LoginResult> {
  const at = deps.clock.now();
  const { pack } = requirePack(deps, at);
  const tenantId = input.tenantId ?? deps.settings.defaultTenantId;
  const threshold = pack.numberParam('security.lockoutThreshold');
  const windowMs = pack.numberParam('security.lockoutWindowMinutes') * 60_000;
  const since = new Date(at.getTime() - windowMs);
  const store = deps.store;

  const failures = await store.accounts.failuresSince(tenantId, input.username, since);
  if (failures >= threshold) {
    throw new DomainError('ACCOUNT_LOCKED', `连续登录失败${threshold}次，账号已锁定，请${pack.numberParam('security.lockoutWindowMinutes')}分钟后再试或联系安全管理员`);
  }
  const account = await store.accounts.byUsername(tenantId, input.username);
  const passwordOk = account && !account.disabled ? await deps.hasher.verify(account.passwordHash, input.password) : false;
  if (account && passwordOk && account.totpEnabled && !input.totp) {
    throw new DomainError('MFA_REQUIRED', '请输入动态口令（TOTP）');
  }
  const totpOk = !account?.totpEnabled || (account.totpSecret !== null && deps.totp.verify(account.totpSecret, input.totp ?? '', at));
  if (!account || !passwordOk || !totpOk) {
    await store.transaction(async (tx) => {
      await tx.accounts.recordFailure(tenantId, input.username, at);
      await tx.audit.append(tenantId, {
        type: 'account.login-failed', at, actorAccountId: account?.id ?? null, actorPersonId: account?.personId ?? null,
        subjectType: 'account', subjectId: account?.id ?? null,
        payload: { username: input.username, reason: !account ? 'unknown-user' : !passwordOk ? 'bad-password' : 'bad-totp' },
      });
      if (failures + 1 >= threshold) {
        await tx.audit.append(tenantId, {
          type: 'account.locked', at, actorAccountId: null, actorPersonId: null, subjectType: 'account', subjectId: account?.id ?? null,
          payload: { username: input.username, failures: failures + 1 },
        });
      }
    });
    throw new DomainError('LOGIN_FAILED', '用户名、密码或动态口令不正确');
  }
  const token = deps.ids.token();
  const session: SessionRecord = {
    id: deps.ids.digest(token), tenantId, accountId: account.id, csrfToken: deps.ids.token(),
    createdAt: at.toISOString(), lastSeenAt: at.toISOString(), mfaPassed: account.totpEnabled,
  };
  await store.transaction(async (tx) => {
    await tx.accounts.clearFailures(tenantId, input.username);
    await tx.sessions.insert(session);
    await tx.audit.append(tenantId, {
      type: 'account.login', at, actorAccountId: account.id, actorPersonId: account.personId, subjectType: 'account', subjectId: account.id,
      payload: { secondFactor: account.totpEnabled },
    });
  });
  return { token, session, account, mustEnrollTotp: requiresSecondFactor(deps, account) && !account.totpEnabled };
}
