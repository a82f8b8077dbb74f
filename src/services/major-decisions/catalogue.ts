/**
 * The yearly catalogue of major decisions (art. 23; 条例第三条第三款): the office compiles it, records
 * the county party committee's consent (date and document), publishes it on the portal, and adjusts
 * it the same way — each adjustment an edition of its own, with its reason, consent again and
 * publication. Nothing is removed: a withdrawn matter stays, marked with the edition that withdrew it.
 */
import { DomainError } from '../../core/kernel/result.ts';
import { editionLabel, itemStanding } from '../../core/procedures/major-decisions/catalogue.ts';
import { EDITION_TRANSITIONS, type EditionCommandType } from '../../core/procedures/major-decisions/major-decisions.machine.ts';
import { catalogueAdjustment, catalogueConsent } from '../../core/procedures/major-decisions/major-decisions.rules.ts';
import type { DecisionCategory, MatterKind } from '../../core/procedures/major-decisions/major-decisions.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import type { AuditEventType } from '../../core/audit/events.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, CatalogueEditionRecord, CatalogueItemRecord, DecisionCatalogueRecord, Tx } from '../ports.ts';
import { notFound, ruleBlocked } from '../platform/errors.ts';
import { createTaskIn } from '../tasks/create-task.ts';
import { DECISION_CATALOGUE_NOT_FOUND, WORKING_KINDS, decisionNow, decisionViewer, invalid, officePrincipal, withRefusalRecorded, type Now } from './decision-context.ts';

async function loadCatalogue(tx: Tx, tenantId: string, id: string): Promise<{ catalogue: DecisionCatalogueRecord; editions: CatalogueEditionRecord[]; latest: CatalogueEditionRecord }> {
  const catalogue = await tx.majorDecisions.catalogueById(tenantId, id);
  if (!catalogue) throw notFound(DECISION_CATALOGUE_NOT_FOUND, '决策事项目录');
  const editions = await tx.majorDecisions.editions(tenantId, id);
  const latest = editions.at(-1);
  if (!latest) throw notFound(DECISION_CATALOGUE_NOT_FOUND, '决策事项目录');
  return { catalogue, editions, latest };
}

function requireOffice(office: boolean): void {
  if (!office) throw new DomainError('FORBIDDEN', '第二十三条：决策事项目录由县政府办公室编制、报县委同意并公布');
}

function requireTransition(edition: CatalogueEditionRecord, command: EditionCommandType, what: string): void {
  if (!EDITION_TRANSITIONS[edition.status][command]) throw new DomainError('CONFLICT', `目录当前状态不能${what}`);
}

async function audit(tx: Tx, actor: Actor, now: Now, type: AuditEventType, catalogueId: string, payload: Record<string, unknown>, verdicts: readonly Verdict[]): Promise<void> {
  await tx.audit.append(actor.tenantId, { type, at: now.at, actorAccountId: actor.accountId, actorPersonId: actor.personId, subjectType: 'decision-catalogue', subjectId: catalogueId, payload, verdicts });
}

/** 建立年度目录: one per year (this year, the next or the last), its first edition a draft. */
export async function createCatalogue(deps: ServiceDeps, actor: Actor, input: { year: number }): Promise<{ catalogue: DecisionCatalogueRecord; verdicts: readonly Verdict[] }> {
  const now = decisionNow(deps);
  return deps.store.transaction(async (tx) => {
    const v = await decisionViewer(deps.store, tx, actor, now);
    requireOffice(v.office);
    const thisYear = Number(now.today.slice(0, 4));
    if (input.year < thisYear - 1 || input.year > thisYear + 1) throw invalid('year', `年度须为${thisYear - 1}至${thisYear + 1}年`);
    if (await tx.majorDecisions.catalogue(actor.tenantId, input.year)) throw new DomainError('CONFLICT', `${input.year}年度决策事项目录已建立`);
    const catalogue: DecisionCatalogueRecord = { id: deps.ids.id(), tenantId: actor.tenantId, year: input.year, createdAt: now.at.toISOString(), createdByPersonId: actor.personId };
    await tx.majorDecisions.insertCatalogue(catalogue);
    await tx.majorDecisions.insertEdition(newEdition(deps, actor, now, catalogue.id, 1, null));
    await audit(tx, actor, now, 'decision-catalogue.created', catalogue.id, { year: input.year }, [now.packVerdict]);
    return { catalogue, verdicts: [now.packVerdict] };
  });
}

function newEdition(deps: ServiceDeps, actor: Actor, now: Now, catalogueId: string, number: number, reason: string | null): CatalogueEditionRecord {
  return {
    id: deps.ids.id(), tenantId: actor.tenantId, catalogueId, number, reason, status: 'draft', consentDate: null, consentDocument: null, consentRecordedAt: null,
    consentByPersonId: null, publishDueDate: null, publishTaskId: null, publishedAt: null, publishedByPersonId: null, createdAt: now.at.toISOString(),
    createdByPersonId: actor.personId, version: 1,
  };
}

export interface NewCatalogueItem {
  readonly title: string;
  readonly summary: string;
  readonly category: DecisionCategory;
  readonly matterKind: MatterKind;
  readonly leadBodyId: string;
  readonly coBodyIds: readonly string[];
  readonly plannedQuarter?: number | undefined;
}

/** 列入目录: into the edition being compiled (the first, or an adjustment); it takes effect with the party committee's consent. */
export async function addCatalogueItem(deps: ServiceDeps, actor: Actor, catalogueId: string, input: NewCatalogueItem): Promise<{ item: CatalogueItemRecord; verdicts: readonly Verdict[] }> {
  const now = decisionNow(deps);
  return deps.store.transaction(async (tx) => {
    const v = await decisionViewer(deps.store, tx, actor, now);
    requireOffice(v.office);
    const { catalogue, latest } = await loadCatalogue(tx, actor.tenantId, catalogueId);
    requireTransition(latest, 'add-item', '列入事项（请先提出目录调整）');
    const lead = v.bodies.find((b) => b.id === input.leadBodyId);
    if (!lead || !WORKING_KINDS.has(lead.kind)) throw invalid('leadBodyId', '决策承办单位须为县政府办公室、县政府部门、乡镇（街道）或第六十九条所列机构');
    for (const [i, id] of input.coBodyIds.entries()) {
      const co = v.bodies.find((b) => b.id === id);
      if (!co || !WORKING_KINDS.has(co.kind) || id === input.leadBodyId || input.coBodyIds.indexOf(id) !== i) throw invalid(`coBodyIds.${i}`, '协办单位不存在、重复或与承办单位相同');
    }
    const items = await tx.majorDecisions.items(actor.tenantId, catalogue.id);
    if (items.some((x) => x.title === input.title.trim() && x.withdrawnInEdition === null)) throw invalid('title', '目录中已有同名事项');
    const item: CatalogueItemRecord = {
      id: deps.ids.id(), tenantId: actor.tenantId, catalogueId: catalogue.id, seq: items.length + 1, title: input.title.trim(), summary: input.summary.trim(),
      category: input.category, matterKind: input.matterKind, leadBodyId: input.leadBodyId, coBodyIds: input.coBodyIds, plannedQuarter: input.plannedQuarter ?? null,
      addedInEdition: latest.number, withdrawnInEdition: null, withdrawReason: null, createdAt: now.at.toISOString(), createdByPersonId: actor.personId, version: 1,
    };
    await tx.majorDecisions.insertItem(item);
    const verdicts: Verdict[] = [now.packVerdict, {
      rule: 'decision.collective', outcome: 'allow', cites: ['yunyang-2025:24'],
      message: '第二十四条：列入目录的重大行政决策事项，须经县政府全体会议或常务会议讨论决定',
    }];
    await audit(tx, actor, now, 'decision-catalogue.item-added', catalogue.id, { itemId: item.id, seq: item.seq, title: item.title, edition: latest.number, matterKind: item.matterKind, category: item.category, leadBodyId: item.leadBodyId }, verdicts);
    return { item, verdicts };
  });
}

/** 调出目录: in an adjustment being compiled, with its reason; effective with the party committee's consent. */
export async function withdrawCatalogueItem(deps: ServiceDeps, actor: Actor, itemId: string, input: { reason: string }): Promise<{ item: CatalogueItemRecord; verdicts: readonly Verdict[] }> {
  const now = decisionNow(deps);
  return withRefusalRecorded(deps, actor, { type: 'decision-catalogue', id: null }, '调出目录事项', () => deps.store.transaction(async (tx) => {
    const v = await decisionViewer(deps.store, tx, actor, now);
    requireOffice(v.office);
    const item = await tx.majorDecisions.item(actor.tenantId, itemId);
    if (!item) throw notFound(DECISION_CATALOGUE_NOT_FOUND, '目录事项');
    const { editions, latest } = await loadCatalogue(tx, actor.tenantId, item.catalogueId);
    requireTransition(latest, 'withdraw-item', '调出事项（请先提出目录调整）');
    if (item.withdrawnInEdition !== null) throw new DomainError('CONFLICT', '该事项已调出目录');
    const verdict = catalogueAdjustment.check({ action: 'withdraw', reason: input.reason, previousPublished: true });
    const verdicts = [now.packVerdict, verdict];
    if (verdict.outcome === 'block') throw ruleBlocked(verdicts);
    const next: CatalogueItemRecord = { ...item, withdrawnInEdition: latest.number, withdrawReason: input.reason.trim(), version: item.version + 1 };
    if (!(await tx.majorDecisions.updateItem(next))) throw new DomainError('CONFLICT', '该事项已被他人更新，请刷新后重试');
    await audit(tx, actor, now, 'decision-catalogue.item-withdrawn', item.catalogueId, { itemId: item.id, title: item.title, edition: latest.number, reason: next.withdrawReason, standing: itemStanding(next, editions) }, verdicts);
    return { item: next, verdicts };
  }));
}

/** 调整目录: a new edition with its reason, once the current catalogue is published. */
export async function openCatalogueAdjustment(deps: ServiceDeps, actor: Actor, catalogueId: string, input: { reason: string }): Promise<{ edition: CatalogueEditionRecord; verdicts: readonly Verdict[] }> {
  const now = decisionNow(deps);
  return withRefusalRecorded(deps, actor, { type: 'decision-catalogue', id: catalogueId }, '调整决策事项目录', () => deps.store.transaction(async (tx) => {
    const v = await decisionViewer(deps.store, tx, actor, now);
    requireOffice(v.office);
    const { catalogue, latest } = await loadCatalogue(tx, actor.tenantId, catalogueId);
    const verdict = catalogueAdjustment.check({ action: 'open', reason: input.reason, previousPublished: latest.status === 'published' });
    const verdicts = [now.packVerdict, verdict];
    if (verdict.outcome === 'block') throw ruleBlocked(verdicts);
    const edition = newEdition(deps, actor, now, catalogue.id, latest.number + 1, input.reason.trim());
    await tx.majorDecisions.insertEdition(edition);
    await audit(tx, actor, now, 'decision-catalogue.adjustment-opened', catalogue.id, { edition: edition.number, reason: edition.reason }, verdicts);
    return { edition, verdicts };
  }));
}

async function loadEdition(tx: Tx, tenantId: string, editionId: string) {
  for (const c of await tx.majorDecisions.catalogues(tenantId)) {
    const editions = await tx.majorDecisions.editions(tenantId, c.id);
    const edition = editions.find((e) => e.id === editionId);
    if (edition) return { catalogue: c, edition, editions };
  }
  throw notFound(DECISION_CATALOGUE_NOT_FOUND, '目录版次');
}

/**
 * 记录县委同意 (条例第三条): the date and the document; the edition takes effect and the office gets a
 * 待办 to publish it within the pack's period.
 */
export async function recordCatalogueConsent(deps: ServiceDeps, actor: Actor, editionId: string, input: { date: string; document: string }): Promise<{ edition: CatalogueEditionRecord; verdicts: readonly Verdict[] }> {
  const now = decisionNow(deps);
  return withRefusalRecorded(deps, actor, { type: 'decision-catalogue', id: null }, '记录县委同意', () => deps.store.transaction(async (tx) => {
    const v = await decisionViewer(deps.store, tx, actor, now);
    requireOffice(v.office);
    const { catalogue, edition } = await loadEdition(tx, actor.tenantId, editionId);
    requireTransition(edition, 'consent', '记录县委同意');
    const items = await tx.majorDecisions.items(actor.tenantId, catalogue.id);
    const changes = items.filter((i) => (i.addedInEdition === edition.number && i.withdrawnInEdition !== edition.number) || (i.withdrawnInEdition === edition.number && i.addedInEdition < edition.number)).length;
    const label = editionLabel(catalogue.year, edition.number);
    const verdict = catalogueConsent.check({ action: 'consent', consented: false, changes, date: input.date, document: input.document, today: now.today, editionLabel: label });
    const verdicts = [now.packVerdict, verdict];
    if (verdict.outcome === 'block') throw ruleBlocked(verdicts);
    const task = await createTaskIn(deps, tx, actor, actor.tenantId, {
      title: `向社会公布${label}（条例第三条）`, kind: 'decision-catalogue-publish', sourceType: 'decision-catalogue', sourceId: catalogue.id,
      ownerPositionId: officePrincipal(v).id, period: { value: now.pack.numberParam('decision.cataloguePublishWorkdays'), unit: 'workday' },
    });
    const next: CatalogueEditionRecord = {
      ...edition, status: 'consented', consentDate: input.date, consentDocument: input.document.trim(), consentRecordedAt: now.at.toISOString(), consentByPersonId: actor.personId,
      publishDueDate: task.dueDate, publishTaskId: task.id, version: edition.version + 1,
    };
    if (!(await tx.majorDecisions.updateEdition(next))) throw new DomainError('CONFLICT', '目录已被他人更新，请刷新后重试');
    await audit(tx, actor, now, 'decision-catalogue.consent-recorded', catalogue.id, { edition: edition.number, date: next.consentDate, document: next.consentDocument, changes, publishDueDate: task.dueDate }, verdicts);
    return { edition: next, verdicts };
  }));
}

/** 向社会公布 (条例第三条): only with the consent on record; the portal shows the catalogue as published. */
export async function publishCatalogueEdition(deps: ServiceDeps, actor: Actor, editionId: string): Promise<{ edition: CatalogueEditionRecord; verdicts: readonly Verdict[] }> {
  const now = decisionNow(deps);
  return withRefusalRecorded(deps, actor, { type: 'decision-catalogue', id: null }, '公布决策事项目录', () => deps.store.transaction(async (tx) => {
    const v = await decisionViewer(deps.store, tx, actor, now);
    requireOffice(v.office);
    const { catalogue, edition } = await loadEdition(tx, actor.tenantId, editionId);
    const verdict = catalogueConsent.check({ action: 'publish', consented: edition.status !== 'draft', changes: 0, date: '', document: '', today: now.today, editionLabel: editionLabel(catalogue.year, edition.number) });
    const verdicts = [now.packVerdict, verdict];
    if (verdict.outcome === 'block') throw ruleBlocked(verdicts);
    requireTransition(edition, 'publish', '公布（已公布）');
    const next: CatalogueEditionRecord = { ...edition, status: 'published', publishedAt: now.at.toISOString(), publishedByPersonId: actor.personId, version: edition.version + 1 };
    if (!(await tx.majorDecisions.updateEdition(next))) throw new DomainError('CONFLICT', '目录已被他人更新，请刷新后重试');
    for (const t of await tx.tasks.openBySource(actor.tenantId, 'decision-catalogue', catalogue.id)) {
      if (t.id !== edition.publishTaskId) continue;
      await tx.tasks.update({ ...t, status: 'done', completedAt: now.at.toISOString(), completedByPersonId: actor.personId, completedByAccountId: actor.accountId, version: t.version + 1 });
      await tx.audit.append(actor.tenantId, { type: 'task.completed', at: now.at, actorAccountId: actor.accountId, actorPersonId: actor.personId, subjectType: 'task', subjectId: t.id, payload: { title: t.title, by: 'decision-catalogue' } });
    }
    await audit(tx, actor, now, 'decision-catalogue.published', catalogue.id, { edition: edition.number, publishedAt: next.publishedAt, dueDate: edition.publishDueDate }, verdicts);
    return { edition: next, verdicts };
  }));
}
