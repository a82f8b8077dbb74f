import { createHash, createHmac, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';
import type { AuditEventRecord, AuditPort, NewAuditEvent } from '../services/ports.ts';
import type { DialectName } from './dialects/dialect.ts';

/** The hash before the first event of a tenant's chain. */
export const GENESIS_HASH = '0'.repeat(64);

export function sm3(text: string): string {
  return createHash('sm3').update(text, 'utf8').digest('hex');
}

/** The exact bytes an event's hash covers: every stored field, in a fixed order, and the previous hash. */
export function eventDigestInput(e: Omit<AuditEventRecord, 'hash'>): string {
  return JSON.stringify([
    e.tenantId, e.seq, e.id, e.at, e.type, e.actorAccountId, e.actorPersonId, e.onBehalfOfPersonId,
    e.subjectType, e.subjectId, e.payload, e.verdicts, e.prevHash,
  ]);
}

export function eventHash(e: Omit<AuditEventRecord, 'hash'>): string {
  return sm3(eventDigestInput(e));
}

/** Keyed checkpoint MAC: HMAC-SM3 over tenant, sequence number and chain hash. */
export function checkpointMac(key: Buffer, tenantId: string, seq: number, hash: string): string {
  return createHmac('sm3', key).update(`${tenantId}\n${seq}\n${hash}`, 'utf8').digest('hex');
}

export function toAuditRecord(r: Database['audit_events']): AuditEventRecord {
  return {
    tenantId: r.tenant_id, seq: Number(r.seq), id: r.id, at: r.at, type: r.type,
    actorAccountId: r.actor_account_id, actorPersonId: r.actor_person_id, onBehalfOfPersonId: r.on_behalf_of_person_id,
    subjectType: r.subject_type, subjectId: r.subject_id, payload: r.payload, verdicts: r.verdicts,
    prevHash: r.prev_hash, hash: r.hash,
  };
}

/** Appends to the tenant's hash chain. Must run inside the transaction of the change it records. */
export function auditLog(db: Kysely<Database>, dialect: DialectName): AuditPort {
  return {
    async append(tenantId: string, e: NewAuditEvent) {
      // PostgreSQL: lock the tenant's chain head so concurrent transactions append one after another.
      // SQLite: transactions are serialised by the database itself.
      const readHead = () => {
        let q = db.selectFrom('audit_heads').select(['seq', 'hash']).where('tenant_id', '=', tenantId);
        if (dialect === 'postgres') q = q.forUpdate();
        return q.executeTakeFirst();
      };
      let head = await readHead();
      if (!head) {
        // A tenant created before head rows existed: create its head, then lock it.
        await db.insertInto('audit_heads').values({ tenant_id: tenantId, seq: 0, hash: GENESIS_HASH })
          .onConflict((oc) => oc.column('tenant_id').doNothing()).execute();
        head = await readHead();
      }
      const prevSeq = head ? Number(head.seq) : 0;
      const prevHash = head?.hash ?? GENESIS_HASH;
      const base = {
        tenantId, seq: prevSeq + 1, id: randomUUID(), at: e.at.toISOString(), type: e.type,
        actorAccountId: e.actorAccountId, actorPersonId: e.actorPersonId, onBehalfOfPersonId: e.onBehalfOfPersonId ?? null,
        subjectType: e.subjectType, subjectId: e.subjectId,
        payload: JSON.stringify(e.payload), verdicts: JSON.stringify(e.verdicts ?? []), prevHash,
      };
      const record: AuditEventRecord = { ...base, hash: eventHash(base) };
      const row = {
        tenant_id: record.tenantId, seq: record.seq, id: record.id, at: record.at, type: record.type,
        actor_account_id: record.actorAccountId, actor_person_id: record.actorPersonId,
        on_behalf_of_person_id: record.onBehalfOfPersonId, subject_type: record.subjectType, subject_id: record.subjectId,
        payload: record.payload, verdicts: record.verdicts, prev_hash: record.prevHash, hash: record.hash,
      };
      if (dialect === 'postgres') {
        // One round trip while the head is locked: move the head and insert the event together.
        await db.with('moved', (qb) => qb.updateTable('audit_heads').set({ seq: record.seq, hash: record.hash }).where('tenant_id', '=', tenantId))
          .insertInto('audit_events').values(row).execute();
      } else {
        await db.insertInto('audit_events').values(row).execute();
        await db.updateTable('audit_heads').set({ seq: record.seq, hash: record.hash }).where('tenant_id', '=', tenantId).execute();
      }
      return record;
    },
    async list(tenantId, q) {
      let sel = db.selectFrom('audit_events').selectAll().where('tenant_id', '=', tenantId);
      if (q.subjectType) sel = sel.where('subject_type', '=', q.subjectType);
      if (q.subjectId) sel = sel.where('subject_id', '=', q.subjectId);
      if (q.beforeSeq) sel = sel.where('seq', '<', q.beforeSeq);
      const rows = await sel.orderBy('seq', 'desc').limit(q.limit).execute();
      return rows.map(toAuditRecord);
    },
  };
}
