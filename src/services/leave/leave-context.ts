import { formatChineseDate, localDate } from '../../core/kernel/time.ts';
import type { RequesterRole } from '../../core/procedures/leave/leave.ts';
import { topLevelBody } from '../../core/org/structure.ts';
import type { PositionRecord, Tx } from '../ports.ts';
import { DEPUTY_LEADER_KINDS as LEADER_KINDS } from '../../core/org/org.ts';

const PRINCIPAL_KINDS = new Set(['principal']);
// Art. 69: the principal of a 派出机构, 直属事业单位 … is treated as a department's.
const PRINCIPAL_BODY_KINDS = new Set(['department', 'town', 'street', 'agency']);

export interface RequesterPost {
  readonly role: RequesterRole;
  readonly position: PositionRecord | null;
}

/** Which of a person's posts art. 59 is about: 县长, then a county leader's post, then a principal's. */
export async function requesterPost(tx: Tx, tenantId: string, personId: string, date: string): Promise<RequesterPost> {
  const held = await tx.org.positionsOfPersonOn(tenantId, personId, date);
  const positions = (await Promise.all(held.map((a) => tx.org.position(tenantId, a.positionId)))).filter((p): p is PositionRecord => p !== undefined);
  const head = positions.find((p) => p.kind === 'county-head' || p.kind === 'acting-county-head');
  if (head) return { role: 'county-head', position: head };
  const leader = positions.find((p) => LEADER_KINDS.has(p.kind));
  if (leader) return { role: 'county-leader', position: leader };
  const bodies = new Map((await tx.org.bodies(tenantId)).map((b) => [b.id, b]));
  const principal = positions.find((p) => PRINCIPAL_KINDS.has(p.kind) && PRINCIPAL_BODY_KINDS.has(bodies.get(p.bodyId)?.kind ?? ''));
  if (principal) return { role: 'principal', position: principal };
  return { role: 'other', position: positions[0] ?? null };
}

/**
 * Who approves (art. 59): the 县长 for a county leader; for a principal, the county leader in charge
 * of the body (分管, on the date), or the 常务副县长 when no portfolio covers it.
 */
export async function approverPosition(tx: Tx, tenantId: string, post: RequesterPost, date: string): Promise<PositionRecord | null> {
  if (post.role === 'county-head' || post.role === 'other' || !post.position) return null;
  const positions = await tx.org.positions(tenantId);
  if (post.role === 'county-leader') return positions.find((p) => p.kind === 'county-head') ?? null;
  // A 科室 is part of its parent body: the leader in charge of the body leads it too.
  const bodyId = topLevelBody(await tx.org.bodies(tenantId), post.position.bodyId)?.id ?? post.position.bodyId;
  const portfolio = (await tx.authority.portfolios(tenantId)).find(
    (p) => p.bodyId === bodyId && p.validFrom <= date && (p.validTo === null || date <= p.validTo),
  );
  const inCharge = portfolio ? positions.find((p) => p.id === portfolio.positionId) : undefined;
  return inCharge ?? positions.find((p) => p.kind === 'executive-deputy') ?? null;
}

/** 11月5日至11月7日 style period text in Beijing dates. */
export function periodText(fromAt: string, toAt: string, offset: number): string {
  const a = localDate(new Date(fromAt), offset);
  const b = localDate(new Date(toAt), offset);
  return a === b ? formatChineseDate(a) : `${formatChineseDate(a)}至${formatChineseDate(b)}`;
}

/** The posts of the county government office (the body of kind `office`): they forward principals' requests (art. 59). */
export async function officePositionIds(tx: Tx, tenantId: string): Promise<string[]> {
  const offices = new Set((await tx.org.bodies(tenantId)).filter((b) => b.kind === 'office').map((b) => b.id));
  return (await tx.org.positions(tenantId)).filter((p) => offices.has(p.bodyId)).map((p) => p.id);
}

/** Where a principal's request lands in the office: the director's post (any office post may forward it). */
export async function officeIntakePosition(tx: Tx, tenantId: string): Promise<PositionRecord | null> {
  const ids = new Set(await officePositionIds(tx, tenantId));
  const posts = (await tx.org.positions(tenantId)).filter((p) => ids.has(p.id));
  return posts.find((p) => p.kind === 'office-director') ?? posts[0] ?? null;
}
