import { DomainError } from '../../core/kernel/result.ts';
import { agencyScope } from '../../core/org/org.rules.ts';
import { checkNewBody, checkNewPosition, type StructureProblem } from '../../core/org/structure.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, BodyRecord, PositionRecord } from '../ports.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { ruleBlocked } from '../platform/errors.ts';
import { bumpOrgVersion } from './snapshot.ts';

/** A duplicate code is a conflict (409 CODE_TAKEN); any other problem is bad input naming its fields. */
function refuse(problems: readonly StructureProblem[]): void {
  if (problems.length === 0) return;
  const taken = problems.find((p) => p.code === 'duplicate-code');
  if (taken) throw new DomainError('CODE_TAKEN', taken.message, { fields: ['code'] });
  throw new DomainError('VALIDATION_FAILED', problems.map((p) => p.message).join('；'), { fields: [...new Set(problems.map((p) => p.field))] });
}

export interface NewBody {
  readonly code: string;
  readonly name: string;
  readonly kind: string;
  readonly parentId?: string | undefined;
  readonly agencyType?: string | undefined;
  readonly duty?: string | undefined;
  readonly docPrefix?: string | undefined;
}

/**
 * Adds a body: a 科室 inside a body of this government, an art. 69 body with its category (rule
 * `org.agency-scope`), or any other known kind. Audited; the organisation's version moves.
 */
export async function createBody(deps: ServiceDeps, actor: Actor, input: NewBody): Promise<{ record: BodyRecord; verdicts: readonly Verdict[] }> {
  const at = deps.clock.now();
  const { verdict: packVerdict } = requirePack(deps, at);
  return deps.store.transaction(async (tx) => {
    const bodies = await tx.org.bodies(actor.tenantId);
    const candidate = {
      code: input.code, name: input.name, kind: input.kind, parentId: input.parentId ?? null,
      agencyType: input.agencyType ?? null, duty: input.duty ?? null,
    };
    refuse(checkNewBody(bodies, candidate));
    const verdicts: Verdict[] = [packVerdict];
    if (input.kind === 'agency') {
      const v = agencyScope.check({ name: input.name, agencyType: candidate.agencyType });
      if (v.outcome === 'block') throw ruleBlocked([v]);
      verdicts.push(v);
    }
    const record: BodyRecord = {
      id: deps.ids.id(), tenantId: actor.tenantId, code: input.code, name: input.name, kind: input.kind, parentId: candidate.parentId,
      docPrefix: input.docPrefix ?? null, sort: bodies.reduce((m, b) => Math.max(m, b.sort), -1) + 1,
      agencyType: candidate.agencyType, duty: candidate.duty,
    };
    await tx.org.insertBody(record);
    await tx.audit.append(actor.tenantId, {
      type: 'org.body-created', at, actorAccountId: actor.accountId, actorPersonId: actor.personId, subjectType: 'body', subjectId: record.id,
      payload: { ...record }, verdicts,
    });
    await bumpOrgVersion(tx, actor.tenantId, record.id);
    return { record, verdicts };
  });
}

/** Adds a post to a body (code unique, kind from the fixed list). Audited. */
export async function createPosition(deps: ServiceDeps, actor: Actor, input: { code: string; title: string; kind: string; bodyId: string }): Promise<{ record: PositionRecord; verdicts: readonly Verdict[] }> {
  const at = deps.clock.now();
  const { verdict } = requirePack(deps, at);
  return deps.store.transaction(async (tx) => {
    const [bodies, positions] = await Promise.all([tx.org.bodies(actor.tenantId), tx.org.positions(actor.tenantId)]);
    refuse(checkNewPosition(bodies, positions, input));
    const record: PositionRecord = {
      id: deps.ids.id(), tenantId: actor.tenantId, bodyId: input.bodyId, code: input.code, title: input.title, kind: input.kind,
      rank: positions.reduce((m, p) => Math.max(m, p.rank), -1) + 1,
    };
    await tx.org.insertPosition(record);
    await tx.audit.append(actor.tenantId, {
      type: 'org.position-created', at, actorAccountId: actor.accountId, actorPersonId: actor.personId, subjectType: 'position', subjectId: record.id,
      payload: { ...record }, verdicts: [verdict],
    });
    await bumpOrgVersion(tx, actor.tenantId, record.id);
    return { record, verdicts: [verdict] };
  });
}

/** Renames a body or a post; the old name is kept in the audit record. */
export async function rename(deps: ServiceDeps, actor: Actor, what: 'body' | 'position', id: string, name: string): Promise<{ id: string; from: string; to: string }> {
  const at = deps.clock.now();
  const { verdict } = requirePack(deps, at);
  return deps.store.transaction(async (tx) => {
    const from = what === 'body'
      ? (await tx.org.bodies(actor.tenantId)).find((b) => b.id === id)?.name
      : (await tx.org.position(actor.tenantId, id))?.title;
    if (from === undefined) throw new DomainError('NOT_FOUND', what === 'body' ? '机构不存在' : '岗位不存在');
    if (what === 'body') await tx.org.renameBody(actor.tenantId, id, name);
    else await tx.org.renamePosition(actor.tenantId, id, name);
    await tx.audit.append(actor.tenantId, {
      type: what === 'body' ? 'org.body-renamed' : 'org.position-renamed', at, actorAccountId: actor.accountId, actorPersonId: actor.personId,
      subjectType: what, subjectId: id, payload: { from, to: name }, verdicts: [verdict],
    });
    await bumpOrgVersion(tx, actor.tenantId, `${id}:${at.toISOString()}`);
    return { id, from, to: name };
  });
}
