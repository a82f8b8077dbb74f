import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { fixedClock } from '../../src/core/kernel/time.ts';
import { buildServer, type RouteInfo } from '../../src/http/server.ts';
import { openInstance, type Instance } from '../../src/runtime/instance.ts';
import { DEMO_PASSWORD } from '../../src/packs/yunyang-2025/demo-org.ts';

export type TestDb = 'sqlite' | 'postgres';

/** The databases the suites run on: SQLite always, PostgreSQL when the test runner started one. */
export function testDatabases(): TestDb[] {
  return process.env['YZ_TEST_PG_URL'] ? ['sqlite', 'postgres'] : ['sqlite'];
}

export interface Harness {
  readonly db: TestDb;
  readonly instance: Instance;
  readonly app: FastifyInstance & { routeTable: RouteInfo[] };
  readonly clock: ReturnType<typeof fixedClock>;
  readonly dataDir: string;
  /** Logs in through the API and returns a client that carries the cookie and CSRF token. */
  login(username: string, password?: string): Promise<Client>;
  /** A client with no session. */
  anonymous(): Client;
  close(): Promise<void>;
}

export interface Response<T = unknown> {
  readonly status: number;
  readonly body: T;
  readonly headers: Record<string, unknown>;
}

// Bodies are JSON of unknown shape; tests read them as loose records.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface Client {
  get(url: string): Promise<Response<Json>>;
  post(url: string, body?: unknown, headers?: Record<string, string>): Promise<Response<Json>>;
  put(url: string, body?: unknown): Promise<Response<Json>>;
  readonly cookie: string | undefined;
  readonly csrf: string | undefined;
}

/** A client of `app` carrying a session cookie and CSRF token (any tenant's). */
export function client(app: FastifyInstance, cookie?: string, csrf?: string): Client {
  const send = async (method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown, headers: Record<string, string> = {}) => {
    const r = await app.inject({
      method, url,
      headers: { ...(cookie ? { cookie } : {}), ...(csrf && method !== 'GET' ? { 'x-csrf-token': csrf } : {}), ...headers },
      ...(method !== 'GET' ? { payload: (body ?? {}) } : {}),
    });
    const json = String(r.headers['content-type'] ?? '').startsWith('application/json');
    return { status: r.statusCode, body: r.body && json ? (JSON.parse(r.body)) : r.rawPayload, headers: r.headers };
  };
  return {
    cookie, csrf,
    get: (url) => send('GET', url),
    post: (url, body, headers) => send('POST', url, body, headers),
    put: (url, body) => send('PUT', url, body),
  };
}

/** A fresh instance with the demo organisation on its own database, a fixed clock and the HTTP app. */
export async function startHarness(db: TestDb, opts: { at?: string; seed?: boolean; demo?: boolean } = {}): Promise<Harness> {
  const clock = fixedClock(opts.at ?? '2025-11-03T01:00:00.000Z');
  const dataDir = mkdtempSync(join(tmpdir(), 'yz-test-'));
  let schema: string | undefined;
  const pgUrl = process.env['YZ_TEST_PG_URL'];
  if (db === 'postgres') {
    if (!pgUrl) throw new Error('PostgreSQL is not available (YZ_TEST_PG_URL unset)');
    schema = `t_${randomBytes(6).toString('hex')}`;
    const c = new pg.Client({ connectionString: pgUrl });
    await c.connect();
    await c.query(`CREATE SCHEMA ${schema}`);
    await c.end();
  }
  const instance = await openInstance({
    dataDir, databaseUrl: db === 'postgres' ? pgUrl : undefined, pgSchema: schema, poolSize: 4, clock,
    demo: opts.demo ?? true, seed: opts.seed ?? true, env: {},
  });
  const app = await buildServer({
    deps: instance.deps,
    audit: { verify: (t) => instance.verify(t), checkpoint: (t) => instance.checkpoint(t) },
  });
  return {
    db, instance, app, clock, dataDir,
    async login(username, password = DEMO_PASSWORD) {
      const r = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
      if (r.statusCode !== 200) throw new Error(`login ${username} failed: ${r.statusCode} ${r.body}`);
      const setCookie = r.headers['set-cookie'];
      const raw = Array.isArray(setCookie) ? setCookie[0] : setCookie;
      const cookie = raw?.split(';')[0];
      const csrf = (JSON.parse(r.body) as { data: { csrfToken: string } }).data.csrfToken;
      return client(app, cookie, csrf);
    },
    anonymous: () => client(app),
    async close() {
      await app.close();
      await instance.close();
      // The PostgreSQL schema is left in place: the test cluster is thrown away after the run, and
      // dropping schemas while another file's migrator scans the catalogue makes it fail
      // ("schema … does not exist").
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
