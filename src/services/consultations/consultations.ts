/**
 * Public consultation (公开征求意见): what the normative-document and major-decision procedures
 * call. `openConsultationIn` opens one inside the caller's transaction; `consultationEvidence`
 * answers whether it is over and its feedback published (the evidence a later step checks).
 */
import { isIsoDate, endOfLocalDay, formatChineseDate, localDate } from '../../core/kernel/time.ts';
import { DomainError } from '../../core/kernel/result.ts';
import { addDays } from '../../core/calendar/index.ts';
import { decideWindow } from '../../core/procedures/consultations/consultations.decide.ts';
import { SUBJECT_TYPES, consultationState, type SubjectType } from '../../core/procedures/consultations/consultations.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, ConsultationRecord, Tx } from '../ports.ts';
import { ruleBlocked } from '../platform/errors.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { minimumWindowFor } from './window.ts';
import { createTaskIn } from '../tasks/create-task.ts';
import { principalPost } from '../org/principal-post.ts';

export type { ConsultationRecord } from '../ports.ts';

export const CONSULTATION_NOT_FOUND = 'CONSULTATION_NOT_FOUND';

/** Bodies that may draft and consult: the office, departments, towns, streets and art. 69 bodies (not a 科室, not an outside body). */
const DRAFTING_KINDS: ReadonlySet<string> = new Set(['office', 'department', 'town', 'street', 'agency']);

/** Longest window accepted (a sanity limit of the product, not of the law). */
const MAX_WINDOW_DAYS = 366;
/**
 * An opening instant this little before now is taken as now (a caller computing "now" a moment
 * before the transaction must not be refused); anything earlier would backdate the window.
 */
const OPEN_SLACK_MS = 5 * 60_000;
/** Least length of a stated reason for a shorter window. */
const MIN_REASON_CHARS = 6;

export interface OpenConsultationInput {
  readonly subjectType: 'normative' | 'major-decision';
  readonly subjectId: string;
  readonly title: string;
  readonly draftText: string;
  readonly explanation: string;
  readonly draftingBodyId: string;
  /** When comments are first accepted: an instant with its offset, not before now (a few minutes before counts as now). */
  readonly opensAt: string;
  /** The last local day of the window (YYYY-MM-DD); it ends at 24:00 Beijing time. */
  readonly lastDay: string;
  readonly affectsMarket: boolean;
  /** Required when the window is shorter than the minimum; published with the consultation. */
  readonly shortenedReason?: string;
}

function invalid(field: string, message: string): DomainError {
  return new DomainError('VALIDATION_FAILED', `字段 ${field}：${message}`, { fields: [field] });
}

function requireText(field: string, value: string, min: number, max: number, what: string): string {
  const t = value.trim();
  if ([...t].length < min) throw invalid(field, `请填写${what}（不少于${min}字）`);
  if ([...t].length > max) throw invalid(field, `${what}不得超过${max}字`);
  return t;
}

/**
 * Opens a public consultation inside the caller's transaction: the window is checked against the
 * minimum for its kind counted on the official calendar (rule `consultation.window`, citing the
 * parameters' sources); a shorter window without a stated reason is refused (`ruleBlocked`, which
 * rolls back the caller's transaction), with one it is allowed and the reason is published. The
 * opening is audited in the same transaction.
 */
export async function openConsultationIn(
  deps: ServiceDeps, tx: Tx, actor: Actor, input: OpenConsultationInput,
): Promise<{ consultation: ConsultationRecord; verdicts: readonly Verdict[] }> {
  const now = deps.clock.now();
  const { pack, verdict } = requirePack(deps, now);
  if (!(SUBJECT_TYPES as readonly string[]).includes(input.subjectType)) throw invalid('subjectType', '须为 normative（规范性文件）或 major-decision（重大行政决策）');
  const subjectType: SubjectType = input.subjectType;
  const subjectId = requireText('subjectId', input.subjectId, 1, 64, '所属事项编号');
  const title = requireText('title', input.title, 4, 200, '标题');
  const draftText = requireText('draftText', input.draftText, 10, 200_000, '征求意见稿正文');
  const explanation = requireText('explanation', input.explanation, 10, 50_000, '起草说明');
  const given = new Date(input.opensAt);
  if (!/[Zz]|[+-]\d{2}:?\d{2}$/.test(input.opensAt) || Number.isNaN(given.getTime())) throw invalid('opensAt', '须为带时区的时间，如 2025-11-03T09:00:00+08:00');
  if (given.getTime() < now.getTime() - OPEN_SLACK_MS) throw invalid('opensAt', '开始时间不得早于当前时间');
  const opensAt = given.getTime() < now.getTime() ? now : given;
  if (!isIsoDate(input.lastDay)) throw invalid('lastDay', '须为真实存在的日期，格式如 2025-12-03');
  const openDate = localDate(opensAt, pack.utcOffsetMinutes);
  if (input.lastDay < openDate) throw invalid('lastDay', `截止日期不得早于开始日期（${formatChineseDate(openDate)}）`);
  if (input.lastDay > addDays(openDate, MAX_WINDOW_DAYS)) throw invalid('lastDay', '征求意见期限不得超过一年');
  const bodies = await tx.org.bodies(actor.tenantId);
  const body = bodies.find((b) => b.id === input.draftingBodyId);
  if (!body || !DRAFTING_KINDS.has(body.kind)) throw invalid('draftingBodyId', '请选择本级政府的办公室、部门、乡镇（街道）或直属、派出机构作为起草单位');

  const minimum = await minimumWindowFor(deps, tx, actor.tenantId, pack, subjectType, input.affectsMarket, opensAt);
  const reason = (input.shortenedReason ?? '').trim();
  const shortened = input.lastDay < minimum.deadline.dueDate;
  if (shortened && reason !== '' && [...reason].length < MIN_REASON_CHARS) throw invalid('shortenedReason', `请写明缩短期限的理由（不少于${MIN_REASON_CHARS}字）`);
  const decision = decideWindow(minimum, { lastDay: input.lastDay, shortenedReason: shortened && reason !== '' ? reason : null });
  const verdicts = [verdict, ...decision.verdicts];
  if (!decision.ok) throw ruleBlocked(verdicts, '征求意见期限不符合规定');

  const consultation: ConsultationRecord = {
    id: deps.ids.id(), tenantId: actor.tenantId, subjectType, subjectId, title, draftText, explanation, draftingBodyId: body.id,
    affectsMarket: input.affectsMarket, opensAt: opensAt.toISOString(), lastDay: input.lastDay,
    closesAt: endOfLocalDay(input.lastDay, pack.utcOffsetMinutes).toISOString(),
    minimum: {
      key: minimum.requirement.key, period: minimum.requirement.period, unit: minimum.requirement.unit, earliestLastDay: minimum.deadline.dueDate,
      provisional: minimum.deadline.provisional, summary: minimum.deadline.summary, cites: minimum.requirement.cites,
      requirement: `${minimum.requirement.lead}：${minimum.requirement.requirement}`,
    },
    shortenedReason: decision.shortened ? reason : null, verdicts: decision.verdicts,
    feedbackSummary: null, feedbackPublishedAt: null, feedbackPublishedByPersonId: null,
    openedByPersonId: actor.personId, createdAt: now.toISOString(), version: 1,
  };
  await tx.consultations.insert(consultation);
  // The drafting unit's principal is reminded to handle the comments and publish the feedback
  // once the window closes. The law sets no period for it, so the 待办 carries no due date.
  const principal = principalPost(await tx.org.positions(actor.tenantId), body.id);
  if (principal) {
    await createTaskIn(deps, tx, actor, actor.tenantId, {
      title: `征求意见处理与反馈：${title}（${formatChineseDate(input.lastDay)}24时截止后记录采纳情况并公开反馈）`,
      kind: 'consultation-feedback', ownerPositionId: principal.id, sourceType: 'consultation', sourceId: consultation.id,
    });
  }
  await tx.audit.append(actor.tenantId, {
    type: 'consultation.opened', at: now, actorAccountId: actor.accountId, actorPersonId: actor.personId, subjectType: 'consultation', subjectId: consultation.id,
    payload: {
      subjectType, subjectId, title, draftingBodyId: body.id, affectsMarket: consultation.affectsMarket, opensAt: consultation.opensAt, lastDay: consultation.lastDay,
      closesAt: consultation.closesAt, earliestLastDay: consultation.minimum.earliestLastDay, shortenedReason: consultation.shortenedReason,
    },
    verdicts,
  });
  return { consultation, verdicts };
}

/** The office opens a consultation directly (its own transaction); `opensAt` defaults to now. */
export async function openConsultation(
  deps: ServiceDeps, actor: Actor, input: Omit<OpenConsultationInput, 'opensAt'> & { readonly opensAt?: string | undefined },
): Promise<{ consultation: ConsultationRecord; verdicts: readonly Verdict[] }> {
  const opensAt = input.opensAt ?? deps.clock.now().toISOString();
  return deps.store.transaction((tx) => openConsultationIn(deps, tx, actor, { ...input, opensAt }));
}

export interface ConsultationEvidence {
  /**
   * `open` until the window closes (also before it opens: not finished either way, `detail` says
   * which), `closed` after it, `feedback-published` once the drafting unit published its feedback,
   * `missing` when there is no such consultation.
   */
  readonly state: 'open' | 'closed' | 'feedback-published' | 'missing';
  /** The first instant no comment is accepted (24:00 Beijing time of the last day), UTC ISO. */
  readonly closesAt: string | null;
  /** Comments approved in moderation (the ones whose handling the feedback reports). */
  readonly comments: number;
  readonly feedbackPublishedAt: string | null;
  /** One Chinese sentence for the later step's verdict. */
  readonly detail: string;
}

/** The UTC offset a consultation was opened under, recovered from its last day and closing instant. */
export function offsetOf(c: Pick<ConsultationRecord, 'lastDay' | 'closesAt'>): number {
  return Math.round((Date.parse(`${c.lastDay}T00:00:00Z`) + 86_400_000 - Date.parse(c.closesAt)) / 60_000);
}

/**
 * What a later step checks (“征求意见已结束并公布反馈”): the consultation's state at `now`, its
 * closing instant, the comments approved and when the feedback was published. Reads only.
 */
export async function consultationEvidence(tx: Tx, tenantId: string, consultationId: string, now: Date): Promise<ConsultationEvidence> {
  const c = await tx.consultations.get(tenantId, consultationId);
  if (!c) return { state: 'missing', closesAt: null, comments: 0, feedbackPublishedAt: null, detail: '未找到该事项的公开征求意见记录' };
  const counts = (await tx.consultations.counts(tenantId, [c.id]))[c.id] ?? { pending: 0, approved: 0, rejected: 0, handled: 0 };
  const state = consultationState(c, now);
  const until = `${formatChineseDate(c.lastDay)}24时`;
  const localDay = (iso: string) => formatChineseDate(localDate(new Date(iso), offsetOf(c)));
  const received = counts.pending + counts.approved + counts.rejected;
  const tally = `收到意见${received}条（经审核采用${counts.approved}条${counts.pending > 0 ? `，待审核${counts.pending}条` : ''}）`;
  const base = { closesAt: c.closesAt, comments: counts.approved, feedbackPublishedAt: c.feedbackPublishedAt };
  switch (state) {
    case 'scheduled':
      return { ...base, state: 'open', detail: `公开征求意见尚未开始（${localDay(c.opensAt)}起，${until}截止）` };
    case 'open':
      return { ...base, state: 'open', detail: `公开征求意见进行中，${until}截止；${tally}` };
    case 'closed':
      return { ...base, state: 'closed', detail: `公开征求意见已于${until}截止，${tally}；意见采纳情况反馈尚未公开` };
    case 'feedback-published':
      return { ...base, state: 'feedback-published', detail: `公开征求意见已于${until}截止，${tally}；意见采纳情况反馈已于${c.feedbackPublishedAt === null ? until : localDay(c.feedbackPublishedAt)}公开` };
  }
}
