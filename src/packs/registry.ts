import { numberParameter } from '../core/law/parameters.ts';
import type { RulePack } from '../core/law/pack.ts';
import { YUNYANG_2025 } from './yunyang-2025/pack.ts';
import { YUNYANG_2025_RULES } from './yunyang-2025/rules.ts';
import type { Rule } from '../core/rules/rule.ts';
import type { CalendarYear } from '../core/calendar/index.ts';
import cn2025 from './calendars/cn-2025.json' with { type: 'json' };
import cn2026 from './calendars/cn-2026.json' with { type: 'json' };

/** The packs this build knows, with the rules each enforces. */
export const PACKS: readonly { readonly pack: RulePack; readonly rules: readonly Rule<never>[] }[] = [
  { pack: YUNYANG_2025, rules: YUNYANG_2025_RULES },
];

/** The official holiday calendars shipped as seed data (national data, not part of a pack). */
export const SEED_CALENDARS: readonly CalendarYear[] = [cn2025 as CalendarYear, cn2026 as CalendarYear];

/** The pack as services see it. */
export function packInfo(pack: RulePack) {
  return {
    id: pack.id,
    title: pack.title,
    effectiveFrom: pack.effectiveFrom,
    utcOffsetMinutes: pack.utcOffsetMinutes,
    numberParam: (key: string) => numberParameter(pack.parameters, key),
  };
}
