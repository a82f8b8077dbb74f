import { DomainError } from '../../core/kernel/result.ts';
import { charCount } from '../../core/procedures/consultations/comment-input.ts';
import { COMMENT_TRANSITIONS } from '../../core/procedures/consultations/consultations.machine.ts';
import { draftingUnitHandles, feedbackReady } from '../../core/procedures/consultations/consultations.rules.ts';
import { HANDLING_LABELS, consultationState, type Handling } from '../../core/procedures/consultations/consultations.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, CommentRecord, ConsultationRecord } from '../ports.ts';
import { ruleBlocked } from '../platform/errors.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { closeSourceTasks } from '../tasks/close-tasks.ts';
import { loadComment, loadConsultation, standingOf } from './consultation-context.ts';

/**
 * 记录采纳情况 (the drafting unit, after the window closed): how an approved comment was handled —
 * 采纳, 部分采纳 or 不予采纳, the last two with their reason (rule `consultation.drafting-unit`).
 * It may be recorded again until the feedback is published. Audited.
 */
export async function recordHandling(deps: ServiceDeps, actor: Actor, commentId: string, input: { handling: Handling; reason: string }): Promise<{ comment: CommentRecord; verdicts: readonly Verdict[] }> {
  const now = deps.clock.now();
  const { pack, verdict } = requirePack(deps, now);
  return deps.store.transaction(async (tx) => {
    const { comment, consultation } = await loadComment(tx, actor.tenantId, commentId);
    const me = await standingOf(deps, tx, actor, consultation, now, pack.utcOffsetMinutes);
    const unit = draftingUnitHandles.check({ subjectType: consultation.subjectType, inDraftingBody: me.inDraftingBody, draftingBodyName: me.draftingBodyName, action: '记录意见采纳情况' });
    const verdicts = [verdict, unit];
    if (unit.outcome === 'block') throw ruleBlocked(verdicts);
    if (!COMMENT_TRANSITIONS[comment.status].handle) throw new DomainError('CONFLICT', '只有审核采用的意见需要记录采纳情况');
    const state = consultationState(consultation, now);
    if (state === 'feedback-published') throw new DomainError('CONFLICT', '意见采纳情况反馈已公开，不能再修改');
    if (state !== 'closed') throw new DomainError('CONFLICT', '征求意见期间届满后方可记录意见采纳情况');
    const reason = input.reason.trim();
    if (input.handling !== 'adopted' && charCount(reason) < 2) {
      throw new DomainError('VALIDATION_FAILED', `字段 reason：${HANDLING_LABELS[input.handling]}的，请说明理由`, { fields: ['reason'] });
    }
    const next: CommentRecord = { ...comment, handling: input.handling, handlingReason: reason === '' ? null : reason, handledByPersonId: actor.personId, handledAt: now.toISOString(), version: comment.version + 1 };
    if (!(await tx.consultations.updateComment(next))) throw new DomainError('CONFLICT', '该意见已被他人更新，请刷新后重试');
    await tx.audit.append(actor.tenantId, {
      type: 'consultation.comment-handled', at: now, actorAccountId: actor.accountId, actorPersonId: actor.personId, onBehalfOfPersonId: me.onBehalfOf,
      subjectType: 'consultation', subjectId: consultation.id, payload: { commentId: comment.id, handling: next.handling, reason: next.handlingReason }, verdicts,
    });
    return { comment: next, verdicts };
  });
}

/**
 * 公开反馈 (the drafting unit): once the window has closed and every comment is moderated and every
 * approved one handled (rule `consultation.feedback-ready`), the feedback — a summary and each
 * approved comment's published text with its handling — goes on the portal. Audited.
 */
export async function publishFeedback(deps: ServiceDeps, actor: Actor, consultationId: string, input: { summary: string }): Promise<{ consultation: ConsultationRecord; verdicts: readonly Verdict[] }> {
  const now = deps.clock.now();
  const { pack, verdict } = requirePack(deps, now);
  return deps.store.transaction(async (tx) => {
    const c = await loadConsultation(tx, actor.tenantId, consultationId);
    if (c.feedbackPublishedAt !== null) throw new DomainError('CONFLICT', '意见采纳情况反馈已公开');
    const me = await standingOf(deps, tx, actor, c, now, pack.utcOffsetMinutes);
    const counts = (await tx.consultations.counts(actor.tenantId, [c.id]))[c.id] ?? { pending: 0, approved: 0, rejected: 0, handled: 0 };
    const verdicts = [
      verdict,
      draftingUnitHandles.check({ subjectType: c.subjectType, inDraftingBody: me.inDraftingBody, draftingBodyName: me.draftingBodyName, action: '公开意见采纳情况反馈' }),
      feedbackReady.check({ subjectType: c.subjectType, affectsMarket: c.affectsMarket, at: now, closesAt: c.closesAt, lastDay: c.lastDay, pending: counts.pending, unhandled: counts.approved - counts.handled }),
    ];
    if (verdicts.some((v) => v.outcome === 'block')) throw ruleBlocked(verdicts, '尚不能公开意见采纳情况反馈');
    const summary = input.summary.trim();
    if (charCount(summary) < 10) throw new DomainError('VALIDATION_FAILED', '字段 summary：请写明意见采纳情况的总体说明（不少于10字）', { fields: ['summary'] });
    const next: ConsultationRecord = { ...c, feedbackSummary: summary, feedbackPublishedAt: now.toISOString(), feedbackPublishedByPersonId: actor.personId, version: c.version + 1 };
    if (!(await tx.consultations.update(next))) throw new DomainError('CONFLICT', '该征求意见已被他人更新，请刷新后重试');
    await closeSourceTasks(tx, actor, now, { type: 'consultation', id: c.id }, ['consultation-feedback'], { note: '意见采纳情况反馈已公开' });
    await tx.audit.append(actor.tenantId, {
      type: 'consultation.feedback-published', at: now, actorAccountId: actor.accountId, actorPersonId: actor.personId, onBehalfOfPersonId: me.onBehalfOf,
      subjectType: 'consultation', subjectId: c.id, payload: { approved: counts.approved, rejected: counts.rejected, summary }, verdicts,
    });
    return { consultation: next, verdicts };
  });
}
