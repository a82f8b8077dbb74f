import { DomainError } from '../../core/kernel/result.ts';
import { localDate } from '../../core/kernel/time.ts';
import { decideSign } from '../../core/procedures/documents/documents.decide.ts';
import type { RouteStepState } from '../../core/procedures/documents/documents.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, DocumentRecord } from '../ports.ts';
import { ruleBlocked } from '../platform/errors.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { actingPositions, whoActsFor } from '../org/acting-positions.ts';
import { loadDocument, moveTask, officePost, saveDocument } from './document-context.ts';
import { stepTaskTitle } from './review-document.ts';
import { receiveSubmissionIn } from '../incoming/receive-incoming.ts';

/**
 * One step of the art. 53 route: whoever acts for the step's post now (the holder, or by AB角,
 * 委托 or leave the stand-in, recorded with both names and the reason) reviews, countersigns or
 * signs with an opinion. After the last signature the document goes to the office for 复核.
 */
export async function signDocument(deps: ServiceDeps, actor: Actor, id: string, input: { opinion: string; agreed: boolean; proposal: string }): Promise<{ document: DocumentRecord; verdicts: readonly Verdict[] }> {
  const at = deps.clock.now();
  const { pack, verdict } = requirePack(deps, at);
  const offset = pack.utcOffsetMinutes;
  return deps.store.transaction(async (tx) => {
    const me = await actingPositions(deps.store, tx, actor, at, offset);
    const doc = await loadDocument(tx, actor, id, me.positionIds);
    const decision = decideSign(
      { status: doc.status, elements: doc.elements, importance: doc.importance, route: doc.route, specialOrder: doc.specialOrder, number: doc.docNumber },
      { actingPositionIds: me.positionIds, agreed: input.agreed, proposal: input.proposal },
    );
    if (!decision.ok) {
      if (decision.code === 'INVALID_STATE') throw new DomainError('CONFLICT', decision.message);
      throw ruleBlocked(decision.verdicts, decision.message);
    }
    const step = decision.step;
    const onBehalfOf = me.onBehalfOf[step.positionId] ?? null;
    // The reasons are recorded only for a stand-in (AB角, 委托, leave).
    const acting = onBehalfOf ? await whoActsFor(deps.store, tx, actor.tenantId, step.positionId, at, offset) : null;
    const person = actor.personId ? await tx.org.person(actor.tenantId, actor.personId) : undefined;
    const basis = acting ? acting.chain.filter((c) => c.kind !== 'holder').map((c) => c.message).join('；') : null;
    const done: RouteStepState['done'] = {
      at: at.toISOString(), personId: actor.personId!, personName: person?.name ?? actor.displayName,
      onBehalfOfPersonId: onBehalfOf, onBehalfOfName: acting?.onBehalfOf?.name ?? null, basis,
      opinion: input.opinion, agreed: input.agreed, ...(input.proposal.trim() !== '' ? { proposal: input.proposal.trim() } : {}),
    };
    const route = doc.route.map((s) => (s.seq === step.seq ? { ...s, done } : s));
    const following = route.find((s) => s.done === null);
    // A department's submission goes to the county government once its principal has signed (art. 54).
    const dispatched = !following && doc.elements.issuer === 'department';
    const next: DocumentRecord = {
      ...doc, route, status: following ? 'signing' : dispatched ? 'submitted' : 'rechecking', updatedAt: at.toISOString(), version: doc.version + 1,
      ...(step.action === 'sign' ? { signedDate: localDate(at, offset) } : {}),
    };
    const nextTask = following
      ? { title: stepTaskTitle(following.action), kind: 'document-sign', positionId: following.positionId }
      : dispatched
        ? null
        : { title: '复核并登记编号', kind: 'document-register', positionId: (await officePost(tx, actor.tenantId)).positionId };
    const taskId = await moveTask(deps, tx, actor, doc, nextTask, at);
    const saved = { ...next, currentTaskId: taskId };
    const verdicts = [verdict, ...decision.verdicts];
    await saveDocument(tx, actor, at, saved, {
      type: 'document.signed',
      payload: {
        seq: step.seq, action: step.action, positionId: step.positionId, title: step.title, opinion: input.opinion, agreed: input.agreed,
        ...(done.proposal ? { proposal: done.proposal } : {}), display: done.onBehalfOfName ? `${done.personName}（代${done.onBehalfOfName}）` : done.personName, basis,
      },
      verdicts, onBehalfOfPersonId: onBehalfOf,
    });
    if (dispatched) {
      await tx.audit.append(actor.tenantId, {
        type: 'document.dispatched', at, actorAccountId: actor.accountId, actorPersonId: actor.personId, onBehalfOfPersonId: onBehalfOf,
        subjectType: 'document', subjectId: doc.id,
        payload: { status: 'submitted', disagreements: route.filter((s) => s.done && !s.done.agreed).map((s) => s.title) },
        verdicts: [{ rule: 'document.route', outcome: 'allow', cites: ['yunyang-2025:54'], message: '第五十四条：经本单位主要负责人审签，已通过系统报送县政府' }],
      });
      // It arrives at the county government's office as 收文 (签收 on arrival through the system).
      const from = doc.draftingBodyId ? (await tx.org.bodies(actor.tenantId)).find((b) => b.id === doc.draftingBodyId)?.name : undefined;
      await receiveSubmissionIn(deps, tx, actor, saved, from ?? '', at);
    }
    return { document: saved, verdicts };
  });
}
