import type { Kysely, Selectable } from 'kysely';
import type { Database, KeyWorkEntriesTable, KeyWorkItemsTable } from '../schema.ts';
import type { KeyWorkEntryRecord, KeyWorkItemRecord, KeyWorkPort } from '../../services/ports.ts';

const toItem = (r: Selectable<KeyWorkItemsTable>): KeyWorkItemRecord => ({
  id: r.id, tenantId: r.tenant_id, year: Number(r.year), quarter: Number(r.quarter) as KeyWorkItemRecord['quarter'], seq: Number(r.seq), title: r.title, target: r.target,
  leadBodyId: r.lead_body_id, coBodyIds: JSON.parse(r.co_body_ids) as string[], leaderPositionId: r.leader_position_id, dueDate: r.due_date,
  status: r.status as KeyWorkItemRecord['status'], carriedFromId: r.carried_from_id, createdAt: r.created_at, createdByPersonId: r.created_by_person_id,
  updatedAt: r.updated_at, version: Number(r.version),
});

const fromItem = (i: KeyWorkItemRecord): KeyWorkItemsTable => ({
  id: i.id, tenant_id: i.tenantId, year: i.year, quarter: i.quarter, seq: i.seq, title: i.title, target: i.target, lead_body_id: i.leadBodyId,
  co_body_ids: JSON.stringify(i.coBodyIds), leader_position_id: i.leaderPositionId, due_date: i.dueDate, status: i.status,
  carried_from_id: i.carriedFromId, created_at: i.createdAt, created_by_person_id: i.createdByPersonId, updated_at: i.updatedAt, version: i.version,
});

const toEntry = (r: Selectable<KeyWorkEntriesTable>): KeyWorkEntryRecord => ({
  id: r.id, tenantId: r.tenant_id, itemId: r.item_id, seq: Number(r.seq), kind: r.kind as KeyWorkEntryRecord['kind'], text: r.text,
  reportDate: r.report_date, statusAfter: r.status_after as KeyWorkEntryRecord['statusAfter'], previous: r.previous, relatedItemId: r.related_item_id,
  at: r.at, personId: r.person_id, onBehalfOfPersonId: r.on_behalf_of_person_id, positionId: r.position_id,
});

export function keyWorkRepository(db: Kysely<Database>): KeyWorkPort {
  return {
    async get(tenantId, id) {
      const r = await db.selectFrom('key_work_items').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
      return r && toItem(r);
    },
    async list(tenantId, q) {
      const rows = await db.selectFrom('key_work_items').selectAll().where('tenant_id', '=', tenantId).where('year', '=', q.year).where('quarter', '=', q.quarter)
        .orderBy('seq').execute();
      return rows.map(toItem);
    },
    async carriedFrom(tenantId, ids) {
      if (ids.length === 0) return [];
      return (await db.selectFrom('key_work_items').selectAll().where('tenant_id', '=', tenantId).where('carried_from_id', 'in', ids).execute()).map(toItem);
    },
    async quarters(tenantId) {
      const rows = await db.selectFrom('key_work_items').select(['year', 'quarter']).distinct().where('tenant_id', '=', tenantId).orderBy('year').orderBy('quarter').execute();
      return rows.map((r) => ({ year: Number(r.year), quarter: Number(r.quarter) as KeyWorkItemRecord['quarter'] }));
    },
    async insert(i) {
      await db.insertInto('key_work_items').values(fromItem(i)).execute();
    },
    async update(i) {
      const { id: _id, tenant_id: _t, ...rest } = fromItem(i);
      const r = await db.updateTable('key_work_items').set(rest).where('tenant_id', '=', i.tenantId).where('id', '=', i.id).where('version', '=', i.version - 1).executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async entries(tenantId, itemId) {
      return (await db.selectFrom('key_work_entries').selectAll().where('tenant_id', '=', tenantId).where('item_id', '=', itemId).orderBy('seq').execute()).map(toEntry);
    },
    async appendEntry(e) {
      await db.insertInto('key_work_entries').values({
        id: e.id, tenant_id: e.tenantId, item_id: e.itemId, seq: e.seq, kind: e.kind, text: e.text, report_date: e.reportDate, status_after: e.statusAfter,
        previous: e.previous, related_item_id: e.relatedItemId, at: e.at, person_id: e.personId, on_behalf_of_person_id: e.onBehalfOfPersonId, position_id: e.positionId,
      }).execute();
    },
  };
}
