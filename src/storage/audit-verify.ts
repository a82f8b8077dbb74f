import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';
import { GENESIS_HASH, checkpointMac, eventHash, toAuditRecord } from './audit-log.ts';

export interface Checkpoint {
  readonly tenantId: string;
  readonly seq: number;
  readonly hash: string;
  readonly mac: string;
  readonly createdAt: string;
}

export interface VerifyProblem {
  readonly seq: number | null;
  readonly eventId: string | null;
  /** Chinese description naming what is wrong. */
  readonly message: string;
}

export interface VerifyReport {
  readonly tenantId: string;
  readonly ok: boolean;
  readonly events: number;
  readonly checkpointsChecked: number;
  readonly lastSeq: number;
  readonly lastHash: string;
  /** The first problem found (the first bad event), when any. */
  readonly firstProblem: VerifyProblem | null;
}

/** Records a keyed checkpoint of the tenant's chain head when it moved since the last one. */
export async function writeCheckpoint(db: Kysely<Database>, tenantId: string, key: Buffer, at: Date): Promise<Checkpoint | null> {
  const head = await db.selectFrom('audit_heads').select(['seq', 'hash']).where('tenant_id', '=', tenantId).executeTakeFirst();
  if (!head) return null;
  const last = await db.selectFrom('audit_checkpoints').select('seq').where('tenant_id', '=', tenantId)
    .orderBy('seq', 'desc').limit(1).executeTakeFirst();
  const seq = Number(head.seq);
  if (seq === 0 || (last && Number(last.seq) >= seq)) return null;
  const cp: Checkpoint = { tenantId, seq, hash: head.hash, mac: checkpointMac(key, tenantId, seq, head.hash), createdAt: at.toISOString() };
  await db.insertInto('audit_checkpoints').values({ tenant_id: tenantId, seq, hash: cp.hash, mac: cp.mac, created_at: cp.createdAt }).execute();
  return cp;
}

const BATCH = 2000;

/**
 * Walks the whole chain: contiguous sequence numbers from 1, each event's hash recomputed from
 * its stored fields, each link to the previous hash; then every checkpoint (stored and exported)
 * must carry a valid MAC and match the chain at its sequence number. A checkpoint beyond the
 * chain's end means the chain was cut short.
 */
export async function verifyChain(
  db: Kysely<Database>, tenantId: string, key: Buffer, exported: readonly Checkpoint[],
): Promise<VerifyReport> {
  const hashes = new Map<number, string>();
  const wanted = new Set<number>();
  const stored = (await db.selectFrom('audit_checkpoints').selectAll().where('tenant_id', '=', tenantId).execute())
    .map((r): Checkpoint => ({ tenantId: r.tenant_id, seq: Number(r.seq), hash: r.hash, mac: r.mac, createdAt: r.created_at }));
  const checkpoints = [...stored, ...exported.filter((c) => c.tenantId === tenantId)];
  for (const c of checkpoints) wanted.add(c.seq);

  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let count = 0;
  let problem: VerifyProblem | null = null;
  let after = 0;
  outer: for (;;) {
    const rows = await db.selectFrom('audit_events').selectAll().where('tenant_id', '=', tenantId)
      .where('seq', '>', after).orderBy('seq').limit(BATCH).execute();
    if (rows.length === 0) break;
    for (const row of rows) {
      const e = toAuditRecord(row);
      after = e.seq;
      if (e.seq !== expectedSeq) {
        problem = { seq: expectedSeq, eventId: null, message: `审计事件第${expectedSeq}号缺失（链在第${expectedSeq - 1}号之后直接跳到第${e.seq}号），事件被删除或插入` };
        break outer;
      }
      if (e.prevHash !== prevHash) {
        problem = { seq: e.seq, eventId: e.id, message: `审计事件第${e.seq}号（${e.id}）的前序哈希与上一事件不符，链被改动` };
        break outer;
      }
      const { hash: _stored, ...rest } = e;
      if (eventHash(rest) !== e.hash) {
        problem = { seq: e.seq, eventId: e.id, message: `审计事件第${e.seq}号（${e.id}）的内容与其SM3哈希不符，事件被篡改` };
        break outer;
      }
      if (wanted.has(e.seq)) hashes.set(e.seq, e.hash);
      prevHash = e.hash;
      expectedSeq++;
      count++;
    }
  }
  const lastSeq = expectedSeq - 1;

  if (!problem) {
    for (const c of checkpoints.sort((a, b) => a.seq - b.seq)) {
      if (checkpointMac(key, c.tenantId, c.seq, c.hash) !== c.mac) {
        problem = { seq: c.seq, eventId: null, message: `第${c.seq}号检查点的密钥校验值无效（检查点被伪造，或密钥不符）` };
        break;
      }
      if (c.seq > lastSeq) {
        problem = { seq: lastSeq + 1, eventId: null, message: `审计链只到第${lastSeq}号，但已导出的检查点覆盖到第${c.seq}号：链尾事件被删除` };
        break;
      }
      if (hashes.get(c.seq) !== c.hash) {
        problem = { seq: c.seq, eventId: null, message: `审计事件第${c.seq}号的哈希与检查点不符，此前的事件被改写` };
        break;
      }
    }
  }
  if (!problem) {
    const head = await db.selectFrom('audit_heads').select(['seq', 'hash']).where('tenant_id', '=', tenantId).executeTakeFirst();
    if (head && (Number(head.seq) !== lastSeq || head.hash !== prevHash)) {
      problem = { seq: Number(head.seq), eventId: null, message: `审计链头记录（第${head.seq}号）与实际链尾（第${lastSeq}号）不符` };
    }
  }
  return {
    tenantId, ok: problem === null, events: count, checkpointsChecked: checkpoints.length,
    lastSeq, lastHash: prevHash, firstProblem: problem,
  };
}
