import { can } from '../../core/access/permissions.ts';
import { DomainError } from '../../core/kernel/result.ts';
import { localDate } from '../../core/kernel/time.ts';
import type { AssignedFacts } from '../../core/procedures/key-work/key-work.rules.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, BodyRecord, KeyWorkItemRecord, PositionRecord, Store, Tx } from '../ports.ts';
import { actingPositions } from '../org/acting-positions.ts';
import { principalPost } from '../org/principal-post.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { notFound } from '../platform/errors.ts';

export const KEY_WORK_NOT_FOUND = 'KEY_WORK_NOT_FOUND';

/** Bodies that lead or join key work: the office, the working departments, towns, streets and art. 69 bodies. */
export const LEADABLE_KINDS: ReadonlySet<string> = new Set(['office', 'department', 'town', 'street', 'agency']);

/** Where the actor stands at an instant, from the posts they act for (their own, or as a stand-in: arts. 5, 59). */
export interface KeyWorkViewer {
  readonly bodies: readonly BodyRecord[];
  readonly positions: readonly PositionRecord[];
  /** Keeps the list: the county government office (permission meeting:organise). */
  readonly isOffice: boolean;
  readonly positionIds: readonly string[];
  readonly onBehalfOf: Readonly<Record<string, string>>;
}

export async function keyWorkViewer(store: Store, tx: Tx, actor: Actor, at: Date, offset: number): Promise<KeyWorkViewer> {
  const [bodies, positions, me] = await Promise.all([tx.org.bodies(actor.tenantId), tx.org.positions(actor.tenantId), actingPositions(store, tx, actor, at, offset)]);
  return { bodies, positions, isOffice: can(actor.roles, 'meeting:organise'), positionIds: me.positionIds, onBehalfOf: me.onBehalfOf };
}

/** The post that reports a lead unit's progress: its principal (the office's director). */
export const leadPrincipal = principalPost;

/**
 * The post the actor acts in for a step: the lead unit's principal post when they act for it,
 * else their own first post. The history names the person acted for when it is a stand-in's.
 */
export function postFor(viewer: KeyWorkViewer, preferred: string | undefined): { positionId: string | null; onBehalfOf: string | null } {
  const id = preferred !== undefined && viewer.positionIds.includes(preferred) ? preferred : (viewer.positionIds.find((p) => !(p in viewer.onBehalfOf)) ?? viewer.positionIds[0]);
  return { positionId: id ?? null, onBehalfOf: id ? (viewer.onBehalfOf[id] ?? null) : null };
}

export interface ItemFields {
  readonly leadBodyId: string;
  readonly coBodyIds: readonly string[];
  readonly leaderPositionId: string;
}

/**
 * Checks the bodies and the leader's post named by an item exist and may take part, and gathers
 * the facts of `key-work.item-assigned` (art. 47). Field problems are refused naming the field.
 */
export function assignmentFacts(viewer: KeyWorkViewer, f: ItemFields): AssignedFacts & { readonly principal: PositionRecord | undefined } {
  const body = viewer.bodies.find((b) => b.id === f.leadBodyId);
  if (!body || !LEADABLE_KINDS.has(body.kind)) throw new DomainError('VALIDATION_FAILED', '字段 leadBodyId：牵头单位须为县政府办公室、工作部门、镇街或第六十九条所列机构', { fields: ['leadBodyId'] });
  for (const [i, id] of f.coBodyIds.entries()) {
    const co = viewer.bodies.find((b) => b.id === id);
    if (!co || !LEADABLE_KINDS.has(co.kind) || id === f.leadBodyId || f.coBodyIds.indexOf(id) !== i) {
      throw new DomainError('VALIDATION_FAILED', `字段 coBodyIds.${i}：配合单位不存在、重复或与牵头单位相同`, { fields: [`coBodyIds.${i}`] });
    }
  }
  const leader = viewer.positions.find((p) => p.id === f.leaderPositionId);
  if (!leader) throw new DomainError('VALIDATION_FAILED', '字段 leaderPositionId：岗位不存在', { fields: ['leaderPositionId'] });
  const principal = leadPrincipal(viewer.positions, body.id);
  return { leadBodyName: body.name, leadPrincipalTitle: principal?.title ?? null, leaderKind: leader.kind, leaderTitle: leader.title, principal };
}

/** Loads an item or answers 404. */
export async function loadItem(tx: Tx, tenantId: string, id: string): Promise<KeyWorkItemRecord> {
  const item = await tx.keyWork.get(tenantId, id);
  if (!item) throw notFound(KEY_WORK_NOT_FOUND, '重点工作事项');
  return item;
}

/** The clock, the pack in force and the local date, as every use case here starts. */
export function keyWorkNow(deps: ServiceDeps): { at: Date; offset: number; today: string; packVerdict: Verdict } {
  const at = deps.clock.now();
  const { pack, verdict } = requirePack(deps, at);
  return { at, offset: pack.utcOffsetMinutes, today: localDate(at, pack.utcOffsetMinutes), packVerdict: verdict };
}

/** Turns a refusal from the core into the error the API answers with. */
export function refusal(d: { readonly code?: string | undefined; readonly message?: string | undefined; readonly fields?: readonly string[] | undefined; readonly verdicts: readonly Verdict[] }): DomainError {
  const code = d.code === 'INVALID_STATE' ? 'CONFLICT' : (d.code ?? 'RULE_BLOCKED');
  return new DomainError(code, d.message ?? '规则不允许此操作', { ...(d.fields ? { fields: [...d.fields] } : {}), verdicts: d.verdicts });
}
