import { DomainError } from '../../core/kernel/result.ts';
import { abPairValid, appointmentValid, delegationValid, portfolioUnique } from '../../core/org/org.rules.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, Tx } from '../ports.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { ruleBlocked } from '../platform/errors.ts';
import { bumpOrgVersion, loadOrgSnapshot } from './snapshot.ts';

type Edit<T> = (tx: Tx, at: Date) => Promise<{ verdict: Verdict; record: T; event: { type: 'org.appointment-created' | 'org.ab-pair-created' | 'delegation.created' | 'org.portfolio-assigned'; subjectType: string; payload: Record<string, unknown> } }>;

/** One organisation change: check it against the organisation as it stands, save it, audit it, mark the organisation changed. */
async function applyEdit<T extends { id: string }>(deps: ServiceDeps, actor: Actor, edit: Edit<T>): Promise<{ record: T; verdicts: readonly Verdict[] }> {
  const at = deps.clock.now();
  const { verdict: packVerdict } = requirePack(deps, at);
  return deps.store.transaction(async (tx) => {
    const { verdict, record, event } = await edit(tx, at);
    await tx.audit.append(actor.tenantId, {
      type: event.type, at, actorAccountId: actor.accountId, actorPersonId: actor.personId, subjectType: event.subjectType, subjectId: record.id,
      payload: event.payload, verdicts: [packVerdict, verdict],
    });
    await bumpOrgVersion(tx, actor.tenantId, record.id);
    return { record, verdicts: [packVerdict, verdict] };
  });
}

function refuseUnless(verdict: Verdict): void {
  if (verdict.outcome === 'block') throw ruleBlocked([verdict]);
}

/** Appoints a person to a post from a date (兼任 allowed; a second 县长 at once is not). */
export function appoint(deps: ServiceDeps, actor: Actor, input: { personId: string; positionId: string; validFrom: string; validTo?: string | undefined }) {
  return applyEdit(deps, actor, async (tx) => {
    const snapshot = await loadOrgSnapshot(deps.store, tx, actor.tenantId, { fresh: true });
    const appointment = { personId: input.personId, positionId: input.positionId, from: input.validFrom, to: input.validTo ?? null };
    const verdict = appointmentValid.check({ snapshot, appointment });
    refuseUnless(verdict);
    const record = { id: deps.ids.id(), tenantId: actor.tenantId, personId: input.personId, positionId: input.positionId, validFrom: input.validFrom, validTo: input.validTo ?? null };
    await tx.org.insertAppointment(record);
    return { verdict, record, event: { type: 'org.appointment-created', subjectType: 'appointment', payload: { ...record } } };
  });
}

/** Sets a post's AB角 from a date; the post's current pair ends the day before (history is kept). */
export function setAbPair(deps: ServiceDeps, actor: Actor, input: { aPositionId: string; bPositionId: string; validFrom: string }) {
  return applyEdit(deps, actor, async (tx) => {
    const dayBefore = new Date(Date.parse(`${input.validFrom}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    for (const p of await tx.authority.abPairs(actor.tenantId)) {
      if (p.aPositionId === input.aPositionId && (p.validTo === null || p.validTo >= input.validFrom)) {
        if (p.validFrom >= input.validFrom) throw new DomainError('CONFLICT', `该岗位自${p.validFrom}起已另设AB角，请选择之后的日期`);
        await tx.authority.endAbPair(actor.tenantId, p.id, dayBefore);
      }
    }
    const snapshot = await loadOrgSnapshot(deps.store, tx, actor.tenantId, { fresh: true });
    const verdict = abPairValid.check({ snapshot, pair: { aPositionId: input.aPositionId, bPositionId: input.bPositionId, from: input.validFrom, to: null } });
    refuseUnless(verdict);
    const record = { id: deps.ids.id(), tenantId: actor.tenantId, aPositionId: input.aPositionId, bPositionId: input.bPositionId, validFrom: input.validFrom, validTo: null };
    await tx.authority.insertAbPair(record);
    return { verdict, record, event: { type: 'org.ab-pair-created', subjectType: 'ab-pair', payload: { ...record } } };
  });
}

/** Records a 委托 for a period (art. 5). */
export function delegate(deps: ServiceDeps, actor: Actor, input: { fromPositionId: string; toPositionId: string; scope: 'presiding' | 'assigned-work'; fromAt: string; toAt: string; reason: string }) {
  return applyEdit(deps, actor, async (tx, at) => {
    const snapshot = await loadOrgSnapshot(deps.store, tx, actor.tenantId, { fresh: true });
    const delegation = { id: deps.ids.id(), fromPositionId: input.fromPositionId, toPositionId: input.toPositionId, scope: input.scope, from: input.fromAt, to: input.toAt, reason: input.reason };
    const verdict = delegationValid.check({ snapshot, delegation });
    refuseUnless(verdict);
    const record = {
      id: delegation.id, tenantId: actor.tenantId, fromPositionId: input.fromPositionId, toPositionId: input.toPositionId, scope: input.scope,
      fromAt: new Date(input.fromAt).toISOString(), toAt: new Date(input.toAt).toISOString(), reason: input.reason, createdByPersonId: actor.personId, createdAt: at.toISOString(),
    };
    await tx.authority.insertDelegation(record);
    return { verdict, record, event: { type: 'delegation.created', subjectType: 'delegation', payload: { ...record } } };
  });
}

/** Assigns a body or a policy area to a county leader's portfolio (分管) from a date. */
export function assignPortfolio(deps: ServiceDeps, actor: Actor, input: { positionId: string; bodyId?: string | undefined; area?: string | undefined; validFrom: string }) {
  return applyEdit(deps, actor, async (tx) => {
    if (!input.bodyId === !input.area) throw new DomainError('VALIDATION_FAILED', '字段 bodyId、area：须且只须填写分管的机构或工作领域之一', { fields: ['bodyId', 'area'] });
    const [positions, bodies, portfolios] = await Promise.all([tx.org.positions(actor.tenantId), tx.org.bodies(actor.tenantId), tx.authority.portfolios(actor.tenantId)]);
    const position = positions.find((p) => p.id === input.positionId);
    if (!position || !['executive-deputy', 'deputy', 'party-member', 'county-head'].includes(position.kind)) {
      throw new DomainError('VALIDATION_FAILED', '字段 positionId：分管须由县长、副县长或县政府党组成员担任', { fields: ['positionId'] });
    }
    const body = input.bodyId ? bodies.find((b) => b.id === input.bodyId) : undefined;
    if (input.bodyId && !body) throw new DomainError('VALIDATION_FAILED', '字段 bodyId：机构不存在', { fields: ['bodyId'] });
    if (body?.kind === 'unit') throw new DomainError('VALIDATION_FAILED', '字段 bodyId：科室随所在机构分管，请选择其所在机构', { fields: ['bodyId'] });
    const verdict = portfolioUnique.check({
      claim: { positionId: input.positionId, bodyId: input.bodyId ?? null, area: input.area ?? null, from: input.validFrom, to: null },
      existing: portfolios.map((p) => ({ positionId: p.positionId, bodyId: p.bodyId, area: p.area, from: p.validFrom, to: p.validTo })),
      titleOf: (id) => positions.find((p) => p.id === id)?.title ?? id,
      subject: body?.name ?? `“${input.area ?? ''}”`,
    });
    refuseUnless(verdict);
    const record = { id: deps.ids.id(), tenantId: actor.tenantId, positionId: input.positionId, bodyId: input.bodyId ?? null, area: input.area ?? null, validFrom: input.validFrom, validTo: null };
    await tx.authority.insertPortfolio(record);
    return { verdict, record, event: { type: 'org.portfolio-assigned', subjectType: 'portfolio', payload: { ...record } } };
  });
}
