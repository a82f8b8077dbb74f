import { topLevelBody } from '../../core/org/structure.ts';
import type { PositionRecord, Tx } from '../ports.ts';
import { countyHeadPost, DEPUTY_LEADER_KINDS } from '../../core/org/org.ts';


/**
 * Whose attention an overdue 待办 is escalated to beside the office (art. 40): the leader of the
 * post that owns it — a county leader's is the 县长; a principal's is the county leader in charge
 * of the body (分管, on the date), or the 常务副县长; anyone else's in a unit is its principal; in
 * the office, the office director. Null when the post has no leader (the 县长's own posts).
 */
export async function leaderOf(tx: Tx, tenantId: string, positionId: string, date: string): Promise<PositionRecord | null> {
  const positions = await tx.org.positions(tenantId);
  const own = positions.find((p) => p.id === positionId);
  if (!own || own.kind === 'county-head' || own.kind === 'acting-county-head') return null;
  const head = countyHeadPost(positions) ?? null;
  if (DEPUTY_LEADER_KINDS.has(own.kind)) return head;
  const bodies = await tx.org.bodies(tenantId);
  // A 科室 belongs to its parent body.
  const body = topLevelBody(bodies, own.bodyId);
  if (!body) return head;
  if (body.kind === 'office') return own.kind === 'office-director' ? head : (positions.find((p) => p.kind === 'office-director') ?? head);
  if (body.kind === 'government') return head;
  if (own.kind === 'principal') {
    const portfolio = (await tx.authority.portfolios(tenantId)).find((p) => p.bodyId === body.id && p.validFrom <= date && (p.validTo === null || date <= p.validTo));
    return (portfolio ? positions.find((p) => p.id === portfolio.positionId) : undefined) ?? positions.find((p) => p.kind === 'executive-deputy') ?? head;
  }
  return positions.find((p) => p.bodyId === body.id && p.kind === 'principal') ?? head;
}
