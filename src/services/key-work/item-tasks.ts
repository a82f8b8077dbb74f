import type { Quarter } from '../../core/procedures/key-work/quarter.ts';
import type { Actor, KeyWorkItemRecord, Tx } from '../ports.ts';
import { closeSourceTasks } from '../tasks/close-tasks.ts';

/** Closes the item's open 待办: done when it is reported complete, cancelled when it is carried over or re-assigned. */
export async function closeItemTasks(tx: Tx, actor: Actor, at: Date, itemId: string, status: 'done' | 'cancelled'): Promise<void> {
  await closeSourceTasks(tx, actor, at, { type: 'key-work', id: itemId }, ['key-work'], { status });
}

/** The quarter an item was carried over to, if it was (挂单 once). */
export async function carriedToOf(tx: Tx, item: KeyWorkItemRecord): Promise<Quarter | null> {
  const to = (await tx.keyWork.carriedFrom(item.tenantId, [item.id]))[0];
  return to ? { year: to.year, quarter: to.quarter } : null;
}
