import { dueInstant } from '../../core/calendar/index.ts';
import { DomainError } from '../../core/kernel/result.ts';
import { decideItem, decideKeyWorkCommand } from '../../core/procedures/key-work/key-work.decide.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import { withRefusalRecorded } from '../platform/refusals.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, KeyWorkItemRecord } from '../ports.ts';
import { createTaskIn } from '../tasks/create-task.ts';
import { keyWorkTaskTitle } from './add-item.ts';
import { assignmentFacts, keyWorkNow, keyWorkViewer, leadPrincipal, loadItem, postFor, refusal } from './key-work-context.ts';
import { carriedToOf, closeItemTasks } from './item-tasks.ts';

export interface KeyWorkChanges {
  readonly title?: string | undefined;
  readonly target?: string | undefined;
  readonly leadBodyId?: string | undefined;
  readonly coBodyIds?: readonly string[] | undefined;
  readonly leaderPositionId?: string | undefined;
  readonly dueDate?: string | undefined;
  readonly note: string;
}

const FIELDS = ['title', 'target', 'leadBodyId', 'coBodyIds', 'leaderPositionId', 'dueDate'] as const;

/**
 * The office adjusts an item while its quarter runs (art. 47, 清单管理). The fields before the change
 * stay in the item's history. A new lead unit's principal takes over the 待办; a new due date moves it.
 */
export async function editKeyWorkItem(deps: ServiceDeps, actor: Actor, id: string, changes: KeyWorkChanges): Promise<{ item: KeyWorkItemRecord; verdicts: readonly Verdict[] }> {
  const { at, offset, today, packVerdict } = keyWorkNow(deps);
  return withRefusalRecorded(deps, actor, { type: 'key-work', id: id }, '修改重点工作', () => deps.store.transaction(async (tx) => {
    const item = await loadItem(tx, actor.tenantId, id);
    const viewer = await keyWorkViewer(deps.store, tx, actor, at, offset);
    const quarter = { year: item.year, quarter: item.quarter };
    const principalBefore = leadPrincipal(viewer.positions, item.leadBodyId);
    const state = { status: item.status, quarter, dueDate: item.dueDate, carriedTo: await carriedToOf(tx, item) };
    const decision = decideKeyWorkCommand(state, { type: 'edit', dueDate: changes.dueDate }, {
      isOffice: viewer.isOffice, actsForLeadPrincipal: principalBefore !== undefined && viewer.positionIds.includes(principalBefore.id), today, leadBodyName: '',
    });
    if (!decision.ok) throw refusal(decision);
    const changed: Partial<Record<(typeof FIELDS)[number], unknown>> = {};
    const before: Partial<Record<(typeof FIELDS)[number], unknown>> = {};
    for (const key of FIELDS) {
      const value = changes[key];
      if (value !== undefined && JSON.stringify(value) !== JSON.stringify(item[key])) {
        changed[key] = value;
        before[key] = item[key];
      }
    }
    if (Object.keys(changed).length === 0) throw new DomainError('VALIDATION_FAILED', '字段 title：内容与原记录相同，没有调整', { fields: ['title'] });
    const next: KeyWorkItemRecord = { ...item, ...(changed as Partial<KeyWorkItemRecord>), updatedAt: at.toISOString(), version: item.version + 1 };
    const facts = assignmentFacts(viewer, next);
    const checked = decideItem(quarter, changed.dueDate === undefined ? undefined : next.dueDate, facts, today, '调整事项');
    if (!checked.ok || !facts.principal) throw refusal(checked);
    if (!(await tx.keyWork.update(next))) throw new DomainError('CONFLICT', '该重点工作已被他人调整，请刷新后重试');

    // The 待办 follows the item: a new lead unit's principal takes it over; a new due date moves it.
    const open = (await tx.tasks.openBySource(actor.tenantId, 'key-work', item.id)).filter((t) => t.kind === 'key-work');
    if (changed.leadBodyId !== undefined) {
      await closeItemTasks(tx, actor, at, item.id, 'cancelled');
      if (next.status !== 'completed') {
        await createTaskIn(deps, tx, actor, actor.tenantId, { title: keyWorkTaskTitle(next.title), kind: 'key-work', sourceType: 'key-work', sourceId: item.id, ownerPositionId: facts.principal.id, dueDate: next.dueDate });
      }
    } else if (changed.dueDate !== undefined || changed.title !== undefined) {
      for (const t of open) {
        await tx.tasks.update({ ...t, title: keyWorkTaskTitle(next.title), dueDate: next.dueDate, dueAt: dueInstant({ dueDate: next.dueDate }, offset).toISOString(), version: t.version + 1 });
      }
    }
    const post = postFor(viewer, undefined);
    const seq = (await tx.keyWork.entries(actor.tenantId, item.id)).length + 1;
    await tx.keyWork.appendEntry({
      id: deps.ids.id(), tenantId: actor.tenantId, itemId: item.id, seq, kind: 'edited', text: changes.note, reportDate: null, statusAfter: next.status,
      previous: JSON.stringify(before), relatedItemId: null, at: at.toISOString(), personId: actor.personId, onBehalfOfPersonId: post.onBehalfOf, positionId: post.positionId,
    });
    const verdicts = [packVerdict, ...decision.verdicts, ...checked.verdicts];
    await tx.audit.append(actor.tenantId, {
      type: 'key-work.edited', at, actorAccountId: actor.accountId, actorPersonId: actor.personId, onBehalfOfPersonId: post.onBehalfOf,
      subjectType: 'key-work', subjectId: item.id, payload: { changed, previous: before, note: changes.note }, verdicts,
    });
    return { item: next, verdicts };
  }));
}
