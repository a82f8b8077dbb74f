import type { ServiceDeps } from '../context.ts';
import type { Actor } from '../ports.ts';
import { requirePack } from '../platform/pack-in-force.ts';

/** Emergency records (art. 6), newest first, with who handled them and the state of the report to the 县长. */
export async function listEmergencies(deps: ServiceDeps, actor: Actor) {
  requirePack(deps, deps.clock.now());
  const store = deps.store;
  const [rows, people, positions] = await Promise.all([
    store.authority.emergencies(actor.tenantId, 200), store.org.people(actor.tenantId), store.org.positions(actor.tenantId),
  ]);
  const name = new Map(people.map((p) => [p.id, p.name]));
  const title = new Map(positions.map((p) => [p.id, p.title]));
  return Promise.all(rows.map(async (e) => {
    const task = e.reportTaskId ? await store.tasks.get(actor.tenantId, e.reportTaskId) : undefined;
    return {
      ...e, personName: name.get(e.personId) ?? '', positionTitle: title.get(e.positionId) ?? '',
      report: task ? { taskId: task.id, status: task.status, dueDate: task.dueDate, completedAt: task.completedAt, escalated: task.escalatedAt !== null } : null,
    };
  }));
}
