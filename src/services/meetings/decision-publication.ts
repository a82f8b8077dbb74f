/**
 * Art. 30: the decisions of the meetings are published unless they must be kept confidential by
 * law. The office publishes the public decisions of signed minutes (one audited action); the
 * portal shows only what was published, as public facts (meeting, date, decision, lead unit).
 */
import { DomainError } from '../../core/kernel/result.ts';
import { localDate } from '../../core/kernel/time.ts';
import { DOCUMENT_STATUS_LABELS } from '../../core/procedures/documents/documents.machine.ts';
import { MEETING_KIND_LABELS, type MeetingKind } from '../../core/procedures/meetings/meetings.ts';
import { disclosureOf, noPersonalData, PUBLICATION_STATE_LABELS, publicationState, publicationTimely } from '../../core/procedures/meetings/minutes.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, MinutesIssueRecord, MinutesRecord } from '../ports.ts';
import { ruleBlocked } from '../platform/errors.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { actingPositions } from '../org/acting-positions.ts';
import { canSee } from '../documents/document-context.ts';

/** The publication of a signed minutes' public decisions, as the staff screens show it. */
export function presentPublication(issue: MinutesIssueRecord | undefined, minutes: MinutesRecord, at: Date, names: ReadonlyMap<string, string>) {
  const publicCount = minutes.decisions.filter((d) => disclosureOf(d) === 'public').length;
  const state = publicationState({ publicCount, dueAt: issue?.publishDueAt ?? null, publishedAt: issue?.publishedAt ?? null }, at);
  return {
    state, stateLabel: PUBLICATION_STATE_LABELS[state], publicCount, withheldCount: minutes.decisions.length - publicCount,
    dueDate: issue?.publishDueDate ?? null, publishedAt: issue?.publishedAt ?? null,
    publishedBy: issue?.publishedByPersonId ? (names.get(issue.publishedByPersonId) ?? '') : null,
  };
}

/** The 纪要 document of signed minutes and the publication of their decisions (minutes card). */
export async function getMinutesIssue(deps: ServiceDeps, actor: Actor, meetingId: string) {
  const at = deps.clock.now();
  const { pack } = requirePack(deps, at);
  const m = await deps.store.meetings.get(actor.tenantId, meetingId);
  if (!m) throw new DomainError('MEETING_NOT_FOUND', '会议不存在');
  const [minutes, issue, people] = await Promise.all([
    deps.store.meetings.minutes(actor.tenantId, meetingId), deps.store.meetingDecisions.issue(actor.tenantId, meetingId), deps.store.org.people(actor.tenantId),
  ]);
  if (!minutes || minutes.status !== 'signed') return null;
  const doc = issue ? await deps.store.documents.get(actor.tenantId, issue.documentId) : undefined;
  const me = await actingPositions(deps.store, deps.store, actor, at, pack.utcOffsetMinutes);
  const publication = presentPublication(issue, minutes, at, new Map(people.map((p) => [p.id, p.name])));
  return {
    document: doc ? {
      id: doc.id, title: doc.elements.title, docNumber: doc.docNumber, status: doc.status, statusLabel: DOCUMENT_STATUS_LABELS[doc.status],
      issuedDate: doc.issuedDate, visible: canSee(doc, actor, me.positionIds, false),
    } : null,
    signedAt: issue?.signedAt ?? null,
    publication,
    mayPublish: actor.roles.includes('office') && (publication.state === 'pending' || publication.state === 'overdue'),
  };
}

/**
 * 公布 (the office, art. 30): every public decision of the signed minutes goes to the portal at once;
 * a decision kept from publication never does. Late publication is recorded (warned), not refused.
 */
export async function publishDecisions(deps: ServiceDeps, actor: Actor, meetingId: string): Promise<{ published: number; verdicts: readonly Verdict[] }> {
  const at = deps.clock.now();
  const { pack, verdict } = requirePack(deps, at);
  const today = localDate(at, pack.utcOffsetMinutes);
  return deps.store.transaction(async (tx) => {
    const m = await tx.meetings.get(actor.tenantId, meetingId);
    if (!m) throw new DomainError('MEETING_NOT_FOUND', '会议不存在');
    const minutes = await tx.meetings.minutes(actor.tenantId, meetingId);
    const issue = await tx.meetingDecisions.issue(actor.tenantId, meetingId);
    if (!minutes || minutes.status !== 'signed' || !issue) throw new DomainError('CONFLICT', '纪要签发后方可公布议定事项');
    if (issue.publishedAt) throw new DomainError('CONFLICT', '该会议的议定事项已经公布');
    const publicOnes = minutes.decisions.map((d, i) => ({ d, i })).filter(({ d }) => disclosureOf(d) === 'public');
    if (publicOnes.length === 0) throw new DomainError('CONFLICT', '该会议没有公开的议定事项');
    const clean = noPersonalData.check({ decisions: minutes.decisions });
    if (clean.outcome === 'block') throw ruleBlocked([clean]);
    const timely = publicationTimely.check({ today, dueDate: issue.publishDueDate });
    const bodies = await tx.org.bodies(actor.tenantId);
    for (const { d, i } of publicOnes) {
      await tx.meetingDecisions.insertPublished({
        id: deps.ids.id(), tenantId: actor.tenantId, meetingId, decisionIndex: i, meetingKind: m.kind, meetingTitle: m.title, meetingDate: m.date,
        text: d.text, leadBodyName: bodies.find((b) => b.id === d.leadBodyId)?.name ?? '', publishedAt: at.toISOString(),
      });
    }
    const next: MinutesIssueRecord = { ...issue, publishedAt: at.toISOString(), publishedByPersonId: actor.personId, version: issue.version + 1 };
    if (!(await tx.meetingDecisions.updateIssue(next))) throw new DomainError('CONFLICT', '已被他人更新，请刷新后重试');
    // The office's 公布 待办 is answered by publishing.
    const task = issue.publishTaskId ? await tx.tasks.get(actor.tenantId, issue.publishTaskId) : undefined;
    if (task && task.status === 'open') {
      await tx.tasks.update({ ...task, status: 'done', completedAt: at.toISOString(), completedByPersonId: actor.personId, completedByAccountId: actor.accountId, note: '已公布', version: task.version + 1 });
    }
    const verdicts = [verdict, clean, timely];
    await tx.audit.append(actor.tenantId, {
      type: 'minutes.published', at, actorAccountId: actor.accountId, actorPersonId: actor.personId, subjectType: 'meeting', subjectId: meetingId,
      payload: {
        published: publicOnes.map(({ i }) => i + 1), withheld: minutes.decisions.map((d, i) => ({ d, i })).filter(({ d }) => disclosureOf(d) === 'withheld').map(({ i }) => i + 1),
        dueDate: issue.publishDueDate, late: timely.outcome === 'warn',
      },
      verdicts,
    });
    return { published: publicOnes.length, verdicts };
  });
}

/** Published decisions for the portal, grouped by meeting, newest first: public facts only. */
export async function listPublishedDecisions(deps: ServiceDeps, tenantId: string, q: { year?: number | undefined; kind?: MeetingKind | undefined }) {
  const { pack } = requirePack(deps, deps.clock.now());
  const all = await deps.store.meetingDecisions.published(tenantId, { limit: 2000 });
  const rows = q.year || q.kind ? await deps.store.meetingDecisions.published(tenantId, { ...(q.year ? { year: q.year } : {}), ...(q.kind ? { kind: q.kind } : {}), limit: 500 }) : all.slice(0, 500);
  const years = [...new Set(all.map((r) => Number(r.meetingDate.slice(0, 4))))].sort((a, b) => b - a);
  const meetings: { meetingId: string; title: string; kind: MeetingKind; kindLabel: string; date: string; publishedDate: string; decisions: { text: string; leadBodyName: string }[] }[] = [];
  for (const r of rows) {
    let g = meetings.find((x) => x.meetingId === r.meetingId);
    if (!g) {
      g = { meetingId: r.meetingId, title: r.meetingTitle, kind: r.meetingKind, kindLabel: MEETING_KIND_LABELS[r.meetingKind], date: r.meetingDate, publishedDate: localDate(new Date(r.publishedAt), pack.utcOffsetMinutes), decisions: [] };
      meetings.push(g);
    }
    g.decisions.push({ text: r.text, leadBodyName: r.leadBodyName });
  }
  return { years, meetings, total: rows.length };
}
