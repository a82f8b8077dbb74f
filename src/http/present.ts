import type { Verdict } from '../core/rules/rule.ts';

/**
 * The response envelope: data, every verdict behind it (allow, warn and block alike, each with
 * its citations) and, where the screen needs them, the actor's abilities.
 */
export function ok<T>(data: T, extra: { verdicts?: readonly Verdict[]; abilities?: Record<string, boolean> } = {}) {
  return { data, verdicts: extra.verdicts ?? [], ...(extra.abilities ? { abilities: extra.abilities } : {}) };
}
