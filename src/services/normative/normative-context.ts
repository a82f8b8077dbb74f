import { DomainError } from '../../core/kernel/result.ts';
import { topLevelBody } from '../../core/org/structure.ts';
import { countyHeadPost } from '../../core/org/org.ts';
import type { AuditEventType } from '../../core/audit/events.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, NormativeRecord, Tx } from '../ports.ts';
import { actingPositions } from '../org/acting-positions.ts';

export const NORMATIVE_NOT_FOUND = 'NORMATIVE_NOT_FOUND';

export async function loadNormative(tx: Tx, tenantId: string, id: string): Promise<NormativeRecord> {
  const doc = await tx.normative.get(tenantId, id);
  if (!doc) throw new DomainError(NORMATIVE_NOT_FOUND, '规范性文件不存在');
  return doc;
}

/** Who the actor is at `at`: the posts acted for, their top-level bodies, the name and whether they act for the 县长. */
export interface Standing {
  readonly personId: string | null;
  readonly name: string;
  readonly positionIds: readonly string[];
  readonly bodyIds: ReadonlySet<string>;
  readonly onBehalfOf: Readonly<Record<string, string>>;
  readonly countyHeadPositionId: string | null;
  readonly actsForHead: boolean;
}

export async function standingOf(deps: ServiceDeps, tx: Tx, actor: Actor, at: Date, offset: number): Promise<Standing> {
  const me = await actingPositions(deps.store, tx, actor, at, offset);
  const [positions, bodies] = await Promise.all([tx.org.positions(actor.tenantId), tx.org.bodies(actor.tenantId)]);
  const mine = positions.filter((p) => me.positionIds.includes(p.id));
  const bodyIds = new Set(mine.map((p) => topLevelBody(bodies, p.bodyId)?.id).filter((b): b is string => b !== undefined));
  const head = countyHeadPost(positions);
  const person = actor.personId ? await tx.org.person(actor.tenantId, actor.personId) : undefined;
  return {
    personId: actor.personId, name: person?.name ?? actor.displayName, positionIds: me.positionIds, bodyIds, onBehalfOf: me.onBehalfOf,
    countyHeadPositionId: head?.id ?? null, actsForHead: head !== undefined && me.positionIds.includes(head.id),
  };
}

/** The body holding a statutory duty (`justice`, `market-regulation`). */
export async function bodyWithDuty(tx: Tx, tenantId: string, duty: string) {
  return (await tx.org.bodies(tenantId)).find((b) => b.duty === duty);
}

export async function principalPostOf(tx: Tx, tenantId: string, bodyId: string) {
  return (await tx.org.positions(tenantId)).find((p) => p.bodyId === bodyId && p.kind === 'principal');
}

/** Saves the next state (optimistically) and appends its audit event in the caller's transaction. */
export async function saveNormative(tx: Tx, actor: Actor, at: Date, next: NormativeRecord, event: { type: AuditEventType; payload: Record<string, unknown>; verdicts: readonly Verdict[]; onBehalfOfPersonId?: string | null }): Promise<void> {
  if (!(await tx.normative.update(next))) throw new DomainError('CONFLICT', '该规范性文件已被他人更新，请刷新后重试');
  await tx.audit.append(actor.tenantId, {
    type: event.type, at, actorAccountId: actor.accountId, actorPersonId: actor.personId, onBehalfOfPersonId: event.onBehalfOfPersonId ?? null,
    subjectType: 'normative', subjectId: next.id, payload: { status: next.status, ...event.payload }, verdicts: event.verdicts,
  });
}

/** Closes the open 待办 of a record (a filing's or a review's) in the caller's transaction. */
export async function closeTask(tx: Tx, actor: Actor, taskId: string | null, at: Date): Promise<void> {
  if (!taskId) return;
  const t = await tx.tasks.get(actor.tenantId, taskId);
  if (!t || t.status !== 'open') return;
  await tx.tasks.update({ ...t, status: 'done', completedAt: at.toISOString(), completedByPersonId: actor.personId, completedByAccountId: actor.accountId, version: t.version + 1 });
}
