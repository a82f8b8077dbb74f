import { currentStep } from '../../core/procedures/documents/documents.decide.ts';
import { DOCUMENT_STATUS_LABELS } from '../../core/procedures/documents/documents.machine.ts';
import { documentAbilities } from '../../core/procedures/documents/documents.policy.ts';
import type { DocumentStatus } from '../../core/procedures/documents/documents.ts';
import { permissionsOf } from '../../core/access/permissions.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, DocumentRecord } from '../ports.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { actingPositions, whoActsFor } from '../org/acting-positions.ts';
import { actsForCountyHead, canSee, loadDocument } from './document-context.ts';
import { procedureHistory } from '../platform/history.ts';
import { meetingOfDocument } from '../meetings/minutes-issue.ts';

/** Documents the actor may see, newest first: the drafter's own, those on their route, and all for the office. */
export async function listDocuments(deps: ServiceDeps, actor: Actor, q: { statuses?: readonly DocumentStatus[]; mine?: boolean }) {
  const at = deps.clock.now();
  const { pack } = requirePack(deps, at);
  const me = await actingPositions(deps.store, deps.store, actor, at, pack.utcOffsetMinutes);
  const rows = await deps.store.documents.list(actor.tenantId, { ...(q.statuses ? { statuses: q.statuses } : {}), ...(q.mine && actor.personId ? { drafterPersonId: actor.personId } : {}), limit: 500 });
  const people = new Map((await deps.store.org.people(actor.tenantId)).map((p) => [p.id, p.name]));
  const head = await actsForCountyHead(deps.store, actor.tenantId, me.positionIds);
  return rows.filter((d) => canSee(d, actor, me.positionIds, head)).map((d) => {
    const step = currentStep(d.route);
    return {
      id: d.id, kind: d.elements.kind, issuer: d.elements.issuer, title: d.elements.title, urgency: d.elements.urgency, status: d.status,
      statusLabel: DOCUMENT_STATUS_LABELS[d.status], docNumber: d.docNumber, drafterName: people.get(d.drafterPersonId) ?? '',
      currentStep: d.status === 'signing' && step ? { seq: step.seq, action: step.action, title: step.title } : null,
      awaitingMe: d.status === 'signing' && step !== undefined && me.positionIds.includes(step.positionId),
      mine: d.drafterPersonId === actor.personId,
      updatedAt: d.updatedAt, createdAt: d.createdAt,
    };
  });
}

/** One document with its route (who acts for the waiting step now, and why), versions, history and the actor's abilities. */
export async function getDocument(deps: ServiceDeps, actor: Actor, id: string) {
  const at = deps.clock.now();
  const { pack } = requirePack(deps, at);
  const offset = pack.utcOffsetMinutes;
  const me = await actingPositions(deps.store, deps.store, actor, at, offset);
  const doc = await loadDocument(deps.store, actor, id, me.positionIds);
  const [versions, events, people, bodies, attachments] = await Promise.all([
    deps.store.documents.versions(actor.tenantId, id),
    deps.store.audit.list(actor.tenantId, { subjectType: 'document', subjectId: id, limit: 200 }),
    deps.store.org.people(actor.tenantId),
    deps.store.org.bodies(actor.tenantId),
    deps.store.documents.attachments(actor.tenantId, id),
  ]);
  const name = new Map(people.map((p) => [p.id, p.name]));
  const step = currentStep(doc.route);
  // Art. 40: the open step's 待办 and its due date, shown on the document.
  const task = doc.currentTaskId ? await deps.store.tasks.get(actor.tenantId, doc.currentTaskId) : undefined;
  const currentTask = task && task.status === 'open' ? { title: task.title, dueDate: task.dueDate, dueAt: task.dueAt, overdue: task.dueAt !== null && at.getTime() > Date.parse(task.dueAt) } : null;
  const waiting = doc.status === 'signing' && step ? await whoActsFor(deps.store, deps.store, actor.tenantId, step.positionId, at, offset) : null;
  // A 纪要 issued from signed minutes names its meeting (art. 50).
  const meeting = doc.elements.kind === '纪要' ? await meetingOfDocument(deps.store, actor.tenantId, id) : null;
  const abilities = documentAbilities(
    { status: doc.status, elements: doc.elements, importance: doc.importance, route: doc.route, specialOrder: doc.specialOrder, number: doc.docNumber },
    { permissions: permissionsOf(actor.roles), actingPositionIds: me.positionIds, isDrafter: doc.drafterPersonId === actor.personId },
  );
  return {
    document: present(doc, name, new Map(bodies.map((b) => [b.id, b.name]))),
    meeting,
    currentTask,
    waiting: waiting && step ? { seq: step.seq, positionId: step.positionId, title: step.title, display: waiting.display, chain: waiting.chain, problems: waiting.problems } : null,
    attachments: attachments.filter((a) => a.removedAt === null).map((a) => ({ id: a.id, name: a.name, size: a.size, digest: a.digest, uploadedAt: a.uploadedAt, uploadedBy: a.uploadedByPersonId ? (name.get(a.uploadedByPersonId) ?? '') : '' })),
    versions: versions.map((v) => ({ versionNo: v.versionNo, changedFields: v.changedFields, changedBy: v.changedByPersonId ? (name.get(v.changedByPersonId) ?? '') : '', changedAt: v.changedAt, note: v.note, elements: v.elements })),
    history: procedureHistory(events, name),
    // The signed minutes are not sent back for redrafting (ADR 0010).
    abilities: meeting ? { ...abilities, return: false } : abilities,
  };
}

function present(d: DocumentRecord, people: ReadonlyMap<string, string>, bodies: ReadonlyMap<string, string>) {
  return {
    ...d, statusLabel: DOCUMENT_STATUS_LABELS[d.status], drafterName: people.get(d.drafterPersonId) ?? '',
    draftingBodyName: d.draftingBodyId ? (bodies.get(d.draftingBodyId) ?? '') : '',
    subjectBodyNames: d.elements.subjectBodyIds.map((b) => bodies.get(b) ?? ''),
  };
}
