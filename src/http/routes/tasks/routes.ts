import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ServiceDeps } from '../../../services/context.ts';
import { completeTask } from '../../../services/tasks/complete-task.ts';
import { createTask } from '../../../services/tasks/create-task.ts';
import { cancelTask } from '../../../services/tasks/cancel-task.ts';
import { listMyNotifications } from '../../../services/tasks/list-notifications.ts';
import { getTask, listMyTasks } from '../../../services/tasks/list-tasks.ts';
import { route } from '../../route.ts';
import { listOverdue } from '../../../services/tasks/list-overdue.ts';
import { ok } from '../../present.ts';

const taskId = z.strictObject({ id: z.string().min(1).max(64).describe('待办编号') });

export function taskRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  route(app, deps, {
    method: 'GET', url: '/api/tasks', operationId: 'listMyTasks', summary: '我的待办（工作台）', tags: ['待办'], permission: 'tasks:read',
    schema: {
      querystring: z.strictObject({
        status: z.enum(['open', 'done', 'cancelled']).optional().describe('状态'),
        forPersonId: z.string().min(1).max(64).optional().describe('代录：所代录的领导的待办（须有有效的代录关系）'),
      }),
    },
    handler: async ({ actor, query }) => ok(await listMyTasks(deps, actor(), { status: query.status, forPersonId: query.forPersonId })),
  });
  route(app, deps, {
    method: 'GET', url: '/api/tasks/overdue', operationId: 'listOverdue', summary: '逾期事项登记（第四十条、第五十二条）', tags: ['待办'], permission: 'tasks:overdue',
    schema: {}, handler: async ({ actor }) => ok(await listOverdue(deps, actor())),
  });
  route(app, deps, {
    method: 'GET', url: '/api/tasks/:id', operationId: 'getTask', summary: '待办详情', tags: ['待办'], permission: 'tasks:read',
    schema: { params: taskId },
    handler: async ({ actor, params }) => ok(await getTask(deps, actor(), params.id)),
  });
  route(app, deps, {
    method: 'POST', url: '/api/tasks', operationId: 'createTask', summary: '交办待办', tags: ['待办'], permission: 'tasks:create',
    schema: {
      body: z.strictObject({
        title: z.string().trim().min(1).max(200).describe('标题'),
        ownerPositionId: z.string().max(64).optional().describe('承办岗位'),
        ownerPersonId: z.string().max(64).optional().describe('承办人'),
        period: z.strictObject({ value: z.number().int().min(1).max(3650), unit: z.enum(['workday', 'day', 'month']) }).optional().describe('办理期限'),
      }),
    },
    handler: async ({ actor, body, reply }) => {
      const t = await createTask(deps, actor(), { ...body, kind: 'assignment', sourceType: 'assignment' });
      void reply.code(201);
      return ok(await getTask(deps, actor(), t.id));
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/tasks/:id/complete', operationId: 'completeTask', summary: '办结待办', tags: ['待办'], permission: 'tasks:complete',
    schema: {
      params: taskId,
      body: z.strictObject({
        note: z.string().max(2000).optional().describe('办理情况'), expectedVersion: z.number().int().min(1).optional(),
        onBehalfOfPersonId: z.string().min(1).max(64).optional().describe('代录：所代录的领导（办结属于该领导，须有有效的代录关系）'),
      }),
    },
    handler: async ({ actor, params, body }) => {
      const r = await completeTask(deps, actor(), { taskId: params.id, note: body.note, expectedVersion: body.expectedVersion, onBehalfOfPersonId: body.onBehalfOfPersonId });
      return ok(r.task, { verdicts: r.verdicts });
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/tasks/:id/cancel', operationId: 'cancelTask', summary: '撤销待办（须说明理由）', tags: ['待办'], permission: 'tasks:create',
    schema: { params: taskId, body: z.strictObject({ reason: z.string().trim().min(2).max(500).describe('撤销理由') }) },
    handler: async ({ actor, params, body }) => ok(await cancelTask(deps, actor(), { taskId: params.id, reason: body.reason })),
  });
  route(app, deps, {
    method: 'GET', url: '/api/notifications', operationId: 'listMyNotifications', summary: '我的提醒与督办通知', tags: ['待办'], permission: 'tasks:read',
    schema: {},
    handler: async ({ actor }) => ok(await listMyNotifications(deps, actor())),
  });
}
