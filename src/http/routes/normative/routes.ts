import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Permission } from '../../../core/access/permissions.ts';
import { FILING_ITEMS } from '../../../core/procedures/normative/normative.ts';
import type { ServiceDeps } from '../../../services/context.ts';
import { actOnNormative, type NormativeCommand } from '../../../services/normative/act.ts';
import { departmentReport, fileDepartmentDocument, reviewDepartmentFiling } from '../../../services/normative/department-filings.ts';
import { initiateNormative } from '../../../services/normative/initiate.ts';
import { filingRegister, getNormative, listNormative } from '../../../services/normative/view-normative.ts';
import { route } from '../../route.ts';
import { ok } from '../../present.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
const id = z.string().min(1).max(64);
const docId = z.strictObject({ id: id.describe('规范性文件编号') });
const text = (min: number, max: number) => z.string().trim().min(min).max(max);
const TAGS = ['规范性文件'];

type Body = z.ZodType;

/**
 * 规范性文件 (arts. 18–21, 24, 34): 立项 to filing, amendment, repeal and cleanup; the filing register;
 * the departments' filings and the 县司法局's yearly report. Who acts on each step is checked by post
 * in the service (the drafting department, the 县司法局, the 县市场监管局, the 县长); the office's
 * steps need `normative:manage`.
 */
export function normativeRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  route(app, deps, {
    method: 'GET', url: '/api/normative', operationId: 'listNormative', summary: '规范性文件（各环节状态和下一步）', tags: TAGS, permission: 'normative:read', schema: {},
    handler: async ({ actor }) => ok(await listNormative(deps, actor())),
  });
  route(app, deps, {
    method: 'GET', url: '/api/normative/filings', operationId: 'listNormativeFilings', summary: '备案登记：应报、逾期和已报送的备案（第十八条、第三十四条）', tags: TAGS, permission: 'normative:read', schema: {},
    handler: async ({ actor }) => ok(await filingRegister(deps, actor())),
  });
  route(app, deps, {
    method: 'GET', url: '/api/normative/department-filings', operationId: 'departmentNormativeReport', summary: '部门规范性文件备案审查年度报告（县司法局，第十九条）', tags: TAGS, permission: 'normative:read',
    schema: { querystring: z.strictObject({ year: z.coerce.number().int().min(2000).max(2100).describe('年度') }) },
    handler: async ({ actor, query }) => ok(await departmentReport(deps, actor(), query.year)),
  });
  route(app, deps, {
    method: 'POST', url: '/api/normative/department-filings', operationId: 'fileDepartmentNormative', summary: '部门规范性文件报县政府备案（第十九条）', tags: TAGS, permission: 'normative:read',
    schema: {
      body: z.strictObject({
        title: text(4, 200).describe('文件名称'), docNumber: text(4, 60).describe('发文字号'), publishedDate: isoDate.describe('公布日期'),
        items: z.array(z.enum(FILING_ITEMS)).max(FILING_ITEMS.length).describe('报送的备案材料'),
      }),
    },
    handler: async ({ actor, body, reply }) => {
      const r = await fileDepartmentDocument(deps, actor(), body);
      void reply.code(201);
      return ok(r.filing, { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/normative/department-filings/:id/review', operationId: 'reviewDepartmentNormative', summary: '县司法局对部门规范性文件进行备案审查（第十九条）', tags: TAGS, permission: 'normative:read',
    schema: { params: z.strictObject({ id: id.describe('备案记录编号') }), body: z.strictObject({ outcome: z.enum(['accepted', 'correction']).describe('审查结论'), opinion: text(1, 2000).describe('审查意见') }) },
    handler: async ({ actor, params, body }) => {
      const r = await reviewDepartmentFiling(deps, actor(), params.id, body);
      return ok(r.filing, { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/normative', operationId: 'initiateNormative', summary: '规范性文件立项：县政府指定起草部门，联合起草的明确主办和协办（第十九条）', tags: TAGS, permission: 'normative:manage',
    schema: {
      body: z.strictObject({
        title: text(4, 200).describe('文件名称'), issuer: z.enum(['government', 'office']).describe('以县政府或县政府办公室名义印发'),
        leadBodyId: id.describe('起草（主办）部门'), coBodyIds: z.array(id).max(20).default([]).describe('协办部门'),
        affectsMarket: z.boolean().describe('是否涉及市场主体经济活动'), basis: text(4, 1000).describe('立项依据（县政府的指定）'),
        note: z.string().trim().max(2000).default('').describe('说明'), amendsId: id.optional().describe('所修改的现行规范性文件'),
      }),
    },
    handler: async ({ actor, body, reply }) => {
      const r = await initiateNormative(deps, actor(), body);
      void reply.code(201);
      return ok(r.document, { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'GET', url: '/api/normative/:id', operationId: 'getNormative', summary: '规范性文件的全过程：各环节证据、下一步和阻碍事项', tags: TAGS, permission: 'normative:read',
    schema: { params: docId }, handler: async ({ actor, params }) => ok(await getNormative(deps, actor(), params.id)),
  });

  const step = (path: string, operationId: string, summary: string, permission: Permission, body: Body, toCommand: (b: never) => NormativeCommand) =>
    route(app, deps, {
      method: 'POST', url: `/api/normative/:id/${path}`, operationId, summary, tags: TAGS, permission, schema: { params: docId, body },
      handler: async ({ actor, params, body: b }) => {
        const r = await actOnNormative(deps, actor(), params.id, toCommand(b as never));
        return ok(r.document, { verdicts: r.verdicts });
      },
    });
  const empty = z.strictObject({});

  step('draft', 'draftNormative', '提交起草稿：必要性、可行性评估和内容检查（第十九条）', 'normative:read',
    z.strictObject({ text: text(10, 200_000).describe('起草稿正文'), explanation: text(10, 50_000).describe('起草说明'), necessity: z.string().trim().max(4000).describe('必要性评估'), feasibility: z.string().trim().max(4000).describe('可行性评估') }),
    (b: { text: string; explanation: string; necessity: string; feasibility: string }) => ({ type: 'draft', ...b }));
  step('flags/resolve', 'resolveNormativeFlag', '确认疑似设定禁止事项的表述并说明理由（第十九条）', 'normative:read',
    z.strictObject({ flagId: z.string().min(1).max(16).describe('疑似表述编号'), reason: z.string().trim().max(2000).describe('确认理由') }),
    (b: { flagId: string; reason: string }) => ({ type: 'resolve-flag', ...b }));
  step('consultation', 'openNormativeConsultation', '在门户网站公开征求意见（期限规则见征求意见模块）', 'normative:read',
    z.strictObject({ opensAt: z.string().max(40).optional().describe('开始时间（带时区），默认现在'), lastDay: isoDate.describe('截止日期（当日24时截止）'), shortenedReason: z.string().trim().max(2000).optional().describe('缩短期限的理由') }),
    (b: { opensAt?: string; lastDay: string; shortenedReason?: string }) => ({ type: 'open-consultation', ...b }));
  step('consultation/conclude', 'concludeNormativeConsultation', '登记征求意见结束（须已公开意见采纳情况反馈）', 'normative:read', empty, () => ({ type: 'conclude-consultation' }));
  step('competition/initial', 'normativeCompetitionInitial', '起草部门公平竞争初审（《公平竞争审查条例》第十四条）', 'normative:read',
    z.strictObject({ opinion: z.string().trim().max(4000).describe('初审意见') }), (b: { opinion: string }) => ({ type: 'competition-initial', ...b }));
  step('competition/review', 'normativeCompetitionReview', '县市场监管局会同起草部门作出公平竞争审查结论', 'normative:read',
    z.strictObject({ outcome: z.enum(['pass', 'fail']).describe('审查结论'), opinion: z.string().trim().max(4000).describe('审查意见') }), (b: { outcome: 'pass' | 'fail'; opinion: string }) => ({ type: 'competition-review', ...b }));
  step('legality', 'submitNormativeLegality', '送请县司法局合法性审查（保证必要的审查时间，第二十条）', 'normative:read',
    z.strictObject({ legalBasis: z.string().trim().max(4000).describe('制定依据'), procedureStatement: z.string().trim().max(4000).describe('履行程序情况说明'), requestedDate: isoDate.optional().describe('要求完成审查的日期（不得短于规定的审查时间）') }),
    (b: { legalBasis: string; procedureStatement: string; requestedDate?: string }) => ({ type: 'submit-legality', ...b }));
  step('legality/opinion', 'normativeLegalityOpinion', '县司法局出具合法性审查意见（不合法的退回修改，第二十条）', 'normative:read',
    z.strictObject({ outcome: z.enum(['lawful', 'unlawful']).describe('审查结论'), opinion: z.string().trim().max(4000).describe('审查意见') }), (b: { outcome: 'lawful' | 'unlawful'; opinion: string }) => ({ type: 'legality-opinion', ...b }));
  step('completeness', 'normativeCompleteness', '县政府办公室完备性审核（第二十条）', 'normative:manage',
    z.strictObject({ outcome: z.enum(['complete', 'incomplete']).describe('审核结论'), note: z.string().trim().max(2000).describe('审核意见') }), (b: { outcome: 'complete' | 'incomplete'; note: string }) => ({ type: 'completeness', ...b }));
  step('topic', 'proposeNormativeTopic', '提请县政府常务会议或全体会议审议（第二十条、第二十四条）', 'meeting:propose',
    z.strictObject({ meetingKind: z.enum(['executive', 'plenary']).describe('常务会议或全体会议'), summary: z.string().trim().max(4000).describe('议题内容'), recommendation: z.string().trim().max(2000).describe('提请会议研究的意见') }),
    (b: { meetingKind: 'executive' | 'plenary'; summary: string; recommendation: string }) => ({ type: 'propose-topic', ...b }));
  step('deliberation', 'recordNormativeDeliberation', '登记会议集体讨论决定（以议题的讨论结论为据，第二十四条）', 'normative:manage', empty, () => ({ type: 'record-deliberation' }));
  step('sign', 'signNormative', '县长签发（第五条）', 'normative:read', empty, () => ({ type: 'sign' }));
  step('number', 'numberNormative', '统一编号：云阳府规、云阳府办规（第二十一条）', 'normative:manage', empty, () => ({ type: 'number' }));
  step('publish', 'publishNormative', '通过政府公报、政府网站公开发布（未经公布不得作为管理依据，第二十一条）', 'normative:manage',
    z.strictObject({ channels: z.array(z.enum(['gazette', 'website'])).max(2).describe('公开方式'), effectiveDate: isoDate.optional().describe('施行日期'), validUntil: isoDate.optional().describe('有效期至') }),
    (b: { channels: ('gazette' | 'website')[]; effectiveDate?: string; validUntil?: string }) => ({ type: 'publish', ...b }));
  step('filings', 'fileNormative', '报县人大常委会或市政府备案（第十八条、第三十四条）', 'normative:manage',
    z.strictObject({ authority: z.enum(['npc', 'city']).describe('备案机关'), items: z.array(z.enum(FILING_ITEMS)).max(FILING_ITEMS.length).describe('报送的备案材料'), receipt: z.string().trim().max(200).optional().describe('备案回执号') }),
    (b: { authority: 'npc' | 'city'; items: (typeof FILING_ITEMS)[number][]; receipt?: string }) => ({ type: 'file', ...b }));
  step('cleanup', 'cleanupNormative', '登记规范性文件清理结论（第十八条）', 'normative:manage',
    z.strictObject({ campaign: z.string().trim().max(200).describe('清理批次'), result: z.enum(['retain', 'amend', 'repeal', 'expire']).describe('清理结论'), note: z.string().trim().max(2000).describe('理由'), decisionRef: z.string().trim().max(200).optional().describe('废止决定') }),
    (b: { campaign: string; result: 'retain' | 'amend' | 'repeal' | 'expire'; note: string; decisionRef?: string }) => ({ type: 'cleanup', ...b }));
  step('repeal', 'repealNormative', '废止规范性文件（第十八条）', 'normative:manage',
    z.strictObject({ reason: z.string().trim().max(2000).describe('废止理由'), decisionRef: z.string().trim().max(200).describe('废止决定（文号或会议纪要）') }), (b: { reason: string; decisionRef: string }) => ({ type: 'repeal', ...b }));
  step('expire', 'expireNormative', '宣布规范性文件失效（第十八条）', 'normative:manage',
    z.strictObject({ reason: z.string().trim().max(2000).describe('失效理由') }), (b: { reason: string }) => ({ type: 'expire', ...b }));
}
