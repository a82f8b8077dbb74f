import type { Verdict } from '../core/rules/rule.ts';
import { labelVerdict } from '../services/law/law-catalogue.ts';

/**
 * The response envelope: data, every verdict behind it (allow, warn and block alike, each with
 * its citations, ids and Chinese labels) and, where the screen needs them, the actor's abilities.
 */
export function ok<T>(data: T, extra: { verdicts?: readonly Verdict[]; abilities?: Record<string, boolean> } = {}) {
  return { data, verdicts: (extra.verdicts ?? []).map(labelVerdict), ...(extra.abilities ? { abilities: extra.abilities } : {}) };
}
