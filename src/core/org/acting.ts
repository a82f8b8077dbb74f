/**
 * Acting authority (arts. 5, 59): who acts for a position at an instant, and why.
 *
 * Computed from an {@link OrgSnapshot} alone — never typed in. The answer carries an ordered
 * chain of reasons in Chinese (with citation ids) and every problem met on the way, so that
 * routing, signing and meeting-leave decisions can record both people and the reason
 * (`李明（代王强）`). A stand-in is always shown by person names, never as a title such as 代县长,
 * which is a formal appointment (a 代理县长 is a position of its own).
 *
 * Precedence when every holder of a position is away (each step is tried in turn; a step that
 * leads nowhere — vacancy, gap or cycle further down — falls through to the next):
 *   a. an active 委托 (scope `presiding`) from the position → the `to` position's actor (art. 5);
 *   b. an AB角 pair valid on the local date with the position as A → the B position's actor (art. 5);
 *   c. the absence's named presiding person (art. 59), if present;
 *   d. otherwise a gap: nobody acts.
 * Steps a and b recurse with a visited path (revisiting a position is a cycle) and a depth cap.
 *
 * Pure: no I/O, no clock; the instant and the UTC offset are arguments.
 */
import { DomainError } from '../kernel/result.ts';
import { formatChineseDate, isIsoDate, localDate } from '../kernel/time.ts';
import type { IsoDate } from '../kernel/time.ts';
import { coversDate } from './intervals.ts';
import type {
  AbPair,
  Absence,
  Delegation,
  OrgAppointment,
  OrgPerson,
  OrgPosition,
  OrgSnapshot,
} from './org.ts';

// ---------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------

/** How the actor came to act: as holder, by 委托, by AB角, or as the presiding person named in leave. */
export type ActingVia = 'holder' | 'delegation' | 'ab' | 'presiding';

export type ActingReasonKind = 'holder' | 'absent' | 'delegation' | 'ab' | 'presiding' | 'vacant' | 'gap' | 'cycle';

/** One step of the reasoning, in Chinese, with the citation ids it rests on. */
export interface ActingReason {
  readonly kind: ActingReasonKind;
  /** The position this step is about. */
  readonly positionId: string;
  /** The person this step is about (the holder, the absent person, or the stand-in found). */
  readonly personId?: string;
  readonly message: string;
  readonly cites: readonly string[];
}

export type ActingProblemCode = 'vacant' | 'gap' | 'cycle';

export interface ActingProblem {
  readonly code: ActingProblemCode;
  /** Chinese explanation; gap and cycle messages begin with the article they rest on. */
  readonly message: string;
  readonly cites: readonly string[];
}

export interface PersonRef {
  readonly personId: string;
  readonly name: string;
}

export interface ActingActor extends PersonRef {
  /** The position through which the actor acts: the post they hold (their own, or the stand-in post). */
  readonly positionId: string;
  readonly via: ActingVia;
}

export interface ActingResult {
  readonly positionId: string;
  /** The instant asked about, ISO-8601 UTC. */
  readonly at: string;
  /** Everyone appointed to the position on the local date (present or away), by appointment start then id. */
  readonly holders: readonly PersonRef[];
  readonly actor: ActingActor | null;
  /** The absent holder on whose behalf a stand-in acts; null when a holder acts or nobody does. */
  readonly onBehalfOf: PersonRef | null;
  /** `李明` for the holder, `李明（代王强）` for a stand-in, '' when nobody acts. */
  readonly display: string;
  readonly chain: readonly ActingReason[];
  /** Every problem met, including ones further down the chain that were fallen through. */
  readonly problems: readonly ActingProblem[];
}

export interface PositionActed {
  readonly positionId: string;
  readonly via: ActingVia;
  readonly onBehalfOf: PersonRef | null;
}

export interface AwayPosition {
  readonly positionId: string;
  readonly title: string;
  readonly acting: ActingResult;
}

export interface AwayPerson {
  readonly personId: string;
  readonly name: string;
  readonly absence: Absence;
  /** The posts the person holds that day, each with who acts for it at noon. */
  readonly positions: readonly AwayPosition[];
}

export interface AwayDay {
  readonly date: IsoDate;
  /** Noon local time of `date`, ISO-8601 UTC: the instant at which absence and acting are evaluated. */
  readonly at: string;
  readonly away: readonly AwayPerson[];
}

// ---------------------------------------------------------------------------------------------
// Constants and small helpers
// ---------------------------------------------------------------------------------------------

const ART5 = 'yunyang-2025:5';
const ART59 = 'yunyang-2025:59';

/** Second guard after the visited path: no chain of stand-ins longer than this is followed. */
export const MAX_ACTING_DEPTH = 10;

/** Longest range `whoIsAway` accepts, in days. */
export const MAX_AWAY_RANGE_DAYS = 31;

const ABSENCE_LABEL: Readonly<Record<Absence['kind'], string>> = {
  leave: '请假',
  travel: '出差',
  inspection: '外出考察',
};

const DAY_MS = 86_400_000;

/** Instant intervals are half-open: `from <= at < to`, `to` null = open. Unparsable instants never cover. */
function coversInstant(from: string, to: string | null, atMs: number): boolean {
  const f = Date.parse(from);
  if (Number.isNaN(f) || atMs < f) return false;
  if (to === null) return true;
  const t = Date.parse(to);
  return !Number.isNaN(t) && atMs < t;
}

function pushMulti<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Among absences covering the instant, the one that began last (then by id) — the current one. */
function currentAbsence(absences: readonly Absence[], atMs: number): Absence | null {
  let best: Absence | null = null;
  for (const a of absences) {
    if (!coversInstant(a.from, a.to, atMs)) continue;
    if (best === null || Date.parse(a.from) > Date.parse(best.from) || (a.from === best.from && a.id < best.id)) best = a;
  }
  return best;
}

function assertInstant(at: Date, field: string): void {
  if (!(at instanceof Date) || Number.isNaN(at.getTime())) {
    throw new DomainError('VALIDATION_FAILED', `参数 ${field} 不是有效的时间`, { field });
  }
}

function assertOffset(offsetMinutes: number): void {
  if (!Number.isFinite(offsetMinutes) || Math.abs(offsetMinutes) > 14 * 60) {
    throw new DomainError('VALIDATION_FAILED', '参数 offsetMinutes 不是有效的时区偏移（分钟）', { field: 'offsetMinutes' });
  }
}

// ---------------------------------------------------------------------------------------------
// Index (built once per call, independent of the instant) and evaluation context
// ---------------------------------------------------------------------------------------------

interface OrgIndex {
  readonly snapshot: OrgSnapshot;
  readonly positions: ReadonlyMap<string, OrgPosition>;
  readonly people: ReadonlyMap<string, OrgPerson>;
  readonly apptsByPosition: ReadonlyMap<string, OrgAppointment[]>;
  readonly apptsByPerson: ReadonlyMap<string, OrgAppointment[]>;
  readonly absencesByPerson: ReadonlyMap<string, Absence[]>;
  readonly delegationsByFrom: ReadonlyMap<string, Delegation[]>;
  readonly abByA: ReadonlyMap<string, AbPair[]>;
}

function indexOrg(snapshot: OrgSnapshot): OrgIndex {
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

interface Holder {
  readonly person: OrgPerson;
  readonly appointment: OrgAppointment;
}

interface Ctx {
  readonly index: OrgIndex;
  readonly atMs: number;
  readonly date: IsoDate;
  readonly offsetMinutes: number;
  readonly holderMemo: Map<string, readonly Holder[]>;
  readonly absenceMemo: Map<string, Absence | null>;
  readonly cache: Map<string, { readonly res: Resolution; readonly depth: number }>;
}

function makeCtx(index: OrgIndex, at: Date, offsetMinutes: number): Ctx {
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

function personOf(ctx: Ctx, personId: string): OrgPerson {
  return ctx.index.people.get(personId) ?? { id: personId, name: personId };
}

function titleOf(ctx: Ctx, positionId: string): string {
  return ctx.index.positions.get(positionId)?.title ?? positionId;
}

/** Holders on the local date, by appointment start then person id; one entry per person. */
function holdersAt(ctx: Ctx, positionId: string): readonly Holder[] {
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

function absenceOf(ctx: Ctx, personId: string): Absence | null {
  if (ctx.absenceMemo.has(personId)) return ctx.absenceMemo.get(personId) ?? null;
  const a = currentAbsence(ctx.index.absencesByPerson.get(personId) ?? [], ctx.atMs);
  ctx.absenceMemo.set(personId, a);
  return a;
}

/** The post through which a presiding person acts: one in the same body if any, else their first post. */
function ownPost(ctx: Ctx, personId: string, bodyId: string | undefined): string | null {
  const posts = (ctx.index.apptsByPerson.get(personId) ?? []).filter((a) => coversDate(a.from, a.to, ctx.date));
  const same = bodyId === undefined ? undefined : posts.find((a) => ctx.index.positions.get(a.positionId)?.bodyId === bodyId);
  return (same ?? posts[0])?.positionId ?? null;
}

/** `王强（副县长）`: a person with the title of the post concerned. */
function who(name: string, title: string): string {
  return `${name}（${title}）`;
}

/** A position as people see it: `王强（副县长）`, `王强、刘洋（科员）`, or `副县长（空缺）`. */
function positionLabel(ctx: Ctx, positionId: string): string {
  const names = holdersAt(ctx, positionId).map((h) => h.person.name);
  const title = titleOf(ctx, positionId);
  return names.length === 0 ? `${title}（空缺）` : who(names.join('、'), title);
}

function absenceStart(ctx: Ctx, a: Absence): string {
  const ms = Date.parse(a.from);
  return Number.isNaN(ms) ? a.from : formatChineseDate(localDate(new Date(ms), ctx.offsetMinutes));
}

/** `2025年11月3日请假` — as in `王强（副县长）2025年11月3日请假，按AB角由李明（副县长）代为履职`. */
function absenceShort(ctx: Ctx, a: Absence): string {
  return `${absenceStart(ctx, a)}${ABSENCE_LABEL[a.kind]}`;
}

/** `请假（2025年11月3日至2025年11月7日）` or `自2025年11月3日起请假，尚未销假`. */
function absenceLong(ctx: Ctx, a: Absence): string {
  const label = ABSENCE_LABEL[a.kind];
  const start = absenceStart(ctx, a);
  if (a.to === null) return `自${start}起${label}，尚未销假`;
  const endMs = Date.parse(a.to);
  const last = Number.isNaN(endMs) ? a.to : formatChineseDate(localDate(new Date(endMs - 1), ctx.offsetMinutes));
  return last === start ? `${label}（${start}）` : `${label}（${start}至${last}）`;
}

// ---------------------------------------------------------------------------------------------
// Resolution
// ---------------------------------------------------------------------------------------------

interface Resolution {
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

function resolve(ctx: Ctx, positionId: string, path: readonly string[]): Resolution {
  const start = path.indexOf(positionId);
  if (start >= 0) {
    // Revisiting a position: A's B is B and B's B is A, both away — nobody can be found this way.
    const loop = [...path.slice(start), positionId].map((p) => positionLabel(ctx, p)).join('→');
    const message = `代为履职关系形成循环：${loop}，循环中的人员均不在岗，无法据此确定由谁履职；请调整AB角或委托`;
    return {
      actor: null, via: null, onBehalfOf: null, holders: holdersAt(ctx, positionId), gapMessage: null,
      chain: [{ kind: 'cycle', positionId, message, cites: [ART5] }],
      problems: [{ code: 'cycle', message: `第五条：${message}`, cites: [ART5] }],
      touched: new Set([positionId]), pathDependent: true,
    };
  }
  if (path.length >= MAX_ACTING_DEPTH) {
    const message = `代为履职链条超过${MAX_ACTING_DEPTH}层（至${positionLabel(ctx, positionId)}），停止查找；请检查AB角和委托设置`;
    return {
      actor: null, via: null, onBehalfOf: null, holders: holdersAt(ctx, positionId), gapMessage: null,
      chain: [{ kind: 'gap', positionId, message, cites: [ART5] }],
      problems: [{ code: 'gap', message: `第五条：${message}`, cites: [ART5] }],
      touched: new Set([positionId]), pathDependent: true,
    };
  }
  const cached = ctx.cache.get(positionId);
  if (cached && path.length <= cached.depth && !path.some((p) => cached.res.touched.has(p))) return cached.res;
  const res = resolveFresh(ctx, positionId, path);
  if (!res.pathDependent) ctx.cache.set(positionId, { res, depth: path.length });
  return res;
}

function resolveFresh(ctx: Ctx, positionId: string, path: readonly string[]): Resolution {
  const position = ctx.index.positions.get(positionId);
  const title = titleOf(ctx, positionId);
  const holders = holdersAt(ctx, positionId);
  const touched = new Set<string>([positionId]);

  // No holder at all on that date: a vacancy. The system does not guess who acts.
  if (holders.length === 0) {
    const message = position
      ? `${title}岗位${formatChineseDate(ctx.date)}无人任职（空缺），系统不推定由谁代为履职；请先登记任职`
      : `岗位“${positionId}”不在组织信息中，无法确定由谁履职；请核对AB角或委托所指的岗位`;
    return {
      actor: null, via: null, onBehalfOf: null, holders, gapMessage: null,
      chain: [{ kind: 'vacant', positionId, message, cites: [] }],
      problems: [{ code: 'vacant', message, cites: [] }],
      touched, pathDependent: false,
    };
  }

  const chain: ActingReason[] = [];
  const problems: ActingProblem[] = [];
  const away: { readonly holder: Holder; readonly absence: Absence }[] = [];
  const present: Holder[] = [];
  for (const h of holders) {
    const absence = absenceOf(ctx, h.person.id);
    if (absence) away.push({ holder: h, absence });
    else present.push(h);
  }
  for (const { holder, absence } of away) {
    chain.push({ kind: 'absent', positionId, personId: holder.person.id, message: `${who(holder.person.name, title)}${absenceLong(ctx, absence)}，此时不在岗`, cites: [ART59] });
  }

  // A present holder acts (the first by appointment start, then id).
  const first = present[0];
  if (first) {
    chain.push({ kind: 'holder', positionId, personId: first.person.id, message: `${who(first.person.name, title)}在岗，由本人履职`, cites: [] });
    return { actor: { person: first.person, positionId }, via: 'holder', onBehalfOf: null, holders, chain, problems, gapMessage: null, touched, pathDependent: false };
  }

  // Every holder is away. The stand-in acts on behalf of the first holder (by appointment start, then id).
  const lead = away[0]!;
  const leadText = `${who(lead.holder.person.name, title)}${absenceShort(ctx, lead.absence)}`;
  const nextPath = [...path, positionId];
  let pathDependent = false;
  const follow = (target: string): Resolution => {
    const sub = resolve(ctx, target, nextPath);
    for (const p of sub.touched) touched.add(p);
    pathDependent ||= sub.pathDependent;
    problems.push(...sub.problems);
    return sub;
  };
  /** How the stand-in reached through `target` is named in this level's step. */
  const standIn = (sub: Resolution, target: string, how: string): string => {
    if (sub.actor === null) return `${how}应由${positionLabel(ctx, target)}代为履职，但该岗位亦无人可履职`;
    const actorText = who(sub.actor.person.name, titleOf(ctx, sub.actor.positionId));
    return sub.via === 'holder' ? `${how}由${actorText}代为履职` : `${how}转由${positionLabel(ctx, target)}，最终由${actorText}代为履职`;
  };
  const done = (sub: Resolution, via: ActingVia): Resolution => ({
    actor: sub.actor, via, onBehalfOf: lead.holder.person, holders, chain, problems, gapMessage: null, touched, pathDependent,
  });

  // a. An active 委托 from this position covering the instant (art. 5: while the 县长 is away on
  //    travel, the 常务副县长 presides by the 县长's 委托). Only `presiding` 委托 transfer the
  //    position's work; an `assigned-work` 委托 covers the specific 交办 work only. The `to`
  //    position's actor is computed recursively; if it leads to a vacancy, gap or cycle, fall through.
  const delegations = (ctx.index.delegationsByFrom.get(positionId) ?? []).filter(
    (d) => d.scope === 'presiding' && coversInstant(d.from, d.to, ctx.atMs),
  );
  for (const d of delegations) {
    const sub = follow(d.toPositionId);
    const reason = d.reason.trim() === '' ? '' : `（委托事由：${d.reason.trim()}）`;
    chain.push({
      kind: 'delegation', positionId, ...(sub.actor ? { personId: sub.actor.person.id } : {}),
      message: `${leadText}，${standIn(sub, d.toPositionId, '依委托')}${reason}`, cites: [ART5],
    });
    chain.push(...sub.chain);
    if (sub.actor) return done(sub, 'delegation');
  }

  // b. An AB角 pair valid on the local date with this position as A (art. 5: 副县长分工实行AB角制度).
  //    The B position's actor is computed recursively (B may be away too, and then B's own 委托/AB角
  //    applies); if it leads to a vacancy, gap or cycle, fall through.
  const pairs = (ctx.index.abByA.get(positionId) ?? []).filter((p) => coversDate(p.from, p.to, ctx.date));
  for (const p of pairs) {
    const sub = follow(p.bPositionId);
    chain.push({
      kind: 'ab', positionId, ...(sub.actor ? { personId: sub.actor.person.id } : {}),
      message: `${leadText}，${standIn(sub, p.bPositionId, '按AB角')}`, cites: [ART5],
    });
    chain.push(...sub.chain);
    if (sub.actor) return done(sub, 'ab');
  }

  // c. The presiding person named in the approved absence (art. 59: principals of departments, towns
  //    and streets name who presides while they are away), if that person is present. A person, not a
  //    position: no recursion.
  const presidingNotes: string[] = [];
  for (const { holder, absence } of away) {
    if (absence.presidingPersonId === null) continue;
    const p = ctx.index.people.get(absence.presidingPersonId);
    const base = `${who(holder.person.name, title)}${absenceShort(ctx, absence)}`;
    if (!p) {
      const note = `明确主持工作的负责人“${absence.presidingPersonId}”不在人员名单中`;
      presidingNotes.push(note);
      chain.push({ kind: 'presiding', positionId, message: `${base}，${note}`, cites: [ART59] });
      continue;
    }
    const post = ownPost(ctx, p.id, position?.bodyId);
    const pText = post === null ? p.name : who(p.name, titleOf(ctx, post));
    const pAbsence = absenceOf(ctx, p.id);
    if (pAbsence) {
      const note = `明确主持工作的负责人${pText}亦${absenceShort(ctx, pAbsence)}，不在岗`;
      presidingNotes.push(note);
      chain.push({ kind: 'presiding', positionId, personId: p.id, message: `${base}，${note}`, cites: [ART59] });
      continue;
    }
    chain.push({ kind: 'presiding', positionId, personId: p.id, message: `${base}，明确由${pText}主持工作`, cites: [ART59] });
    return {
      actor: { person: p, positionId: post ?? positionId }, via: 'presiding', onBehalfOf: holder.person,
      holders, chain, problems, gapMessage: null, touched, pathDependent,
    };
  }

  // d. Nobody can act: a gap. Say whose absence leaves the position uncovered and what to do.
  const why: string[] = [];
  why.push(delegations.length + pairs.length === 0 ? '未登记有效的委托或AB角' : '已登记的委托或AB角所指岗位亦无人可履职');
  if (presidingNotes.length > 0) why.push(...presidingNotes);
  else why.push('请假时未明确主持工作的负责人');
  const gapMessage = `${leadText}，${title}岗位无人代为履职（${why.join('；')}）。请登记委托或AB角，或在请假中明确主持工作的负责人`;
  chain.push({ kind: 'gap', positionId, personId: lead.holder.person.id, message: gapMessage, cites: [ART5, ART59] });
  return { actor: null, via: null, onBehalfOf: null, holders, chain, problems, gapMessage, touched, pathDependent };
}

function dedupeProblems(problems: readonly ActingProblem[]): ActingProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.code}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function actingWith(ctx: Ctx, positionId: string): ActingResult {
  if (!ctx.index.positions.has(positionId)) {
    throw new DomainError('VALIDATION_FAILED', `岗位“${positionId}”不存在`, { field: 'positionId' });
  }
  const res = resolve(ctx, positionId, []);
  const problems = [...res.problems];
  // The position asked about is reported as a gap once every step failed (stand-in positions further
  // down that are merely uncovered appear in the chain; their vacancies and cycles are problems here).
  if (res.actor === null && res.gapMessage !== null) {
    problems.push({ code: 'gap', message: `第五条、第五十九条：${res.gapMessage}`, cites: [ART5, ART59] });
  }
  const actor: ActingActor | null =
    res.actor && res.via ? { personId: res.actor.person.id, name: res.actor.person.name, positionId: res.actor.positionId, via: res.via } : null;
  const onBehalfOf = actor && res.onBehalfOf ? { personId: res.onBehalfOf.id, name: res.onBehalfOf.name } : null;
  const display = actor === null ? '' : onBehalfOf === null ? actor.name : `${actor.name}（代${onBehalfOf.name}）`;
  return {
    positionId,
    at: new Date(ctx.atMs).toISOString(),
    holders: res.holders.map((h) => ({ personId: h.person.id, name: h.person.name })),
    actor,
    onBehalfOf,
    display,
    chain: res.chain,
    problems: dedupeProblems(problems),
  };
}

// ---------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------

/**
 * Who acts for a position at an instant, and why. Holders are read on the local date of `at`
 * (at `offsetMinutes` from UTC); absences and 委托 at the instant itself. Throws a
 * `VALIDATION_FAILED` DomainError for an unknown position, an invalid instant or offset.
 */
export function actingFor(snapshot: OrgSnapshot, positionId: string, at: Date, offsetMinutes: number): ActingResult {
  return actingWith(makeCtx(indexOrg(snapshot), at, offsetMinutes), positionId);
}

/**
 * Every position this person acts for at `at`: their own posts where they are present (every
 * present holder acts for their own post, even when a position has several), then the positions
 * they stand in for, with the absent holder. Empty when the person is away.
 */
export function positionsActedBy(snapshot: OrgSnapshot, personId: string, at: Date, offsetMinutes: number): PositionActed[] {
  const ctx = makeCtx(indexOrg(snapshot), at, offsetMinutes);
  if (absenceOf(ctx, personId)) return [];
  const own: PositionActed[] = [];
  const stoodIn: PositionActed[] = [];
  for (const position of ctx.index.positions.values()) {
    const holders = holdersAt(ctx, position.id);
    if (holders.some((h) => h.person.id === personId)) {
      own.push({ positionId: position.id, via: 'holder', onBehalfOf: null });
      continue;
    }
    // Only positions whose holders are all away can be stood in for.
    if (holders.length === 0 || holders.some((h) => absenceOf(ctx, h.person.id) === null)) continue;
    const res = resolve(ctx, position.id, []);
    if (res.actor?.person.id === personId && res.via !== null) {
      stoodIn.push({
        positionId: position.id,
        via: res.via,
        onBehalfOf: res.onBehalfOf ? { personId: res.onBehalfOf.id, name: res.onBehalfOf.name } : null,
      });
    }
  }
  return [...own, ...stoodIn];
}

/** The approved absence of a person covering the instant (`from <= at < to`), or null when present. */
export function absentAt(snapshot: OrgSnapshot, personId: string, at: Date): Absence | null {
  assertInstant(at, 'at');
  return currentAbsence(
    snapshot.absences.filter((a) => a.personId === personId),
    at.getTime(),
  );
}

/**
 * For each local day from `fromDate` to `toDate` (inclusive, at most 31 days): the people away at
 * noon local time and, for each post they hold that day, who acts for it at that noon.
 */
export function whoIsAway(snapshot: OrgSnapshot, fromDate: IsoDate, toDate: IsoDate, offsetMinutes: number): AwayDay[] {
  if (!isIsoDate(fromDate)) throw new DomainError('VALIDATION_FAILED', '参数 fromDate 须为 YYYY-MM-DD 格式的日期', { field: 'fromDate' });
  if (!isIsoDate(toDate)) throw new DomainError('VALIDATION_FAILED', '参数 toDate 须为 YYYY-MM-DD 格式的日期', { field: 'toDate' });
  if (toDate < fromDate) throw new DomainError('VALIDATION_FAILED', '参数 toDate 不能早于 fromDate', { field: 'toDate' });
  assertOffset(offsetMinutes);
  const startMs = Date.parse(`${fromDate}T00:00:00Z`);
  const days = Math.round((Date.parse(`${toDate}T00:00:00Z`) - startMs) / DAY_MS) + 1;
  if (days > MAX_AWAY_RANGE_DAYS) {
    throw new DomainError('VALIDATION_FAILED', `查询范围不能超过${MAX_AWAY_RANGE_DAYS}天`, { field: 'toDate' });
  }
  const index = indexOrg(snapshot);
  const out: AwayDay[] = [];
  for (let i = 0; i < days; i++) {
    const date = new Date(startMs + i * DAY_MS).toISOString().slice(0, 10);
    const noon = new Date(startMs + i * DAY_MS + 12 * 3_600_000 - offsetMinutes * 60_000);
    const ctx = makeCtx(index, noon, offsetMinutes);
    const away: AwayPerson[] = [];
    for (const person of index.people.values()) {
      const absence = absenceOf(ctx, person.id);
      if (!absence) continue;
      const positionIds = [...new Set((index.apptsByPerson.get(person.id) ?? []).filter((a) => coversDate(a.from, a.to, date)).map((a) => a.positionId))];
      const positions = positionIds
        .filter((id) => index.positions.has(id))
        .map((id) => ({ positionId: id, title: titleOf(ctx, id), acting: actingWith(ctx, id) }));
      away.push({ personId: person.id, name: person.name, absence, positions });
    }
    out.push({ date, at: noon.toISOString(), away });
  }
  return out;
}
