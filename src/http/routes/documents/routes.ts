import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { DOCUMENT_STATUS_LABELS, DOCUMENT_STATUSES } from '../../../core/procedures/documents/documents.machine.ts';
import type { DocumentStatus } from '../../../core/procedures/documents/documents.ts';
import { DISCLOSURES, DOCUMENT_KINDS, IMPORTANCES, MATTERS, URGENCIES } from '../../../core/procedures/documents/kinds.ts';
import type { ServiceDeps } from '../../../services/context.ts';
import { createDocument, editDocument } from '../../../services/documents/draft-document.ts';
import { moveDocument } from '../../../services/documents/move-document.ts';
import { listNumberRegister, presetSequence } from '../../../services/documents/number-register.ts';
import { registerDocument } from '../../../services/documents/register-document.ts';
import { reviewDocument, routeSubmission } from '../../../services/documents/review-document.ts';
import { signDocument } from '../../../services/documents/sign-document.ts';
import { orderSpecialRoute } from '../../../services/documents/special-order.ts';
import { getDocument, listDocuments } from '../../../services/documents/view-documents.ts';
import { route } from '../../route.ts';
import { DomainError } from '../../../core/kernel/result.ts';
import { addAttachment, readAttachment, removeAttachment } from '../../../services/documents/attachments.ts';
import { ok } from '../../present.ts';

const names = (max: number) => z.array(z.string().trim().min(1).max(200)).max(max);

/** The document's elements (GB/T 9704-2012) as the drafter enters them. */
const elements = z.strictObject({
  kind: z.enum(DOCUMENT_KINDS).describe('文种（十五种）'),
  issuer: z.enum(['government', 'office', 'department']).describe('发文机关：县政府、县政府办公室，或部门、乡镇（街道）报送县政府'),
  title: z.string().trim().min(4).max(200).describe('标题'),
  mainRecipients: names(50).min(1, '至少填写一个主送机关').describe('主送机关'),
  ccRecipients: names(50).default([]).describe('抄送机关'),
  urgency: z.enum(URGENCIES).default('普通').describe('紧急程度'),
  body: z.string().max(200_000).default('').describe('正文'),
  annotation: z.string().max(1000).default('').describe('附注'),
  attachmentNames: names(50).default([]).describe('附件说明'),
  disclosure: z.enum(DISCLOSURES).nullable().default(null).describe('公开属性（第三十二条）'),
  disclosureReason: z.string().max(1000).default('').describe('依申请公开、不予公开的理由'),
  isPolicy: z.boolean().default(false).describe('涉及重大政策制定（须同步解读）'),
  interpretation: z.string().max(50_000).default('').describe('政策解读'),
  matter: z.enum(MATTERS).default('general').describe('事项类别（第五十三条）'),
  importanceProposed: z.enum(IMPORTANCES).default('ordinary').describe('重要程度（拟稿人提出）'),
  subjectBodyIds: z.array(z.string().min(1).max(64)).max(50).default([]).describe('涉及的部门、乡镇（街道）'),
  subjectAreas: names(20).default([]).describe('涉及的分管领域'),
  assignedBy: z.string().max(500).default('').describe('报送件主送领导个人时：县政府领导同志交办的情况（第五十四条）'),
});

/** A document as the actions return it: the stored record with its status in Chinese. */
const withLabel = <D extends { status: DocumentStatus }>(d: D) => ({ ...d, statusLabel: DOCUMENT_STATUS_LABELS[d.status] });

const documentId = z.strictObject({ id: z.string().min(1).max(64).describe('公文编号') });
const reason = z.strictObject({ reason: z.string().trim().min(2).max(1000).describe('理由') });
const step = z.strictObject({ action: z.enum(['countersign', 'sign']), positionId: z.string().min(1).max(64) });

export function documentRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  route(app, deps, {
    method: 'GET', url: '/api/documents', operationId: 'listDocuments', summary: '发文列表（本人拟稿、待本人审签；办公室可见全部）', tags: ['公文'], permission: 'document:read',
    schema: {
      querystring: z.strictObject({
        status: z.string().max(200).optional().transform((s) => (s ? s.split(',') : undefined)).pipe(z.array(z.enum(DOCUMENT_STATUSES)).optional()).describe('状态，逗号分隔'),
        mine: z.enum(['1', '0']).optional(),
      }),
    },
    handler: async ({ actor, query }) => ok(await listDocuments(deps, actor(), { ...(query.status ? { statuses: query.status } : {}), mine: query.mine === '1' })),
  });
  route(app, deps, {
    method: 'POST', url: '/api/documents', operationId: 'draftDocument', summary: '拟稿（涉密公文拒收，第六十一条）', tags: ['公文'], permission: 'document:draft',
    schema: { body: elements },
    handler: async ({ actor, body, reply }) => {
      const r = await createDocument(deps, actor(), body);
      void reply.code(201);
      return ok(withLabel(r.document), { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'GET', url: '/api/documents/:id', operationId: 'getDocument', summary: '公文详情：要素、审签路线、版本、办理记录', tags: ['公文'], permission: 'document:read',
    schema: { params: documentId },
    handler: async ({ actor, params }) => {
      const r = await getDocument(deps, actor(), params.id);
      return ok(r, { abilities: r.abilities });
    },
  });
  route(app, deps, {
    method: 'PUT', url: '/api/documents/:id', operationId: 'editDocument', summary: '修改公文（拟稿、核稿环节；每次修改留存版本）', tags: ['公文'], permission: 'document:draft',
    schema: { params: documentId, body: z.strictObject({ elements, note: z.string().max(500).default(''), version: z.number().int().min(1).describe('当前版本号') }) },
    handler: async ({ actor, params, body }) => {
      const r = await editDocument(deps, actor(), params.id, body.elements, body.note, body.version);
      return ok(withLabel(r.document), { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/documents/:id/route', operationId: 'routeSubmission', summary: '报送件送会签、审签（第五十四条、第五十五条）', tags: ['公文'], permission: 'document:draft',
    schema: { params: documentId, body: z.strictObject({}) },
    handler: async ({ actor, params }) => {
      const r = await routeSubmission(deps, actor(), params.id);
      return ok(withLabel(r.document), { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/documents/:id/submit', operationId: 'submitDocument', summary: '送核稿（拟稿人）', tags: ['公文'], permission: 'document:draft',
    schema: { params: documentId, body: z.strictObject({}) },
    handler: async ({ actor, params }) => {
      const r = await moveDocument(deps, actor(), params.id, { type: 'submit' });
      return ok(withLabel(r.document), { verdicts: r.verdicts });
    },
  });
  for (const [cmd, summary] of [['return', '退回修改（核稿、审签、复核环节）'], ['withdraw', '撤销']] as const) {
    route(app, deps, {
      method: 'POST', url: `/api/documents/:id/${cmd}`, operationId: `${cmd}Document`, summary, tags: ['公文'], permission: 'document:read',
      schema: { params: documentId, body: reason },
      handler: async ({ actor, params, body }) => {
        const r = await moveDocument(deps, actor(), params.id, { type: cmd, reason: body.reason });
        return ok(withLabel(r.document), { verdicts: r.verdicts });
      },
    });
  }
  route(app, deps, {
    method: 'POST', url: '/api/documents/:id/review', operationId: 'reviewDocument', summary: '核稿：确认事项和重要程度，计算审签路线（第五十三条）', tags: ['公文'], permission: 'document:review',
    schema: {
      params: documentId,
      body: z.strictObject({
        importance: z.enum(IMPORTANCES).describe('核稿确认的重要程度'),
        oneMatterConfirmed: z.boolean().default(false).describe('请示一文一事（核稿确认）'),
        consultedConfirmed: z.boolean().default(false).describe('涉及多个部门的，已征求意见并协商一致（核稿确认）'),
        withinDepartmentPowers: z.boolean().default(false).describe('事项属于部门职权范围（第五十六条）'),
        officeSendsToDeputy: z.boolean().default(false).describe('办公室主任审签的公文改报分管副县长审签'),
        bulletinSignerPositionId: z.string().max(64).nullable().default(null).describe('工作通报的审签人岗位'),
        jointRoute: z.array(step).max(20).nullable().default(null).describe('党政联合行文的审签路线（第五十三条第四项）'),
        note: z.string().max(1000).default('').describe('核稿意见'),
      }),
    },
    handler: async ({ actor, params, body }) => {
      const r = await reviewDocument(deps, actor(), params.id, body);
      return ok(withLabel(r.document), { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/documents/:id/special-order', operationId: 'orderSpecialRoute', summary: '县长专门交代的审签程序（第五十三条第六项）', tags: ['公文'], permission: 'document:sign',
    schema: { params: documentId, body: z.strictObject({ steps: z.array(step).min(1).max(20), note: z.string().trim().min(2).max(500).describe('交代内容') }) },
    handler: async ({ actor, params, body }) => {
      const r = await orderSpecialRoute(deps, actor(), params.id, body);
      return ok(withLabel(r.document), { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/documents/:id/sign', operationId: 'signDocument', summary: '审签当前环节（合法性审查、会签或签发；不得越级）', tags: ['公文'], permission: 'document:sign',
    schema: {
      params: documentId,
      body: z.strictObject({
        opinion: z.string().trim().min(1).max(2000).describe('审签意见'),
        agreed: z.boolean().default(true).describe('同意；会签部门可签署不同意见（第五十五条）'),
        proposal: z.string().max(4000).default('').describe('会签有分歧时，各方理据和办理意见（第五十五条）'),
      }),
    },
    handler: async ({ actor, params, body }) => {
      const r = await signDocument(deps, actor(), params.id, body);
      return ok(withLabel(r.document), { verdicts: r.verdicts });
    },
  });
  for (const [cmd, summary] of [['register', '复核并登记编号'], ['issue', '印发'], ['archive', '归档']] as const) {
    route(app, deps, {
      method: 'POST', url: `/api/documents/:id/${cmd}`, operationId: `${cmd}Document`, summary, tags: ['公文'], permission: 'document:register',
      schema: { params: documentId, body: z.strictObject({}) },
      handler: async ({ actor, params }) => {
        const r = await registerDocument(deps, actor(), params.id, { type: cmd });
        return ok(withLabel(r.document), { verdicts: r.verdicts });
      },
    });
  }
  route(app, deps, {
    method: 'POST', url: '/api/documents/:id/void-number', operationId: 'voidDocumentNumber', summary: '作废文号（保留在登记簿，不再使用）', tags: ['公文'], permission: 'document:register',
    schema: { params: documentId, body: reason },
    handler: async ({ actor, params, body }) => {
      const r = await registerDocument(deps, actor(), params.id, { type: 'void-number', reason: body.reason });
      return ok(withLabel(r.document), { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/documents/:id/attachments', operationId: 'addAttachment',
    summary: '上传附件（multipart/form-data，字段 file；PDF、OFD、Office/WPS 文档、图片、ZIP，大小有上限）', tags: ['公文'], permission: 'document:draft',
    schema: { params: documentId },
    handler: async ({ actor, params, req, reply }) => {
      let file: { name: string; contentType: string; data: Buffer } | undefined;
      try {
        const part = await req.file();
        if (part) file = { name: part.filename, contentType: part.mimetype, data: await part.toBuffer() };
      } catch (e) {
        if (e instanceof Error && /too large|limit/i.test(e.message)) throw new DomainError('ATTACHMENT_REFUSED', '附件超过大小上限');
        throw new DomainError('VALIDATION_FAILED', '请以 multipart/form-data 上传一个文件（字段 file）', { fields: ['file'] });
      }
      if (!file) throw new DomainError('VALIDATION_FAILED', '请以 multipart/form-data 上传一个文件（字段 file）', { fields: ['file'] });
      const a = await addAttachment(deps, actor(), params.id, file);
      void reply.code(201);
      return ok(a);
    },
  });
  route(app, deps, {
    method: 'GET', url: '/api/documents/:id/attachments/:attachmentId', operationId: 'downloadAttachment', summary: '下载附件', tags: ['公文'], permission: 'document:read',
    schema: { params: z.strictObject({ id: z.string().min(1).max(64), attachmentId: z.string().min(1).max(64) }) },
    handler: async ({ actor, params, reply }) => {
      const f = await readAttachment(deps, actor(), params.id, params.attachmentId);
      void reply.header('content-type', f.contentType).header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(f.name)}`);
      return f.data;
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/documents/:id/attachments/:attachmentId/remove', operationId: 'removeAttachment', summary: '删除附件（拟稿、核稿环节；留痕）', tags: ['公文'], permission: 'document:draft',
    schema: { params: z.strictObject({ id: z.string().min(1).max(64), attachmentId: z.string().min(1).max(64) }), body: z.strictObject({}) },
    handler: async ({ actor, params }) => {
      await removeAttachment(deps, actor(), params.id, params.attachmentId);
      return ok({ removed: true });
    },
  });
  route(app, deps, {
    method: 'GET', url: '/api/document-numbers', operationId: 'numberRegister', summary: '发文字号登记簿', tags: ['公文'], permission: 'document:register',
    schema: {
      querystring: z.strictObject({
        prefix: z.string().max(20).optional(), year: z.coerce.number().int().min(2000).max(2100).optional(),
        limit: z.coerce.number().int().min(1).max(100_000).default(1000).describe('最多列出的文号数'),
      }),
    },
    handler: async ({ actor, query }) => ok(await listNumberRegister(deps, actor(), query)),
  });
  route(app, deps, {
    method: 'POST', url: '/api/document-numbers/sequences', operationId: 'presetSequence', summary: '设定某代字某年的起始文号（上线时一次性设定，留痕）', tags: ['公文'], permission: 'document:register',
    schema: {
      body: z.strictObject({
        prefix: z.string().trim().min(2).max(16).describe('机关代字'), year: z.number().int().min(2000).max(2100), nextSeq: z.number().int().min(1).max(99999).describe('下一个顺序号'),
        reason: z.string().trim().min(2).max(500).describe('理由'),
      }),
    },
    handler: async ({ actor, body, reply }) => {
      const r = await presetSequence(deps, actor(), body);
      void reply.code(201);
      return ok(r);
    },
  });
}
