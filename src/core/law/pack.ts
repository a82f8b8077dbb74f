/**
 * Rule packs and which one is in force. An action is judged by the pack in force at the moment
 * of the action, by the local date where the rules apply (Yunyang art. 71: the 2025 rules apply
 * from 2025-10-26 and replace those of 2024-03-13).
 */

import { localDate, type IsoDate } from '../kernel/time.ts';
import type { Article, Catalogue, Source } from './catalogue.ts';
import type { CoverageEntry } from './coverage.ts';
import type { Parameter } from './parameters.ts';

/** What pack selection needs to know about a pack. */
export interface PackPeriod {
  readonly id: string;
  /** First local day the pack applies, inclusive. */
  readonly effectiveFrom: IsoDate;
  /** Offset of the pack's local time from UTC (Asia/Shanghai: 480, no daylight saving). */
  readonly utcOffsetMinutes: number;
}

/** A rule pack: the text of the rules, the sources they rest on, parameters and coverage. */
export interface RulePack<K extends string = string> extends PackPeriod {
  readonly title: string;
  readonly issuer: string;
  /** The document that issued the rules: 云阳府发〔2025〕11号. */
  readonly promulgatedBy: string;
  readonly issuedOn: IsoDate;
  /** The rules this pack replaces, which are not modelled. */
  readonly replaces?: { readonly title: string; readonly issuedOn: IsoDate };
  /** Who interprets the rules (Yunyang art. 70: 县政府办公室). */
  readonly interpretedBy?: string;
  /** IANA zone of the rules' local time: Asia/Shanghai. */
  readonly timeZone: string;
  readonly catalogue: Catalogue;
  readonly articles: readonly Article[];
  readonly sources: readonly Source[];
  readonly parameters: readonly Parameter<K>[];
  /** One entry per article: how the system accounts for it. */
  readonly coverage: readonly CoverageEntry[];
}

/**
 * The pack in force at an instant: the one with the latest effective date on or before the
 * instant's local date (each pack judged in its own local time). Undefined before the earliest
 * pack's effective date — an action then has no rules to be judged by and must be refused.
 */
export function selectPack<P extends PackPeriod>(packs: readonly P[], instant: Date): P | undefined {
  let best: P | undefined;
  for (const p of packs) {
    if (localDate(instant, p.utcOffsetMinutes) < p.effectiveFrom) continue;
    if (best === undefined || p.effectiveFrom > best.effectiveFrom) best = p;
  }
  return best;
}

/** The packs a deployment knows, in order of their effective dates. */
export interface PackRegistry<P extends PackPeriod> {
  readonly packs: readonly P[];
  /** The pack in force at an instant (see `selectPack`). */
  at(instant: Date): P | undefined;
  byId(id: string): P | undefined;
  /** The last local day a pack applies (the day before its successor's), or undefined while current. */
  effectiveUntil(id: string): IsoDate | undefined;
}

function dayBefore(date: IsoDate): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** Builds a registry; throws when two packs share an id or an effective date. */
export function createPackRegistry<P extends PackPeriod>(packs: readonly P[]): PackRegistry<P> {
  const sorted = [...packs].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0));
  sorted.forEach((p, i) => {
    const previous = sorted[i - 1];
    if (sorted.some((q, j) => j !== i && q.id === p.id)) throw new Error(`rule pack id "${p.id}" is registered twice`);
    if (previous !== undefined && previous.effectiveFrom === p.effectiveFrom) {
      throw new Error(`rule packs "${previous.id}" and "${p.id}" take effect on the same day ${p.effectiveFrom}`);
    }
  });
  return {
    packs: sorted,
    at: (instant) => selectPack(sorted, instant),
    byId: (id) => sorted.find((p) => p.id === id),
    effectiveUntil: (id) => {
      const i = sorted.findIndex((p) => p.id === id);
      const next = i < 0 ? undefined : sorted[i + 1];
      return next === undefined ? undefined : dayBefore(next.effectiveFrom);
    },
  };
}
