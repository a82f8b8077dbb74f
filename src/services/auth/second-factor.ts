import { DomainError } from '../../core/kernel/result.ts';
import type { ServiceDeps } from '../context.ts';
import type { ResolvedSession } from './session.ts';

/** Starts TOTP enrolment: a new secret, stored but not yet enabled, and its otpauth URI. */
export async function beginTotpEnrollment(deps: ServiceDeps, s: ResolvedSession): Promise<{ secret: string; uri: string }> {
  if (s.account.totpEnabled) throw new DomainError('CONFLICT', '已启用动态口令');
  const secret = deps.totp.generateSecret();
  const at = deps.clock.now();
  await deps.store.transaction(async (tx) => {
    await tx.accounts.update({ ...s.account, totpSecret: secret });
    await tx.audit.append(s.actor.tenantId, {
      type: 'account.totp-secret-issued', at, actorAccountId: s.account.id, actorPersonId: s.account.personId,
      subjectType: 'account', subjectId: s.account.id, payload: {},
    });
  });
  return { secret, uri: deps.totp.uri(secret, s.account.username, '云政') };
}

/** Confirms enrolment with a first code; from then on the code is required at login. */
export async function confirmTotpEnrollment(deps: ServiceDeps, s: ResolvedSession, code: string): Promise<void> {
  const at = deps.clock.now();
  const account = await deps.store.accounts.byId(s.actor.tenantId, s.actor.accountId);
  if (!account?.totpSecret) throw new DomainError('CONFLICT', '请先开始启用动态口令');
  if (account.totpEnabled) throw new DomainError('CONFLICT', '已启用动态口令');
  if (!deps.totp.verify(account.totpSecret, code, at)) throw new DomainError('VALIDATION_FAILED', '字段 code：动态口令不正确', { fields: ['code'] });
  await deps.store.transaction(async (tx) => {
    await tx.accounts.update({ ...account, totpEnabled: true });
    await tx.sessions.setMfaPassed(s.session.id);
    await tx.audit.append(s.actor.tenantId, {
      type: 'account.totp-enrolled', at, actorAccountId: account.id, actorPersonId: account.personId,
      subjectType: 'account', subjectId: account.id, payload: {},
    });
  });
}

const MIN_PASSWORD = 10;

/** Changes one's own password (required after a one-time password). */
export async function changePassword(deps: ServiceDeps, s: ResolvedSession, input: { current: string; next: string }): Promise<void> {
  const at = deps.clock.now();
  if (!(await deps.hasher.verify(s.account.passwordHash, input.current))) {
    throw new DomainError('VALIDATION_FAILED', '字段 current：当前密码不正确', { fields: ['current'] });
  }
  if (input.next.length < MIN_PASSWORD || !/[A-Za-z]/.test(input.next) || !/\d/.test(input.next)) {
    throw new DomainError('VALIDATION_FAILED', `字段 next：新密码至少${MIN_PASSWORD}位，须同时包含字母和数字`, { fields: ['next'] });
  }
  const hash = await deps.hasher.hash(input.next);
  await deps.store.transaction(async (tx) => {
    await tx.accounts.update({ ...s.account, passwordHash: hash, mustChangePassword: false });
    await tx.audit.append(s.actor.tenantId, {
      type: 'account.password-changed', at, actorAccountId: s.account.id, actorPersonId: s.account.personId,
      subjectType: 'account', subjectId: s.account.id, payload: {},
    });
  });
}
