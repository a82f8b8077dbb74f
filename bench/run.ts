/**
 * `npm run bench [-- --json] [-- --profile]`: how close the system comes to its database.
 *
 * For SQLite, and for PostgreSQL when its binaries are present (a throwaway cluster):
 *  - baseline: the raw durable transaction (update a task, insert an audit row, insert a task)
 *    straight on the driver — in-process better-sqlite3 (WAL, synchronous=FULL); `pg` with 8
 *    connections;
 *  - system: the real server in its own process, 50 sessions of wumin completing distinct open
 *    tasks over HTTP with keep-alive at 50 concurrent connections.
 *  - documents: 审签 by the deputy in charge and 登记编号 by the office (50 concurrent issuers of
 *    one 代字, the register then checked for duplicates and gaps), keys `signoff` and `numbering`.
 * Prints the figures and ratio = system_tps / baseline_tps; with --json the last line is the
 * machine-readable summary. Never fails on a time. Diagnostics: --profile samples the server
 * with V8's profiler during the run and prints the top costs; --sql-stats times each statement;
 * --connections N changes the concurrency; --sqlite-only skips PostgreSQL.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { postgresBaseline, sqliteBaseline, type BaselineResult } from './baseline.ts';
import { completeTasksUnderLoad, login, postUnderLoad, request, type LoadResult, type Session } from './http-load.ts';
import { startPostgres } from './postgres.ts';
import { summariseProfile } from './cpu-profile.ts';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const profile = args.includes('--profile');
const sqlStats = args.includes('--sql-stats');

const BASELINE_SECONDS = 3;
const SYSTEM_SECONDS = 5;
const connectionsArg = args.indexOf('--connections');
const CONNECTIONS = connectionsArg >= 0 ? Math.max(1, Number(args[connectionsArg + 1]) || 50) : 50;
const sqliteOnly = args.includes('--sqlite-only');
const PG_BASELINE_CONNECTIONS = 8;
// Documents prepared for each of the 审签 and 登记编号 runs (through the services, before the clock starts).
const DOCS_SQLITE = 1500;
const DOCS_POSTGRES = 800;
const DEMO_PASSWORD = 'yunzheng-demo';
const SERVER = fileURLToPath(new URL('./system-server.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface Figures {
  baseline_tps: number;
  system_tps: number;
  ratio: number;
  p99_ms: number;
}

const round = (x: number, digits = 0) => Number(x.toFixed(digits));
const say = (s: string) => console.log(s);

interface Usage {
  readonly userSeconds: number;
  readonly systemSeconds: number;
  readonly wallSeconds: number;
}

interface Stopped {
  readonly verify: { ok: boolean; events: number; problem: string | null } | null;
  readonly usage: Usage | null;
  readonly sqlStats: readonly { sql: string; n: number; ms: number }[] | null;
}

interface Server {
  readonly port: number;
  readonly tasks: string[];
  /** Documents waiting for the deputy's 签发, and signed documents waiting for 登记编号. */
  readonly signDocs: string[];
  readonly registerDocs: string[];
  readonly docsSeconds: number;
  readonly createSeconds: number;
  /** Marks the start of the measured run (CPU accounting and profiling start there). */
  mark(): Promise<void>;
  stop(): Promise<Stopped>;
}

type Message = Record<string, unknown>;

async function startServer(opts: { tasks: number; docs: number; databaseUrl?: string; profileFile?: string }): Promise<Server> {
  const work = mkdtempSync(join(tmpdir(), 'yz-bench-sys-'));
  const idsFile = join(work, 'ids.txt');
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', SERVER], {
    cwd: ROOT,
    env: {
      ...process.env, BENCH_DATA: join(work, 'data'), BENCH_IDS_FILE: idsFile, BENCH_TASKS: String(opts.tasks), BENCH_DOCS: String(opts.docs),
      DATABASE_URL: opts.databaseUrl ?? '', BENCH_PROFILE_FILE: opts.profileFile ?? '', BENCH_SQL_STATS: sqlStats ? '1' : '', TZ: process.env['TZ'] ?? 'UTC',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // The child speaks in JSON lines; each wait is for the next line carrying a given key.
  const messages: Message[] = [];
  let wake: (() => void) | null = null;
  let exitCode: number | null | undefined;
  createInterface({ input: child.stdout! }).on('line', (line) => {
    try {
      messages.push(JSON.parse(line) as Message);
    } catch {
      return;
    }
    wake?.();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', (code) => {
    exitCode = code;
    wake?.();
    resolve();
  }));
  const waitFor = async (key: string, timeoutMs: number): Promise<Message | null> => {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const i = messages.findIndex((m) => key in m);
      if (i >= 0) return messages.splice(i, 1)[0]!;
      if (exitCode !== undefined || Date.now() > until) return null;
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, 200).unref();
      });
    }
  };
  const ready = await waitFor('port', 120_000);
  if (!ready) {
    child.kill('SIGKILL');
    await exited;
    rmSync(work, { recursive: true, force: true });
    throw new Error(`the bench server did not start (exit code ${String(exitCode)})`);
  }
  const tasks = readFileSync(idsFile, 'utf8').split('\n').filter(Boolean);
  const lines = (f: string) => readFileSync(f, 'utf8').split('\n').filter(Boolean);
  return {
    port: Number(ready['port']), tasks, createSeconds: Number(ready['createSeconds']),
    signDocs: lines(`${idsFile}.sign`), registerDocs: lines(`${idsFile}.register`), docsSeconds: Number(ready['docsSeconds']),
    async mark() {
      child.kill('SIGUSR2');
      await waitFor('marked', 10_000);
    },
    async stop() {
      if (exitCode === undefined) child.kill('SIGTERM');
      const stats = sqlStats ? ((await waitFor('sqlStats', 30_000))?.['sqlStats'] as Stopped['sqlStats'] | undefined) : undefined;
      const usage = (await waitFor('usage', 30_000))?.['usage'] as Usage | undefined;
      const verify = (await waitFor('verify', 60_000))?.['verify'] as Stopped['verify'] | undefined;
      await exited;
      rmSync(work, { recursive: true, force: true });
      return { verify: verify ?? null, usage: usage ?? null, sqlStats: stats ?? null };
    },
  };
}

interface DocumentFigures {
  readonly signoff: LoadResult;
  readonly numbering: LoadResult;
  /** The numbers taken under load: consecutive from 1, with no duplicate. */
  readonly numbers: { readonly taken: number; readonly duplicates: number; readonly gapless: boolean };
}

/** Logs in `n` sessions of one user, a few at a time (argon2 verification is deliberately slow). */
async function sessionsOf(port: number, username: string, n: number): Promise<Session[]> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
  const out: Session[] = [];
  for (let i = 0; i < n; i += 8) {
    out.push(...(await Promise.all(Array.from({ length: Math.min(8, n - i) }, () => login(agent, port, username, DEMO_PASSWORD)))));
  }
  agent.destroy();
  return out;
}

/**
 * 审签 and 登记编号 through the API at CONNECTIONS concurrent sessions: the deputy in charge signs
 * distinct documents; the office numbers distinct signed documents under one 代字 — 50 concurrent
 * issuers of one sequence — and the register is then checked for duplicates and gaps.
 */
async function measureDocuments(label: string, server: Server, clerks: readonly Session[]): Promise<DocumentFigures> {
  const deputies = await sessionsOf(server.port, 'liujianhua', CONNECTIONS);
  const signoff = await postUnderLoad(server.port, deputies, [...server.signDocs], SYSTEM_SECONDS, (id) => `/api/documents/${id}/sign`, JSON.stringify({ opinion: '同意' }));
  say(`  ${label} 审签 (signoff): ${round(signoff.tps)} sign-offs/s over ${round(signoff.seconds, 1)} s at ${CONNECTIONS} connections; p50 ${round(signoff.p50Ms, 1)} ms, p99 ${round(signoff.p99Ms, 1)} ms; `
    + `${signoff.ok} ok, ${signoff.failed} failed ${JSON.stringify(signoff.statuses)}${signoff.exhausted ? ' (ran out of prepared documents early)' : ''}`);
  const numbering = await postUnderLoad(server.port, clerks, [...server.registerDocs], SYSTEM_SECONDS, (id) => `/api/documents/${id}/register`, '{}');
  const agent = new http.Agent({ keepAlive: false });
  const reg = await request(agent, server.port, 'GET', `/api/document-numbers?prefix=${encodeURIComponent('云阳府办发')}&limit=100000`, undefined, { cookie: clerks[0]!.cookie });
  agent.destroy();
  const seqs = (JSON.parse(reg.body) as { data: { numbers: { seq: number }[] } }).data.numbers.map((n) => n.seq).sort((a, b) => a - b);
  const duplicates = seqs.length - new Set(seqs).size;
  const gapless = seqs.every((n, i) => n === i + 1);
  say(`  ${label} 登记编号 (numbering): ${round(numbering.tps)} numbers/s over ${round(numbering.seconds, 1)} s, ${CONNECTIONS} concurrent issuers of one 代字; p50 ${round(numbering.p50Ms, 1)} ms, p99 ${round(numbering.p99Ms, 1)} ms; `
    + `${numbering.ok} ok, ${numbering.failed} failed ${JSON.stringify(numbering.statuses)}${numbering.exhausted ? ' (ran out of prepared documents early)' : ''}`);
  say(`  ${label} register after the run: ${seqs.length} numbers, ${duplicates} duplicates, ${gapless ? 'consecutive from 1 (no gaps)' : 'GAPS FOUND'}`);
  return { signoff, numbering, numbers: { taken: seqs.length, duplicates, gapless } };
}

async function measureSystem(label: string, opts: { tasks: number; docs: number; databaseUrl?: string }): Promise<{ load: LoadResult; createSeconds: number; documents: DocumentFigures | null } | null> {
  const profileDir = profile ? mkdtempSync(join(tmpdir(), 'yz-prof-')) : undefined;
  const profileFile = profileDir ? join(profileDir, 'server.cpuprofile') : undefined;
  let server: Server | undefined;
  try {
    server = await startServer({ ...opts, profileFile });
    const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
    const sessions: Session[] = [];
    // Argon2 verification is deliberately slow: log the 50 clients in a few at a time.
    for (let i = 0; i < CONNECTIONS; i += 8) {
      const n = Math.min(8, CONNECTIONS - i);
      sessions.push(...(await Promise.all(Array.from({ length: n }, () => login(agent, server!.port, 'wumin', DEMO_PASSWORD)))));
    }
    agent.destroy();
    await server.mark();
    const load = await completeTasksUnderLoad(server.port, sessions, server.tasks, SYSTEM_SECONDS);
    const createSeconds = server.createSeconds;
    say(`  ${label} setup: ${server.signDocs.length} documents to sign and ${server.registerDocs.length} to number, prepared through the services in ${round(server.docsSeconds, 1)} s`);
    const documents = server.signDocs.length > 0 ? await measureDocuments(label, server, sessions) : null;
    const { verify, usage, sqlStats: stats } = await server.stop();
    server = undefined;
    say(`  ${label} setup: ${opts.tasks} open tasks created through createTask in ${round(createSeconds, 1)} s; ${CONNECTIONS} sessions of wumin`);
    say(`  ${label} system: ${round(load.tps)} completions/s over ${round(load.seconds, 1)} s at ${CONNECTIONS} connections; `
      + `p50 ${round(load.p50Ms, 1)} ms, p99 ${round(load.p99Ms, 1)} ms; ${load.ok} ok, ${load.failed} failed ${JSON.stringify(load.statuses)}`
      + `${load.exhausted ? ' (ran out of prepared tasks early)' : ''}`);
    if (usage) {
      const perRequest = load.ok > 0 ? ((usage.userSeconds + usage.systemSeconds) / load.ok) * 1000 : 0;
      say(`  ${label} server CPU during the run: ${round(usage.userSeconds, 2)} s user + ${round(usage.systemSeconds, 2)} s system in ${round(usage.wallSeconds, 2)} s `
        + `(${round(((usage.userSeconds + usage.systemSeconds) / usage.wallSeconds) * 100)} % of one core; ${round(perRequest, 2)} ms per completion)`);
    }
    if (stats && load.ok > 0) {
      say(`  ${label} statements per completion (${opts.databaseUrl ? 'round trip, query sent to result' : 'time inside better-sqlite3'}):`);
      for (const st of stats) say(`    ${(st.ms / load.ok).toFixed(3).padStart(7)} ms  ×${(st.n / load.ok).toFixed(2)}  ${st.sql}`);
    }
    if (verify) say(`  ${label} audit chain after the run: ${verify.ok ? 'verifies' : `BROKEN — ${verify.problem ?? ''}`} (${verify.events} events)`);
    if (profileFile) printProfile(label, profileFile);
    return { load, createSeconds, documents };
  } catch (e) {
    say(`  ${label} system: not measured — ${e instanceof Error ? e.message : String(e)}`);
    return null;
  } finally {
    if (server) await server.stop().catch(() => null);
    if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  }
}

function printProfile(label: string, file: string): void {
  if (!existsSync(file)) {
    say(`  ${label} profile: none written`);
    return;
  }
  const s = summariseProfile(file, 20, [
    /createTaskIn/, /completeTask /, /resolveSession/, /actingPositions/, /presentTask/, /append .*audit-log/, /preHandler|session-guard/,
    /validatorCompiler|parse .*zod/, /serialize/, /executeQuery/, /compileQuery|compile .*kysely/,
  ]);
  say(`  ${label} profile of the server during the run (event loop busy ${round(s.totalMs)} ms, blocking calls such as fsync included):`);
  say('    by area (self time):');
  for (const a of s.areas.slice(0, 12)) say(`      ${(a.share * 100).toFixed(1).padStart(5)} %  ${a.area}`);
  say('    by function (self time):');
  for (const f of s.functions.slice(0, 15)) say(`      ${(f.share * 100).toFixed(1).padStart(5)} %  ${f.name}`);
  say('    inclusive:');
  for (const f of s.inclusive) say(`      ${(f.share * 100).toFixed(1).padStart(5)} %  ${f.name}`);
}

function describeBaseline(label: string, b: BaselineResult, extra = ''): void {
  say(`  ${label} baseline: ${round(b.tps)} transactions/s (${b.transactions} in ${round(b.seconds, 1)} s)${extra}`);
}

async function createDatabase(adminUrl: string, name: string): Promise<void> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    await c.query(`CREATE DATABASE ${name}`);
  } finally {
    await c.end();
  }
}

interface DocumentSummary {
  system_tps: number;
  ratio: number;
  p99_ms: number;
}
const summary: {
  sqlite?: Figures; postgres?: Figures;
  signoff?: { sqlite?: DocumentSummary; postgres?: DocumentSummary };
  numbering?: { sqlite?: DocumentSummary & { numbers: number; duplicates: number; gapless: boolean }; postgres?: DocumentSummary & { numbers: number; duplicates: number; gapless: boolean } };
} = {};

/** Document figures for the summary, each ratio against the same run's baseline of that database. */
function documentSummary(db: 'sqlite' | 'postgres', d: DocumentFigures | null, baselineTps: number): void {
  if (!d) return;
  const fig = (l: LoadResult): DocumentSummary => ({ system_tps: round(l.tps), ratio: round(l.tps / baselineTps, 3), p99_ms: round(l.p99Ms, 1) });
  summary.signoff = { ...summary.signoff, [db]: fig(d.signoff) };
  summary.numbering = { ...summary.numbering, [db]: { ...fig(d.numbering), numbers: d.numbers.taken, duplicates: d.numbers.duplicates, gapless: d.numbers.gapless } };
  say(`  ${db === 'sqlite' ? 'SQLite' : 'PostgreSQL'} signoff ratio = ${summary.signoff[db]!.ratio}, numbering ratio = ${summary.numbering[db]!.ratio} (against the baseline above)`);
}
const t0 = performance.now();

say('SQLite (WAL, synchronous=FULL)');
const sqliteBase = sqliteBaseline(BASELINE_SECONDS);
describeBaseline('SQLite', sqliteBase, ', better-sqlite3 in-process');
// Enough open tasks for the run at a little above the baseline rate.
const sqliteSys = await measureSystem('SQLite', { tasks: Math.min(40_000, Math.max(5_000, Math.ceil(sqliteBase.tps * SYSTEM_SECONDS * 0.6))), docs: DOCS_SQLITE });
if (sqliteSys) {
  summary.sqlite = {
    baseline_tps: round(sqliteBase.tps), system_tps: round(sqliteSys.load.tps),
    ratio: round(sqliteSys.load.tps / sqliteBase.tps, 3), p99_ms: round(sqliteSys.load.p99Ms, 1),
  };
  say(`  SQLite ratio = ${summary.sqlite.ratio}`);
  documentSummary('sqlite', sqliteSys.documents, sqliteBase.tps);
}

const cluster = sqliteOnly ? null : (() => {
  try {
    return startPostgres();
  } catch (e) {
    say(`PostgreSQL: could not start a throwaway cluster — ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
})();
if (!cluster) {
  say('PostgreSQL: not measured (no binaries under /usr/lib/postgresql, or it failed to start)');
} else {
  try {
    say('PostgreSQL (throwaway cluster, fsync on)');
    await createDatabase(cluster.adminUrl, 'bench_baseline');
    await createDatabase(cluster.adminUrl, 'bench_system');
    const pgBase = await postgresBaseline(cluster.urlFor('bench_baseline'), BASELINE_SECONDS, PG_BASELINE_CONNECTIONS);
    describeBaseline('PostgreSQL', pgBase, `, pg with ${PG_BASELINE_CONNECTIONS} connections`);
    const pgHot = await postgresBaseline(cluster.urlFor('bench_baseline'), 1.5, PG_BASELINE_CONNECTIONS, true);
    describeBaseline('PostgreSQL', pgHot, ' — with one shared hot row per transaction (as one tenant\'s audit head is): for reference');
    // Every completion of one tenant takes that tenant's audit head lock, so the hot-row figure bounds
    // the system; creating tasks on PostgreSQL is slow, so prepare about what the run can use.
    const pgTasks = Math.min(20_000, Math.max(3_000, Math.ceil(pgHot.tps * SYSTEM_SECONDS * 1.5)));
    const pgSys = await measureSystem('PostgreSQL', { tasks: pgTasks, docs: DOCS_POSTGRES, databaseUrl: cluster.urlFor('bench_system') });
    if (pgSys) {
      summary.postgres = {
        baseline_tps: round(pgBase.tps), system_tps: round(pgSys.load.tps),
        ratio: round(pgSys.load.tps / pgBase.tps, 3), p99_ms: round(pgSys.load.p99Ms, 1),
      };
      say(`  PostgreSQL ratio = ${summary.postgres.ratio}`);
      documentSummary('postgres', pgSys.documents, pgBase.tps);
    }
  } catch (e) {
    say(`PostgreSQL: not measured — ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    cluster.stop();
  }
}

say(`bench took ${round((performance.now() - t0) / 1000, 1)} s`);
if (asJson) console.log(JSON.stringify(summary));
