import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ServiceDeps } from '../../../services/context.ts';
import { listOrganisation } from '../../../services/org/list-org.ts';
import { explainActing, listWhoIsAway } from '../../../services/org/who-is-away.ts';
import { recordEmergency } from '../../../services/org/record-emergency.ts';
import { route } from '../../route.ts';
import { ok } from '../../present.ts';

export function orgRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  route(app, deps, {
    method: 'GET', url: '/api/org', operationId: 'getOrganisation', summary: '组织机构：机构、岗位及某日在岗人员', tags: ['组织'], permission: 'org:read',
    schema: { querystring: z.strictObject({ on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD').optional().describe('日期') }) },
    handler: async ({ actor, query }) => ok(await listOrganisation(deps, actor().tenantId, query.on)),
  });
  const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
  route(app, deps, {
    method: 'GET', url: '/api/org/away', operationId: 'whoIsAway', summary: '谁不在岗、由谁代为履职（逐日）', tags: ['组织'], permission: 'org:read',
    schema: { querystring: z.strictObject({ from: isoDate.optional().describe('起始日'), to: isoDate.optional().describe('截止日（至多31天）') }) },
    handler: async ({ actor, query }) => ok(await listWhoIsAway(deps, actor().tenantId, query.from, query.to)),
  });
  route(app, deps, {
    method: 'GET', url: '/api/org/acting', operationId: 'whoActsFor', summary: '某岗位某时刻由谁履职及理由（第五条、第五十九条）', tags: ['组织'], permission: 'org:read',
    schema: { querystring: z.strictObject({ positionId: z.string().min(1).max(64).describe('岗位'), at: z.iso.datetime({ offset: true }).optional().describe('时刻（默认现在）') }) },
    handler: async ({ actor, query }) => ok(await explainActing(deps, actor().tenantId, query.positionId, query.at)),
  });
  route(app, deps, {
    method: 'POST', url: '/api/emergencies', operationId: 'recordEmergency', summary: '记录紧急事项处置并生成向县长报告的待办（第六条）', tags: ['组织'],
    permission: 'emergency:record',
    schema: {
      body: z.strictObject({
        title: z.string().trim().min(2).max(200).describe('事项'),
        description: z.string().trim().min(2).max(4000).describe('处置情况'),
        handledAt: z.iso.datetime({ offset: true }).describe('处置时间'),
      }),
    },
    handler: async ({ actor, body, reply }) => {
      const r = await recordEmergency(deps, actor(), body);
      void reply.code(201);
      return ok(r);
    },
  });
}
