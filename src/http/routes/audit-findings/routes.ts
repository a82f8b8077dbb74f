import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ServiceDeps } from '../../../services/context.ts';
import { recordFinding } from '../../../services/audit-findings/record-finding.ts';
import { actOnFinding } from '../../../services/audit-findings/act-on-finding.ts';
import { getFinding, listFindings } from '../../../services/audit-findings/list-findings.ts';
import { route } from '../../route.ts';
import { ok } from '../../present.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
const id = z.string().min(1).max(64);
const findingId = z.strictObject({ id: id.describe('审计发现编号') });
const text = (max: number) => z.string().trim().min(2).max(max);

// Changing a finding is decided by post, not by role (art. 9): every signed-in account reaches the
// rule, and everyone outside the audit bureau — other departments, the office, administrators — is
// refused by it with the article and the refusal recorded. Reading is a business permission,
// filtered by post on the server.
export function auditFindingRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  route(app, deps, {
    method: 'GET', url: '/api/audit-findings', operationId: 'listAuditFindings', summary: '审计整改台账（按岗位过滤：审计局、县领导和办公室看全部，被审计单位看本单位）', tags: ['审计整改'],
    permission: 'audit-findings:read',
    schema: {
      querystring: z.strictObject({
        status: z.enum(['rectifying', 'reported', 'rectified', 'not-rectified']).optional().describe('状态'),
        auditedBodyId: id.optional().describe('被审计单位'),
      }),
    },
    handler: async ({ actor, query }) => ok(await listFindings(deps, actor(), query)),
  });
  route(app, deps, {
    method: 'GET', url: '/api/audit-findings/:id', operationId: 'getAuditFinding', summary: '审计发现及其整改过程', tags: ['审计整改'], permission: 'audit-findings:read',
    schema: { params: findingId }, handler: async ({ actor, params }) => ok(await getFinding(deps, actor(), params.id)),
  });
  route(app, deps, {
    method: 'POST', url: '/api/audit-findings', operationId: 'recordAuditFinding', summary: '记录审计发现并交被审计单位整改（第九条、第三十五条）', tags: ['审计整改'], permission: 'authenticated',
    schema: {
      body: z.strictObject({
        auditedBodyId: id.describe('被审计单位'),
        title: text(200).describe('问题标题'),
        finding: text(4000).describe('审计发现的问题'),
        requirement: text(2000).describe('整改要求'),
        dueDate: isoDate.describe('整改期限'),
      }),
    },
    handler: async ({ actor, body, reply }) => {
      const r = await recordFinding(deps, actor(), body);
      void reply.code(201);
      return ok(r.finding, { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/audit-findings/:id/reports', operationId: 'reportRectification', summary: '报送整改情况（被审计单位，第三十五条）', tags: ['审计整改'], permission: 'authenticated',
    schema: { params: findingId, body: z.strictObject({ text: text(4000).describe('整改情况'), reportDate: isoDate.describe('报送日期') }) },
    handler: async ({ actor, params, body, reply }) => {
      const r = await actOnFinding(deps, actor(), params.id, { type: 'report', text: body.text, reportDate: body.reportDate });
      void reply.code(201);
      return ok(r.finding, { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/audit-findings/:id/conclusion', operationId: 'concludeRectification', summary: '认定已整改或未整改到位（县审计局，第九条）', tags: ['审计整改'], permission: 'authenticated',
    schema: { params: findingId, body: z.strictObject({ result: z.enum(['rectified', 'not-rectified']).describe('认定结果'), note: text(2000).describe('说明') }) },
    handler: async ({ actor, params, body }) => {
      const r = await actOnFinding(deps, actor(), params.id, { type: body.result === 'rectified' ? 'mark-rectified' : 'mark-not-rectified', note: body.note });
      return ok(r.finding, { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/audit-findings/:id/follow-ups', operationId: 'followUpFinding', summary: '追加整改要求（县审计局，第九条）', tags: ['审计整改'], permission: 'authenticated',
    schema: { params: findingId, body: z.strictObject({ requirement: text(2000).describe('追加的整改要求'), dueDate: isoDate.describe('新的整改期限') }) },
    handler: async ({ actor, params, body, reply }) => {
      const r = await actOnFinding(deps, actor(), params.id, { type: 'follow-up', requirement: body.requirement, dueDate: body.dueDate });
      void reply.code(201);
      return ok(r.finding, { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/audit-findings/:id/amend', operationId: 'amendFinding', summary: '修改审计发现（县审计局，原文保留；第九条）', tags: ['审计整改'], permission: 'authenticated',
    schema: {
      params: findingId,
      body: z.strictObject({
        title: text(200).optional().describe('问题标题'),
        finding: text(4000).optional().describe('审计发现的问题'),
        requirement: text(2000).optional().describe('整改要求'),
        dueDate: isoDate.optional().describe('整改期限'),
        note: text(1000).describe('修改说明'),
      }),
    },
    handler: async ({ actor, params, body }) => {
      const r = await actOnFinding(deps, actor(), params.id, { type: 'amend', ...body });
      return ok(r.finding, { verdicts: r.verdicts });
    },
  });
}
