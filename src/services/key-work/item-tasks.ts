import type { Quarter } from '../../core/procedures/key-work/quarter.ts';
import type { Actor, KeyWorkItemRecord, Tx } from '../ports.ts';

/** Closes the item's open 待办: done when it is reported complete, cancelled when it is carried over or re-assigned. */
export async function closeItemTasks(tx: Tx, actor: Actor, at: Date, itemId: string, status: 'done' | 'cancelled'): Promise<void> {
  for (const t of await tx.tasks.openBySource(actor.tenantId, 'key-work', itemId)) {
    if (t.kind !== 'key-work') continue;
    await tx.tasks.update({ ...t, status, completedAt: at.toISOString(), completedByPersonId: actor.personId, completedByAccountId: actor.accountId, version: t.version + 1 });
  }
}

/** The quarter an item was carried over to, if it was (挂单 once). */
export async function carriedToOf(tx: Tx, item: KeyWorkItemRecord): Promise<Quarter | null> {
  const to = (await tx.keyWork.carriedFrom(item.tenantId, [item.id]))[0];
  return to ? { year: to.year, quarter: to.quarter } : null;
}
