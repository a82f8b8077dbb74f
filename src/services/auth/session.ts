import { DomainError } from '../../core/kernel/result.ts';
import type { ServiceDeps } from '../context.ts';
import type { AccountRecord, Actor, SessionRecord } from '../ports.ts';
import { requirePack } from '../platform/pack-in-force.ts';

export interface ResolvedSession {
  readonly actor: Actor;
  readonly session: SessionRecord;
  readonly account: AccountRecord;
}

// Touching the session on every request would turn every read into a write; a minute's slack
// in the idle clock is harmless against a 30-minute timeout.
const TOUCH_AFTER_MS = 60_000;

export function actorOf(account: AccountRecord): Actor {
  return {
    tenantId: account.tenantId, accountId: account.id, username: account.username, displayName: account.displayName,
    personId: account.personId, roles: account.roles,
  };
}

/** Finds the session of a cookie token, enforcing the idle timeout. */
export async function resolveSession(deps: ServiceDeps, token: string): Promise<ResolvedSession> {
  const at = deps.clock.now();
  const { pack } = requirePack(deps, at);
  const id = deps.ids.digest(token);
  const found = await deps.store.sessions.getWithAccount(id);
  if (!found) throw new DomainError('UNAUTHENTICATED', '请先登录');
  const { session, account } = found;
  const idleMs = pack.numberParam('security.idleTimeoutMinutes') * 60_000;
  const idle = at.getTime() - Date.parse(session.lastSeenAt);
  if (idle > idleMs) {
    await deps.store.sessions.delete(id);
    throw new DomainError('SESSION_EXPIRED', `超过${pack.numberParam('security.idleTimeoutMinutes')}分钟未操作，请重新登录`);
  }
  if (account.disabled) {
    await deps.store.sessions.delete(id);
    throw new DomainError('UNAUTHENTICATED', '账号已停用，请重新登录');
  }
  if (idle > TOUCH_AFTER_MS) await deps.store.sessions.touch(id, at);
  return { actor: actorOf(account), session, account };
}

export async function logout(deps: ServiceDeps, resolved: ResolvedSession): Promise<void> {
  const at = deps.clock.now();
  await deps.store.transaction(async (tx) => {
    await tx.sessions.delete(resolved.session.id);
    await tx.audit.append(resolved.actor.tenantId, {
      type: 'account.logout', at, actorAccountId: resolved.actor.accountId, actorPersonId: resolved.actor.personId,
      subjectType: 'account', subjectId: resolved.actor.accountId, payload: {},
    });
  });
}
