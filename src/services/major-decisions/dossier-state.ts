/**
 * A dossier's statutory steps evaluated against its entries: the catalogue standing of its matter,
 * its public-comment consultations (through the consultation module), the concerned bodies, and the
 * requirement verdicts the core computes. Also the readiness the meetings module asks for.
 */
import { itemStanding } from '../../core/procedures/major-decisions/catalogue.ts';
import { requirements, readinessOf, type DossierFacts, type Requirement } from '../../core/procedures/major-decisions/major-decisions.decide.ts';
import { entriesOf, type ConsultationFact, type DossierEntry } from '../../core/procedures/major-decisions/major-decisions.ts';
import type { Readiness } from '../../core/procedures/meetings/meetings.ts';
import type { MajorDecisionEntryRecord, MajorDecisionRecord, TopicRecord, Tx } from '../ports.ts';
import { consultationEvidence } from '../consultations/consultations.ts';

export interface DossierEvaluation {
  readonly facts: DossierFacts;
  readonly entries: readonly MajorDecisionEntryRecord[];
  readonly requirements: readonly Requirement[];
  readonly consultations: Readonly<Record<string, ConsultationFact & { readonly closesAt: string | null; readonly comments: number }>>;
}

const TOWN_KINDS: ReadonlySet<string> = new Set(['town', 'street']);

/**
 * Evaluates a dossier. With `now`, public comments are judged by the consultation module's evidence
 * at that instant (its wording says whether the window is open); without it (the readiness port has
 * no clock) only the fact that matters is read: whether the feedback has been published.
 */
export async function evaluateDossier(tx: Tx, dossier: MajorDecisionRecord, opts: { now: Date | null; expertMinOpinions: number }): Promise<DossierEvaluation> {
  const tenantId = dossier.tenantId;
  const [entries, item, bodies] = await Promise.all([tx.majorDecisions.entries(tenantId, dossier.id), tx.majorDecisions.item(tenantId, dossier.itemId), tx.org.bodies(tenantId)]);
  const catalogue = item ? await tx.majorDecisions.catalogueById(tenantId, item.catalogueId) : undefined;
  const editions = catalogue ? await tx.majorDecisions.editions(tenantId, catalogue.id) : [];
  const consultations: Record<string, ConsultationFact & { closesAt: string | null; comments: number }> = {};
  for (const e of entriesOf(entries as readonly DossierEntry[], 'consultation-opened')) {
    const id = e.data.consultationId;
    if (opts.now) {
      const ev = await consultationEvidence(tx, tenantId, id, opts.now);
      consultations[id] = { done: ev.state === 'feedback-published', detail: ev.detail, closesAt: ev.closesAt, comments: ev.comments };
    } else {
      const c = await tx.consultations.get(tenantId, id);
      const done = c?.feedbackPublishedAt != null;
      consultations[id] = { done, detail: done ? '意见采纳情况反馈已公开' : '公开征求意见尚未结束或意见采纳情况反馈尚未公开', closesAt: c?.closesAt ?? null, comments: 0 };
    }
  }
  const facts: DossierFacts = {
    status: dossier.status, draftVersion: dossier.draftVersion, affectsMarket: dossier.affectsMarket,
    concernedBodies: dossier.concernedBodyIds.map((id) => {
      const b = bodies.find((x) => x.id === id);
      return { id, name: b?.name ?? '', town: b !== undefined && TOWN_KINDS.has(b.kind) };
    }),
    catalogue: item && catalogue ? { standing: itemStanding(item, editions), itemTitle: item.title, year: catalogue.year } : { standing: 'missing', itemTitle: dossier.title, year: 0 },
  };
  return { facts, entries, consultations, requirements: requirements(facts, entries, consultations, { expertMinOpinions: opts.expertMinOpinions }) };
}

const NOT_FROM_DOSSIER = '未从重大行政决策卷宗提请：须在“重大行政决策”中完成列入目录、公众参与、专家论证、风险评估、征求有关部门和乡镇（街道）意见、公平竞争审查（涉及市场主体的）和合法性审查后，由卷宗提请会议';

/**
 * The readiness port entry 'major-decision' (arts. 20, 23): a topic is ready only when it was put
 * forward from a dossier whose every statutory step is done — or, for a change to a decision in
 * force, when it is the dossier's pending change (条例第三十七条). Otherwise 'not-ready', listing what
 * is missing. The dossier is frozen while submitted, so the steps read now are the steps submitted.
 */
export async function majorDecisionReadiness(tx: Tx, topic: TopicRecord): Promise<Readiness> {
  if (topic.sourceType !== 'major-decision' || !topic.sourceId) return { state: 'not-ready', detail: NOT_FROM_DOSSIER };
  const dossier = await tx.majorDecisions.get(topic.tenantId, topic.sourceId);
  if (!dossier) return { state: 'not-ready', detail: NOT_FROM_DOSSIER };
  if (dossier.pendingChange?.topicId === topic.id) {
    return { state: 'ready', detail: `决策变更已说明理由，提请会议研究决定（《重大行政决策程序暂行条例》第三十七条）` };
  }
  if (dossier.status !== 'submitted' || dossier.topicId !== topic.id) return { state: 'not-ready', detail: '该议题不是决策卷宗当前提请会议的议题' };
  const submitted = entriesOf(await tx.majorDecisions.entries(topic.tenantId, dossier.id) as readonly DossierEntry[], 'submitted').at(-1);
  const evaluation = await evaluateDossier(tx, dossier, { now: null, expertMinOpinions: submitted?.data.expertMinOpinions ?? 1 });
  return readinessOf(evaluation.requirements);
}
