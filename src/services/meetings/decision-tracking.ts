/**
 * 议定事项督办 (arts. 28, 41): every decision of signed minutes with its lead and co-units, the
 * 待办 each unit was given, where it stands (办理中 / 已办结 / 已逾期) and the units' progress
 * reports; and the report itself, by whoever acts for a unit's principal post.
 */
import { DomainError } from '../../core/kernel/result.ts';
import { localDate } from '../../core/kernel/time.ts';
import { MEETING_KIND_LABELS } from '../../core/procedures/meetings/meetings.ts';
import {
  DECISION_DISCLOSURE_LABELS, DECISION_STATE_LABELS, decisionState, disclosureOf, progressReporter, type DecisionState,
} from '../../core/procedures/meetings/minutes.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, DecisionTaskRow } from '../ports.ts';
import { ruleBlocked } from '../platform/errors.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { actingPositions } from '../org/acting-positions.ts';
import { presentPublication } from './decision-publication.ts';

export interface DecisionQuery {
  readonly meetingId?: string | undefined;
  readonly bodyId?: string | undefined;
  readonly state?: DecisionState | undefined;
}

/** The decisions of every signed minutes, newest meeting first, filtered by meeting, unit (lead or co-unit) and state. */
export async function listMeetingDecisions(deps: ServiceDeps, actor: Actor, q: DecisionQuery) {
  const at = deps.clock.now();
  const { pack } = requirePack(deps, at);
  const store = deps.store;
  const [minutesList, meetings, links, progress, issues, bodies, positions, people] = await Promise.all([
    store.meetingDecisions.signedMinutes(actor.tenantId, 500), store.meetings.list(actor.tenantId, 1000),
    store.meetingDecisions.taskLinks(actor.tenantId, q.meetingId ? { meetingId: q.meetingId } : {}),
    store.meetingDecisions.progress(actor.tenantId, q.meetingId ? { meetingId: q.meetingId } : {}),
    store.meetingDecisions.issues(actor.tenantId), store.org.bodies(actor.tenantId), store.org.positions(actor.tenantId), store.org.people(actor.tenantId),
  ]);
  const me = await actingPositions(store, store, actor, at, pack.utcOffsetMinutes);
  const bodyName = new Map(bodies.map((b) => [b.id, b.name]));
  const personName = new Map(people.map((p) => [p.id, p.name]));
  const principals = new Map(positions.filter((p) => p.kind === 'principal').map((p) => [p.bodyId, p.id]));
  const taskView = (t: DecisionTaskRow | undefined) => {
    if (!t) return null;
    const state = decisionState(t, at);
    return { id: t.taskId, state, stateLabel: DECISION_STATE_LABELS[state], dueDate: t.dueDate, completedAt: t.completedAt, note: t.note };
  };
  const meetingById = new Map(meetings.map((m) => [m.id, m]));
  const signed = minutesList.filter((x) => meetingById.has(x.meetingId) && (!q.meetingId || x.meetingId === q.meetingId))
    .sort((a, b) => (meetingById.get(b.meetingId)!.startsAt.localeCompare(meetingById.get(a.meetingId)!.startsAt)));

  const decisions = signed.flatMap((minutes) => {
    const m = meetingById.get(minutes.meetingId)!;
    const issue = issues.find((i) => i.meetingId === m.id);
    const publication = presentPublication(issue, minutes, at, personName);
    return minutes.decisions.map((d, index) => {
      const mine = links.filter((l) => l.meetingId === m.id && l.decisionIndex === index);
      const lead = mine.find((l) => l.role === 'lead');
      const units = [d.leadBodyId, ...d.coBodyIds].map((bodyId, j) => ({
        bodyId, bodyName: bodyName.get(bodyId) ?? '', role: j === 0 ? 'lead' as const : 'assist' as const,
        task: taskView(mine.find((l) => l.bodyId === bodyId && l.role === (j === 0 ? 'lead' : 'assist'))),
      }));
      const state = decisionState(lead, at);
      const reports = progress.filter((p) => p.meetingId === m.id && p.decisionIndex === index).map((p) => ({
        id: p.id, bodyName: bodyName.get(p.bodyId) ?? '', text: p.text, reportedAt: p.reportedAt,
        reporter: `${p.reportedByPersonId ? (personName.get(p.reportedByPersonId) ?? '') : ''}${p.onBehalfOfPersonId ? `（代${personName.get(p.onBehalfOfPersonId) ?? ''}）` : ''}`,
      }));
      const disclosure = disclosureOf(d);
      return {
        key: `${m.id}:${index}`, meetingId: m.id, meetingTitle: m.title, meetingDate: m.date, meetingKindLabel: MEETING_KIND_LABELS[m.kind], index, number: index + 1,
        text: d.text, dueWorkdays: d.dueWorkdays, leadBodyId: d.leadBodyId, leadBodyName: bodyName.get(d.leadBodyId) ?? '', coBodyIds: d.coBodyIds,
        coBodyNames: d.coBodyIds.map((b) => bodyName.get(b) ?? ''), units, state, stateLabel: DECISION_STATE_LABELS[state], dueDate: lead?.dueDate ?? null,
        doneUnits: units.filter((u) => u.task?.state === 'done').length,
        disclosure, disclosureLabel: DECISION_DISCLOSURE_LABELS[disclosure], withholdReason: disclosure === 'withheld' ? (d.withholdReason ?? '') : null,
        publication: disclosure === 'public' ? { state: publication.state, stateLabel: publication.stateLabel, dueDate: publication.dueDate, publishedAt: publication.publishedAt } : null,
        progress: reports, latestProgress: reports.at(-1) ?? null,
        mayReport: units.some((u) => { const p = principals.get(u.bodyId); return p !== undefined && me.positionIds.includes(p); }),
      };
    });
  });
  const filtered = decisions.filter((d) => (!q.bodyId || d.leadBodyId === q.bodyId || d.coBodyIds.includes(q.bodyId)) && (!q.state || d.state === q.state));
  const counts = { 'in-progress': 0, done: 0, overdue: 0 } as Record<DecisionState, number>;
  for (const d of decisions) counts[d.state]++;
  return {
    today: localDate(at, pack.utcOffsetMinutes),
    counts,
    meetings: signed.map((x) => { const m = meetingById.get(x.meetingId)!; return { id: m.id, title: m.title, date: m.date }; }),
    units: [...new Set(decisions.flatMap((d) => [d.leadBodyId, ...d.coBodyIds]))].map((id) => ({ id, name: bodyName.get(id) ?? '' })),
    decisions: filtered,
  };
}

/**
 * 反馈执行情况 (arts. 28, 41): whoever acts for the principal post of one of the decision's units
 * (holder, AB角, 委托, leave) reports how it goes; the report is kept with the decision and audited.
 */
export async function reportDecisionProgress(deps: ServiceDeps, actor: Actor, meetingId: string, number: number, input: { text: string }): Promise<{ progress: { id: string; bodyId: string; text: string; reportedAt: string }; verdicts: readonly Verdict[] }> {
  const at = deps.clock.now();
  const { pack, verdict } = requirePack(deps, at);
  return deps.store.transaction(async (tx) => {
    const minutes = await tx.meetings.minutes(actor.tenantId, meetingId);
    const d = minutes?.status === 'signed' ? minutes.decisions[number - 1] : undefined;
    if (!minutes || !d) throw new DomainError('DECISION_NOT_FOUND', '议定事项不存在（纪要签发后方有议定事项）');
    const positions = await tx.org.positions(actor.tenantId);
    const me = await actingPositions(deps.store, tx, actor, at, pack.utcOffsetMinutes);
    const unit = [d.leadBodyId, ...d.coBodyIds]
      .map((bodyId) => ({ bodyId, post: positions.find((p) => p.bodyId === bodyId && p.kind === 'principal') }))
      .find((u) => u.post !== undefined && me.positionIds.includes(u.post.id));
    const v = progressReporter.check({ actsForUnit: unit !== undefined });
    if (!unit || v.outcome === 'block') throw ruleBlocked([verdict, v]);
    const onBehalfOf = me.onBehalfOf[unit.post!.id] ?? null;
    const record = {
      id: deps.ids.id(), tenantId: actor.tenantId, meetingId, decisionIndex: number - 1, bodyId: unit.bodyId, text: input.text,
      reportedByPersonId: actor.personId, onBehalfOfPersonId: onBehalfOf, reportedAt: at.toISOString(),
    };
    await tx.meetingDecisions.insertProgress(record);
    const verdicts = [verdict, v];
    await tx.audit.append(actor.tenantId, {
      type: 'minutes.progress-reported', at, actorAccountId: actor.accountId, actorPersonId: actor.personId, onBehalfOfPersonId: onBehalfOf,
      subjectType: 'meeting', subjectId: meetingId, payload: { decision: number, bodyId: unit.bodyId, text: input.text }, verdicts,
    });
    return { progress: { id: record.id, bodyId: record.bodyId, text: record.text, reportedAt: record.reportedAt }, verdicts };
  });
}
