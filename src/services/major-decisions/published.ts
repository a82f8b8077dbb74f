import type { Actor, MajorDecisionRecord, Tx } from '../ports.ts';
import type { Now } from './decision-context.ts';

/** Updates what the portal shows of a published decision (执行中, 中止执行 …) with its note; nothing when it was not made public. */
export async function setPublishedStatus(tx: Tx, dossier: MajorDecisionRecord, status: string, note: string | null, now: Now): Promise<void> {
  const row = (await tx.majorDecisions.published(dossier.tenantId)).find((p) => p.id === dossier.id);
  if (!row) return;
  await tx.majorDecisions.savePublished({ ...row, status, statusNote: note, updatedAt: now.at.toISOString() });
}

/** Closes every open 待办 of a dossier (suspension, termination, replacement). */
export async function closeOpenTasks(tx: Tx, actor: Actor, at: Date, dossierId: string, status: 'done' | 'cancelled'): Promise<void> {
  for (const t of await tx.tasks.openBySource(actor.tenantId, 'major-decision', dossierId)) {
    await tx.tasks.update({ ...t, status, completedAt: at.toISOString(), completedByPersonId: actor.personId, completedByAccountId: actor.accountId, version: t.version + 1 });
    await tx.audit.append(actor.tenantId, {
      type: status === 'done' ? 'task.completed' : 'task.cancelled', at, actorAccountId: actor.accountId, actorPersonId: actor.personId, subjectType: 'task', subjectId: t.id,
      payload: { title: t.title, sourceType: t.sourceType, sourceId: t.sourceId, by: 'major-decision' },
    });
  }
}
