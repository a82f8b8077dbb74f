import { DomainError } from '../../core/kernel/result.ts';
import { localDate } from '../../core/kernel/time.ts';
import { actingFor } from '../../core/org/index.ts';
import { decideChair } from '../../core/procedures/meetings/meetings.decide.ts';
import { videoPreferred } from '../../core/procedures/meetings/meetings.rules.ts';
import { MEETING_KIND_LABELS, type MeetingKind } from '../../core/procedures/meetings/meetings.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, MeetingRecord } from '../ports.ts';
import { ruleBlocked } from '../platform/errors.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { loadOrgSnapshot } from '../org/snapshot.ts';
import { COUNTY_LEADER_KINDS, countyHeadPost } from '../../core/org/org.ts';

export interface PlanMeetingInput {
  readonly kind: MeetingKind;
  readonly title: string;
  readonly startsAt: string;
  readonly place: string;
  readonly form: 'in-person' | 'video';
  readonly chairPositionId: string;
  readonly entrustedNote?: string | undefined;
  readonly onBehalfOfPositionId?: string | undefined;
}

/**
 * The office plans a meeting (art. 50): its kind, time, place, form and chair. The chair is checked
 * against arts. 45–48 at the meeting's start, through acting authority: the 县长's post, the
 * 常务副县长 by the county head's 委托 (recorded, or in force then), an office member on a leader's
 * behalf for a special-topic meeting.
 */
export async function planMeeting(deps: ServiceDeps, actor: Actor, input: PlanMeetingInput): Promise<{ meeting: MeetingRecord; verdicts: readonly Verdict[] }> {
  const at = deps.clock.now();
  const { pack, verdict } = requirePack(deps, at);
  const starts = new Date(input.startsAt);
  if (Number.isNaN(starts.getTime())) throw new DomainError('VALIDATION_FAILED', '字段 startsAt：须为带时区的时间', { fields: ['startsAt'] });
  return deps.store.transaction(async (tx) => {
    const snapshot = await loadOrgSnapshot(deps.store, tx, actor.tenantId);
    const chair = snapshot.positions.find((p) => p.id === input.chairPositionId);
    if (!chair) throw new DomainError('VALIDATION_FAILED', '字段 chairPositionId：岗位不存在', { fields: ['chairPositionId'] });
    const head = countyHeadPost(snapshot.positions);
    const headActor = head ? actingFor(snapshot, head.id, starts, pack.utcOffsetMinutes).actor : null;
    const chairActsForHead = head !== undefined && (chair.id === head.id || headActor?.positionId === chair.id);
    const onBehalf = input.onBehalfOfPositionId ? snapshot.positions.find((p) => p.id === input.onBehalfOfPositionId) : undefined;
    if (input.onBehalfOfPositionId && !onBehalf) throw new DomainError('VALIDATION_FAILED', '字段 onBehalfOfPositionId：岗位不存在', { fields: ['onBehalfOfPositionId'] });
    const decision = decideChair({
      kind: input.kind, chairKind: chair.kind, chairActsForHead,
      entrusted: (input.entrustedNote ?? '').trim().length >= 4 || (chair.kind === 'executive-deputy' && chairActsForHead),
      onBehalfOfLeader: onBehalf !== undefined && COUNTY_LEADER_KINDS.has(onBehalf.kind),
    });
    const verdicts = [verdict, ...decision.verdicts, videoPreferred.check({ kind: input.kind, form: input.form })];
    if (!decision.ok) throw ruleBlocked(verdicts);
    const meeting: MeetingRecord = {
      id: deps.ids.id(), tenantId: actor.tenantId, kind: input.kind, title: input.title.trim() || MEETING_KIND_LABELS[input.kind],
      date: localDate(starts, pack.utcOffsetMinutes), startsAt: starts.toISOString(), place: input.place, form: input.form, chairPositionId: chair.id,
      entrustedNote: input.entrustedNote?.trim() || null, onBehalfOfPositionId: onBehalf?.id ?? null, status: 'planned', createdByPersonId: actor.personId,
      createdAt: at.toISOString(), version: 1,
    };
    await tx.meetings.insert(meeting);
    await tx.audit.append(actor.tenantId, {
      type: 'meeting.planned', at, actorAccountId: actor.accountId, actorPersonId: actor.personId, subjectType: 'meeting', subjectId: meeting.id,
      payload: { kind: meeting.kind, date: meeting.date, chair: chair.title, entrustedNote: meeting.entrustedNote, form: meeting.form }, verdicts,
    });
    return { meeting, verdicts };
  });
}
