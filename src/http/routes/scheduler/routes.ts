import type { FastifyInstance } from 'fastify';
import type { ServiceDeps } from '../../../services/context.ts';
import { runScheduler } from '../../../services/scheduler/run-scheduler.ts';
import { route } from '../../route.ts';
import { ok } from '../../present.ts';

export function schedulerRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  route(app, deps, {
    method: 'POST', url: '/api/scheduler/run', operationId: 'runScheduler', summary: '立即运行一次期限巡检（提醒与逾期督办）', tags: ['待办'],
    permission: 'scheduler:run', schema: {},
    handler: async ({ actor }) => ok(await runScheduler(deps, actor().tenantId)),
  });
}
