/**
 * The portal's 征求意见 pages. The comment form is a plain POST (application/x-www-form-urlencoded,
 * parsed only here) answered by a redirect to a confirmation page (POST-redirect-GET); a refused
 * submission re-renders the page with the reader's text and the reasons. No script is needed.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../core/kernel/result.ts';
import type { ServiceDeps } from '../services/context.ts';
import { commentFieldErrors, submitComment } from '../services/consultations/comments.ts';
import { getPublicConsultation, listPublicConsultations } from '../services/consultations/view-consultations.ts';
import { requirePack } from '../services/platform/pack-in-force.ts';
import type { PageContext } from './layout.ts';
import { CONSULTATIONS_PATH, commentReceivedPage, consultationPage, consultationsPage, type CommentForm } from './pages/consultations.ts';
import { notFoundPage } from './pages/errors.ts';
import { href } from './prefs.ts';

const PUBLIC = { config: { permission: 'public' as const } };
/** A comment form is small: the longest comment allowed in UTF-8, percent-encoded, with room to spare. */
const FORM_BODY_LIMIT = 256 * 1024;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

type Render = () => Promise<{ status: number; page: string }> | { status: number; page: string };

/** What the portal's routes module lends these pages: its page answer, context and security headers. */
export interface PortalKit {
  readonly answer: (deps: ServiceDeps, req: FastifyRequest, reply: FastifyReply, render: Render) => Promise<FastifyReply>;
  readonly contextOf: (deps: ServiceDeps, req: FastifyRequest, reply: FastifyReply) => PageContext;
  readonly headers: Readonly<Record<string, string>>;
}

function limitsOf(deps: ServiceDeps): { minChars: number; maxChars: number } {
  const { pack } = requirePack(deps, deps.clock.now());
  return { minChars: pack.numberParam('consultation.commentMinChars'), maxChars: pack.numberParam('consultation.commentMaxChars') };
}

const field = (body: Record<string, unknown>, key: string): string => {
  const v = body[key];
  return typeof v === 'string' ? v : '';
};

export function consultationPortalRoutes(app: FastifyInstance, deps: ServiceDeps, kit: PortalKit): void {
  const { answer, contextOf } = kit;
  const missing = (ctx: PageContext) => ({ status: 404, page: notFoundPage(ctx, '该征求意见不存在或尚未开始。请从征求意见列表中选择。') });

  app.get(CONSULTATIONS_PATH, PUBLIC, (req, reply) =>
    answer(deps, req, reply, async () => ({ status: 200, page: consultationsPage(contextOf(deps, req, reply), await listPublicConsultations(deps), deps.clock.now()) })),
  );

  app.get<{ Params: { id: string } }>(`${CONSULTATIONS_PATH}/:id`, PUBLIC, (req, reply) =>
    answer(deps, req, reply, async () => {
      const ctx = contextOf(deps, req, reply);
      const c = ID.test(req.params.id) ? await getPublicConsultation(deps, req.params.id) : undefined;
      return c ? { status: 200, page: consultationPage(ctx, c, deps.clock.now(), limitsOf(deps)) } : missing(ctx);
    }),
  );

  app.get<{ Params: { id: string } }>(`${CONSULTATIONS_PATH}/:id/received`, PUBLIC, (req, reply) =>
    answer(deps, req, reply, async () => {
      const ctx = contextOf(deps, req, reply);
      const c = ID.test(req.params.id) ? await getPublicConsultation(deps, req.params.id) : undefined;
      return c ? { status: 200, page: commentReceivedPage(ctx, c) } : missing(ctx);
    }),
  );

  // The form parser lives in its own scope: the API keeps accepting JSON only.
  void app.register((scope, _opts, done) => {
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT }, (_req, body, parsed) => {
      parsed(null, Object.fromEntries(new URLSearchParams(typeof body === 'string' ? body : body.toString('utf8'))));
    });
    scope.post<{ Params: { id: string } }>(`${CONSULTATIONS_PATH}/:id/comments`, PUBLIC, async (req, reply) => {
      const ctx = contextOf(deps, req, reply);
      const id = req.params.id;
      const body = (typeof req.body === 'object' && req.body !== null ? req.body : {}) as Record<string, unknown>;
      const values: CommentForm = { content: field(body, 'content'), name: field(body, 'name'), contact: field(body, 'contact') };
      let refusal: { status: number; message: string } | { status: number; errors: ReturnType<typeof commentFieldErrors> } | undefined;
      try {
        if (!ID.test(id)) throw new DomainError('CONSULTATION_NOT_FOUND', '征求意见不存在');
        await submitComment(deps, { consultationId: id, content: values.content, name: values.name, contact: values.contact, honeypot: field(body, 'website'), address: req.ip });
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        if (e.code === 'CONSULTATION_NOT_FOUND') return answer(deps, req, reply, () => missing(ctx));
        const errors = commentFieldErrors(e);
        if (errors !== undefined) refusal = { status: 400, errors };
        else if (e.code === 'RULE_BLOCKED') refusal = { status: 422, message: e.message };
        else if (e.code === 'RATE_LIMITED') refusal = { status: 429, message: e.message };
        else throw e;
      }
      if (refusal === undefined) {
        return reply.code(303).headers(kit.headers).header('cache-control', 'no-store').redirect(href(`${CONSULTATIONS_PATH}/${id}/received`, ctx.prefs), 303);
      }
      const r = refusal;
      return answer(deps, req, reply, async () => {
        const c = await getPublicConsultation(deps, id);
        // Before the opening the page is not public: say why the comment was refused all the same.
        if (!c) return { status: r.status, page: notFoundPage(ctx, 'message' in r ? r.message : undefined) };
        const outcome = 'errors' in r ? { values, errors: r.errors ?? {} } : { values, refusal: r.message };
        return { status: r.status, page: consultationPage(ctx, c, deps.clock.now(), limitsOf(deps), outcome) };
      });
    });
    done();
  });
}
