import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ServiceDeps } from '../../../services/context.ts';
import { coverageReport, getArticle, listArticles, listParameters, listRules } from '../../../services/law/law-catalogue.ts';
import { route } from '../../route.ts';
import { ok } from '../../present.ts';

export function lawRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  route(app, deps, {
    method: 'GET', url: '/api/law/articles', operationId: 'listArticles', summary: '条文库：全部条文', tags: ['条文库'], permission: 'law:read',
    schema: {}, handler: () => Promise.resolve(ok(listArticles())),
  });
  route(app, deps, {
    method: 'GET', url: '/api/law/articles/:number', operationId: 'getArticle', summary: '条文及执行该条的规则', tags: ['条文库'], permission: 'law:read',
    schema: { params: z.strictObject({ number: z.coerce.number().int().min(1).max(999).describe('条号') }) },
    handler: ({ params }) => Promise.resolve(ok(getArticle(params.number))),
  });
  route(app, deps, {
    method: 'GET', url: '/api/law/coverage', operationId: 'getCoverage', summary: '规则覆盖情况（每条恰一行）', tags: ['条文库'], permission: 'law:read',
    schema: {}, handler: () => Promise.resolve(ok(coverageReport())),
  });
  route(app, deps, {
    method: 'GET', url: '/api/law/rules', operationId: 'listRules', summary: '全部规则及其依据', tags: ['条文库'], permission: 'law:read',
    schema: {}, handler: () => Promise.resolve(ok(listRules())),
  });
  route(app, deps, {
    method: 'GET', url: '/api/law/parameters', operationId: 'listParameters', summary: '规则包参数及其来源', tags: ['条文库'], permission: 'law:read',
    schema: {}, handler: () => Promise.resolve(ok(listParameters())),
  });
}
