/**
 * The reader's display choices, carried without JavaScript: query parameters on every internal
 * link and hidden fields in every form (`mode=elder`, `script=hant`), remembered in cookies so that
 * an address typed by hand keeps them too.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { html, type Html } from './html.ts';

export interface Prefs {
  /** 适老化大字模式. */
  readonly elder: boolean;
  /** 繁體 view. */
  readonly hant: boolean;
}

export const DEFAULT_PREFS: Prefs = { elder: false, hant: false };

const MODE_COOKIE = 'yz_portal_mode';
const SCRIPT_COOKIE = 'yz_portal_script';
const ONE_YEAR = 365 * 24 * 3600;

/** First string value of a query parameter (a repeated parameter arrives as an array). */
export function queryString(req: FastifyRequest, key: string): string | undefined {
  const q = req.query as Record<string, unknown> | undefined;
  const v = q?.[key];
  const first: unknown = Array.isArray(v) ? v[0] : v;
  return typeof first === 'string' ? first : undefined;
}

function choice(req: FastifyRequest, key: string, cookie: string, on: string, off: string): { value: boolean; fromQuery: boolean } {
  const q = queryString(req, key);
  if (q === on || q === off) return { value: q === on, fromQuery: true };
  const c = req.cookies[cookie];
  return { value: c === on, fromQuery: false };
}

/** Reads the choices (query first, then cookie) and remembers a choice made in the query. */
export function readPrefs(req: FastifyRequest, reply: FastifyReply): Prefs {
  const mode = choice(req, 'mode', MODE_COOKIE, 'elder', 'standard');
  const script = choice(req, 'script', SCRIPT_COOKIE, 'hant', 'hans');
  const options = { path: '/portal', maxAge: ONE_YEAR, sameSite: 'lax' as const, httpOnly: true, secure: req.protocol === 'https' };
  if (mode.fromQuery) void reply.setCookie(MODE_COOKIE, mode.value ? 'elder' : 'standard', options);
  if (script.fromQuery) void reply.setCookie(SCRIPT_COOKIE, script.value ? 'hant' : 'hans', options);
  return { elder: mode.value, hant: script.value };
}

/** The query parameters that carry the choices (only those that differ from the default). */
export function prefParams(prefs: Prefs): [string, string][] {
  const out: [string, string][] = [];
  if (prefs.elder) out.push(['mode', 'elder']);
  if (prefs.hant) out.push(['script', 'hant']);
  return out;
}

/** An internal address with the choices carried along; `extra` comes first (e.g. form values). */
export function href(path: string, prefs: Prefs, extra: readonly [string, string][] = []): string {
  const params = new URLSearchParams([...extra, ...prefParams(prefs)]);
  const qs = params.toString();
  return qs === '' ? path : `${path}?${qs}`;
}

/**
 * The address of the same page with one choice switched. The switch is written out explicitly
 * (`mode=standard`, `script=hans`) so that it also overrides a remembered cookie.
 */
export function toggleHref(path: string, prefs: Prefs, extra: readonly [string, string][], which: 'elder' | 'hant'): string {
  const params = new URLSearchParams([...extra]);
  const elder = which === 'elder' ? !prefs.elder : prefs.elder;
  const hant = which === 'hant' ? !prefs.hant : prefs.hant;
  if (which === 'elder') params.set('mode', elder ? 'elder' : 'standard');
  else if (elder) params.set('mode', 'elder');
  if (which === 'hant') params.set('script', hant ? 'hant' : 'hans');
  else if (hant) params.set('script', 'hant');
  return `${path}?${params.toString()}`;
}

/** Hidden fields that carry the choices through a GET form. */
export function prefInputs(prefs: Prefs): Html {
  return html`${prefParams(prefs).map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}">`)}`;
}
