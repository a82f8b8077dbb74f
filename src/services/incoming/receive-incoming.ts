import { DomainError } from '../../core/kernel/result.ts';
import { decideReceive } from '../../core/procedures/incoming/incoming.decide.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, DocumentRecord, IncomingRecord, Tx } from '../ports.ts';
import { ruleBlocked } from '../platform/errors.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { officePost } from '../documents/document-context.ts';
import { createTaskIn } from '../tasks/create-task.ts';
import { stepPeriod } from '../documents/document-context.ts';

export interface ExternalDocument {
  readonly fromName: string;
  readonly theirNumber: string;
  readonly kind: string;
  readonly title: string;
  readonly urgency: string;
  readonly body: string;
  readonly attachmentNames: readonly string[];
}

function blank(deps: ServiceDeps, actor: Actor, at: Date, over: Partial<IncomingRecord> & Pick<IncomingRecord, 'source' | 'fromName' | 'theirNumber' | 'kind' | 'title' | 'urgency' | 'body' | 'attachmentNames'>): IncomingRecord {
  return {
    id: deps.ids.id(), tenantId: actor.tenantId, status: 'received', fromBodyId: null, sourceDocumentId: null, disagreement: false,
    receivedAt: at.toISOString(), receivedByPersonId: actor.personId, registerNo: null, reviewNote: null, proposal: null, leaderPositionId: null,
    readers: [], instruction: null, instructedByPersonId: null, instructedOnBehalfOf: null, instructedAt: null, leadBodyId: null, coBodyIds: [],
    handlerPositionId: null, dueDate: null, result: null, completedAt: null, updatedAt: at.toISOString(), version: 1, ...over,
  };
}

/** The office's 登记 待办, due by 文不过夜 (art. 40). */
async function registerTask(deps: ServiceDeps, tx: Tx, actor: Actor, r: IncomingRecord, at: Date): Promise<void> {
  const office = await officePost(tx, actor.tenantId);
  await createTaskIn(deps, tx, actor, actor.tenantId, {
    title: `登记：${r.title}`, kind: 'incoming-register', sourceType: 'incoming', sourceId: r.id, ownerPositionId: office.positionId,
    period: await stepPeriod(deps, tx, actor.tenantId, at),
  });
}

/**
 * 签收 of a document from outside the system (the city government, other bodies): refused with
 * the reason when it carries a secrecy marking (art. 61), the refusal audited in its own
 * transaction; otherwise received, with the time of receipt, and the office owes its 登记.
 */
export async function receiveExternal(deps: ServiceDeps, actor: Actor, input: ExternalDocument): Promise<{ incoming: IncomingRecord; verdicts: readonly Verdict[] }> {
  const at = deps.clock.now();
  const { verdict } = requirePack(deps, at);
  const decision = decideReceive({ 标题: input.title, 正文: input.body, 附件说明: input.attachmentNames.join('\n'), 来文字号: input.theirNumber });
  if (!decision.ok) {
    await deps.store.transaction((tx) => tx.audit.append(actor.tenantId, {
      type: 'incoming.classified-refused', at, actorAccountId: actor.accountId, actorPersonId: actor.personId, subjectType: 'incoming', subjectId: null,
      payload: { fromName: input.fromName, kind: input.kind }, verdicts: decision.verdicts,
    }));
    throw ruleBlocked(decision.verdicts);
  }
  if (!actor.personId) throw new DomainError('FORBIDDEN', '该账号不对应任何工作人员，不能签收');
  const verdicts = [verdict, ...decision.verdicts];
  return deps.store.transaction(async (tx) => {
    const r = blank(deps, actor, at, { source: 'external', ...input });
    await tx.incoming.insert(r);
    await tx.audit.append(actor.tenantId, {
      type: 'incoming.received', at, actorAccountId: actor.accountId, actorPersonId: actor.personId, subjectType: 'incoming', subjectId: r.id,
      payload: { fromName: r.fromName, theirNumber: r.theirNumber, title: r.title, urgency: r.urgency }, verdicts,
    });
    await registerTask(deps, tx, actor, r, at);
    return { incoming: r, verdicts };
  });
}

/** Art. 54: a submission signed off by its unit's principal arrives through the system, received on arrival. */
export async function receiveSubmissionIn(deps: ServiceDeps, tx: Tx, actor: Actor, doc: DocumentRecord, fromName: string, at: Date): Promise<IncomingRecord> {
  const e = doc.elements;
  const r = blank(deps, actor, at, {
    source: 'submission', fromName, fromBodyId: doc.draftingBodyId, sourceDocumentId: doc.id, theirNumber: doc.docNumber ?? '', kind: e.kind, title: e.title,
    urgency: e.urgency, body: e.body, attachmentNames: e.attachmentNames, disagreement: doc.route.some((s) => s.done !== null && !s.done.agreed), receivedByPersonId: null,
  });
  await tx.incoming.insert(r);
  await tx.audit.append(actor.tenantId, {
    type: 'incoming.received', at, actorAccountId: actor.accountId, actorPersonId: actor.personId, subjectType: 'incoming', subjectId: r.id,
    payload: { fromName, sourceDocumentId: doc.id, title: r.title, disagreement: r.disagreement },
  });
  await registerTask(deps, tx, actor, r, at);
  return r;
}
