import { DomainError } from '../../core/kernel/result.ts';
import { localDate } from '../../core/kernel/time.ts';
import { secretaryLinkValid } from '../../core/org/entry.rules.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, SecretaryLinkRecord } from '../ports.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { notFound, ruleBlocked } from '../platform/errors.ts';
import { bumpOrgVersion } from './snapshot.ts';

const overlaps = (a: { validFrom: string; validTo: string | null }, b: { validFrom: string; validTo: string | null }) =>
  a.validFrom <= (b.validTo ?? '9999-12-31') && b.validFrom <= (a.validTo ?? '9999-12-31');

/**
 * Records that a person may enter the decisions of whoever holds a leader's post (代录, SPEC §1),
 * for a period — checked by a cited rule, audited, and marking the organisation changed.
 */
export async function createSecretaryLink(
  deps: ServiceDeps, actor: Actor, input: { secretaryPersonId: string; leaderPositionId: string; validFrom: string; validTo?: string | undefined },
): Promise<{ record: SecretaryLinkRecord; verdicts: readonly Verdict[] }> {
  const at = deps.clock.now();
  const { verdict: packVerdict } = requirePack(deps, at);
  return deps.store.transaction(async (tx) => {
    const [person, position] = await Promise.all([tx.org.person(actor.tenantId, input.secretaryPersonId), tx.org.position(actor.tenantId, input.leaderPositionId)]);
    if (!person) throw new DomainError('VALIDATION_FAILED', '字段 secretaryPersonId：人员不存在', { fields: ['secretaryPersonId'] });
    if (!position) throw new DomainError('VALIDATION_FAILED', '字段 leaderPositionId：岗位不存在', { fields: ['leaderPositionId'] });
    const period = { validFrom: input.validFrom, validTo: input.validTo ?? null };
    const holds = (await tx.org.holdersOn(actor.tenantId, position.id, input.validFrom)).some((a) => a.personId === person.id);
    const existing = (await tx.authority.secretaryLinks(actor.tenantId)).filter((l) => l.secretaryPersonId === person.id && l.leaderPositionId === position.id);
    const verdict = secretaryLinkValid.check({ leaderKind: position.kind, secretaryHoldsPost: holds, ...period, overlapsExisting: existing.some((l) => overlaps(l, period)) });
    if (verdict.outcome === 'block') throw ruleBlocked([verdict]);
    const record: SecretaryLinkRecord = {
      id: deps.ids.id(), tenantId: actor.tenantId, secretaryPersonId: person.id, leaderPositionId: position.id, ...period,
      createdByPersonId: actor.personId, createdAt: at.toISOString(),
    };
    await tx.authority.insertSecretaryLink(record);
    const verdicts = [packVerdict, verdict];
    await tx.audit.append(actor.tenantId, {
      type: 'org.secretary-link-created', at, actorAccountId: actor.accountId, actorPersonId: actor.personId, subjectType: 'secretary-link', subjectId: record.id,
      payload: { secretaryPersonId: record.secretaryPersonId, leaderPositionId: record.leaderPositionId, validFrom: record.validFrom, validTo: record.validTo }, verdicts,
    });
    await bumpOrgVersion(tx, actor.tenantId, record.id);
    return { record, verdicts };
  });
}

/** Ends a secretary link on a date (its last valid day); history is kept. */
export async function endSecretaryLink(deps: ServiceDeps, actor: Actor, id: string, input: { validTo: string }): Promise<{ record: SecretaryLinkRecord; verdicts: readonly Verdict[] }> {
  const at = deps.clock.now();
  const { verdict: packVerdict } = requirePack(deps, at);
  return deps.store.transaction(async (tx) => {
    const link = (await tx.authority.secretaryLinks(actor.tenantId)).find((l) => l.id === id);
    if (!link) throw notFound('NOT_FOUND', '代录关系');
    if (input.validTo < link.validFrom) throw new DomainError('VALIDATION_FAILED', '字段 validTo：截止日不能早于起始日', { fields: ['validTo'] });
    if (link.validTo !== null && link.validTo <= input.validTo) throw new DomainError('CONFLICT', `该代录关系已于${link.validTo}结束`);
    await tx.authority.endSecretaryLink(actor.tenantId, id, input.validTo);
    const record = { ...link, validTo: input.validTo };
    await tx.audit.append(actor.tenantId, {
      type: 'org.secretary-link-ended', at, actorAccountId: actor.accountId, actorPersonId: actor.personId, subjectType: 'secretary-link', subjectId: id,
      payload: { validTo: input.validTo, previousValidTo: link.validTo }, verdicts: [packVerdict],
    });
    await bumpOrgVersion(tx, actor.tenantId, `${id}:end:${input.validTo}`);
    return { record, verdicts: [packVerdict] };
  });
}

/** Every secretary link with names and titles; `valid` says whether it applies on the date. */
export async function listSecretaryLinks(deps: ServiceDeps, tenantId: string, on?: string) {
  const at = deps.clock.now();
  const { pack } = requirePack(deps, at);
  const date = on ?? localDate(at, pack.utcOffsetMinutes);
  const s = deps.store;
  const [links, people, positions, appointments] = await Promise.all([s.authority.secretaryLinks(tenantId), s.org.people(tenantId), s.org.positions(tenantId), s.org.appointments(tenantId)]);
  const name = new Map(people.map((p) => [p.id, p.name]));
  const title = new Map(positions.map((p) => [p.id, p.title]));
  return links.map((l) => {
    const holder = appointments.find((a) => a.positionId === l.leaderPositionId && a.validFrom <= date && (a.validTo === null || date <= a.validTo));
    return {
      ...l, secretaryName: name.get(l.secretaryPersonId) ?? '', leaderPositionTitle: title.get(l.leaderPositionId) ?? '',
      leaderPersonId: holder?.personId ?? null, leaderName: holder ? (name.get(holder.personId) ?? '') : null,
      valid: l.validFrom <= date && (l.validTo === null || date <= l.validTo),
    };
  });
}

/** The leaders whose decisions I may enter today (代录), for the 工作台 and 请销假 screens. */
export async function myEntryLeaders(deps: ServiceDeps, actor: Actor) {
  if (!actor.personId) return [];
  const all = await listSecretaryLinks(deps, actor.tenantId);
  return all.filter((l) => l.valid && l.secretaryPersonId === actor.personId && l.leaderPersonId !== null && l.leaderPersonId !== actor.personId)
    .map((l) => ({ linkId: l.id, leaderPersonId: l.leaderPersonId!, leaderName: l.leaderName ?? '', positionTitle: l.leaderPositionTitle, validFrom: l.validFrom, validTo: l.validTo }));
}
