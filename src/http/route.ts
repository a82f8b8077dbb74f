import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { Permission } from '../core/access/permissions.ts';
import type { ServiceDeps } from '../services/context.ts';
import type { Actor } from '../services/ports.ts';
import type { ResolvedSession } from '../services/auth/session.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The permission a route needs; a route without one is refused (default deny). */
    permission?: Permission;
    /** Routes reachable before a required password change / second-factor enrolment. */
    allowIncompleteLogin?: boolean;
  }
  interface FastifyRequest {
    session?: ResolvedSession;
  }
}

type Schema = {
  body?: z.ZodType;
  params?: z.ZodType;
  querystring?: z.ZodType;
};

type Infer<S, K extends keyof Schema> = S extends { [P in K]: infer T } ? (T extends z.ZodType ? z.output<T> : undefined) : undefined;

export interface RouteContext<S extends Schema> {
  readonly deps: ServiceDeps;
  readonly req: FastifyRequest;
  readonly reply: FastifyReply;
  readonly body: Infer<S, 'body'>;
  readonly params: Infer<S, 'params'>;
  readonly query: Infer<S, 'querystring'>;
  /** The logged-in actor (throws for public routes that have none). */
  readonly actor: () => Actor;
  readonly session: ResolvedSession | undefined;
}

export interface RouteSpec<S extends Schema> {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  readonly url: string;
  readonly operationId: string;
  readonly summary: string;
  readonly tags: readonly string[];
  readonly permission: Permission;
  readonly allowIncompleteLogin?: boolean;
  readonly schema: S;
  readonly handler: (ctx: RouteContext<S>) => Promise<unknown>;
}

/** Registers one route: schema-validated, permission-declared, a few lines of glue. */
export function route<S extends Schema>(app: FastifyInstance, deps: ServiceDeps, spec: RouteSpec<S>): void {
  app.withTypeProvider<ZodTypeProvider>().route({
    method: spec.method,
    url: spec.url,
    config: { permission: spec.permission, allowIncompleteLogin: spec.allowIncompleteLogin ?? false },
    schema: {
      operationId: spec.operationId,
      summary: spec.summary,
      tags: [...spec.tags],
      ...(spec.schema.body ? { body: spec.schema.body } : {}),
      ...(spec.schema.params ? { params: spec.schema.params } : {}),
      ...(spec.schema.querystring ? { querystring: spec.schema.querystring } : {}),
    },
    handler: async (req, reply) => {
      const ctx: RouteContext<S> = {
        deps, req, reply,
        body: req.body as Infer<S, 'body'>,
        params: req.params as Infer<S, 'params'>,
        query: req.query as Infer<S, 'querystring'>,
        session: req.session,
        actor: () => {
          if (!req.session) throw new Error('route has no actor');
          return req.session.actor;
        },
      };
      return spec.handler(ctx);
    },
  });
}
