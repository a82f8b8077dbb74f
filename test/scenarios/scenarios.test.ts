import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
// ajv and ajv-formats come with fastify; here they only check the JSON Schema file as an
// independent validator would (editors, CI of other teams).
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parseScenario, scenarioJsonSchemaText, type Scenario } from '../../src/scenario/format.ts';
import { matchSubset, missingCites, resolvePointer, substitute } from '../../src/scenario/match.ts';
import { formatResult, runScenario, runScenarioFiles, type ScenarioResult } from '../../src/scenario/runner.ts';
import { testDatabases } from '../support/harness.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const scenarioDir = join(root, 'scenarios');
const schemaFile = join(scenarioDir, 'scenario.schema.json');
const exampleFiles = readdirSync(scenarioDir).filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json').sort().map((f) => join(scenarioDir, f));

const pgUrl = (db: string) => (db === 'postgres' ? process.env['YZ_TEST_PG_URL'] : undefined);

/** A scenario from a few steps (the name and description are boilerplate in these tests). */
function scenario(steps: unknown[]): Scenario {
  const r = parseScenario({ name: '测试场景', description: '测试用', steps });
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.scenario;
}

const AT = '2025-11-03T09:00:00+08:00';
const orgStep = { at: AT, as: 'liwenbo', op: 'getOrganisation', capture: { clerk: '/data/positions/9/id', clerkCode: '/data/positions/9/code' } };
const taskStep = {
  at: '2025-11-03T09:05:00+08:00', as: 'liwenbo', op: 'createTask',
  body: { title: '核对来文', ownerPositionId: '${clerk}', period: { value: 1, unit: 'workday' } },
  expect: { status: 201 }, capture: { taskId: '/data/id' },
};

function explain(r: ScenarioResult): string {
  return formatResult(r);
}

describe('example scenarios', () => {
  test('the examples are all there', () => {
    const names = exampleFiles.map((f) => f.split('/').pop());
    for (const n of ['platform-task-lifecycle.json', 'platform-overdue-escalation.json', 'platform-before-effective-date.json', 'deadline-national-day.json', 'platform-admin-separation.json']) {
      assert.ok(names.includes(n), n);
    }
  });
  for (const db of testDatabases()) {
    for (const file of exampleFiles) {
      test(`[${db}] ${file.split('/').pop()} passes`, async () => {
        const [r] = await runScenarioFiles([file], { postgresUrl: pgUrl(db) });
        assert.ok(r, 'a result');
        assert.equal(r.ok, true, explain(r));
        assert.equal(r.steps.length, r.stepCount);
        assert.equal(r.audit?.ok, true);
      });
    }
  }
});

describe('the runner catches what differs', () => {
  test('a wrong status: expected vs actual, with the error code', async () => {
    const r = await runScenario(scenario([{ at: AT, as: 'wumin', op: 'listMyTasks', expect: { status: 403 } }]));
    assert.equal(r.ok, false);
    assert.equal(r.failure?.index, 1);
    const p = r.failure?.problems.find((x) => x.kind === 'status');
    assert.ok(p, explain(r));
    assert.match(p.message, /期望 403，实际 200/);
    assert.match(explain(r), /^✖ 测试场景\n {2}第 1 步 listMyTasks（as wumin，at 2025-11-03T09:00:00\+08:00）：GET \/api\/tasks/);
  });

  test('no expectation means 2xx; a refusal then fails the step and names its code', async () => {
    const r = await runScenario(scenario([{ at: AT, as: 'auditadmin', op: 'listMyTasks' }]));
    assert.equal(r.ok, false);
    assert.match(r.failure?.problems[0]?.message ?? '', /期望 2xx，实际 403（FORBIDDEN/);
  });

  test('a missing citation: names it and lists the citations present', async () => {
    const r = await runScenario(scenario([
      orgStep, taskStep,
      { at: '2025-11-03T09:30:00+08:00', as: 'fengli', op: 'completeTask', params: { id: '${taskId}' }, expect: { status: 422, cites: ['yunyang-2025:5', 'yunyang-2025:6'] } },
    ]));
    assert.equal(r.ok, false);
    assert.equal(r.failure?.index, 3);
    const problems = r.failure?.problems ?? [];
    assert.deepEqual(problems.map((p) => p.kind), ['cites'], explain(r));
    assert.match(problems[0]!.message, /缺少引用 yunyang-2025:6；响应中的引用：.*yunyang-2025:5/);
  });

  test('a body mismatch: JSON paths, missing fields, unmatched array elements', async () => {
    const r = await runScenario(scenario([{
      at: AT, op: 'getHealth',
      expect: { body: { data: { status: 'down', demo: true, version: '1' }, verdicts: [{ rule: 'x' }] } },
    }]));
    assert.equal(r.ok, false);
    const messages = (r.failure?.problems ?? []).filter((p) => p.kind === 'body').map((p) => p.message);
    assert.equal(messages.length, 3, messages.join('\n'));
    assert.match(messages[0]!, /^\/data\/status：期望 "down"，实际 "ok"$/);
    assert.match(messages[1]!, /^\/data\/version：缺少此字段/);
    assert.match(messages[2]!, /^\/verdicts：实际为空数组/);
    assert.match(explain(r), /实际响应：200 \{"data":\{"status":"ok"/);
  });

  test('the scenario stops at the first failing step', async () => {
    const r = await runScenario(scenario([
      { at: AT, op: 'getHealth', expect: { status: 500 } },
      { at: AT, op: 'getHealth' },
    ]));
    assert.equal(r.ok, false);
    assert.equal(r.steps.length, 1);
    assert.match(explain(r), /已通过 0\/2 步/);
  });

  test('a broken audit chain fails the scenario even when every step matched', async () => {
    const r = await runScenario(scenario([{ at: AT, as: 'wumin', op: 'listMyTasks' }]), {
      afterSteps: async (instance) => {
        // Whoever can write the database can also drop the append-only trigger; the chain still tells.
        await sql`DROP TRIGGER audit_events_no_update`.execute(instance.database.db);
        await sql`UPDATE audit_events SET payload = ${'{"tampered":true}'} WHERE seq = 1`.execute(instance.database.db);
      },
    });
    assert.equal(r.ok, false);
    assert.equal(r.failure, undefined);
    assert.equal(r.audit?.ok, false);
    assert.match(r.errors.join('\n'), /审计链校验失败/);
  });
});

describe('captures and substitution', () => {
  test('values flow from a response into later params, bodies and expectations, keeping their type', async () => {
    const r = await runScenario(scenario([
      { ...orgStep, expect: { body: { data: { positions: { 9: { code: 'office-clerk' } } } } } },
      { ...taskStep, body: { ...taskStep.body, title: '答复来函（${clerkCode}）' }, expect: { status: 201, body: { data: { title: '答复来函（office-clerk）', ownerPositionId: '${clerk}' } } } },
      { at: AT, as: 'wumin', op: 'getTask', params: { id: '${taskId}' }, expect: { body: { data: { id: '${taskId}', status: 'open' } } } },
      { at: AT, op: 'getHealth', capture: { tenants: '/data/tenants' } },
      // "${tenants}" becomes the number 1: a string would be refused by the schema (400).
      { at: AT, as: 'wumin', op: 'computeDeadline', body: { start: '2025-11-03', period: '${tenants}', unit: 'workday' }, expect: { body: { data: { period: 1, dueDate: '2025-11-04' } } } },
      // Path parameters from params, the rest to the query string.
      { at: AT, as: 'wumin', op: 'getArticle', params: { number: '${tenants}' } },
      { at: AT, as: 'wumin', op: 'listMyTasks', params: { status: 'open' }, expect: { body: { data: [{ id: '${taskId}' }] } } },
    ]));
    assert.equal(r.ok, true, explain(r));
    assert.match(r.steps[2]?.url ?? '', /^\/api\/tasks\/[0-9a-f-]+$/);
    assert.equal(r.steps[5]?.url, '/api/law/articles/1');
    assert.equal(r.steps[6]?.url, '/api/tasks?status=open');
  });

  test('a capture pointer that finds nothing fails the step and says why', async () => {
    const r = await runScenario(scenario([{ at: AT, op: 'getHealth', capture: { id: '/data/id' } }]));
    assert.equal(r.ok, false);
    assert.match(explain(r), /第 1 步 getHealth/);
    assert.match(r.failure?.problems[0]?.message ?? '', /捕获 id 失败：指针 \/data\/id .*没有字段“id”/);
  });

  test('a use of a name no earlier step captured is caught before it is played', async () => {
    const r = await runScenario(scenario([
      { at: AT, op: 'getHealth' },
      { at: AT, as: 'wumin', op: 'getTask', params: { id: '${taskId}' }, capture: { taskId: '/data/id' } },
    ]));
    assert.equal(r.ok, false);
    assert.equal(r.failure?.index, 2);
    assert.match(r.failure?.problems[0]?.message ?? '', /引用了 \$\{taskId\}，但此前没有哪一步捕获它/);
  });

  test('an unknown operation and an unknown account are named with their step', async () => {
    const op = await runScenario(scenario([{ at: AT, op: 'getHealth' }, { at: AT, as: 'wumin', op: 'closeTask' }]));
    assert.equal(op.failure?.index, 2);
    assert.match(op.failure?.problems[0]?.message ?? '', /未知的操作“closeTask”。可用的操作：.*completeTask/);
    const who = await runScenario(scenario([{ at: AT, as: 'zhangsan', op: 'listMyTasks' }]));
    assert.equal(who.failure?.index, 1);
    assert.match(who.failure?.problems[0]?.message ?? '', /未知账号“zhangsan”。演示账号：.*wumin/);
  });

  test('an expired session is renewed at the step\'s time, unless the step expects the 401', async () => {
    const renewed = await runScenario(scenario([
      { at: AT, as: 'wumin', op: 'listMyTasks' },
      { at: '2025-11-03T11:00:00+08:00', as: 'wumin', op: 'listMyTasks' },
      { at: '2025-11-03T11:01:00+08:00', as: 'auditadmin', op: 'listAuditEvents', params: { subjectType: 'account', limit: 500 } },
    ]));
    assert.equal(renewed.ok, true, explain(renewed));
    const kept = await runScenario(scenario([
      { at: AT, as: 'wumin', op: 'listMyTasks' },
      { at: '2025-11-03T11:00:00+08:00', as: 'wumin', op: 'listMyTasks', expect: { status: 401, body: { error: { code: 'SESSION_EXPIRED' } } } },
    ]));
    assert.equal(kept.ok, true, explain(kept));
  });

  test('logins happen at the step\'s time and are audited like any login', async () => {
    const r = await runScenario(scenario([
      { at: AT, as: 'wumin', op: 'listMyTasks' },
      { at: '2025-11-03T12:00:00+08:00', as: 'wumin', op: 'listMyTasks' },
      {
        at: '2025-11-03T12:01:00+08:00', as: 'auditadmin', op: 'listAuditEvents', params: { subjectType: 'account' },
        expect: { body: { data: [{ type: 'account.login', at: '2025-11-03T01:00:00.000Z' }, { type: 'account.login', at: '2025-11-03T04:00:00.000Z' }] } },
      },
    ]));
    assert.equal(r.ok, true, explain(r));
  });
});

describe('matching rules', () => {
  test('objects match on the listed keys; arrays by containment in any order; [] means empty', () => {
    assert.deepEqual(matchSubset({ a: 1 }, { a: 1, b: 2 }), []);
    assert.deepEqual(matchSubset([{ k: 2 }, { k: 1 }], [{ k: 1, x: 0 }, { k: 2 }, { k: 3 }]), []);
    assert.equal(matchSubset([], [1]).length, 1);
    assert.deepEqual(matchSubset([], []), []);
    // Each expected element needs its own actual element.
    assert.equal(matchSubset([{ k: 1 }, { k: 1 }], [{ k: 1 }]).length, 1);
    // An object against an array addresses indices.
    assert.deepEqual(matchSubset({ 1: { k: 2 } }, [{ k: 1 }, { k: 2 }]), []);
    assert.match(matchSubset({ 5: 1 }, [1])[0]!.message, /没有下标 5/);
    // Types are not coerced; paths are JSON Pointers with escaping.
    assert.deepEqual(matchSubset({ 'a/b': { n: 1 } }, { 'a/b': { n: '1' } }).map((m) => m.path), ['/a~1b/n']);
  });

  test('an article-level citation is satisfied by any clause of it, not the other way round', () => {
    assert.deepEqual(missingCites(['yunyang-2025:53'], ['yunyang-2025:53(2)']), []);
    assert.deepEqual(missingCites(['yunyang-2025:53(2)'], ['yunyang-2025:53']), ['yunyang-2025:53(2)']);
    assert.deepEqual(missingCites(['yunyang-2025:5'], ['yunyang-2025:52']), ['yunyang-2025:5']);
  });

  test('pointers are relative to the whole body; substitution keeps the type of a whole-string reference', () => {
    const body = { data: { id: 'x', list: [{ n: 1 }] }, verdicts: [] };
    assert.deepEqual(resolvePointer(body, '/data/list/0/n'), { found: true, value: 1 });
    assert.equal(resolvePointer(body, '/id').found, false);
    const vars = new Map<string, unknown>([['n', 3], ['o', { a: 1 }], ['s', 'x']]);
    assert.deepEqual(substitute({ a: '${n}', b: 'n=${n}', c: ['${o}'], d: '$${n}', e: '${s}-${s}' }, vars), { a: 3, b: 'n=3', c: [{ a: 1 }], d: '${n}', e: 'x-x' });
    assert.throws(() => substitute('${zz}', vars), /未定义的捕获 \$\{zz\}/);
  });
});

describe('file format', () => {
  test('errors are in Chinese and name the step and the field', () => {
    const r = parseScenario({
      description: 'x',
      steps: [
        { at: AT, op: 'getHealth', expect: { status: 99, cites: ['第五条'] } },
        { at: '2025-11-03 09:00', op: 'getHealth', extra: 1, capture: { '1x': '/data', y: 'data' } },
      ],
    });
    assert.equal(r.ok, false);
    const text = r.ok ? '' : r.errors.join('\n');
    assert.match(text, /name：必填/);
    assert.match(text, /第 1 步的 expect\.status：应为 HTTP 状态码/);
    assert.match(text, /第 1 步的 expect\.cites\[0\]：引用应写作/);
    assert.match(text, /第 2 步的 at：应为带时区的 ISO 8601 时间/);
    assert.match(text, /第 2 步：未定义的字段 “extra”/);
    assert.match(text, /第 2 步的 capture\.1x：捕获名只能由字母/);
    assert.match(text, /第 2 步的 capture\.y：应为 JSON Pointer/);
  });

  test('scenarios/scenario.schema.json is the JSON Schema of the zod schema (regenerate: yunzheng scenario schema)', () => {
    assert.equal(readFileSync(schemaFile, 'utf8'), scenarioJsonSchemaText());
  });

  test('the JSON Schema accepts every example and refuses what zod refuses', () => {
    // Both are CommonJS modules; `.default` is the class / plugin under Node's ESM loader and in their types.
    const ajv = new Ajv2020.default({ allErrors: true, allowUnionTypes: true });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')) as object);
    for (const f of exampleFiles) assert.equal(validate(JSON.parse(readFileSync(f, 'utf8'))), true, `${f}: ${JSON.stringify(validate.errors)}`);
    const bad = { name: 'x', description: 'y', steps: [{ at: '2025-11-03', op: 'getHealth', extra: 1 }] };
    assert.equal(validate(bad), false);
    assert.equal(parseScenario(bad).ok, false);
  });

  test('a *.json glob may catch the schema file: it is passed over, not failed', async () => {
    const [r] = await runScenarioFiles([schemaFile]);
    assert.equal(r?.ok, true);
    assert.ok(r?.skipped);
  });
});

describe('--data keeps each file\'s data', () => {
  test('in DIR/<file name>, cleared on a re-run; a foreign non-empty directory is refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yz-scenario-data-'));
    try {
      const file = join(scenarioDir, 'platform-admin-separation.json');
      const [a] = await runScenarioFiles([file], { dataDir: dir });
      assert.equal(a?.ok, true, a && explain(a));
      assert.equal(a?.dataDir, join(dir, 'platform-admin-separation'));
      assert.ok(existsSync(join(dir, 'platform-admin-separation', 'yunzheng.sqlite')));
      assert.ok(existsSync(join(dir, 'platform-admin-separation', 'audit-checkpoints.jsonl')));
      const [b] = await runScenarioFiles([file], { dataDir: dir });
      assert.equal(b?.ok, true, b && explain(b));

      mkdirSync(join(dir, 'other', 'platform-admin-separation'), { recursive: true });
      writeFileSync(join(dir, 'other', 'platform-admin-separation', 'precious.txt'), 'keep me');
      const [c] = await runScenarioFiles([file], { dataDir: join(dir, 'other') });
      assert.equal(c?.ok, false);
      assert.match(c?.errors.join('\n') ?? '', /已存在且不是场景运行留下的/);
      assert.ok(existsSync(join(dir, 'other', 'platform-admin-separation', 'precious.txt')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the yunzheng scenario run command', () => {
  const cli = (...args: string[]) => spawnSync(process.execPath, ['bin/yunzheng.js', 'scenario', 'run', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });

  test('exits 0 when every step matches', () => {
    const r = cli('scenarios/platform-task-lifecycle.json');
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /^✔ 待办的交办与办结：谁的事谁来办 \(6 steps\)$/m);
  });

  test('exits non-zero for a failing file, with the diff; --json is machine-readable', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yz-scenario-cli-'));
    try {
      const file = join(dir, 'failing.json');
      writeFileSync(file, JSON.stringify({ name: '必然失败', description: '状态码不符', steps: [{ at: AT, op: 'getHealth', expect: { status: 404 } }] }));
      const r = cli(file);
      assert.notEqual(r.status, 0);
      assert.match(r.stdout, /^✖ 必然失败/m);
      assert.match(r.stdout, /第 1 步 getHealth（as anonymous，at 2025-11-03T09:00:00\+08:00）/);
      assert.match(r.stdout, /状态码：期望 404，实际 200/);
      const j = cli('--json', file, 'scenarios/platform-admin-separation.json');
      assert.notEqual(j.status, 0);
      const out = JSON.parse(j.stdout) as { ok: boolean; results: ScenarioResult[] };
      assert.equal(out.ok, false);
      assert.deepEqual(out.results.map((x) => x.ok), [false, true]);
      assert.equal(out.results[0]?.failure?.problems[0]?.kind, 'status');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
