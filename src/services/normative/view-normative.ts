import { citationLabels } from '../law/law-catalogue.ts';
import { formatChineseDate, localDate } from '../../core/kernel/time.ts';
import { daysBetween } from '../../core/calendar/index.ts';
import { firstMissingStep, stepDone, deliberationReadiness } from '../../core/procedures/normative/normative.decide.ts';
import { NORMATIVE_TRANSITIONS, type NormativeCommandType } from '../../core/procedures/normative/normative.machine.ts';
import {
  CHANNEL_LABELS, CLEANUP_LABELS, FILING_AUTHORITY_LABELS, FILING_ITEM_LABELS, FILING_ITEMS, FLAG_CATEGORY_LABELS, ISSUER_LABELS, NORMATIVE_STATUS_LABELS, PUBLIC_STATUS_LABELS,
  STEP_CITES, STEP_LABELS, STEPS, publicStatusOf, type Step,
} from '../../core/procedures/normative/normative.ts';
import { TOPIC_STATUS_LABELS } from '../../core/procedures/meetings/meetings.machine.ts';
import { MEETING_KIND_LABELS } from '../../core/procedures/meetings/meetings.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, NormativeFilingRecord, NormativeRecord, Tx } from '../ports.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { consultationEvidence } from '../consultations/consultations.ts';
import { bodyWithDuty, loadNormative, standingOf, type Standing } from './normative-context.ts';

export type FilingState = 'due' | 'overdue' | 'filed' | 'filed-late';
export const FILING_STATE_LABELS: Readonly<Record<FilingState, string>> = { due: '待报送', overdue: '逾期未报', filed: '已按期报送', 'filed-late': '逾期报送' };

function filingView(f: NormativeFilingRecord, today: string) {
  const state: FilingState = f.filedDate ? ((f.lateDays ?? 0) > 0 ? 'filed-late' : 'filed') : today > f.dueDate ? 'overdue' : 'due';
  return {
    id: f.id, documentId: f.documentId, authority: f.authority, authorityLabel: FILING_AUTHORITY_LABELS[f.authority], dueDate: f.dueDate, dueSummary: f.dueSummary,
    filedDate: f.filedDate, lateDays: f.lateDays, receipt: f.receipt, items: f.items.map((i) => FILING_ITEM_LABELS[i]), state, stateLabel: FILING_STATE_LABELS[state],
    daysOverdue: state === 'overdue' ? daysBetween(f.dueDate, today) : 0, daysLeft: state === 'due' ? daysBetween(today, f.dueDate) : null,
  };
}

/** Which commands the actor may give now: the turn is right and the actor is who gives it. */
async function abilitiesOf(tx: Tx, actor: Actor, doc: NormativeRecord, me: Standing): Promise<Record<NormativeCommandType, boolean>> {
  const justice = await bodyWithDuty(tx, actor.tenantId, 'justice');
  const market = await bodyWithDuty(tx, actor.tenantId, 'market-regulation');
  const inBody = (id: string | undefined) => id !== undefined && me.bodyIds.has(id);
  const office = actor.roles.includes('office');
  const row = NORMATIVE_TRANSITIONS[doc.status];
  const who = {
    office, drafter: inBody(doc.leadBodyId), 'drafter-or-justice': inBody(doc.leadBodyId) || inBody(justice?.id), 'market-regulation': inBody(market?.id),
    justice: inBody(justice?.id), 'county-head': me.actsForHead, proposer: true,
  } as const;
  const out = {} as Record<NormativeCommandType, boolean>;
  for (const c of Object.keys({ draft: 1, 'resolve-flag': 1, 'open-consultation': 1, 'conclude-consultation': 1, 'competition-initial': 1, 'competition-review': 1, 'submit-legality': 1, 'legality-opinion': 1, completeness: 1, 'propose-topic': 1, 'record-deliberation': 1, sign: 1, number: 1, publish: 1, file: 1, cleanup: 1, repeal: 1, expire: 1 }) as NormativeCommandType[]) {
    const t = row[c];
    out[c] = t !== undefined && who[t.actor] && (c !== 'competition-initial' && c !== 'competition-review' ? true : doc.affectsMarket);
  }
  return out;
}

async function names(tx: Tx, tenantId: string) {
  const bodies = await tx.org.bodies(tenantId);
  const name = new Map(bodies.map((b) => [b.id, b.name]));
  return (id: string) => name.get(id) ?? id;
}

function summaryItem(doc: NormativeRecord, bodyName: (id: string) => string) {
  const next = firstMissingStep(doc);
  const pub = publicStatusOf(doc.status);
  return {
    id: doc.id, title: doc.title, issuer: doc.issuer, issuerLabel: ISSUER_LABELS[doc.issuer], leadBodyId: doc.leadBodyId, leadBodyName: bodyName(doc.leadBodyId),
    coBodyNames: doc.coBodyIds.map(bodyName), affectsMarket: doc.affectsMarket, status: doc.status, statusLabel: NORMATIVE_STATUS_LABELS[doc.status],
    publicStatus: pub, publicStatusLabel: pub ? PUBLIC_STATUS_LABELS[pub] : null, docNumber: doc.docNumber, publishedDate: doc.publishedDate,
    nextStep: next === null || pub === 'amended' || pub === 'repealed' || pub === 'expired' ? null : next, nextStepLabel: next === null || (pub !== null && pub !== 'in-force') ? null : STEP_LABELS[next],
    amendsId: doc.amendsId, updatedAt: doc.updatedAt,
  };
}

/** 规范性文件 list for the staff screen, newest first. */
export async function listNormative(deps: ServiceDeps, actor: Actor) {
  const at = deps.clock.now();
  const { pack } = requirePack(deps, at);
  const tx = deps.store;
  const [docs, bodyName, bodies] = await Promise.all([tx.normative.list(actor.tenantId, 500), names(tx, actor.tenantId), tx.org.bodies(actor.tenantId)]);
  return {
    items: docs.map((d) => summaryItem(d, bodyName)),
    canInitiate: actor.roles.includes('office'),
    today: localDate(at, pack.utcOffsetMinutes),
    draftingBodies: bodies.filter((b) => ['office', 'department', 'agency'].includes(b.kind)).map((b) => ({ id: b.id, name: b.name, kind: b.kind })),
  };
}

/** What blocks the next step, in words, from the evidence on the record and the live consultation and topic. */
async function blockersOf(tx: Tx, doc: NormativeRecord, next: Step | null, at: Date, today: string): Promise<string[]> {
  const e = doc.evidence;
  switch (next) {
    case null: return [];
    case 'designate': return [];
    case 'draft': return ['起草部门尚未提交起草稿及必要性、可行性评估'];
    case 'consult': {
      const open = e.flags.filter((f) => !f.resolution);
      const out = open.map((f) => `疑似表述${f.id}“${f.matched}”（${FLAG_CATEGORY_LABELS[f.category]}）尚未确认（第十九条）`);
      if (!e.consultationId) return [...out, '尚未公开征求意见'];
      const ev = await consultationEvidence(tx, doc.tenantId, e.consultationId, at);
      return [...out, ev.state === 'feedback-published' ? `${ev.detail}；请起草部门登记征求意见结束` : ev.detail];
    }
    case 'competition':
      return e.competitionReview?.outcome === 'fail' ? ['公平竞争审查未通过，请修改后重新初审、审查'] : e.competitionInitial ? ['待县市场监管局会同起草部门作出审查结论'] : ['待起草部门进行公平竞争初审'];
    case 'legality': {
      const open = e.flags.filter((f) => !f.resolution).map((f) => `疑似表述${f.id}“${f.matched}”尚未确认（第十九条）`);
      if (doc.status === 'legality-review' && e.legality) return [`县司法局合法性审查中，给予的审查时间至${formatChineseDate(e.legality.dueDate)}（${e.legality.minimumSummary}）`];
      const back = e.legalityHistory.at(-1);
      return [...open, ...(back ? [`县司法局审查认为不合法（${back.opinion}），须修改后重新送审`] : []), '尚未送请县司法局合法性审查（不能以征求意见代替）'];
    }
    case 'completeness': return [e.completeness?.outcome === 'incomplete' ? `完备性审核未通过：${e.completeness.note}` : '待县政府办公室完备性审核'];
    case 'deliberation': {
      if (!doc.topicId) return ['尚未提请县政府常务会议或全体会议审议（请提出议题）'];
      const topic = await tx.meetings.topic(doc.tenantId, doc.topicId);
      if (!topic) return ['议题不存在'];
      const record = await tx.meetingRecords.discussion(doc.tenantId, topic.id);
      if (record?.conclusion) return [`会议已形成结论（${record.conclusion.text}），请县政府办公室登记`];
      return [`议题“${topic.title}”${TOPIC_STATUS_LABELS[topic.status]}，待${MEETING_KIND_LABELS[topic.meetingKind]}讨论决定`];
    }
    case 'sign': return ['待县长签发'];
    case 'number': return ['待县政府办公室统一编号（第二十一条）'];
    case 'publish': return ['待通过政府公报、政府网站公开发布；未经公开发布的不得作为实施行政管理的依据（第二十一条）'];
    case 'filing': {
      const filings = await tx.normative.filings(doc.tenantId, doc.id);
      return filings.filter((f) => !f.filedDate).map((f) => `尚未报${FILING_AUTHORITY_LABELS[f.authority]}备案，期限至${formatChineseDate(f.dueDate)}${today > f.dueDate ? `（已逾期${daysBetween(f.dueDate, today)}日）` : ''}`);
    }
  }
}

function stepEvidence(doc: NormativeRecord, step: Step): { summary: string; by: string | null; at: string | null } | null {
  const e = doc.evidence;
  switch (step) {
    case 'designate': return { summary: `${e.designation.basis}${doc.coBodyIds.length > 0 ? '；联合起草' : ''}${e.designation.note ? `；${e.designation.note}` : ''}`, by: e.designation.byName, at: e.designation.at };
    case 'draft': return e.draft ? { summary: `必要性：${e.draft.necessity}；可行性：${e.draft.feasibility}；疑似表述${e.flags.length}处，已确认${e.flags.filter((f) => f.resolution).length}处`, by: e.draft.byName, at: e.draft.at } : null;
    case 'consult': return e.consultation ? { summary: e.consultation.detail, by: null, at: e.consultation.at } : null;
    case 'competition': return e.competitionReview ? { summary: `${e.competitionReview.outcome === 'pass' ? '通过' : '未通过'}：${e.competitionReview.opinion}（初审：${e.competitionInitial?.opinion ?? '—'}）`, by: `${e.competitionReview.bodyName} ${e.competitionReview.byName}`, at: e.competitionReview.at } : null;
    case 'legality': return e.legalityOpinion ? { summary: `合法：${e.legalityOpinion.opinion}`, by: e.legalityOpinion.byName, at: e.legalityOpinion.at } : e.legality ? { summary: `已送审，材料：${e.legality.package.join('、')}；审查期限至${formatChineseDate(e.legality.dueDate)}`, by: e.legality.submittedBy, at: e.legality.submittedAt } : null;
    case 'completeness': return e.completeness ? { summary: `${e.completeness.outcome === 'complete' ? '通过' : '未通过'}：${e.completeness.note}`, by: e.completeness.byName, at: e.completeness.at } : null;
    case 'deliberation': return e.deliberation ? { summary: `${MEETING_KIND_LABELS[e.deliberation.meetingKind as keyof typeof MEETING_KIND_LABELS] ?? e.deliberation.meetingKind}（${formatChineseDate(e.deliberation.meetingDate)}）${e.deliberation.outcome}：${e.deliberation.conclusion}`, by: e.deliberation.recordedBy, at: e.deliberation.at } : null;
    case 'sign': return e.signOff ? { summary: e.signOff.onBehalfOfName ? `代${e.signOff.onBehalfOfName}签发` : '签发', by: e.signOff.byName, at: e.signOff.at } : null;
    case 'number': return e.number ? { summary: e.number.docNumber, by: null, at: null } : null;
    case 'publish': return e.publication ? { summary: `${e.publication.channels.map((c) => CHANNEL_LABELS[c]).join('、')}公开，${formatChineseDate(e.publication.publishedDate)}公布，自${formatChineseDate(e.publication.effectiveDate)}起施行${e.publication.validUntil ? `，有效期至${formatChineseDate(e.publication.validUntil)}` : ''}`, by: e.publication.byName, at: e.publication.at } : null;
    case 'filing': return null;
  }
}

/** One document with its lifecycle: every step's state and evidence, the next required step and what blocks it, the filings and what the actor may do. */
export async function getNormative(deps: ServiceDeps, actor: Actor, id: string) {
  const at = deps.clock.now();
  const { pack } = requirePack(deps, at);
  const tx = deps.store;
  const today = localDate(at, pack.utcOffsetMinutes);
  const doc = await loadNormative(tx, actor.tenantId, id);
  const me = await standingOf(deps, tx, actor, at, pack.utcOffsetMinutes);
  const bodyName = await names(tx, actor.tenantId);
  const next = firstMissingStep(doc);
  const ended = doc.status === 'amended' || doc.status === 'repealed' || doc.status === 'expired';
  const filings = (await tx.normative.filings(actor.tenantId, doc.id)).map((f) => filingView(f, today));
  const steps = STEPS.map((s) => {
    const applies = s !== 'competition' || doc.affectsMarket;
    const done = stepDone(doc, s);
    const state = !applies ? 'not-applicable' : s === 'filing' ? (filings.length > 0 && filings.every((f) => f.filedDate) ? 'done' : s === next && !ended ? 'current' : 'pending') : done ? 'done' : s === next && !ended ? 'current' : 'pending';
    return { step: s, label: STEP_LABELS[s], cites: STEP_CITES[s], citeLabels: citationLabels(STEP_CITES[s]), state, evidence: applies ? stepEvidence(doc, s) : null };
  });
  const topic = doc.topicId ? await tx.meetings.topic(actor.tenantId, doc.topicId) : undefined;
  const readiness = deliberationReadiness(doc);
  return {
    ...summaryItem(doc, bodyName),
    today,
    designation: doc.evidence.designation,
    draft: doc.evidence.draft,
    flags: doc.evidence.flags.map((f) => ({ ...f, categoryLabel: FLAG_CATEGORY_LABELS[f.category] })),
    consultationId: doc.evidence.consultationId,
    legality: doc.evidence.legality,
    legalityHistory: doc.evidence.legalityHistory,
    cleanups: doc.evidence.cleanups.map((c) => ({ ...c, resultLabel: CLEANUP_LABELS[c.result] })),
    ending: doc.evidence.ending,
    topic: topic ? { id: topic.id, title: topic.title, status: topic.status, statusLabel: TOPIC_STATUS_LABELS[topic.status], meetingKind: topic.meetingKind } : null,
    readiness: { ready: readiness.ready, missing: readiness.missing },
    steps,
    next: next === null || ended ? null : { step: next, label: STEP_LABELS[next], cites: STEP_CITES[next], citeLabels: citationLabels(STEP_CITES[next]), blockers: await blockersOf(tx, doc, next, at, today) },
    filings,
    filingItems: FILING_ITEMS.map((i) => ({ value: i, label: FILING_ITEM_LABELS[i] })),
    abilities: await abilitiesOf(tx, actor, doc, me),
  };
}

/** 备案登记: every filing owed by the county government's normative documents, due, overdue and filed (late ones flagged). */
export async function filingRegister(deps: ServiceDeps, actor: Actor) {
  const at = deps.clock.now();
  const { pack } = requirePack(deps, at);
  const today = localDate(at, pack.utcOffsetMinutes);
  const [filings, docs] = await Promise.all([deps.store.normative.filings(actor.tenantId), deps.store.normative.list(actor.tenantId, 1000)]);
  const byId = new Map(docs.map((d) => [d.id, d]));
  const rows = filings.map((f) => {
    const d = byId.get(f.documentId);
    return { ...filingView(f, today), title: d?.title ?? '', docNumber: d?.docNumber ?? null, publishedDate: d?.publishedDate ?? null };
  });
  const count = (s: FilingState) => rows.filter((r) => r.state === s).length;
  return { today, rows, counts: { due: count('due'), overdue: count('overdue'), filed: count('filed'), filedLate: count('filed-late') } };
}

/** The portal's list (art. 21): published documents only, with their status. */
export async function publishedNormative(deps: ServiceDeps, tenantId: string) {
  const docs = await deps.store.normative.list(tenantId, 1000);
  return docs
    .filter((d) => publicStatusOf(d.status) !== null && d.evidence.publication !== null)
    .map((d) => {
      const pub = publicStatusOf(d.status)!;
      const p = d.evidence.publication!;
      return {
        id: d.id, title: d.title, docNumber: d.docNumber ?? '', issuerLabel: ISSUER_LABELS[d.issuer], publishedDate: p.publishedDate, effectiveDate: p.effectiveDate, validUntil: p.validUntil,
        status: pub, statusLabel: PUBLIC_STATUS_LABELS[pub], text: d.evidence.draft?.text ?? '', endingNote: d.evidence.ending ? `${d.evidence.ending.reason}${d.evidence.ending.decisionRef ? `（${d.evidence.ending.decisionRef}）` : ''}` : null,
      };
    })
    .sort((a, b) => b.publishedDate.localeCompare(a.publishedDate));
}
