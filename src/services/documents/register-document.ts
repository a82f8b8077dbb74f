import { DomainError } from '../../core/kernel/result.ts';
import { localDate } from '../../core/kernel/time.ts';
import { transition } from '../../core/procedures/documents/documents.decide.ts';
import type { DocumentElements } from '../../core/procedures/documents/documents.ts';
import { formatDocumentNumber, normativePrefix } from '../../core/procedures/documents/numbering.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, DocumentRecord, Tx } from '../ports.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { actingPositions } from '../org/acting-positions.ts';
import { loadDocument, moveTask, officePost, saveDocument } from './document-context.ts';
import { minutesDocumentPrefix } from '../meetings/minutes-issue.ts';

export type RegisterCommand =
  | { readonly type: 'register' }
  | { readonly type: 'void-number'; readonly reason: string }
  | { readonly type: 'issue' }
  | { readonly type: 'archive' };

/**
 * The 代字 a document is numbered under: the issuer's (云阳府发, 云阳府办发), its normative form for
 * a 规范性文件 (云阳府规, 云阳府办规, art. 21), or `云阳县人民政府令` for an order.
 */
export async function prefixFor(tx: Tx, tenantId: string, e: DocumentElements): Promise<string> {
  const bodies = await tx.org.bodies(tenantId);
  const issuer = bodies.find((b) => b.kind === (e.issuer === 'government' ? 'government' : 'office'));
  if (!issuer?.docPrefix) throw new DomainError('RULE_BLOCKED', `未设${e.issuer === 'government' ? '县政府' : '县政府办公室'}的机关代字，无法编号`);
  if (e.kind === '命令') return `${bodies.find((b) => b.kind === 'government')?.name ?? issuer.name}令`;
  return e.matter === 'normative' ? normativePrefix(issuer.docPrefix) : issuer.docPrefix;
}

/**
 * The office's part after signing: 复核 and 登记 (the number is taken from the register — one
 * sequence per 代字 per year, the year of 登记), 作废 of a number (kept in the register, never
 * reused; the document goes back to 复核), 印发 and 归档.
 */
export async function registerDocument(deps: ServiceDeps, actor: Actor, id: string, command: RegisterCommand): Promise<{ document: DocumentRecord; verdicts: readonly Verdict[] }> {
  const at = deps.clock.now();
  const { pack, verdict } = requirePack(deps, at);
  const offset = pack.utcOffsetMinutes;
  return deps.store.transaction(async (tx) => {
    const me = await actingPositions(deps.store, tx, actor, at, offset);
    const doc = await loadDocument(tx, actor, id, me.positionIds);
    const t = transition(doc.status, command.type);
    if (!t.ok) throw new DomainError('CONFLICT', t.message);
    const verdicts = [verdict];
    let next: DocumentRecord = { ...doc, status: t.to, updatedAt: at.toISOString(), version: doc.version + 1 };
    let payload: Record<string, unknown> = {};
    if (command.type === 'register') {
      // A 纪要 issued from signed minutes is numbered in its meeting kind's own series (ADR 0010).
      const prefix = (await minutesDocumentPrefix(tx, actor.tenantId, doc.id)) ?? (await prefixFor(tx, actor.tenantId, doc.elements));
      const year = Number(localDate(at, offset).slice(0, 4));
      const seq = await tx.documents.takeNumber(actor.tenantId, prefix, year);
      const number = formatDocumentNumber(prefix, year, seq);
      const numberId = deps.ids.id();
      await tx.documents.insertNumber({
        id: numberId, tenantId: actor.tenantId, prefix, year, seq, docNumber: number, documentId: doc.id, title: doc.elements.title,
        status: 'assigned', assignedAt: at.toISOString(), assignedByPersonId: actor.personId, voidedAt: null, voidReason: null,
      });
      next = { ...next, numberId, docNumber: number };
      payload = { number, prefix, year, seq };
    } else if (command.type === 'issue') {
      next = { ...next, issuedDate: localDate(at, offset) };
      payload = { issuedDate: next.issuedDate };
    } else if (command.type === 'void-number') {
      if (!doc.numberId) throw new DomainError('CONFLICT', '该公文没有文号');
      await tx.documents.voidNumber(actor.tenantId, doc.numberId, at.toISOString(), command.reason);
      next = { ...next, numberId: null, docNumber: null };
      payload = { number: doc.docNumber, reason: command.reason };
    }
    const office = await officePost(tx, actor.tenantId);
    const nextTask =
      next.status === 'registered' ? { title: '印发', kind: 'document-issue', positionId: office.positionId }
      : next.status === 'rechecking' ? { title: '复核并登记编号', kind: 'document-register', positionId: office.positionId }
      : next.status === 'issued' ? { title: '整理归档', kind: 'document-archive', positionId: office.positionId }
      : null;
    const taskId = await moveTask(deps, tx, actor, doc, nextTask, at);
    const saved = { ...next, currentTaskId: taskId };
    const type = command.type === 'register' ? 'document.registered' : command.type === 'void-number' ? 'document.number-voided' : command.type === 'issue' ? 'document.issued' : 'document.archived';
    await saveDocument(tx, actor, at, saved, { type, payload, verdicts });
    return { document: saved, verdicts };
  });
}
