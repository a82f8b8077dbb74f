import type { FastifyInstance } from 'fastify';
import type { ServiceDeps } from '../services/context.ts';

/** The public portal (server-rendered, no JavaScript needed). */
export function portalRoutes(app: FastifyInstance, _deps: ServiceDeps): void {
  app.get('/portal/', { config: { permission: 'public' } }, (_req, reply) =>
    reply.type('text/html; charset=utf-8').send('<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>云阳县人民政府 · 政务公开</title></head><body><main><h1>云阳县人民政府</h1></main></body></html>'),
  );
}
