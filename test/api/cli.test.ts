import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';

const cli = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['bin/yunzheng.js', ...args], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC', ...env } });

test('`yunzheng rules coverage --json` accounts for each of the 71 articles exactly once', () => {
  const r = cli(['rules', 'coverage', '--json']);
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { pack: string; articles: { article: number; status: string; rules?: string[]; reason?: string; missing?: string }[] };
  assert.equal(report.pack, 'yunyang-2025');
  assert.deepEqual(report.articles.map((a) => a.article), Array.from({ length: 71 }, (_, i) => i + 1));
  for (const a of report.articles) {
    assert.ok(['enforced', 'partial', 'declarative', 'planned'].includes(a.status), `art. ${a.article}`);
    if (a.status === 'enforced' || a.status === 'partial') assert.ok(a.rules && a.rules.length > 0, `art. ${a.article} names its rules`);
    if (a.status === 'partial') assert.ok(a.missing, `art. ${a.article} says what is missing`);
    if (a.status === 'declarative') assert.ok(a.reason, `art. ${a.article} gives a reason`);
  }
  const a71 = report.articles.find((a) => a.article === 71)!;
  assert.deepEqual([a71.status, a71.rules], ['enforced', ['pack.in-force']]);
});

test('`yunzheng rules coverage` prints a table with Chinese article numbers and totals', () => {
  const r = cli(['rules', 'coverage']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /第七十一条/);
  assert.match(r.stdout, /合计/);
});

test('`yunzheng init` then `audit verify` on a fresh data folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'yz-cli-'));
  try {
    const init = cli(['init'], { YUNZHENG_DATA: dir, YUNZHENG_DEMO: '0' });
    assert.equal(init.status, 0, init.stderr);
    assert.equal((init.stdout.match(/一次性密码/g) ?? []).length >= 3, true);
    const verify = cli(['audit', 'verify'], { YUNZHENG_DATA: dir, YUNZHENG_DEMO: '0' });
    assert.equal(verify.status, 0, verify.stderr);
    assert.match(verify.stdout, /审计链完好/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('after the example scenarios `audit verify` passes, and fails once an audit row is edited or deleted', () => {
  const dir = mkdtempSync(join(tmpdir(), 'yz-cli-scen-'));
  try {
    const run = cli(['scenario', 'run', 'scenarios/platform-task-lifecycle.json', '--data', dir]);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    const data = join(dir, 'platform-task-lifecycle');
    const env = { YUNZHENG_DATA: data, YUNZHENG_DEMO: '0' };
    const good = cli(['audit', 'verify'], env);
    assert.equal(good.status, 0, good.stdout + good.stderr);

    // As someone with write access to the database file would: drop the guard triggers, then tamper.
    const tamper = (statement: string) => {
      const db = new Sqlite(join(data, 'yunzheng.sqlite'));
      db.exec('DROP TRIGGER IF EXISTS audit_events_no_update; DROP TRIGGER IF EXISTS audit_events_no_delete;');
      db.exec(statement);
      db.close();
    };
    tamper(`UPDATE audit_events SET payload = '{"note":"改过"}' WHERE seq = 3`);
    const edited = cli(['audit', 'verify'], env);
    assert.notEqual(edited.status, 0);
    assert.match(edited.stderr, /第3号/);

    const copy = mkdtempSync(join(tmpdir(), 'yz-cli-scen2-'));
    const run2 = cli(['scenario', 'run', 'scenarios/platform-task-lifecycle.json', '--data', copy]);
    assert.equal(run2.status, 0);
    const data2 = join(copy, 'platform-task-lifecycle');
    const db2 = new Sqlite(join(data2, 'yunzheng.sqlite'));
    db2.exec('DROP TRIGGER IF EXISTS audit_events_no_delete;');
    db2.exec('DELETE FROM audit_events WHERE seq = 7');
    db2.close();
    const deleted = cli(['audit', 'verify'], { YUNZHENG_DATA: data2, YUNZHENG_DEMO: '0' });
    assert.notEqual(deleted.status, 0);
    assert.match(deleted.stderr, /第7号/);
    rmSync(copy, { recursive: true, force: true });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
