import { actingFor } from '../../core/org/index.ts';
import { localDate } from '../../core/kernel/time.ts';
import { meetingCadence } from '../../core/procedures/meetings/meetings.decide.ts';
import { MEETING_STATUS_LABELS, TOPIC_STATUS_LABELS } from '../../core/procedures/meetings/meetings.machine.ts';
import { MEETING_KIND_LABELS } from '../../core/procedures/meetings/meetings.ts';
import { MINUTES_STATUS_LABELS } from '../../core/procedures/meetings/minutes.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, TopicRecord } from '../ports.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { loadOrgSnapshot } from '../org/snapshot.ts';
import { actingPositions } from '../org/acting-positions.ts';
import { DomainError } from '../../core/kernel/result.ts';
import { CONCLUSION_LABELS, OPINION_LABELS, tally } from '../../core/procedures/meetings/discussion.ts';
import { STUDY_KIND_LABELS } from '../../core/procedures/meetings/study.ts';
import { attendanceList } from './attendance.ts';
import { actsForOfficeNow, presentMeetingLeaves } from './meeting-leave.ts';
import { keyWorkForMeeting } from '../key-work/meeting-key-work.ts';


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
  const thisYear = meetings.filter((m) => m.kind === 'executive' && m.status !== 'cancelled' && m.date.slice(0, 4) === today.slice(0, 4));
  const studies = await deps.store.meetingRecords.studies(actor.tenantId, thisYear.map((m) => m.id));
  return {
    today,
    // Art. 17: the year's collective law study before 常务会议 (held and recorded / scheduled).
    lawStudy: {
      year: today.slice(0, 4), executiveMeetings: thisYear.filter((m) => m.status === 'held').length,
      recorded: studies.filter((x) => x.kind === 'law' && x.recordedAt !== null).length, scheduled: studies.filter((x) => x.kind === 'law' && x.recordedAt === null).length,
    },
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
  const [leaves, attendance, study, discussions] = await Promise.all([
    deps.store.meetings.leaves(actor.tenantId, id), attendanceList(deps.store, deps.store, actor.tenantId, m, pack.utcOffsetMinutes, { snapshot, bodies }),
    deps.store.meetingRecords.study(actor.tenantId, id), deps.store.meetingRecords.discussions(actor.tenantId, id),
  ]);
  const me = await actingPositions(deps.store, deps.store, actor, at, pack.utcOffsetMinutes);
  const personName = new Map(people.map((p) => [p.id, p.name]));
  const bodyName = new Map(bodies.map((b) => [b.id, b.name]));
  const titles = new Map(snapshot.positions.map((p) => [p.id, p.title]));
  const chair = actingFor(snapshot, m.chairPositionId, new Date(m.startsAt), pack.utcOffsetMinutes);
  return {
    meeting: { ...m, started: Date.parse(m.startsAt) <= at.getTime(), kindLabel: MEETING_KIND_LABELS[m.kind], statusLabel: MEETING_STATUS_LABELS[m.status], chairTitle: titles.get(m.chairPositionId) ?? '', chairDisplay: chair.display },
    // Arts. 45–47, 49: the members with their leave and who attends instead; then the whole attendance list.
    members: attendance.filter((e) => e.group === 'member').map((e) => ({ positionId: e.positionId, title: e.label, attends: e.attends, away: e.away, leave: e.leave })),
    attendance,
    study: study ? { ...study, kindLabel: STUDY_KIND_LABELS[study.kind] } : null,
    leaves: presentMeetingLeaves(leaves, { personName, titles, positionIds: me.positionIds, actsForOffice: await actsForOfficeNow(deps, me.positionIds, actor.tenantId) }),
    topics: topics.map((t) => {
      const d = discussions.find((x) => x.topicId === t.id);
      return {
        ...presentTopic(t, titles, personName),
        discussion: d ? {
          speeches: d.speeches.map((sp) => ({ ...sp, opinionLabel: OPINION_LABELS[sp.opinion] })), tally: tally(d.speeches),
          conclusion: d.conclusion ? { ...d.conclusion, outcomeLabel: CONCLUSION_LABELS[d.conclusion.outcome] } : null,
        } : null,
      };
    }),    minutes: minutes ? {
      ...minutes, statusLabel: MINUTES_STATUS_LABELS[minutes.status],
      decisions: minutes.decisions.map((d) => ({ ...d, leadBodyName: bodyName.get(d.leadBodyId) ?? '', coBodyNames: d.coBodyIds.map((b) => bodyName.get(b) ?? '') })),
    } : null,
    // Art. 47: a 县长办公会议 reviews last quarter's key-work list and deploys this quarter's.
    keyWork: await keyWorkForMeeting(deps, actor, m),
  };
}
