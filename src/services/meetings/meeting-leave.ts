import { DomainError } from '../../core/kernel/result.ts';
import { localDate } from '../../core/kernel/time.ts';
import {
  decideMeetingLeaveCommand, MEETING_LEAVE_STATUS_LABELS, MEETING_LEAVE_TRANSITIONS, meetingLeaveApprover, meetingLeaveSubstitute, meetingLeaveViaOffice,
  type MeetingLeaveCommand,
} from '../../core/procedures/meetings/meeting-leave.ts';
import type { AuditEventType } from '../../core/audit/events.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, MeetingLeaveRecord, MeetingRecord, PositionRecord, Tx } from '../ports.ts';
import { ruleBlocked } from '../platform/errors.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { actingPositions } from '../org/acting-positions.ts';
import { createTaskIn } from '../tasks/create-task.ts';
import { officeIntakePosition, officePositionIds } from '../leave/leave-context.ts';
import { meetingSeats } from '../../core/procedures/meetings/attendance.ts';
import { COUNTY_LEADER_KINDS, countyHeadPost } from '../../core/org/org.ts';

/**
 * How a person sits in a meeting, as far as leave is concerned (art. 49): a county leader; another
 * member (a department principal at the 全体会议); a 列席 attendee; a participant of a special-topic
 * meeting (whom its chair determines, art. 48).
 */
export type MeetingLeaveCapacity = 'leader' | 'member' | 'attendee' | 'participant';

export interface MeetingLeaveRequester {
  readonly positionId: string;
  readonly title: string;
  readonly kind: string;
  /** Who holds the post on the meeting date. */
  readonly personIds: readonly string[];
  readonly capacity: MeetingLeaveCapacity;
}

/** When one person sits in a meeting through more than one post, the leave is asked through the first of these. */
const CAPACITY_ORDER: readonly MeetingLeaveCapacity[] = ['leader', 'member', 'attendee', 'participant'];

/**
 * Who may ask leave from a meeting (art. 49), post by post, with the holders on the meeting date —
 * the one place this is decided. The county leaders; at the 全体会议 the principals of the working
 * departments; for a special-topic meeting anyone holding a post (the chair decides who takes part,
 * art. 48, and that list is not kept). 列席 attendees of the 全体会议, 常务会议 and 县长办公会议 join
 * here with capacity `attendee`; like members who are not county leaders, they ask through the office.
 */
export async function meetingLeaveRequesters(tx: Tx, tenantId: string, meeting: MeetingRecord): Promise<MeetingLeaveRequester[]> {
  const [positions, bodies, appointments] = await Promise.all([tx.org.positions(tenantId), tx.org.bodies(tenantId), tx.org.appointments(tenantId)]);
  const departments = new Set(bodies.filter((b) => b.kind === 'department').map((b) => b.id));
  const holders = (p: PositionRecord) => appointments
    .filter((a) => a.positionId === p.id && a.validFrom <= meeting.date && (a.validTo === null || meeting.date <= a.validTo))
    .map((a) => a.personId);
  const capacity = (p: PositionRecord): MeetingLeaveCapacity | null => {
    if (COUNTY_LEADER_KINDS.has(p.kind)) return 'leader';
    if (meeting.kind === 'plenary' && p.kind === 'principal' && departments.has(p.bodyId)) return 'member';
    return meeting.kind === 'special' ? 'participant' : null;
  };
  // 列席 (arts. 45–47): the fixed attendees of the 常务会议, topic units and those the office added.
  const [topics, added] = await Promise.all([tx.meetings.topics(tenantId, { meetingId: meeting.id, limit: 200 }), tx.meetingRecords.attendees(tenantId, meeting.id)]);
  const attending = new Set(meetingSeats(meeting, positions, bodies, topics, added).filter((s) => s.group !== 'member' && s.positionId !== null).map((s) => s.positionId!));
  return positions.flatMap((p) => {
    const c = capacity(p) ?? (attending.has(p.id) ? 'attendee' : null);
    const personIds = holders(p);
    return c !== null && personIds.length > 0 ? [{ positionId: p.id, title: p.title, kind: p.kind, personIds, capacity: c }] : [];
  });
}

/** The post through which a person asks leave from the meeting, or undefined when they need not ask. */
export async function requesterFor(tx: Tx, tenantId: string, meeting: MeetingRecord, personId: string): Promise<MeetingLeaveRequester | undefined> {
  const mine = (await meetingLeaveRequesters(tx, tenantId, meeting)).filter((r) => r.personIds.includes(personId));
  return mine.sort((a, b) => CAPACITY_ORDER.indexOf(a.capacity) - CAPACITY_ORDER.indexOf(b.capacity))[0];
}

/** The approving post (art. 49): the chair of a special-topic meeting; else the presiding 常务副县长 or the 县长. */
function approverOf(positions: readonly PositionRecord[], m: MeetingRecord): string | null {
  const chair = positions.find((p) => p.id === m.chairPositionId);
  return meetingLeaveApprover(m.kind, m.chairPositionId, chair?.kind === 'executive-deputy', countyHeadPost(positions)?.id ?? null);
}

/**
 * 会议请假 (art. 49). A county leader asks the 县长, or the 常务副县长 presiding by 委托; for a
 * special-topic meeting, its chair; the approver's post gets the 待办. Anyone else (a department
 * principal at the 全体会议, a 列席 attendee) names the deputy in charge who attends instead and asks
 * the county government office, which gets the 待办 to pass the request on (转呈).
 */
export async function requestMeetingLeave(deps: ServiceDeps, actor: Actor, meetingId: string, input: { reason: string; substitutePersonId?: string | undefined }): Promise<{ leave: MeetingLeaveRecord; verdicts: readonly Verdict[] }> {
  const at = deps.clock.now();
  const { pack, verdict } = requirePack(deps, at);
  if (!actor.personId) throw new DomainError('FORBIDDEN', '该账号不对应任何工作人员');
  const personId = actor.personId;
  return deps.store.transaction(async (tx) => {
    const m = await tx.meetings.get(actor.tenantId, meetingId);
    if (!m) throw new DomainError('MEETING_NOT_FOUND', '会议不存在');
    if (m.status !== 'planned') throw new DomainError('CONFLICT', '会议已召开或已取消，不能请假');
    const member = await requesterFor(tx, actor.tenantId, m, personId);
    if (!member) throw new DomainError('FORBIDDEN', '第四十九条：您不是本次会议的组成人员，无须请假');
    if (member.positionId === m.chairPositionId) throw new DomainError('CONFLICT', '会议主持人不能请假；请调整主持人');
    if (input.substitutePersonId && !(await tx.org.person(actor.tenantId, input.substitutePersonId))) {
      throw new DomainError('VALIDATION_FAILED', '字段 substitutePersonId：人员不存在', { fields: ['substitutePersonId'] });
    }
    const isLeader = member.capacity === 'leader';
    const sub = meetingLeaveSubstitute.check({ kind: m.kind, isLeader, substitutePersonId: input.substitutePersonId ?? null, requesterPersonId: personId });
    if (sub.outcome === 'block') throw ruleBlocked([verdict, sub]);
    const positions = await tx.org.positions(actor.tenantId);
    const approverId = approverOf(positions, m);
    if (!approverId) throw new DomainError('RULE_BLOCKED', '第四十九条：县长职务空缺，无法确定审批人');
    const approverTitle = positions.find((p) => p.id === approverId)?.title ?? '';
    const viaOffice = meetingLeaveViaOffice(m.kind, isLeader);
    const leave: MeetingLeaveRecord = {
      id: deps.ids.id(), tenantId: actor.tenantId, meetingId, personId, positionId: member.positionId, reason: input.reason,
      substitutePersonId: input.substitutePersonId ?? null, approverPositionId: approverId, status: viaOffice ? 'at-office' : 'requested', decidedByPersonId: null,
      decidedOnBehalfOf: null, decidedAt: null, createdAt: at.toISOString(), version: 1,
      officeAt: null, officeByPersonId: null, officeOnBehalfOf: null, officeNote: null,
    };
    await tx.meetings.insertLeave(leave);
    const what = `${actor.displayName}（${member.title}）不能参加${m.title}（${m.date}）`;
    const start = localDate(at, pack.utcOffsetMinutes);
    const office = viaOffice ? await officeIntakePosition(tx, actor.tenantId) : null;
    if (viaOffice && !office) throw new DomainError('RULE_BLOCKED', '第四十九条：未设县政府办公室岗位，无法转呈请假');
    await createTaskIn(deps, tx, actor, actor.tenantId, office
      ? { title: `转呈会议请假：${what}，${input.substitutePersonId ? '安排分管副职代会，' : ''}报${approverTitle}审批`, kind: 'meeting-leave-forward', sourceType: 'meeting-leave', sourceId: leave.id, ownerPositionId: office.id, period: { value: 1, unit: 'workday', start } }
      : { title: `审批会议请假：${what}`, kind: 'meeting-leave', sourceType: 'meeting-leave', sourceId: leave.id, ownerPositionId: approverId, period: { value: 1, unit: 'workday', start } });
    const verdicts: Verdict[] = [verdict, sub, viaOffice
      ? { rule: 'meeting-leave.office-forwards', outcome: 'allow', cites: ['yunyang-2025:49'], message: `第四十九条：向县政府办公室请假，由县政府办公室报${approverTitle}批准` }
      : { rule: 'meeting-leave.approver', outcome: 'allow', cites: ['yunyang-2025:49'], message: `第四十九条：向${approverTitle}请假` }];
    await tx.audit.append(actor.tenantId, {
      type: 'meeting-leave.requested', at, actorAccountId: actor.accountId, actorPersonId: personId, subjectType: 'meeting', subjectId: meetingId,
      payload: { leaveId: leave.id, position: member.title, substitutePersonId: leave.substitutePersonId, approver: approverTitle, status: leave.status }, verdicts,
    });
    return { leave, verdicts };
  });
}

const EVENTS: Readonly<Record<MeetingLeaveCommand, AuditEventType>> = {
  forward: 'meeting-leave.forwarded', 'send-back': 'meeting-leave.sent-back', approve: 'meeting-leave.approved', reject: 'meeting-leave.rejected',
};

/**
 * The office's 转呈 or 退回 of a non-leader's request (art. 49), and the approver's 批准 or 不批准 —
 * each by whoever acts for the post now (art. 5). Approving before the office forwarded is refused
 * citing art. 49. On 转呈 the approving post is read again (a 委托 may have begun since) and gets the 待办.
 */
export async function actOnMeetingLeave(deps: ServiceDeps, actor: Actor, leaveId: string, command: MeetingLeaveCommand, note: string): Promise<{ leave: MeetingLeaveRecord; verdicts: readonly Verdict[] }> {
  const at = deps.clock.now();
  const { pack, verdict } = requirePack(deps, at);
  return deps.store.transaction(async (tx) => {
    const leave = await tx.meetings.leave(actor.tenantId, leaveId);
    if (!leave) throw new DomainError('NOT_FOUND', '会议请假不存在');
    const me = await actingPositions(deps.store, tx, actor, at, pack.utcOffsetMinutes);
    const officePosts = await officePositionIds(tx, actor.tenantId);
    const officePost = me.positionIds.find((p) => officePosts.includes(p));
    const approver = await tx.org.position(actor.tenantId, leave.approverPositionId);
    const decision = decideMeetingLeaveCommand(leave.status, command, {
      actsForOffice: officePost !== undefined, actsForApprover: me.positionIds.includes(leave.approverPositionId), approverTitle: approver?.title ?? '审批人',
    });
    if (!decision.ok) {
      if (decision.code === 'RULE_BLOCKED') throw ruleBlocked([verdict, ...decision.verdicts]);
      throw new DomainError('CONFLICT', decision.message);
    }
    const deciding = command === 'approve' || command === 'reject';
    const meeting = await tx.meetings.get(actor.tenantId, leave.meetingId);
    const approverId = command === 'forward' && meeting ? (approverOf(await tx.org.positions(actor.tenantId), meeting) ?? leave.approverPositionId) : leave.approverPositionId;
    const onBehalfOf = deciding ? (me.onBehalfOf[leave.approverPositionId] ?? null) : officePost ? (me.onBehalfOf[officePost] ?? null) : null;
    const next: MeetingLeaveRecord = {
      ...leave, status: decision.status, approverPositionId: approverId, version: leave.version + 1,
      ...(deciding
        ? { decidedByPersonId: actor.personId, decidedOnBehalfOf: onBehalfOf, decidedAt: at.toISOString() }
        : { officeAt: at.toISOString(), officeByPersonId: actor.personId, officeOnBehalfOf: onBehalfOf, officeNote: note.trim() || null }),
    };
    if (!(await tx.meetings.updateLeave(next))) throw new DomainError('CONFLICT', '该请假已被他人更新，请刷新后重试');
    // The office's 待办 is done once it forwards or returns; the approval 待办 once decided.
    const closes = deciding ? 'meeting-leave' : 'meeting-leave-forward';
    for (const t of await tx.tasks.openBySource(actor.tenantId, 'meeting-leave', leave.id)) {
      if (t.kind !== closes) continue;
      await tx.tasks.update({ ...t, status: 'done', completedAt: at.toISOString(), completedByPersonId: actor.personId, completedByAccountId: actor.accountId, version: t.version + 1 });
    }
    if (command === 'forward') {
      const [person, post] = await Promise.all([tx.org.person(actor.tenantId, leave.personId), tx.org.position(actor.tenantId, leave.positionId)]);
      await createTaskIn(deps, tx, actor, actor.tenantId, {
        title: `审批会议请假（县政府办公室转呈）：${person?.name ?? ''}（${post?.title ?? ''}）不能参加${meeting?.title ?? '会议'}（${meeting?.date ?? ''}）`,
        kind: 'meeting-leave', sourceType: 'meeting-leave', sourceId: leave.id, ownerPositionId: approverId,
        period: { value: 1, unit: 'workday', start: localDate(at, pack.utcOffsetMinutes) },
      });
    }
    const verdicts = [verdict, ...decision.verdicts];
    await tx.audit.append(actor.tenantId, {
      type: EVENTS[command], at, actorAccountId: actor.accountId, actorPersonId: actor.personId, onBehalfOfPersonId: onBehalfOf,
      subjectType: 'meeting', subjectId: leave.meetingId, payload: { leaveId: leave.id, status: next.status, note, ...(command === 'forward' ? { approverPositionId: approverId } : {}) }, verdicts,
    });
    return { leave: next, verdicts };
  });
}

/** Approve or reject, by whoever acts for the approving post now (art. 49 with art. 5). */
export function decideMeetingLeave(deps: ServiceDeps, actor: Actor, leaveId: string, approve: boolean, note: string): Promise<{ leave: MeetingLeaveRecord; verdicts: readonly Verdict[] }> {
  return actOnMeetingLeave(deps, actor, leaveId, approve ? 'approve' : 'reject', note);
}

/** A request that still stands (not refused and not returned by the office). */
export const leaveStands = (l: MeetingLeaveRecord): boolean => l.status !== 'rejected' && l.status !== 'sent-back';

/**
 * The meeting's leave requests as the screen shows them: names, titles, the office's step and what
 * the reader may do now — 转呈 / 退回 for the office, 批准 / 不批准 for whoever acts for the approver.
 */
export function presentMeetingLeaves(
  leaves: readonly MeetingLeaveRecord[],
  ctx: { readonly personName: ReadonlyMap<string, string>; readonly titles: ReadonlyMap<string, string>; readonly positionIds: readonly string[]; readonly actsForOffice: boolean },
) {
  const name = (id: string | null | undefined) => (id ? (ctx.personName.get(id) ?? '') : null);
  return leaves.map((l) => {
    const t = MEETING_LEAVE_TRANSITIONS[l.status];
    const actsForApprover = ctx.positionIds.includes(l.approverPositionId);
    const officeBy = name(l.officeByPersonId);
    return {
      ...l, officeAt: l.officeAt ?? null, officeByPersonId: l.officeByPersonId ?? null, officeOnBehalfOf: l.officeOnBehalfOf ?? null, officeNote: l.officeNote ?? null,
      statusLabel: MEETING_LEAVE_STATUS_LABELS[l.status],
      personName: name(l.personId) ?? '', positionTitle: ctx.titles.get(l.positionId) ?? '', approverTitle: ctx.titles.get(l.approverPositionId) ?? '',
      substitute: name(l.substitutePersonId),
      /** `李文博`, or `何静（代李文博）` for a stand-in, who forwarded or returned it. */
      officeByName: officeBy === null ? null : l.officeOnBehalfOf ? `${officeBy}（代${name(l.officeOnBehalfOf) ?? ''}）` : officeBy,
      mayDecide: t.approve !== undefined && actsForApprover,
      mayForward: t.forward !== undefined && ctx.actsForOffice,
    };
  });
}

/** Whether the reader acts now for a post of the county government office (转呈 and 退回, art. 49). */
export async function actsForOfficeNow(deps: ServiceDeps, positionIds: readonly string[], tenantId: string): Promise<boolean> {
  const office = await officePositionIds(deps.store, tenantId);
  return positionIds.some((p) => office.includes(p));
}
