import { localDate } from '../../core/kernel/time.ts';
import { bodyPath, topLevelBody } from '../../core/org/structure.ts';
import type { ServiceDeps } from '../context.ts';
import { requirePack } from '../platform/pack-in-force.ts';

/** Bodies, positions and who holds each on a date (default: today in the pack's zone). */
export async function listOrganisation(deps: ServiceDeps, tenantId: string, on?: string) {
  const at = deps.clock.now();
  const { pack } = requirePack(deps, at);
  const date = on ?? localDate(at, pack.utcOffsetMinutes);
  const s = deps.store.org;
  const a = deps.store.authority;
  const [bodies, positions, people, appointments, abPairs, delegations, portfolios, assists] = await Promise.all([
    s.bodies(tenantId), s.positions(tenantId), s.people(tenantId), s.appointments(tenantId),
    a.abPairs(tenantId), a.delegations(tenantId), a.portfolios(tenantId), a.officeAssists(tenantId),
  ]);
  const onDate = <T extends { validFrom: string; validTo: string | null }>(x: T) => x.validFrom <= date && (x.validTo === null || date <= x.validTo);
  const names = new Map(people.map((p) => [p.id, p.name]));
  const valid = appointments.filter(onDate);
  return {
    date,
    bodies: bodies.map((b) => ({
      id: b.id, code: b.code, name: b.name, kind: b.kind, parentId: b.parentId, docPrefix: b.docPrefix,
      agencyType: b.agencyType ?? null, duty: b.duty ?? null,
      /** `县政府办公室 · 秘书科` for a 科室; the body a 科室 belongs to (itself otherwise). */
      path: bodyPath(bodies, b.id), topBodyId: topLevelBody(bodies, b.id)?.id ?? b.id,
    })),
    positions: positions.map((p) => ({
      id: p.id, code: p.code, title: p.title, kind: p.kind, bodyId: p.bodyId,
      holders: valid.filter((x) => x.positionId === p.id).map((x) => ({ personId: x.personId, name: names.get(x.personId) ?? '', validFrom: x.validFrom, validTo: x.validTo })),
      /** 分管 on the date (art. 5): bodies and policy areas. */
      portfolio: portfolios.filter((x) => x.positionId === p.id && onDate(x)).map((x) => ({ id: x.id, bodyId: x.bodyId, area: x.area, validFrom: x.validFrom })),
      /** AB角 on the date: this post's B. */
      bPositionIds: abPairs.filter((x) => x.aPositionId === p.id && onDate(x)).map((x) => x.bPositionId),
      /** Art. 7: the county leaders an office member assists. */
      assists: assists.filter((x) => x.officePositionId === p.id && onDate(x)).map((x) => x.deputyPositionId),
    })),
    abPairs,
    delegations,
  };
}
