import { DomainError } from '../../core/kernel/result.ts';
import { currentStep, transition } from '../../core/procedures/documents/documents.decide.ts';
import { ROUTE_ACTION_LABELS } from '../../core/procedures/documents/routing.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, DocumentRecord } from '../ports.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { actingPositions } from '../org/acting-positions.ts';
import { loadDocument, moveTask, officePost, saveDocument } from './document-context.ts';

export type MoveCommand = { readonly type: 'submit' } | { readonly type: 'return'; readonly reason: string } | { readonly type: 'withdraw'; readonly reason: string };

/**
 * 送核稿 (the drafter), 退回修改 (the office at 核稿 or 复核, or whoever acts for the current step
 * of the route), 撤销. A return clears the route: the next 核稿 computes it afresh.
 */
export async function moveDocument(deps: ServiceDeps, actor: Actor, id: string, command: MoveCommand): Promise<{ document: DocumentRecord; verdicts: readonly Verdict[] }> {
  const at = deps.clock.now();
  const { pack, verdict } = requirePack(deps, at);
  return deps.store.transaction(async (tx) => {
    const me = await actingPositions(deps.store, tx, actor, at, pack.utcOffsetMinutes);
    const doc = await loadDocument(tx, actor, id, me.positionIds);
    const t = transition(doc.status, command.type);
    if (!t.ok) throw new DomainError('CONFLICT', t.message);
    const verdicts = [verdict];
    let onBehalfOf: string | null = null;
    if (command.type === 'submit' && doc.drafterPersonId !== actor.personId) throw new DomainError('FORBIDDEN', '只有拟稿人可以送核稿');
    if (command.type === 'withdraw' && doc.status === 'drafting' && doc.drafterPersonId !== actor.personId) throw new DomainError('FORBIDDEN', '只有拟稿人可以撤销拟稿');
    if ((command.type === 'withdraw' && doc.status === 'reviewing') || (command.type === 'return' && doc.status !== 'signing')) {
      if (!actor.roles.includes('office')) throw new DomainError('FORBIDDEN', '由县政府办公室退回或撤销');
    }
    // Art. 50: a 纪要 issued from signed minutes carries the signed text; it is not redrafted through this flow (ADR 0010).
    if (command.type === 'return' && (await tx.meetingDecisions.issueByDocument(actor.tenantId, doc.id))) {
      throw new DomainError('CONFLICT', '第五十条：会议纪要以签发稿为准，不退回拟稿；如需更正，请报签发人另行处理');
    }
    if (command.type === 'return' && doc.status === 'signing') {
      const step = currentStep(doc.route)!;
      if (!me.positionIds.includes(step.positionId)) throw new DomainError('FORBIDDEN', `第五十三条第（七）项：当前由${step.title}${ROUTE_ACTION_LABELS[step.action]}，您不能退回`);
      onBehalfOf = me.onBehalfOf[step.positionId] ?? null;
    }
    const back = command.type === 'return';
    const next: DocumentRecord = {
      ...doc, status: t.to, updatedAt: at.toISOString(), version: doc.version + 1,
      ...(back ? { route: [], routeClause: null, importance: null } : {}),
    };
    const office = command.type === 'submit' ? await officePost(tx, actor.tenantId) : null;
    const drafterTask = back && doc.drafterPositionId ? { title: '退回修改', kind: 'document-redraft', positionId: doc.drafterPositionId } : null;
    const taskId = await moveTask(deps, tx, actor, doc, office ? { title: '核稿', kind: 'document-review', positionId: office.positionId } : drafterTask, at);
    const saved = { ...next, currentTaskId: taskId };
    await saveDocument(tx, actor, at, saved, {
      type: command.type === 'submit' ? 'document.submitted' : command.type === 'return' ? 'document.returned' : 'document.withdrawn',
      payload: 'reason' in command ? { reason: command.reason, from: doc.status } : { from: doc.status }, verdicts, onBehalfOfPersonId: onBehalfOf,
    });
    return { document: saved, verdicts };
  });
}
