import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ServiceDeps } from '../../../services/context.ts';
import { requestLeave } from '../../../services/leave/request-leave.ts';
import { actOnLeave } from '../../../services/leave/act-on-leave.ts';
import { listLeave } from '../../../services/leave/list-leave.ts';
import { route } from '../../route.ts';
import { ok } from '../../present.ts';

const instant = z.iso.datetime({ offset: true, message: '须为带时区的时间，如 2025-11-05T08:00:00+08:00' });
const leaveId = z.strictObject({ id: z.string().min(1).max(64).describe('请假记录编号') });
const onBehalfOf = z.string().min(1).max(64).optional().describe('代录：所代录的领导（决定属于该领导，须有有效的代录关系）');

export function leaveRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  route(app, deps, {
    method: 'POST', url: '/api/leave', operationId: 'requestLeave', summary: '请假或报告外出（第五十九条）', tags: ['请销假'], permission: 'leave:request',
    schema: {
      body: z.strictObject({
        kind: z.enum(['leave', 'travel', 'inspection']).describe('类别：请假、外出、考察'),
        fromAt: instant.describe('出发时间'),
        toAt: instant.describe('返回时间'),
        destination: z.string().trim().min(1).max(200).describe('去向'),
        reason: z.string().trim().min(1).max(1000).describe('事由'),
        presidingPersonId: z.string().max(64).optional().describe('外出期间主持工作的负责人（部门、乡镇、街道主要负责人须填）'),
        lateReason: z.string().max(500).optional().describe('未提前3天请假的原因'),
      }),
    },
    handler: async ({ actor, body, reply }) => {
      const r = await requestLeave(deps, actor(), body);
      void reply.code(201);
      return ok(r.absence, { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'GET', url: '/api/leave', operationId: 'listLeave', summary: '我的请假和待我审批的请假', tags: ['请销假'], permission: 'leave:read',
    schema: { querystring: z.strictObject({ forPersonId: z.string().min(1).max(64).optional().describe('代录：所代录的领导（须有有效的代录关系）') }) },
    handler: async ({ actor, query }) => ok(await listLeave(deps, actor(), { forPersonId: query.forPersonId })),
  });
  route(app, deps, {
    method: 'POST', url: '/api/leave/:id/approve', operationId: 'approveLeave', summary: '批准请假', tags: ['请销假'], permission: 'leave:decide',
    schema: { params: leaveId, body: z.strictObject({ note: z.string().max(500).optional().describe('审批意见'), onBehalfOfPersonId: onBehalfOf }) },
    handler: async ({ actor, params, body }) => {
      const r = await actOnLeave(deps, actor(), params.id, { type: 'approve', note: body.note }, { onBehalfOfPersonId: body.onBehalfOfPersonId });
      return ok(r.absence, { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/leave/:id/reject', operationId: 'rejectLeave', summary: '不批准请假（须说明理由）', tags: ['请销假'], permission: 'leave:decide',
    schema: { params: leaveId, body: z.strictObject({ note: z.string().trim().min(2).max(500).describe('理由'), onBehalfOfPersonId: onBehalfOf }) },
    handler: async ({ actor, params, body }) => {
      const r = await actOnLeave(deps, actor(), params.id, { type: 'reject', note: body.note }, { onBehalfOfPersonId: body.onBehalfOfPersonId });
      return ok(r.absence, { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/leave/:id/cancel', operationId: 'cancelLeave', summary: '撤回请假', tags: ['请销假'], permission: 'leave:request',
    schema: { params: leaveId, body: z.strictObject({}) },
    handler: async ({ actor, params }) => {
      const r = await actOnLeave(deps, actor(), params.id, { type: 'cancel' });
      return ok(r.absence, { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/leave/:id/return', operationId: 'returnFromLeave', summary: '销假', tags: ['请销假'], permission: 'leave:request',
    schema: { params: leaveId, body: z.strictObject({}) },
    handler: async ({ actor, params }) => {
      const r = await actOnLeave(deps, actor(), params.id, { type: 'return' });
      return ok(r.absence, { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/leave/:id/forward', operationId: 'forwardLeave', summary: '县政府办公室转呈县领导审批（第五十九条）', tags: ['请销假'], permission: 'leave:forward',
    schema: { params: leaveId, body: z.strictObject({ note: z.string().trim().max(500).optional().describe('转呈意见') }) },
    handler: async ({ actor, params, body }) => {
      const r = await actOnLeave(deps, actor(), params.id, { type: 'forward', note: body.note === '' ? undefined : body.note });
      return ok(r.absence, { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/leave/:id/send-back', operationId: 'sendBackLeave', summary: '县政府办公室退回请假（须说明理由，第五十九条）', tags: ['请销假'], permission: 'leave:forward',
    schema: { params: leaveId, body: z.strictObject({ note: z.string().trim().min(2).max(500).describe('退回理由') }) },
    handler: async ({ actor, params, body }) => {
      const r = await actOnLeave(deps, actor(), params.id, { type: 'send-back', note: body.note });
      return ok(r.absence, { verdicts: r.verdicts });
    },
  });
}
