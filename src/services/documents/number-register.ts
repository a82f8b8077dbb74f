import { DomainError } from '../../core/kernel/result.ts';
import { formatDocumentNumber, isValidPrefix } from '../../core/procedures/documents/numbering.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor } from '../ports.ts';
import { requirePack } from '../platform/pack-in-force.ts';

/** The number register: every number taken (作废 included) and the sequences with their next number. */
export async function listNumberRegister(deps: ServiceDeps, actor: Actor, q: { prefix?: string | undefined; year?: number | undefined; limit?: number | undefined }) {
  requirePack(deps, deps.clock.now());
  const [numbers, sequences, people] = await Promise.all([
    deps.store.documents.numbers(actor.tenantId, { ...(q.prefix ? { prefix: q.prefix } : {}), ...(q.year ? { year: q.year } : {}), limit: q.limit ?? 1000 }),
    deps.store.documents.sequences(actor.tenantId),
    deps.store.org.people(actor.tenantId),
  ]);
  const name = new Map(people.map((p) => [p.id, p.name]));
  // Art. 56 (控制发文数量): documents issued per 代字 and year, 作废 numbers counted apart.
  const counts = new Map<string, { prefix: string; year: number; issued: number; voided: number }>();
  for (const n of numbers) {
    const k = `${n.prefix}:${n.year}`;
    const c = counts.get(k) ?? { prefix: n.prefix, year: n.year, issued: 0, voided: 0 };
    if (n.status === 'void') c.voided++;
    else c.issued++;
    counts.set(k, c);
  }
  return {
    counts: [...counts.values()].sort((a, b) => b.year - a.year || a.prefix.localeCompare(b.prefix)),
    numbers: numbers.map((n) => ({ ...n, assignedByName: n.assignedByPersonId ? (name.get(n.assignedByPersonId) ?? '') : '' })),
    sequences: sequences.map((s) => ({ ...s, nextNumber: formatDocumentNumber(s.prefix, s.year, s.nextSeq), presetByName: s.presetByPersonId ? (name.get(s.presetByPersonId) ?? '') : null })),
  };
}

/**
 * Going live mid-year: sets, once and audited, the next number of a 代字 for a year (e.g. from
 * 云阳府发〔2026〕87号). Refused when the sequence already exists — numbers are never rewound.
 */
export async function presetSequence(deps: ServiceDeps, actor: Actor, input: { prefix: string; year: number; nextSeq: number; reason: string }) {
  const at = deps.clock.now();
  const { verdict } = requirePack(deps, at);
  if (!isValidPrefix(input.prefix)) throw new DomainError('VALIDATION_FAILED', '字段 prefix：机关代字只能由汉字、字母和数字组成（不含括号和“号”）', { fields: ['prefix'] });
  return deps.store.transaction(async (tx) => {
    const ok = await tx.documents.presetSequence(actor.tenantId, { prefix: input.prefix, year: input.year, nextSeq: input.nextSeq, presetByPersonId: actor.personId, presetAt: at.toISOString() });
    if (!ok) throw new DomainError('CONFLICT', `${input.prefix}〔${input.year}〕的文号已经开始使用或已设定过起始号，不能再设定`);
    const next = formatDocumentNumber(input.prefix, input.year, input.nextSeq);
    await tx.audit.append(actor.tenantId, {
      type: 'document.sequence-preset', at, actorAccountId: actor.accountId, actorPersonId: actor.personId, subjectType: 'doc-sequence', subjectId: `${input.prefix}:${input.year}`,
      payload: { prefix: input.prefix, year: input.year, nextSeq: input.nextSeq, next, reason: input.reason }, verdicts: [verdict],
    });
    return { prefix: input.prefix, year: input.year, nextSeq: input.nextSeq, nextNumber: next };
  });
}
