import { DomainError } from '../../core/kernel/result.ts';
import { localDate } from '../../core/kernel/time.ts';
import { enteredOnBehalf, type EntryAction } from '../../core/org/entry.rules.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import type { Actor, SecretaryLinkRecord, Tx } from '../ports.ts';
import { ruleBlocked } from '../platform/errors.ts';

/** Who entered a decision for whom (代录, SPEC §1). */
export interface EnteredBy {
  readonly personId: string;
  readonly name: string;
  readonly linkId: string;
}

export interface Entry {
  /** Whose decision this is: the actor, or the leader the actor enters for. */
  readonly actor: Actor;
  readonly enteredBy: EnteredBy | null;
  readonly verdict: Verdict | null;
}

const validOn = (l: SecretaryLinkRecord, date: string) => l.validFrom <= date && (l.validTo === null || date <= l.validTo);

/** The secretary link that lets `secretaryPersonId` enter the decisions of `leaderPersonId` on a date, if any. */
export async function secretaryLinkFor(tx: Tx, tenantId: string, secretaryPersonId: string, leaderPersonId: string, date: string): Promise<SecretaryLinkRecord | undefined> {
  const links = (await tx.authority.secretaryLinks(tenantId)).filter((l) => l.secretaryPersonId === secretaryPersonId && validOn(l, date));
  if (links.length === 0) return undefined;
  const held = new Set((await tx.org.positionsOfPersonOn(tenantId, leaderPersonId, date)).map((a) => a.positionId));
  return links.find((l) => held.has(l.leaderPositionId));
}

/**
 * 代录: with `onBehalfOfPersonId` the decision is the leader's, entered by the actor. Refused
 * (art. 5) unless a secretary link from the actor to a post the leader holds is valid at that
 * instant. The returned actor is the leader — whose authority (holder, AB角, 委托) is then checked
 * as if they acted — and `enteredBy` the secretary, recorded beside them.
 */
export async function resolveEntry(tx: Tx, actor: Actor, onBehalfOfPersonId: string | undefined, action: EntryAction, at: Date, utcOffsetMinutes: number): Promise<Entry> {
  if (onBehalfOfPersonId === undefined || onBehalfOfPersonId === actor.personId) return { actor, enteredBy: null, verdict: null };
  if (!actor.personId) throw new DomainError('FORBIDDEN', '该账号不对应任何工作人员，不能代录');
  const [leader, secretary] = await Promise.all([tx.org.person(actor.tenantId, onBehalfOfPersonId), tx.org.person(actor.tenantId, actor.personId)]);
  if (!leader) throw new DomainError('VALIDATION_FAILED', '字段 onBehalfOfPersonId：人员不存在', { fields: ['onBehalfOfPersonId'] });
  const secretaryName = secretary?.name ?? actor.displayName;
  const link = await secretaryLinkFor(tx, actor.tenantId, actor.personId, leader.id, localDate(at, utcOffsetMinutes));
  const verdict = enteredOnBehalf.check({ action, linked: link !== undefined, secretaryName, leaderName: leader.name });
  if (verdict.outcome === 'block' || !link) throw ruleBlocked([verdict]);
  return {
    actor: { ...actor, personId: leader.id, displayName: leader.name },
    enteredBy: { personId: actor.personId, name: secretaryName, linkId: link.id },
    verdict,
  };
}

/** `王五 代录（张三的决定）`: never the 代 of acting authority. */
export function entryDisplay(secretaryName: string, leaderName: string): string {
  return `${secretaryName} 代录（${leaderName}的决定）`;
}
