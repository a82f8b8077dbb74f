import { DomainError } from '../../core/kernel/result.ts';
import { validateComment, type CommentField } from '../../core/procedures/consultations/comment-input.ts';
import { commentWindow } from '../../core/procedures/consultations/consultations.rules.ts';
import type { ServiceDeps } from '../context.ts';
import type { CommentRecord } from '../ports.ts';
import { ruleBlocked } from '../platform/errors.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { CONSULTATION_NOT_FOUND } from './consultations.ts';

export interface SubmitCommentInput {
  readonly consultationId: string;
  readonly content: string;
  readonly name?: string | undefined;
  readonly contact?: string | undefined;
  /** The honeypot field: people leave it empty (it is not shown); a filled one is discarded. */
  readonly honeypot?: string | undefined;
  /** The client's network address, only ever stored as a pseudonymous key for the rate limits. */
  readonly address: string;
}

/** The answer to a submission: the same whether it was kept or silently discarded. */
export interface SubmitCommentResult {
  readonly received: true;
  readonly reference: string;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** A refused submission's field messages (the portal shows each beside its field). */
export function commentFieldErrors(e: unknown): Partial<Record<CommentField, string>> | undefined {
  if (!(e instanceof DomainError) || e.code !== 'VALIDATION_FAILED') return undefined;
  return e.details?.['fieldErrors'] as Partial<Record<CommentField, string>> | undefined;
}

/**
 * A comment from the public (no login): accepted only inside the window, to the second (rule
 * `consultation.comment-window`); its content checked; the pack's per-address limits applied; a
 * filled honeypot discarded but answered like success. The comment waits for moderation and
 * nothing of it is public until then; the name and contact are never published. The comment and
 * its audit event (without any personal information) are saved together.
 */
export async function submitComment(deps: ServiceDeps, input: SubmitCommentInput): Promise<SubmitCommentResult> {
  const now = deps.clock.now();
  const { pack } = requirePack(deps, now);
  const tenantId = deps.settings.defaultTenantId;
  return deps.store.transaction(async (tx) => {
    const c = await tx.consultations.get(tenantId, input.consultationId);
    if (!c) throw new DomainError(CONSULTATION_NOT_FOUND, '征求意见不存在');
    const reference = deps.ids.id();
    if ((input.honeypot ?? '') !== '') return { received: true, reference };

    const window = commentWindow.check({
      subjectType: c.subjectType, affectsMarket: c.affectsMarket, at: now, opensAt: c.opensAt, closesAt: c.closesAt, lastDay: c.lastDay, utcOffsetMinutes: pack.utcOffsetMinutes,
    });
    if (window.outcome === 'block') throw ruleBlocked([window], window.message);

    const checked = validateComment(input, { minChars: pack.numberParam('consultation.commentMinChars'), maxChars: pack.numberParam('consultation.commentMaxChars') });
    if (!checked.ok) {
      const fields = Object.keys(checked.errors) as CommentField[];
      throw new DomainError('VALIDATION_FAILED', fields.map((f) => `字段 ${f}：${checked.errors[f] ?? ''}`).join('；'), { fields, fieldErrors: checked.errors });
    }

    const addressKey = deps.ids.digest(`consultation-address|${tenantId}|${input.address}`);
    await tx.consultations.pruneSubmissions(tenantId, new Date(now.getTime() - DAY_MS).toISOString());
    const perHour = pack.numberParam('consultation.commentsPerAddressPerHour');
    const perDay = pack.numberParam('consultation.commentsPerAddressPerConsultationPerDay');
    if ((await tx.consultations.submissionsSince(tenantId, addressKey, new Date(now.getTime() - HOUR_MS).toISOString())) >= perHour) {
      throw new DomainError('RATE_LIMITED', `提交过于频繁：同一网络地址每小时最多提交${perHour}条意见，请稍后再试`);
    }
    if ((await tx.consultations.submissionsSince(tenantId, addressKey, new Date(now.getTime() - DAY_MS).toISOString(), c.id)) >= perDay) {
      throw new DomainError('RATE_LIMITED', `提交过于频繁：同一网络地址24小时内对同一征求意见最多提交${perDay}条意见，请稍后再试`);
    }

    const comment: CommentRecord = {
      id: reference, tenantId, consultationId: c.id, content: checked.value.content, name: checked.value.name, contact: checked.value.contact,
      submittedAt: now.toISOString(), status: 'pending', publicText: null, moderationNote: null, moderatedByPersonId: null, moderatedAt: null,
      handling: null, handlingReason: null, handledByPersonId: null, handledAt: null, version: 1,
    };
    await tx.consultations.insertComment(comment);
    await tx.consultations.recordSubmission({ id: deps.ids.id(), tenantId, consultationId: c.id, addressKey, at: comment.submittedAt });
    await tx.audit.append(tenantId, {
      type: 'consultation.comment-received', at: now, actorAccountId: null, actorPersonId: null, subjectType: 'consultation', subjectId: c.id,
      // No personal information in the permanent record: only that a name or contact was given.
      payload: { commentId: comment.id, chars: [...comment.content].length, nameGiven: comment.name !== null, contactGiven: comment.contact !== null },
      verdicts: [window],
    });
    return { received: true, reference };
  });
}
