import { DomainError } from '../../core/kernel/result.ts';
import { localDate } from '../../core/kernel/time.ts';
import { bodyWithUnits } from '../../core/org/structure.ts';
import { auditIndependent, rectificationOwed } from '../../core/procedures/audit-findings/audit-findings.rules.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, AuditFindingRecord } from '../ports.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { ruleBlocked } from '../platform/errors.ts';
import { createTaskIn } from '../tasks/create-task.ts';
import { AUDITABLE_KINDS, findingsViewer, postIn, recordRefusal, rectificationOwner } from './findings-context.ts';

export interface NewFinding {
  readonly auditedBodyId: string;
  readonly title: string;
  readonly finding: string;
  readonly requirement: string;
  readonly dueDate: string;
}

type Outcome = { ok: true; finding: AuditFindingRecord; verdicts: readonly Verdict[] } | { ok: false; verdicts: readonly Verdict[] };

/**
 * The audit bureau records a finding against an audited body (art. 9); the body's principal owes a
 * rectification report by the due date — a 待办 owned by the post, so whoever acts for it gets it
 * (art. 35). Anyone outside the bureau is refused, and the attempt is recorded.
 */
export async function recordFinding(deps: ServiceDeps, actor: Actor, input: NewFinding): Promise<{ finding: AuditFindingRecord; verdicts: readonly Verdict[] }> {
  const at = deps.clock.now();
  const { pack, verdict: packVerdict } = requirePack(deps, at);
  const today = localDate(at, pack.utcOffsetMinutes);
  const outcome = await deps.store.transaction(async (tx): Promise<Outcome> => {
    const viewer = await findingsViewer(deps.store, tx, actor, at, pack.utcOffsetMinutes);
    const independent = auditIndependent.check({ inAuditBureau: viewer.inAuditBureau, action: '记录审计发现', bureauName: viewer.bureau.name });
    if (independent.outcome === 'block') return { ok: false, verdicts: [independent] };
    const body = viewer.bodies.find((b) => b.id === input.auditedBodyId);
    if (!body || !AUDITABLE_KINDS.has(body.kind) || body.id === viewer.bureau.id) {
      throw new DomainError('VALIDATION_FAILED', '字段 auditedBodyId：被审计单位须为县政府办公室、工作部门、镇街或第六十九条所列机构', { fields: ['auditedBodyId'] });
    }
    if (input.dueDate <= today) throw new DomainError('VALIDATION_FAILED', '字段 dueDate：整改期限须晚于今天', { fields: ['dueDate'] });
    const owner = rectificationOwner(viewer.positions, body.id);
    const owed = rectificationOwed.check({ auditedBodyName: body.name, ownerTitle: owner?.title ?? null, dueDate: input.dueDate });
    if (!owner || owed.outcome === 'block') throw ruleBlocked([owed]);
    const post = postIn(viewer, bodyWithUnits(viewer.bodies, viewer.bureau.id));
    const finding: AuditFindingRecord = {
      id: deps.ids.id(), tenantId: actor.tenantId, auditedBodyId: body.id, title: input.title, finding: input.finding, requirement: input.requirement,
      dueDate: input.dueDate, status: 'rectifying', recordedAt: at.toISOString(), recordedByPersonId: actor.personId, updatedAt: at.toISOString(), version: 1,
    };
    await tx.auditFindings.insert(finding);
    const task = await createTaskIn(deps, tx, actor, actor.tenantId, {
      title: `整改审计发现的问题并报告：${input.title}`, kind: 'audit-rectification', sourceType: 'audit-finding', sourceId: finding.id,
      ownerPositionId: owner.id, dueDate: input.dueDate,
    });
    await tx.auditFindings.appendEntry({
      id: deps.ids.id(), tenantId: actor.tenantId, findingId: finding.id, seq: 1, kind: 'recorded', text: input.requirement, reportDate: null,
      dueDate: input.dueDate, statusAfter: 'rectifying', previous: null, at: at.toISOString(), personId: actor.personId,
      onBehalfOfPersonId: post.onBehalfOf, positionId: post.positionId, taskId: task.id,
    });
    const verdicts = [packVerdict, independent, owed];
    await tx.audit.append(actor.tenantId, {
      type: 'audit-finding.recorded', at, actorAccountId: actor.accountId, actorPersonId: actor.personId, onBehalfOfPersonId: post.onBehalfOf,
      subjectType: 'audit-finding', subjectId: finding.id,
      payload: { auditedBodyId: body.id, title: finding.title, finding: finding.finding, requirement: finding.requirement, dueDate: finding.dueDate, taskId: task.id, ownerPositionId: owner.id },
      verdicts,
    });
    return { ok: true, finding, verdicts };
  });
  if (!outcome.ok) {
    await recordRefusal(deps, actor, at, null, '记录审计发现', outcome.verdicts);
    throw ruleBlocked(outcome.verdicts);
  }
  return { finding: outcome.finding, verdicts: outcome.verdicts };
}
