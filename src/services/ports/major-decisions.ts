/** Port of major administrative decisions (重大行政决策): catalogues, dossiers and their entries, publication. */
import type { ChangeKind, DecisionCategory, DossierStatus, EditionStatus, EntryDataByKind, EntryKind, EvaluationTrigger, MatterKind } from '../../core/procedures/major-decisions/major-decisions.ts';
import type { Verdict } from '../../core/rules/rule.ts';

/** A year's catalogue of major decisions (决策事项目录, art. 23; 条例第三条). */
export interface DecisionCatalogueRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly year: number;
  readonly createdAt: string;
  readonly createdByPersonId: string | null;
}

/** An edition of a catalogue: the first list (number 1), then each adjustment with its reason, each with the party committee's consent and its publication. */
export interface CatalogueEditionRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly catalogueId: string;
  readonly number: number;
  /** Why the catalogue is adjusted (null for the first edition). */
  readonly reason: string | null;
  readonly status: EditionStatus;
  readonly consentDate: string | null;
  readonly consentDocument: string | null;
  readonly consentRecordedAt: string | null;
  readonly consentByPersonId: string | null;
  /** When publication falls due after the consent, and the office's 待办 for it. */
  readonly publishDueDate: string | null;
  readonly publishTaskId: string | null;
  readonly publishedAt: string | null;
  readonly publishedByPersonId: string | null;
  readonly createdAt: string;
  readonly createdByPersonId: string | null;
  readonly version: number;
}

/** A matter on a catalogue; added by one edition, perhaps withdrawn by a later one. Never deleted. */
export interface CatalogueItemRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly catalogueId: string;
  readonly seq: number;
  readonly title: string;
  readonly summary: string;
  readonly category: DecisionCategory;
  /** Art. 24: the ground on which it must go to the 全体会议 or 常务会议. */
  readonly matterKind: MatterKind;
  /** The undertaking unit (决策承办单位) and the units joining it. */
  readonly leadBodyId: string;
  readonly coBodyIds: readonly string[];
  readonly plannedQuarter: number | null;
  readonly addedInEdition: number;
  readonly withdrawnInEdition: number | null;
  readonly withdrawReason: string | null;
  readonly createdAt: string;
  readonly createdByPersonId: string | null;
  readonly version: number;
}

/** A major decision's dossier (决策卷宗): its current state; the evidence is in its entries. */
export interface MajorDecisionRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly itemId: string;
  /** 0 for the decision; n for its nth major adjustment, which repeats the whole procedure (条例第三十七条). */
  readonly round: number;
  readonly revisesId: string | null;
  readonly title: string;
  readonly draftText: string;
  readonly explanation: string;
  readonly draftVersion: number;
  readonly leadBodyId: string;
  readonly affectsMarket: boolean;
  readonly concernedBodyIds: readonly string[];
  readonly status: DossierStatus;
  /** The meeting topic the dossier was last put forward as. */
  readonly topicId: string | null;
  readonly decision: { readonly text: string; readonly meetingId: string; readonly topicId: string; readonly date: string; readonly meetingKind: string } | null;
  readonly partyReportedAt: string | null;
  readonly publishDueDate: string | null;
  readonly publishTaskId: string | null;
  readonly publishedAt: string | null;
  readonly execution: { readonly leadBodyId: string; readonly coBodyIds: readonly string[]; readonly reportEveryDays: number; readonly nextReportDue: string | null; readonly taskId: string | null } | null;
  readonly pendingChange: { readonly change: ChangeKind; readonly reasons: string; readonly adjustment: string; readonly topicId: string; readonly evaluationId: string | null } | null;
  readonly openEvaluation: { readonly evaluationId: string; readonly trigger: EvaluationTrigger; readonly evaluatorBodyId: string | null; readonly evaluatorName: string; readonly dueDate: string; readonly taskId: string | null } | null;
  readonly createdAt: string;
  readonly createdByPersonId: string | null;
  readonly updatedAt: string;
  readonly version: number;
}

/** One step of a dossier with its evidence (append-only): who, for whom, in which post, when, and the verdicts. */
export interface MajorDecisionEntryRecord<K extends EntryKind = EntryKind> {
  readonly id: string;
  readonly tenantId: string;
  readonly decisionId: string;
  readonly seq: number;
  readonly kind: K;
  readonly draftVersion: number;
  readonly data: EntryDataByKind[K];
  readonly at: string;
  readonly personId: string | null;
  readonly onBehalfOfPersonId: string | null;
  readonly positionId: string | null;
  readonly verdicts: readonly Verdict[];
}

/** A major decision as published on the portal: public facts only, never a person. */
export interface PublishedMajorDecisionRecord {
  readonly id: string;
  readonly tenantId: string;
  readonly year: number;
  readonly title: string;
  readonly decisionText: string;
  readonly decidedDate: string;
  readonly meetingKind: string;
  readonly leadBodyName: string;
  readonly adoptionExplanation: string;
  readonly publishedAt: string;
  /** 执行中, 中止执行, 停止执行 or 已调整, with the published note on the change. */
  readonly status: string;
  readonly statusNote: string | null;
  readonly updatedAt: string;
}

export interface MajorDecisionsPort {
  catalogue(tenantId: string, year: number): Promise<DecisionCatalogueRecord | undefined>;
  catalogueById(tenantId: string, id: string): Promise<DecisionCatalogueRecord | undefined>;
  /** Newest year first. */
  catalogues(tenantId: string): Promise<DecisionCatalogueRecord[]>;
  insertCatalogue(r: DecisionCatalogueRecord): Promise<void>;
  /** In order of number. */
  editions(tenantId: string, catalogueId: string): Promise<CatalogueEditionRecord[]>;
  insertEdition(r: CatalogueEditionRecord): Promise<void>;
  /** Optimistic: false when the stored version is not `r.version - 1`. */
  updateEdition(r: CatalogueEditionRecord): Promise<boolean>;
  /** In order of number on the catalogue. */
  items(tenantId: string, catalogueId: string): Promise<CatalogueItemRecord[]>;
  item(tenantId: string, id: string): Promise<CatalogueItemRecord | undefined>;
  insertItem(r: CatalogueItemRecord): Promise<void>;
  updateItem(r: CatalogueItemRecord): Promise<boolean>;
  get(tenantId: string, id: string): Promise<MajorDecisionRecord | undefined>;
  /** The dossiers of catalogue items (all rounds). */
  byItems(tenantId: string, itemIds: readonly string[]): Promise<MajorDecisionRecord[]>;
  /** Newest first. */
  list(tenantId: string, limit: number): Promise<MajorDecisionRecord[]>;
  insert(r: MajorDecisionRecord): Promise<void>;
  update(r: MajorDecisionRecord): Promise<boolean>;
  /** In order. */
  entries(tenantId: string, decisionId: string): Promise<MajorDecisionEntryRecord[]>;
  appendEntry(r: MajorDecisionEntryRecord): Promise<void>;
  published(tenantId: string): Promise<PublishedMajorDecisionRecord[]>;
  savePublished(r: PublishedMajorDecisionRecord): Promise<void>;
}
