import http from 'node:http';

/** A small keep-alive HTTP client for the load generator (node:http; no extra packages). */

export interface HttpResult {
  readonly status: number;
  readonly body: string;
  readonly headers: http.IncomingHttpHeaders;
}

export function request(agent: http.Agent, port: number, method: string, path: string, body: string | undefined, headers: Record<string, string>): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: '127.0.0.1', port, method, path, agent,
      headers: { ...headers, ...(body !== undefined ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) } : {}) },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
      res.on('error', reject);
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

export interface Session {
  readonly cookie: string;
  readonly csrf: string;
}

export async function login(agent: http.Agent, port: number, username: string, password: string): Promise<Session> {
  const r = await request(agent, port, 'POST', '/api/auth/login', JSON.stringify({ username, password }), {});
  if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${r.body}`);
  const setCookie = r.headers['set-cookie'];
  const cookie = (Array.isArray(setCookie) ? setCookie[0] : setCookie)?.split(';')[0];
  if (!cookie) throw new Error('login set no cookie');
  const csrf = (JSON.parse(r.body) as { data: { csrfToken: string } }).data.csrfToken;
  return { cookie, csrf };
}

export interface LoadResult {
  readonly ok: number;
  readonly failed: number;
  readonly statuses: Record<string, number>;
  readonly seconds: number;
  readonly tps: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly exhausted: boolean;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/**
 * Drives POST /api/tasks/:id/complete from one session per connection, each request completing
 * a distinct open task, until `seconds` pass or the tasks run out.
 */
export function completeTasksUnderLoad(port: number, sessions: readonly Session[], taskIds: string[], seconds: number): Promise<LoadResult> {
  return postUnderLoad(port, sessions, taskIds, seconds, (id) => `/api/tasks/${id}/complete`, '{}');
}

/**
 * One POST per distinct id from one session per connection (e.g. 审签 or 登记编号 of distinct
 * documents), until `seconds` pass or the ids run out.
 */
export async function postUnderLoad(port: number, sessions: readonly Session[], ids: string[], seconds: number, pathFor: (id: string) => string, body: string): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: sessions.length });
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let ok = 0;
  let failed = 0;
  let next = 0;
  let exhausted = false;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(sessions.map(async (s) => {
    for (;;) {
      if (performance.now() >= deadline) return;
      const id = ids[next++];
      if (id === undefined) {
        exhausted = true;
        return;
      }
      const t0 = performance.now();
      const r = await request(agent, port, 'POST', pathFor(id), body, { cookie: s.cookie, 'x-csrf-token': s.csrf });
      latencies.push(performance.now() - t0);
      statuses[r.status] = (statuses[r.status] ?? 0) + 1;
      if (r.status === 200) ok++;
      else failed++;
    }
  }));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { ok, failed, statuses, seconds: elapsed, tps: ok / elapsed, p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99), exhausted };
}
