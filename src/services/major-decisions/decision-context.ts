/**
 * What every major-decision use case shares: the clock and pack, where the actor stands (the posts
 * they act for, in which bodies), loading a dossier, appending an entry with its audit event in the
 * same transaction, closing the 待办 a step answers, and recording a refusal.
 */
import { closeSourceTasks } from '../tasks/close-tasks.ts';
import { can } from '../../core/access/permissions.ts';
import type { AuditEventType } from '../../core/audit/events.ts';
import { DomainError } from '../../core/kernel/result.ts';
import { localDate } from '../../core/kernel/time.ts';
import { bodyWithUnits, countyHeadPost } from '../../core/org/index.ts';
import type { EntryDataByKind, EntryKind } from '../../core/procedures/major-decisions/major-decisions.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import type { PackInfo, ServiceDeps } from '../context.ts';
import type { Actor, BodyRecord, MajorDecisionEntryRecord, MajorDecisionRecord, PositionRecord, Store, Tx } from '../ports.ts';
import { actingPositions } from '../org/acting-positions.ts';
import { principalPost } from '../org/principal-post.ts';
import { notFound } from '../platform/errors.ts';
import { requirePack } from '../platform/pack-in-force.ts';

export const MAJOR_DECISION_NOT_FOUND = 'MAJOR_DECISION_NOT_FOUND';
export const DECISION_CATALOGUE_NOT_FOUND = 'DECISION_CATALOGUE_NOT_FOUND';

/** Bodies that undertake, carry out or are consulted on a decision: the office, departments, towns, streets and art. 69 bodies. */
export const WORKING_KINDS: ReadonlySet<string> = new Set(['office', 'department', 'town', 'street', 'agency']);

export interface Now {
  readonly at: Date;
  readonly pack: PackInfo;
  readonly today: string;
  readonly packVerdict: Verdict;
}

export function decisionNow(deps: ServiceDeps): Now {
  const at = deps.clock.now();
  const { pack, verdict } = requirePack(deps, at);
  return { at, pack, today: localDate(at, pack.utcOffsetMinutes), packVerdict: verdict };
}

/** Where the actor stands at an instant: the posts they act for (own, AB角, 委托, presiding during leave). */
export interface DecisionViewer {
  readonly bodies: readonly BodyRecord[];
  readonly positions: readonly PositionRecord[];
  readonly positionIds: readonly string[];
  readonly onBehalfOf: Readonly<Record<string, string>>;
  /** The county government office (decision:manage). */
  readonly office: boolean;
  readonly actsForHead: boolean;
}

export async function decisionViewer(store: Store, tx: Tx, actor: Actor, now: Now): Promise<DecisionViewer> {
  const [bodies, positions, me] = await Promise.all([tx.org.bodies(actor.tenantId), tx.org.positions(actor.tenantId), actingPositions(store, tx, actor, now.at, now.pack.utcOffsetMinutes)]);
  const head = countyHeadPost(positions);
  return { bodies, positions, positionIds: me.positionIds, onBehalfOf: me.onBehalfOf, office: can(actor.roles, 'decision:manage'), actsForHead: head !== undefined && me.positionIds.includes(head.id) };
}

/** The post the actor acts in within a body (or its 科室), own posts first; null when none. */
export function postIn(v: DecisionViewer, bodyId: string | null | undefined): { positionId: string; onBehalfOf: string | null } | null {
  if (!bodyId) return null;
  const ids = bodyWithUnits(v.bodies, bodyId);
  const mine = v.positions.filter((p) => v.positionIds.includes(p.id) && ids.has(p.bodyId));
  const own = mine.find((p) => !(p.id in v.onBehalfOf)) ?? mine[0];
  return own ? { positionId: own.id, onBehalfOf: v.onBehalfOf[own.id] ?? null } : null;
}

/** The post an entry is recorded under: the first body given the actor acts in, else their own first post. */
export function postFor(v: DecisionViewer, ...bodyIds: (string | null | undefined)[]): { positionId: string | null; onBehalfOf: string | null } {
  for (const b of bodyIds) {
    const p = postIn(v, b);
    if (p) return p;
  }
  const id = v.positionIds.find((p) => !(p in v.onBehalfOf)) ?? v.positionIds[0];
  return { positionId: id ?? null, onBehalfOf: id ? (v.onBehalfOf[id] ?? null) : null };
}

/** The body holding a statutory duty (`justice`, `market-regulation` …). */
export function dutyBody(bodies: readonly BodyRecord[], duty: string): BodyRecord | undefined {
  return bodies.find((b) => b.duty === duty);
}

/** The office's principal post (its director), who gets the office's 待办. */
export function officePrincipal(v: Pick<DecisionViewer, 'bodies' | 'positions'>): PositionRecord {
  const office = v.bodies.find((b) => b.kind === 'office');
  const post = office ? principalPost(v.positions, office.id) : undefined;
  if (!post) throw new DomainError('RULE_BLOCKED', '未设县政府办公室主任岗位，无法安排县政府办公室的待办');
  return post;
}

export function bodyName(v: Pick<DecisionViewer, 'bodies'>, id: string | null | undefined): string {
  return v.bodies.find((b) => b.id === id)?.name ?? '';
}

export async function loadDossier(tx: Tx, tenantId: string, id: string): Promise<MajorDecisionRecord> {
  const d = await tx.majorDecisions.get(tenantId, id);
  if (!d) throw notFound(MAJOR_DECISION_NOT_FOUND, '重大行政决策');
  return d;
}

export const EVENT_OF_KIND: Readonly<Record<EntryKind, AuditEventType>> = {
  opened: 'major-decision.opened',
  'draft-edited': 'major-decision.draft-edited',
  participation: 'major-decision.participation-recorded',
  'consultation-opened': 'major-decision.consultation-opened',
  'expert-opinion': 'major-decision.expert-opinion-recorded',
  'expert-concluded': 'major-decision.expert-review-concluded',
  'risk-assessed': 'major-decision.risk-assessed',
  'body-consulted': 'major-decision.body-consulted',
  'fair-competition': 'major-decision.fair-competition-reviewed',
  'legality-sent': 'major-decision.legality-sent',
  'legality-received': 'major-decision.legality-received',
  'legality-returned': 'major-decision.legality-returned',
  'legality-opinion': 'major-decision.legality-opinion',
  submitted: 'major-decision.submitted',
  reopened: 'major-decision.reopened',
  decided: 'major-decision.decided',
  'not-adopted': 'major-decision.not-adopted',
  deferred: 'major-decision.deferred',
  'party-reported': 'major-decision.party-reported',
  published: 'major-decision.published',
  'execution-designated': 'major-decision.execution-designated',
  progress: 'major-decision.progress-reported',
  'evaluation-started': 'major-decision.evaluation-started',
  'evaluation-reported': 'major-decision.evaluation-reported',
  suspended: 'major-decision.suspended',
  'change-proposed': 'major-decision.change-proposed',
  'change-decided': 'major-decision.change-decided',
  superseded: 'major-decision.superseded',
};

/**
 * Appends one entry to a dossier and its audit event, in the caller's transaction. The entry keeps
 * the evidence, who recorded it (a stand-in with the person acted for), in which post, and the
 * verdicts; the audit event carries the same evidence.
 */
export async function appendEntry<K extends EntryKind>(
  deps: ServiceDeps, tx: Tx, actor: Actor, now: Now, dossier: MajorDecisionRecord, kind: K, data: EntryDataByKind[K],
  post: { positionId: string | null; onBehalfOf: string | null }, verdicts: readonly Verdict[],
): Promise<MajorDecisionEntryRecord<K>> {
  const seq = (await tx.majorDecisions.entries(actor.tenantId, dossier.id)).length + 1;
  const entry: MajorDecisionEntryRecord<K> = {
    id: deps.ids.id(), tenantId: actor.tenantId, decisionId: dossier.id, seq, kind, draftVersion: dossier.draftVersion, data, at: now.at.toISOString(),
    personId: actor.personId, onBehalfOfPersonId: post.onBehalfOf, positionId: post.positionId, verdicts,
  };
  await tx.majorDecisions.appendEntry(entry);
  await tx.audit.append(actor.tenantId, {
    type: EVENT_OF_KIND[kind], at: now.at, actorAccountId: actor.accountId, actorPersonId: actor.personId, onBehalfOfPersonId: post.onBehalfOf,
    subjectType: 'major-decision', subjectId: dossier.id, payload: { seq, kind, status: dossier.status, draftVersion: dossier.draftVersion, ...data }, verdicts,
  });
  return entry;
}

/** Saves the dossier's new state (optimistic). */
export async function saveDossier(tx: Tx, next: MajorDecisionRecord): Promise<void> {
  if (!(await tx.majorDecisions.update(next))) throw new DomainError('CONFLICT', '该重大行政决策已被他人更新，请刷新后重试');
}

export { withRefusalRecorded } from '../platform/refusals.ts';

/** A field problem, named. */
export function invalid(field: string, message: string): DomainError {
  return new DomainError('VALIDATION_FAILED', `字段 ${field}：${message}`, { fields: [field] });
}

/** Closes the open 待办 of a kind that a step answers. */
export async function closeTasks(tx: Tx, actor: Actor, at: Date, sourceId: string, kinds: readonly string[], status: 'done' | 'cancelled' = 'done'): Promise<void> {
  for (const t of await closeSourceTasks(tx, actor, at, { type: 'major-decision', id: sourceId }, kinds, { status })) {
    await tx.audit.append(actor.tenantId, {
      type: status === 'done' ? 'task.completed' : 'task.cancelled', at, actorAccountId: actor.accountId, actorPersonId: actor.personId, subjectType: 'task', subjectId: t.id,
      payload: { title: t.title, sourceType: t.sourceType, sourceId: t.sourceId, by: 'major-decision' },
    });
  }
}
