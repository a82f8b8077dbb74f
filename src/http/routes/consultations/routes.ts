import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { HANDLINGS, SUBJECT_TYPES } from '../../../core/procedures/consultations/consultations.ts';
import type { ServiceDeps } from '../../../services/context.ts';
import { openConsultation } from '../../../services/consultations/consultations.ts';
import { submitComment } from '../../../services/consultations/comments.ts';
import { publishFeedback, recordHandling } from '../../../services/consultations/feedback.ts';
import { moderateComment } from '../../../services/consultations/moderation.ts';
import { getConsultation, getPublicConsultation, listConsultations, listPublicConsultations } from '../../../services/consultations/view-consultations.ts';
import { previewWindow } from '../../../services/consultations/window.ts';
import { DomainError } from '../../../core/kernel/result.ts';
import { route } from '../../route.ts';
import { ok } from '../../present.ts';

const id = z.strictObject({ id: z.string().min(1).max(64) });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
const instant = z.iso.datetime({ offset: true, message: '须为带时区的时间' });

export function consultationRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  route(app, deps, {
    method: 'GET', url: '/api/consultations', operationId: 'listConsultations', summary: '公开征求意见：状态、截止时间和意见数', tags: ['征求意见'], permission: 'consultation:read',
    schema: {}, handler: async ({ actor }) => ok(await listConsultations(deps, actor())),
  });
  route(app, deps, {
    method: 'GET', url: '/api/consultations/minimum-window', operationId: 'previewConsultationWindow',
    summary: '最短征求意见期限：适用的条文、最早截止日及按法定节假日安排的逐日计算（第二十五条等）', tags: ['征求意见'], permission: 'consultation:read',
    schema: {
      querystring: z.strictObject({
        subjectType: z.enum(SUBJECT_TYPES).describe('规范性文件或重大行政决策'),
        affectsMarket: z.enum(['true', 'false']).default('false').transform((v) => v === 'true').describe('是否与市场主体生产经营活动密切相关'),
        opensAt: instant.optional().describe('开始时间（默认为现在）'),
      }),
    },
    handler: async ({ actor, query }) => ok(await previewWindow(deps, actor(), query)),
  });
  route(app, deps, {
    method: 'POST', url: '/api/consultations', operationId: 'openConsultation',
    summary: '发起公开征求意见：征求意见稿、起草说明、起草单位和期限（期限不少于法定期限，缩短须说明理由并公开）', tags: ['征求意见'], permission: 'consultation:manage',
    schema: {
      body: z.strictObject({
        subjectType: z.enum(SUBJECT_TYPES).describe('所属事项类别：规范性文件或重大行政决策'),
        subjectId: z.string().trim().min(1).max(64).describe('所属事项编号'),
        title: z.string().trim().min(4).max(200).describe('标题'),
        draftText: z.string().trim().min(10).max(200_000).describe('征求意见稿正文'),
        explanation: z.string().trim().min(10).max(50_000).describe('起草说明'),
        draftingBodyId: z.string().min(1).max(64).describe('起草单位（决策承办单位）'),
        affectsMarket: z.boolean().default(false).describe('是否与市场主体生产经营活动密切相关'),
        opensAt: instant.optional().describe('开始时间（默认为现在）'),
        lastDay: isoDate.describe('截止日期（当日北京时间24时截止）'),
        shortenedReason: z.string().trim().max(1000).optional().describe('缩短期限的理由（期限短于法定期限时必填，随征求意见公开）'),
      }),
    },
    handler: async ({ actor, body, reply }) => {
      const { shortenedReason, ...rest } = body;
      const r = await openConsultation(deps, actor(), { ...rest, ...(shortenedReason === undefined ? {} : { shortenedReason }) });
      void reply.code(201);
      return ok(r.consultation, { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'GET', url: '/api/consultations/:id', operationId: 'getConsultation', summary: '征求意见详情：期限及其计算、意见（联系方式仅审核人员可见）、可办理的操作', tags: ['征求意见'],
    permission: 'consultation:read', schema: { params: id },
    handler: async ({ actor, params }) => {
      const d = await getConsultation(deps, actor(), params.id);
      return ok(d, { abilities: d.abilities });
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/consultations/:id/feedback', operationId: 'publishConsultationFeedback',
    summary: '公开意见采纳情况反馈（起草单位；期限届满、意见均已审核并记录采纳情况后）', tags: ['征求意见'], permission: 'consultation:read',
    schema: { params: id, body: z.strictObject({ summary: z.string().trim().max(20_000).describe('意见采纳情况的总体说明') }) },
    handler: async ({ actor, params, body }) => {
      const r = await publishFeedback(deps, actor(), params.id, body);
      return ok(r.consultation, { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/consultation-comments/:id/approve', operationId: 'approveConsultationComment',
    summary: '审核意见：采用并公开（可修改公开文本，个人信息自动遮蔽；县政府办公室或起草单位）', tags: ['征求意见'], permission: 'consultation:read',
    schema: { params: id, body: z.strictObject({ publicText: z.string().max(20_000).optional().describe('公开文本（默认为意见原文，个人信息自动遮蔽）') }) },
    handler: async ({ actor, params, body }) => {
      const r = await moderateComment(deps, actor(), params.id, { type: 'approve', publicText: body.publicText });
      return ok(r.comment, { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/consultation-comments/:id/reject', operationId: 'rejectConsultationComment',
    summary: '审核意见：不予采用（说明理由；不公开）', tags: ['征求意见'], permission: 'consultation:read',
    schema: { params: id, body: z.strictObject({ reason: z.string().max(1000).describe('不予采用的理由') }) },
    handler: async ({ actor, params, body }) => {
      const r = await moderateComment(deps, actor(), params.id, { type: 'reject', reason: body.reason });
      return ok(r.comment, { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/consultation-comments/:id/handling', operationId: 'recordConsultationHandling',
    summary: '记录意见采纳情况：采纳、部分采纳或不予采纳及理由（起草单位，期限届满后）', tags: ['征求意见'], permission: 'consultation:read',
    schema: {
      params: id,
      body: z.strictObject({ handling: z.enum(HANDLINGS).describe('采纳、部分采纳或不予采纳'), reason: z.string().max(5000).default('').describe('理由（部分采纳、不予采纳的必填）') }),
    },
    handler: async ({ actor, params, body }) => {
      const r = await recordHandling(deps, actor(), params.id, body);
      return ok(r.comment, { verdicts: r.verdicts });
    },
  });

  // The public side (no login): the same data the portal pages show, and the comment form's submission.
  route(app, deps, {
    method: 'GET', url: '/api/public/consultations', operationId: 'listPublicConsultations', summary: '正在征求意见和已截止的征求意见（公开，无需登录）', tags: ['征求意见'],
    permission: 'public', schema: {}, handler: async () => ok(await listPublicConsultations(deps)),
  });
  route(app, deps, {
    method: 'GET', url: '/api/public/consultations/:id', operationId: 'getPublicConsultation', summary: '征求意见稿、起草说明、截止时间和公开的反馈（公开，无需登录；不含提交人信息）', tags: ['征求意见'],
    permission: 'public', schema: { params: id },
    handler: async ({ params }) => {
      const c = await getPublicConsultation(deps, params.id);
      if (!c) throw new DomainError('CONSULTATION_NOT_FOUND', '征求意见不存在或尚未开始');
      return ok(c);
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/public/consultations/:id/comments', operationId: 'submitConsultationComment',
    summary: '提交意见（公开，无需登录；在征求意见期间内；姓名和联系方式不公开；按网络地址限制频率）', tags: ['征求意见'], permission: 'public',
    schema: {
      params: id,
      body: z.strictObject({
        content: z.string().max(100_000).describe('意见内容'),
        name: z.string().max(1000).optional().describe('姓名（选填，不公开）'),
        contact: z.string().max(1000).optional().describe('联系方式（选填，不公开）'),
        website: z.string().max(1000).optional().describe('请留空（防机器提交）'),
      }),
    },
    handler: async ({ req, params, body, reply }) => {
      const r = await submitComment(deps, { consultationId: params.id, content: body.content, name: body.name, contact: body.contact, honeypot: body.website, address: req.ip });
      void reply.code(201);
      return ok(r);
    },
  });
}
