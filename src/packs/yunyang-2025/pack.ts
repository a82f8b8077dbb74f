/**
 * The rule pack of the Yunyang County Government Working Rules (云阳府发〔2025〕11号), in force
 * from 2025-10-26 (art. 71), replacing the rules of 2024-03-13.
 */

import { buildCatalogue } from '../../core/law/catalogue.ts';
import { numberParameter, textParameter, type Parameter } from '../../core/law/parameters.ts';
import type { RulePack } from '../../core/law/pack.ts';
import { YUNYANG_2025_COVERAGE } from './coverage.ts';
import { YUNYANG_2025_SOURCES } from './sources.ts';
import packText from './yunyang-2025.json' with { type: 'json' };
import { GOVERNMENT_PARAMETERS } from './parameters-government.ts';
import { PUBLIC_LAW_PARAMETERS } from './parameters-public-law.ts';

export const YUNYANG_2025_ID = 'yunyang-2025';

/**
 * Defaults of the pack's parameters, each with its source and status (legal-parameters.md).
 * An authorised role may override one from a date; that record lives outside the pack.
 */
export const YUNYANG_2025_PARAMETERS = [...GOVERNMENT_PARAMETERS, ...PUBLIC_LAW_PARAMETERS] as const satisfies readonly Parameter[];

export type YunyangParameterKey = (typeof YUNYANG_2025_PARAMETERS)[number]['key'];

const catalogue = buildCatalogue(packText, YUNYANG_2025_SOURCES, { id: YUNYANG_2025_ID });
const { text } = catalogue;

/** The Yunyang 2025 rule pack. */
export const YUNYANG_2025: RulePack<YunyangParameterKey> = {
  id: YUNYANG_2025_ID,
  title: text.title,
  issuer: text.issuer,
  promulgatedBy: text.promulgatedBy,
  issuedOn: text.issuedOn,
  effectiveFrom: text.effectiveFrom,
  ...(text.replaces === undefined ? {} : { replaces: text.replaces }),
  interpretedBy: '县政府办公室',
  timeZone: textParameter(YUNYANG_2025_PARAMETERS, 'time.zone'),
  utcOffsetMinutes: numberParameter(YUNYANG_2025_PARAMETERS, 'time.utcOffsetMinutes'),
  catalogue,
  articles: catalogue.articles,
  sources: catalogue.sources,
  parameters: YUNYANG_2025_PARAMETERS,
  coverage: YUNYANG_2025_COVERAGE,
};
