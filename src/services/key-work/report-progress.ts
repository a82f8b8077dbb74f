import { DomainError } from '../../core/kernel/result.ts';
import { decideKeyWorkCommand } from '../../core/procedures/key-work/key-work.decide.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import { withRefusalRecorded } from '../platform/refusals.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, KeyWorkItemRecord } from '../ports.ts';
import { carriedToOf, closeItemTasks } from './item-tasks.ts';
import { keyWorkNow, keyWorkViewer, leadPrincipal, loadItem, postFor, refusal } from './key-work-context.ts';

export interface ProgressReport {
  readonly text: string;
  readonly reportDate: string;
  /** 已完成 (the item is done) or 推进中 (still under way). */
  readonly completed: boolean;
}

/**
 * Progress on an item (art. 47): reported by the lead unit's principal — whoever acts for the post
 * now (holder, AB角, 委托, the person presiding during leave) — or by the office; anyone else is
 * refused citing 第四十七条. Each report is appended to the item's history with its date and who
 * made it; a report of completion answers the lead unit's 待办.
 */
export async function reportKeyWorkProgress(deps: ServiceDeps, actor: Actor, id: string, report: ProgressReport): Promise<{ item: KeyWorkItemRecord; verdicts: readonly Verdict[] }> {
  const { at, offset, today, packVerdict } = keyWorkNow(deps);
  return withRefusalRecorded(deps, actor, { type: 'key-work', id: id }, '报告重点工作进展', () => deps.store.transaction(async (tx) => {
    const item = await loadItem(tx, actor.tenantId, id);
    const viewer = await keyWorkViewer(deps.store, tx, actor, at, offset);
    const principal = leadPrincipal(viewer.positions, item.leadBodyId);
    const actsForLeadPrincipal = principal !== undefined && viewer.positionIds.includes(principal.id);
    const command = report.completed ? { type: 'complete' as const, text: report.text, reportDate: report.reportDate } : { type: 'report' as const, text: report.text, reportDate: report.reportDate };
    const decision = decideKeyWorkCommand(
      { status: item.status, quarter: { year: item.year, quarter: item.quarter }, dueDate: item.dueDate, carriedTo: await carriedToOf(tx, item) },
      command,
      { isOffice: viewer.isOffice, actsForLeadPrincipal, today, leadBodyName: viewer.bodies.find((b) => b.id === item.leadBodyId)?.name ?? '牵头单位' },
    );
    if (!decision.ok) throw refusal(decision);
    const next: KeyWorkItemRecord = { ...item, status: decision.status, updatedAt: at.toISOString(), version: item.version + 1 };
    if (!(await tx.keyWork.update(next))) throw new DomainError('CONFLICT', '该重点工作已被他人更新，请刷新后重试');
    if (next.status === 'completed') await closeItemTasks(tx, actor, at, item.id, 'done');
    // The lead unit's principal reports through that post; the office through its own.
    const post = postFor(viewer, actsForLeadPrincipal ? principal?.id : undefined);
    const seq = (await tx.keyWork.entries(actor.tenantId, item.id)).length + 1;
    await tx.keyWork.appendEntry({
      id: deps.ids.id(), tenantId: actor.tenantId, itemId: item.id, seq, kind: 'progress', text: report.text, reportDate: report.reportDate, statusAfter: next.status,
      previous: null, relatedItemId: null, at: at.toISOString(), personId: actor.personId, onBehalfOfPersonId: post.onBehalfOf, positionId: post.positionId,
    });
    const verdicts = [packVerdict, ...decision.verdicts];
    await tx.audit.append(actor.tenantId, {
      type: 'key-work.progress-reported', at, actorAccountId: actor.accountId, actorPersonId: actor.personId, onBehalfOfPersonId: post.onBehalfOf,
      subjectType: 'key-work', subjectId: item.id, payload: { text: report.text, reportDate: report.reportDate, from: item.status, status: next.status, positionId: post.positionId }, verdicts,
    });
    return { item: next, verdicts };
  }));
}
