import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  CHANGE_KINDS, DECISION_CATEGORIES, EVALUATION_TRIGGERS, EXPERT_MODES, MATTER_KINDS, PARTICIPANT_GROUPS, PARTICIPATION_METHODS,
} from '../../../core/procedures/major-decisions/major-decisions.ts';
import type { Verdict } from '../../../core/rules/rule.ts';
import type { ServiceDeps } from '../../../services/context.ts';
import {
  addCatalogueItem, createCatalogue, openCatalogueAdjustment, publishCatalogueEdition, recordCatalogueConsent, withdrawCatalogueItem,
} from '../../../services/major-decisions/catalogue.ts';
import {
  concludeExpertReview, editDraft, openDossier, openPublicComment, recordBodyOpinion, recordExpertOpinion, recordFairCompetition, recordParticipation, recordRiskAssessment,
} from '../../../services/major-decisions/prepare.ts';
import { giveLegalityOpinion, receiveForLegalityReview, returnLegalityReview, sendForLegalityReview } from '../../../services/major-decisions/legality.ts';
import { proposeChange, recordChange, recordDecision, reopenDossier, submitToMeeting } from '../../../services/major-decisions/meeting.ts';
import { designateExecution, publishDecision, reportEvaluation, reportProgress, reportToParty, startEvaluation, suspendUrgently } from '../../../services/major-decisions/after.ts';
import { dossierRecord, getCatalogue, getDossier, listDossiers } from '../../../services/major-decisions/view.ts';
import { route } from '../../route.ts';
import { ok } from '../../present.ts';
import { dossierFile } from './dossier-file.ts';

const idText = z.string().min(1).max(64);
const id = z.strictObject({ id: idText.describe('编号') });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
const instant = z.iso.datetime({ offset: true, message: '须为带时区的时间' });
const text = (min: number, max: number) => z.string().trim().min(min, `至少${min}个字`).max(max, `不超过${max}个字`);
const bodies = z.array(idText).max(40).default([]);
const meetingKind = z.enum(['executive', 'plenary']).describe('常务会议（executive）或全体会议（plenary）');
const TAGS = ['重大行政决策'];

/** The outcome of a dossier command: the dossier with the entry just made and every verdict. */
const outcome = (r: { dossier: unknown; entry: unknown; verdicts: readonly Verdict[] }) => ok({ dossier: r.dossier, entry: r.entry }, { verdicts: r.verdicts });

// Everyone with decision:read reaches every step's route; whether they may take the step is the
// rule's to say (the undertaking unit, the 县司法局, the market-regulation department, the execution
// unit, the 县长 — by the posts they act for), with its article. The office's steps need decision:manage.
export function majorDecisionRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  // ——— Catalogue ———
  route(app, deps, {
    method: 'GET', url: '/api/decision-catalogues', operationId: 'getDecisionCatalogue', summary: '年度重大行政决策事项目录：版次（县委同意、公布、调整）和事项（第二十三条）', tags: TAGS, permission: 'decision:read',
    schema: { querystring: z.strictObject({ year: z.coerce.number().int().min(2000).max(2100).optional().describe('年度（默认本年度）') }) },
    handler: async ({ actor, query }) => ok(await getCatalogue(deps, actor(), query)),
  });
  route(app, deps, {
    method: 'POST', url: '/api/decision-catalogues', operationId: 'createDecisionCatalogue', summary: '建立年度决策事项目录（县政府办公室）', tags: TAGS, permission: 'decision:manage',
    schema: { body: z.strictObject({ year: z.number().int().min(2000).max(2100).describe('年度') }) },
    handler: async ({ actor, body, reply }) => {
      const r = await createCatalogue(deps, actor(), body);
      void reply.code(201);
      return ok(r.catalogue, { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/decision-catalogues/:id/items', operationId: 'addDecisionCatalogueItem', summary: '事项列入目录（编制中的目录或调整；经县委同意后生效）', tags: TAGS, permission: 'decision:manage',
    schema: {
      params: id,
      body: z.strictObject({
        title: text(4, 200).describe('决策事项名称'), summary: text(10, 4000).describe('主要内容'),
        category: z.enum(DECISION_CATEGORIES).describe('事项类别（条例第三条）'), matterKind: z.enum(MATTER_KINDS).describe('须经会议讨论决定的事项类别（第二十四条）'),
        leadBodyId: idText.describe('决策承办单位'), coBodyIds: bodies.describe('协办单位'), plannedQuarter: z.number().int().min(1).max(4).optional().describe('计划提请审议的季度'),
      }),
    },
    handler: async ({ actor, params, body, reply }) => {
      const r = await addCatalogueItem(deps, actor(), params.id, body);
      void reply.code(201);
      return ok(r.item, { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/decision-catalogues/:id/adjustments', operationId: 'openDecisionCatalogueAdjustment', summary: '调整决策事项目录：说明理由（调整经县委同意后生效并公布）', tags: TAGS, permission: 'decision:manage',
    schema: { params: id, body: z.strictObject({ reason: text(1, 2000).describe('调整理由') }) },
    handler: async ({ actor, params, body, reply }) => {
      const r = await openCatalogueAdjustment(deps, actor(), params.id, body);
      void reply.code(201);
      return ok(r.edition, { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/decision-catalogue-items/:id/withdraw', operationId: 'withdrawDecisionCatalogueItem', summary: '事项调出目录（目录调整中，说明理由）', tags: TAGS, permission: 'decision:manage',
    schema: { params: id, body: z.strictObject({ reason: text(1, 2000).describe('调出理由') }) },
    handler: async ({ actor, params, body }) => {
      const r = await withdrawCatalogueItem(deps, actor(), params.id, body);
      return ok(r.item, { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/decision-catalogue-editions/:id/consent', operationId: 'recordDecisionCatalogueConsent', summary: '记录县委同意（日期、文件；条例第三条）', tags: TAGS, permission: 'decision:manage',
    schema: { params: id, body: z.strictObject({ date: isoDate.describe('县委同意日期'), document: text(1, 500).describe('县委同意的文件或会议纪要') }) },
    handler: async ({ actor, params, body }) => {
      const r = await recordCatalogueConsent(deps, actor(), params.id, body);
      return ok(r.edition, { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/decision-catalogue-editions/:id/publish', operationId: 'publishDecisionCatalogue', summary: '向社会公布决策事项目录（经县委同意后；门户网站）', tags: TAGS, permission: 'decision:manage',
    schema: { params: id, body: z.strictObject({}) },
    handler: async ({ actor, params }) => {
      const r = await publishCatalogueEdition(deps, actor(), params.id);
      return ok(r.edition, { verdicts: r.verdicts });
    },
  });

  // ——— Dossiers ———
  route(app, deps, {
    method: 'GET', url: '/api/major-decisions', operationId: 'listMajorDecisions', summary: '重大行政决策卷宗：所处环节和下一步', tags: TAGS, permission: 'decision:read',
    schema: {}, handler: async ({ actor }) => ok(await listDossiers(deps, actor())),
  });
  route(app, deps, {
    method: 'GET', url: '/api/major-decisions/:id', operationId: 'getMajorDecision', summary: '决策卷宗：各法定程序的状态、下一步及其障碍、证据、可办理的操作', tags: TAGS, permission: 'decision:read',
    schema: { params: id }, handler: async ({ actor, params }) => ok(await getDossier(deps, actor(), params.id)),
  });
  route(app, deps, {
    method: 'GET', url: '/api/major-decisions/:id/dossier.json', operationId: 'exportMajorDecisionJson', summary: '导出决策卷宗（JSON：全部证据按顺序、审计记录及其哈希）', tags: TAGS, permission: 'decision:read',
    schema: { params: id }, handler: async ({ actor, params }) => ok(await dossierRecord(deps, actor(), params.id)),
  });
  route(app, deps, {
    method: 'GET', url: '/api/major-decisions/:id/dossier.html', operationId: 'exportMajorDecisionHtml', summary: '导出决策卷宗（单一HTML文件：可阅读、可打印，内嵌机器可读数据）', tags: TAGS, permission: 'decision:read',
    schema: { params: id },
    handler: async ({ actor, params, reply }) => {
      const record = await dossierRecord(deps, actor(), params.id);
      return reply.type('text/html; charset=utf-8').header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(`重大行政决策卷宗-${record.dossier.title}.html`)}`)
        .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'").send(dossierFile(record));
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/major-decisions', operationId: 'openMajorDecision', summary: '启动决策程序（立卷）：目录事项的承办单位或县政府办公室（第二十三条）', tags: TAGS, permission: 'decision:read',
    schema: {
      body: z.strictObject({
        itemId: idText.describe('目录事项'), title: text(4, 200).describe('决策草案名称'), draftText: text(10, 200_000).describe('决策草案'),
        explanation: text(10, 50_000).describe('起草说明（必要性、可行性等）'), affectsMarket: z.boolean().describe('是否涉及市场主体经济活动（须公平竞争审查）'),
        concernedBodyIds: bodies.describe('涉及的部门和乡镇（街道）'), revisesId: idText.optional().describe('重大调整的原决策（另立卷宗重新履行程序）'),
      }),
    },
    handler: async ({ actor, body, reply }) => {
      const r = await openDossier(deps, actor(), body);
      void reply.code(201);
      return ok(r.dossier, { verdicts: r.verdicts });
    },
  });
  const step = <S extends z.ZodType>(opts: { url: string; operationId: string; summary: string; body: S; permission?: 'decision:read' | 'decision:manage'; run: (actor: Parameters<typeof getDossier>[1], id: string, body: z.output<S>) => Promise<Parameters<typeof outcome>[0]> }) =>
    route(app, deps, {
      method: 'POST', url: `/api/major-decisions/:id/${opts.url}`, operationId: opts.operationId, summary: opts.summary, tags: TAGS, permission: opts.permission ?? 'decision:read',
      schema: { params: id, body: opts.body },
      handler: async ({ actor, params, body }) => outcome(await opts.run(actor(), params.id, body as z.output<S>)),
    });

  step({
    url: 'draft', operationId: 'editMajorDecisionDraft', summary: '修改决策草案及有关情况（合法性审查中不可修改）',
    body: z.strictObject({
      title: text(4, 200).optional().describe('决策草案名称'), draftText: text(10, 200_000).optional().describe('决策草案'), explanation: text(10, 50_000).optional().describe('起草说明'),
      affectsMarket: z.boolean().optional().describe('是否涉及市场主体经济活动'), concernedBodyIds: z.array(idText).max(40).optional().describe('涉及的部门和乡镇（街道）'), note: text(2, 1000).describe('修改说明'),
    }),
    run: (a, i, b) => editDraft(deps, a, i, b),
  });
  step({
    url: 'participation', operationId: 'recordMajorDecisionParticipation', summary: '记录公众参与：座谈会、听证会、实地走访等（第二十五条；条例第十四条至第十八条）',
    body: z.strictObject({
      method: z.enum(PARTICIPATION_METHODS).exclude(['public-comment']).describe('听取意见的方式（向社会公开征求意见另行发起）'), date: isoDate.describe('日期'), place: text(2, 200).describe('地点或范围'),
      participants: text(2, 2000).describe('参加人员'), groups: z.array(z.enum(PARTICIPANT_GROUPS)).max(7).default([]).describe('听取意见的对象（第二十六条）'),
      opinions: text(4, 20_000).describe('主要意见'), handling: text(4, 20_000).describe('研究采纳情况'), materialsSentOn: isoDate.optional().describe('听证会材料送达日期'),
      recordSigned: z.boolean().default(false).describe('听证会记录经听证参加人确认签字'), evidence: text(2, 1000).describe('证据材料（纪要、签到表、记录等）'),
    }),
    run: (a, i, b) => recordParticipation(deps, a, i, b),
  });
  step({
    url: 'public-comment', operationId: 'openMajorDecisionPublicComment', summary: '向社会公开征求意见（期限不少于30日，缩短须说明理由；第二十五条、条例第十五条）',
    body: z.strictObject({
      title: text(4, 200).optional().describe('标题（默认：决策草案名称（征求意见稿））'), opensAt: instant.optional().describe('开始时间（默认为现在）'),
      lastDay: isoDate.describe('截止日期（当日北京时间24时截止）'), shortenedReason: z.string().trim().max(1000).optional().describe('缩短期限的理由'),
    }),
    run: (a, i, b) => openPublicComment(deps, a, i, b),
  });
  step({
    url: 'expert-opinions', operationId: 'recordMajorDecisionExpertOpinion', summary: '记录专家论证意见（署名、盖章；与决策事项有利害关系的不予采用；条例第十九条、第二十条）',
    body: z.strictObject({
      name: text(2, 100).describe('专家或专业机构'), organisation: z.string().trim().max(200).default('').describe('单位'), expertKind: z.enum(['expert', 'institution']).describe('专家或专业机构'),
      mode: z.enum(EXPERT_MODES).describe('论证方式'), date: isoDate.describe('意见日期'), opinion: text(4, 20_000).describe('论证意见'),
      signed: z.boolean().describe('书面意见已署名'), sealed: z.boolean().default(false).describe('已盖章（专业机构）'),
      interestDeclared: z.boolean().describe('申报与决策事项有直接利害关系'), interestNote: z.string().trim().max(1000).optional().describe('利害关系说明'),
    }),
    run: (a, i, b) => recordExpertOpinion(deps, a, i, b),
  });
  step({
    url: 'expert-review', operationId: 'concludeMajorDecisionExpertReview', summary: '记录专家论证意见研究采纳情况（条例第二十九条）',
    body: z.strictObject({ summary: text(4, 20_000).describe('研究采纳情况') }),
    run: (a, i, b) => concludeExpertReview(deps, a, i, b),
  });
  step({
    url: 'risk-assessment', operationId: 'recordMajorDecisionRiskAssessment', summary: '记录风险评估报告：风险点、防范措施、处置预案、风险是否可控（条例第二十二条至第二十四条）',
    body: z.strictObject({
      assessor: z.string().trim().max(200).default('').describe('评估单位（第三方填写名称）'), assessorBodyId: idText.optional().describe('评估单位（本级政府机构）'),
      thirdParty: z.boolean().default(false).describe('委托第三方评估'), methods: text(2, 2000).describe('评估方式'), risks: z.array(text(2, 1000)).min(1).max(50).describe('风险点'),
      measures: text(4, 20_000).describe('风险防范措施'), responsePlan: text(4, 20_000).describe('处置预案'), departmentsHeard: text(2, 2000).describe('听取有关部门意见的情况'),
      conclusion: z.enum(['controllable', 'uncontrollable']).describe('评估结论'), date: isoDate.describe('报告日期'),
    }),
    run: (a, i, b) => recordRiskAssessment(deps, a, i, b),
  });
  step({
    url: 'body-opinions', operationId: 'recordMajorDecisionBodyOpinion', summary: '记录有关部门和乡镇（街道）意见（第二十五条；条例第十三条）',
    body: z.strictObject({
      bodyId: idText.describe('提出意见的单位'), opinion: z.enum(['agree', 'suggestions', 'disagree']).describe('意见'), text: text(2, 20_000).describe('意见内容'),
      replyDocument: z.string().trim().max(200).optional().describe('书面回复文号（承办单位代为记录时必填）'), date: isoDate.describe('日期'),
    }),
    run: (a, i, b) => recordBodyOpinion(deps, a, i, b),
  });
  step({
    url: 'fair-competition', operationId: 'recordMajorDecisionFairCompetition', summary: '记录公平竞争审查（市场监管部门会同起草单位；《公平竞争审查条例》第十四条）',
    body: z.strictObject({
      preliminary: text(4, 20_000).describe('起草单位初审意见'), opinion: text(4, 20_000).describe('审查意见'), result: z.enum(['pass', 'fail']).describe('审查结论'),
      document: z.string().trim().max(200).optional().describe('审查意见文号'), date: isoDate.describe('日期'),
    }),
    run: (a, i, b) => recordFairCompetition(deps, a, i, b),
  });
  step({
    url: 'legality/send', operationId: 'sendMajorDecisionForLegalityReview', summary: '送请合法性审查：决策草案、法律依据、履行法定程序的说明（条例第二十六条）',
    body: z.strictObject({ legalBasis: text(2, 20_000).describe('有关法律、法规、规章等依据'), procedureStatement: text(2, 20_000).describe('履行决策法定程序的说明') }),
    run: (a, i, b) => sendForLegalityReview(deps, a, i, b),
  });
  step({
    url: 'legality/receive', operationId: 'receiveMajorDecisionLegalityReview', summary: '合法性审查收件（县司法局；审查期限自收到完整材料起计算）',
    body: z.strictObject({ receivedOn: isoDate.optional().describe('收到完整送审材料的日期（默认今天）') }),
    run: (a, i, b) => receiveForLegalityReview(deps, a, i, b),
  });
  step({
    url: 'legality/return', operationId: 'returnMajorDecisionLegalityReview', summary: '退回送审材料要求补充（县司法局；条例第二十六条）',
    body: z.strictObject({ reason: text(2, 4000).describe('退回理由') }),
    run: (a, i, b) => returnLegalityReview(deps, a, i, b),
  });
  step({
    url: 'legality/opinion', operationId: 'giveMajorDecisionLegalityOpinion', summary: '出具合法性审查意见（县司法局；不少于7个工作日；第二十条、条例第二十六条至第二十八条）',
    body: z.strictObject({
      conclusion: z.enum(['lawful', 'unlawful', 'exploratory']).describe('审查结论'), opinion: text(4, 20_000).describe('审查意见'),
      counselOpinion: text(2, 20_000).describe('法律顾问、公职律师的法律意见'), riskStatement: z.string().trim().max(4000).optional().describe('探索性改革事项的法律风险'),
    }),
    run: (a, i, b) => giveLegalityOpinion(deps, a, i, b),
  });
  step({
    url: 'submit', operationId: 'submitMajorDecision', summary: '提请县政府常务会议或全体会议讨论（法定程序均完成后；条例第二十九条、第三十条）',
    body: z.strictObject({ meetingKind, title: text(4, 200).optional().describe('议题名称'), summary: text(20, 4000).describe('议题背景、问题和依据'), recommendation: text(6, 2000).describe('提请会议研究决定的意见') }),
    run: (a, i, b) => submitToMeeting(deps, a, i, b),
  });
  step({
    url: 'reopen', operationId: 'reopenMajorDecision', summary: '议题未列入或被撤回后退回完善',
    body: z.strictObject({ note: text(2, 2000).describe('说明') }),
    run: (a, i, b) => reopenDossier(deps, a, i, b),
  });
  step({
    url: 'decision', operationId: 'recordMajorDecision', summary: '依据会议讨论记录登记决定（县政府办公室；第二十四条、条例第三十条）', permission: 'decision:manage',
    body: z.strictObject({ decisionText: z.string().trim().max(200_000).optional().describe('会议决定的决策内容（通过时必填）') }),
    run: (a, i, b) => recordDecision(deps, a, i, b),
  });
  step({
    url: 'party-report', operationId: 'reportMajorDecisionToParty', summary: '记录向县委请示报告（条例第三十一条）', permission: 'decision:manage',
    body: z.strictObject({ date: isoDate.describe('日期'), document: text(2, 500).describe('请示报告的文件或会议'), note: z.string().trim().max(2000).optional().describe('说明') }),
    run: (a, i, b) => reportToParty(deps, a, i, b),
  });
  step({
    url: 'publish', operationId: 'publishMajorDecision', summary: '公布重大行政决策（说明公众意见、专家论证意见采纳情况；第三十条、条例第三十二条）', permission: 'decision:manage',
    body: z.strictObject({
      disclosure: z.enum(['public', 'withheld']).default('public').describe('公开或依法不予公开'), withheldReason: z.string().trim().max(2000).optional().describe('不予公开的理由'),
      adoptionExplanation: z.string().trim().max(20_000).default('').describe('公众意见、专家论证意见的采纳情况'), channels: z.string().trim().max(500).default('县政府门户网站').describe('公布途径'),
    }),
    run: (a, i, b) => publishDecision(deps, a, i, b),
  });
  step({
    url: 'execution', operationId: 'designateMajorDecisionExecution', summary: '明确决策执行单位（第二十八条、条例第三十四条）', permission: 'decision:manage',
    body: z.strictObject({
      leadBodyId: idText.describe('牵头执行单位'), coBodyIds: bodies.describe('配合执行单位'), reportEveryDays: z.number().int().min(7).max(366).optional().describe('报告执行情况的周期（日）'),
      requirements: text(4, 4000).describe('执行要求'),
    }),
    run: (a, i, b) => designateExecution(deps, a, i, b),
  });
  step({
    url: 'progress', operationId: 'reportMajorDecisionProgress', summary: '报告执行情况（执行单位；第二十八条、条例第三十四条、第三十五条）',
    body: z.strictObject({
      text: text(4, 20_000).describe('执行情况'), reportDate: isoDate.describe('报告日期'),
      situation: z.enum(['normal', 'problem', 'major-change', 'force-majeure']).default('normal').describe('执行中的情况'), completed: z.boolean().default(false).describe('已执行完毕'),
    }),
    run: (a, i, b) => reportProgress(deps, a, i, b),
  });
  step({
    url: 'evaluations', operationId: 'startMajorDecisionEvaluation', summary: '组织决策后评估（县政府办公室；第二十七条、条例第三十六条）', permission: 'decision:manage',
    body: z.strictObject({
      trigger: z.enum(EVALUATION_TRIGGERS).describe('评估情形'), triggerNote: text(2, 4000).describe('具体情况'), evaluatorBodyId: idText.optional().describe('评估单位（本级政府机构）'),
      evaluatorName: z.string().trim().max(200).optional().describe('第三方评估机构'), dueDate: isoDate.describe('完成时限'),
    }),
    run: (a, i, b) => startEvaluation(deps, a, i, b),
  });
  step({
    url: 'evaluations/report', operationId: 'reportMajorDecisionEvaluation', summary: '提交决策后评估报告（评估单位；第二十七条、条例第三十六条）',
    body: z.strictObject({
      findings: text(4, 20_000).describe('评估结论'), publicOpinions: z.string().trim().max(20_000).default('').describe('听取社会公众意见的情况'),
      participants: z.array(z.enum(PARTICIPANT_GROUPS)).max(7).default([]).describe('参与评估的人大代表、政协委员等'),
      recommendation: z.enum(['continue', 'adjust', 'suspend', 'terminate']).describe('评估建议'), date: isoDate.describe('报告日期'),
    }),
    run: (a, i, b) => reportEvaluation(deps, a, i, b),
  });
  step({
    url: 'suspend', operationId: 'suspendMajorDecision', summary: '情况紧急时县长决定先中止执行（条例第三十七条）',
    body: z.strictObject({
      reasons: text(2, 4000).describe('理由'), situation: z.enum(['normal', 'problem', 'major-change', 'force-majeure']).describe('第三十五条规定的情形'), urgency: text(2, 2000).describe('情况紧急的具体情形'),
    }),
    run: (a, i, b) => suspendUrgently(deps, a, i, b),
  });
  step({
    url: 'changes', operationId: 'proposeMajorDecisionChange', summary: '提请会议研究中止、恢复、停止执行或调整（条例第三十七条）',
    body: z.strictObject({
      change: z.enum(CHANGE_KINDS).describe('变更事项'), reasons: text(2, 4000).describe('理由'), adjustment: z.string().trim().max(20_000).optional().describe('调整内容'),
      major: z.boolean().default(false).describe('属于重大调整（须另立卷宗重新履行程序）'), evaluationId: idText.optional().describe('依据的决策后评估'),
      meetingKind, summary: text(20, 4000).describe('议题背景、问题和依据'), recommendation: text(6, 2000).describe('提请会议研究决定的意见'),
    }),
    run: (a, i, b) => proposeChange(deps, a, i, b),
  });
  step({
    url: 'changes/record', operationId: 'recordMajorDecisionChange', summary: '依据会议讨论记录登记决策变更（县政府办公室）', permission: 'decision:manage',
    body: z.strictObject({}),
    run: (a, i) => recordChange(deps, a, i),
  });
}
