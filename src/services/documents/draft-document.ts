import { DomainError } from '../../core/kernel/result.ts';
import { localDate } from '../../core/kernel/time.ts';
import { decideDraft } from '../../core/procedures/documents/documents.decide.ts';
import type { DocumentElements } from '../../core/procedures/documents/documents.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, DocumentRecord, Tx } from '../ports.ts';
import { ruleBlocked } from '../platform/errors.ts';
import { topLevelBody } from '../../core/org/structure.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { actingPositions } from '../org/acting-positions.ts';
import { loadDocument, saveDocument } from './document-context.ts';

/**
 * Checks a draft against the drafting rules. A classified marking (art. 61) is refused and the
 * refusal is audited in its own transaction — which fields and which level, never the text.
 */
async function checkDraft(deps: ServiceDeps, actor: Actor, elements: DocumentElements, documentId: string | null, at: Date): Promise<readonly Verdict[]> {
  const decision = decideDraft(elements, await countyAddressees(deps, actor.tenantId));
  if (decision.ok) return decision.verdicts;
  const classified = decision.verdicts.find((v) => v.rule === 'document.not-classified' && v.outcome === 'block');
  if (classified) {
    await deps.store.transaction((tx) => tx.audit.append(actor.tenantId, {
      type: 'document.classified-refused', at, actorAccountId: actor.accountId, actorPersonId: actor.personId, subjectType: 'document', subjectId: documentId,
      payload: { kind: elements.kind, stage: documentId ? '修改' : '拟稿' }, verdicts: [classified],
    }));
  }
  throw ruleBlocked(decision.verdicts);
}

/** Art. 54: the names a submission may be addressed to — the county government and its office. */
async function countyAddressees(deps: ServiceDeps, tenantId: string): Promise<string[]> {
  const bodies = await deps.store.org.bodies(tenantId);
  const named = bodies.filter((b) => b.kind === 'government' || b.kind === 'office').map((b) => b.name);
  return [...named, '县政府', '县人民政府', '县政府办公室'];
}

/** The fields that differ between two versions, by their Chinese names (shown in the version history). */
const FIELD_LABELS: Readonly<Record<keyof DocumentElements, string>> = {
  kind: '文种', issuer: '发文机关', title: '标题', mainRecipients: '主送', ccRecipients: '抄送', urgency: '紧急程度', body: '正文', annotation: '附注',
  attachmentNames: '附件说明', disclosure: '公开属性', disclosureReason: '不公开理由', isPolicy: '政策性文件', interpretation: '政策解读', matter: '事项类别',
  importanceProposed: '重要程度（拟稿人提出）', subjectBodyIds: '涉及部门', subjectAreas: '涉及领域', assignedBy: '交办情况',
};

export function changedFields(before: DocumentElements | null, after: DocumentElements): string[] {
  return (Object.keys(FIELD_LABELS) as (keyof DocumentElements)[])
    .filter((k) => before === null || JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    .map((k) => FIELD_LABELS[k]);
}

async function insertVersion(deps: ServiceDeps, tx: Tx, actor: Actor, doc: DocumentRecord, before: DocumentElements | null, note: string, at: Date): Promise<void> {
  const versions = await tx.documents.versions(actor.tenantId, doc.id);
  await tx.documents.insertVersion({
    id: deps.ids.id(), tenantId: actor.tenantId, documentId: doc.id, versionNo: versions.length + 1, elements: doc.elements,
    changedFields: changedFields(before, doc.elements), changedByPersonId: actor.personId, changedAt: at.toISOString(), note,
  });
}

/** 拟稿: a new outgoing document in the drafter's name and unit. */
export async function createDocument(deps: ServiceDeps, actor: Actor, elements: DocumentElements): Promise<{ document: DocumentRecord; verdicts: readonly Verdict[] }> {
  const at = deps.clock.now();
  const { pack, verdict } = requirePack(deps, at);
  if (!actor.personId) throw new DomainError('FORBIDDEN', '该账号不对应任何工作人员，不能拟稿');
  const verdicts = [verdict, ...(await checkDraft(deps, actor, elements, null, at))];
  return deps.store.transaction(async (tx) => {
    const held = await tx.org.positionsOfPersonOn(actor.tenantId, actor.personId!, localDate(at, pack.utcOffsetMinutes));
    const position = held[0] ? await tx.org.position(actor.tenantId, held[0].positionId) : undefined;
    await checkSubjects(tx, actor.tenantId, elements);
    if (elements.issuer === 'department') {
      const bodies = await tx.org.bodies(actor.tenantId);
      const body = position ? topLevelBody(bodies, position.bodyId) : undefined;
      if (!body || !SUBMITTING_KINDS.has(body.kind)) throw new DomainError('VALIDATION_FAILED', '字段 issuer：只有部门、乡镇（街道）的工作人员可以拟制报送县政府的文件', { fields: ['issuer'] });
    }
    const doc: DocumentRecord = {
      id: deps.ids.id(), tenantId: actor.tenantId, status: 'drafting', elements, draftingBodyId: position?.bodyId ?? null,
      drafterPersonId: actor.personId!, drafterPositionId: position?.id ?? null, importance: null, withinDepartmentPowers: false,
      route: [], routeClause: null, specialOrder: null, numberId: null, docNumber: null, signedDate: null, issuedDate: null, currentTaskId: null,
      createdAt: at.toISOString(), updatedAt: at.toISOString(), version: 1,
    };
    await tx.documents.insert(doc);
    await insertVersion(deps, tx, actor, doc, null, '拟稿', at);
    await tx.audit.append(actor.tenantId, {
      type: 'document.drafted', at, actorAccountId: actor.accountId, actorPersonId: actor.personId, subjectType: 'document', subjectId: doc.id,
      payload: { kind: elements.kind, issuer: elements.issuer, title: elements.title }, verdicts,
    });
    return { document: doc, verdicts };
  });
}

/** Edits the text while it is with the drafter (拟稿) or the office (核稿); every edit is a version with its changed fields. */
export async function editDocument(deps: ServiceDeps, actor: Actor, id: string, elements: DocumentElements, note: string, expectedVersion: number): Promise<{ document: DocumentRecord; verdicts: readonly Verdict[] }> {
  const at = deps.clock.now();
  const { pack, verdict } = requirePack(deps, at);
  const verdicts = [verdict, ...(await checkDraft(deps, actor, elements, id, at))];
  return deps.store.transaction(async (tx) => {
    const me = await actingPositions(deps.store, tx, actor, at, pack.utcOffsetMinutes);
    const doc = await loadDocument(tx, actor, id, me.positionIds);
    if (doc.version !== expectedVersion) throw new DomainError('CONFLICT', '该公文已被他人更新，请刷新后重试');
    const mayEdit = (doc.status === 'drafting' && doc.drafterPersonId === actor.personId) || (doc.status === 'reviewing' && actor.roles.includes('office'));
    if (!mayEdit) throw new DomainError('FORBIDDEN', doc.status === 'drafting' ? '拟稿环节只有拟稿人可以修改' : '只有拟稿（拟稿人）和核稿（县政府办公室）环节可以修改正文；签发后的实质性修改须退回原签批人复审');
    await checkSubjects(tx, actor.tenantId, elements);
    const next: DocumentRecord = { ...doc, elements, updatedAt: at.toISOString(), version: doc.version + 1 };
    const changed = changedFields(doc.elements, elements);
    await saveDocument(tx, actor, at, next, { type: 'document.edited', payload: { changed, note }, verdicts });
    await insertVersion(deps, tx, actor, next, doc.elements, note || (doc.status === 'reviewing' ? '核稿修改' : '拟稿修改'), at);
    return { document: next, verdicts };
  });
}

/** Bodies that submit documents to the county government (art. 54; art. 69 bodies alike). */
const SUBMITTING_KINDS: ReadonlySet<string> = new Set(['department', 'town', 'street', 'agency']);

async function checkSubjects(tx: Tx, tenantId: string, e: DocumentElements): Promise<void> {
  const bodies = new Set((await tx.org.bodies(tenantId)).map((b) => b.id));
  const bad = e.subjectBodyIds.filter((b) => !bodies.has(b));
  if (bad.length > 0) throw new DomainError('VALIDATION_FAILED', '字段 subjectBodyIds：涉及的部门不存在', { fields: ['subjectBodyIds'] });
}
