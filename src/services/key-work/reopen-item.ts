import { DomainError } from '../../core/kernel/result.ts';
import { decideKeyWorkCommand } from '../../core/procedures/key-work/key-work.decide.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import { withRefusalRecorded } from '../platform/refusals.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, KeyWorkItemRecord } from '../ports.ts';
import { createTaskIn } from '../tasks/create-task.ts';
import { keyWorkTaskTitle } from './add-item.ts';
import { carriedToOf } from './item-tasks.ts';
import { keyWorkNow, keyWorkViewer, leadPrincipal, loadItem, postFor, refusal } from './key-work-context.ts';

/**
 * 重新打开 (the office, art. 47): an item reported complete by mistake goes back to 推进中 while its
 * quarter runs, with the reason on its history and the record; the lead unit's principal gets its
 * 待办 again, due on the item's due date. A past quarter's list stays as it stood.
 */
export async function reopenKeyWorkItem(deps: ServiceDeps, actor: Actor, id: string, input: { reason: string }): Promise<{ item: KeyWorkItemRecord; verdicts: readonly Verdict[] }> {
  const { at, offset, today, packVerdict } = keyWorkNow(deps);
  return withRefusalRecorded(deps, actor, { type: 'key-work', id }, '重新打开重点工作', () => deps.store.transaction(async (tx) => {
    const item = await loadItem(tx, actor.tenantId, id);
    const viewer = await keyWorkViewer(deps.store, tx, actor, at, offset);
    const reason = input.reason.trim();
    const decision = decideKeyWorkCommand(
      { status: item.status, quarter: { year: item.year, quarter: item.quarter }, dueDate: item.dueDate, carriedTo: await carriedToOf(tx, item) },
      { type: 'reopen', reason },
      { isOffice: viewer.isOffice, actsForLeadPrincipal: false, today, leadBodyName: '' },
    );
    if (!decision.ok) throw refusal(decision);
    const principal = leadPrincipal(viewer.positions, item.leadBodyId);
    if (!principal) throw new DomainError('CONFLICT', '牵头单位没有主要负责人岗位，无法重新交办');
    const next: KeyWorkItemRecord = { ...item, status: decision.status, updatedAt: at.toISOString(), version: item.version + 1 };
    if (!(await tx.keyWork.update(next))) throw new DomainError('CONFLICT', '该重点工作已被他人更新，请刷新后重试');
    const task = await createTaskIn(deps, tx, actor, actor.tenantId, {
      title: keyWorkTaskTitle(item.title), kind: 'key-work', sourceType: 'key-work', sourceId: item.id, ownerPositionId: principal.id, dueDate: item.dueDate < today ? today : item.dueDate,
    });
    const post = postFor(viewer, undefined);
    await tx.keyWork.appendEntry({
      id: deps.ids.id(), tenantId: actor.tenantId, itemId: item.id, seq: (await tx.keyWork.entries(actor.tenantId, item.id)).length + 1, kind: 'reopened', text: reason,
      reportDate: null, statusAfter: next.status, previous: null, relatedItemId: null, at: at.toISOString(), personId: actor.personId, onBehalfOfPersonId: post.onBehalfOf, positionId: post.positionId,
    });
    const verdicts = [packVerdict, ...decision.verdicts];
    await tx.audit.append(actor.tenantId, {
      type: 'key-work.reopened', at, actorAccountId: actor.accountId, actorPersonId: actor.personId, onBehalfOfPersonId: post.onBehalfOf,
      subjectType: 'key-work', subjectId: item.id, payload: { reason, from: item.status, status: next.status, taskId: task.id }, verdicts,
    });
    return { item: next, verdicts };
  }));
}
