import { can } from '../../core/access/permissions.ts';
import { DomainError } from '../../core/kernel/result.ts';
import { topLevelBody } from '../../core/org/structure.ts';
import type { ConsultationActor } from '../../core/procedures/consultations/consultations.policy.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, BodyRecord, CommentRecord, ConsultationRecord, Tx } from '../ports.ts';
import { actingPositions } from '../org/acting-positions.ts';
import { CONSULTATION_NOT_FOUND } from './consultations.ts';

export const COMMENT_NOT_FOUND = 'COMMENT_NOT_FOUND';

/** Where the actor stands towards a consultation at an instant: office, drafting unit (as holder or stand-in). */
export interface Standing extends ConsultationActor {
  readonly bodies: readonly BodyRecord[];
  readonly draftingBodyName: string;
  /** The person acted for, when the actor acts for a drafting-unit post as a stand-in. */
  readonly onBehalfOf: string | null;
}

export async function standingOf(deps: ServiceDeps, tx: Tx, actor: Actor, c: ConsultationRecord, at: Date, offset: number): Promise<Standing> {
  const [bodies, positions, me] = await Promise.all([tx.org.bodies(actor.tenantId), tx.org.positions(actor.tenantId), actingPositions(deps.store, tx, actor, at, offset)]);
  const mine = positions.filter((p) => me.positionIds.includes(p.id) && (topLevelBody(bodies, p.bodyId)?.id ?? p.bodyId) === c.draftingBodyId);
  const own = mine.find((p) => !(p.id in me.onBehalfOf)) ?? mine[0];
  return {
    bodies, office: can(actor.roles, 'consultation:manage'), inDraftingBody: own !== undefined,
    draftingBodyName: bodies.find((b) => b.id === c.draftingBodyId)?.name ?? '起草单位',
    onBehalfOf: own ? (me.onBehalfOf[own.id] ?? null) : null,
  };
}

export async function loadConsultation(tx: Tx, tenantId: string, id: string): Promise<ConsultationRecord> {
  const c = await tx.consultations.get(tenantId, id);
  if (!c) throw new DomainError(CONSULTATION_NOT_FOUND, '征求意见不存在');
  return c;
}

export async function loadComment(tx: Tx, tenantId: string, id: string): Promise<{ comment: CommentRecord; consultation: ConsultationRecord }> {
  const comment = await tx.consultations.comment(tenantId, id);
  if (!comment) throw new DomainError(COMMENT_NOT_FOUND, '意见不存在');
  return { comment, consultation: await loadConsultation(tx, tenantId, comment.consultationId) };
}
