import { DomainError } from '../../core/kernel/result.ts';
import { isIsoDate, localDate } from '../../core/kernel/time.ts';
import { computeDeadline, daysBetween } from '../../core/calendar/index.ts';
import type { AuditEventType } from '../../core/audit/events.ts';
import type { Verdict } from '../../core/rules/rule.ts';
import { carryResolutions, checkContent } from '../../core/procedures/normative/content-check.ts';
import { decideTurn } from '../../core/procedures/normative/normative.decide.ts';
import type { NormativeCommandType } from '../../core/procedures/normative/normative.machine.ts';
import {
  assessment, completeness, consultationDone, contentCheck, deliberation, ending, fairCompetition, filingDeadline, filingPackage, legalityPackageRule,
  legalityPackage, legalityReview, legalityReviewTime, numbering, publication, signOff,
} from '../../core/procedures/normative/normative.rules.ts';
import { FILING_AUTHORITY_LABELS, type Channel, type CleanupResult, type FilingAuthority, type FilingItem, type NormativeEvidence } from '../../core/procedures/normative/normative.ts';
import { formatDocumentNumber, normativePrefix } from '../../core/procedures/documents/numbering.ts';
import { CONCLUSION_LABELS } from '../../core/procedures/meetings/discussion.ts';
import { decideTopicAdmission } from '../../core/procedures/meetings/meetings.decide.ts';
import { topicProposer } from '../../core/procedures/meetings/meetings.rules.ts';
import { topLevelBody } from '../../core/org/structure.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, NormativeFilingRecord, NormativeRecord, TopicRecord, Tx } from '../ports.ts';
import { ruleBlocked } from '../platform/errors.ts';
import { requirePack } from '../platform/pack-in-force.ts';
import { calendarFor } from '../calendar/calendar-provider.ts';
import { createTaskIn } from '../tasks/create-task.ts';
import { consultationEvidence, openConsultationIn } from '../consultations/consultations.ts';
import { officePost } from '../documents/document-context.ts';
import { readinessOf } from '../meetings/readiness.ts';
import { YUNYANG_2025_NORMATIVE_PHRASES } from '../../packs/yunyang-2025/normative-phrases.ts';
import { bodyWithDuty, closeTask, loadNormative, principalPostOf, saveNormative, standingOf, type Standing } from './normative-context.ts';

export type NormativeCommand =
  | { readonly type: 'draft'; readonly text: string; readonly explanation: string; readonly necessity: string; readonly feasibility: string }
  | { readonly type: 'resolve-flag'; readonly flagId: string; readonly reason: string }
  | { readonly type: 'open-consultation'; readonly opensAt?: string | undefined; readonly lastDay: string; readonly shortenedReason?: string | undefined }
  | { readonly type: 'conclude-consultation' }
  | { readonly type: 'competition-initial'; readonly opinion: string }
  | { readonly type: 'competition-review'; readonly outcome: 'pass' | 'fail'; readonly opinion: string }
  | { readonly type: 'submit-legality'; readonly legalBasis: string; readonly procedureStatement: string; readonly requestedDate?: string | undefined }
  | { readonly type: 'legality-opinion'; readonly outcome: 'lawful' | 'unlawful'; readonly opinion: string }
  | { readonly type: 'completeness'; readonly outcome: 'complete' | 'incomplete'; readonly note: string }
  | { readonly type: 'propose-topic'; readonly meetingKind: 'executive' | 'plenary'; readonly summary: string; readonly recommendation: string }
  | { readonly type: 'record-deliberation' }
  | { readonly type: 'sign' }
  | { readonly type: 'number' }
  | { readonly type: 'publish'; readonly channels: readonly Channel[]; readonly effectiveDate?: string | undefined; readonly validUntil?: string | undefined }
  | { readonly type: 'file'; readonly authority: FilingAuthority; readonly items: readonly FilingItem[]; readonly receipt?: string | undefined }
  | { readonly type: 'cleanup'; readonly campaign: string; readonly result: CleanupResult; readonly note: string; readonly decisionRef?: string | undefined }
  | { readonly type: 'repeal'; readonly reason: string; readonly decisionRef: string }
  | { readonly type: 'expire'; readonly reason: string };

const EVENTS: Readonly<Record<NormativeCommandType, AuditEventType>> = {
  draft: 'normative.drafted', 'resolve-flag': 'normative.flag-resolved', 'open-consultation': 'normative.consultation-opened', 'conclude-consultation': 'normative.consultation-concluded',
  'competition-initial': 'normative.competition-initial', 'competition-review': 'normative.competition-reviewed', 'submit-legality': 'normative.legality-submitted',
  'legality-opinion': 'normative.legality-reviewed', completeness: 'normative.completeness-checked', 'propose-topic': 'normative.topic-proposed',
  'record-deliberation': 'normative.deliberated', sign: 'normative.signed', number: 'normative.numbered', publish: 'normative.published', file: 'normative.filed',
  cleanup: 'normative.cleanup-reviewed', repeal: 'normative.ended', expire: 'normative.ended',
};

function invalid(field: string, message: string): DomainError {
  return new DomainError('VALIDATION_FAILED', `字段 ${field}：${message}`, { fields: [field] });
}

interface Step {
  next: NormativeRecord;
  verdicts: Verdict[];
  payload: Record<string, unknown>;
  onBehalfOf?: string | null;
}

/**
 * Every step of a normative document after 立项, each a guarded transition (the table in
 * `normative.machine.ts`): load → check the turn (`normative.step-order`) and who acts → the step's
 * rules → save with its evidence and the audit event, in one transaction. A refused step changes
 * nothing.
 */
export async function actOnNormative(deps: ServiceDeps, actor: Actor, id: string, command: NormativeCommand): Promise<{ document: NormativeRecord; verdicts: readonly Verdict[] }> {
  const at = deps.clock.now();
  const { pack, verdict } = requirePack(deps, at);
  const offset = pack.utcOffsetMinutes;
  const today = localDate(at, offset);
  return deps.store.transaction(async (tx) => {
    const doc = await loadNormative(tx, actor.tenantId, id);
    const turn = decideTurn(doc, command.type);
    if (!turn.ok) throw ruleBlocked([verdict, turn.verdict]);
    const me = await standingOf(deps, tx, actor, at, offset);
    const base: NormativeRecord = { ...doc, status: turn.to, updatedAt: at.toISOString(), version: doc.version + 1 };
    const signed = { byPersonId: actor.personId, byName: me.name, at: at.toISOString() };
    const ev = doc.evidence;
    const withEvidence = (patch: Partial<NormativeEvidence>, extra: Partial<NormativeRecord> = {}): NormativeRecord => ({ ...base, ...extra, evidence: { ...ev, ...patch } });
    const step = await (async (): Promise<Step> => {
      switch (command.type) {
        case 'draft': {
          requireDrafter(doc, me);
          const a = assessment.check({ necessity: command.necessity, feasibility: command.feasibility });
          if (a.outcome === 'block') throw ruleBlocked([verdict, a]);
          const flags = carryResolutions(checkContent(command.text, YUNYANG_2025_NORMATIVE_PHRASES), ev.flags);
          const c = contentCheck.check({ flags, advancing: false });
          const draft = { ...signed, text: command.text.trim(), explanation: command.explanation.trim(), necessity: command.necessity.trim(), feasibility: command.feasibility.trim() };
          return { next: withEvidence({ draft, flags }), verdicts: [verdict, a, c], payload: { flags: flags.map((f) => ({ id: f.id, category: f.category, matched: f.matched, resolved: f.resolution !== null })) } };
        }
        case 'resolve-flag': {
          const justice = await bodyWithDuty(tx, actor.tenantId, 'justice');
          if (!me.bodyIds.has(doc.leadBodyId) && !(justice && me.bodyIds.has(justice.id))) throw ruleBlocked([verdict, { rule: 'normative.content-check', outcome: 'block', cites: ['yunyang-2025:19'], message: '第十九条：疑似表述由起草部门或县司法局的人员确认——您不在起草部门或县司法局' }]);
          const flag = ev.flags.find((f) => f.id === command.flagId);
          if (!flag) throw invalid('flagId', '没有该条疑似表述');
          if (flag.resolution) throw new DomainError('CONFLICT', '该条疑似表述已确认');
          if ([...command.reason.trim()].length < 6) throw invalid('reason', '请写明确认的理由（不少于6字），如所依据的法律、法规条款或已作的修改');
          const flags = ev.flags.map((f) => (f.id === flag.id ? { ...f, resolution: { reason: command.reason.trim(), byPersonId: actor.personId, byName: me.name, at: at.toISOString() } } : f));
          const c = contentCheck.check({ flags, advancing: false });
          return { next: withEvidence({ flags }), verdicts: [verdict, c], payload: { flagId: flag.id, matched: flag.matched, reason: command.reason.trim(), by: me.name } };
        }
        case 'open-consultation': {
          requireDrafter(doc, me);
          const c = contentCheck.check({ flags: ev.flags, advancing: true });
          if (c.outcome === 'block') throw ruleBlocked([verdict, c]);
          const draft = ev.draft!;
          const opened = await openConsultationIn(deps, tx, actor, {
            subjectType: 'normative', subjectId: doc.id, title: `关于《${doc.title}（征求意见稿）》公开征求意见`, draftText: draft.text, explanation: draft.explanation,
            draftingBodyId: doc.leadBodyId, opensAt: command.opensAt ?? at.toISOString(), lastDay: command.lastDay, affectsMarket: doc.affectsMarket,
            ...(command.shortenedReason !== undefined ? { shortenedReason: command.shortenedReason } : {}),
          });
          return { next: withEvidence({ consultationId: opened.consultation.id }), verdicts: [verdict, c, ...opened.verdicts.filter((x) => x.rule !== 'pack.in-force')], payload: { consultationId: opened.consultation.id, lastDay: opened.consultation.lastDay } };
        }
        case 'conclude-consultation': {
          requireDrafter(doc, me);
          const e = ev.consultationId ? await consultationEvidence(tx, actor.tenantId, ev.consultationId, at) : { state: 'missing' as const, detail: '尚未公开征求意见', comments: 0, closesAt: null, feedbackPublishedAt: null };
          const c = consultationDone.check({ state: e.state, detail: e.detail });
          if (c.outcome === 'block') throw ruleBlocked([verdict, c]);
          return { next: withEvidence({ consultation: { detail: e.detail, comments: e.comments, closesAt: e.closesAt, feedbackPublishedAt: e.feedbackPublishedAt, at: at.toISOString() } }), verdicts: [verdict, c], payload: { detail: e.detail } };
        }
        case 'competition-initial': {
          requireDrafter(doc, me);
          const c = fairCompetition.check({ affectsMarket: doc.affectsMarket, command: 'competition-initial', actorInMarketBody: false, initialDone: false, reviewOutcome: null });
          if (c.outcome === 'block') throw ruleBlocked([verdict, c]);
          requireText('opinion', command.opinion, 10, '初审意见');
          return { next: withEvidence({ competitionInitial: { ...signed, opinion: command.opinion.trim() }, competitionReview: null }), verdicts: [verdict, c], payload: { opinion: command.opinion.trim() } };
        }
        case 'competition-review': {
          const market = await bodyWithDuty(tx, actor.tenantId, 'market-regulation');
          const c = fairCompetition.check({ affectsMarket: doc.affectsMarket, command: 'competition-review', actorInMarketBody: market !== undefined && me.bodyIds.has(market.id), initialDone: ev.competitionInitial !== null, reviewOutcome: null });
          if (c.outcome === 'block') throw ruleBlocked([verdict, c]);
          requireText('opinion', command.opinion, 10, '审查意见');
          const after = fairCompetition.check({ affectsMarket: true, command: 'advance', actorInMarketBody: true, initialDone: true, reviewOutcome: command.outcome });
          return {
            next: withEvidence({ competitionReview: { ...signed, outcome: command.outcome, opinion: command.opinion.trim(), bodyName: market!.name } }),
            verdicts: [verdict, c, ...(command.outcome === 'fail' ? [{ ...after, outcome: 'warn' as const }] : [after])], payload: { outcome: command.outcome, opinion: command.opinion.trim() },
          };
        }
        case 'submit-legality': {
          requireDrafter(doc, me);
          const verdicts: Verdict[] = [verdict];
          verdicts.push(contentCheck.check({ flags: ev.flags, advancing: true }));
          verdicts.push(fairCompetition.check({ affectsMarket: doc.affectsMarket, command: 'advance', actorInMarketBody: false, initialDone: ev.competitionInitial !== null, reviewOutcome: ev.competitionReview?.outcome ?? null }));
          const pkg = { affectsMarket: doc.affectsMarket, hasDraft: ev.draft !== null, hasExplanation: (ev.draft?.explanation ?? '').length >= 10, legalBasis: command.legalBasis, procedureStatement: command.procedureStatement, consultationReported: ev.consultation !== null, competitionReported: ev.competitionReview?.outcome === 'pass' };
          verdicts.push(legalityPackageRule.check(pkg));
          const workdays = pack.numberParam('normative.legalityReviewMinWorkdays');
          const calendar = await calendarFor(deps.store, tx, actor.tenantId);
          const min = computeDeadline(calendar, { start: today, period: workdays, unit: 'workday', clockStops: [] });
          if (!min.ok) throw new DomainError('VALIDATION_FAILED', min.error.join('；'));
          if (command.requestedDate !== undefined && !isIsoDate(command.requestedDate)) throw invalid('requestedDate', '须为真实存在的日期，格式如 2025-12-03');
          verdicts.push(legalityReviewTime.check({ requestedDate: command.requestedDate ?? null, minimumDueDate: min.value.dueDate, minimumWorkdays: workdays, summary: min.value.summary }));
          if (verdicts.some((x) => x.outcome === 'block')) throw ruleBlocked(verdicts);
          const justice = await bodyWithDuty(tx, actor.tenantId, 'justice');
          const reviewer = justice ? await principalPostOf(tx, actor.tenantId, justice.id) : undefined;
          if (!reviewer) throw new DomainError('RULE_BLOCKED', '第二十条：未设县司法局（合法性审查机构）或其主要负责人岗位，无法送审');
          const dueDate = command.requestedDate ?? min.value.dueDate;
          const task = await createTaskIn(deps, tx, actor, actor.tenantId, { title: `合法性审查：《${doc.title}》`, kind: 'normative-legality', ownerPositionId: reviewer.id, sourceType: 'normative', sourceId: doc.id, dueDate });
          const { items } = legalityPackage(pkg);
          const legality = {
            submittedAt: at.toISOString(), submittedBy: me.name, legalBasis: command.legalBasis.trim(), procedureStatement: command.procedureStatement.trim(), package: items,
            minimumDueDate: min.value.dueDate, minimumSummary: min.value.summary, minimumWorkdays: workdays, dueDate, taskId: task.id,
          };
          return { next: withEvidence({ legality, legalityOpinion: null }), verdicts, payload: { dueDate, minimumDueDate: min.value.dueDate, package: items } };
        }
        case 'legality-opinion': {
          const justice = await bodyWithDuty(tx, actor.tenantId, 'justice');
          const r = legalityReview.check({ actorInJustice: justice !== undefined && me.bodyIds.has(justice.id), outcome: command.outcome });
          if (r.outcome === 'block') throw ruleBlocked([verdict, r]);
          requireText('opinion', command.opinion, 10, '审查意见');
          await closeTask(tx, actor, ev.legality?.taskId ?? null, at);
          const opinion = { ...signed, outcome: command.outcome, opinion: command.opinion.trim() };
          return command.outcome === 'lawful'
            ? { next: withEvidence({ legalityOpinion: opinion }), verdicts: [verdict, r], payload: { outcome: 'lawful', opinion: opinion.opinion } }
            : { next: { ...withEvidence({ legalityOpinion: null, legalityHistory: [...ev.legalityHistory, opinion] }), status: 'consulted' }, verdicts: [verdict, r], payload: { outcome: 'unlawful', opinion: opinion.opinion } };
        }
        case 'completeness': {
          const r = completeness.check({ actorIsOffice: actor.roles.includes('office'), outcome: command.outcome });
          if (r.outcome === 'block') throw ruleBlocked([verdict, r]);
          requireText('note', command.note, 4, '审核意见');
          const rec = { ...signed, outcome: command.outcome, note: command.note.trim() };
          return { next: { ...withEvidence({ completeness: rec }), status: command.outcome === 'complete' ? 'checked' : 'legality-passed' }, verdicts: [verdict, r], payload: { outcome: command.outcome, note: rec.note } };
        }
        case 'propose-topic':
          return proposeTopic(deps, tx, actor, doc, base, me, command, at, verdict);
        case 'record-deliberation': {
          if (!actor.roles.includes('office')) throw new DomainError('FORBIDDEN', '会议结论由县政府办公室登记');
          const topic = doc.topicId ? await tx.meetings.topic(actor.tenantId, doc.topicId) : undefined;
          const meeting = topic?.meetingId ? await tx.meetings.get(actor.tenantId, topic.meetingId) : undefined;
          const record = topic ? await tx.meetingRecords.discussion(actor.tenantId, topic.id) : undefined;
          const conclusion = record?.conclusion ?? null;
          const r = deliberation.check({ topicId: topic?.id ?? null, meetingKind: meeting?.kind ?? null, meetingHeld: conclusion !== null, outcome: conclusion?.outcome ?? null });
          if (r.outcome === 'block') throw ruleBlocked([verdict, r]);
          const d = { topicId: topic!.id, meetingId: meeting!.id, meetingKind: meeting!.kind, meetingDate: meeting!.date, outcome: CONCLUSION_LABELS[conclusion!.outcome], conclusion: conclusion!.text, recordedBy: me.name, at: at.toISOString() };
          return { next: withEvidence({ deliberation: d }), verdicts: [verdict, r], payload: { topicId: d.topicId, meetingId: d.meetingId, outcome: d.outcome } };
        }
        case 'sign': {
          const r = signOff.check({ actsForHead: me.actsForHead });
          if (r.outcome === 'block') throw ruleBlocked([verdict, r]);
          const onBehalfOf = me.countyHeadPositionId ? (me.onBehalfOf[me.countyHeadPositionId] ?? null) : null;
          const onBehalfOfName = onBehalfOf ? ((await tx.org.person(actor.tenantId, onBehalfOf))?.name ?? null) : null;
          return { next: withEvidence({ signOff: { ...signed, onBehalfOfName } }), verdicts: [verdict, r], payload: { onBehalfOf: onBehalfOfName }, onBehalfOf };
        }
        case 'number': {
          if (!actor.roles.includes('office')) throw new DomainError('FORBIDDEN', '规范性文件由县政府办公室统一编号');
          const issuerBody = (await tx.org.bodies(actor.tenantId)).find((b) => b.kind === (doc.issuer === 'government' ? 'government' : 'office'));
          if (!issuerBody?.docPrefix) throw new DomainError('RULE_BLOCKED', `未设${doc.issuer === 'government' ? '县政府' : '县政府办公室'}的机关代字，无法编号`);
          const prefix = normativePrefix(issuerBody.docPrefix);
          const r = numbering.check({ issuer: doc.issuer, prefix });
          if (r.outcome === 'block') throw ruleBlocked([verdict, r]);
          // One gapless sequence per 代字 and year, shared with the 发文 register (a 规范性文件 drafted as a 发文 takes from it too).
          const year = Number(today.slice(0, 4));
          const seq = await tx.documents.takeNumber(actor.tenantId, prefix, year);
          const docNumber = formatDocumentNumber(prefix, year, seq);
          const numberId = deps.ids.id();
          await tx.documents.insertNumber({ id: numberId, tenantId: actor.tenantId, prefix, year, seq, docNumber, documentId: doc.id, title: doc.title, status: 'assigned', assignedAt: at.toISOString(), assignedByPersonId: actor.personId, voidedAt: null, voidReason: null });
          return { next: withEvidence({ number: { docNumber, prefix, year, seq, numberId } }, { docNumber }), verdicts: [verdict, { ...r, message: `${r.message}：${docNumber}` }], payload: { docNumber } };
        }
        case 'publish':
          return publish(deps, tx, actor, doc, base, signed, command, today, verdict);
        case 'file':
          return file(tx, actor, doc, base, command, today, at, pack.numberParam(command.authority === 'npc' ? 'normative.npcFilingDays' : 'normative.cityFilingDays'), verdict);
        case 'cleanup': {
          const r = ending.check({ kind: 'cleanup', decisionRef: command.decisionRef ?? '', reason: command.note, result: command.result });
          if (r.outcome === 'block') throw ruleBlocked([verdict, r]);
          requireText('campaign', command.campaign, 4, '清理批次');
          const cleanups = [...ev.cleanups, { ...signed, campaign: command.campaign.trim(), result: command.result, note: command.note.trim() }];
          const end = command.result === 'repeal' || command.result === 'expire'
            ? { ending: { ...signed, kind: command.result === 'repeal' ? 'repealed' as const : 'expired' as const, reason: command.note.trim(), decisionRef: (command.decisionRef ?? '').trim(), byDocumentId: null } }
            : {};
          const status = command.result === 'repeal' ? 'repealed' : command.result === 'expire' ? 'expired' : doc.status;
          return { next: { ...withEvidence({ cleanups, ...end }), status }, verdicts: [verdict, r], payload: { campaign: command.campaign.trim(), result: command.result, note: command.note.trim() } };
        }
        case 'repeal':
        case 'expire': {
          const r = ending.check({ kind: command.type, decisionRef: command.type === 'repeal' ? command.decisionRef : '', reason: command.reason });
          if (r.outcome === 'block') throw ruleBlocked([verdict, r]);
          const kind = command.type === 'repeal' ? 'repealed' as const : 'expired' as const;
          return { next: withEvidence({ ending: { ...signed, kind, reason: command.reason.trim(), decisionRef: command.type === 'repeal' ? command.decisionRef.trim() : '', byDocumentId: null } }), verdicts: [verdict, r], payload: { kind, reason: command.reason.trim() } };
        }
      }
    })();
    await saveNormative(tx, actor, at, step.next, { type: EVENTS[command.type], payload: step.payload, verdicts: step.verdicts, onBehalfOfPersonId: step.onBehalfOf ?? null });
    return { document: step.next, verdicts: step.verdicts };
  });
}

function requireText(field: string, value: string, min: number, what: string): void {
  if ([...value.trim()].length < min) throw invalid(field, `请填写${what}（不少于${min}字）`);
}

/** The drafting department (主办) acts for its steps (art. 19): someone acting for one of its posts. */
function requireDrafter(doc: NormativeRecord, me: Standing): void {
  if (!me.bodyIds.has(doc.leadBodyId)) {
    throw ruleBlocked([{ rule: 'normative.drafting-designation', outcome: 'block', cites: ['yunyang-2025:19'], message: '第十九条：此环节由县政府指定的起草（主办）部门办理——您不在该部门' }]);
  }
}

/** The post the actor proposes through (a county leader's, a unit principal's, the office director's), as `proposeTopic` in the meetings does. */
async function proposeTopic(
  deps: ServiceDeps, tx: Tx, actor: Actor, doc: NormativeRecord, base: NormativeRecord, me: Standing,
  command: Extract<NormativeCommand, { type: 'propose-topic' }>, at: Date, packVerdict: Verdict,
): Promise<Step> {
  if (doc.topicId) {
    const old = await tx.meetings.topic(actor.tenantId, doc.topicId);
    if (old && ['proposed', 'admitted', 'scheduled', 'discussed'].includes(old.status)) throw new DomainError('CONFLICT', `该规范性文件已提请会议审议（议题：${old.title}）`);
  }
  const [positions, bodies] = await Promise.all([tx.org.positions(actor.tenantId), tx.org.bodies(actor.tenantId)]);
  const order = ['county-head', 'acting-county-head', 'executive-deputy', 'deputy', 'party-member', 'office-director', 'principal'];
  const post = positions.filter((p) => me.positionIds.includes(p.id)).sort((a, b) => ((order.indexOf(a.kind) + 100) % 100) - ((order.indexOf(b.kind) + 100) % 100))[0];
  const body = post ? topLevelBody(bodies, post.bodyId) : undefined;
  const v = topicProposer.check({ proposerKind: post?.kind ?? null, bodyKind: body?.kind ?? null, meetingKind: command.meetingKind, leaderInCharge: null });
  if (v.outcome === 'block' || !post || !actor.personId) throw ruleBlocked([packVerdict, v]);
  requireText('summary', command.summary, 20, '议题的背景、问题和依据');
  requireText('recommendation', command.recommendation, 6, '提请会议研究决定的具体意见');
  const topic: TopicRecord = {
    id: deps.ids.id(), tenantId: actor.tenantId, meetingKind: command.meetingKind, meetingId: null, specialChairPositionId: null, title: `关于审议《${doc.title}》的议题`,
    facts: { summary: command.summary.trim(), recommendation: command.recommendation.trim(), unresolvedDisagreement: false, withinOwnAuthority: false, coordinated: true, category: 'normative' },
    materials: [], proposerPersonId: actor.personId, proposerPositionId: post.id, status: 'proposed', verdicts: [], decidedByPersonId: null, decidedOnBehalfOf: null,
    decisionNote: null, sourceType: 'normative', sourceId: doc.id, createdAt: at.toISOString(), version: 1, keyWorkItemId: null,
  };
  const next: NormativeRecord = { ...base, topicId: topic.id };
  // The 县长 sees the readiness at once (art. 20); the admission asks it again.
  const preview = decideTopicAdmission(topic.facts, await readinessOf(tx, topic));
  const saved = { ...topic, verdicts: preview.verdicts };
  await tx.meetings.insertTopic(saved);
  const verdicts = [packVerdict, v, ...preview.verdicts];
  await tx.audit.append(actor.tenantId, {
    type: 'topic.proposed', at, actorAccountId: actor.accountId, actorPersonId: actor.personId, onBehalfOfPersonId: me.onBehalfOf[post.id] ?? null,
    subjectType: 'topic', subjectId: saved.id, payload: { title: saved.title, meetingKind: saved.meetingKind, category: 'normative', sourceType: 'normative', sourceId: doc.id }, verdicts,
  });
  return { next, verdicts, payload: { topicId: topic.id, meetingKind: command.meetingKind } };
}

async function publish(
  deps: ServiceDeps, tx: Tx, actor: Actor, doc: NormativeRecord, base: NormativeRecord, signed: { byPersonId: string | null; byName: string; at: string },
  command: Extract<NormativeCommand, { type: 'publish' }>, today: string, packVerdict: Verdict,
): Promise<Step> {
  if (!actor.roles.includes('office')) throw new DomainError('FORBIDDEN', '规范性文件由县政府办公室统一印发和公开');
  const at = new Date(signed.at);
  const { pack } = requirePack(deps, at);
  for (const [field, value] of [['effectiveDate', command.effectiveDate], ['validUntil', command.validUntil]] as const) {
    if (value !== undefined && !isIsoDate(value)) throw invalid(field, '须为真实存在的日期，格式如 2025-12-03');
  }
  const effectiveDate = command.effectiveDate ?? today;
  const r = publication.check({ channels: command.channels, publishedDate: today, effectiveDate });
  if (r.outcome === 'block') throw ruleBlocked([packVerdict, r]);
  if (command.validUntil !== undefined && command.validUntil <= effectiveDate) throw invalid('validUntil', '有效期截止日须晚于施行日期');
  const verdicts: Verdict[] = [packVerdict, r];
  // Filings owed from publication (arts. 18, 34), each a 待办 of the office, escalated when overdue.
  const office = await officePost(tx, actor.tenantId);
  const calendar = await calendarFor(deps.store, tx, actor.tenantId);
  for (const authority of ['npc', 'city'] as const) {
    const days = pack.numberParam(authority === 'npc' ? 'normative.npcFilingDays' : 'normative.cityFilingDays');
    const due = computeDeadline(calendar, { start: today, period: days, unit: 'day', clockStops: [] });
    if (!due.ok) throw new DomainError('VALIDATION_FAILED', due.error.join('；'));
    const task = await createTaskIn(deps, tx, actor, actor.tenantId, {
      title: `报${FILING_AUTHORITY_LABELS[authority]}备案：${doc.docNumber ?? ''}《${doc.title}》`, kind: 'normative-filing', ownerPositionId: office.positionId,
      sourceType: 'normative', sourceId: doc.id, period: { value: days, unit: 'day', start: today },
    });
    const filing: NormativeFilingRecord = {
      id: deps.ids.id(), tenantId: actor.tenantId, documentId: doc.id, authority, dueDate: task.dueDate ?? due.value.dueDate, dueAt: task.dueAt ?? '', dueSummary: due.value.summary,
      taskId: task.id, filedDate: null, filedAt: null, items: [], receipt: null, lateDays: null, filedByPersonId: null, version: 1,
    };
    await tx.normative.insertFiling(filing);
    verdicts.push({ rule: 'normative.filing-deadline', outcome: 'allow', cites: authority === 'npc' ? ['yunyang-2025:18', 'yunyang-2025:34', 'cq-filing-review-2022:14'] : ['yunyang-2025:18'], message: `第十八条：应自公布之日起${days}日内报${FILING_AUTHORITY_LABELS[authority]}备案，至${filing.dueDate}（${due.value.summary}）` });
  }
  // An amending document's publication marks the one it amends 已修改 (art. 18).
  if (doc.amendsId) {
    const old = await tx.normative.get(actor.tenantId, doc.amendsId);
    if (old && (old.status === 'published' || old.status === 'filed')) {
      const ended: NormativeRecord = {
        ...old, status: 'amended', updatedAt: signed.at, version: old.version + 1,
        evidence: { ...old.evidence, ending: { ...signed, kind: 'amended', reason: `经修改，以${doc.docNumber ?? ''}《${doc.title}》重新公布`, decisionRef: doc.docNumber ?? '', byDocumentId: doc.id } },
      };
      await saveNormative(tx, actor, at, ended, { type: 'normative.ended', payload: { kind: 'amended', byDocumentId: doc.id }, verdicts: [{ rule: 'normative.ending', outcome: 'allow', cites: ['yunyang-2025:18'], message: `第十八条：已由${doc.docNumber ?? ''}修改` }] });
    }
  }
  const next: NormativeRecord = {
    ...base, publishedDate: today,
    evidence: { ...doc.evidence, publication: { ...signed, publishedDate: today, channels: [...command.channels], effectiveDate, validUntil: command.validUntil ?? null } },
  };
  return { next, verdicts, payload: { publishedDate: today, effectiveDate, channels: command.channels } };
}

async function file(
  tx: Tx, actor: Actor, doc: NormativeRecord, base: NormativeRecord, command: Extract<NormativeCommand, { type: 'file' }>, today: string, at: Date, days: number, packVerdict: Verdict,
): Promise<Step> {
  if (!actor.roles.includes('office')) throw new DomainError('FORBIDDEN', '规范性文件由县政府办公室报送备案');
  const filings = await tx.normative.filings(actor.tenantId, doc.id);
  const filing = filings.find((f) => f.authority === command.authority);
  if (!filing) throw new DomainError('FILING_NOT_FOUND', '没有该备案事项');
  if (filing.filedDate) throw new DomainError('CONFLICT', `已于${filing.filedDate}报${FILING_AUTHORITY_LABELS[command.authority]}备案`);
  const p = filingPackage.check({ items: command.items });
  if (p.outcome === 'block') throw ruleBlocked([packVerdict, p]);
  const lateDays = Math.max(0, daysBetween(filing.dueDate, today));
  const d = filingDeadline.check({ authority: command.authority, dueDate: filing.dueDate, filedDate: today, days, lateDays });
  await closeTask(tx, actor, filing.taskId, at);
  const saved: NormativeFilingRecord = { ...filing, filedDate: today, filedAt: at.toISOString(), items: [...command.items], receipt: command.receipt?.trim() || null, lateDays, filedByPersonId: actor.personId, version: filing.version + 1 };
  if (!(await tx.normative.updateFiling(saved))) throw new DomainError('CONFLICT', '备案记录已被他人更新，请刷新后重试');
  const allFiled = filings.every((f) => f.id === filing.id || f.filedDate !== null);
  return { next: { ...base, status: allFiled ? 'filed' : 'published' }, verdicts: [packVerdict, p, d], payload: { authority: command.authority, filedDate: today, dueDate: filing.dueDate, lateDays, items: command.items } };
}
