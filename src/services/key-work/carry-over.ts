import { DomainError } from '../../core/kernel/result.ts';
import { KEY_WORK_STANDING_LABELS } from '../../core/procedures/key-work/key-work.machine.ts';
import { decideKeyWorkCommand, standingOf } from '../../core/procedures/key-work/key-work.decide.ts';
import { keyWorkAssigned } from '../../core/procedures/key-work/key-work.rules.ts';
import { quarterEnd, quarterLabel, quarterOf, type Quarter } from '../../core/procedures/key-work/quarter.ts';
import { formatChineseDate } from '../../core/kernel/time.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import { withRefusalRecorded } from '../platform/refusals.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, KeyWorkItemRecord, Tx } from '../ports.ts';
import { createTaskIn } from '../tasks/create-task.ts';
import { keyWorkTaskTitle } from './add-item.ts';
import { carriedToOf, closeItemTasks } from './item-tasks.ts';
import { assignmentFacts, keyWorkNow, keyWorkViewer, loadItem, postFor, refusal, type KeyWorkViewer } from './key-work-context.ts';

interface CarryContext {
  readonly deps: ServiceDeps;
  readonly tx: Tx;
  readonly actor: Actor;
  readonly viewer: KeyWorkViewer;
  readonly at: Date;
  readonly today: string;
}

/**
 * Carries one unfinished item of an ended quarter over (挂单, art. 47) into the current quarter: a new
 * item with the same work, units and leader, its status as it stood, a new due date and a link back.
 * The original stays as it stood; the carry-over is appended to both histories and audited once. The
 * original's 待办 gives way to the new item's.
 */
async function carryOne(c: CarryContext, item: KeyWorkItemRecord, dueDate: string | undefined): Promise<{ item: KeyWorkItemRecord; verdicts: Verdict[] }> {
  const { deps, tx, actor, viewer, at, today } = c;
  const from: Quarter = { year: item.year, quarter: item.quarter };
  const to = quarterOf(today);
  const due = dueDate ?? quarterEnd(to);
  const decision = decideKeyWorkCommand({ status: item.status, quarter: from, dueDate: item.dueDate, carriedTo: await carriedToOf(tx, item) }, { type: 'carry-over', dueDate: due }, {
    isOffice: viewer.isOffice, actsForLeadPrincipal: false, today, leadBodyName: '',
  });
  if (!decision.ok) throw refusal(decision);
  const facts = assignmentFacts(viewer, item);
  const assigned = keyWorkAssigned.check(facts);
  const verdicts = [...decision.verdicts, assigned];
  if (assigned.outcome === 'block' || !facts.principal) throw refusal({ code: 'RULE_BLOCKED', message: assigned.message, verdicts });
  const stood = standingOf({ status: item.status, dueDate: item.dueDate, quarter: from }, today);
  const carried: KeyWorkItemRecord = {
    ...item, id: deps.ids.id(), year: to.year, quarter: to.quarter, seq: (await tx.keyWork.list(actor.tenantId, to)).length + 1, dueDate: due, status: decision.status, carriedFromId: item.id,
    createdAt: at.toISOString(), createdByPersonId: actor.personId, updatedAt: at.toISOString(), version: 1,
  };
  await tx.keyWork.insert(carried);
  await closeItemTasks(tx, actor, at, item.id, 'cancelled');
  const task = await createTaskIn(deps, tx, actor, actor.tenantId, {
    title: keyWorkTaskTitle(carried.title), kind: 'key-work', sourceType: 'key-work', sourceId: carried.id, ownerPositionId: facts.principal.id, dueDate: carried.dueDate,
  });
  const post = postFor(viewer, undefined);
  const entry = { tenantId: actor.tenantId, reportDate: null, previous: null, at: at.toISOString(), personId: actor.personId, onBehalfOfPersonId: post.onBehalfOf, positionId: post.positionId };
  const stoodText = `季末情况：${KEY_WORK_STANDING_LABELS[stood.standing]}（原完成时限${formatChineseDate(item.dueDate)}）`;
  await tx.keyWork.appendEntry({
    ...entry, id: deps.ids.id(), itemId: item.id, seq: (await tx.keyWork.entries(actor.tenantId, item.id)).length + 1, kind: 'carried-over',
    text: `挂单转入${quarterLabel(to)}继续推进；${stoodText}`, statusAfter: item.status, relatedItemId: carried.id,
  });
  await tx.keyWork.appendEntry({
    ...entry, id: deps.ids.id(), itemId: carried.id, seq: 1, kind: 'carried-in',
    text: `由${quarterLabel(from)}挂单转入；${stoodText}；新的完成时限${formatChineseDate(due)}`, statusAfter: carried.status, relatedItemId: item.id,
  });
  await tx.audit.append(actor.tenantId, {
    type: 'key-work.carried-over', at, actorAccountId: actor.accountId, actorPersonId: actor.personId, onBehalfOfPersonId: post.onBehalfOf,
    subjectType: 'key-work', subjectId: item.id,
    payload: { toItemId: carried.id, from, to, standing: stood.standing, dueDate: due, taskId: task.id }, verdicts,
  });
  return { item: carried, verdicts };
}

/** 挂单 one item (the office). */
export async function carryOverKeyWorkItem(deps: ServiceDeps, actor: Actor, id: string, input: { dueDate?: string | undefined }): Promise<{ item: KeyWorkItemRecord; verdicts: readonly Verdict[] }> {
  const { at, offset, today, packVerdict } = keyWorkNow(deps);
  return withRefusalRecorded(deps, actor, { type: 'key-work', id: id }, '挂单', () => deps.store.transaction(async (tx) => {
    const item = await loadItem(tx, actor.tenantId, id);
    const viewer = await keyWorkViewer(deps.store, tx, actor, at, offset);
    const r = await carryOne({ deps, tx, actor, viewer, at, today }, item, input.dueDate);
    return { item: r.item, verdicts: [packVerdict, ...r.verdicts] };
  }));
}

/**
 * 挂单 every item of an ended quarter still unfinished and not yet carried over, in one transaction
 * (the office, before the 县长办公会议 at the start of the quarter). Each is due at the end of the
 * current quarter unless a date is given.
 */
export async function carryOverKeyWorkQuarter(deps: ServiceDeps, actor: Actor, input: { year: number; quarter: Quarter['quarter']; dueDate?: string | undefined }): Promise<{ items: readonly KeyWorkItemRecord[]; verdicts: readonly Verdict[] }> {
  const { at, offset, today, packVerdict } = keyWorkNow(deps);
  return withRefusalRecorded(deps, actor, { type: 'key-work', id: null }, '整季挂单', () => deps.store.transaction(async (tx) => {
    const viewer = await keyWorkViewer(deps.store, tx, actor, at, offset);
    const list = await tx.keyWork.list(actor.tenantId, input);
    const carried = new Set((await tx.keyWork.carriedFrom(actor.tenantId, list.map((i) => i.id))).map((i) => i.carriedFromId));
    const open = list.filter((i) => i.status !== 'completed' && !carried.has(i.id));
    if (open.length === 0) throw new DomainError('CONFLICT', `${quarterLabel(input)}没有未完成且尚未挂单的重点工作`);
    const items: KeyWorkItemRecord[] = [];
    const verdicts: Verdict[] = [packVerdict];
    for (const item of open) {
      const r = await carryOne({ deps, tx, actor, viewer, at, today }, item, input.dueDate);
      items.push(r.item);
      // Many items say the same: each distinct verdict once.
      verdicts.push(...r.verdicts.filter((v) => !verdicts.some((x) => x.rule === v.rule && x.message === v.message)));
    }
    return { items, verdicts };
  }));
}
