import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ServiceDeps } from '../../../services/context.ts';
import { listOrganisation } from '../../../services/org/list-org.ts';
import { route } from '../../route.ts';
import { ok } from '../../present.ts';

export function orgRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  route(app, deps, {
    method: 'GET', url: '/api/org', operationId: 'getOrganisation', summary: '组织机构：机构、岗位及某日在岗人员', tags: ['组织'], permission: 'org:read',
    schema: { querystring: z.strictObject({ on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD').optional().describe('日期') }) },
    handler: async ({ actor, query }) => ok(await listOrganisation(deps, actor().tenantId, query.on)),
  });
}
