import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServiceDeps } from '../services/context.ts';
import { installErrorHandler } from './error-handler.ts';
import { installSessionGuard } from './session-guard.ts';
import { healthRoutes } from './routes/health/routes.ts';
import { authRoutes } from './routes/auth/routes.ts';
import { taskRoutes } from './routes/tasks/routes.ts';
import { calendarRoutes } from './routes/calendar/routes.ts';
import { schedulerRoutes } from './routes/scheduler/routes.ts';
import { lawRoutes } from './routes/law/routes.ts';
import { orgRoutes } from './routes/org/routes.ts';
import { leaveRoutes } from './routes/leave/routes.ts';
import { documentRoutes } from './routes/documents/routes.ts';
import multipart from '@fastify/multipart';
import { incomingRoutes } from './routes/incoming/routes.ts';
import { meetingRoutes } from './routes/meetings/routes.ts';
import { meetingRecordRoutes } from './routes/meetings/records-routes.ts';
import { meetingApprovalRoutes } from './routes/meeting-approvals/routes.ts';
import { auditFindingRoutes } from './routes/audit-findings/routes.ts';
import { keyWorkRoutes } from './routes/key-work/routes.ts';
import { consultationRoutes } from './routes/consultations/routes.ts';
import { normativeRoutes } from './routes/normative/routes.ts';
import { majorDecisionRoutes } from './routes/major-decisions/routes.ts';
import { auditRoutes, type AuditTools } from './routes/audit/routes.ts';
import { portalRoutes } from '../portal/routes.ts';

z.config(z.locales.zhCN());

export interface ServerOptions {
  readonly deps: ServiceDeps;
  readonly audit: AuditTools;
  /** Built staff application (vite output); absent in API-only tests. */
  readonly webDir?: string | undefined;
  /** Serve only the public portal (internet-facing side). */
  readonly portalOnly?: boolean;
  readonly logger?: boolean;
  readonly secureCookie?: boolean;
  /**
   * Which peers' X-Forwarded-For is believed for the client's address (per-address limits, the
   * login lockout's record): addresses or CIDR ranges, comma-separated, or `loopback` (the
   * default: a reverse proxy on the same host). A client reaching the server directly cannot
   * choose its own address by sending the header.
   */
  readonly trustProxy?: string | undefined;
}

export const DEFAULT_TRUST_PROXY = 'loopback';

export interface RouteInfo {
  readonly method: string;
  readonly url: string;
  readonly permission: string | undefined;
  readonly operationId: string | undefined;
}

/** The composition root of the HTTP side: plugins, guards, routes. */
export async function buildServer(opts: ServerOptions): Promise<FastifyInstance & { routeTable: RouteInfo[] }> {
  const trustProxy = (opts.trustProxy ?? DEFAULT_TRUST_PROXY).split(',').map((a) => a.trim()).filter((a) => a !== '');
  const app = Fastify({ logger: opts.logger ?? false, trustProxy, bodyLimit: 2 * 1024 * 1024 });
  const routeTable: RouteInfo[] = [];
  app.addHook('onRoute', (r) => {
    const methods = Array.isArray(r.method) ? r.method : [r.method];
    for (const m of methods) {
      if (m === 'HEAD') continue;
      routeTable.push({ method: m, url: r.url, permission: r.config?.permission, operationId: (r.schema)?.operationId });
    }
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  await app.register(cookie);
  // Attachments: one file per request; the pack's size limit is checked by the service, this is the hard cap.
  await app.register(multipart, { limits: { files: 1, fileSize: 64 * 1048576, fields: 5 } });
  await app.register(swagger, {
    openapi: {
      info: { title: '云政 API', version: '0.1.0', description: '云阳县人民政府工作规则运行系统的接口。每个接口声明所需权限；错误码见 docs/errors.md。' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'yz_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  const { deps } = opts;
  const webBuilt = !opts.portalOnly && opts.webDir !== undefined && existsSync(join(opts.webDir, 'index.html'));
  installErrorHandler(app, webBuilt ? (reply) => reply.type('text/html; charset=utf-8').sendFile('index.html') : undefined);

  if (!opts.portalOnly) {
    installSessionGuard(app, deps);
    healthRoutes(app, deps);
    authRoutes(app, deps, { secureCookie: opts.secureCookie ?? false });
    taskRoutes(app, deps);
    calendarRoutes(app, deps);
    schedulerRoutes(app, deps);
    lawRoutes(app, deps);
    orgRoutes(app, deps);
    leaveRoutes(app, deps);
    documentRoutes(app, deps);
    incomingRoutes(app, deps);
    meetingRoutes(app, deps);
    meetingRecordRoutes(app, deps);
    meetingApprovalRoutes(app, deps);
    auditFindingRoutes(app, deps);
    keyWorkRoutes(app, deps);
    consultationRoutes(app, deps);
    normativeRoutes(app, deps);
    majorDecisionRoutes(app, deps);
    auditRoutes(app, deps, opts.audit);
    app.get('/api/openapi.json', { config: { permission: 'public' } }, () => app.swagger());
  } else {
    app.get('/api/health', { config: { permission: 'public' } }, () => ({ data: { status: 'ok', portalOnly: true }, verdicts: [] }));
  }
  portalRoutes(app, deps);

  if (webBuilt) {
    // Files are looked up on each request, so a rebuilt application is served without a restart;
    // every other page address falls back to index.html (the not-found handler above).
    await app.register(fastifyStatic, { root: opts.webDir, prefix: '/', index: ['index.html'] });
  } else if (!opts.portalOnly) {
    app.get('/', { config: { permission: 'public' } }, (_req, reply) =>
      reply.type('text/html; charset=utf-8').send('<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>云政</title></head><body><p>云政：前端尚未构建，请运行 npm run build:web。</p></body></html>'),
    );
  }
  await app.ready();
  const built: FastifyInstance & { routeTable: RouteInfo[] } = Object.assign(app as FastifyInstance, { routeTable });
  return built;
}
