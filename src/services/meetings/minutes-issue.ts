/**
 * Signed minutes become a 纪要 in the official-documents flow (art. 50: 由县政府办公室按程序办文).
 * The minutes' signature is the document's 签发: the document enters the flow at 复核, so the
 * office checks, numbers (in the minutes' own series), issues and archives it as any other, and
 * nobody signs twice (ADR 0010).
 */
import { DomainError } from '../../core/kernel/result.ts';
import { formatChineseDate, localDate } from '../../core/kernel/time.ts';
import type { RouteStepState } from '../../core/procedures/documents/documents.ts';
import { MEETING_KIND_LABELS, type MeetingKind } from '../../core/procedures/meetings/meetings.ts';
import { disclosureOf, minutesDocumentElements, minutesIssued, minutesPrefix } from '../../core/procedures/meetings/minutes.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, DocumentRecord, MeetingRecord, MinutesIssueRecord, MinutesRecord, Store, Tx } from '../ports.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { whoActsFor } from '../org/acting-positions.ts';
import { createTaskIn } from '../tasks/create-task.ts';
import { officePost, stepPeriod } from '../documents/document-context.ts';
import { changedFields } from '../documents/draft-document.ts';

/** The post that signed the minutes and what it is called on the route. */
export interface MinutesSigner {
  readonly positionId: string;
  readonly title: string;
  /** The holder acted for, when a stand-in signed (AB角, 委托, leave). */
  readonly onBehalfOfPersonId: string | null;
  readonly opinion: string;
}

async function governmentPrefix(tx: Tx, tenantId: string): Promise<string | null> {
  const gov = (await tx.org.bodies(tenantId)).find((b) => b.kind === 'government');
  return gov?.docPrefix ?? null;
}

/**
 * Creates the 纪要 document of minutes just signed, in the signing transaction: its route is the
 * signature already given (签发人 = the signer), it waits for the office's 复核 and 登记, and — when
 * any decision is public — the office gets the 待办 to publish them within the pack's period (art. 30).
 */
export async function issueSignedMinutes(
  deps: ServiceDeps, tx: Tx, actor: Actor, m: MeetingRecord, minutes: MinutesRecord, signer: MinutesSigner, at: Date,
): Promise<{ issue: MinutesIssueRecord; verdicts: Verdict[] }> {
  const { pack } = requirePack(deps, at);
  const offset = pack.utcOffsetMinutes;
  const today = localDate(at, offset);
  const [bodies, people] = await Promise.all([tx.org.bodies(actor.tenantId), tx.org.people(actor.tenantId)]);
  const bodyName = (id: string) => bodies.find((b) => b.id === id)?.name ?? '';
  const personName = (id: string | null) => people.find((p) => p.id === id)?.name ?? '';
  const elements = minutesDocumentElements({
    meetingTitle: m.title, kind: m.kind, meetingDate: m.date, text: minutes.text,
    decisions: minutes.decisions.map((d) => ({ ...d, leadName: bodyName(d.leadBodyId), coNames: d.coBodyIds.map(bodyName) })),
  });

  // The drafter is whoever sent the draft on for the office (the minutes' first step).
  const drafterPersonId = minutes.steps.find((s) => s.status === 'drafting')?.personId ?? actor.personId;
  if (!drafterPersonId) throw new DomainError('FORBIDDEN', '该账号不对应任何工作人员');
  const held = await tx.org.positionsOfPersonOn(actor.tenantId, drafterPersonId, today);
  const drafterPosition = held[0] ? await tx.org.position(actor.tenantId, held[0].positionId) : undefined;

  const acting = signer.onBehalfOfPersonId ? await whoActsFor(deps.store, tx, actor.tenantId, signer.positionId, at, offset) : null;
  const reviewed = minutes.steps.find((s) => s.status === 'reviewing');
  const reason = m.kind === 'special'
    ? '第五十条：专题会议纪要送分管副县长签发'
    : `第五十条：会议纪要由县政府办公室按程序办文后送常务副县长审核${reviewed ? `（${reviewed.personName}${reviewed.onBehalfOfName ? `代${reviewed.onBehalfOfName}` : ''}，${formatChineseDate(localDate(new Date(reviewed.at), offset))}）` : ''}，呈县长签发`;
  const route: RouteStepState[] = [{
    seq: 1, action: 'sign', positionId: signer.positionId, title: signer.title, cite: 'yunyang-2025:50', reason,
    done: {
      at: at.toISOString(), personId: actor.personId ?? '', personName: personName(actor.personId) || actor.displayName,
      onBehalfOfPersonId: signer.onBehalfOfPersonId, onBehalfOfName: signer.onBehalfOfPersonId ? personName(signer.onBehalfOfPersonId) : null,
      basis: acting ? acting.chain.filter((c) => c.kind !== 'holder').map((c) => c.message).join('；') : null,
      opinion: signer.opinion, agreed: true,
    },
  }];

  const documentId = deps.ids.id();
  const office = await officePost(tx, actor.tenantId);
  const registerTask = await createTaskIn(deps, tx, actor, actor.tenantId, {
    title: `复核并登记编号：${elements.title}`, kind: 'document-register', sourceType: 'document', sourceId: documentId, ownerPositionId: office.positionId,
    period: await stepPeriod(deps, tx, actor.tenantId, at),
  });
  const doc: DocumentRecord = {
    id: documentId, tenantId: actor.tenantId, status: 'rechecking', elements, draftingBodyId: drafterPosition?.bodyId ?? null,
    drafterPersonId, drafterPositionId: drafterPosition?.id ?? null, importance: null, withinDepartmentPowers: false,
    route, routeClause: 'yunyang-2025:50', specialOrder: null, numberId: null, docNumber: null, signedDate: today, issuedDate: null,
    currentTaskId: registerTask.id, createdAt: at.toISOString(), updatedAt: at.toISOString(), version: 1,
  };
  await tx.documents.insert(doc);
  await tx.documents.insertVersion({
    id: deps.ids.id(), tenantId: actor.tenantId, documentId, versionNo: 1, elements, changedFields: changedFields(null, elements),
    changedByPersonId: drafterPersonId, changedAt: at.toISOString(), note: '会议纪要签发稿',
  });

  const prefix = await governmentPrefix(tx, actor.tenantId);
  const signerDisplay = route[0]!.done!.onBehalfOfName ? `${route[0]!.done!.personName}（代${route[0]!.done!.onBehalfOfName}）` : route[0]!.done!.personName;
  const verdicts: Verdict[] = [minutesIssued.check({ prefix: prefix ? minutesPrefix(prefix, m.kind) : '登记时确定的代字', signer: signerDisplay })];
  await tx.audit.append(actor.tenantId, {
    type: 'document.from-minutes', at, actorAccountId: actor.accountId, actorPersonId: actor.personId, onBehalfOfPersonId: signer.onBehalfOfPersonId,
    subjectType: 'document', subjectId: documentId,
    payload: { status: 'rechecking', meetingId: m.id, kind: elements.kind, title: elements.title, display: signerDisplay, opinion: signer.opinion }, verdicts,
  });

  // Art. 30: the public decisions are due to be published within the pack's period from signing.
  const publicCount = minutes.decisions.filter((d) => disclosureOf(d) === 'public').length;
  const publishTask = publicCount > 0
    ? await createTaskIn(deps, tx, actor, actor.tenantId, {
      title: `公布${m.title}（${formatChineseDate(m.date)}）议定事项（第三十条）`, kind: 'meeting-decision-publish', sourceType: 'meeting', sourceId: m.id,
      ownerPositionId: office.positionId, period: { value: pack.numberParam('meeting.decisionPublishWorkdays'), unit: 'workday' },
    })
    : null;
  const issue: MinutesIssueRecord = {
    id: deps.ids.id(), tenantId: actor.tenantId, meetingId: m.id, minutesId: minutes.id, documentId, signedAt: at.toISOString(),
    publishDueDate: publishTask?.dueDate ?? null, publishDueAt: publishTask?.dueAt ?? null, publishTaskId: publishTask?.id ?? null,
    publishedAt: null, publishedByPersonId: null, version: 1,
  };
  await tx.meetingDecisions.insertIssue(issue);
  if (publishTask?.dueDate) {
    verdicts.push({
      rule: 'minutes.publication-timely', outcome: 'allow', cites: ['yunyang-2025:30'],
      message: `第三十条：${publicCount}项议定事项公开，县政府办公室应于${formatChineseDate(publishTask.dueDate)}前公布`,
    });
  }
  return { issue, verdicts };
}

/** The 代字 a 纪要 issued from minutes is numbered under (ADR 0010), or null for any other document. */
export async function minutesDocumentPrefix(tx: Tx, tenantId: string, documentId: string): Promise<string | null> {
  const issue = await tx.meetingDecisions.issueByDocument(tenantId, documentId);
  if (!issue) return null;
  const m = await tx.meetings.get(tenantId, issue.meetingId);
  const prefix = await governmentPrefix(tx, tenantId);
  if (!m || !prefix) throw new DomainError('RULE_BLOCKED', '未设县政府的机关代字，无法为会议纪要编号');
  return minutesPrefix(prefix, m.kind);
}

/** The meeting a 纪要 document was issued from (shown on the document page), or null. */
export async function meetingOfDocument(store: Store, tenantId: string, documentId: string): Promise<{ id: string; title: string; date: string; kind: MeetingKind; kindLabel: string } | null> {
  const issue = await store.meetingDecisions.issueByDocument(tenantId, documentId);
  const m = issue ? await store.meetings.get(tenantId, issue.meetingId) : undefined;
  return m ? { id: m.id, title: m.title, date: m.date, kind: m.kind, kindLabel: MEETING_KIND_LABELS[m.kind] } : null;
}
