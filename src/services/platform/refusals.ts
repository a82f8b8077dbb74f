import { DomainError } from '../../core/kernel/result.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor } from '../ports.ts';

/**
 * Runs a command; a refusal by a rule (`RULE_BLOCKED`) is itself recorded as `action.refused` —
 * who tried what on which record, with the verdicts — in its own transaction, before it is
 * answered. The refused change left nothing behind; the attempt is on the record.
 */
export async function withRefusalRecorded<T>(
  deps: ServiceDeps, actor: Actor, subject: { readonly type: string; readonly id: string | null }, action: string, run: () => Promise<T>,
): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof DomainError && e.code === 'RULE_BLOCKED') {
      const verdicts = (e.details?.['verdicts'] as readonly Verdict[] | undefined) ?? [];
      await deps.store.transaction((tx) => tx.audit.append(actor.tenantId, {
        type: 'action.refused', at: deps.clock.now(), actorAccountId: actor.accountId, actorPersonId: actor.personId, subjectType: subject.type, subjectId: subject.id,
        payload: { action }, verdicts,
      }));
    }
    throw e;
  }
}
