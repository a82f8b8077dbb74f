import type { Kysely, Selectable } from 'kysely';
import type {
  Database, DecisionCatalogueEditionsTable, DecisionCatalogueItemsTable, MajorDecisionEntriesTable, MajorDecisionsTable, PublishedMajorDecisionsTable,
} from '../schema.ts';
import type {
  CatalogueEditionRecord, CatalogueItemRecord, MajorDecisionEntryRecord, MajorDecisionRecord, MajorDecisionsPort, PublishedMajorDecisionRecord,
} from '../../services/ports.ts';

const json = <T>(s: string | null): T | null => (s === null ? null : (JSON.parse(s) as T));
const text = (v: unknown): string | null => (v === null ? null : JSON.stringify(v));

const toEdition = (r: Selectable<DecisionCatalogueEditionsTable>): CatalogueEditionRecord => ({
  id: r.id, tenantId: r.tenant_id, catalogueId: r.catalogue_id, number: Number(r.number), reason: r.reason, status: r.status as CatalogueEditionRecord['status'],
  consentDate: r.consent_date, consentDocument: r.consent_document, consentRecordedAt: r.consent_recorded_at, consentByPersonId: r.consent_by_person_id,
  publishDueDate: r.publish_due_date, publishTaskId: r.publish_task_id, publishedAt: r.published_at, publishedByPersonId: r.published_by_person_id,
  createdAt: r.created_at, createdByPersonId: r.created_by_person_id, version: Number(r.version),
});
const fromEdition = (e: CatalogueEditionRecord): DecisionCatalogueEditionsTable => ({
  id: e.id, tenant_id: e.tenantId, catalogue_id: e.catalogueId, number: e.number, reason: e.reason, status: e.status, consent_date: e.consentDate,
  consent_document: e.consentDocument, consent_recorded_at: e.consentRecordedAt, consent_by_person_id: e.consentByPersonId, publish_due_date: e.publishDueDate,
  publish_task_id: e.publishTaskId, published_at: e.publishedAt, published_by_person_id: e.publishedByPersonId, created_at: e.createdAt,
  created_by_person_id: e.createdByPersonId, version: e.version,
});

const toItem = (r: Selectable<DecisionCatalogueItemsTable>): CatalogueItemRecord => ({
  id: r.id, tenantId: r.tenant_id, catalogueId: r.catalogue_id, seq: Number(r.seq), title: r.title, summary: r.summary,
  category: r.category as CatalogueItemRecord['category'], matterKind: r.matter_kind as CatalogueItemRecord['matterKind'], leadBodyId: r.lead_body_id,
  coBodyIds: JSON.parse(r.co_body_ids) as string[], plannedQuarter: r.planned_quarter === null ? null : Number(r.planned_quarter),
  addedInEdition: Number(r.added_in_edition), withdrawnInEdition: r.withdrawn_in_edition === null ? null : Number(r.withdrawn_in_edition),
  withdrawReason: r.withdraw_reason, createdAt: r.created_at, createdByPersonId: r.created_by_person_id, version: Number(r.version),
});
const fromItem = (i: CatalogueItemRecord): DecisionCatalogueItemsTable => ({
  id: i.id, tenant_id: i.tenantId, catalogue_id: i.catalogueId, seq: i.seq, title: i.title, summary: i.summary, category: i.category, matter_kind: i.matterKind,
  lead_body_id: i.leadBodyId, co_body_ids: JSON.stringify(i.coBodyIds), planned_quarter: i.plannedQuarter, added_in_edition: i.addedInEdition,
  withdrawn_in_edition: i.withdrawnInEdition, withdraw_reason: i.withdrawReason, created_at: i.createdAt, created_by_person_id: i.createdByPersonId, version: i.version,
});

const toDecision = (r: Selectable<MajorDecisionsTable>): MajorDecisionRecord => ({
  id: r.id, tenantId: r.tenant_id, itemId: r.item_id, round: Number(r.round), revisesId: r.revises_id, title: r.title, draftText: r.draft_text,
  explanation: r.explanation, draftVersion: Number(r.draft_version), leadBodyId: r.lead_body_id, affectsMarket: Number(r.affects_market) === 1,
  concernedBodyIds: JSON.parse(r.concerned_body_ids) as string[], status: r.status as MajorDecisionRecord['status'], topicId: r.topic_id,
  decision: json(r.decision), partyReportedAt: r.party_reported_at, publishDueDate: r.publish_due_date, publishTaskId: r.publish_task_id,
  publishedAt: r.published_at, execution: json(r.execution), pendingChange: json(r.pending_change), openEvaluation: json(r.open_evaluation),
  createdAt: r.created_at, createdByPersonId: r.created_by_person_id, updatedAt: r.updated_at, version: Number(r.version),
});
const fromDecision = (d: MajorDecisionRecord): MajorDecisionsTable => ({
  id: d.id, tenant_id: d.tenantId, item_id: d.itemId, round: d.round, revises_id: d.revisesId, title: d.title, draft_text: d.draftText, explanation: d.explanation,
  draft_version: d.draftVersion, lead_body_id: d.leadBodyId, affects_market: d.affectsMarket ? 1 : 0, concerned_body_ids: JSON.stringify(d.concernedBodyIds),
  status: d.status, topic_id: d.topicId, decision: text(d.decision), party_reported_at: d.partyReportedAt, publish_due_date: d.publishDueDate,
  publish_task_id: d.publishTaskId, published_at: d.publishedAt, execution: text(d.execution), pending_change: text(d.pendingChange),
  open_evaluation: text(d.openEvaluation), created_at: d.createdAt, created_by_person_id: d.createdByPersonId, updated_at: d.updatedAt, version: d.version,
});

const toEntry = (r: Selectable<MajorDecisionEntriesTable>): MajorDecisionEntryRecord => ({
  id: r.id, tenantId: r.tenant_id, decisionId: r.decision_id, seq: Number(r.seq), kind: r.kind as MajorDecisionEntryRecord['kind'],
  draftVersion: Number(r.draft_version), data: JSON.parse(r.data) as MajorDecisionEntryRecord['data'], at: r.at, personId: r.person_id,
  onBehalfOfPersonId: r.on_behalf_of_person_id, positionId: r.position_id, verdicts: JSON.parse(r.verdicts) as MajorDecisionEntryRecord['verdicts'],
});

const toPublished = (r: Selectable<PublishedMajorDecisionsTable>): PublishedMajorDecisionRecord => ({
  id: r.id, tenantId: r.tenant_id, year: Number(r.year), title: r.title, decisionText: r.decision_text, decidedDate: r.decided_date, meetingKind: r.meeting_kind,
  leadBodyName: r.lead_body_name, adoptionExplanation: r.adoption_explanation, publishedAt: r.published_at, status: r.status, statusNote: r.status_note, updatedAt: r.updated_at,
});

export function majorDecisionsRepository(db: Kysely<Database>): MajorDecisionsPort {
  return {
    async catalogue(tenantId, year) {
      const r = await db.selectFrom('decision_catalogues').selectAll().where('tenant_id', '=', tenantId).where('year', '=', year).executeTakeFirst();
      return r && { id: r.id, tenantId: r.tenant_id, year: Number(r.year), createdAt: r.created_at, createdByPersonId: r.created_by_person_id };
    },
    async catalogueById(tenantId, id) {
      const r = await db.selectFrom('decision_catalogues').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
      return r && { id: r.id, tenantId: r.tenant_id, year: Number(r.year), createdAt: r.created_at, createdByPersonId: r.created_by_person_id };
    },
    async catalogues(tenantId) {
      const rows = await db.selectFrom('decision_catalogues').selectAll().where('tenant_id', '=', tenantId).orderBy('year', 'desc').execute();
      return rows.map((r) => ({ id: r.id, tenantId: r.tenant_id, year: Number(r.year), createdAt: r.created_at, createdByPersonId: r.created_by_person_id }));
    },
    async insertCatalogue(c) {
      await db.insertInto('decision_catalogues').values({ id: c.id, tenant_id: c.tenantId, year: c.year, created_at: c.createdAt, created_by_person_id: c.createdByPersonId }).execute();
    },
    async editions(tenantId, catalogueId) {
      return (await db.selectFrom('decision_catalogue_editions').selectAll().where('tenant_id', '=', tenantId).where('catalogue_id', '=', catalogueId).orderBy('number').execute()).map(toEdition);
    },
    async insertEdition(e) {
      await db.insertInto('decision_catalogue_editions').values(fromEdition(e)).execute();
    },
    async updateEdition(e) {
      const { id: _id, tenant_id: _t, ...rest } = fromEdition(e);
      const r = await db.updateTable('decision_catalogue_editions').set(rest).where('tenant_id', '=', e.tenantId).where('id', '=', e.id).where('version', '=', e.version - 1).executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async items(tenantId, catalogueId) {
      return (await db.selectFrom('decision_catalogue_items').selectAll().where('tenant_id', '=', tenantId).where('catalogue_id', '=', catalogueId).orderBy('seq').execute()).map(toItem);
    },
    async item(tenantId, id) {
      const r = await db.selectFrom('decision_catalogue_items').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
      return r && toItem(r);
    },
    async insertItem(i) {
      await db.insertInto('decision_catalogue_items').values(fromItem(i)).execute();
    },
    async updateItem(i) {
      const { id: _id, tenant_id: _t, ...rest } = fromItem(i);
      const r = await db.updateTable('decision_catalogue_items').set(rest).where('tenant_id', '=', i.tenantId).where('id', '=', i.id).where('version', '=', i.version - 1).executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async get(tenantId, id) {
      const r = await db.selectFrom('major_decisions').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
      return r && toDecision(r);
    },
    async byItems(tenantId, itemIds) {
      if (itemIds.length === 0) return [];
      return (await db.selectFrom('major_decisions').selectAll().where('tenant_id', '=', tenantId).where('item_id', 'in', itemIds).orderBy('round').execute()).map(toDecision);
    },
    async list(tenantId, limit) {
      return (await db.selectFrom('major_decisions').selectAll().where('tenant_id', '=', tenantId).orderBy('created_at', 'desc').orderBy('id').limit(limit).execute()).map(toDecision);
    },
    async insert(d) {
      await db.insertInto('major_decisions').values(fromDecision(d)).execute();
    },
    async update(d) {
      const { id: _id, tenant_id: _t, ...rest } = fromDecision(d);
      const r = await db.updateTable('major_decisions').set(rest).where('tenant_id', '=', d.tenantId).where('id', '=', d.id).where('version', '=', d.version - 1).executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async entries(tenantId, decisionId) {
      return (await db.selectFrom('major_decision_entries').selectAll().where('tenant_id', '=', tenantId).where('decision_id', '=', decisionId).orderBy('seq').execute()).map(toEntry);
    },
    async appendEntry(e) {
      await db.insertInto('major_decision_entries').values({
        id: e.id, tenant_id: e.tenantId, decision_id: e.decisionId, seq: e.seq, kind: e.kind, draft_version: e.draftVersion, data: JSON.stringify(e.data), at: e.at,
        person_id: e.personId, on_behalf_of_person_id: e.onBehalfOfPersonId, position_id: e.positionId, verdicts: JSON.stringify(e.verdicts),
      }).execute();
    },
    async published(tenantId) {
      return (await db.selectFrom('published_major_decisions').selectAll().where('tenant_id', '=', tenantId).orderBy('published_at', 'desc').orderBy('id').execute()).map(toPublished);
    },
    async savePublished(p) {
      const row = {
        id: p.id, tenant_id: p.tenantId, year: p.year, title: p.title, decision_text: p.decisionText, decided_date: p.decidedDate, meeting_kind: p.meetingKind,
        lead_body_name: p.leadBodyName, adoption_explanation: p.adoptionExplanation, published_at: p.publishedAt, status: p.status, status_note: p.statusNote, updated_at: p.updatedAt,
      };
      const exists = await db.selectFrom('published_major_decisions').select('id').where('tenant_id', '=', p.tenantId).where('id', '=', p.id).executeTakeFirst();
      if (exists) {
        const { id: _id, tenant_id: _t, ...rest } = row;
        await db.updateTable('published_major_decisions').set(rest).where('tenant_id', '=', p.tenantId).where('id', '=', p.id).execute();
      } else {
        await db.insertInto('published_major_decisions').values(row).execute();
      }
    },
  };
}
