import { DomainError } from '../../core/kernel/result.ts';
import { bodyWithUnits, topLevelBody } from '../../core/org/structure.ts';
import type { AuditEventType } from '../../core/audit/events.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, BodyRecord, PositionRecord, Store, Tx } from '../ports.ts';
import { actingPositions } from '../org/acting-positions.ts';
import { principalPost } from '../org/principal-post.ts';
import { COUNTY_LEADER_KINDS as LEADER_KINDS } from '../../core/org/org.ts';


/** Bodies whose findings are recorded against them: the office, departments, towns, streets and art. 69 bodies. */
export const AUDITABLE_KINDS: ReadonlySet<string> = new Set(['office', 'department', 'town', 'street', 'agency']);

/**
 * Where the actor stands in the rectification register at an instant, from the posts they act for
 * (their own, or as a stand-in: arts. 5, 59).
 */
export interface FindingsViewer {
  readonly bureau: BodyRecord;
  readonly bodies: readonly BodyRecord[];
  readonly positions: readonly PositionRecord[];
  /** Acts for a post in the audit bureau or one of its 科室 (art. 9). */
  readonly inAuditBureau: boolean;
  /** The audit bureau, county leaders and the office see every finding. */
  readonly seesAll: boolean;
  /** Top-level bodies the actor acts for a post in (a 科室 counts as its body). */
  readonly memberOf: ReadonlySet<string>;
  /** Posts acted for, with the person acted for when standing in. */
  readonly positionIds: readonly string[];
  readonly onBehalfOf: Readonly<Record<string, string>>;
}

export async function findingsViewer(store: Store, tx: Tx, actor: Actor, at: Date, offset: number): Promise<FindingsViewer> {
  const [bodies, positions, me] = await Promise.all([
    tx.org.bodies(actor.tenantId), tx.org.positions(actor.tenantId), actingPositions(store, tx, actor, at, offset),
  ]);
  const bureau = bodies.find((b) => b.duty === 'audit');
  if (!bureau) throw new DomainError('NOT_FOUND', '本级政府尚未登记承担审计监督职能的机构（县审计局）');
  const bureauBodies = bodyWithUnits(bodies, bureau.id);
  const acted = positions.filter((p) => me.positionIds.includes(p.id));
  const memberOf = new Set(acted.map((p) => topLevelBody(bodies, p.bodyId)?.id ?? p.bodyId));
  const inAuditBureau = acted.some((p) => bureauBodies.has(p.bodyId));
  const inOffice = acted.some((p) => bodies.find((b) => b.id === (topLevelBody(bodies, p.bodyId)?.id ?? p.bodyId))?.kind === 'office');
  const leader = acted.some((p) => LEADER_KINDS.has(p.kind));
  return {
    bureau, bodies, positions, inAuditBureau, seesAll: inAuditBureau || inOffice || leader, memberOf,
    positionIds: me.positionIds, onBehalfOf: me.onBehalfOf,
  };
}

/**
 * The post the actor acts in for a step: one in `bodyIds`, their own before one they stand in for.
 * The audit record names the person acted for when it is a stand-in's.
 */
export function postIn(viewer: FindingsViewer, bodyIds: ReadonlySet<string>): { positionId: string | null; onBehalfOf: string | null } {
  const mine = viewer.positions.filter((p) => viewer.positionIds.includes(p.id) && bodyIds.has(p.bodyId));
  const own = mine.find((p) => !(p.id in viewer.onBehalfOf)) ?? mine[0];
  return { positionId: own?.id ?? null, onBehalfOf: own ? (viewer.onBehalfOf[own.id] ?? null) : null };
}

/** The post that owes the rectification report: the audited body's principal (the office's director). */
export function rectificationOwner(positions: readonly PositionRecord[], bodyId: string): PositionRecord | undefined {
  return principalPost(positions, bodyId);
}

/**
 * A refusal by art. 9 or art. 35 is itself recorded (who tried to change what), in its own
 * transaction, before the refusal is answered.
 */
export async function recordRefusal(deps: ServiceDeps, actor: Actor, at: Date, subjectId: string | null, action: string, verdicts: readonly Verdict[]): Promise<void> {
  const type: AuditEventType = 'action.refused';
  await deps.store.transaction((tx) => tx.audit.append(actor.tenantId, {
    type, at, actorAccountId: actor.accountId, actorPersonId: actor.personId, subjectType: 'audit-finding', subjectId,
    payload: { action }, verdicts,
  }));
}
