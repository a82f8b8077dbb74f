import { DomainError } from '../../core/kernel/result.ts';
import { STUDY_KIND_LABELS, studyBeforeExecutive, type StudyKind } from '../../core/procedures/meetings/study.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, StudyRecord } from '../ports.ts';
import { ruleBlocked } from '../platform/errors.ts';
import { requirePack } from '../platform/pack-in-force.ts';

/** The office schedules (or changes) the collective study before a 常务会议 (arts. 17, 46(十五)). */
export async function scheduleStudy(deps: ServiceDeps, actor: Actor, meetingId: string, input: { kind: StudyKind; subject: string; speaker: string; materials: readonly string[] }): Promise<{ study: StudyRecord; verdicts: readonly Verdict[] }> {
  const at = deps.clock.now();
  const { verdict } = requirePack(deps, at);
  return deps.store.transaction(async (tx) => {
    const m = await tx.meetings.get(actor.tenantId, meetingId);
    if (!m) throw new DomainError('MEETING_NOT_FOUND', '会议不存在');
    const v = studyBeforeExecutive.check({ kind: m.kind });
    if (v.outcome === 'block') throw ruleBlocked([verdict, v]);
    if (m.status !== 'planned') throw new DomainError('CONFLICT', '会议已召开或已取消，不能安排会前学习');
    const existing = await tx.meetingRecords.study(actor.tenantId, meetingId);
    const study: StudyRecord = existing
      ? { ...existing, kind: input.kind, subject: input.subject.trim(), speaker: input.speaker.trim(), materials: input.materials, updatedAt: at.toISOString(), version: existing.version + 1 }
      : { id: deps.ids.id(), tenantId: actor.tenantId, meetingId, kind: input.kind, subject: input.subject.trim(), speaker: input.speaker.trim(), materials: input.materials, summary: null, recordedAt: null, updatedAt: at.toISOString(), version: 1 };
    if (!(await tx.meetingRecords.saveStudy(study))) throw new DomainError('CONFLICT', '会前学习安排已被他人更新，请刷新后重试');
    const verdicts = [verdict, v];
    await tx.audit.append(actor.tenantId, {
      type: 'meeting.study-scheduled', at, actorAccountId: actor.accountId, actorPersonId: actor.personId, subjectType: 'meeting', subjectId: meetingId,
      payload: { kind: STUDY_KIND_LABELS[study.kind], subject: study.subject, speaker: study.speaker }, verdicts,
    });
    return { study, verdicts };
  });
}

/** Once the meeting has begun, the office records the study held: what was studied and how. */
export async function recordStudy(deps: ServiceDeps, actor: Actor, meetingId: string, input: { summary: string }): Promise<{ study: StudyRecord; verdicts: readonly Verdict[] }> {
  const at = deps.clock.now();
  const { verdict } = requirePack(deps, at);
  return deps.store.transaction(async (tx) => {
    const m = await tx.meetings.get(actor.tenantId, meetingId);
    if (!m) throw new DomainError('MEETING_NOT_FOUND', '会议不存在');
    if (m.status === 'cancelled') throw new DomainError('CONFLICT', '会议已取消');
    if (Date.parse(m.startsAt) > at.getTime()) throw new DomainError('CONFLICT', '会议尚未开始，不能记录会前学习');
    const existing = await tx.meetingRecords.study(actor.tenantId, meetingId);
    if (!existing) throw new DomainError('CONFLICT', '本次会议未安排会前集体学习');
    if (existing.recordedAt) throw new DomainError('CONFLICT', '会前集体学习已记录');
    const study: StudyRecord = { ...existing, summary: input.summary.trim(), recordedAt: at.toISOString(), updatedAt: at.toISOString(), version: existing.version + 1 };
    if (!(await tx.meetingRecords.saveStudy(study))) throw new DomainError('CONFLICT', '会前学习记录已被他人更新，请刷新后重试');
    const v: Verdict = { rule: 'meeting.study', outcome: 'allow', cites: ['yunyang-2025:17', 'yunyang-2025:46(15)'], message: `第十七条：坚持县政府常务会议学法制度；已记录${STUDY_KIND_LABELS[study.kind]}“${study.subject}”` };
    const verdicts = [verdict, v];
    await tx.audit.append(actor.tenantId, {
      type: 'meeting.study-recorded', at, actorAccountId: actor.accountId, actorPersonId: actor.personId, subjectType: 'meeting', subjectId: meetingId,
      payload: { kind: STUDY_KIND_LABELS[study.kind], subject: study.subject }, verdicts,
    });
    return { study, verdicts };
  });
}
