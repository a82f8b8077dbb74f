/**
 * Rule-pack parameters: every period, count and setting the rules use, with its source and how
 * sure we are of it. Code reads parameters; it never hides a legal number in a literal.
 */

import { parseCitationId } from '../rules/rule.ts';
import type { Catalogue } from './catalogue.ts';

/**
 * VERIFIED: read in the primary text. SECONDARY: from a commentary, practice or an
 * interpretation of the text. NOT_FOUND: no source; a product default an authorised role may set.
 */
export type ParameterStatus = 'VERIFIED' | 'SECONDARY' | 'NOT_FOUND';

export type ParameterValue = number | string | boolean;

export interface Parameter<K extends string = string> {
  /** Dotted key, area first: `document.matterDueWorkdays`. */
  readonly key: K;
  readonly value: ParameterValue;
  /** 工作日, 日, 月, 分钟, 次 … */
  readonly unit?: string;
  /**
   * A citation id (`yunyang-2025:40`, `cybersecurity:21(3)`), checked against the catalogue; or,
   * when no provision sets the value, a short text saying where it comes from.
   */
  readonly source: string;
  readonly status: ParameterStatus;
  /** Why this value, and what is uncertain about it. */
  readonly note: string;
}

/** The parameter with this key; throws when there is none (a missing parameter is a bug). */
export function parameter<K extends string>(parameters: readonly Parameter<K>[], key: K): Parameter<K> {
  const found = parameters.find((p) => p.key === key);
  if (found === undefined) throw new Error(`no rule-pack parameter "${key}"`);
  return found;
}

/** The numeric value of a parameter; throws when it is missing or not a number. */
export function numberParameter<K extends string>(parameters: readonly Parameter<K>[], key: K): number {
  const { value } = parameter(parameters, key);
  if (typeof value !== 'number') throw new Error(`rule-pack parameter "${key}" is not a number`);
  return value;
}

/** The text value of a parameter; throws when it is missing or not a string. */
export function textParameter<K extends string>(parameters: readonly Parameter<K>[], key: K): string {
  const { value } = parameter(parameters, key);
  if (typeof value !== 'string') throw new Error(`rule-pack parameter "${key}" is not a string`);
  return value;
}

/** True when a parameter's source is a citation id rather than free text. */
export function citesProvision(p: Parameter): boolean {
  return parseCitationId(p.source) !== undefined;
}

/**
 * Problems with a parameter list (empty when none): duplicate keys, empty notes, a citation
 * source that is not in the catalogue, a VERIFIED value without a citation.
 */
export function checkParameters(catalogue: Catalogue, parameters: readonly Parameter[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const p of parameters) {
    if (seen.has(p.key)) problems.push(`parameter ${p.key}: key used twice`);
    seen.add(p.key);
    if (p.note.trim() === '') problems.push(`parameter ${p.key}: note is empty`);
    if (p.source.trim() === '') problems.push(`parameter ${p.key}: source is empty`);
    if (citesProvision(p)) {
      const problem = catalogue.citationProblem(p.source);
      if (problem !== undefined) problems.push(`parameter ${p.key}: ${problem}`);
    } else if (p.status === 'VERIFIED') {
      problems.push(`parameter ${p.key}: VERIFIED but its source "${p.source}" is not a citation`);
    }
  }
  return problems;
}
