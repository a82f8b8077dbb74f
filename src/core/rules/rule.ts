/**
 * Rules as values. A rule cites the provisions it enforces and returns a verdict with a
 * Chinese explanation a clerk understands — never a bare boolean.
 */

/** A reference to a provision: `yunyang-2025:20`, `yunyang-2025:53(2)`, `ogi-2019:33`. */
export interface Citation {
  /** Short id of the source (a rule pack id or a national source id from the catalogue). */
  readonly source: string;
  readonly article: number;
  /** Clause number (款/项 as numbered in the source, e.g. 53(二) → 2). */
  readonly clause?: number;
}

export type Outcome = 'allow' | 'warn' | 'block';

/** What one rule says about one action. */
export interface Verdict {
  readonly rule: string;
  readonly outcome: Outcome;
  /** Citation ids, e.g. `yunyang-2025:71`. */
  readonly cites: readonly string[];
  /** Chinese explanation, beginning with the formatted citation. */
  readonly message: string;
}

/** A rule over some input `I` (the facts the rule needs, gathered by the caller). */
export interface Rule<I> {
  readonly id: string;
  readonly cites: readonly Citation[];
  /** The action or transition the rule guards, e.g. `task.complete`. */
  readonly appliesTo: string;
  /** One line in Chinese saying what the rule requires. */
  readonly summary: string;
  readonly check: (input: I) => Verdict;
}

/** Citation id as used in APIs and scenarios: `source:article` or `source:article(clause)`. */
export function citationId(c: Citation): string {
  return c.clause === undefined ? `${c.source}:${c.article}` : `${c.source}:${c.article}(${c.clause})`;
}

const CITATION_ID = /^([a-z0-9-]+):(\d+)(?:\((\d+)\))?$/;

/** Parses a citation id; returns undefined when it is malformed. */
export function parseCitationId(id: string): Citation | undefined {
  const m = CITATION_ID.exec(id);
  if (!m) return undefined;
  const [, source, article, clause] = m;
  return clause === undefined
    ? { source: source!, article: Number(article) }
    : { source: source!, article: Number(article), clause: Number(clause) };
}

/** Evaluates rules in order and returns every verdict. */
export function evaluate<I>(rules: readonly Rule<I>[], input: I): Verdict[] {
  return rules.map((r) => r.check(input));
}

/** True when no verdict blocks. */
export function permits(verdicts: readonly Verdict[]): boolean {
  return verdicts.every((v) => v.outcome !== 'block');
}

/** Verdicts worth showing to a user: blocks and warnings. */
export function notable(verdicts: readonly Verdict[]): Verdict[] {
  return verdicts.filter((v) => v.outcome !== 'allow');
}
