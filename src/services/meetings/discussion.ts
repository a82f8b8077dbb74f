import { DomainError } from '../../core/kernel/result.ts';
import { actingFor } from '../../core/org/index.ts';
import { coversDate } from '../../core/org/intervals.ts';
import { countyHeadPost } from '../../core/org/org.ts';
import { CONCLUSION_LABELS, decideConclusion, headSpeaksLast, opinionReasons, OPINION_LABELS, type ConclusionOutcome, type Opinion, type Speech } from '../../core/procedures/meetings/discussion.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, DiscussionRecord, MeetingRecord, TopicRecord, Tx } from '../ports.ts';
import { ruleBlocked } from '../platform/errors.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { loadOrgSnapshot } from '../org/snapshot.ts';
import { attendanceList } from './attendance.ts';

async function load(tx: Tx, actor: Actor, topicId: string, now: Date): Promise<{ topic: TopicRecord; meeting: MeetingRecord; record: DiscussionRecord | undefined }> {
  const topic = await tx.meetings.topic(actor.tenantId, topicId);
  if (!topic) throw new DomainError('NOT_FOUND', '议题不存在');
  if (!topic.meetingId || (topic.status !== 'scheduled' && topic.status !== 'discussed')) throw new DomainError('CONFLICT', '议题尚未列入会议，不能记录讨论');
  const meeting = await tx.meetings.get(actor.tenantId, topic.meetingId);
  if (!meeting || meeting.status === 'cancelled') throw new DomainError('CONFLICT', '会议已取消');
  if (Date.parse(meeting.startsAt) > now.getTime()) throw new DomainError('CONFLICT', '会议尚未开始，不能记录讨论');
  const record = await tx.meetingRecords.discussion(actor.tenantId, topicId);
  if (record?.conclusion) throw new DomainError('CONFLICT', '该议题已形成结论，讨论记录已关闭');
  return { topic, meeting, record };
}

async function save(tx: Tx, record: DiscussionRecord): Promise<void> {
  if (!(await tx.meetingRecords.saveDiscussion(record))) throw new DomainError('CONFLICT', '讨论记录已被他人更新，请刷新后重试');
}

/**
 * The office records a speech on a topic, in order: a member (whoever acts for a member's post at
 * the meeting, or the deputy attending for an excused member) with 同意 / 不同意 / 保留 and reasons,
 * or an attendee reporting on the topic. For a major decision nobody speaks after the 行政首长.
 */
export async function recordSpeech(deps: ServiceDeps, actor: Actor, topicId: string, input: { personId: string; role: 'member' | 'attendee'; opinion: Opinion; remarks: string }): Promise<{ discussion: DiscussionRecord; verdicts: readonly Verdict[] }> {
  const at = deps.clock.now();
  const { pack, verdict } = requirePack(deps, at);
  return deps.store.transaction(async (tx) => {
    const { topic, meeting, record } = await load(tx, actor, topicId, at);
    const person = await tx.org.person(actor.tenantId, input.personId);
    if (!person) throw new DomainError('VALIDATION_FAILED', '字段 personId：人员不存在', { fields: ['personId'] });
    const snapshot = await loadOrgSnapshot(deps.store, tx, actor.tenantId);
    const list = await attendanceList(deps.store, tx, actor.tenantId, meeting, pack.utcOffsetMinutes, { snapshot, bodies: await tx.org.bodies(actor.tenantId) });
    const start = new Date(meeting.startsAt);
    const head = countyHeadPost(snapshot.positions);
    let positionTitle = '';
    let isHead = false;
    if (input.role === 'member') {
      const seat = list.filter((e) => e.group === 'member' && e.positionId).find((e) => {
        const a = actingFor(snapshot, e.positionId!, start, pack.utcOffsetMinutes);
        return a.actor?.personId === person.id || (e.leave?.status === 'approved' && e.leave.substitute === person.name);
      });
      if (!seat) throw new DomainError('VALIDATION_FAILED', `字段 personId：${person.name}不是本次会议的组成人员（或代会人员），请按列席人员记录`, { fields: ['personId'] });
      positionTitle = seat.leave?.status === 'approved' && seat.leave.substitute === person.name ? `${seat.label}（代会）` : seat.label;
      isHead = head !== undefined && actingFor(snapshot, head.id, start, pack.utcOffsetMinutes).actor?.personId === person.id;
    } else {
      const held = snapshot.appointments.filter((a) => a.personId === person.id && coversDate(a.from, a.to, meeting.date)).map((a) => snapshot.positions.find((p) => p.id === a.positionId)?.title).filter(Boolean);
      positionTitle = held[0] ?? '列席人员';
    }
    const speeches = record?.speeches ?? [];
    const verdicts: Verdict[] = [verdict, opinionReasons.check(input)];
    if (input.role === 'member') verdicts.push(headSpeaksLast.check({ category: topic.facts.category, speeches, concluding: false }));
    if (verdicts.some((v) => v.outcome === 'block')) throw ruleBlocked(verdicts);
    const speech: Speech = {
      order: speeches.length + 1, personId: person.id, personName: person.name, positionTitle, role: input.role, head: isHead,
      opinion: input.opinion, remarks: input.remarks.trim(), at: at.toISOString(),
    };
    const next: DiscussionRecord = record
      ? { ...record, speeches: [...speeches, speech], updatedAt: at.toISOString(), version: record.version + 1 }
      : { id: deps.ids.id(), tenantId: actor.tenantId, meetingId: meeting.id, topicId, speeches: [speech], conclusion: null, updatedAt: at.toISOString(), version: 1 };
    await save(tx, next);
    await tx.audit.append(actor.tenantId, {
      type: 'discussion.speech-recorded', at, actorAccountId: actor.accountId, actorPersonId: actor.personId, subjectType: 'topic', subjectId: topicId,
      payload: { order: speech.order, person: person.name, role: speech.role, opinion: OPINION_LABELS[speech.opinion], head: isHead }, verdicts,
    });
    return { discussion: next, verdicts };
  });
}

/**
 * The chair's conclusion on a topic, recorded by the office. A normative document or a major
 * decision is concluded only at the 全体会议 or 常务会议 (art. 24); for a major decision the
 * 行政首长 spoke last, and a conclusion against the members' majority states its reasons (条例第三十条).
 */
export async function concludeTopic(deps: ServiceDeps, actor: Actor, topicId: string, input: { text: string; outcome: ConclusionOutcome; reasonAgainstMajority: string }): Promise<{ discussion: DiscussionRecord; verdicts: readonly Verdict[] }> {
  const at = deps.clock.now();
  const { pack, verdict } = requirePack(deps, at);
  return deps.store.transaction(async (tx) => {
    const { topic, meeting, record } = await load(tx, actor, topicId, at);
    const speeches = record?.speeches ?? [];
    const d = decideConclusion({ category: topic.facts.category, kind: meeting.kind, speeches, outcome: input.outcome, reason: input.reasonAgainstMajority });
    const verdicts = [verdict, ...d.verdicts];
    if (!d.ok) throw ruleBlocked(verdicts);
    const snapshot = await loadOrgSnapshot(deps.store, tx, actor.tenantId);
    const chair = actingFor(snapshot, meeting.onBehalfOfPositionId ?? meeting.chairPositionId, new Date(meeting.startsAt), pack.utcOffsetMinutes);
    const next: DiscussionRecord = {
      ...(record ?? { id: deps.ids.id(), tenantId: actor.tenantId, meetingId: meeting.id, topicId, speeches: [], version: 0 }),
      conclusion: { text: input.text.trim(), outcome: input.outcome, reasonAgainstMajority: input.reasonAgainstMajority.trim(), concludedByName: chair.display, at: at.toISOString() },
      updatedAt: at.toISOString(), version: (record?.version ?? 0) + 1,
    };
    await save(tx, next);
    if (topic.status === 'scheduled') {
      if (!(await tx.meetings.updateTopic({ ...topic, status: 'discussed', version: topic.version + 1 }))) throw new DomainError('CONFLICT', '议题已被他人更新，请刷新后重试');
    }
    await tx.audit.append(actor.tenantId, {
      type: 'discussion.concluded', at, actorAccountId: actor.accountId, actorPersonId: actor.personId, subjectType: 'topic', subjectId: topicId,
      payload: { meetingId: meeting.id, outcome: CONCLUSION_LABELS[input.outcome], speeches: speeches.length }, verdicts,
    });
    return { discussion: next, verdicts };
  });
}
