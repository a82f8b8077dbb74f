import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AUDIT_EVENT_TYPES, isAuditEventType } from '../../../core/audit/events.ts';
import type { ServiceDeps } from '../../../services/context.ts';
import { route } from '../../route.ts';
import { ok } from '../../present.ts';
import { labelVerdict } from '../../../services/law/law-catalogue.ts';

/** Audit operations that work below the services (the chain itself), provided by the composition root. */
export interface AuditTools {
  verify(tenantId: string): Promise<{ ok: boolean; events: number; checkpointsChecked: number; lastSeq: number; firstProblem: unknown }>;
  checkpoint(tenantId: string): Promise<{ seq: number } | null>;
}

export function auditRoutes(app: FastifyInstance, deps: ServiceDeps, tools: AuditTools): void {
  route(app, deps, {
    method: 'GET', url: '/api/audit/events', operationId: 'listAuditEvents', summary: '审计记录（只读）', tags: ['审计'], permission: 'audit:read',
    schema: {
      querystring: z.strictObject({
        subjectType: z.string().max(64).optional(), subjectId: z.string().max(64).optional(),
        beforeSeq: z.coerce.number().int().min(1).optional(), limit: z.coerce.number().int().min(1).max(500).default(100),
      }),
    },
    handler: async ({ actor, query }) => {
      const rows = await deps.store.audit.list(actor().tenantId, query);
      return ok(rows.map((r) => ({
        seq: r.seq, id: r.id, at: r.at, type: r.type, typeLabel: isAuditEventType(r.type) ? AUDIT_EVENT_TYPES[r.type] : r.type,
        actorAccountId: r.actorAccountId, actorPersonId: r.actorPersonId, onBehalfOfPersonId: r.onBehalfOfPersonId,
        subjectType: r.subjectType, subjectId: r.subjectId, payload: JSON.parse(r.payload) as unknown, verdicts: (JSON.parse(r.verdicts) as { cites: string[] }[]).map(labelVerdict), hash: r.hash,
      })));
    },
  });
  route(app, deps, {
    method: 'POST', url: '/api/audit/verify', operationId: 'verifyAudit', summary: '校验审计链（SM3 链与密钥检查点）', tags: ['审计'], permission: 'audit:verify',
    schema: {},
    handler: async ({ actor }) => ok(await tools.verify(actor().tenantId)),
  });
}
