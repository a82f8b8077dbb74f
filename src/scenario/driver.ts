/**
 * Drives the HTTP application in process (`inject()`) as the demo accounts: each logs in once with
 * the demo password and keeps its session; a session the server let lapse is renewed. Used by the
 * scenario runner and by the demo's seeded work.
 */
import type { FastifyInstance } from 'fastify';
import type { RouteInfo } from '../http/server.ts';
import type { Instance } from '../runtime/instance.ts';
import { DEMO_ADMINS, DEMO_PASSWORD, DEMO_PEOPLE } from '../packs/yunyang-2025/demo-org.ts';
import { citesOf, show } from './match.ts';

/** The account name that means "not logged in". */
export const ANONYMOUS = 'anonymous';

/** A step that cannot be played as written (its message says why, in Chinese). */
export class StepError extends Error {}

const demoAccounts = () => [...DEMO_PEOPLE.flatMap((p) => (p.username ? [p.username] : [])), ...DEMO_ADMINS.map((a) => a.username)];

/** Fills `:name` path segments from params; the rest become the query string. */
export function buildUrl(route: RouteInfo, params: Record<string, unknown>): string {
  const rest = new Map(Object.entries(params));
  const path = route.url.replace(/:([A-Za-z_][A-Za-z0-9_]*)(\([^)]*\))?/g, (_m, name: string) => {
    if (!rest.has(name)) throw new StepError(`${route.method} ${route.url} 需要路径参数“${name}”，params 中没有`);
    const v = rest.get(name);
    rest.delete(name);
    return encodeURIComponent(scalar(name, v));
  });
  const query = new URLSearchParams();
  for (const [k, v] of rest) {
    if (Array.isArray(v)) for (const x of v) query.append(k, scalar(k, x));
    else query.append(k, scalar(k, v));
  }
  const qs = query.toString();
  return qs ? `${path}?${qs}` : path;
}

function scalar(name: string, v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  throw new StepError(`参数“${name}”应为字符串、数字或布尔值，实际为 ${show(v)}`);
}

export function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export function errorOf(body: unknown): { code: string; message: string } | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const e = (body as { error?: unknown }).error;
  if (typeof e !== 'object' || e === null) return undefined;
  const { code, message } = e as { code?: unknown; message?: unknown };
  return typeof code === 'string' ? { code, message: typeof message === 'string' ? message : '' } : undefined;
}

interface Session {
  readonly cookie: string;
  readonly csrf: string;
}

export interface Driver {
  /** The application's operations by `operationId`. */
  readonly routes: ReadonlyMap<string, RouteInfo>;
  /**
   * Sends one request as `as` (or anonymously). A lapsed session (idle timeout, logout) is renewed
   * by logging in again, unless the caller expects the 401 itself.
   */
  send(as: string, route: RouteInfo, url: string, body: unknown, expectStatus?: number): Promise<{ status: number; body: unknown }>;
}

export function createDriver(app: FastifyInstance & { routeTable: RouteInfo[] }, instance: Instance): Driver {
  const routes = new Map<string, RouteInfo>();
  for (const r of app.routeTable) if (r.operationId && !routes.has(r.operationId)) routes.set(r.operationId, r);
  const sessions = new Map<string, Session>();
  const tenantId = instance.deps.settings.defaultTenantId;

  const login = async (username: string): Promise<Session> => {
    const cached = sessions.get(username);
    if (cached) return cached;
    if (!(await instance.deps.store.accounts.byUsername(tenantId, username))) {
      throw new StepError(`未知账号“${username}”。演示账号：${demoAccounts().join('、')}；不登录请省略 as 或写 "${ANONYMOUS}"`);
    }
    const r = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: DEMO_PASSWORD } });
    const body = parseBody(r.body);
    if (r.statusCode !== 200) {
      const e = errorOf(body);
      const cites = citesOf(body);
      throw new StepError(`以 ${username} 登录失败：${r.statusCode}${e ? ` ${e.code}：${e.message}` : ''}${cites.length > 0 ? `（引用 ${cites.join('、')}）` : ''}。要演示登录本身被拒，请写一步匿名的 op "login"`);
    }
    const setCookie = r.headers['set-cookie'];
    const cookie = (Array.isArray(setCookie) ? setCookie[0] : setCookie)?.split(';')[0];
    const csrf = (body as { data?: { csrfToken?: unknown } } | undefined)?.data?.csrfToken;
    if (!cookie || typeof csrf !== 'string') throw new StepError(`以 ${username} 登录后没有得到会话 Cookie 或防跨站令牌`);
    const s = { cookie, csrf };
    sessions.set(username, s);
    return s;
  };

  const send = async (as: string, route: RouteInfo, url: string, body: unknown, expectStatus?: number) => {
    const method = route.method;
    if (body !== undefined && (method === 'GET' || method === 'HEAD')) throw new StepError(`${method} 操作不接受请求体（body）；参数请写在 params 中`);
    const payload = body ?? (['POST', 'PUT', 'PATCH'].includes(method) ? {} : undefined);
    const once = async () => {
      const s = as === ANONYMOUS ? undefined : await login(as);
      const r = await app.inject({
        method: method as 'GET', url,
        headers: {
          ...(s ? { cookie: s.cookie } : {}),
          ...(s && method !== 'GET' ? { 'x-csrf-token': s.csrf } : {}),
          ...(payload !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        ...(payload !== undefined ? { payload: JSON.stringify(payload) } : {}),
      });
      return { status: r.statusCode, body: parseBody(r.body) };
    };
    let response = await once();
    const code = errorOf(response.body)?.code;
    if (as !== ANONYMOUS && response.status === 401 && expectStatus !== 401 && (code === 'SESSION_EXPIRED' || code === 'UNAUTHENTICATED')) {
      sessions.delete(as);
      response = await once();
    }
    return response;
  };

  return { routes, send };
}
