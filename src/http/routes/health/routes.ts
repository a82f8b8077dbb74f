import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ServiceDeps } from '../../../services/context.ts';
import { route } from '../../route.ts';
import { ok } from '../../present.ts';
import { demoAccounts } from '../../../services/platform/demo-accounts.ts';

export function healthRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  route(app, deps, {
    method: 'GET', url: '/api/health', operationId: 'getHealth', summary: '健康检查', tags: ['平台'], permission: 'public', schema: {},
    handler: async () => {
      const tenants = await deps.store.tenants.list();
      return ok({ status: 'ok', database: deps.store.dialect, tenants: tenants.length, demo: deps.settings.demo });
    },
  });
  route(app, deps, {
    method: 'GET', url: '/api/meta', operationId: 'getMeta', summary: '系统信息（演示环境标识、规则包）', tags: ['平台'], permission: 'public',
    schema: { querystring: z.strictObject({}) },
    handler: async () => {
      const tenant = await deps.store.tenants.get(deps.settings.defaultTenantId);
      return ok({ demo: deps.settings.demo, demoAccounts: demoAccounts(deps), tenant: tenant ? { id: tenant.id, name: tenant.name } : null, packs: deps.packs.map((p) => ({ id: p.id, title: p.title, effectiveFrom: p.effectiveFrom })) });
    },
  });
}
