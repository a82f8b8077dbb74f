import { actingFor } from '../../core/org/index.ts';
import { localDate } from '../../core/kernel/time.ts';
import { meetingCadence } from '../../core/procedures/meetings/meetings.decide.ts';
import { MEETING_STATUS_LABELS, TOPIC_STATUS_LABELS } from '../../core/procedures/meetings/meetings.machine.ts';
import { MEETING_KIND_LABELS } from '../../core/procedures/meetings/meetings.ts';
import { MINUTES_STATUS_LABELS } from '../../core/procedures/meetings/minutes.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, MeetingRecord, TopicRecord } from '../ports.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { loadOrgSnapshot } from '../org/snapshot.ts';
import { actingPositions } from '../org/acting-positions.ts';
import { DomainError } from '../../core/kernel/result.ts';
import { COUNTY_LEADER_KINDS } from '../../core/org/org.ts';
import { keyWorkForMeeting } from '../key-work/meeting-key-work.ts';


/**
 * Who sits in a meeting on its date (arts. 45–47): the 县长, 副县长 and 党组成员 for the 常务会议
 * and 县长办公会议; with the heads of the working departments for the 全体会议; the chair decides
 * for a special-topic meeting (art. 48), so only the chair is listed.
 */
function members(snapshot: Awaited<ReturnType<typeof loadOrgSnapshot>>, bodies: readonly { id: string; kind: string }[], m: MeetingRecord, offset: number) {
  const departments = new Set(bodies.filter((b) => b.kind === 'department').map((b) => b.id));
  const posts = snapshot.positions.filter((p) =>
    m.kind === 'special' ? p.id === m.chairPositionId
    : COUNTY_LEADER_KINDS.has(p.kind) || (m.kind === 'plenary' && p.kind === 'principal' && departments.has(p.bodyId)));
  const at = new Date(m.startsAt);
  return posts.map((p) => {
    const a = actingFor(snapshot, p.id, at, offset);
    return { positionId: p.id, title: p.title, holders: a.holders.map((h) => h.name), attends: a.display, away: a.onBehalfOf !== null || a.actor === null };
  });
}

function presentTopic(t: TopicRecord, titles: ReadonlyMap<string, string>, people: ReadonlyMap<string, string>) {
  return {
    ...t, statusLabel: TOPIC_STATUS_LABELS[t.status], meetingKindLabel: MEETING_KIND_LABELS[t.meetingKind],
    proposer: `${people.get(t.proposerPersonId) ?? ''}（${titles.get(t.proposerPositionId) ?? ''}）`,
    decidedBy: t.decidedByPersonId ? `${people.get(t.decidedByPersonId) ?? ''}${t.decidedOnBehalfOf ? `（代${people.get(t.decidedOnBehalfOf) ?? ''}）` : ''}` : null,
  };
}

/** Meetings, the regular ones' due state, and the topics (the office sees all; others their own and those awaiting them). */
export async function listMeetings(deps: ServiceDeps, actor: Actor) {
  const at = deps.clock.now();
  const { pack } = requirePack(deps, at);
  const [meetings, topics, positions, people] = await Promise.all([
    deps.store.meetings.list(actor.tenantId, 500), deps.store.meetings.topics(actor.tenantId, { limit: 500 }),
    deps.store.org.positions(actor.tenantId), deps.store.org.people(actor.tenantId),
  ]);
  const titles = new Map(positions.map((p) => [p.id, p.title]));
  const names = new Map(people.map((p) => [p.id, p.name]));
  const today = localDate(at, pack.utcOffsetMinutes);
  return {
    today,
    cadence: meetingCadence(today, meetings.filter((m) => m.status !== 'cancelled').map((m) => ({ kind: m.kind, date: m.date })), pack.numberParam('meeting.executiveIntervalWeeks'))
      .map((c) => ({ ...c, kindLabel: MEETING_KIND_LABELS[c.kind] })),
    meetings: meetings.map((m) => ({ ...m, kindLabel: MEETING_KIND_LABELS[m.kind], statusLabel: MEETING_STATUS_LABELS[m.status], chairTitle: titles.get(m.chairPositionId) ?? '' })),
    topics: topics.map((t) => presentTopic(t, titles, names)),
  };
}

export async function getMeeting(deps: ServiceDeps, actor: Actor, id: string) {
  const at = deps.clock.now();
  const { pack } = requirePack(deps, at);
  const m = await deps.store.meetings.get(actor.tenantId, id);
  if (!m) throw new DomainError('MEETING_NOT_FOUND', '会议不存在');
  const [snapshot, bodies, topics, people, minutes] = await Promise.all([
    loadOrgSnapshot(deps.store, deps.store, actor.tenantId), deps.store.org.bodies(actor.tenantId),
    deps.store.meetings.topics(actor.tenantId, { meetingId: id, limit: 200 }), deps.store.org.people(actor.tenantId),
    deps.store.meetings.minutes(actor.tenantId, id),
  ]);
  const leaves = await deps.store.meetings.leaves(actor.tenantId, id);
  const me = await actingPositions(deps.store, deps.store, actor, at, pack.utcOffsetMinutes);
  const personName = new Map(people.map((p) => [p.id, p.name]));
  const bodyName = new Map(bodies.map((b) => [b.id, b.name]));
  const titles = new Map(snapshot.positions.map((p) => [p.id, p.title]));
  const chair = actingFor(snapshot, m.chairPositionId, new Date(m.startsAt), pack.utcOffsetMinutes);
  return {
    meeting: { ...m, kindLabel: MEETING_KIND_LABELS[m.kind], statusLabel: MEETING_STATUS_LABELS[m.status], chairTitle: titles.get(m.chairPositionId) ?? '', chairDisplay: chair.display },
    // Art. 49: each member's leave, approved or pending, with who attends instead.
    members: members(snapshot, bodies, m, pack.utcOffsetMinutes).map((x) => {
      const l = leaves.filter((y) => y.positionId === x.positionId && y.status !== 'rejected').at(-1);
      return { ...x, leave: l ? { id: l.id, status: l.status, reason: l.reason, substitute: l.substitutePersonId ? (personName.get(l.substitutePersonId) ?? '') : null, approverTitle: titles.get(l.approverPositionId) ?? '' } : null };
    }),
    leaves: leaves.map((l) => ({ ...l, personName: personName.get(l.personId) ?? '', positionTitle: titles.get(l.positionId) ?? '', approverTitle: titles.get(l.approverPositionId) ?? '', substitute: l.substitutePersonId ? (personName.get(l.substitutePersonId) ?? '') : null, mayDecide: l.status === 'requested' && me.positionIds.includes(l.approverPositionId) })),
    topics: topics.map((t) => presentTopic(t, titles, new Map(people.map((p) => [p.id, p.name])))),
    minutes: minutes ? {
      ...minutes, statusLabel: MINUTES_STATUS_LABELS[minutes.status],
      decisions: minutes.decisions.map((d) => ({ ...d, leadBodyName: bodyName.get(d.leadBodyId) ?? '', coBodyNames: d.coBodyIds.map((b) => bodyName.get(b) ?? '') })),
    } : null,
    // Art. 47: a 县长办公会议 reviews last quarter's key-work list and deploys this quarter's.
    keyWork: await keyWorkForMeeting(deps, actor, m),
  };
}
