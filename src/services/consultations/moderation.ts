import { DomainError } from '../../core/kernel/result.ts';
import { charCount } from '../../core/procedures/consultations/comment-input.ts';
import { COMMENT_TRANSITIONS } from '../../core/procedures/consultations/consultations.machine.ts';
import { personalInfo } from '../../core/procedures/consultations/consultations.rules.ts';
import { maskPersonalInfo } from '../../core/procedures/consultations/personal-info.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, CommentRecord } from '../ports.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { loadComment, standingOf } from './consultation-context.ts';

export type ModerationCommand =
  | { readonly type: 'approve'; readonly publicText?: string | undefined }
  | { readonly type: 'reject'; readonly reason: string };

/**
 * 审核 (the office or the drafting unit): a pending comment is approved — its published text
 * being the moderator's version or the comment itself, with what looks like personal information
 * masked (rule `consultation.personal-info`, 《政府信息公开条例》第十五条) — or not used, with the
 * reason. Nothing of a comment is public before this; the name and contact never are. Audited.
 */
export async function moderateComment(deps: ServiceDeps, actor: Actor, commentId: string, command: ModerationCommand): Promise<{ comment: CommentRecord; verdicts: readonly Verdict[] }> {
  const now = deps.clock.now();
  const { pack, verdict } = requirePack(deps, now);
  return deps.store.transaction(async (tx) => {
    const { comment, consultation } = await loadComment(tx, actor.tenantId, commentId);
    const me = await standingOf(deps, tx, actor, consultation, now, pack.utcOffsetMinutes);
    if (!me.office && !me.inDraftingBody) throw new DomainError('FORBIDDEN', `公众意见由县政府办公室或起草单位（${me.draftingBodyName}）审核`);
    const t = COMMENT_TRANSITIONS[comment.status][command.type];
    if (!t) throw new DomainError('CONFLICT', '该意见已审核');
    if (consultation.feedbackPublishedAt !== null) throw new DomainError('CONFLICT', '意见采纳情况反馈已公开，不能再审核意见');
    const verdicts: Verdict[] = [verdict];
    let next: CommentRecord = { ...comment, status: t.to, moderatedByPersonId: actor.personId, moderatedAt: now.toISOString(), version: comment.version + 1 };
    if (command.type === 'approve') {
      const edited = (command.publicText ?? '').trim();
      if (edited !== '' && charCount(edited) > pack.numberParam('consultation.commentMaxChars')) {
        throw new DomainError('VALIDATION_FAILED', `字段 publicText：公开文本不得超过${pack.numberParam('consultation.commentMaxChars')}字`, { fields: ['publicText'] });
      }
      const masked = maskPersonalInfo(edited === '' ? comment.content : edited, { name: comment.name, contact: comment.contact });
      verdicts.push(personalInfo.check({ found: masked.found }));
      next = { ...next, publicText: masked.text };
    } else {
      const reason = command.reason.trim();
      if (charCount(reason) < 2) throw new DomainError('VALIDATION_FAILED', '字段 reason：请写明不予采用的理由', { fields: ['reason'] });
      next = { ...next, moderationNote: reason };
    }
    if (!(await tx.consultations.updateComment(next))) throw new DomainError('CONFLICT', '该意见已被他人审核，请刷新后重试');
    await tx.audit.append(actor.tenantId, {
      type: command.type === 'approve' ? 'consultation.comment-approved' : 'consultation.comment-rejected', at: now,
      actorAccountId: actor.accountId, actorPersonId: actor.personId, onBehalfOfPersonId: me.inDraftingBody ? me.onBehalfOf : null,
      subjectType: 'consultation', subjectId: consultation.id,
      payload: command.type === 'approve'
        ? { commentId: comment.id, edited: (command.publicText ?? '').trim() !== '', masked: next.publicText !== ((command.publicText ?? '').trim() || comment.content) }
        : { commentId: comment.id, reason: next.moderationNote },
      verdicts,
    });
    return { comment: next, verdicts };
  });
}
