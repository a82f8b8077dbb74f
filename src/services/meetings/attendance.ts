import { DomainError } from '../../core/kernel/result.ts';
import { localDate } from '../../core/kernel/time.ts';
import { actingFor, type OrgSnapshot } from '../../core/org/index.ts';
import {
  ATTENDANCE_GROUP_LABELS, GUEST_CATEGORY_LABELS, attendanceThreshold, guestDecided, meetingSeats,
  type AttendanceGroup, type GuestCategory,
} from '../../core/procedures/meetings/attendance.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, BodyRecord, MeetingAttendeeRecord, MeetingRecord, SignInRecord, Store, Tx } from '../ports.ts';
import { ruleBlocked } from '../platform/errors.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { loadOrgSnapshot } from '../org/snapshot.ts';
import { MEETING_LEAVE_STATUS_LABELS } from '../../core/procedures/meetings/meeting-leave.ts';
import { leaveStands } from './meeting-leave.ts';

/** One line of the attendance list: who is expected, who attends for them, leave and sign-in. */
export interface AttendanceEntry {
  readonly key: string;
  readonly group: AttendanceGroup;
  readonly groupLabel: string;
  /** The post or the description of who is expected (固定列席 by art. 46's words). */
  readonly label: string;
  readonly bodyName: string | null;
  readonly positionId: string | null;
  /** Who attends on the date: the holder, a stand-in (`李明（代王强）`), or '' when nobody is known. */
  readonly attends: string;
  readonly away: boolean;
  readonly topicId: string | null;
  readonly topicTitle: string | null;
  readonly category: GuestCategory | null;
  readonly categoryLabel: string | null;
  readonly basis: string | null;
  readonly leave: { readonly id: string; readonly status: string; readonly statusLabel: string; readonly reason: string; readonly substitute: string | null; readonly approverTitle: string } | null;
  readonly signIn: { readonly attendedBy: string; readonly substitute: boolean; readonly at: string } | null;
}

interface Loaded {
  readonly snapshot: OrgSnapshot;
  readonly bodies: readonly BodyRecord[];
}

/**
 * The attendance list of a meeting on its date (arts. 45–47, 49): the members (the 县长, 副县长 and
 * 党组成员; with the heads of the working departments for the 全体会议; the chair alone for a
 * special-topic meeting, whose attendees the chair decides), the fixed 列席 of the 常务会议, the
 * principals of the units whose topics are on it, and the attendees and guests the office added.
 */
export async function attendanceList(store: Store, tx: Tx, tenantId: string, m: MeetingRecord, offset: number, loaded?: Loaded): Promise<AttendanceEntry[]> {
  const { snapshot, bodies } = loaded ?? { snapshot: await loadOrgSnapshot(store, tx, tenantId), bodies: await tx.org.bodies(tenantId) };
  const [leaves, signIns, added, topics, people] = await Promise.all([
    tx.meetings.leaves(tenantId, m.id), tx.meetingRecords.signIns(tenantId, m.id), tx.meetingRecords.attendees(tenantId, m.id),
    tx.meetings.topics(tenantId, { meetingId: m.id, limit: 200 }), tx.org.people(tenantId),
  ]);
  const at = new Date(m.startsAt);
  const bodyName = new Map(bodies.map((b) => [b.id, b.name]));
  const titles = new Map(snapshot.positions.map((p) => [p.id, p.title]));
  const personName = new Map(people.map((p) => [p.id, p.name]));
  const signedIn = new Map(signIns.map((s) => [s.entryKey, s]));
  const leaveOf = (positionId: string | null) => (positionId ? leaves.filter((l) => l.positionId === positionId && leaveStands(l)).at(-1) : undefined);
  const topicTitle = new Map(topics.map((t) => [t.id, t.title]));
  return meetingSeats(m, snapshot.positions, bodies, topics, added).map((seat) => {
    const p = seat.positionId ? snapshot.positions.find((x) => x.id === seat.positionId) : undefined;
    const a = p ? actingFor(snapshot, p.id, at, offset) : undefined;
    const l = leaveOf(seat.positionId);
    const s = signedIn.get(seat.key);
    return {
      key: seat.key, group: seat.group, groupLabel: ATTENDANCE_GROUP_LABELS[seat.group], label: seat.label ?? p?.title ?? '',
      bodyName: seat.bodyId ? (bodyName.get(seat.bodyId) ?? null) : null, positionId: seat.positionId,
      attends: a?.display ?? '', away: a ? a.onBehalfOf !== null || a.actor === null : false,
      topicId: seat.topicId, topicTitle: seat.topicId ? (topicTitle.get(seat.topicId) ?? null) : null,
      category: seat.category, categoryLabel: seat.category ? GUEST_CATEGORY_LABELS[seat.category] : null, basis: seat.basis,
      leave: l ? { id: l.id, status: l.status, statusLabel: MEETING_LEAVE_STATUS_LABELS[l.status], reason: l.reason, substitute: l.substitutePersonId ? (personName.get(l.substitutePersonId) ?? '') : null, approverTitle: titles.get(l.approverPositionId) ?? '' } : null,
      signIn: s ? { attendedBy: s.attendedBy, substitute: s.substitute, at: s.signedAt } : null,
    };
  });
}

export interface AddAttendeeInput {
  readonly group: 'invited' | 'topic' | 'guest';
  readonly topicId?: string | undefined;
  readonly bodyId?: string | undefined;
  readonly name?: string | undefined;
  readonly category?: GuestCategory | undefined;
  readonly basis: string;
}

/**
 * The office adds an attendee (arts. 45–47): a body's principal who sits in by decision (列席), a
 * unit for its own topic, or a guest — media, 人大代表, 政协委员, 群众代表 — where it was decided.
 */
export async function addAttendee(deps: ServiceDeps, actor: Actor, meetingId: string, input: AddAttendeeInput): Promise<{ attendee: MeetingAttendeeRecord; verdicts: readonly Verdict[] }> {
  const at = deps.clock.now();
  const { verdict } = requirePack(deps, at);
  return deps.store.transaction(async (tx) => {
    const m = await tx.meetings.get(actor.tenantId, meetingId);
    if (!m) throw new DomainError('MEETING_NOT_FOUND', '会议不存在');
    if (m.status !== 'planned') throw new DomainError('CONFLICT', '会议已召开或已取消，不能增加列席人员');
    const topic = input.topicId ? await tx.meetings.topic(actor.tenantId, input.topicId) : undefined;
    if (input.topicId && !topic) throw new DomainError('VALIDATION_FAILED', '字段 topicId：议题不存在', { fields: ['topicId'] });
    const basis = input.group === 'topic' && input.basis.trim() === '' ? '列席相关议题' : input.basis;
    const v = guestDecided.check({ kind: m.kind, group: input.group, basis, topicOnMeeting: topic?.meetingId === m.id });
    if (v.outcome === 'block') throw ruleBlocked([verdict, v]);
    const bodies = await tx.org.bodies(actor.tenantId);
    const body = input.bodyId ? bodies.find((b) => b.id === input.bodyId) : undefined;
    if (input.bodyId && !body) throw new DomainError('VALIDATION_FAILED', '字段 bodyId：单位不存在', { fields: ['bodyId'] });
    if (input.group === 'topic' && !body) throw new DomainError('VALIDATION_FAILED', '字段 bodyId：请选择列席相关议题的单位', { fields: ['bodyId'] });
    if (input.group === 'guest' && (!input.category || !input.name?.trim())) {
      throw new DomainError('VALIDATION_FAILED', '字段 category、name：请选择特邀类别并填写姓名或单位', { fields: ['category', 'name'] });
    }
    if (input.group === 'invited' && !body && !input.name?.trim()) throw new DomainError('VALIDATION_FAILED', '字段 bodyId：请选择列席单位或填写列席人员', { fields: ['bodyId', 'name'] });
    const positions = await tx.org.positions(actor.tenantId);
    const principal = body && input.group !== 'guest' ? positions.find((p) => p.bodyId === body.id && p.kind === 'principal') : undefined;
    const existing = await tx.meetingRecords.attendees(actor.tenantId, m.id);
    if (existing.some((a) => a.group === input.group && a.bodyId === (body?.id ?? null) && a.topicId === (input.topicId ?? null) && (body || a.name === input.name?.trim()))) {
      throw new DomainError('CONFLICT', '该列席人员已在名单中');
    }
    const attendee: MeetingAttendeeRecord = {
      id: deps.ids.id(), tenantId: actor.tenantId, meetingId: m.id, group: input.group, topicId: input.topicId ?? null, bodyId: body?.id ?? null,
      positionId: principal?.id ?? null, name: input.name?.trim() || principal?.title || `${body?.name ?? ''}负责人`,
      category: input.group === 'guest' ? (input.category ?? null) : null, basis: basis.trim(), createdByPersonId: actor.personId, createdAt: at.toISOString(),
    };
    await tx.meetingRecords.insertAttendee(attendee);
    const verdicts = [verdict, v];
    await tx.audit.append(actor.tenantId, {
      type: 'meeting.attendee-added', at, actorAccountId: actor.accountId, actorPersonId: actor.personId, subjectType: 'meeting', subjectId: m.id,
      payload: { group: attendee.group, name: attendee.name, category: attendee.category, topicId: attendee.topicId, basis: attendee.basis }, verdicts,
    });
    return { attendee, verdicts };
  });
}

/**
 * 签到 (the office, on the day): an entry of the attendance list is marked attended, by the person
 * expected or — for a member excused under art. 49 — by the deputy sent instead.
 */
export async function signIn(deps: ServiceDeps, actor: Actor, meetingId: string, input: { entryKey: string; attendedBy?: string | undefined }): Promise<{ entry: AttendanceEntry; verdicts: readonly Verdict[] }> {
  const at = deps.clock.now();
  const { pack, verdict } = requirePack(deps, at);
  return deps.store.transaction(async (tx) => {
    const m = await tx.meetings.get(actor.tenantId, meetingId);
    if (!m) throw new DomainError('MEETING_NOT_FOUND', '会议不存在');
    if (m.status === 'cancelled') throw new DomainError('CONFLICT', '会议已取消');
    if (localDate(at, pack.utcOffsetMinutes) < m.date) throw new DomainError('CONFLICT', `会议于${m.date}召开，会议当日方可签到`);
    const list = await attendanceList(deps.store, tx, actor.tenantId, m, pack.utcOffsetMinutes);
    const entry = list.find((e) => e.key === input.entryKey);
    if (!entry) throw new DomainError('VALIDATION_FAILED', '字段 entryKey：不在本次会议的出席名单中', { fields: ['entryKey'] });
    const excused = entry.leave?.status === 'approved';
    if (excused && !entry.leave?.substitute && !input.attendedBy) throw new DomainError('CONFLICT', '第四十九条：该人员已准假，未安排代会人员');
    const attendedBy = input.attendedBy?.trim() || (excused ? (entry.leave?.substitute ?? '') : entry.attends) || entry.label;
    const record: SignInRecord = {
      id: deps.ids.id(), tenantId: actor.tenantId, meetingId: m.id, entryKey: entry.key, attendedBy, substitute: excused,
      signedAt: at.toISOString(), recordedByPersonId: actor.personId,
    };
    if (!(await tx.meetingRecords.insertSignIn(record))) throw new DomainError('CONFLICT', `${entry.label}已签到`);
    await tx.audit.append(actor.tenantId, {
      type: 'meeting.signed-in', at, actorAccountId: actor.accountId, actorPersonId: actor.personId, subjectType: 'meeting', subjectId: m.id,
      payload: { entry: entry.label, group: entry.group, attendedBy, substitute: excused }, verdicts: [verdict],
    });
    return { entry: { ...entry, signIn: { attendedBy, substitute: excused, at: record.signedAt } }, verdicts: [verdict] };
  });
}

/** The members' turnout when the meeting is recorded held: a warning below the pack's share, never a refusal. */
export async function attendanceVerdict(store: Store, tx: Tx, tenantId: string, m: MeetingRecord, offset: number, warnPercent: number): Promise<Verdict> {
  const list = await attendanceList(store, tx, tenantId, m, offset);
  const members = list.filter((e) => e.group === 'member');
  return attendanceThreshold.check({
    members: members.length, present: members.filter((e) => e.signIn !== null).length,
    signInsRecorded: list.filter((e) => e.signIn !== null).length, warnPercent,
  });
}
