/**
 * Plays scenario files (DESIGN §9): each on its own fresh database seeded with the demo
 * organisation, through the real HTTP application (in process, `inject()`), with a fixed clock set
 * to each step's time. After the last step an audit checkpoint is written and the chain verified.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { fixedClock } from '../core/kernel/time.ts';
import { buildServer, type RouteInfo } from '../http/server.ts';
import { openInstance, type Instance } from '../runtime/instance.ts';
import { PACKS } from '../packs/registry.ts';
import { ANONYMOUS, StepError, buildUrl, createDriver, errorOf } from './driver.ts';
import { loadScenarioFile, type Scenario, type ScenarioStep } from './format.ts';
import { CaptureError, citesOf, matchSubset, missingCites, referencedNames, resolvePointer, substitute } from './match.ts';
import type { AuditSummary, Problem, ScenarioResult, StepFailure, StepReport } from './report.ts';

export { formatResult } from './report.ts';
export { ANONYMOUS, buildUrl } from './driver.ts';
export type { AuditSummary, Problem, ScenarioResult, StepFailure, StepReport } from './report.ts';

/** Marks a data directory the runner created, so that a re-run may clear it. */
const MARKER = '.yunzheng-scenario';

export interface RunOptions {
  /** Keep each file's database and audit files in `<dataDir>/<file name without .json>`. */
  readonly dataDir?: string | undefined;
  /** Play on PostgreSQL (a throwaway schema per scenario) instead of the embedded database; used by tests. */
  readonly postgresUrl?: string | undefined;
}


/** The instant the earliest pack takes effect (00:00 local time of its first day); actions before it are refused. */
export function packStart(): Date {
  const first = [...PACKS].map((p) => p.pack).sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))[0];
  if (!first) throw new Error('no rule pack configured');
  return new Date(Date.parse(`${first.effectiveFrom}T00:00:00Z`) - first.utcOffsetMinutes * 60_000);
}

/** Checks what can be known before playing: every op exists, every `${name}` is captured by an earlier step. */
function preflight(steps: readonly ScenarioStep[], routes: ReadonlyMap<string, RouteInfo>): { index: number; message: string } | undefined {
  const captured = new Set<string>();
  for (const [i, s] of steps.entries()) {
    if (!routes.has(s.op)) {
      return { index: i + 1, message: `未知的操作“${s.op}”。可用的操作：${[...routes.keys()].sort().join('、')}` };
    }
    for (const name of referencedNames([s.params, s.body, s.expect?.body])) {
      if (!captured.has(name)) {
        return { index: i + 1, message: `引用了 \${${name}}，但此前没有哪一步捕获它（已捕获：${[...captured].join('、') || '无'}）` };
      }
    }
    for (const name of Object.keys(s.capture ?? {})) captured.add(name);
  }
  return undefined;
}

function prepareDataDir(dir: string): void {
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    if (!existsSync(join(dir, MARKER))) {
      throw new Error(`数据目录 ${dir} 已存在且不是场景运行留下的，为免误删，请换一个目录或先自行清空`);
    }
    rmSync(dir, { recursive: true, force: true });
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, MARKER), '本目录由 yunzheng scenario run 创建，重新运行时会被清空。\n');
}

async function withPgSchema<T>(url: string, fn: (schema: string) => Promise<T>): Promise<T> {
  const schema = `sc_${randomBytes(6).toString('hex')}`;
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  await admin(`CREATE SCHEMA ${schema}`);
  // The schema is kept: the PostgreSQL this option is meant for is a throwaway test cluster, and
  // dropping schemas while another instance's migrator scans the catalogue makes that one fail.
  return fn(schema);
}

/**
 * Plays one scenario on a fresh database in `dataDir` (a temporary directory, removed afterwards,
 * when none is given).
 */
export interface ScenarioOptions {
  readonly dataDir?: string | undefined;
  readonly postgresUrl?: string | undefined;
  /** The file the scenario came from (for reports). */
  readonly file?: string | undefined;
  /** Called after the last step, before the audit checkpoint and verification (tests use it to tamper with the chain). */
  readonly afterSteps?: ((instance: Instance) => Promise<void>) | undefined;
}

export async function runScenario(scenario: Scenario, opts: ScenarioOptions = {}): Promise<ScenarioResult> {
  const base = { ...(opts.file !== undefined ? { file: opts.file } : {}), name: scenario.name };
  const temp = opts.dataDir === undefined;
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'yz-scenario-'));
  try {
    if (!temp) prepareDataDir(dataDir);
    const play = (pgSchema?: string) => playOn(scenario, dataDir, opts, pgSchema);
    const r = opts.postgresUrl ? await withPgSchema(opts.postgresUrl, play) : await play();
    return { ...base, ok: r.failure === undefined && r.errors.length === 0, stepCount: scenario.steps.length, ...r, ...(temp ? {} : { dataDir }) };
  } catch (e) {
    return { ...base, ok: false, stepCount: scenario.steps.length, steps: [], errors: [`运行失败：${e instanceof Error ? e.message : String(e)}`] };
  } finally {
    if (temp) rmSync(dataDir, { recursive: true, force: true });
  }
}

async function playOn(
  scenario: Scenario, dataDir: string, opts: ScenarioOptions, pgSchema: string | undefined,
): Promise<{ steps: StepReport[]; failure?: StepFailure; errors: string[]; audit?: AuditSummary }> {
  const first = scenario.steps[0];
  if (!first) return { steps: [], errors: ['场景没有步骤'] };
  // The clock stands at the first step's time while the demo organisation is seeded — but never
  // before the rules took effect (art. 71), or the seed itself would be dated before them.
  const start = packStart();
  const firstAt = new Date(first.at);
  const clock = fixedClock(firstAt < start ? start : firstAt);
  const instance: Instance = await openInstance({
    dataDir, clock, demo: true, seed: true, env: {}, databaseUrl: opts.postgresUrl, pgSchema, poolSize: opts.postgresUrl ? 4 : undefined,
  });
  const errors: string[] = [];
  const steps: StepReport[] = [];
  let failure: StepFailure | undefined;
  let audit: AuditSummary | undefined;
  try {
    const app = await buildServer({
      deps: instance.deps,
      audit: { verify: (t) => instance.verify(t), checkpoint: (t) => instance.checkpoint(t) },
    });
    try {
      const driver = createDriver(app, instance);
      const routes = driver.routes;
      const problem = preflight(scenario.steps, routes);
      const vars = new Map<string, unknown>();

      for (const [i, step] of scenario.steps.entries()) {
        const as = step.as ?? ANONYMOUS;
        const head = { index: i + 1, op: step.op, as, at: step.at };
        clock.set(step.at);
        if (problem && problem.index === i + 1) {
          failure = { ...head, ok: false, ...(step.note ? { note: step.note } : {}), problems: [{ kind: 'error', message: problem.message }] };
          steps.push({ ...head, ok: false });
          break;
        }
        let method: string | undefined;
        let url: string | undefined;
        let response: { status: number; body: unknown } | undefined;
        try {
          const route = routes.get(step.op)!;
          method = route.method;
          const params = substitute(step.params ?? {}, vars) as Record<string, unknown>;
          const body = substitute(step.body, vars);
          const expectBody = substitute(step.expect?.body, vars);
          url = buildUrl(route, params);
          response = await driver.send(as, route, url, body, step.expect?.status);
          const problems = compare(step, expectBody, response);
          if (problems.length === 0) {
            for (const [name, pointer] of Object.entries(step.capture ?? {})) {
              const got = resolvePointer(response.body, pointer);
              if (!got.found) {
                const hint = !pointer.startsWith('/data/') && resolvePointer(response.body, `/data${pointer}`).found ? `是否想写 /data${pointer}？` : '如 /data/id';
                problems.push({ kind: 'error', message: `捕获 ${name} 失败：指针 ${pointer} 在响应体中找不到（${got.reason}）。指针相对于整个响应体 {data, verdicts}，${hint}` });
                break;
              }
              vars.set(name, got.value);
            }
          }
          const report = { ...head, method, url, status: response.status, ok: problems.length === 0 };
          steps.push(report);
          if (problems.length > 0) {
            failure = { ...report, ...(step.note ? { note: step.note } : {}), problems, response };
            break;
          }
        } catch (e) {
          const message = e instanceof StepError || e instanceof CaptureError ? e.message : `执行出错：${e instanceof Error ? e.message : String(e)}`;
          const report = { ...head, ...(method ? { method } : {}), ...(url ? { url } : {}), ...(response ? { status: response.status } : {}), ok: false };
          steps.push(report);
          failure = { ...report, ...(step.note ? { note: step.note } : {}), problems: [{ kind: 'error', message }], ...(response ? { response } : {}) };
          break;
        }
      }
    } finally {
      await app.close();
    }
    if (opts.afterSteps) await opts.afterSteps(instance);
    await instance.checkpoint();
    const v = await instance.verify();
    audit = { ok: v.ok, events: v.events, lastSeq: v.lastSeq, checkpointsChecked: v.checkpointsChecked, problem: v.firstProblem?.message ?? null };
    if (!v.ok) errors.push(`审计链校验失败：${v.firstProblem ? `${v.firstProblem.seq === null ? '' : `第 ${v.firstProblem.seq} 条记录：`}${v.firstProblem.message}` : '原因不明'}`);
  } finally {
    await instance.close();
  }
  return { steps, ...(failure ? { failure } : {}), errors, ...(audit ? { audit } : {}) };
}

function compare(step: ScenarioStep, expectBody: unknown, response: { status: number; body: unknown }): Problem[] {
  const problems: Problem[] = [];
  const want = step.expect?.status;
  const statusOk = want === undefined ? response.status >= 200 && response.status < 300 : response.status === want;
  if (!statusOk) {
    const e = errorOf(response.body);
    problems.push({ kind: 'status', message: `状态码：期望 ${want ?? '2xx'}，实际 ${response.status}${e ? `（${e.code}：${e.message}）` : ''}` });
  }
  if (step.expect?.cites && step.expect.cites.length > 0) {
    const present = citesOf(response.body);
    const missing = missingCites(step.expect.cites, present);
    if (missing.length > 0) {
      problems.push({ kind: 'cites', message: `缺少引用 ${missing.join('、')}；响应中的引用：${present.length > 0 ? present.join('、') : '（无）'}` });
    }
  }
  if (expectBody !== undefined) {
    for (const m of matchSubset(expectBody, response.body)) problems.push({ kind: 'body', path: m.path, message: `${m.path}：${m.message}` });
  }
  return problems;
}

/** The data directory of one file under `--data DIR`: `DIR/<name without .json>`, made unique within one run. */
function dataDirFor(root: string, file: string, used: Set<string>): string {
  const stem = basename(file, extname(file)) || 'scenario';
  let name = stem;
  for (let n = 2; used.has(name); n++) name = `${stem}-${n}`;
  used.add(name);
  return join(resolve(root), name);
}

/** Plays files one after another, each on its own database. */
export async function runScenarioFiles(files: readonly string[], opts: RunOptions = {}): Promise<ScenarioResult[]> {
  const used = new Set<string>();
  const results: ScenarioResult[] = [];
  for (const file of files) {
    const loaded = loadScenarioFile(file);
    if (loaded.kind === 'json-schema') {
      results.push({ file, name: basename(file), ok: true, skipped: 'JSON Schema 文件，不是场景', stepCount: 0, steps: [], errors: [] });
    } else if (loaded.kind === 'invalid') {
      results.push({ file, name: basename(file), ok: false, stepCount: 0, steps: [], errors: loaded.errors });
    } else {
      const dataDir = opts.dataDir === undefined ? undefined : dataDirFor(opts.dataDir, file, used);
      results.push(await runScenario(loaded.scenario, { file, dataDir, postgresUrl: opts.postgresUrl }));
    }
  }
  return results;
}
