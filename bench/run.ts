/**
 * `npm run bench [-- --json] [-- --profile]`: how close the system comes to its database.
 *
 * For SQLite, and for PostgreSQL when its binaries are present (a throwaway cluster):
 *  - baseline: the raw durable transaction (update a task, insert an audit row, insert a task)
 *    straight on the driver — in-process better-sqlite3 (WAL, synchronous=FULL); `pg` with 8
 *    connections;
 *  - system: the real server in its own process, 50 sessions of wumin completing distinct open
 *    tasks over HTTP with keep-alive at 50 concurrent connections.
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
import { completeTasksUnderLoad, login, type LoadResult, type Session } from './http-load.ts';
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
  readonly createSeconds: number;
  /** Marks the start of the measured run (CPU accounting and profiling start there). */
  mark(): Promise<void>;
  stop(): Promise<Stopped>;
}

type Message = Record<string, unknown>;

async function startServer(opts: { tasks: number; databaseUrl?: string; profileFile?: string }): Promise<Server> {
  const work = mkdtempSync(join(tmpdir(), 'yz-bench-sys-'));
  const idsFile = join(work, 'ids.txt');
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', SERVER], {
    cwd: ROOT,
    env: {
      ...process.env, BENCH_DATA: join(work, 'data'), BENCH_IDS_FILE: idsFile, BENCH_TASKS: String(opts.tasks),
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
  return {
    port: Number(ready['port']), tasks, createSeconds: Number(ready['createSeconds']),
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

async function measureSystem(label: string, opts: { tasks: number; databaseUrl?: string }): Promise<{ load: LoadResult; createSeconds: number } | null> {
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
    return { load, createSeconds };
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

const summary: { sqlite?: Figures; postgres?: Figures } = {};
const t0 = performance.now();

say('SQLite (WAL, synchronous=FULL)');
const sqliteBase = sqliteBaseline(BASELINE_SECONDS);
describeBaseline('SQLite', sqliteBase, ', better-sqlite3 in-process');
// Enough open tasks for the run at a little above the baseline rate.
const sqliteSys = await measureSystem('SQLite', { tasks: Math.min(40_000, Math.max(5_000, Math.ceil(sqliteBase.tps * SYSTEM_SECONDS * 0.6))) });
if (sqliteSys) {
  summary.sqlite = {
    baseline_tps: round(sqliteBase.tps), system_tps: round(sqliteSys.load.tps),
    ratio: round(sqliteSys.load.tps / sqliteBase.tps, 3), p99_ms: round(sqliteSys.load.p99Ms, 1),
  };
  say(`  SQLite ratio = ${summary.sqlite.ratio}`);
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
    const pgSys = await measureSystem('PostgreSQL', { tasks: pgTasks, databaseUrl: cluster.urlFor('bench_system') });
    if (pgSys) {
      summary.postgres = {
        baseline_tps: round(pgBase.tps), system_tps: round(pgSys.load.tps),
        ratio: round(pgSys.load.tps / pgBase.tps, 3), p99_ms: round(pgSys.load.p99Ms, 1),
      };
      say(`  PostgreSQL ratio = ${summary.postgres.ratio}`);
    }
  } catch (e) {
    say(`PostgreSQL: not measured — ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    cluster.stop();
  }
}

say(`bench took ${round((performance.now() - t0) / 1000, 1)} s`);
if (asJson) console.log(JSON.stringify(summary));
