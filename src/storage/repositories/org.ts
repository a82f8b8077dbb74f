import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { AppointmentRecord, BodyRecord, OrgPort, PersonRecord, PositionRecord } from '../../services/ports.ts';

const toBody = (r: Database['bodies']): BodyRecord => ({
  id: r.id, tenantId: r.tenant_id, code: r.code, name: r.name, kind: r.kind, parentId: r.parent_id, docPrefix: r.doc_prefix, sort: Number(r.sort),
  agencyType: r.agency_type, duty: r.duty,
});
const toPosition = (r: Database['positions']): PositionRecord => ({
  id: r.id, tenantId: r.tenant_id, bodyId: r.body_id, code: r.code, title: r.title, kind: r.kind, rank: Number(r.rank),
});
const toPerson = (r: Database['people']): PersonRecord => ({ id: r.id, tenantId: r.tenant_id, name: r.name });
const toAppointment = (r: Database['appointments']): AppointmentRecord => ({
  id: r.id, tenantId: r.tenant_id, personId: r.person_id, positionId: r.position_id, validFrom: r.valid_from, validTo: r.valid_to,
});

export function orgRepository(db: Kysely<Database>): OrgPort {
  const validOn = (date: string) => db.selectFrom('appointments').selectAll()
    .where('valid_from', '<=', date)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', date)]));
  return {
    async insertBody(b) {
      await db.insertInto('bodies').values({ id: b.id, tenant_id: b.tenantId, code: b.code, name: b.name, kind: b.kind, parent_id: b.parentId, doc_prefix: b.docPrefix, sort: b.sort, agency_type: b.agencyType ?? null, duty: b.duty ?? null }).execute();
    },
    async insertPosition(p) {
      await db.insertInto('positions').values({ id: p.id, tenant_id: p.tenantId, body_id: p.bodyId, code: p.code, title: p.title, kind: p.kind, rank: p.rank }).execute();
    },
    async insertPerson(p) {
      await db.insertInto('people').values({ id: p.id, tenant_id: p.tenantId, name: p.name }).execute();
    },
    async insertAppointment(a) {
      await db.insertInto('appointments').values({ id: a.id, tenant_id: a.tenantId, person_id: a.personId, position_id: a.positionId, valid_from: a.validFrom, valid_to: a.validTo }).execute();
    },
    async bodies(tenantId) {
      return (await db.selectFrom('bodies').selectAll().where('tenant_id', '=', tenantId).orderBy('sort').execute()).map(toBody);
    },
    async positions(tenantId) {
      return (await db.selectFrom('positions').selectAll().where('tenant_id', '=', tenantId).orderBy('rank').execute()).map(toPosition);
    },
    async people(tenantId) {
      return (await db.selectFrom('people').selectAll().where('tenant_id', '=', tenantId).execute()).map(toPerson);
    },
    async appointments(tenantId) {
      return (await db.selectFrom('appointments').selectAll().where('tenant_id', '=', tenantId).execute()).map(toAppointment);
    },
    async holdersOn(tenantId, positionId, date) {
      return (await validOn(date).where('tenant_id', '=', tenantId).where('position_id', '=', positionId).execute()).map(toAppointment);
    },
    async positionsOfPersonOn(tenantId, personId, date) {
      return (await validOn(date).where('tenant_id', '=', tenantId).where('person_id', '=', personId).execute()).map(toAppointment);
    },
    async person(tenantId, id) {
      const r = await db.selectFrom('people').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
      return r && toPerson(r);
    },
    async position(tenantId, id) {
      const r = await db.selectFrom('positions').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
      return r && toPosition(r);
    },
    async positionByCode(tenantId, code) {
      const r = await db.selectFrom('positions').selectAll().where('tenant_id', '=', tenantId).where('code', '=', code).executeTakeFirst();
      return r && toPosition(r);
    },
    async renameBody(tenantId, id, name) {
      await db.updateTable('bodies').set({ name }).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
    },
    async renamePosition(tenantId, id, title) {
      await db.updateTable('positions').set({ title }).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
    },
  };
}
