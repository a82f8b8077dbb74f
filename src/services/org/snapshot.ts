import type { Absence, OrgSnapshot } from '../../core/org/index.ts';
import type { AbsenceRecord, Store, Tx } from '../ports.ts';

const VERSION_KEY = (tenantId: string) => `org-version:${tenantId}`;

// The organisation changes rarely and is read on every request that asks who acts. A snapshot
// is kept per store and tenant, tagged with the organisation's version, which every change bumps
// in the same transaction; a request reads the version (one small query) and rebuilds only when
// it moved — also when another process made the change.
const cache = new WeakMap<object, Map<string, { version: string; snapshot: OrgSnapshot }>>();

function absenceOf(r: AbsenceRecord): Absence {
  return {
    id: r.id, personId: r.personId, kind: r.kind, from: r.fromAt,
    // 销假 ends the absence when it comes; otherwise it ends when planned.
    to: r.status === 'returned' ? (r.returnedAt ?? r.toAt) : r.toAt,
    presidingPersonId: r.presidingPersonId,
    destination: r.destination,
  };
}

async function build(tx: Tx, tenantId: string): Promise<OrgSnapshot> {
  const [positions, people, appointments, abPairs, delegations, absences] = await Promise.all([
    tx.org.positions(tenantId), tx.org.people(tenantId), tx.org.appointments(tenantId),
    tx.authority.abPairs(tenantId), tx.authority.delegations(tenantId), tx.authority.effectiveAbsences(tenantId),
  ]);
  return {
    positions: positions.map((p) => ({ id: p.id, code: p.code, title: p.title, kind: p.kind, bodyId: p.bodyId })),
    people: people.map((p) => ({ id: p.id, name: p.name })),
    appointments: appointments.map((a) => ({ personId: a.personId, positionId: a.positionId, from: a.validFrom, to: a.validTo })),
    abPairs: abPairs.map((p) => ({ aPositionId: p.aPositionId, bPositionId: p.bPositionId, from: p.validFrom, to: p.validTo })),
    delegations: delegations.map((d) => ({ id: d.id, fromPositionId: d.fromPositionId, toPositionId: d.toPositionId, scope: d.scope, from: d.fromAt, to: d.toAt, reason: d.reason })),
    absences: absences.map(absenceOf),
  };
}

/** The organisation of a tenant as the core reads it: posts, holders, AB角, 委托, approved absences. */
export async function loadOrgSnapshot(store: Store, tx: Tx, tenantId: string, opts: { fresh?: boolean } = {}): Promise<OrgSnapshot> {
  // A transaction that has already changed the organisation reads it afresh (`fresh`): its
  // version bump comes at the end, so the version alone cannot tell.
  if (opts.fresh) return build(tx, tenantId);
  const version = (await tx.meta.get(VERSION_KEY(tenantId))) ?? 'initial';
  const perStore = cache.get(store) ?? new Map<string, { version: string; snapshot: OrgSnapshot }>();
  cache.set(store, perStore);
  const hit = perStore.get(tenantId);
  // Inside a transaction the version read includes the transaction's own change, if any, so a
  // matching version means the cached snapshot is what this transaction sees too.
  if (hit && hit.version === version) return hit.snapshot;
  const snapshot = await build(tx, tenantId);
  // Shared under the version it was read at. A snapshot read inside a transaction that bumped the
  // version and then rolled back is never used again: that version never becomes the stored one
  // (versions are unique ids), so the next request rebuilds.
  perStore.set(tenantId, { version, snapshot });
  return snapshot;
}

/** Marks the organisation changed; call inside the transaction that changes it. */
export async function bumpOrgVersion(tx: Tx, tenantId: string, version: string): Promise<void> {
  await tx.meta.set(VERSION_KEY(tenantId), version);
}
