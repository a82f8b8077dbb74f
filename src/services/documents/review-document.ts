import { DomainError } from '../../core/kernel/result.ts';
import { decideReview, decideSubmissionRoute } from '../../core/procedures/documents/documents.decide.ts';
import type { Importance } from '../../core/procedures/documents/kinds.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, DocumentRecord } from '../ports.ts';
import { ruleBlocked } from '../platform/errors.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { actingPositions } from '../org/acting-positions.ts';
import { loadDocument, moveTask, routingFacts, saveDocument, type RoutingChoices } from './document-context.ts';

export interface ReviewInput extends RoutingChoices {
  readonly importance: Importance;
  readonly oneMatterConfirmed: boolean;
  readonly consultedConfirmed: boolean;
  readonly withinDepartmentPowers: boolean;
  readonly note: string;
}

/**
 * 核稿 by the office: confirms the matter's importance (audited, and one of the route's reasons),
 * checks arts. 32 and 56 and the 请示 rules, and computes the art. 53 route from the organisation
 * at this moment. The first step's 待办 goes to its post, reaching whoever acts for it.
 */
export async function reviewDocument(deps: ServiceDeps, actor: Actor, id: string, input: ReviewInput): Promise<{ document: DocumentRecord; verdicts: readonly Verdict[] }> {
  const at = deps.clock.now();
  const { pack, verdict } = requirePack(deps, at);
  return deps.store.transaction(async (tx) => {
    const me = await actingPositions(deps.store, tx, actor, at, pack.utcOffsetMinutes);
    const doc = await loadDocument(tx, actor, id, me.positionIds);
    const facts = await routingFacts(deps, tx, doc, input, at, pack.utcOffsetMinutes);
    const decision = decideReview(
      { status: doc.status, elements: doc.elements, importance: doc.importance, route: doc.route, specialOrder: doc.specialOrder, number: doc.docNumber },
      { oneMatterConfirmed: input.oneMatterConfirmed, consultedConfirmed: input.consultedConfirmed, withinDepartmentPowers: input.withinDepartmentPowers, routing: facts },
    );
    if (!decision.ok) {
      if (decision.code === 'INVALID_STATE') throw new DomainError('CONFLICT', decision.message);
      throw ruleBlocked(decision.verdicts, decision.message);
    }
    const verdicts = [verdict, ...decision.verdicts];
    const first = decision.route[0]!;
    const next: DocumentRecord = {
      ...doc, status: 'signing', importance: input.importance, withinDepartmentPowers: input.withinDepartmentPowers,
      route: decision.route, routeClause: decision.clause, updatedAt: at.toISOString(), version: doc.version + 1,
    };
    const taskId = await moveTask(deps, tx, actor, doc, { title: stepTaskTitle(first.action), kind: 'document-sign', positionId: first.positionId }, at);
    const saved = { ...next, currentTaskId: taskId };
    await saveDocument(tx, actor, at, saved, {
      type: 'document.reviewed',
      payload: {
        importance: input.importance, importanceProposed: doc.elements.importanceProposed, matter: doc.elements.matter, withinDepartmentPowers: input.withinDepartmentPowers,
        routeClause: decision.clause, route: decision.route.map((s) => ({ action: s.action, positionId: s.positionId, title: s.title, cite: s.cite })), note: input.note,
      },
      verdicts,
    });
    return { document: saved, verdicts };
  });
}

/**
 * 送会签、审签 for a department's, town's or street's submission (arts. 54, 55): the co-departments'
 * principals countersign, then the unit's principal signs; no 核稿 by the county office before that.
 */
export async function routeSubmission(deps: ServiceDeps, actor: Actor, id: string): Promise<{ document: DocumentRecord; verdicts: readonly Verdict[] }> {
  const at = deps.clock.now();
  const { pack, verdict } = requirePack(deps, at);
  return deps.store.transaction(async (tx) => {
    const me = await actingPositions(deps.store, tx, actor, at, pack.utcOffsetMinutes);
    const doc = await loadDocument(tx, actor, id, me.positionIds);
    if (doc.drafterPersonId !== actor.personId) throw new DomainError('FORBIDDEN', '只有拟稿人可以送会签、审签');
    const facts = await routingFacts(deps, tx, doc, { importance: 'ordinary', officeSendsToDeputy: false, bulletinSignerPositionId: null, jointRoute: null }, at, pack.utcOffsetMinutes);
    const decision = decideSubmissionRoute({ status: doc.status, elements: doc.elements, importance: doc.importance, route: doc.route, specialOrder: doc.specialOrder, number: doc.docNumber }, facts);
    if (!decision.ok) {
      if (decision.code === 'INVALID_STATE') throw new DomainError('CONFLICT', decision.message);
      throw ruleBlocked(decision.verdicts, decision.message);
    }
    const verdicts = [verdict, ...decision.verdicts];
    const first = decision.route[0]!;
    const next: DocumentRecord = { ...doc, status: 'signing', route: decision.route, routeClause: decision.clause, updatedAt: at.toISOString(), version: doc.version + 1 };
    const taskId = await moveTask(deps, tx, actor, doc, { title: stepTaskTitle(first.action), kind: 'document-sign', positionId: first.positionId }, at);
    const saved = { ...next, currentTaskId: taskId };
    await saveDocument(tx, actor, at, saved, {
      type: 'document.routed', payload: { route: decision.route.map((s) => ({ action: s.action, positionId: s.positionId, title: s.title, cite: s.cite })) }, verdicts,
    });
    return { document: saved, verdicts };
  });
}

export function stepTaskTitle(action: string): string {
  return action === 'legality-review' ? '合法性审查' : action === 'countersign' ? '会签' : '签发';
}
