import { createHash } from 'node:crypto';
import { DomainError } from '../../core/kernel/result.ts';
import { checkAttachment } from '../../core/procedures/documents/attachments.ts';
import { documentNotClassified } from '../../core/procedures/documents/documents.rules.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, AttachmentRecord, DocumentRecord } from '../ports.ts';
import { ruleBlocked } from '../platform/errors.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { actingPositions } from '../org/acting-positions.ts';
import { loadDocument } from './document-context.ts';

/** While the text may change — the drafter at 拟稿, the office at 核稿 — attachments may too. */
function mayChange(doc: DocumentRecord, actor: Actor): boolean {
  return (doc.status === 'drafting' && doc.drafterPersonId === actor.personId) || (doc.status === 'reviewing' && actor.roles.includes('office'));
}

/**
 * Adds a file to a document: the name (no secrecy marking, art. 61), the type (by extension,
 * confirmed by the first bytes) and the size (pack parameter) are checked before anything is kept;
 * a refusal leaves nothing behind.
 */
export async function addAttachment(deps: ServiceDeps, actor: Actor, documentId: string, file: { name: string; contentType: string; data: Buffer }): Promise<AttachmentRecord> {
  const at = deps.clock.now();
  const { pack, verdict } = requirePack(deps, at);
  const marking = documentNotClassified.check({ fields: { 附件文件名: file.name } });
  if (marking.outcome === 'block') throw ruleBlocked([marking]);
  const check = checkAttachment(file.name, file.data.length, file.data.subarray(0, 16), pack.numberParam('document.attachmentMaxMegabytes') * 1048576);
  if (!check.ok) throw new DomainError('ATTACHMENT_REFUSED', check.message);
  return deps.store.transaction(async (tx) => {
    const me = await actingPositions(deps.store, tx, actor, at, pack.utcOffsetMinutes);
    const doc = await loadDocument(tx, actor, documentId, me.positionIds);
    if (!mayChange(doc, actor)) throw new DomainError('FORBIDDEN', '只有拟稿（拟稿人）和核稿（县政府办公室）环节可以增删附件');
    const record: AttachmentRecord = {
      id: deps.ids.id(), tenantId: actor.tenantId, documentId, name: file.name.trim(), contentType: file.contentType || 'application/octet-stream', size: file.data.length,
      digest: createHash('sm3').update(file.data).digest('hex'), uploadedByPersonId: actor.personId, uploadedAt: at.toISOString(), removedAt: null,
    };
    await tx.documents.insertAttachment({ ...record, contentBase64: file.data.toString('base64') });
    await tx.audit.append(actor.tenantId, {
      type: 'document.attachment-added', at, actorAccountId: actor.accountId, actorPersonId: actor.personId, subjectType: 'document', subjectId: documentId,
      payload: { attachmentId: record.id, name: record.name, size: record.size, digest: record.digest }, verdicts: [verdict, marking],
    });
    return record;
  });
}

export async function removeAttachment(deps: ServiceDeps, actor: Actor, documentId: string, attachmentId: string): Promise<void> {
  const at = deps.clock.now();
  const { pack, verdict } = requirePack(deps, at);
  await deps.store.transaction(async (tx) => {
    const me = await actingPositions(deps.store, tx, actor, at, pack.utcOffsetMinutes);
    const doc = await loadDocument(tx, actor, documentId, me.positionIds);
    if (!mayChange(doc, actor)) throw new DomainError('FORBIDDEN', '只有拟稿（拟稿人）和核稿（县政府办公室）环节可以增删附件');
    const found = (await tx.documents.attachments(actor.tenantId, documentId)).find((a) => a.id === attachmentId && a.removedAt === null);
    if (!found) throw new DomainError('NOT_FOUND', '附件不存在');
    // Removed from the document, kept in storage: the record of what was attached stays.
    await tx.documents.removeAttachment(actor.tenantId, attachmentId, at.toISOString(), actor.personId);
    await tx.audit.append(actor.tenantId, {
      type: 'document.attachment-removed', at, actorAccountId: actor.accountId, actorPersonId: actor.personId, subjectType: 'document', subjectId: documentId,
      payload: { attachmentId, name: found.name }, verdicts: [verdict],
    });
  });
}

/** The file, for whoever may see the document. */
export async function readAttachment(deps: ServiceDeps, actor: Actor, documentId: string, attachmentId: string): Promise<{ name: string; contentType: string; data: Buffer }> {
  const at = deps.clock.now();
  const { pack } = requirePack(deps, at);
  const me = await actingPositions(deps.store, deps.store, actor, at, pack.utcOffsetMinutes);
  await loadDocument(deps.store, actor, documentId, me.positionIds);
  const a = await deps.store.documents.attachmentContent(actor.tenantId, documentId, attachmentId);
  if (!a) throw new DomainError('NOT_FOUND', '附件不存在');
  return { name: a.name, contentType: a.contentType, data: Buffer.from(a.contentBase64, 'base64') };
}
