import { DomainError } from '../../core/kernel/result.ts';
import { MEETING_TRANSITIONS } from '../../core/procedures/meetings/meetings.machine.ts';
import { decisionsAssigned, disclosureChosen, disclosureOf, minutesInOrder, nextMinutesStatus, noPersonalData, type MinutesDecision } from '../../core/procedures/meetings/minutes.ts';
import { documentNotClassified } from '../../core/procedures/documents/documents.rules.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, MeetingRecord, MinutesRecord, Tx } from '../ports.ts';
import { ruleBlocked } from '../platform/errors.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { actingPositions } from '../org/acting-positions.ts';
import { createTaskIn } from '../tasks/create-task.ts';
import { countyHeadPost } from '../../core/org/org.ts';
import { attendanceVerdict } from './attendance.ts';
import { issueSignedMinutes } from './minutes-issue.ts';

async function loadMeeting(tx: Tx, actor: Actor, id: string): Promise<MeetingRecord> {
  const m = await tx.meetings.get(actor.tenantId, id);
  if (!m) throw new DomainError('MEETING_NOT_FOUND', '会议不存在');
  return m;
}

/** 会议召开 (the office records it held): the topics put on it are then 已研究. */
export async function holdMeeting(deps: ServiceDeps, actor: Actor, id: string): Promise<{ meeting: MeetingRecord; verdicts: readonly Verdict[] }> {
  const at = deps.clock.now();
  const { pack, verdict } = requirePack(deps, at);
  return deps.store.transaction(async (tx) => {
    const m = await loadMeeting(tx, actor, id);
    if (!MEETING_TRANSITIONS[m.status].hold) throw new DomainError('CONFLICT', '会议当前状态不能登记召开');
    if (Date.parse(m.startsAt) > at.getTime()) throw new DomainError('CONFLICT', '会议尚未开始，不能登记召开');
    const next: MeetingRecord = { ...m, status: 'held', version: m.version + 1 };
    if (!(await tx.meetings.update(next))) throw new DomainError('CONFLICT', '该会议已被他人更新，请刷新后重试');
    for (const t of await tx.meetings.topics(actor.tenantId, { meetingId: m.id, limit: 200 })) {
      if (t.status === 'scheduled') await tx.meetings.updateTopic({ ...t, status: 'discussed', version: t.version + 1 });
    }
    // The members' turnout: a warning below the pack's share, never a refusal (ADR 0007).
    const turnout = await attendanceVerdict(deps.store, tx, actor.tenantId, m, pack.utcOffsetMinutes, pack.numberParam('meeting.attendanceWarnPercent'));
    await tx.audit.append(actor.tenantId, { type: 'meeting.held', at, actorAccountId: actor.accountId, actorPersonId: actor.personId, subjectType: 'meeting', subjectId: m.id, payload: { date: m.date }, verdicts: [verdict, turnout] });
    return { meeting: next, verdicts: [verdict, turnout] };
  });
}

/**
 * 起草纪要 (the office, art. 50): the text and the decisions, each with a lead unit and a time limit
 * (art. 41) and its disclosure — 公开, or 不予公开 with the reason (art. 30). The minutes will be a
 * document, so a classified marking is refused as in any draft (art. 61).
 */
export async function draftMinutes(deps: ServiceDeps, actor: Actor, meetingId: string, input: { text: string; decisions: readonly MinutesDecision[] }): Promise<{ minutes: MinutesRecord; verdicts: readonly Verdict[] }> {
  const at = deps.clock.now();
  const { verdict } = requirePack(deps, at);
  const decisions: MinutesDecision[] = input.decisions.map((d) => ({
    ...d, disclosure: disclosureOf(d), withholdReason: disclosureOf(d) === 'withheld' ? (d.withholdReason ?? '').trim() : '',
  }));
  const fields = Object.fromEntries([['纪要正文', input.text], ...decisions.flatMap((d, i) => [[`议定事项${i + 1}`, d.text], [`议定事项${i + 1}不予公开理由`, d.withholdReason ?? '']])]) as Record<string, string>;
  const checks = [decisionsAssigned.check({ decisions }), disclosureChosen.check({ decisions }), noPersonalData.check({ decisions }), documentNotClassified.check({ fields })];
  if (checks.some((c) => c.outcome === 'block')) throw ruleBlocked(checks.filter((c) => c.outcome === 'block'));
  const v = checks[0]!;
  return deps.store.transaction(async (tx) => {
    const m = await loadMeeting(tx, actor, meetingId);
    if (m.status !== 'held') throw new DomainError('CONFLICT', '会议召开后方可起草纪要');
    const positions = await tx.org.positions(actor.tenantId);
    for (const [i, d] of input.decisions.entries()) {
      for (const b of [d.leadBodyId, ...d.coBodyIds]) {
        if (!positions.some((p) => p.bodyId === b && p.kind === 'principal')) {
          throw new DomainError('VALIDATION_FAILED', `字段 decisions.${i}：承办单位不存在或没有主要负责人岗位`, { fields: [`decisions.${i}`] });
        }
      }
    }
    const existing = await tx.meetings.minutes(actor.tenantId, meetingId);
    if (existing && existing.status !== 'drafting') throw new DomainError('CONFLICT', '纪要已送审，不能修改');
    const minutes: MinutesRecord = existing
      ? { ...existing, text: input.text, decisions, updatedAt: at.toISOString(), version: existing.version + 1 }
      : { id: deps.ids.id(), tenantId: actor.tenantId, meetingId, text: input.text, decisions, status: 'drafting', steps: [], updatedAt: at.toISOString(), version: 1 };
    if (existing) {
      if (!(await tx.meetings.updateMinutes(minutes))) throw new DomainError('CONFLICT', '纪要已被他人更新，请刷新后重试');
    } else {
      await tx.meetings.insertMinutes(minutes);
    }
    const verdicts = [verdict, v, checks[1]!];
    await tx.audit.append(actor.tenantId, {
      type: 'minutes.drafted', at, actorAccountId: actor.accountId, actorPersonId: actor.personId, subjectType: 'meeting', subjectId: meetingId,
      payload: { decisions: minutes.decisions.length, withheld: decisions.filter((d) => d.disclosure === 'withheld').length }, verdicts,
    });
    return { minutes, verdicts };
  });
}

/**
 * The next step of the minutes (art. 50), by the post the article names, through acting authority:
 * the office sends the draft on; the 常务副县长 reviews; the 县长 signs (a special-topic meeting's
 * minutes: the deputy in charge). Once signed, each decision becomes a 待办 of its lead unit's
 * principal — and of each co-unit's — due in its working days.
 */
export async function advanceMinutes(deps: ServiceDeps, actor: Actor, meetingId: string, input: { opinion: string }): Promise<{ minutes: MinutesRecord; verdicts: readonly Verdict[] }> {
  const at = deps.clock.now();
  const { pack, verdict } = requirePack(deps, at);
  return deps.store.transaction(async (tx) => {
    const m = await loadMeeting(tx, actor, meetingId);
    const minutes = await tx.meetings.minutes(actor.tenantId, meetingId);
    if (!minutes) throw new DomainError('CONFLICT', '尚未起草纪要');
    const next = nextMinutesStatus(m.kind, minutes.status);
    if (!next) throw new DomainError('CONFLICT', '纪要已签发');
    const positions = await tx.org.positions(actor.tenantId);
    const head = countyHeadPost(positions);
    const exec = positions.find((p) => p.kind === 'executive-deputy');
    // Whose step it is: the office drafts; the 常务副县长 reviews; the 县长 — or for a special-topic meeting the leader in charge — signs.
    const step = minutes.status === 'drafting' ? { office: true, positionId: null as string | null, title: '县政府办公室' }
      : minutes.status === 'reviewing' ? { office: false, positionId: exec?.id ?? null, title: '常务副县长' }
      : m.kind === 'special' ? { office: false, positionId: m.onBehalfOfPositionId ?? m.chairPositionId, title: '分管副县长' }
      : { office: false, positionId: head?.id ?? null, title: '县长' };
    const me = await actingPositions(deps.store, tx, actor, at, pack.utcOffsetMinutes);
    const acts = step.office ? actor.roles.includes('office') : step.positionId !== null && me.positionIds.includes(step.positionId);
    const v = minutesInOrder.check({ kind: m.kind, status: minutes.status, actsForStep: acts, stepTitle: step.title });
    if (v.outcome === 'block') throw ruleBlocked([verdict, v]);
    const onBehalfOf = step.positionId ? (me.onBehalfOf[step.positionId] ?? null) : null;
    const people = await tx.org.people(actor.tenantId);
    const name = (id: string | null) => people.find((p) => p.id === id)?.name ?? '';
    const saved: MinutesRecord = {
      ...minutes, status: next, updatedAt: at.toISOString(), version: minutes.version + 1,
      steps: [...minutes.steps, { status: minutes.status, personName: name(actor.personId) || actor.displayName, onBehalfOfName: onBehalfOf ? name(onBehalfOf) : null, at: at.toISOString(), opinion: input.opinion, personId: actor.personId }],
    };
    if (!(await tx.meetings.updateMinutes(saved))) throw new DomainError('CONFLICT', '纪要已被他人更新，请刷新后重试');
    const verdicts: Verdict[] = [verdict, v];
    if (next === 'signed') {
      for (const [i, d] of saved.decisions.entries()) {
        for (const [j, bodyId] of [d.leadBodyId, ...d.coBodyIds].entries()) {
          const owner = positions.find((p) => p.bodyId === bodyId && p.kind === 'principal');
          if (!owner) continue;
          const task = await createTaskIn(deps, tx, actor, actor.tenantId, {
            title: `${j === 0 ? '落实' : '协办'}${m.title}议定事项${i + 1}：${d.text}`, kind: j === 0 ? 'meeting-decision' : 'meeting-decision-assist',
            sourceType: 'meeting', sourceId: m.id, ownerPositionId: owner.id, period: { value: d.dueWorkdays, unit: 'workday' },
          });
          // Each 待办 knows its decision (议定事项督办, arts. 28, 41).
          await tx.meetingDecisions.insertTaskLink({ tenantId: actor.tenantId, meetingId: m.id, decisionIndex: i, taskId: task.id, role: j === 0 ? 'lead' : 'assist', bodyId });
        }
      }
      verdicts.push({ rule: 'minutes.decisions-assigned', outcome: 'allow', cites: ['yunyang-2025:41', 'yunyang-2025:28'], message: `第二十八条、第四十一条：纪要签发，${saved.decisions.length}项议定事项已转为承办单位的督办待办` });
      // Art. 50: the signature is the 签发 of the 纪要, which goes on to the office's 复核 and 登记.
      const issued = await issueSignedMinutes(deps, tx, actor, m, saved, { positionId: step.positionId!, title: positions.find((p) => p.id === step.positionId)?.title ?? step.title, onBehalfOfPersonId: onBehalfOf, opinion: input.opinion }, at);
      verdicts.push(...issued.verdicts);
    }
    await tx.audit.append(actor.tenantId, {
      type: next === 'signed' ? 'minutes.signed' : 'minutes.advanced', at, actorAccountId: actor.accountId, actorPersonId: actor.personId, onBehalfOfPersonId: onBehalfOf,
      subjectType: 'meeting', subjectId: m.id, payload: { from: minutes.status, to: next, opinion: input.opinion }, verdicts,
    });
    return { minutes: saved, verdicts };
  });
}
