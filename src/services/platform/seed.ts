import type { CalendarYear } from '../../core/calendar/index.ts';
import { checkRoleSeparation } from '../../core/access/permissions.ts';
import { DomainError } from '../../core/kernel/result.ts';
import type { ServiceDeps } from '../context.ts';
import type { AccountRecord, Tx } from '../ports.ts';
import { createTaskIn } from '../tasks/create-task.ts';
import {
  DEMO_AB_PAIRS, DEMO_SECRETARY_LINKS, DEMO_ADMINS, DEMO_APPOINTED_FROM, DEMO_BODIES, DEMO_OFFICE_ASSISTS, DEMO_PASSWORD, DEMO_PEOPLE, DEMO_PORTFOLIOS, DEMO_POSITIONS,
  DEMO_TASKS, DEMO_TENANT, DEMO_BODY_DUTIES,
} from '../../packs/yunyang-2025/demo-org.ts';

const SEEDED_KEY = (tenantId: string) => `seeded:${tenantId}`;

/** Creates a tenant with its holiday calendars (idempotent). */
export async function ensureTenant(
  deps: ServiceDeps, tx: Tx, tenant: { id: string; name: string; packId: string }, calendars: readonly CalendarYear[],
): Promise<boolean> {
  if (await tx.tenants.get(tenant.id)) return false;
  const at = deps.clock.now();
  await tx.tenants.insert(tenant, at);
  await tx.audit.append(tenant.id, {
    type: 'tenant.created', at, actorAccountId: null, actorPersonId: null, subjectType: 'tenant', subjectId: tenant.id,
    payload: { name: tenant.name, packId: tenant.packId },
  });
  for (const y of calendars) {
    await tx.calendar.upsert(tenant.id, { year: y.year, source: y.source, data: y, loadedAt: at.toISOString() });
    await tx.audit.append(tenant.id, {
      type: 'calendar.year-loaded', at, actorAccountId: null, actorPersonId: null, subjectType: 'calendar', subjectId: String(y.year),
      payload: { year: y.year, source: y.source, outcome: 'inserted' },
    });
  }
  return true;
}

async function newAccount(deps: ServiceDeps, tx: Tx, a: Omit<AccountRecord, 'id' | 'createdAt' | 'passwordHash' | 'totpSecret' | 'totpEnabled' | 'disabled'> & { password: string }): Promise<AccountRecord> {
  const problem = checkRoleSeparation(a.roles);
  if (problem) throw new DomainError('ROLE_SEPARATION', problem);
  const at = deps.clock.now();
  const { password, ...rest } = a;
  const record: AccountRecord = {
    ...rest, id: deps.ids.id(), createdAt: at.toISOString(), passwordHash: await deps.hasher.hash(password),
    totpSecret: null, totpEnabled: false, disabled: false,
  };
  await tx.accounts.insert(record);
  await tx.audit.append(a.tenantId, {
    type: 'account.created', at, actorAccountId: null, actorPersonId: null, subjectType: 'account', subjectId: record.id,
    payload: { username: record.username, roles: record.roles },
  });
  return record;
}

/**
 * Seeds the demo organisation of Yunyang (fictional people) with demo accounts and a few tasks.
 * Runs once per tenant; the whole seed is one transaction.
 */
export async function seedDemo(
  deps: ServiceDeps, calendars: readonly CalendarYear[], packId: string, opts: { readonly tasks?: boolean } = {},
): Promise<{ seeded: boolean }> {
  return deps.store.transaction(async (tx) => {
    if (await tx.meta.get(SEEDED_KEY(DEMO_TENANT.id))) return { seeded: false };
    const tenantId = DEMO_TENANT.id;
    await ensureTenant(deps, tx, { ...DEMO_TENANT, packId }, calendars);
    const at = deps.clock.now();
    const bodyIds = new Map<string, string>();
    for (const [i, b] of DEMO_BODIES.entries()) {
      const id = deps.ids.id();
      bodyIds.set(b.code, id);
      await tx.org.insertBody({
        id, tenantId, code: b.code, name: b.name, kind: b.kind, parentId: b.parent ? bodyIds.get(b.parent) ?? null : null, docPrefix: b.docPrefix ?? null, sort: i,
        agencyType: b.agencyType ?? null, duty: DEMO_BODY_DUTIES.find((d) => d.body === b.code)?.duty ?? null,
      });
    }
    const positionIds = new Map<string, string>();
    const personIds = new Map<string, string>();
    for (const [i, p] of DEMO_POSITIONS.entries()) {
      const id = deps.ids.id();
      positionIds.set(p.code, id);
      await tx.org.insertPosition({ id, tenantId, bodyId: bodyIds.get(p.body)!, code: p.code, title: p.title, kind: p.kind, rank: i });
    }
    const hash = await deps.hasher.hash(DEMO_PASSWORD);
    for (const person of DEMO_PEOPLE) {
      const personId = deps.ids.id();
      await tx.org.insertPerson({ id: personId, tenantId, name: person.name });
      personIds.set(person.name, personId);
      for (const code of person.positions) {
        await tx.org.insertAppointment({ id: deps.ids.id(), tenantId, personId, positionId: positionIds.get(code)!, validFrom: DEMO_APPOINTED_FROM, validTo: null });
      }
      if (person.username) {
        const account: AccountRecord = {
          id: deps.ids.id(), tenantId, username: person.username, displayName: person.name, personId, passwordHash: hash,
          roles: person.roles ?? ['staff'], totpSecret: null, totpEnabled: false, mustChangePassword: false, disabled: false, createdAt: at.toISOString(),
        };
        await tx.accounts.insert(account);
      }
    }
    for (const admin of DEMO_ADMINS) {
      await tx.accounts.insert({
        id: deps.ids.id(), tenantId, username: admin.username, displayName: admin.displayName, personId: null, passwordHash: hash,
        roles: [admin.role], totpSecret: null, totpEnabled: false, mustChangePassword: false, disabled: false, createdAt: at.toISOString(),
      });
    }
    const pos = (code: string) => positionIds.get(code)!;
    for (const p of DEMO_AB_PAIRS) {
      await tx.authority.insertAbPair({ id: deps.ids.id(), tenantId, aPositionId: pos(p.a), bPositionId: pos(p.b), validFrom: DEMO_APPOINTED_FROM, validTo: null });
    }
    for (const p of DEMO_PORTFOLIOS) {
      for (const b of p.bodies) {
        await tx.authority.insertPortfolio({ id: deps.ids.id(), tenantId, positionId: pos(p.position), bodyId: bodyIds.get(b)!, area: null, validFrom: DEMO_APPOINTED_FROM, validTo: null });
      }
      for (const area of p.areas) {
        await tx.authority.insertPortfolio({ id: deps.ids.id(), tenantId, positionId: pos(p.position), bodyId: null, area, validFrom: DEMO_APPOINTED_FROM, validTo: null });
      }
    }
    for (const a of DEMO_OFFICE_ASSISTS) {
      await tx.authority.insertOfficeAssist({ id: deps.ids.id(), tenantId, officePositionId: pos(a.office), deputyPositionId: pos(a.deputy), validFrom: DEMO_APPOINTED_FROM, validTo: null });
    }
    for (const l of DEMO_SECRETARY_LINKS) {
      await tx.authority.insertSecretaryLink({
        id: deps.ids.id(), tenantId, secretaryPersonId: personIds.get(l.secretary)!, leaderPositionId: pos(l.leader),
        validFrom: DEMO_APPOINTED_FROM, validTo: null, createdByPersonId: null, createdAt: at.toISOString(),
      });
    }
    if (opts.tasks !== false) await demoTasksIn(deps, tx, tenantId);
    await tx.audit.append(tenantId, {
      type: 'seed.demo-loaded', at, actorAccountId: null, actorPersonId: null, subjectType: 'tenant', subjectId: tenantId,
      payload: { bodies: DEMO_BODIES.length, positions: DEMO_POSITIONS.length, people: DEMO_PEOPLE.length, accounts: DEMO_PEOPLE.filter((p) => p.username).length + DEMO_ADMINS.length },
    });
    await tx.meta.set(SEEDED_KEY(tenantId), at.toISOString());
    return { seeded: true };
  });
}

/** The demo 待办 (the organisation seeded), each due a few working days from now. */
async function demoTasksIn(deps: ServiceDeps, tx: Tx, tenantId: string): Promise<void> {
  const positions = await tx.org.positions(tenantId);
  for (const t of DEMO_TASKS) {
    await createTaskIn(deps, tx, null, tenantId, {
      title: t.title, kind: 'demo', sourceType: 'demo', ownerPositionId: positions.find((p) => p.code === t.position)?.id, period: { value: t.workdays, unit: 'workday' },
    });
  }
}

/** The demo 待办 on their own, for a demo whose organisation was seeded at an earlier time. */
export async function seedDemoTasks(deps: ServiceDeps, tenantId: string): Promise<void> {
  await deps.store.transaction((tx) => demoTasksIn(deps, tx, tenantId));
}

/**
 * Prepares a real deployment: the tenant, its calendars and the three administrators (三员),
 * each with a one-time password that must be changed at first login.
 */
export async function initDeployment(
  deps: ServiceDeps, tenant: { id: string; name: string; packId: string }, calendars: readonly CalendarYear[],
): Promise<{ created: boolean; admins: { username: string; role: string; oneTimePassword: string }[] }> {
  return deps.store.transaction(async (tx) => {
    const created = await ensureTenant(deps, tx, tenant, calendars);
    const admins: { username: string; role: string; oneTimePassword: string }[] = [];
    for (const a of DEMO_ADMINS) {
      if (await tx.accounts.byUsername(tenant.id, a.username)) continue;
      const oneTimePassword = `${deps.ids.token().slice(0, 16)}`;
      await newAccount(deps, tx, {
        tenantId: tenant.id, username: a.username, displayName: a.displayName, personId: null, roles: [a.role],
        mustChangePassword: true, password: oneTimePassword,
      });
      admins.push({ username: a.username, role: a.role, oneTimePassword });
    }
    return { created, admins };
  });
}
