import { DomainError } from '../../core/kernel/result.ts';
import { localDate } from '../../core/kernel/time.ts';
import { decideTopicAdmission } from '../../core/procedures/meetings/meetings.decide.ts';
import { TOPIC_TRANSITIONS, type TopicCommandType } from '../../core/procedures/meetings/meetings.machine.ts';
import { topicConfirmer, topicProposer } from '../../core/procedures/meetings/meetings.rules.ts';
import type { MeetingKind, TopicFacts } from '../../core/procedures/meetings/meetings.ts';
import type { AuditEventType } from '../../core/audit/events.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, TopicRecord, Tx } from '../ports.ts';
import { ruleBlocked } from '../platform/errors.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { actingPositions } from '../org/acting-positions.ts';
import { topLevelBody } from '../../core/org/structure.ts';
import { readinessOf } from './readiness.ts';
import { countyHeadPost } from '../../core/org/org.ts';
import { leaderOf } from '../org/leader-of.ts';

export interface ProposeTopicInput {
  readonly meetingKind: MeetingKind;
  readonly specialChairPositionId?: string | undefined;
  readonly title: string;
  readonly facts: TopicFacts;
  readonly materials: readonly string[];
  /** A 县长办公会议 topic may name the key-work item it concerns (art. 47). */
  readonly keyWorkItemId?: string | undefined;
}

export const TOPIC_NOT_FOUND = 'TOPIC_NOT_FOUND';

/** The post through which the actor proposes: a county leader's, a unit principal's, or the office director's. */
async function proposerPost(tx: Tx, actor: Actor, positionIds: readonly string[]) {
  const positions = (await tx.org.positions(actor.tenantId)).filter((p) => positionIds.includes(p.id));
  const order = ['county-head', 'acting-county-head', 'executive-deputy', 'deputy', 'party-member', 'office-director', 'principal'];
  return positions.sort((a, b) => (order.indexOf(a.kind) + 100) % 100 - (order.indexOf(b.kind) + 100) % 100)[0];
}

/** The county leader in charge of a principal's unit, as `副县长（分管…） 刘建华`: whom art. 47 sends a 县长办公会议 topic through. */
async function leaderInChargeOf(tx: Tx, tenantId: string, principalPositionId: string, date: string): Promise<string | null> {
  const leader = await leaderOf(tx, tenantId, principalPositionId, date);
  if (!leader) return null;
  const holders = await tx.org.holdersOn(tenantId, leader.id, date);
  const names = (await Promise.all(holders.map((h) => tx.org.person(tenantId, h.personId)))).map((p) => p?.name).filter((n): n is string => n !== undefined);
  return names.length > 0 ? `${leader.title} ${names.join('、')}` : leader.title;
}

/** 提出议题 (arts. 46, 47): by a county leader, a unit's principal or the office director, with its substance and recommendation. */
export async function proposeTopic(deps: ServiceDeps, actor: Actor, input: ProposeTopicInput): Promise<{ topic: TopicRecord; verdicts: readonly Verdict[] }> {
  const at = deps.clock.now();
  const { pack, verdict } = requirePack(deps, at);
  return deps.store.transaction(async (tx) => {
    const me = await actingPositions(deps.store, tx, actor, at, pack.utcOffsetMinutes);
    const post = await proposerPost(tx, actor, me.positionIds);
    const bodies = await tx.org.bodies(actor.tenantId);
    const body = post ? topLevelBody(bodies, post.bodyId) : undefined;
    const leaderInCharge = input.meetingKind === 'head-office' && post?.kind === 'principal' ? await leaderInChargeOf(tx, actor.tenantId, post.id, localDate(at, pack.utcOffsetMinutes)) : null;
    const v = topicProposer.check({ proposerKind: post?.kind ?? null, bodyKind: body?.kind ?? null, meetingKind: input.meetingKind, leaderInCharge });
    if (v.outcome === 'block' || !post || !actor.personId) throw ruleBlocked([v]);
    if (input.meetingKind === 'special' && !input.specialChairPositionId) {
      throw new DomainError('VALIDATION_FAILED', '字段 specialChairPositionId：专题会议议题须写明会议主持人（第四十八条）', { fields: ['specialChairPositionId'] });
    }
    if (input.keyWorkItemId !== undefined) {
      if (input.meetingKind !== 'head-office') throw new DomainError('VALIDATION_FAILED', '字段 keyWorkItemId：只有县长办公会议的议题关联季度重点工作（第四十七条）', { fields: ['keyWorkItemId'] });
      if (!(await tx.keyWork.get(actor.tenantId, input.keyWorkItemId))) throw new DomainError('VALIDATION_FAILED', '字段 keyWorkItemId：重点工作事项不存在', { fields: ['keyWorkItemId'] });
    }
    const topic: TopicRecord = {
      id: deps.ids.id(), tenantId: actor.tenantId, meetingKind: input.meetingKind, meetingId: null, specialChairPositionId: input.specialChairPositionId ?? null,
      title: input.title, facts: input.facts, materials: input.materials, proposerPersonId: actor.personId, proposerPositionId: post.id, status: 'proposed',
      verdicts: [], decidedByPersonId: null, decidedOnBehalfOf: null, decisionNote: null, sourceType: null, sourceId: null, createdAt: at.toISOString(), version: 1,
      keyWorkItemId: input.keyWorkItemId ?? null,
    };
    // The admission rules are shown to the proposer at once; the 县长 (or chair) decides.
    const preview = decideTopicAdmission(topic.facts, await readinessOf(tx, topic));
    const saved = { ...topic, verdicts: preview.verdicts };
    await tx.meetings.insertTopic(saved);
    const verdicts = [verdict, v, ...preview.verdicts];
    await tx.audit.append(actor.tenantId, {
      type: 'topic.proposed', at, actorAccountId: actor.accountId, actorPersonId: actor.personId, onBehalfOfPersonId: me.onBehalfOf[post.id] ?? null,
      subjectType: 'topic', subjectId: saved.id, payload: { title: saved.title, meetingKind: saved.meetingKind, category: saved.facts.category, keyWorkItemId: saved.keyWorkItemId ?? null }, verdicts,
    });
    return { topic: saved, verdicts };
  });
}

export type TopicCommand = { readonly type: 'admit'; readonly note: string } | { readonly type: 'refuse'; readonly note: string } | { readonly type: 'schedule'; readonly meetingId: string } | { readonly type: 'withdraw' };

const EVENTS: Readonly<Record<TopicCommandType, AuditEventType>> = { admit: 'topic.admitted', refuse: 'topic.refused', schedule: 'topic.scheduled', withdraw: 'topic.withdrawn' };

/**
 * 审定 (admit or refuse; the 县长, or a special-topic meeting's chair, through acting authority —
 * the admission rules must all pass to admit), 列入会议 (the office puts an admitted topic on a
 * planned meeting of its kind), 撤回 (the proposer).
 */
export async function actOnTopic(deps: ServiceDeps, actor: Actor, id: string, command: TopicCommand): Promise<{ topic: TopicRecord; verdicts: readonly Verdict[] }> {
  const at = deps.clock.now();
  const { pack, verdict } = requirePack(deps, at);
  return deps.store.transaction(async (tx) => {
    const topic = await tx.meetings.topic(actor.tenantId, id);
    if (!topic) throw new DomainError(TOPIC_NOT_FOUND, '议题不存在');
    const t = TOPIC_TRANSITIONS[topic.status][command.type];
    if (!t) throw new DomainError('CONFLICT', '议题当前状态不能办理此操作');
    const me = await actingPositions(deps.store, tx, actor, at, pack.utcOffsetMinutes);
    let verdicts: Verdict[] = [verdict];
    let next: TopicRecord = { ...topic, status: t.to, version: topic.version + 1 };
    let onBehalfOf: string | null = null;
    if (command.type === 'admit' || command.type === 'refuse') {
      const positions = await tx.org.positions(actor.tenantId);
      const head = countyHeadPost(positions);
      const actsForHead = head !== undefined && me.positionIds.includes(head.id);
      const isChair = topic.specialChairPositionId !== null && me.positionIds.includes(topic.specialChairPositionId);
      const confirmer = topicConfirmer.check({ kind: topic.meetingKind, actsForHead, isChair });
      verdicts.push(confirmer);
      if (confirmer.outcome === 'block') throw ruleBlocked(verdicts);
      onBehalfOf = (actsForHead && head ? me.onBehalfOf[head.id] : topic.specialChairPositionId ? me.onBehalfOf[topic.specialChairPositionId] : undefined) ?? null;
      if (command.type === 'admit') {
        const admission = decideTopicAdmission(topic.facts, await readinessOf(tx, topic));
        verdicts = [...verdicts, ...admission.verdicts];
        if (!admission.ok) throw ruleBlocked(verdicts, '议题不符合上会条件');
        next = { ...next, verdicts: admission.verdicts };
      }
      next = { ...next, decidedByPersonId: actor.personId, decidedOnBehalfOf: onBehalfOf, decisionNote: command.note };
    } else if (command.type === 'schedule') {
      if (!actor.roles.includes('office')) throw new DomainError('FORBIDDEN', '议题由县政府办公室列入会议（第五十条）');
      const meeting = await tx.meetings.get(actor.tenantId, command.meetingId);
      if (!meeting || meeting.status !== 'planned') throw new DomainError('VALIDATION_FAILED', '字段 meetingId：请选择已安排、尚未召开的会议', { fields: ['meetingId'] });
      if (meeting.kind !== topic.meetingKind) throw new DomainError('VALIDATION_FAILED', '字段 meetingId：议题提交的会议类别与该会议不同', { fields: ['meetingId'] });
      if (meeting.date < localDate(at, pack.utcOffsetMinutes)) throw new DomainError('VALIDATION_FAILED', '字段 meetingId：会议日期已过', { fields: ['meetingId'] });
      next = { ...next, meetingId: meeting.id };
    } else if (topic.proposerPersonId !== actor.personId) {
      throw new DomainError('FORBIDDEN', '只有提出人可以撤回议题');
    }
    if (!(await tx.meetings.updateTopic(next))) throw new DomainError('CONFLICT', '该议题已被他人更新，请刷新后重试');
    await tx.audit.append(actor.tenantId, {
      type: EVENTS[command.type], at, actorAccountId: actor.accountId, actorPersonId: actor.personId, onBehalfOfPersonId: onBehalfOf,
      subjectType: 'topic', subjectId: topic.id, payload: { status: next.status, ...('note' in command ? { note: command.note } : {}), ...('meetingId' in command ? { meetingId: command.meetingId } : {}) },
      verdicts,
    });
    return { topic: next, verdicts };
  });
}
