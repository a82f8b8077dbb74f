/**
 * The system under test, in its own process (so that the load generator does not share its
 * event loop): the real server — openInstance + buildServer, demo seed, real clock — on a temp
 * data folder (or DATABASE_URL), with BENCH_TASKS open tasks for the office clerk created up front
 * through the createTask service. Writes their ids to BENCH_IDS_FILE and prints one JSON line
 * {"port":…} when listening; stops on SIGTERM.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import Sqlite from 'better-sqlite3';
import pg from 'pg';
import { buildServer } from '../src/http/server.ts';
import { openInstance } from '../src/runtime/instance.ts';
import { createTaskIn } from '../src/services/tasks/create-task.ts';
import type { Actor } from '../src/services/ports.ts';
import { createDocument } from '../src/services/documents/draft-document.ts';
import { moveDocument } from '../src/services/documents/move-document.ts';
import { reviewDocument } from '../src/services/documents/review-document.ts';
import { signDocument } from '../src/services/documents/sign-document.ts';

const env = process.env;

// --sql-stats: time every statement by its SQL text, to see where a completion's time goes
// (SQLite: time inside better-sqlite3; PostgreSQL: from sending the query to its result).
const sqlStats = new Map<string, { n: number; ms: number }>();
let counting = false;
const record = (sql: string, ms: number) => {
  if (!counting) return;
  const key = sql.replace(/\s+/g, ' ').slice(0, 100);
  const s = sqlStats.get(key) ?? { n: 0, ms: 0 };
  s.n++;
  s.ms += ms;
  sqlStats.set(key, s);
};
if (env['BENCH_SQL_STATS'] === '1' && env['DATABASE_URL']) {
  const proto = pg.Client.prototype as unknown as { query: (this: pg.Client, ...a: unknown[]) => unknown };
  const query = proto.query;
  proto.query = function (...a) {
    const text = typeof a[0] === 'string' ? a[0] : String((a[0] as { text?: string } | undefined)?.text ?? '');
    const t0 = performance.now();
    const r = query.apply(this, a);
    if (r instanceof Promise) void r.then(() => record(text, performance.now() - t0), () => undefined);
    return r;
  };
} else if (env['BENCH_SQL_STATS'] === '1') {
  const proto = Sqlite.prototype as unknown as { prepare: (this: Sqlite.Database, sql: string) => Sqlite.Statement };
  const prepare = proto.prepare;
  proto.prepare = function (sql) {
    const stmt = prepare.call(this, sql);
    const methods = stmt as unknown as Record<'run' | 'all' | 'get', (...a: unknown[]) => unknown>;
    for (const m of ['run', 'all', 'get'] as const) {
      const f = methods[m].bind(stmt);
      methods[m] = (...a: unknown[]) => {
        const t0 = performance.now();
        try {
          return f(...a);
        } finally {
          record(sql, performance.now() - t0);
        }
      };
    }
    return stmt;
  };
}
const count = Number(env['BENCH_TASKS'] ?? '20000');
const instance = await openInstance({
  dataDir: env['BENCH_DATA'], databaseUrl: env['DATABASE_URL'] || undefined, demo: true, seed: true,
  poolSize: env['BENCH_POOL'] ? Number(env['BENCH_POOL']) : undefined, env: {},
});
const deps = instance.deps;
const tenantId = deps.settings.defaultTenantId;
const office = await deps.store.accounts.byUsername(tenantId, 'liwenbo');
const clerk = await deps.store.org.positionByCode(tenantId, 'office-clerk');
if (!office || !clerk) throw new Error('demo seed is missing liwenbo or the office-clerk position');
const actor: Actor = {
  tenantId, accountId: office.id, username: office.username, displayName: office.displayName, personId: office.personId, roles: office.roles,
};

const started = performance.now();
const ids: string[] = [];
const BATCH = 500;
for (let done = 0; done < count; done += BATCH) {
  const n = Math.min(BATCH, count - done);
  await deps.store.transaction(async (tx) => {
    for (let i = 0; i < n; i++) {
      const t = await createTaskIn(deps, tx, actor, tenantId, {
        title: `压测待办 ${done + i}`, kind: 'assignment', sourceType: 'assignment', ownerPositionId: clerk.id, period: { value: 5, unit: 'workday' },
      });
      ids.push(t.id);
    }
  });
}
const createSeconds = (performance.now() - started) / 1000;

// Documents for the 审签 and 登记编号 runs (BENCH_DOCS of each), prepared through the services:
// county-government notices waiting for the deputy in charge of 县发展改革委 to sign, and office
// replies signed by the director and waiting to be numbered (all under one 代字, 云阳府办发).
const docCount = Number(env['BENCH_DOCS'] ?? '0');
const docsStarted = performance.now();
const signIds: string[] = [];
const registerIds: string[] = [];
if (docCount > 0) {
  const actorOf = async (username: string): Promise<Actor> => {
    const a = await deps.store.accounts.byUsername(tenantId, username);
    if (!a) throw new Error(`demo seed is missing ${username}`);
    return { tenantId, accountId: a.id, username: a.username, displayName: a.displayName, personId: a.personId, roles: a.roles };
  };
  const [drafter, clerkActor, director] = await Promise.all([actorOf('fengli'), actorOf('wumin'), actorOf('liwenbo')]);
  const fgw = (await deps.store.org.bodies(tenantId)).find((b) => b.code === 'fgw')!;
  const base = {
    kind: '通知' as const, mainRecipients: ['各乡镇人民政府、街道办事处，县政府各部门'], ccRecipients: [], urgency: '普通' as const, body: '压测正文。', annotation: '',
    attachmentNames: [], disclosure: '主动公开' as const, disclosureReason: '', isPolicy: false, interpretation: '', importanceProposed: 'ordinary' as const,
    subjectBodyIds: [fgw.id], subjectAreas: [], assignedBy: '',
  };
  const review = { importance: 'ordinary' as const, oneMatterConfirmed: false, consultedConfirmed: false, withinDepartmentPowers: false, officeSendsToDeputy: false, bulletinSignerPositionId: null, jointRoute: null, note: '' };
  for (let i = 0; i < docCount; i++) {
    const a = await createDocument(deps, drafter, { ...base, issuer: 'government', matter: 'general', title: `云阳县人民政府关于压测事项${i}的通知` });
    await moveDocument(deps, drafter, a.document.id, { type: 'submit' });
    await reviewDocument(deps, clerkActor, a.document.id, review);
    signIds.push(a.document.id);
    const b = await createDocument(deps, drafter, { ...base, issuer: 'office', kind: '函', matter: 'office-reply', title: `县政府办公室关于压测事项${i}的复函` });
    await moveDocument(deps, drafter, b.document.id, { type: 'submit' });
    await reviewDocument(deps, clerkActor, b.document.id, review);
    await signDocument(deps, director, b.document.id, { opinion: '同意', agreed: true, proposal: '' });
    registerIds.push(b.document.id);
  }
}
const docsSeconds = (performance.now() - docsStarted) / 1000;
await instance.checkpoint();
writeFileSync(env['BENCH_IDS_FILE']!, ids.join('\n'));
writeFileSync(`${env['BENCH_IDS_FILE']!}.sign`, signIds.join('\n'));
writeFileSync(`${env['BENCH_IDS_FILE']!}.register`, registerIds.join('\n'));

const app = await buildServer({ deps, audit: { verify: (t) => instance.verify(t), checkpoint: (t) => instance.checkpoint(t) }, logger: false });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : 0;
console.log(JSON.stringify({ port, tasks: ids.length, createSeconds, docsSeconds }));

// SIGUSR2 marks the start of the measured run: from then on CPU time is counted and, with
// BENCH_PROFILE_FILE, the V8 profiler samples — so setup (seed, task creation) stays out of it.
let mark: { cpu: NodeJS.CpuUsage; wall: number } | null = null;
const profileFile = env['BENCH_PROFILE_FILE'];
const inspector = profileFile ? new Session() : null;
process.on('SIGUSR2', () => {
  void (async () => {
    if (inspector) {
      inspector.connect();
      await inspector.post('Profiler.enable');
      await inspector.post('Profiler.setSamplingInterval', { interval: 200 });
      await inspector.post('Profiler.start');
    }
    mark = { cpu: process.cpuUsage(), wall: performance.now() };
    counting = true;
    console.log(JSON.stringify({ marked: true }));
  })();
});

process.once('SIGTERM', () => {
  void (async () => {
    const cpu = mark ? process.cpuUsage(mark.cpu) : null;
    const wall = mark ? (performance.now() - mark.wall) / 1000 : null;
    if (inspector && mark) {
      const { profile } = await inspector.post('Profiler.stop');
      writeFileSync(profileFile!, JSON.stringify(profile));
      inspector.disconnect();
    }
    if (sqlStats.size > 0) {
      const rows = [...sqlStats.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 15).map(([sql, st]) => ({ sql, n: st.n, ms: st.ms }));
      console.log(JSON.stringify({ sqlStats: rows }));
    }
    if (cpu && wall) console.log(JSON.stringify({ usage: { userSeconds: cpu.user / 1e6, systemSeconds: cpu.system / 1e6, wallSeconds: wall } }));
    await app.close();
    const v = await instance.verify();
    console.log(JSON.stringify({ verify: { ok: v.ok, events: v.events, problem: v.firstProblem?.message ?? null } }));
    await instance.close();
    process.exit(0);
  })();
});
