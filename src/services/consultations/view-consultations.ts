import { localDate } from '../../core/kernel/time.ts';
import { consultationAbilities } from '../../core/procedures/consultations/consultations.policy.ts';
import {
  COMMENT_STATUS_LABELS, CONSULTATION_STATE_LABELS, HANDLING_LABELS, SUBJECT_TYPE_LABELS, consultationState,
  type CommentStatus, type ConsultationState, type Handling, type SubjectType,
} from '../../core/procedures/consultations/consultations.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, BodyRecord, CommentCounts, ConsultationRecord } from '../ports.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { loadConsultation, standingOf } from './consultation-context.ts';

const NO_COMMENTS: CommentCounts = { pending: 0, approved: 0, rejected: 0, handled: 0 };
/** How many consultations the screens list (newest first). */
const LIST_LIMIT = 200;
/** How many closed consultations the portal lists beside the open ones. */
const PORTAL_CLOSED = 20;

export interface ConsultationSummary {
  readonly id: string;
  readonly subjectType: SubjectType;
  readonly subjectTypeLabel: string;
  readonly subjectId: string;
  readonly title: string;
  readonly draftingBodyId: string;
  readonly draftingBodyName: string;
  readonly affectsMarket: boolean;
  readonly opensAt: string;
  readonly lastDay: string;
  readonly closesAt: string;
  readonly state: ConsultationState;
  readonly stateLabel: string;
  readonly shortenedReason: string | null;
  readonly counts: CommentCounts;
  readonly feedbackPublishedAt: string | null;
}

function summary(c: ConsultationRecord, bodies: readonly BodyRecord[], counts: CommentCounts | undefined, now: Date): ConsultationSummary {
  const state = consultationState(c, now);
  return {
    id: c.id, subjectType: c.subjectType, subjectTypeLabel: SUBJECT_TYPE_LABELS[c.subjectType], subjectId: c.subjectId, title: c.title,
    draftingBodyId: c.draftingBodyId, draftingBodyName: bodies.find((b) => b.id === c.draftingBodyId)?.name ?? '—', affectsMarket: c.affectsMarket,
    opensAt: c.opensAt, lastDay: c.lastDay, closesAt: c.closesAt, state, stateLabel: CONSULTATION_STATE_LABELS[state], shortenedReason: c.shortenedReason,
    counts: counts ?? NO_COMMENTS, feedbackPublishedAt: c.feedbackPublishedAt,
  };
}

/** 征求意见 (staff): every consultation with its state, closing time and comment counts. */
export async function listConsultations(deps: ServiceDeps, actor: Actor): Promise<{ today: string; consultations: ConsultationSummary[] }> {
  const now = deps.clock.now();
  const { pack } = requirePack(deps, now);
  const tx = deps.store;
  const [list, bodies] = await Promise.all([tx.consultations.list(actor.tenantId, LIST_LIMIT), tx.org.bodies(actor.tenantId)]);
  const counts = await tx.consultations.counts(actor.tenantId, list.map((c) => c.id));
  return { today: localDate(now, pack.utcOffsetMinutes), consultations: list.map((c) => summary(c, bodies, counts[c.id], now)) };
}

export interface StaffComment {
  readonly id: string;
  readonly content: string;
  /** Only to those who moderate (the office, the drafting unit); never published. */
  readonly name: string | null;
  readonly contact: string | null;
  readonly submittedAt: string;
  readonly status: CommentStatus;
  readonly statusLabel: string;
  readonly publicText: string | null;
  readonly moderationNote: string | null;
  readonly moderatedBy: string | null;
  readonly moderatedAt: string | null;
  readonly handling: Handling | null;
  readonly handlingLabel: string | null;
  readonly handlingReason: string | null;
  readonly handledBy: string | null;
  readonly handledAt: string | null;
}

export interface ConsultationDetail extends ConsultationSummary {
  readonly draftText: string;
  readonly explanation: string;
  readonly minimum: ConsultationRecord['minimum'];
  readonly requirement: string;
  readonly verdicts: readonly Verdict[];
  readonly openedBy: string | null;
  readonly feedbackSummary: string | null;
  readonly feedbackPublishedBy: string | null;
  readonly comments: readonly StaffComment[];
  readonly abilities: { readonly moderate: boolean; readonly handle: boolean; readonly publish: boolean; readonly seeContacts: boolean };
}

/** One consultation for the staff: its window, verdicts, comments (contacts to the moderators only) and what the reader may do. */
export async function getConsultation(deps: ServiceDeps, actor: Actor, id: string): Promise<ConsultationDetail> {
  const now = deps.clock.now();
  const { pack } = requirePack(deps, now);
  const tx = deps.store;
  const c = await loadConsultation(tx, actor.tenantId, id);
  const [comments, people, counts, me] = await Promise.all([
    tx.consultations.comments(actor.tenantId, c.id), tx.org.people(actor.tenantId), tx.consultations.counts(actor.tenantId, [c.id]),
    standingOf(deps, tx, actor, c, now, pack.utcOffsetMinutes),
  ]);
  const nameOf = (personId: string | null) => (personId === null ? null : (people.find((p) => p.id === personId)?.name ?? null));
  const base = summary(c, me.bodies, counts[c.id], now);
  const abilities = consultationAbilities(base.state, me);
  return {
    ...base, draftText: c.draftText, explanation: c.explanation, minimum: c.minimum, requirement: c.minimum.requirement, verdicts: c.verdicts,
    openedBy: nameOf(c.openedByPersonId), feedbackSummary: c.feedbackSummary, feedbackPublishedBy: nameOf(c.feedbackPublishedByPersonId), abilities,
    comments: comments.map((m) => ({
      id: m.id, content: m.content, name: abilities.seeContacts ? m.name : null, contact: abilities.seeContacts ? m.contact : null, submittedAt: m.submittedAt,
      status: m.status, statusLabel: COMMENT_STATUS_LABELS[m.status], publicText: m.publicText, moderationNote: m.moderationNote, moderatedBy: nameOf(m.moderatedByPersonId),
      moderatedAt: m.moderatedAt, handling: m.handling, handlingLabel: m.handling ? HANDLING_LABELS[m.handling] : null, handlingReason: m.handlingReason,
      handledBy: nameOf(m.handledByPersonId), handledAt: m.handledAt,
    })),
  };
}

/** What the public sees of a consultation: never a commenter's name or contact, nothing unmoderated. */
export interface PublicConsultation {
  readonly id: string;
  readonly subjectTypeLabel: string;
  readonly title: string;
  readonly draftText: string;
  readonly explanation: string;
  readonly draftingBodyName: string;
  readonly opensAt: string;
  readonly lastDay: string;
  readonly closesAt: string;
  readonly state: Exclude<ConsultationState, 'scheduled'>;
  readonly stateLabel: string;
  readonly shortenedReason: string | null;
  /** The provisions and the minimum period, in Chinese. */
  readonly requirement: string;
  /** The calendar core's sentence on the minimum's earliest last day. */
  readonly minimumSummary: string;
  /** Comments approved in moderation so far. */
  readonly approvedCount: number;
  readonly feedback: {
    readonly summary: string;
    readonly publishedAt: string;
    readonly comments: readonly { readonly n: number; readonly text: string; readonly handling: Handling; readonly handlingLabel: string; readonly reason: string | null }[];
    /** Comments received but not used (irrelevant, abusive …), only counted. */
    readonly notUsed: number;
  } | null;
}

function publicState(c: ConsultationRecord, now: Date): PublicConsultation['state'] | undefined {
  const s = consultationState(c, now);
  return s === 'scheduled' ? undefined : s;
}

function publicSummary(c: ConsultationRecord, bodies: readonly BodyRecord[], counts: CommentCounts, state: PublicConsultation['state']) {
  return {
    id: c.id, subjectTypeLabel: SUBJECT_TYPE_LABELS[c.subjectType], title: c.title, draftingBodyName: bodies.find((b) => b.id === c.draftingBodyId)?.name ?? '',
    opensAt: c.opensAt, lastDay: c.lastDay, closesAt: c.closesAt, state, stateLabel: CONSULTATION_STATE_LABELS[state], shortenedReason: c.shortenedReason,
    approvedCount: counts.approved,
  };
}

export type PublicConsultationSummary = ReturnType<typeof publicSummary>;

/** The portal's list: consultations open now, and the latest closed ones (with or without feedback yet). */
export async function listPublicConsultations(deps: ServiceDeps): Promise<{ open: PublicConsultationSummary[]; closed: PublicConsultationSummary[] }> {
  const now = deps.clock.now();
  const tenantId = deps.settings.defaultTenantId;
  const tx = deps.store;
  const [list, bodies] = await Promise.all([tx.consultations.list(tenantId, LIST_LIMIT), tx.org.bodies(tenantId)]);
  const shown = list.flatMap((c) => {
    const state = publicState(c, now);
    return state === undefined ? [] : [{ c, state }];
  });
  const counts = await tx.consultations.counts(tenantId, shown.map((s) => s.c.id));
  const rows = shown.map(({ c, state }) => publicSummary(c, bodies, counts[c.id] ?? NO_COMMENTS, state));
  return {
    open: rows.filter((r) => r.state === 'open').sort((a, b) => a.closesAt.localeCompare(b.closesAt)),
    closed: rows.filter((r) => r.state !== 'open').sort((a, b) => b.closesAt.localeCompare(a.closesAt)).slice(0, PORTAL_CLOSED),
  };
}

/** One consultation as the public sees it; undefined when there is none or it has not opened yet. */
export async function getPublicConsultation(deps: ServiceDeps, id: string): Promise<PublicConsultation | undefined> {
  const now = deps.clock.now();
  const tenantId = deps.settings.defaultTenantId;
  const tx = deps.store;
  const c = await tx.consultations.get(tenantId, id);
  const state = c ? publicState(c, now) : undefined;
  if (!c || state === undefined) return undefined;
  const [bodies, counts, comments] = await Promise.all([tx.org.bodies(tenantId), tx.consultations.counts(tenantId, [c.id]), tx.consultations.comments(tenantId, c.id)]);
  const approved = comments.filter((m) => m.status === 'approved');
  return {
    ...publicSummary(c, bodies, counts[c.id] ?? NO_COMMENTS, state), draftText: c.draftText, explanation: c.explanation,
    requirement: c.minimum.requirement, minimumSummary: c.minimum.summary,
    feedback: c.feedbackPublishedAt === null || c.feedbackSummary === null ? null : {
      summary: c.feedbackSummary, publishedAt: c.feedbackPublishedAt, notUsed: comments.filter((m) => m.status === 'rejected').length,
      comments: approved.map((m, i) => ({
        n: i + 1, text: m.publicText ?? '', handling: m.handling ?? 'not-adopted', handlingLabel: HANDLING_LABELS[m.handling ?? 'not-adopted'], reason: m.handlingReason,
      })),
    },
  };
}
