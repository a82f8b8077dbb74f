import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { CalendarPort, MetaPort, TenantsPort } from '../../services/ports.ts';
import type { CalendarYear } from '../../core/calendar/index.ts';
import { GENESIS_HASH } from '../audit-log.ts';

export function calendarRepository(db: Kysely<Database>): CalendarPort {
  return {
    async years(tenantId) {
      const rows = await db.selectFrom('calendar_years').selectAll().where('tenant_id', '=', tenantId).orderBy('year').execute();
      return rows.map((r) => ({ year: Number(r.year), source: r.source, data: JSON.parse(r.data) as CalendarYear, loadedAt: r.loaded_at }));
    },
    async upsert(tenantId, y) {
      const existing = await db.selectFrom('calendar_years').select('year').where('tenant_id', '=', tenantId).where('year', '=', y.year).executeTakeFirst();
      const row = { source: y.source, data: JSON.stringify(y.data), loaded_at: y.loadedAt };
      if (existing) {
        await db.updateTable('calendar_years').set(row).where('tenant_id', '=', tenantId).where('year', '=', y.year).execute();
        return 'replaced';
      }
      await db.insertInto('calendar_years').values({ tenant_id: tenantId, year: y.year, ...row }).execute();
      return 'inserted';
    },
  };
}

export function tenantsRepository(db: Kysely<Database>): TenantsPort {
  return {
    async get(id) {
      const r = await db.selectFrom('tenants').selectAll().where('id', '=', id).executeTakeFirst();
      return r && { id: r.id, name: r.name, packId: r.pack_id };
    },
    async list() {
      return (await db.selectFrom('tenants').selectAll().orderBy('id').execute()).map((r) => ({ id: r.id, name: r.name, packId: r.pack_id }));
    },
    async insert(t, at) {
      await db.insertInto('tenants').values({ id: t.id, name: t.name, pack_id: t.packId, created_at: at.toISOString() }).execute();
      // The tenant's audit chain starts with its head row, which appends lock.
      await db.insertInto('audit_heads').values({ tenant_id: t.id, seq: 0, hash: GENESIS_HASH }).onConflict((oc) => oc.column('tenant_id').doNothing()).execute();
    },
  };
}

export function metaRepository(db: Kysely<Database>): MetaPort {
  return {
    async get(key) {
      return (await db.selectFrom('meta').select('value').where('key', '=', key).executeTakeFirst())?.value;
    },
    async set(key, value) {
      await db.insertInto('meta').values({ key, value }).onConflict((oc) => oc.column('key').doUpdateSet({ value })).execute();
    },
  };
}
