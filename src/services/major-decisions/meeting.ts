/**
 * The dossier at the meeting (arts. 6, 24; 条例第二十九条、第三十条、第三十七条): put forward as a topic
 * of a 常务会议 or 全体会议 only when every statutory step is done; the decision recorded only from
 * that topic's discussion record and conclusion; a change to a decision in force likewise.
 */
import { DomainError } from '../../core/kernel/result.ts';
import { topLevelBody } from '../../core/org/index.ts';
import { CONCLUSION_LABELS, OPINION_LABELS, tally, type Conclusion, type Speech } from '../../core/procedures/meetings/discussion.ts';
import { decideTopicAdmission } from '../../core/procedures/meetings/meetings.decide.ts';
import { topicProposer } from '../../core/procedures/meetings/meetings.rules.ts';
import { MEETING_KIND_LABELS } from '../../core/procedures/meetings/meetings.ts';
import type { DossierCommandType } from '../../core/procedures/major-decisions/major-decisions.machine.ts';
import { readinessOf } from '../../core/procedures/major-decisions/major-decisions.decide.ts';
import { changeProcedure, collectiveDecision, discussionRecord, filled, undertakingUnit } from '../../core/procedures/major-decisions/major-decisions.rules.ts';
import { CHANGE_KIND_LABELS, type ChangeKind, type DecisionRecordData } from '../../core/procedures/major-decisions/major-decisions.ts';
import { permits, type Verdict } from '../../core/rules/rule.ts';
import type { ServiceDeps } from '../context.ts';
import type { Actor, MajorDecisionRecord, MeetingRecord, PositionRecord, TopicRecord, Tx } from '../ports.ts';
import { ruleBlocked } from '../platform/errors.ts';
import { createTaskIn } from '../tasks/create-task.ts';
import { actOnDossier, type ActContext } from './act.ts';
import { bodyName, closeTasks, invalid, loadDossier, officePrincipal, postFor, type DecisionViewer } from './decision-context.ts';
import { evaluateDossier } from './dossier-state.ts';
import { closeOpenTasks, setPublishedStatus } from './published.ts';

const PROPOSER_ORDER = ['county-head', 'acting-county-head', 'executive-deputy', 'deputy', 'party-member', 'office-director', 'principal'];

/** The post the actor proposes through (arts. 46, 47): a county leader's, the office director's, or a unit principal's. */
function proposerPost(v: DecisionViewer): PositionRecord | undefined {
  return v.positions.filter((p) => v.positionIds.includes(p.id) && PROPOSER_ORDER.includes(p.kind)).sort((a, b) => PROPOSER_ORDER.indexOf(a.kind) - PROPOSER_ORDER.indexOf(b.kind))[0];
}

/**
 * Who may put the dossier to a meeting: a county leader, the office director, or the principal of a
 * unit answering for the decision (the undertaking unit; for a change also the execution unit).
 */
function proposer(v: DecisionViewer, units: readonly string[], action: string): { post: PositionRecord | undefined; verdicts: Verdict[] } {
  const post = proposerPost(v);
  const body = post ? topLevelBody(v.bodies, post.bodyId) : undefined;
  const rule = topicProposer.check({ proposerKind: post?.kind ?? null, bodyKind: body?.kind ?? null, meetingKind: 'executive', leaderInCharge: null });
  const verdicts = [rule];
  if (rule.outcome !== 'block' && post?.kind === 'principal' && body && !units.includes(body.id)) {
    verdicts.push(undertakingUnit.check({ role: 'other', bodyName: units.map((u) => bodyName(v, u)).join('、'), action }));
  }
  return { post, verdicts };
}

async function insertTopic(deps: ServiceDeps, tx: Tx, actor: Actor, c: ActContext, post: PositionRecord, input: { meetingKind: 'executive' | 'plenary'; title: string; summary: string; recommendation: string; materials: readonly string[]; readiness: ReturnType<typeof readinessOf> }): Promise<TopicRecord> {
  if (!actor.personId) throw new DomainError('FORBIDDEN', '账号未关联人员，不能提出议题');
  const facts = { summary: input.summary.trim(), recommendation: input.recommendation.trim(), unresolvedDisagreement: false, withinOwnAuthority: false, coordinated: true, category: 'major-decision' as const };
  const preview = decideTopicAdmission(facts, input.readiness);
  const topic: TopicRecord = {
    id: deps.ids.id(), tenantId: actor.tenantId, meetingKind: input.meetingKind, meetingId: null, specialChairPositionId: null, title: input.title.trim(), facts,
    materials: input.materials, proposerPersonId: actor.personId, proposerPositionId: post.id, status: 'proposed', verdicts: preview.verdicts, decidedByPersonId: null,
    decidedOnBehalfOf: null, decisionNote: null, sourceType: 'major-decision', sourceId: c.dossier.id, createdAt: c.now.at.toISOString(), version: 1, keyWorkItemId: null,
  };
  if (!preview.ok) throw ruleBlocked([c.now.packVerdict, ...preview.verdicts], '议题不符合上会条件');
  await tx.meetings.insertTopic(topic);
  await tx.audit.append(actor.tenantId, {
    type: 'topic.proposed', at: c.now.at, actorAccountId: actor.accountId, actorPersonId: actor.personId, onBehalfOfPersonId: c.viewer.onBehalfOf[post.id] ?? null,
    subjectType: 'topic', subjectId: topic.id, payload: { title: topic.title, meetingKind: topic.meetingKind, category: 'major-decision', sourceType: 'major-decision', sourceId: c.dossier.id },
    verdicts: preview.verdicts,
  });
  return topic;
}

export interface SubmitInput {
  readonly meetingKind: 'executive' | 'plenary';
  readonly title?: string | undefined;
  readonly summary: string;
  readonly recommendation: string;
}

/**
 * 提请会议讨论 (条例第二十九条、第三十条): every statutory step done (else refused, each missing step
 * with its article); the topic carries the materials of 条例第二十九条 and waits for the 县长 to admit
 * it — the meetings module asks this dossier again through the readiness port.
 */
export async function submitToMeeting(deps: ServiceDeps, actor: Actor, id: string, input: SubmitInput) {
  return actOnDossier(deps, actor, id, 'submit', '提请会议讨论', async (c) => {
    const who = proposer(c.viewer, [c.dossier.leadBodyId], '提请会议讨论');
    const expertMinOpinions = c.now.pack.numberParam('decision.expertMinOpinions');
    const evaluation = await evaluateDossier(c.tx, c.dossier, { now: c.now.at, expertMinOpinions });
    const collective = collectiveDecision.check({ meetingKind: input.meetingKind, linked: true, stage: 'submit', concluded: false });
    const verdicts = [...who.verdicts, ...evaluation.requirements.map((r) => r.verdict), collective];
    if (!permits(verdicts) || !who.post) throw ruleBlocked([c.now.packVerdict, ...verdicts], '法定程序尚未完成，不能提请会议讨论');
    const materials = [
      `决策草案（第${c.dossier.draftVersion}稿）及起草说明${c.dossier.affectsMarket ? '，公平竞争审查情况' : ''}`,
      '社会公众提出的主要意见的研究采纳情况', '专家论证意见的研究采纳情况', '风险评估报告', '合法性审查意见',
      ...(c.dossier.concernedBodyIds.length > 0 ? ['有关部门和乡镇（街道）意见'] : []),
    ];
    const title = input.title?.trim() || `关于审议《${c.dossier.title}》的议题`;
    const topic = await insertTopic(deps, c.tx, actor, c, who.post, { meetingKind: input.meetingKind, title, summary: input.summary, recommendation: input.recommendation, materials, readiness: readinessOf(evaluation.requirements) });
    return {
      kind: 'submitted', post: postFor(c.viewer, who.post.bodyId), verdicts,
      data: { topicId: topic.id, meetingKind: input.meetingKind, title, materials, expertMinOpinions },
      changes: { topicId: topic.id },
    };
  });
}

/** 退回完善: the topic was not admitted, or was withdrawn, in the meetings module; the dossier goes back to preparation. */
export async function reopenDossier(deps: ServiceDeps, actor: Actor, id: string, input: { note: string }) {
  return actOnDossier(deps, actor, id, 'reopen', '退回完善', async (c) => {
    const topic = c.dossier.topicId ? await c.tx.meetings.topic(actor.tenantId, c.dossier.topicId) : undefined;
    if (topic && topic.status !== 'refused' && topic.status !== 'withdrawn') throw new DomainError('CONFLICT', '议题仍在会议办理中（未被退回或撤回），不能退回完善');
    const preparerOk = c.viewer.office || postFor(c.viewer, c.dossier.leadBodyId).positionId !== null;
    const verdict = undertakingUnit.check({ role: preparerOk ? (c.viewer.office ? 'office' : 'undertaking') : 'other', bodyName: bodyName(c.viewer, c.dossier.leadBodyId), action: '退回完善' });
    return { kind: 'reopened', post: postFor(c.viewer, c.dossier.leadBodyId), verdicts: [verdict], data: { topicId: topic?.id ?? '', topicStatus: topic?.status ?? '', note: input.note.trim() } };
  });
}

interface Concluded {
  readonly topic: TopicRecord;
  readonly meeting: MeetingRecord | undefined;
  readonly conclusion: Conclusion | null;
  readonly speeches: readonly Speech[];
}

async function concludedTopic(tx: Tx, tenantId: string, topicId: string | null): Promise<Concluded> {
  const topic = topicId ? await tx.meetings.topic(tenantId, topicId) : undefined;
  if (!topic) throw new DomainError('CONFLICT', '该决策尚未提请会议讨论');
  const meeting = topic.meetingId ? await tx.meetings.get(tenantId, topic.meetingId) : undefined;
  const record = await tx.meetingRecords.discussion(tenantId, topic.id);
  return { topic, meeting, conclusion: record?.conclusion ?? null, speeches: record?.speeches ?? [] };
}

function collectiveCheck(d: MajorDecisionRecord, c: Concluded): Verdict {
  const linked = c.topic.sourceType === 'major-decision' && c.topic.sourceId === d.id && c.topic.facts.category === 'major-decision';
  return collectiveDecision.check({ meetingKind: c.meeting && c.meeting.status !== 'cancelled' ? c.meeting.kind : c.topic.meetingKind === 'executive' || c.topic.meetingKind === 'plenary' ? c.topic.meetingKind : 'other', linked, stage: 'record', concluded: c.conclusion !== null });
}

/** The discussion as recorded, for the dossier: every speech in order, the tally, the conclusion and its reasons. */
function recordData(c: Concluded, decisionText: string): { data: DecisionRecordData; verdict: Verdict } {
  const t = tally(c.speeches);
  const conclusion = c.conclusion!;
  const members = c.speeches.filter((s) => s.role === 'member');
  const passes = conclusion.outcome === 'adopted' || conclusion.outcome === 'amended';
  const againstMajority = conclusion.outcome !== 'deferred' && t.members > 0 && (passes ? t.disagree * 2 > t.members : t.agree * 2 > t.members);
  const verdict = discussionRecord.check({
    members: t.members, headLast: members.at(-1)?.head === true, dissent: t.disagree + t.reserve, againstMajority, reason: conclusion.reasonAgainstMajority,
    counts: `同意${t.agree}、不同意${t.disagree}、保留${t.reserve}`,
  });
  return {
    verdict,
    data: {
      topicId: c.topic.id, meetingId: c.meeting?.id ?? '', meetingKind: c.meeting?.kind ?? c.topic.meetingKind, meetingTitle: c.meeting ? `${c.meeting.title}` : '',
      meetingDate: c.meeting?.date ?? '', outcome: conclusion.outcome, outcomeLabel: CONCLUSION_LABELS[conclusion.outcome], conclusionText: conclusion.text,
      reasonAgainstMajority: conclusion.reasonAgainstMajority, concludedByName: conclusion.concludedByName, decisionText, tally: t,
      speeches: c.speeches.map((s) => ({ order: s.order, personName: s.personName, positionTitle: s.positionTitle, role: s.role, head: s.head, opinion: s.opinion, opinionLabel: OPINION_LABELS[s.opinion], remarks: s.remarks, at: s.at })),
    },
  };
}

/**
 * 登记会议决定 (arts. 6, 24; 条例第三十条): only from the conclusion of the dossier's own 常务会议 or
 * 全体会议 topic, keeping the discussion as it was recorded (the 行政首长 last, dissent, the reasons
 * against the majority). Adopted: the office gets the 待办 to report to the party committee and
 * publish; not adopted: closed; deferred: back to preparation.
 */
export async function recordDecision(deps: ServiceDeps, actor: Actor, id: string, input: { decisionText?: string | undefined }) {
  const dossier = await loadDossier(deps.store, actor.tenantId, id);
  const pre = await concludedTopic(deps.store, actor.tenantId, dossier.topicId);
  const outcome = pre.conclusion?.outcome;
  const command: DossierCommandType = outcome === 'not-adopted' ? 'record-not-adopted' : outcome === 'deferred' ? 'record-deferred' : 'record-adopted';
  return actOnDossier(deps, actor, id, command, '登记会议决定', async (c) => {
    if (!c.viewer.office) throw new DomainError('FORBIDDEN', '会议决定由县政府办公室依据会议记录登记');
    const concluded = await concludedTopic(c.tx, actor.tenantId, c.dossier.topicId);
    const collective = collectiveCheck(c.dossier, concluded);
    if (collective.outcome === 'block' || concluded.conclusion?.outcome !== outcome) throw ruleBlocked([c.now.packVerdict, collective]);
    const adopted = command === 'record-adopted';
    const decisionText = (input.decisionText ?? '').trim();
    if (adopted && !filled(decisionText, 10)) throw invalid('decisionText', '请填写会议决定的决策内容（不少于10字）');
    const { data, verdict } = recordData(concluded, adopted ? decisionText : '');
    const verdicts = [collective, ...(command === 'record-deferred' ? [] : [verdict])];
    if (!permits(verdicts)) throw ruleBlocked([c.now.packVerdict, ...verdicts]);
    const post = postFor(c.viewer);
    if (!adopted) return { kind: command === 'record-deferred' ? 'deferred' : 'not-adopted', data, verdicts, post };
    const task = await createTaskIn(deps, c.tx, actor, actor.tenantId, {
      title: `向县委请示报告并公布重大行政决策：${c.dossier.title}（条例第三十一条、第三十二条）`, kind: 'major-decision-publish', sourceType: 'major-decision', sourceId: c.dossier.id,
      ownerPositionId: officePrincipal(c.viewer).id, period: { value: c.now.pack.numberParam('decision.publishWorkdays'), unit: 'workday' },
    });
    return {
      kind: 'decided', data, verdicts, post,
      changes: {
        decision: { text: decisionText, meetingId: data.meetingId, topicId: concluded.topic.id, date: data.meetingDate, meetingKind: data.meetingKind },
        publishDueDate: task.dueDate, publishTaskId: task.id,
      },
    };
  });
}

export interface ChangeInput {
  readonly change: ChangeKind;
  readonly reasons: string;
  readonly adjustment?: string | undefined;
  /** A major adjustment repeats the whole procedure: refused here (a new dossier). */
  readonly major?: boolean | undefined;
  readonly evaluationId?: string | undefined;
  readonly meetingKind: 'executive' | 'plenary';
  readonly summary: string;
  readonly recommendation: string;
}

const CHANGE_FROM: Readonly<Record<ChangeKind, readonly string[]>> = { suspend: ['executing'], resume: ['suspended'], terminate: ['executing', 'suspended'], adjust: ['executing', 'suspended'] };

/** 提请会议研究变更 (条例第三十七条): suspending, resuming, stopping or (not majorly) adjusting a decision in force, with its reasons. */
export async function proposeChange(deps: ServiceDeps, actor: Actor, id: string, input: ChangeInput) {
  return actOnDossier(deps, actor, id, 'propose-change', '提请会议研究决策变更', async (c) => {
    if (c.dossier.pendingChange) throw new DomainError('CONFLICT', '已有提请会议研究的决策变更，请先登记其结果');
    if (!CHANGE_FROM[input.change].includes(c.dossier.status)) throw invalid('change', `当前为${c.dossier.status === 'suspended' ? '中止执行' : '执行中'}，不能提请“${CHANGE_KIND_LABELS[input.change]}”`);
    if (input.change === 'adjust' && !input.major && !filled(input.adjustment, 6)) throw invalid('adjustment', '请写明调整的内容');
    const evaluations = (await c.tx.majorDecisions.entries(actor.tenantId, c.dossier.id)).filter((e) => e.kind === 'evaluation-started').map((e) => (e.data as { evaluationId: string }).evaluationId);
    if (input.evaluationId !== undefined && !evaluations.includes(input.evaluationId)) throw invalid('evaluationId', '本决策没有该次决策后评估');
    const units = [c.dossier.leadBodyId, ...(c.dossier.execution ? [c.dossier.execution.leadBodyId] : [])];
    const who = proposer(c.viewer, units, '提请会议研究决策变更');
    const procedure = changeProcedure.check({ action: 'propose', change: input.change, actsForHead: c.viewer.actsForHead, situation: null, urgency: '', reasons: input.reasons, major: input.major ?? false });
    const collective = collectiveDecision.check({ meetingKind: input.meetingKind, linked: true, stage: 'submit', concluded: false });
    const verdicts = [...who.verdicts, procedure, collective];
    if (!permits(verdicts) || !who.post) throw ruleBlocked([c.now.packVerdict, ...verdicts]);
    const title = `关于${CHANGE_KIND_LABELS[input.change].replace(/（.*）/, '')}《${c.dossier.title}》的议题`;
    const topic = await insertTopic(deps, c.tx, actor, c, who.post, {
      meetingKind: input.meetingKind, title, summary: input.summary, recommendation: input.recommendation, materials: ['决策执行情况', '变更理由', ...(input.evaluationId ? ['决策后评估报告'] : [])],
      readiness: { state: 'ready', detail: '决策变更已说明理由，提请会议研究决定（《重大行政决策程序暂行条例》第三十七条）' },
    });
    const pendingChange = { change: input.change, reasons: input.reasons.trim(), adjustment: input.adjustment?.trim() ?? '', topicId: topic.id, evaluationId: input.evaluationId ?? null };
    return {
      kind: 'change-proposed', post: postFor(c.viewer, who.post.bodyId), verdicts, changes: { pendingChange },
      data: { ...pendingChange, meetingKind: input.meetingKind },
    };
  });
}

const CHANGE_COMMAND: Readonly<Record<ChangeKind, DossierCommandType>> = { suspend: 'change-suspend', resume: 'change-resume', terminate: 'change-terminate', adjust: 'change-adjust' };
const PUBLIC_STATUS: Readonly<Record<ChangeKind, string>> = { suspend: '中止执行', resume: '执行中', terminate: '停止执行', adjust: '执行中' };

/** 登记会议研究变更: from the conclusion of the change's topic; adopted, the change takes effect (and shows on the portal). */
export async function recordChange(deps: ServiceDeps, actor: Actor, id: string) {
  const dossier = await loadDossier(deps.store, actor.tenantId, id);
  if (!dossier.pendingChange) throw new DomainError('CONFLICT', '没有提请会议研究的决策变更');
  const pre = await concludedTopic(deps.store, actor.tenantId, dossier.pendingChange.topicId);
  const adopted = pre.conclusion?.outcome === 'adopted' || pre.conclusion?.outcome === 'amended';
  const change = dossier.pendingChange.change;
  return actOnDossier(deps, actor, id, adopted ? CHANGE_COMMAND[change] : 'change-rejected', '登记会议研究决策变更', async (c) => {
    if (!c.viewer.office) throw new DomainError('FORBIDDEN', '会议决定由县政府办公室依据会议记录登记');
    const pending = c.dossier.pendingChange!;
    const concluded = await concludedTopic(c.tx, actor.tenantId, pending.topicId);
    const linked = concluded.topic.sourceType === 'major-decision' && concluded.topic.sourceId === c.dossier.id;
    const collective = collectiveDecision.check({ meetingKind: concluded.meeting?.kind ?? concluded.topic.meetingKind, linked, stage: 'record', concluded: concluded.conclusion !== null });
    const procedure = changeProcedure.check({ action: 'record', change, actsForHead: false, situation: null, urgency: '', reasons: pending.reasons, major: false });
    const verdicts = [collective, procedure];
    if (!permits(verdicts)) throw ruleBlocked([c.now.packVerdict, ...verdicts]);
    const conclusion = concluded.conclusion!;
    const when = concluded.meeting?.date ?? c.now.today;
    const kindLabel = concluded.meeting ? MEETING_KIND_LABELS[concluded.meeting.kind] : '会议';
    return {
      kind: 'change-decided', post: postFor(c.viewer), verdicts, changes: { pendingChange: null },
      data: {
        change, adopted, reasons: pending.reasons, adjustment: pending.adjustment, topicId: concluded.topic.id, meetingId: concluded.meeting?.id ?? '',
        meetingKind: concluded.meeting?.kind ?? concluded.topic.meetingKind, conclusionText: conclusion.text, outcome: CONCLUSION_LABELS[conclusion.outcome],
      },
      after: async (next) => {
        if (!adopted) return;
        const note = `${when}经${kindLabel}研究，${CHANGE_KIND_LABELS[change].replace(/（.*）/, '')}：${change === 'adjust' ? pending.adjustment : pending.reasons}`;
        await setPublishedStatus(c.tx, next, PUBLIC_STATUS[change], note, c.now);
        if (change === 'terminate') await closeOpenTasks(c.tx, actor, c.now.at, next.id, 'cancelled');
        if (change === 'suspend') await closeTasks(c.tx, actor, c.now.at, next.id, ['major-decision-progress'], 'cancelled');
        if (change === 'resume' && next.execution) await scheduleReport(deps, c, next, actor);
      },
    };
  });
}

/** The execution unit's next 执行情况报告 待办, due after the reporting period on the official calendar. */
export async function scheduleReport(deps: ServiceDeps, c: ActContext, dossier: MajorDecisionRecord, actor: Actor): Promise<{ taskId: string; dueDate: string | null }> {
  const exec = dossier.execution!;
  const principal = c.viewer.positions.filter((p) => p.bodyId === exec.leadBodyId && (p.kind === 'principal' || p.kind === 'office-director')).sort((a, b) => a.rank - b.rank)[0];
  const task = await createTaskIn(deps, c.tx, actor, actor.tenantId, {
    title: `报告重大行政决策执行情况：${dossier.title}（第二十八条）`, kind: 'major-decision-progress', sourceType: 'major-decision', sourceId: dossier.id,
    ownerPositionId: principal?.id ?? officePrincipal(c.viewer).id, period: { value: exec.reportEveryDays, unit: 'day' },
  });
  const next = { ...dossier, execution: { ...exec, nextReportDue: task.dueDate, taskId: task.id }, version: dossier.version + 1 };
  if (!(await c.tx.majorDecisions.update(next))) throw new DomainError('CONFLICT', '该重大行政决策已被他人更新，请刷新后重试');
  return { taskId: task.id, dueDate: task.dueDate };
}
