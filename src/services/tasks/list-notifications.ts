import type { ServiceDeps } from '../context.ts';
import type { Actor } from '../ports.ts';
import { actingPositions } from '../org/acting-positions.ts';
import { requirePack } from '../platform/pack-in-force.ts';

const KIND_LABELS: Readonly<Record<string, string>> = {
  reminder: '到期提醒',
  escalation: '逾期督办',
  'reminder-office': '到期提醒（抄送办公室）',
  'escalation-office': '逾期督办（抄送办公室）',
};

/** Reminders and escalations addressed to the actor or to a position the actor acts for now. */
export async function listMyNotifications(deps: ServiceDeps, actor: Actor) {
  const at = deps.clock.now();
  const { pack } = requirePack(deps, at);
  const me = await actingPositions(deps.store, deps.store, actor, at, pack.utcOffsetMinutes);
  if (!actor.personId) return [];
  const rows = await deps.store.notifications.forRecipients(actor.tenantId, me.positionIds, actor.personId, 100);
  return rows.map((n) => ({ id: n.id, taskId: n.taskId, kind: n.kind, kindLabel: KIND_LABELS[n.kind] ?? n.kind, message: n.message, createdAt: n.createdAt, readAt: n.readAt }));
}
