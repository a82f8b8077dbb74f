/**
 * The working context of acting authority: the organisation indexed once, the instant and the
 * local date, and the small readers and Chinese labels the resolution uses.
 */
import { DomainError } from '../kernel/result.ts';
import { formatChineseDate, localDate } from '../kernel/time.ts';
import type { IsoDate } from '../kernel/time.ts';
import { coversDate } from './intervals.ts';
import type { ActingProblem, ActingReason, ActingVia } from './acting-types.ts';
import type { AbPair, Absence, Delegation, OrgAppointment, OrgPerson, OrgPosition, OrgSnapshot } from './org.ts';

export const ART5 = 'yunyang-2025:5';
export const ART59 = 'yunyang-2025:59';

/** Second guard after the visited path: no chain of stand-ins longer than this is followed. */
export const MAX_ACTING_DEPTH = 10;

/** Longest range `whoIsAway` accepts, in days. */
export const MAX_AWAY_RANGE_DAYS = 31;

export const ABSENCE_LABEL: Readonly<Record<Absence['kind'], string>> = {
  leave: '请假',
  travel: '出差',
  inspection: '外出考察',
};

export const DAY_MS = 86_400_000;

/** Instant intervals are half-open: `from <= at < to`, `to` null = open. Unparsable instants never cover. */
export function coversInstant(from: string, to: string | null, atMs: number): boolean {
  const f = Date.parse(from);
  if (Number.isNaN(f) || atMs < f) return false;
  if (to === null) return true;
  const t = Date.parse(to);
  return !Number.isNaN(t) && atMs < t;
}

export function pushMulti<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Among absences covering the instant, the one that began last (then by id) — the current one. */
export function currentAbsence(absences: readonly Absence[], atMs: number): Absence | null {
  let best: Absence | null = null;
  for (const a of absences) {
    if (!coversInstant(a.from, a.to, atMs)) continue;
    if (best === null || Date.parse(a.from) > Date.parse(best.from) || (a.from === best.from && a.id < best.id)) best = a;
  }
  return best;
}

export function assertInstant(at: Date, field: string): void {
  if (!(at instanceof Date) || Number.isNaN(at.getTime())) {
    throw new DomainError('VALIDATION_FAILED', `参数 ${field} 不是有效的时间`, { field });
  }
}

export function assertOffset(offsetMinutes: number): void {
  if (!Number.isFinite(offsetMinutes) || Math.abs(offsetMinutes) > 14 * 60) {
    throw new DomainError('VALIDATION_FAILED', '参数 offsetMinutes 不是有效的时区偏移（分钟）', { field: 'offsetMinutes' });
  }
}

// ---------------------------------------------------------------------------------------------
// Index (built once per call, independent of the instant) and evaluation context
// ---------------------------------------------------------------------------------------------

export interface OrgIndex {
  readonly snapshot: OrgSnapshot;
  readonly positions: ReadonlyMap<string, OrgPosition>;
  readonly people: ReadonlyMap<string, OrgPerson>;
  readonly apptsByPosition: ReadonlyMap<string, OrgAppointment[]>;
  readonly apptsByPerson: ReadonlyMap<string, OrgAppointment[]>;
  readonly absencesByPerson: ReadonlyMap<string, Absence[]>;
  readonly delegationsByFrom: ReadonlyMap<string, Delegation[]>;
  readonly abByA: ReadonlyMap<string, AbPair[]>;
}

export function indexOrg(snapshot: OrgSnapshot): OrgIndex {
  const positions = new Map<string, OrgPosition>();
  for (const p of snapshot.positions) if (!positions.has(p.id)) positions.set(p.id, p);
  const people = new Map<string, OrgPerson>();
  for (const p of snapshot.people) if (!people.has(p.id)) people.set(p.id, p);
  const byAppointmentOrder = (a: OrgAppointment, b: OrgAppointment): number =>
    a.from < b.from ? -1 : a.from > b.from ? 1 : a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : a.positionId < b.positionId ? -1 : a.positionId > b.positionId ? 1 : 0;
  const sorted = [...snapshot.appointments].sort(byAppointmentOrder);
  const apptsByPosition = new Map<string, OrgAppointment[]>();
  const apptsByPerson = new Map<string, OrgAppointment[]>();
  for (const a of sorted) {
    pushMulti(apptsByPosition, a.positionId, a);
    pushMulti(apptsByPerson, a.personId, a);
  }
  const absencesByPerson = new Map<string, Absence[]>();
  for (const a of snapshot.absences) pushMulti(absencesByPerson, a.personId, a);
  // Delegations: the latest-starting 委托 first (a newer 委托 supersedes an older one), then by id.
  const delegationsByFrom = new Map<string, Delegation[]>();
  const delegations = [...snapshot.delegations].sort((a, b) => Date.parse(b.from) - Date.parse(a.from) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const d of delegations) pushMulti(delegationsByFrom, d.fromPositionId, d);
  // AB pairs: the latest-starting pair first, then by B position id.
  const abByA = new Map<string, AbPair[]>();
  const pairs = [...snapshot.abPairs].sort((a, b) => (a.from > b.from ? -1 : a.from < b.from ? 1 : a.bPositionId < b.bPositionId ? -1 : a.bPositionId > b.bPositionId ? 1 : 0));
  for (const p of pairs) pushMulti(abByA, p.aPositionId, p);
  return { snapshot, positions, people, apptsByPosition, apptsByPerson, absencesByPerson, delegationsByFrom, abByA };
}

export interface Holder {
  readonly person: OrgPerson;
  readonly appointment: OrgAppointment;
}

/** What resolving one position found (kept in the context's cache). */
export interface Resolution {
  readonly actor: { readonly person: OrgPerson; readonly positionId: string } | null;
  readonly via: ActingVia | null;
  readonly onBehalfOf: OrgPerson | null;
  readonly holders: readonly Holder[];
  readonly chain: readonly ActingReason[];
  /** Problems met below this level (vacancies, cycles, depth); this level's own gap is `gapMessage`. */
  readonly problems: readonly ActingProblem[];
  /** Set when every holder is away and nobody was found: the message for a gap problem. */
  readonly gapMessage: string | null;
  /** Positions entered while resolving (for the cache's validity check). */
  readonly touched: ReadonlySet<string>;
  /** True when a cycle or the depth cap was hit: the result depends on the path, so it is not cached. */
  readonly pathDependent: boolean;
}

export interface Ctx {
  readonly index: OrgIndex;
  readonly atMs: number;
  readonly date: IsoDate;
  readonly offsetMinutes: number;
  readonly holderMemo: Map<string, readonly Holder[]>;
  readonly absenceMemo: Map<string, Absence | null>;
  readonly cache: Map<string, { readonly res: Resolution; readonly depth: number }>;
}

export function makeCtx(index: OrgIndex, at: Date, offsetMinutes: number): Ctx {
  assertInstant(at, 'at');
  assertOffset(offsetMinutes);
  return {
    index,
    atMs: at.getTime(),
    date: localDate(at, offsetMinutes),
    offsetMinutes,
    holderMemo: new Map(),
    absenceMemo: new Map(),
    cache: new Map(),
  };
}

export function personOf(ctx: Ctx, personId: string): OrgPerson {
  return ctx.index.people.get(personId) ?? { id: personId, name: personId };
}

export function titleOf(ctx: Ctx, positionId: string): string {
  return ctx.index.positions.get(positionId)?.title ?? positionId;
}

/** Holders on the local date, by appointment start then person id; one entry per person. */
export function holdersAt(ctx: Ctx, positionId: string): readonly Holder[] {
  const memo = ctx.holderMemo.get(positionId);
  if (memo) return memo;
  const seen = new Set<string>();
  const out: Holder[] = [];
  for (const a of ctx.index.apptsByPosition.get(positionId) ?? []) {
    if (!coversDate(a.from, a.to, ctx.date) || seen.has(a.personId)) continue;
    seen.add(a.personId);
    out.push({ person: personOf(ctx, a.personId), appointment: a });
  }
  ctx.holderMemo.set(positionId, out);
  return out;
}

export function absenceOf(ctx: Ctx, personId: string): Absence | null {
  if (ctx.absenceMemo.has(personId)) return ctx.absenceMemo.get(personId) ?? null;
  const a = currentAbsence(ctx.index.absencesByPerson.get(personId) ?? [], ctx.atMs);
  ctx.absenceMemo.set(personId, a);
  return a;
}

/** The post through which a presiding person acts: one in the same body if any, else their first post. */
export function ownPost(ctx: Ctx, personId: string, bodyId: string | undefined): string | null {
  const posts = (ctx.index.apptsByPerson.get(personId) ?? []).filter((a) => coversDate(a.from, a.to, ctx.date));
  const same = bodyId === undefined ? undefined : posts.find((a) => ctx.index.positions.get(a.positionId)?.bodyId === bodyId);
  return (same ?? posts[0])?.positionId ?? null;
}

/** `王强（副县长）`: a person with the title of the post concerned. */
export function who(name: string, title: string): string {
  return `${name}（${title}）`;
}

/** A position as people see it: `王强（副县长）`, `王强、刘洋（科员）`, or `副县长（空缺）`. */
export function positionLabel(ctx: Ctx, positionId: string): string {
  const names = holdersAt(ctx, positionId).map((h) => h.person.name);
  const title = titleOf(ctx, positionId);
  return names.length === 0 ? `${title}（空缺）` : who(names.join('、'), title);
}

export function absenceStart(ctx: Ctx, a: Absence): string {
  const ms = Date.parse(a.from);
  return Number.isNaN(ms) ? a.from : formatChineseDate(localDate(new Date(ms), ctx.offsetMinutes));
}

/** `2025年11月3日请假` — as in `王强（副县长）2025年11月3日请假，按AB角由李明（副县长）代为履职`. */
export function absenceShort(ctx: Ctx, a: Absence): string {
  return `${absenceStart(ctx, a)}${ABSENCE_LABEL[a.kind]}`;
}

/** `请假（2025年11月3日至2025年11月7日）` or `自2025年11月3日起请假，尚未销假`. */
export function absenceLong(ctx: Ctx, a: Absence): string {
  const label = ABSENCE_LABEL[a.kind];
  const start = absenceStart(ctx, a);
  if (a.to === null) return `自${start}起${label}，尚未销假`;
  const endMs = Date.parse(a.to);
  const last = Number.isNaN(endMs) ? a.to : formatChineseDate(localDate(new Date(endMs - 1), ctx.offsetMinutes));
  return last === start ? `${label}（${start}）` : `${label}（${start}至${last}）`;
}
