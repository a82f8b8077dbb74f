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
import { formatChineseDate } from '../kernel/time.ts';
import { coversDate } from './intervals.ts';
import type { OrgSnapshot, Absence } from './org.ts';
import type { ActingActor, ActingProblem, ActingReason, ActingResult, ActingVia, PositionActed } from './acting-types.ts';
import { ART5, ART59, MAX_ACTING_DEPTH, absenceLong, absenceOf, absenceShort, assertInstant, coversInstant, currentAbsence, holdersAt, indexOrg, makeCtx, ownPost, positionLabel, titleOf, who, type Ctx, type Holder, type Resolution } from './acting-context.ts';

// ---------------------------------------------------------------------------------------------
// Resolution
// ---------------------------------------------------------------------------------------------


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

export function actingWith(ctx: Ctx, positionId: string): ActingResult {
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
