import { DomainError } from '../../core/kernel/result.ts';
import type { RouteAction, SpecialOrder } from '../../core/procedures/documents/routing.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, DocumentRecord } from '../ports.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { actingPositions } from '../org/acting-positions.ts';
import { keyPosts, loadDocument, saveDocument } from './document-context.ts';

/**
 * Art. 53(六): the 县长 (or whoever acts for the 县长) orders a special route for a document before
 * 核稿 sets the route; it is recorded with the order and followed as ordered.
 */
export async function orderSpecialRoute(deps: ServiceDeps, actor: Actor, id: string, input: { steps: readonly { action: RouteAction; positionId: string }[]; note: string }): Promise<{ document: DocumentRecord; verdicts: readonly Verdict[] }> {
  const at = deps.clock.now();
  const { pack, verdict } = requirePack(deps, at);
  return deps.store.transaction(async (tx) => {
    const me = await actingPositions(deps.store, tx, actor, at, pack.utcOffsetMinutes);
    const key = await keyPosts(tx, actor.tenantId);
    const v: Verdict = key.countyHead && me.positionIds.includes(key.countyHead.positionId)
      ? { rule: 'document.route', outcome: 'allow', cites: ['yunyang-2025:53(6)'], message: '第五十三条第（六）项：县长专门交代的审签程序' }
      : { rule: 'document.route', outcome: 'block', cites: ['yunyang-2025:53(6)'], message: '第五十三条第（六）项：专门交代审签程序的是县长，您不能为此件指定审签程序' };
    if (v.outcome === 'block') throw new DomainError('RULE_BLOCKED', v.message, { verdicts: [v] });
    const doc = await loadDocument(tx, actor, id, me.positionIds);
    if (doc.status !== 'drafting' && doc.status !== 'reviewing') throw new DomainError('CONFLICT', '审签路线已确定，县长交代的程序须在核稿前记录；请先退回修改');
    const byId = new Map(key.positions.map((p) => [p.id, p]));
    const steps = input.steps.map((s, i) => {
      const p = byId.get(s.positionId);
      if (!p) throw new DomainError('VALIDATION_FAILED', `字段 steps.${i}.positionId：岗位不存在`, { fields: [`steps.${i}.positionId`] });
      return { action: s.action, post: { positionId: p.id, title: p.title, kind: p.kind } };
    });
    const person = actor.personId ? await tx.org.person(actor.tenantId, actor.personId) : undefined;
    const order: SpecialOrder = { steps, orderedBy: person?.name ?? actor.displayName, orderedAt: at.toISOString(), note: input.note };
    const next: DocumentRecord = { ...doc, specialOrder: order, updatedAt: at.toISOString(), version: doc.version + 1 };
    const verdicts = [verdict, v];
    await saveDocument(tx, actor, at, next, {
      type: 'document.special-order', payload: { steps: steps.map((s) => ({ action: s.action, title: s.post.title })), note: input.note }, verdicts,
      onBehalfOfPersonId: key.countyHead ? (me.onBehalfOf[key.countyHead.positionId] ?? null) : null,
    });
    return { document: next, verdicts };
  });
}
