import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../core/kernel/result.ts';
import { computeDeadlineFor } from '../services/calendar/compute-deadline.ts';
import type { ServiceDeps } from '../services/context.ts';
import type { PageContext } from './layout.ts';
import { deadlinePage, errorsFromService, validateDeadlineForm, type DeadlineForm } from './pages/deadline.ts';
import { errorPage, notFoundPage } from './pages/errors.ts';
import { homePage } from './pages/home.ts';
import { decisionsPage, readDecisionFilter } from './pages/decisions.ts';
import { listPublishedDecisions } from '../services/meetings/decision-publication.ts';
import { articlePage, rulesPage } from './pages/rules.ts';
import { consultationPortalRoutes } from './consultation-routes.ts';
import { NORMATIVE_PATH, normativeListPage, normativePage } from './pages/normative.ts';
import { publishedNormative } from '../services/normative/view-normative.ts';
import { majorDecisionsPage } from './pages/major-decisions.ts';
import { publicMajorDecisions } from '../services/major-decisions/view.ts';
import { DEFAULT_PREFS, queryString, readPrefs } from './prefs.ts';
import { PORTAL_CSS, PORTAL_CSS_VERSION } from './styles.ts';

const PUBLIC = { config: { permission: 'public' as const } };

/** Headers on every portal response: no scripts needed, nothing from elsewhere, no framing. */
export const PORTAL_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy':
    "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
};

function sendPage(reply: FastifyReply, status: number, page: string): FastifyReply {
  return reply
    .code(status)
    .headers(PORTAL_SECURITY_HEADERS)
    .header('cache-control', 'no-cache')
    .header('vary', 'Cookie')
    .type('text/html; charset=utf-8')
    .send(page);
}

function contextOf(deps: ServiceDeps, req: FastifyRequest, reply: FastifyReply, params: readonly [string, string][] = []): PageContext {
  const path = (req.url.split('?')[0] ?? '/portal/').replace(/\/{2,}/g, '/');
  return { prefs: readPrefs(req, reply), path, params, demo: deps.settings.demo };
}

/** Renders a page; an unexpected failure is logged and answered with an HTML 500 page. */
async function answer(
  deps: ServiceDeps,
  req: FastifyRequest,
  reply: FastifyReply,
  render: () => Promise<{ status: number; page: string }> | { status: number; page: string },
): Promise<FastifyReply> {
  try {
    const { status, page } = await render();
    return sendPage(reply, status, page);
  } catch (e) {
    req.log.error(e);
    const ctx: PageContext = { prefs: DEFAULT_PREFS, path: '/portal/', params: [], demo: deps.settings.demo };
    return sendPage(reply, 500, errorPage(ctx));
  }
}

/** The public portal (server-rendered, no JavaScript needed). */
export function portalRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  app.get('/portal', PUBLIC, (req, reply) => {
    const qs = req.url.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
    return reply.headers(PORTAL_SECURITY_HEADERS).redirect(`/portal/${qs}`, 301);
  });

  app.get('/portal/', PUBLIC, (req, reply) => answer(deps, req, reply, () => ({ status: 200, page: homePage(contextOf(deps, req, reply)) })));

  app.get('/portal/rules', PUBLIC, (req, reply) => answer(deps, req, reply, () => ({ status: 200, page: rulesPage(contextOf(deps, req, reply)) })));

  app.get<{ Params: { n: string } }>('/portal/rules/:n', PUBLIC, (req, reply) =>
    answer(deps, req, reply, () => {
      const ctx = contextOf(deps, req, reply);
      const n = /^[1-9]\d{0,3}$/.test(req.params.n) ? Number(req.params.n) : undefined;
      const page = n === undefined ? undefined : articlePage(ctx, n);
      if (page !== undefined) return { status: 200, page };
      const what = n === undefined ? `“${req.params.n}”不是有效的条文序号。` : `《云阳县人民政府工作规则》没有第${n}条。`;
      return { status: 404, page: notFoundPage(ctx, `${what}请从目录中选择条文。`) };
    }),
  );

  app.get('/portal/decisions', PUBLIC, (req, reply) =>
    answer(deps, req, reply, async () => {
      const filter = readDecisionFilter(queryString(req, 'year'), queryString(req, 'kind'));
      const params: [string, string][] = [...(filter.year ? [['year', String(filter.year)] as [string, string]] : []), ...(filter.kind ? [['kind', filter.kind] as [string, string]] : [])];
      const data = await listPublishedDecisions(deps, deps.settings.defaultTenantId, filter);
      return { status: 200, page: decisionsPage(contextOf(deps, req, reply, params), data, filter) };
    }),
  );

  app.get('/portal/deadline', PUBLIC, (req, reply) =>
    answer(deps, req, reply, async () => {
      const raw = { start: queryString(req, 'start'), period: queryString(req, 'period'), unit: queryString(req, 'unit') };
      const submitted = raw.start !== undefined || raw.period !== undefined || raw.unit !== undefined;
      const values: DeadlineForm = { start: raw.start ?? '', period: raw.period ?? '', unit: raw.unit ?? '' };
      const params: [string, string][] = submitted ? [['start', values.start], ['period', values.period], ['unit', values.unit]] : [];
      const ctx = contextOf(deps, req, reply, params);
      if (!submitted) return { status: 200, page: deadlinePage(ctx, values, {}) };
      const checked = validateDeadlineForm(values);
      if (!checked.ok) return { status: 400, page: deadlinePage(ctx, values, { errors: checked.errors }) };
      try {
        const deadline = await computeDeadlineFor(deps, null, checked.value);
        return { status: 200, page: deadlinePage(ctx, values, { deadline }) };
      } catch (e) {
        if (!(e instanceof DomainError) || e.code !== 'VALIDATION_FAILED') throw e;
        const fields = e.details?.['fields'];
        const messages = Array.isArray(fields) ? fields.filter((f): f is string => typeof f === 'string') : [e.message];
        return { status: 400, page: deadlinePage(ctx, values, { errors: errorsFromService(messages) }) };
      }
    }),
  );

  consultationPortalRoutes(app, deps, { answer, contextOf, headers: PORTAL_SECURITY_HEADERS });

  // Art. 21: the published normative documents with their status; a document not published is not found.
  app.get(NORMATIVE_PATH, PUBLIC, (req, reply) =>
    answer(deps, req, reply, async () => ({ status: 200, page: normativeListPage(contextOf(deps, req, reply), await publishedNormative(deps, deps.settings.defaultTenantId)) })),
  );
  app.get<{ Params: { id: string } }>(`${NORMATIVE_PATH}/:id`, PUBLIC, (req, reply) =>
    answer(deps, req, reply, async () => {
      const ctx = contextOf(deps, req, reply);
      const doc = (await publishedNormative(deps, deps.settings.defaultTenantId)).find((d) => d.id === req.params.id);
      return doc ? { status: 200, page: normativePage(ctx, doc) } : { status: 404, page: notFoundPage(ctx, '该规范性文件不存在或尚未公布。请从规范性文件列表中选择。') };
    }),
  );
  app.get('/portal/major-decisions', PUBLIC, (req, reply) =>
    answer(deps, req, reply, async () => ({ status: 200, page: majorDecisionsPage(contextOf(deps, req, reply), await publicMajorDecisions(deps, deps.settings.defaultTenantId)) })),
  );

  app.get('/portal/assets/portal.css', PUBLIC, (req, reply) => {
    const versioned = queryString(req, 'v') === PORTAL_CSS_VERSION;
    const etag = `"${PORTAL_CSS_VERSION}"`;
    void reply.headers(PORTAL_SECURITY_HEADERS).header('etag', etag);
    if (req.headers['if-none-match'] === etag) return reply.code(304).send();
    return reply
      .header('cache-control', versioned ? 'public, max-age=31536000, immutable' : 'public, max-age=300')
      .type('text/css; charset=utf-8')
      .send(PORTAL_CSS);
  });

  // Anything else under /portal/ is an HTML 404 page (not the API's JSON one).
  app.get('/portal/*', PUBLIC, (req, reply) => answer(deps, req, reply, () => ({ status: 404, page: notFoundPage(contextOf(deps, req, reply)) })));
}
