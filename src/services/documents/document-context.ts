/**
 * What the document use cases share: loading a document the actor may see, the organisation facts
 * the art. 53 route is computed from, the office post that answers for office steps, and saving a
 * new state with its audit event.
 */
import { DomainError } from '../../core/kernel/result.ts';
import { localDate } from '../../core/kernel/time.ts';
import type { AuditEventType } from '../../core/audit/events.ts';
import type { DocumentElements } from '../../core/procedures/documents/documents.ts';
import type { Importance } from '../../core/procedures/documents/kinds.ts';
import type { RoutePost, RoutingFacts } from '../../core/procedures/documents/routing.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, DocumentRecord, PositionRecord, Tx } from '../ports.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { createTaskIn } from '../tasks/create-task.ts';
import { calendarFor } from '../calendar/calendar-provider.ts';
import { addDays } from '../../core/calendar/iso-date.ts';
import { topLevelBody } from '../../core/org/structure.ts';

export const DOCUMENT_NOT_FOUND = 'DOCUMENT_NOT_FOUND';

const post = (p: PositionRecord | undefined): RoutePost | null => (p ? { positionId: p.id, title: p.title, kind: p.kind } : null);

/** The first post of a kind, by rank: the 县长 (a 代县长 appointed by the standing committee first), the 常务副县长, the office director. */
export async function keyPosts(tx: Tx, tenantId: string) {
  const positions = [...(await tx.org.positions(tenantId))].sort((a, b) => a.rank - b.rank);
  const first = (...kinds: string[]) => kinds.map((k) => positions.find((p) => p.kind === k)).find((p) => p !== undefined);
  return {
    positions,
    countyHead: post(first('acting-county-head', 'county-head')),
    executiveDeputy: post(first('executive-deputy')),
    officeDirector: post(first('office-director')),
  };
}

/** The post that answers for the office's steps (核稿, 复核, 登记, 印发): the office director's, reaching whoever acts for it. */
export async function officePost(tx: Tx, tenantId: string): Promise<RoutePost> {
  const { officeDirector } = await keyPosts(tx, tenantId);
  if (!officeDirector) throw new DomainError('RULE_BLOCKED', '第五十三条：未设县政府办公室主任岗位，无法办理核稿和登记');
  return officeDirector;
}

/**
 * The county leaders in charge of the document's subjects on the date (art. 5 分管): the bodies and
 * policy areas named, or the drafting body when none is. Distinct, in rank order.
 */
export async function leadersInCharge(tx: Tx, tenantId: string, elements: DocumentElements, draftingBodyId: string | null, date: string): Promise<RoutePost[]> {
  const all = await tx.org.bodies(tenantId);
  const named = elements.subjectBodyIds.length > 0 ? elements.subjectBodyIds : draftingBodyId ? [draftingBodyId] : [];
  // A 科室 is led through its body (分管 is of bodies, not of their internal units).
  const bodies = named.map((id) => topLevelBody(all, id)?.id ?? id);
  const areas = new Set(elements.subjectAreas);
  const portfolios = (await tx.authority.portfolios(tenantId)).filter((p) => p.validFrom <= date && (p.validTo === null || date <= p.validTo));
  const ids = new Set(portfolios.filter((p) => (p.bodyId !== null && bodies.includes(p.bodyId)) || (p.area !== null && areas.has(p.area))).map((p) => p.positionId));
  const positions = (await tx.org.positions(tenantId)).filter((p) => ids.has(p.id)).sort((a, b) => a.rank - b.rank);
  return positions.map((p) => ({ positionId: p.id, title: p.title, kind: p.kind }));
}

export interface RoutingChoices {
  readonly importance: Importance;
  readonly officeSendsToDeputy: boolean;
  readonly bulletinSignerPositionId: string | null;
  readonly jointRoute: readonly { action: 'countersign' | 'sign'; positionId: string }[] | null;
}

/** Gathers the facts the art. 53 route is computed from, at `at`. */
export async function routingFacts(deps: ServiceDeps, tx: Tx, doc: DocumentRecord, choices: RoutingChoices, at: Date, offset: number): Promise<RoutingFacts> {
  const date = localDate(at, offset);
  const key = await keyPosts(tx, doc.tenantId);
  const byId = new Map(key.positions.map((p) => [p.id, p]));
  const need = (id: string, field: string): RoutePost => {
    const p = post(byId.get(id));
    if (!p) throw new DomainError('VALIDATION_FAILED', `字段 ${field}：岗位不存在`, { fields: [field] });
    return p;
  };
  const e = doc.elements;
  return {
    issuer: e.issuer, kind: e.kind, matter: e.matter, importance: choices.importance, importanceProposed: e.importanceProposed,
    inCharge: await leadersInCharge(tx, doc.tenantId, e, doc.draftingBodyId, date),
    countyHead: key.countyHead, executiveDeputy: key.executiveDeputy, officeDirector: key.officeDirector,
    legalityReviewer: await legalityReviewer(tx, doc.tenantId, key.positions),
    multiDeputySigner: requirePack(deps, at).pack.numberParam('document.multiDeputySigner') === 1 ? 'county-head' : 'executive-deputy',
    officeSendsToDeputy: choices.officeSendsToDeputy,
    bulletinSigner: choices.bulletinSignerPositionId ? need(choices.bulletinSignerPositionId, 'bulletinSignerPositionId') : null,
    jointRoute: choices.jointRoute ? choices.jointRoute.map((s, i) => ({ action: s.action, post: need(s.positionId, `jointRoute.${i}.positionId`) })) : null,
    specialOrder: doc.specialOrder,
    ...(e.issuer === 'department' ? await submissionPosts(tx, doc) : {}),
  };
}

/** Arts. 54, 55: the drafting unit's principal, and the principals of the other units the submission touches. */
async function submissionPosts(tx: Tx, doc: DocumentRecord): Promise<{ ownPrincipal: RoutePost | null; coDepartmentPrincipals: RoutePost[] }> {
  const positions = await tx.org.positions(doc.tenantId);
  const bodies = await tx.org.bodies(doc.tenantId);
  const top = (id: string | null) => (id ? (topLevelBody(bodies, id)?.id ?? id) : null);
  const principal = (bodyId: string | null) => post(positions.find((p) => p.bodyId === bodyId && p.kind === 'principal'));
  const own = top(doc.draftingBodyId);
  const co = [...new Set(doc.elements.subjectBodyIds.map(top))].filter((b) => b !== own).map(principal).filter((p): p is RoutePost => p !== null);
  return { ownPrincipal: principal(own), coDepartmentPrincipals: co };
}

/** Art. 53(五): the principal of the 县司法局, the body whose statutory duty is legality review. */
async function legalityReviewer(tx: Tx, tenantId: string, positions: readonly PositionRecord[]): Promise<RoutePost | null> {
  const bodies = await tx.org.bodies(tenantId);
  const justice = bodies.find((b) => b.duty === 'justice');
  if (!justice) return null;
  return post(positions.find((p) => p.bodyId === justice.id && p.kind === 'principal'));
}

/** Loads a document the actor may see (the drafter, the office, the 县长, and the people on its route). */
export async function loadDocument(tx: Tx, actor: Actor, id: string, actingPositionIds: readonly string[]): Promise<DocumentRecord> {
  const doc = await tx.documents.get(actor.tenantId, id);
  // The 县长's reach is looked up only when nothing nearer already grants the view.
  const visible = doc !== undefined && (canSee(doc, actor, actingPositionIds, false) || (doc.elements.issuer !== 'department' && (await actsForCountyHead(tx, actor.tenantId, actingPositionIds))));
  if (!doc || !visible) {
    throw new DomainError(DOCUMENT_NOT_FOUND, '公文不存在或无权查看');
  }
  return doc;
}

/** Whoever acts for the 县长's post leads the whole government's work and may see (and order the route of) any of its documents (art. 53(六)). */
export async function actsForCountyHead(tx: Tx, tenantId: string, actingPositionIds: readonly string[]): Promise<boolean> {
  const { countyHead } = await keyPosts(tx, tenantId);
  return countyHead !== null && actingPositionIds.includes(countyHead.positionId);
}

export function canSee(doc: DocumentRecord, actor: Actor, actingPositionIds: readonly string[], countyHead: boolean): boolean {
  if (actor.roles.includes('office')) return true;
  if (countyHead && doc.elements.issuer !== 'department') return true;
  if (actor.personId !== null && doc.drafterPersonId === actor.personId) return true;
  if (doc.drafterPositionId !== null && actingPositionIds.includes(doc.drafterPositionId)) return true;
  return doc.route.some((s) => actingPositionIds.includes(s.positionId));
}

/** Saves the new state (optimistically) and writes its audit event in the same transaction. */
export async function saveDocument(
  tx: Tx, actor: Actor, at: Date, next: DocumentRecord,
  event: { type: AuditEventType; payload: Record<string, unknown>; verdicts: readonly Verdict[]; onBehalfOfPersonId?: string | null },
): Promise<void> {
  if (!(await tx.documents.update(next))) throw new DomainError('CONFLICT', '该公文已被他人更新，请刷新后重试');
  await tx.audit.append(actor.tenantId, {
    type: event.type, at, actorAccountId: actor.accountId, actorPersonId: actor.personId, onBehalfOfPersonId: event.onBehalfOfPersonId ?? null,
    subjectType: 'document', subjectId: next.id, payload: { status: next.status, ...event.payload }, verdicts: event.verdicts,
  });
}

/** Closes the document's open 待办 and opens the next one (owned by a post, so acting authority routes it), due by art. 40. */
export async function moveTask(deps: ServiceDeps, tx: Tx, actor: Actor, doc: DocumentRecord, next: { title: string; kind: string; positionId: string } | null, at: Date): Promise<string | null> {
  for (const t of await tx.tasks.openBySource(actor.tenantId, 'document', doc.id)) {
    await tx.tasks.update({ ...t, status: 'done', completedAt: at.toISOString(), completedByPersonId: actor.personId, completedByAccountId: actor.accountId, version: t.version + 1 });
  }
  if (!next) return null;
  const task = await createTaskIn(deps, tx, actor, actor.tenantId, {
    title: `${next.title}：${doc.elements.title}`, kind: next.kind, sourceType: 'document', sourceId: doc.id, ownerPositionId: next.positionId,
    period: await stepPeriod(deps, tx, actor.tenantId, at),
  });
  return task.id;
}

/**
 * Art. 40 文不过夜: with `document.stepDueWorkdays` at 0, a step that arrives on a working day
 * within office hours is due that day; one that arrives after hours or on a rest day is due by the
 * end of the next working day. Expressed as one working day counted from the day before (or from
 * the day itself), so that a later calendar change recomputes it like any other period.
 */
export async function stepPeriod(deps: ServiceDeps, tx: Tx, tenantId: string, at: Date): Promise<{ value: number; unit: 'workday'; start: string }> {
  const { pack } = requirePack(deps, at);
  const days = pack.numberParam('document.stepDueWorkdays');
  const today = localDate(at, pack.utcOffsetMinutes);
  const local = new Date(at.getTime() + pack.utcOffsetMinutes * 60_000);
  const minutes = local.getUTCHours() * 60 + local.getUTCMinutes();
  const calendar = await calendarFor(deps.store, tx, tenantId);
  const sameDay = days === 0 && calendar.isWorkingDay(today) && minutes < pack.numberParam('time.officeHoursEndMinutes');
  return { value: Math.max(days, 1), unit: 'workday', start: sameDay ? addDays(today, -1) : today };
}
