import { DomainError } from '../../core/kernel/result.ts';
import { localDate } from '../../core/kernel/time.ts';
import { packInForce } from '../../core/rules/pack-rules.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import type { PackInfo, ServiceDeps } from '../context.ts';

/** The earliest pack defines the zone used before any pack applies. */
function earliest(packs: readonly PackInfo[]): PackInfo {
  const first = [...packs].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))[0];
  if (!first) throw new Error('no rule pack configured');
  return first;
}

/**
 * The pack in force at `at` (judged by the local date of the government's zone), or a refusal
 * citing art. 71 for actions dated before the earliest pack took effect.
 */
export function requirePack(deps: Pick<ServiceDeps, 'packs'>, at: Date): { pack: PackInfo; verdict: Verdict } {
  const first = earliest(deps.packs);
  const date = localDate(at, first.utcOffsetMinutes);
  const pack = [...deps.packs]
    .filter((p) => p.effectiveFrom <= date)
    .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
  const verdict = packInForce.check({ date, packId: pack?.id, earliestEffectiveFrom: first.effectiveFrom });
  if (!pack) throw new DomainError('PACK_NOT_IN_FORCE', verdict.message, { verdicts: [verdict] });
  return { pack, verdict };
}
