/**
 * What the work-meeting approval use cases share (art. 51): the route of art. 51(二) — the office
 * posts that review and the post that approves — computed from the organisation on a date, the
 * bodies that may apply, who may see an application, and the titles shown for each step.
 */
import { DomainError } from '../../core/kernel/result.ts';
import { topLevelBody } from '../../core/org/structure.ts';
import { countyHeadPost } from '../../core/org/org.ts';
import type { ApprovalTier } from '../../core/procedures/meeting-approvals/meeting-approvals.ts';
import type { Actor, BodyRecord, MeetingApprovalRecord, PositionRecord, Tx } from '../ports.ts';

export const MEETING_APPROVAL_NOT_FOUND = 'MEETING_APPROVAL_NOT_FOUND';

/** Bodies that hold work meetings and apply for them (art. 51): departments, towns, streets, the bodies of art. 69, and the office. */
export const ORGANISER_BODY_KINDS: ReadonlySet<string> = new Set(['department', 'town', 'street', 'agency', 'office']);

const validOn = (date: string) => (r: { validFrom: string; validTo: string | null }) => r.validFrom <= date && (r.validTo === null || date <= r.validTo);

export interface ApprovalRoute {
  /** Office posts that may review: the member who liaises with the approving leader (art. 7) first, then the director. */
  readonly reviewerPositionIds: readonly string[];
  readonly approverPositionId: string | null;
  readonly reviewerTitle: string | null;
  readonly approverTitle: string | null;
}

/** The county leader in charge of a body on a date (分管, art. 5; a 科室 through its body), or the 常务副县长 when no portfolio covers it. */
export async function leaderInCharge(tx: Tx, tenantId: string, bodyId: string, date: string): Promise<PositionRecord | undefined> {
  const [positions, bodies, portfolios] = await Promise.all([tx.org.positions(tenantId), tx.org.bodies(tenantId), tx.authority.portfolios(tenantId)]);
  const top = topLevelBody(bodies, bodyId)?.id ?? bodyId;
  const portfolio = portfolios.filter(validOn(date)).find((p) => p.bodyId === top);
  return (portfolio ? positions.find((p) => p.id === portfolio.positionId) : undefined) ?? positions.find((p) => p.kind === 'executive-deputy');
}

/** The approving post of art. 51(二) on a date: the 县长's for town principals; the leader in charge of the organiser otherwise. */
export async function approverPost(tx: Tx, tenantId: string, tier: ApprovalTier, organiserBodyId: string, date: string): Promise<PositionRecord | undefined> {
  if (tier === 'none') return undefined;
  if (tier === 'county-head') return countyHeadPost(await tx.org.positions(tenantId));
  return leaderInCharge(tx, tenantId, organiserBodyId, date);
}

/**
 * Art. 51(二): town principals attending — the office director reviews, the 县长 approves; their
 * deputies or department heads — the office member who liaises with the deputy in charge (联系班子成员,
 * the office's assistance of county leaders, art. 7) or the director reviews, the deputy in charge approves.
 */
export async function approvalRoute(tx: Tx, tenantId: string, tier: ApprovalTier, organiserBodyId: string, date: string): Promise<ApprovalRoute> {
  if (tier === 'none') return { reviewerPositionIds: [], approverPositionId: null, reviewerTitle: null, approverTitle: null };
  const positions = [...(await tx.org.positions(tenantId))].sort((a, b) => a.rank - b.rank);
  const director = positions.find((p) => p.kind === 'office-director');
  const approver = await approverPost(tx, tenantId, tier, organiserBodyId, date);
  const liaison = tier === 'deputy' && approver
    ? (await tx.authority.officeAssists(tenantId)).filter(validOn(date)).filter((a) => a.deputyPositionId === approver.id).map((a) => a.officePositionId)
    : [];
  const reviewerPositionIds = [...new Set([...liaison, ...(director ? [director.id] : [])])];
  const names = await holderNames(tx, tenantId, liaison, date);
  const reviewerTitle = reviewerPositionIds.length === 0 ? null
    : liaison.length > 0 ? `县政府办公室联系班子成员（${names}）或主任`
    : (director?.title ?? '县政府办公室主任');
  return { reviewerPositionIds, approverPositionId: approver?.id ?? null, reviewerTitle, approverTitle: approver?.title ?? null };
}

async function holderNames(tx: Tx, tenantId: string, positionIds: readonly string[], date: string): Promise<string> {
  const [appointments, people] = await Promise.all([tx.org.appointments(tenantId), tx.org.people(tenantId)]);
  const names = positionIds.flatMap((id) => appointments.filter((a) => a.positionId === id && validOn(date)(a)).map((a) => people.find((p) => p.id === a.personId)?.name ?? ''));
  return [...new Set(names.filter((n) => n !== ''))].join('、');
}

/** The title of whoever holds the current step, for messages and the list's 下一步. */
export function stepTitle(r: MeetingApprovalRecord, positions: readonly PositionRecord[]): string {
  const title = (id: string | null) => positions.find((p) => p.id === id)?.title ?? '';
  if (r.status === 'approving') return title(r.approverPositionId) || '审批人';
  return r.reviewerPositionIds.length > 1 ? '县政府办公室联系班子成员或主任' : (title(r.reviewerPositionIds[0] ?? null) || '县政府办公室主任');
}

/** The posts of the current step: the reviewers while reviewing, the approver while approving. */
export function stepPositionIds(r: MeetingApprovalRecord): readonly string[] {
  if (r.status === 'reviewing') return r.reviewerPositionIds;
  if (r.status === 'approving' && r.approverPositionId) return [r.approverPositionId];
  return [];
}

/** The bodies the actor may apply for: the top-level bodies of the posts they act for now, of an organising kind. */
export function organiserBodies(bodies: readonly BodyRecord[], positions: readonly PositionRecord[], myPositionIds: readonly string[]): BodyRecord[] {
  const out = new Map<string, BodyRecord>();
  for (const p of positions.filter((x) => myPositionIds.includes(x.id))) {
    const top = topLevelBody(bodies, p.bodyId);
    if (top && ORGANISER_BODY_KINDS.has(top.kind)) out.set(top.id, top);
  }
  return [...out.values()].sort((a, b) => a.sort - b.sort);
}

/**
 * Who sees an application: the office and the county leaders all of them; otherwise the applicant,
 * whoever acts for a post in the organising body, and whoever acts for a post on its route.
 */
export function maySee(r: MeetingApprovalRecord, actor: Actor, ctx: { readonly myPositionIds: readonly string[]; readonly myBodyIds: ReadonlySet<string> }): boolean {
  if (actor.roles.includes('office') || actor.roles.includes('leader')) return true;
  if (r.applicantPersonId === actor.personId || ctx.myBodyIds.has(r.organiserBodyId)) return true;
  return [...r.reviewerPositionIds, ...(r.approverPositionId ? [r.approverPositionId] : [])].some((p) => ctx.myPositionIds.includes(p));
}

export async function loadVisible(tx: Tx, actor: Actor, id: string, ctx: Parameters<typeof maySee>[2]): Promise<MeetingApprovalRecord> {
  const r = await tx.meetingApprovals.get(actor.tenantId, id);
  if (!r || !maySee(r, actor, ctx)) throw new DomainError(MEETING_APPROVAL_NOT_FOUND, '工作会议申请不存在');
  return r;
}

/** The top-level bodies of the posts the actor acts for (a 科室 counts as its body). */
export function bodiesOfPosts(bodies: readonly BodyRecord[], positions: readonly PositionRecord[], myPositionIds: readonly string[]): Set<string> {
  return new Set(positions.filter((p) => myPositionIds.includes(p.id)).map((p) => topLevelBody(bodies, p.bodyId)?.id ?? p.bodyId));
}
