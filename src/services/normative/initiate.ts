import { DomainError } from '../../core/kernel/result.ts';
import { draftingDesignation } from '../../core/procedures/normative/normative.rules.ts';
import type { NormativeIssuer } from '../../core/procedures/normative/normative.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, NormativeRecord } from '../ports.ts';
import { ruleBlocked } from '../platform/errors.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { standingOf } from './normative-context.ts';

export interface InitiateInput {
  readonly title: string;
  readonly issuer: NormativeIssuer;
  readonly leadBodyId: string;
  readonly coBodyIds: readonly string[];
  readonly affectsMarket: boolean;
  /** 立项依据: the county government's plan or decision designating the drafter. */
  readonly basis: string;
  readonly note: string;
  /** A document this one amends (修改), published and not ended. */
  readonly amendsId?: string | undefined;
}

/**
 * 立项 (art. 19): the office records the county government's designation of the drafting department
 * (one, or a lead with co-drafters for a joint matter), whether market actors are affected, and the
 * basis. Audited; the drafting department then drafts.
 */
export async function initiateNormative(deps: ServiceDeps, actor: Actor, input: InitiateInput): Promise<{ document: NormativeRecord; verdicts: readonly Verdict[] }> {
  const at = deps.clock.now();
  const { pack, verdict } = requirePack(deps, at);
  return deps.store.transaction(async (tx) => {
    const me = await standingOf(deps, tx, actor, at, pack.utcOffsetMinutes);
    if (!actor.roles.includes('office')) throw new DomainError('FORBIDDEN', '规范性文件立项由县政府办公室根据县政府的指定登记（第十九条）');
    const bodies = await tx.org.bodies(actor.tenantId);
    const kind = (id: string) => bodies.find((b) => b.id === id)?.kind ?? null;
    const v = draftingDesignation.check({ leadBodyId: input.leadBodyId, leadBodyKind: kind(input.leadBodyId), coBodyIds: input.coBodyIds, coBodyKinds: input.coBodyIds.map(kind) });
    const verdicts = [verdict, v];
    if (v.outcome === 'block') throw ruleBlocked(verdicts);
    if (input.amendsId !== undefined) {
      const old = await tx.normative.get(actor.tenantId, input.amendsId);
      if (!old || (old.status !== 'published' && old.status !== 'filed')) throw new DomainError('VALIDATION_FAILED', '字段 amendsId：只能修改现行有效的规范性文件', { fields: ['amendsId'] });
    }
    const doc: NormativeRecord = {
      id: deps.ids.id(), tenantId: actor.tenantId, title: input.title.trim(), issuer: input.issuer, leadBodyId: input.leadBodyId, coBodyIds: [...input.coBodyIds],
      affectsMarket: input.affectsMarket, status: 'initiated', amendsId: input.amendsId ?? null, topicId: null, docNumber: null, publishedDate: null,
      evidence: {
        designation: { byPersonId: actor.personId, byName: me.name, at: at.toISOString(), basis: input.basis.trim(), note: input.note.trim() },
        draft: null, flags: [], consultationId: null, consultation: null, competitionInitial: null, competitionReview: null, legality: null, legalityOpinion: null,
        legalityHistory: [], completeness: null, deliberation: null, signOff: null, number: null, publication: null, cleanups: [], ending: null,
      },
      createdByPersonId: actor.personId, createdAt: at.toISOString(), updatedAt: at.toISOString(), version: 1,
    };
    await tx.normative.insert(doc);
    await tx.audit.append(actor.tenantId, {
      type: 'normative.initiated', at, actorAccountId: actor.accountId, actorPersonId: actor.personId, subjectType: 'normative', subjectId: doc.id,
      payload: { title: doc.title, issuer: doc.issuer, leadBodyId: doc.leadBodyId, coBodyIds: doc.coBodyIds, affectsMarket: doc.affectsMarket, basis: doc.evidence.designation.basis, amendsId: doc.amendsId },
      verdicts,
    });
    return { document: doc, verdicts };
  });
}
