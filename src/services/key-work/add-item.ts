import { DomainError } from '../../core/kernel/result.ts';
import { decideItem } from '../../core/procedures/key-work/key-work.decide.ts';
import type { QuarterNumber } from '../../core/procedures/key-work/quarter.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import { withRefusalRecorded } from '../platform/refusals.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, KeyWorkItemRecord } from '../ports.ts';
import { createTaskIn } from '../tasks/create-task.ts';
import { assignmentFacts, keyWorkNow, keyWorkViewer, postFor, refusal } from './key-work-context.ts';

export interface NewKeyWorkItem {
  readonly year: number;
  readonly quarter: QuarterNumber;
  readonly title: string;
  readonly target: string;
  readonly leadBodyId: string;
  readonly coBodyIds: readonly string[];
  readonly leaderPositionId: string;
  readonly dueDate: string;
}

/** The 待办 of the lead unit's principal for an item: carry it out and report, by its due date. */
export function keyWorkTaskTitle(title: string): string {
  return `推进季度重点工作并报送进展：${title}`;
}

/**
 * The office puts an item on a quarter's list (art. 47, 清单管理): the quarter must not have ended,
 * the lead unit must have a principal to report and the leader in charge must be a county leader.
 * The lead unit's principal post gets a 待办 due on the item's due date, so whoever acts for it
 * (AB角, 委托, the person presiding during leave) has it; escalated when late (art. 40).
 */
export async function addKeyWorkItem(deps: ServiceDeps, actor: Actor, input: NewKeyWorkItem): Promise<{ item: KeyWorkItemRecord; verdicts: readonly Verdict[] }> {
  const { at, offset, today, packVerdict } = keyWorkNow(deps);
  return withRefusalRecorded(deps, actor, { type: 'key-work', id: null }, '列入重点工作清单', () => deps.store.transaction(async (tx) => {
    const viewer = await keyWorkViewer(deps.store, tx, actor, at, offset);
    if (!viewer.isOffice) throw new DomainError('FORBIDDEN', '第四十七条：重点工作清单由县政府办公室管理');
    const facts = assignmentFacts(viewer, input);
    const decision = decideItem({ year: input.year, quarter: input.quarter }, input.dueDate, facts, today, '列入清单');
    if (!decision.ok || !facts.principal) throw refusal(decision);
    const seq = (await tx.keyWork.list(actor.tenantId, input)).length + 1;
    const item: KeyWorkItemRecord = {
      id: deps.ids.id(), tenantId: actor.tenantId, year: input.year, quarter: input.quarter, seq, title: input.title, target: input.target,
      leadBodyId: input.leadBodyId, coBodyIds: input.coBodyIds, leaderPositionId: input.leaderPositionId, dueDate: input.dueDate, status: 'not-started',
      carriedFromId: null, createdAt: at.toISOString(), createdByPersonId: actor.personId, updatedAt: at.toISOString(), version: 1,
    };
    await tx.keyWork.insert(item);
    const task = await createTaskIn(deps, tx, actor, actor.tenantId, {
      title: keyWorkTaskTitle(item.title), kind: 'key-work', sourceType: 'key-work', sourceId: item.id, ownerPositionId: facts.principal.id, dueDate: item.dueDate,
    });
    const post = postFor(viewer, undefined);
    await tx.keyWork.appendEntry({
      id: deps.ids.id(), tenantId: actor.tenantId, itemId: item.id, seq: 1, kind: 'added', text: item.target, reportDate: null, statusAfter: item.status,
      previous: null, relatedItemId: null, at: at.toISOString(), personId: actor.personId, onBehalfOfPersonId: post.onBehalfOf, positionId: post.positionId,
    });
    const verdicts = [packVerdict, ...decision.verdicts];
    await tx.audit.append(actor.tenantId, {
      type: 'key-work.added', at, actorAccountId: actor.accountId, actorPersonId: actor.personId, onBehalfOfPersonId: post.onBehalfOf,
      subjectType: 'key-work', subjectId: item.id,
      payload: { year: item.year, quarter: item.quarter, title: item.title, target: item.target, leadBodyId: item.leadBodyId, coBodyIds: item.coBodyIds, leaderPositionId: item.leaderPositionId, dueDate: item.dueDate, taskId: task.id },
      verdicts,
    });
    return { item, verdicts };
  }));
}
