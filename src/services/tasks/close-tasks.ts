import type { Actor, TaskRecord, Tx } from '../ports.ts';

/**
 * Closes a record's open 待办 of the given kinds in the caller's transaction — `done` when the step
 * they asked for has been taken, `cancelled` when it is no longer needed — and returns them as
 * closed, for the caller's own record.
 */
export async function closeSourceTasks(
  tx: Tx, actor: Actor, at: Date, source: { readonly type: string; readonly id: string }, kinds: readonly string[],
  opts: { readonly status?: 'done' | 'cancelled'; readonly note?: string } = {},
): Promise<TaskRecord[]> {
  const closed: TaskRecord[] = [];
  for (const t of await tx.tasks.openBySource(actor.tenantId, source.type, source.id)) {
    if (!kinds.includes(t.kind)) continue;
    const next: TaskRecord = {
      ...t, status: opts.status ?? 'done', completedAt: at.toISOString(), completedByPersonId: actor.personId, completedByAccountId: actor.accountId,
      ...(opts.note !== undefined ? { note: opts.note } : {}), version: t.version + 1,
    };
    await tx.tasks.update(next);
    closed.push(next);
  }
  return closed;
}
