import { localDate } from '../../core/kernel/time.ts';
import type { ServiceDeps } from '../context.ts';
import { requirePack } from '../platform/pack-in-force.ts';

/** Bodies, positions and who holds each on a date (default: today in the pack's zone). */
export async function listOrganisation(deps: ServiceDeps, tenantId: string, on?: string) {
  const at = deps.clock.now();
  const { pack } = requirePack(deps, at);
  const date = on ?? localDate(at, pack.utcOffsetMinutes);
  const s = deps.store.org;
  const [bodies, positions, people, appointments] = await Promise.all([s.bodies(tenantId), s.positions(tenantId), s.people(tenantId), s.appointments(tenantId)]);
  const names = new Map(people.map((p) => [p.id, p.name]));
  const valid = appointments.filter((a) => a.validFrom <= date && (a.validTo === null || date <= a.validTo));
  return {
    date,
    bodies: bodies.map((b) => ({ id: b.id, code: b.code, name: b.name, kind: b.kind, parentId: b.parentId, docPrefix: b.docPrefix })),
    positions: positions.map((p) => ({
      id: p.id, code: p.code, title: p.title, kind: p.kind, bodyId: p.bodyId,
      holders: valid.filter((a) => a.positionId === p.id).map((a) => ({ personId: a.personId, name: names.get(a.personId) ?? '', validFrom: a.validFrom, validTo: a.validTo })),
    })),
  };
}
