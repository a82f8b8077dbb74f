import { permissionsOf } from '../../core/access/permissions.ts';
import { INCOMING_STATUS_LABELS } from '../../core/procedures/incoming/incoming.machine.ts';
import { incomingAbilities } from '../../core/procedures/incoming/incoming.policy.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, IncomingRecord } from '../ports.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { actingPositions } from '../org/acting-positions.ts';
import { canSeeIncoming, coPrincipals, loadIncoming } from './incoming-context.ts';
import { procedureHistory } from '../platform/history.ts';

function present(r: IncomingRecord, titles: ReadonlyMap<string, string>, bodies: ReadonlyMap<string, string>, people: ReadonlyMap<string, string>) {
  return {
    ...r, statusLabel: INCOMING_STATUS_LABELS[r.status],
    leaderTitle: r.leaderPositionId ? (titles.get(r.leaderPositionId) ?? '') : null,
    handlerTitle: r.handlerPositionId ? (titles.get(r.handlerPositionId) ?? '') : null,
    leadBodyName: r.leadBodyId ? (bodies.get(r.leadBodyId) ?? '') : null,
    coBodyNames: r.coBodyIds.map((b) => bodies.get(b) ?? ''),
    instructedBy: r.instructedByPersonId ? `${people.get(r.instructedByPersonId) ?? ''}${r.instructedOnBehalfOf ? `（代${people.get(r.instructedOnBehalfOf) ?? ''}）` : ''}` : null,
  };
}

async function lookups(deps: ServiceDeps, tenantId: string) {
  const [positions, bodies, people] = await Promise.all([deps.store.org.positions(tenantId), deps.store.org.bodies(tenantId), deps.store.org.people(tenantId)]);
  return { titles: new Map(positions.map((p) => [p.id, p.title])), bodies: new Map(bodies.map((b) => [b.id, b.name])), people: new Map(people.map((p) => [p.id, p.name])) };
}

/** 收文 the actor may see, newest first, each marked when it waits for the actor. */
export async function listIncoming(deps: ServiceDeps, actor: Actor) {
  const at = deps.clock.now();
  const { pack } = requirePack(deps, at);
  const me = await actingPositions(deps.store, deps.store, actor, at, pack.utcOffsetMinutes);
  const rows = await deps.store.incoming.list(actor.tenantId, 500);
  const l = await lookups(deps, actor.tenantId);
  const out = [];
  for (const r of rows) {
    if (!canSeeIncoming(r, actor, me.positionIds, await coPrincipals(deps.store, r))) continue;
    const awaitingMe =
      (r.status === 'instructing' && r.leaderPositionId !== null && me.positionIds.includes(r.leaderPositionId))
      || (r.status === 'handling' && r.handlerPositionId !== null && me.positionIds.includes(r.handlerPositionId))
      || (r.status === 'circulating' && r.readers.some((x) => x.readAt === null && me.positionIds.includes(x.positionId)));
    out.push({ ...present(r, l.titles, l.bodies, l.people), body: undefined, awaitingMe });
  }
  return out;
}

export async function getIncoming(deps: ServiceDeps, actor: Actor, id: string) {
  const at = deps.clock.now();
  const { pack } = requirePack(deps, at);
  const me = await actingPositions(deps.store, deps.store, actor, at, pack.utcOffsetMinutes);
  const r = await loadIncoming(deps.store, actor, id, me.positionIds);
  const l = await lookups(deps, actor.tenantId);
  const events = await deps.store.audit.list(actor.tenantId, { subjectType: 'incoming', subjectId: id, limit: 200 });
  const readerPositionId = r.readers.find((x) => x.readAt === null && me.positionIds.includes(x.positionId))?.positionId ?? null;
  return {
    incoming: present(r, l.titles, l.bodies, l.people),
    history: procedureHistory(events, l.people),
    abilities: incomingAbilities(
      { status: r.status, urgency: r.urgency, readers: r.readers, leaderPositionId: r.leaderPositionId, disagreement: r.disagreement },
      {
        permissions: permissionsOf(actor.roles), readerPositionId,
        actsForLeader: r.leaderPositionId !== null && me.positionIds.includes(r.leaderPositionId), leaderTitle: '',
        actsForHandler: r.handlerPositionId !== null && me.positionIds.includes(r.handlerPositionId), handlerTitle: '',
      },
    ),
  };
}
