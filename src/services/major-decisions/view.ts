/**
 * Reading major decisions: the catalogue of a year with its editions and items; the dossiers with
 * their lifecycle (each step's state, the next required step and what blocks it) and what the
 * reader may do; the whole dossier for export; and what the portal shows.
 */
import { computeDeadline } from '../../core/calendar/index.ts';
import { COUNTY_LEADER_KINDS } from '../../core/org/org.ts';
import { formatChineseDate } from '../../core/kernel/time.ts';
import { ITEM_STANDING_LABELS, editionLabel, itemStanding, publiclyListed } from '../../core/procedures/major-decisions/catalogue.ts';
import { legalityFacts, lifecycle, preDecisionAssessors, readinessOf } from '../../core/procedures/major-decisions/major-decisions.decide.ts';
import { DOSSIER_STATUS_LABELS, EDITION_STATUS_LABELS } from '../../core/procedures/major-decisions/major-decisions.machine.ts';
import { dossierAbilities, editionAbilities } from '../../core/procedures/major-decisions/major-decisions.policy.ts';
import {
  BODY_OPINION_LABELS, CHANGE_KIND_LABELS, DECISION_CATEGORY_LABELS, ENTRY_KIND_LABELS, EVALUATION_TRIGGER_LABELS, MATTER_KIND_LABELS,
  entriesOf, type DossierEntry,
} from '../../core/procedures/major-decisions/major-decisions.ts';
import { CONCLUSION_LABELS } from '../../core/procedures/meetings/discussion.ts';
import { TOPIC_STATUS_LABELS } from '../../core/procedures/meetings/meetings.machine.ts';
import { MEETING_KIND_LABELS } from '../../core/procedures/meetings/meetings.ts';
import { citationId } from '../../core/rules/rule.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, CatalogueEditionRecord, CatalogueItemRecord, MajorDecisionRecord, Store } from '../ports.ts';
import { calendarFor } from '../calendar/calendar-provider.ts';
import { citationPhrase } from '../law/law-catalogue.ts';
import { bodyName, decisionNow, decisionViewer, dutyBody, loadDossier, postIn, type DecisionViewer, type Now } from './decision-context.ts';
import { evaluateDossier } from './dossier-state.ts';

// ——— The catalogue ———

function editionChanges(items: readonly CatalogueItemRecord[], e: CatalogueEditionRecord) {
  return {
    added: items.filter((i) => i.addedInEdition === e.number && i.withdrawnInEdition !== e.number).map((i) => i.title),
    withdrawn: items.filter((i) => i.withdrawnInEdition === e.number && i.addedInEdition < e.number).map((i) => i.title),
  };
}

/** A year's catalogue (default: this year's) with the years that have one, its editions and its items. */
export async function getCatalogue(deps: ServiceDeps, actor: Actor, q: { year?: number | undefined }) {
  const now = decisionNow(deps);
  const v = await decisionViewer(deps.store, deps.store, actor, now);
  const thisYear = Number(now.today.slice(0, 4));
  const all = await deps.store.majorDecisions.catalogues(actor.tenantId);
  const year = q.year ?? (all.find((c) => c.year === thisYear) ? thisYear : (all[0]?.year ?? thisYear));
  const catalogue = all.find((c) => c.year === year);
  const years = [...new Set([...all.map((c) => c.year), thisYear, thisYear + 1])].sort((a, b) => b - a);
  const base = { today: now.today, year, years, canCreate: v.office && catalogue === undefined && year >= thisYear - 1 && year <= thisYear + 1 };
  if (!catalogue) return { ...base, catalogue: null, editions: [], items: [] };
  const [editions, items] = await Promise.all([deps.store.majorDecisions.editions(actor.tenantId, catalogue.id), deps.store.majorDecisions.items(actor.tenantId, catalogue.id)]);
  const dossiers = await deps.store.majorDecisions.byItems(actor.tenantId, items.map((i) => i.id));
  const latest = editions.at(-1);
  return {
    ...base,
    catalogue: { id: catalogue.id, year: catalogue.year, label: editionLabel(catalogue.year, 1) },
    editions: editions.map((e) => ({
      ...e, label: editionLabel(catalogue.year, e.number), statusLabel: EDITION_STATUS_LABELS[e.status], changes: editionChanges(items, e),
      abilities: editionAbilities(e.status, v.office, e.id === latest?.id),
    })),
    items: items.map((i) => {
      const standing = itemStanding(i, editions);
      const own = dossiers.filter((d) => d.itemId === i.id);
      const preparerHere = v.office || postIn(v, i.leadBodyId) !== null;
      return {
        ...i, standing, standingLabel: ITEM_STANDING_LABELS[standing], categoryLabel: DECISION_CATEGORY_LABELS[i.category], matterKindLabel: MATTER_KIND_LABELS[i.matterKind],
        leadBodyName: bodyName(v, i.leadBodyId), coBodyNames: i.coBodyIds.map((b) => bodyName(v, b)), editionAdded: i.addedInEdition,
        dossiers: own.map((d) => ({ id: d.id, round: d.round, status: d.status, statusLabel: DOSSIER_STATUS_LABELS[d.status], title: d.title })),
        abilities: {
          open: preparerHere && (standing === 'listed' || standing === 'withdrawal-proposed') && !own.some((d) => d.round === 0),
          withdraw: v.office && latest?.status === 'draft' && i.withdrawnInEdition === null,
        },
      };
    }),
  };
}

// ——— Dossiers ———

async function topicView(store: Store, tenantId: string, topicId: string | null) {
  if (!topicId) return null;
  const t = await store.meetings.topic(tenantId, topicId);
  if (!t) return null;
  const meeting = t.meetingId ? await store.meetings.get(tenantId, t.meetingId) : undefined;
  const record = await store.meetingRecords.discussion(tenantId, t.id);
  return {
    id: t.id, title: t.title, status: t.status, statusLabel: TOPIC_STATUS_LABELS[t.status], meetingKind: t.meetingKind, meetingKindLabel: MEETING_KIND_LABELS[t.meetingKind],
    meetingId: meeting?.id ?? null, meetingTitle: meeting?.title ?? null, meetingDate: meeting?.date ?? null,
    concluded: record?.conclusion ? { outcome: record.conclusion.outcome, outcomeLabel: CONCLUSION_LABELS[record.conclusion.outcome], text: record.conclusion.text } : null,
  };
}

function topicDetail(t: Awaited<ReturnType<typeof topicView>>): string | null {
  if (!t) return null;
  if (t.concluded) return `${t.meetingTitle ?? t.meetingKindLabel}已形成结论：${t.concluded.outcomeLabel}`;
  if (t.status === 'refused' || t.status === 'withdrawn') return `议题${t.statusLabel}，可退回完善后重新提请`;
  if (t.meetingTitle) return `已列入${t.meetingTitle}（${formatChineseDate(t.meetingDate ?? '')}），待会议讨论`;
  return `议题${t.statusLabel}（${t.meetingKindLabel}），待县长审定并列入会议`;
}

function actorFacts(v: DecisionViewer, d: MajorDecisionRecord) {
  const justice = dutyBody(v.bodies, 'justice');
  const market = dutyBody(v.bodies, 'market-regulation');
  const proposerKinds = new Set(['county-head', 'acting-county-head', 'executive-deputy', 'deputy', 'party-member', 'office-director', 'principal']);
  return {
    office: v.office,
    inUndertaking: postIn(v, d.leadBodyId) !== null,
    inJustice: postIn(v, justice?.id) !== null,
    inMarket: postIn(v, market?.id) !== null,
    inConcerned: d.concernedBodyIds.some((b) => postIn(v, b) !== null),
    inExecution: d.execution !== null && [d.execution.leadBodyId, ...d.execution.coBodyIds].some((b) => postIn(v, b) !== null),
    inEvaluator: d.openEvaluation?.evaluatorBodyId != null && postIn(v, d.openEvaluation.evaluatorBodyId) !== null,
    actsForHead: v.actsForHead,
    mayPropose: v.positions.some((p) => v.positionIds.includes(p.id) && proposerKinds.has(p.kind)),
    leader: v.positions.some((p) => v.positionIds.includes(p.id) && COUNTY_LEADER_KINDS.has(p.kind)),
  };
}

/** One dossier as the screen shows it. */
async function present(deps: ServiceDeps, actor: Actor, now: Now, v: DecisionViewer, d: MajorDecisionRecord) {
  const store = deps.store;
  const expertMinOpinions = now.pack.numberParam('decision.expertMinOpinions');
  const evaluation = await evaluateDossier(store, d, { now: now.at, expertMinOpinions });
  const entries = evaluation.entries as readonly DossierEntry[];
  const item = await store.majorDecisions.item(actor.tenantId, d.itemId);
  const catalogue = item ? await store.majorDecisions.catalogueById(actor.tenantId, item.catalogueId) : undefined;
  const [topic, changeTopic, people, tasks] = await Promise.all([
    topicView(store, actor.tenantId, d.topicId), topicView(store, actor.tenantId, d.pendingChange?.topicId ?? null), store.org.people(actor.tenantId),
    store.tasks.openBySource(actor.tenantId, 'major-decision', d.id),
  ]);
  const legality = legalityFacts(entries, d.draftVersion);
  const received = entriesOf(entries, 'legality-received').at(-1);
  const life = lifecycle(evaluation.facts, evaluation.requirements, {
    topicDetail: topicDetail(topic), topicDiscussed: topic?.concluded != null, partyReported: d.partyReportedAt !== null, publishDue: d.publishDueDate,
    nextReportDue: d.execution?.nextReportDue ?? null, executionUnit: d.execution ? bodyName(v, d.execution.leadBodyId) : null,
    evaluations: entriesOf(entries, 'evaluation-started').length,
  });
  const name = new Map(people.map((p) => [p.id, p.name]));
  const title = new Map(v.positions.map((p) => [p.id, p.title]));
  const calendar = await calendarFor(store, store, actor.tenantId);
  const published = (await store.majorDecisions.published(actor.tenantId)).find((p) => p.id === d.id) ?? null;
  return {
    ...d,
    statusLabel: DOSSIER_STATUS_LABELS[d.status],
    item: item && catalogue ? { id: item.id, seq: item.seq, title: item.title, year: catalogue.year, categoryLabel: DECISION_CATEGORY_LABELS[item.category], matterKindLabel: MATTER_KIND_LABELS[item.matterKind], summary: item.summary } : null,
    leadBodyName: bodyName(v, d.leadBodyId),
    concernedBodies: evaluation.facts.concernedBodies.map((b) => {
      const latest = entriesOf(entries, 'body-consulted').filter((e) => e.data.bodyId === b.id).at(-1);
      return { ...b, opinion: latest?.data.opinion ?? null, opinionLabel: latest ? BODY_OPINION_LABELS[latest.data.opinion] : '尚未提出意见' };
    }),
    requirements: evaluation.requirements,
    readiness: readinessOf(evaluation.requirements),
    phases: life.phases,
    next: life.next,
    legality: { state: legality.state, receivedOn: legality.receivedOn, earliestOpinionDate: legality.earliestOpinionDate, explanation: received?.data.explanation ?? null, minWorkdays: now.pack.numberParam('decision.legalityReviewMinWorkdays') },
    consultations: entriesOf(entries, 'consultation-opened').map((e) => ({ ...e.data, ...(evaluation.consultations[e.data.consultationId] ?? { done: false, detail: '', closesAt: null, comments: 0 }) })),
    topic, changeTopic,
    pendingChange: d.pendingChange ? { ...d.pendingChange, changeLabel: CHANGE_KIND_LABELS[d.pendingChange.change] } : null,
    openEvaluation: d.openEvaluation ? { ...d.openEvaluation, triggerLabel: EVALUATION_TRIGGER_LABELS[d.openEvaluation.trigger] } : null,
    execution: d.execution ? { ...d.execution, leadBodyName: bodyName(v, d.execution.leadBodyId), coBodyNames: d.execution.coBodyIds.map((b) => bodyName(v, b)) } : null,
    assessors: preDecisionAssessors({ id: d.leadBodyId, name: bodyName(v, d.leadBodyId) }, entries),
    published: published ? { status: published.status, statusNote: published.statusNote, publishedAt: published.publishedAt } : null,
    justiceBodyName: dutyBody(v.bodies, 'justice')?.name ?? '县司法局',
    marketBodyName: dutyBody(v.bodies, 'market-regulation')?.name ?? '县市场监管局',
    entries: evaluation.entries.map((e) => ({
      seq: e.seq, kind: e.kind, kindLabel: ENTRY_KIND_LABELS[e.kind], draftVersion: e.draftVersion, data: e.data, at: e.at, verdicts: e.verdicts,
      personName: e.personId ? (name.get(e.personId) ?? '') : '', onBehalfOfName: e.onBehalfOfPersonId ? (name.get(e.onBehalfOfPersonId) ?? null) : null,
      positionTitle: e.positionId ? (title.get(e.positionId) ?? null) : null,
    })),
    tasks: tasks.map((t) => {
      const computed = t.startDate && t.period && t.unit ? computeDeadline(calendar, { start: t.startDate, period: t.period, unit: t.unit }) : null;
      return {
        id: t.id, title: t.title, kind: t.kind, dueDate: t.dueDate, ownerTitle: t.ownerPositionId ? (title.get(t.ownerPositionId) ?? '') : '',
        explanation: computed?.ok ? { summary: computed.value.summary, sourceLabel: citationPhrase(computed.value.sources.map(citationId)), provisional: computed.value.provisional } : null,
      };
    }),
    abilities: dossierAbilities({
      status: d.status, legality: legality.state, topicClosed: topic?.status === 'refused' || topic?.status === 'withdrawn', topicDiscussed: topic?.concluded != null,
      partyReported: d.partyReportedAt !== null, pendingChange: d.pendingChange !== null, pendingChangeDiscussed: changeTopic?.concluded != null, openEvaluation: d.openEvaluation !== null,
    }, actorFacts(v, d)),
  };
}

export type DossierView = Awaited<ReturnType<typeof present>>;

/** One dossier with its lifecycle, evidence and what the reader may do. */
export async function getDossier(deps: ServiceDeps, actor: Actor, id: string): Promise<DossierView> {
  const now = decisionNow(deps);
  const v = await decisionViewer(deps.store, deps.store, actor, now);
  return present(deps, actor, now, v, await loadDossier(deps.store, actor.tenantId, id));
}

/** Every dossier, newest first, with its stage and next step. */
export async function listDossiers(deps: ServiceDeps, actor: Actor) {
  const now = decisionNow(deps);
  const v = await decisionViewer(deps.store, deps.store, actor, now);
  const dossiers = await deps.store.majorDecisions.list(actor.tenantId, 500);
  const out = [];
  for (const d of dossiers) {
    const p = await present(deps, actor, now, v, d);
    out.push({
      id: p.id, title: p.title, round: p.round, status: p.status, statusLabel: p.statusLabel, year: p.item?.year ?? null, itemTitle: p.item?.title ?? '', leadBodyName: p.leadBodyName,
      next: p.next?.label ?? null, missing: p.requirements.filter((r) => !r.done).map((r) => r.label), updatedAt: p.updatedAt,
    });
  }
  return { today: now.today, dossiers: out };
}

/**
 * The whole dossier as one record, every step's evidence in order (终身责任追究: 条例第三十三条、第三十八条):
 * the catalogue entry and its consent, each entry with who and when, the public consultations with
 * their drafts and handled comments, the discussion as recorded, and the audit events with their
 * hashes so the file can be checked against the tamper-evident record.
 */
export async function dossierRecord(deps: ServiceDeps, actor: Actor, id: string) {
  const now = decisionNow(deps);
  const v = await decisionViewer(deps.store, deps.store, actor, now);
  const store = deps.store;
  const view = await present(deps, actor, now, v, await loadDossier(store, actor.tenantId, id));
  const item = await store.majorDecisions.item(actor.tenantId, view.itemId);
  const editions = item ? await store.majorDecisions.editions(actor.tenantId, item.catalogueId) : [];
  const year = view.item?.year ?? 0;
  const consultations = [];
  for (const c of view.consultations) {
    const record = await store.consultations.get(actor.tenantId, c.consultationId);
    if (!record) continue;
    const comments = (await store.consultations.comments(actor.tenantId, record.id)).filter((x) => x.status === 'approved');
    consultations.push({
      id: record.id, title: record.title, draftText: record.draftText, explanation: record.explanation, opensAt: record.opensAt, lastDay: record.lastDay, closesAt: record.closesAt,
      minimum: record.minimum, shortenedReason: record.shortenedReason, feedbackSummary: record.feedbackSummary, feedbackPublishedAt: record.feedbackPublishedAt, detail: c.detail,
      comments: comments.map((x) => ({ submittedAt: x.submittedAt, publicText: x.publicText, handling: x.handling, handlingReason: x.handlingReason })),
    });
  }
  const audit = (await store.audit.list(actor.tenantId, { subjectType: 'major-decision', subjectId: id, limit: 2000 })).sort((a, b) => a.seq - b.seq);
  const people = await store.org.people(actor.tenantId);
  const name = new Map(people.map((p) => [p.id, p.name]));
  return {
    generatedAt: now.at.toISOString(),
    generatedBy: actor.displayName,
    dossier: view,
    catalogue: item ? {
      year, seq: item.seq, title: item.title, summary: item.summary, categoryLabel: DECISION_CATEGORY_LABELS[item.category], matterKindLabel: MATTER_KIND_LABELS[item.matterKind],
      addedIn: editionLabel(year, item.addedInEdition),
      editions: editions.filter((e) => e.number <= Math.max(item.addedInEdition, item.withdrawnInEdition ?? 0)).map((e) => ({
        label: editionLabel(year, e.number), reason: e.reason, statusLabel: EDITION_STATUS_LABELS[e.status], consentDate: e.consentDate, consentDocument: e.consentDocument, publishedAt: e.publishedAt,
      })),
    } : null,
    consultations,
    audit: audit.map((e) => ({ seq: e.seq, at: e.at, type: e.type, actor: e.actorPersonId ? (name.get(e.actorPersonId) ?? '') : '', hash: e.hash })),
  };
}

export type DossierRecord = Awaited<ReturnType<typeof dossierRecord>>;

// ——— The portal ———

/**
 * What the public sees: each year's catalogue as last published (with the party committee's consent
 * and every adjustment's reason), and the decisions published, with their adoption of opinions and
 * their current state. Items not yet consented and decisions withheld never appear.
 */
export async function publicMajorDecisions(deps: ServiceDeps, tenantId: string) {
  const store = deps.store;
  const bodies = await store.org.bodies(tenantId);
  const catalogues = [];
  for (const c of await store.majorDecisions.catalogues(tenantId)) {
    const editions = (await store.majorDecisions.editions(tenantId, c.id)).filter((e) => e.status === 'published');
    if (editions.length === 0) continue;
    const all = await store.majorDecisions.editions(tenantId, c.id);
    const items = (await store.majorDecisions.items(tenantId, c.id)).filter((i) => publiclyListed(i, all));
    catalogues.push({
      year: c.year,
      editions: editions.map((e) => ({ number: e.number, label: editionLabel(c.year, e.number), reason: e.reason, consentDate: e.consentDate, consentDocument: e.consentDocument, publishedAt: e.publishedAt })),
      items: items.map((i) => ({
        seq: i.seq, title: i.title, summary: i.summary, categoryLabel: DECISION_CATEGORY_LABELS[i.category], matterKindLabel: MATTER_KIND_LABELS[i.matterKind],
        leadBodyName: bodies.find((b) => b.id === i.leadBodyId)?.name ?? '', plannedQuarter: i.plannedQuarter,
      })),
    });
  }
  const decisions = (await store.majorDecisions.published(tenantId)).map((p) => ({ ...p, meetingKindLabel: MEETING_KIND_LABELS[p.meetingKind as keyof typeof MEETING_KIND_LABELS] ?? p.meetingKind }));
  return { catalogues, decisions };
}

export type PublicMajorDecisions = Awaited<ReturnType<typeof publicMajorDecisions>>;
