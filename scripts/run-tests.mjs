#!/usr/bin/env node
// Runs every test suite: unit (src/**), api + contract + scenario (test/**, on SQLite and, when
// PostgreSQL's binaries are present, on a throwaway PostgreSQL cluster started here), and the
// browser suite (test/e2e, on SQLite) when Chromium is present. Each skip is said plainly; with
// CI=true a skip is a failure.
import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, chmodSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const ci = process.env.CI === 'true' || process.env.CI === '1';
// Optional suite names (unit api scenario e2e) and file filters (any argument containing '/' or
// ending in .ts: only test files whose path contains one of them run), e.g.
// `npm test -- api test/api/meetings` runs one file on both databases.
const args = process.argv.slice(2);
const only = args.filter((a) => !a.includes('/') && !a.endsWith('.ts'));
const filters = args.filter((a) => a.includes('/') || a.endsWith('.ts'));
const pick = (files) => (filters.length === 0 ? files : files.filter((f) => filters.some((x) => f.includes(x))));

function walk(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.name.endsWith('.test.ts')) out.push(relative(root, p));
  }
  return out.sort();
}

const suites = {
  unit: pick(walk(join(root, 'src'))),
  api: pick(walk(join(root, 'test')).filter((f) => !f.startsWith('test/e2e/') && !f.startsWith('test/scenarios/'))),
  scenario: pick(walk(join(root, 'test/scenarios'))),
  e2e: pick(walk(join(root, 'test/e2e'))),
};

const skips = [];
const results = [];

// ---- PostgreSQL --------------------------------------------------------------------------
function findPgBin() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base).filter((v) => existsSync(join(base, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(base, versions[0], 'bin') : null;
}

let pg = null;
function startPostgres() {
  const bin = findPgBin();
  if (!bin) return null;
  const dir = mkdtempSync(join(tmpdir(), 'yz-pg-'));
  chmodSync(dir, 0o755);
  const isRoot = process.getuid && process.getuid() === 0;
  const as = (cmd, args) => (isRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args]);
  if (isRoot) execFileSync('chown', ['postgres', dir]);
  const port = String(20000 + Math.floor(Math.random() * 20000));
  const sock = join(dir, 'sock');
  const run = (cmd, args) => {
    const [c, a] = as(join(bin, cmd), args);
    execFileSync(c, a, { stdio: ['ignore', 'ignore', 'inherit'] });
  };
  const [mk, mkArgs] = as('mkdir', [sock]);
  execFileSync(mk, mkArgs);
  run('initdb', ['-D', join(dir, 'data'), '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  run('pg_ctl', ['-D', join(dir, 'data'), '-l', join(dir, 'server.log'), '-w', '-o', `-p ${port} -k ${sock} -c listen_addresses='' -c fsync=off -c max_connections=200`, 'start']);
  const [psql, psqlArgs] = as(join(bin, 'psql'), ['-h', sock, '-p', port, '-U', 'postgres', '-c', 'CREATE DATABASE yunzheng_test']);
  execFileSync(psql, psqlArgs, { stdio: ['ignore', 'ignore', 'inherit'] });
  return {
    url: `postgresql://postgres@localhost/yunzheng_test?host=${encodeURIComponent(sock)}&port=${port}`,
    stop() {
      try { run('pg_ctl', ['-D', join(dir, 'data'), '-m', 'fast', 'stop']); } catch { /* already gone */ }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function runSuite(name, files, env) {
  if (files.length === 0) {
    skips.push(`${name}: no test files`);
    return;
  }
  console.log(`\n=== ${name} (${files.length} files) ===`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', ...files], {
    cwd: root, env: { ...process.env, TZ: 'UTC', ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 256 * 1024 * 1024,
  });
  process.stdout.write(r.stdout);
  const count = (label) => Number((r.stdout.match(new RegExp(`ℹ ${label} (\\d+)`)) ?? [])[1] ?? 0);
  results.push({ name, tests: count('tests'), pass: count('pass'), fail: count('fail'), skipped: count('skipped'), code: r.status });
}

const want = (s) => only.length === 0 || only.includes(s);
let exit = 0;
try {
  if (want('unit')) runSuite('unit', suites.unit, {});
  if (want('api') || want('scenario')) {
    try {
      pg = startPostgres();
    } catch (e) {
      console.error(`PostgreSQL failed to start: ${e.message}`);
      exit = 1;
    }
    if (!pg) skips.push('PostgreSQL: binaries not found (/usr/lib/postgresql/*/bin); api and scenario suites run on SQLite only');
    const env = pg ? { YZ_TEST_PG_URL: pg.url } : {};
    if (want('api')) runSuite(pg ? 'api + contract (SQLite, PostgreSQL)' : 'api + contract (SQLite)', suites.api, env);
    if (want('scenario')) runSuite(pg ? 'scenario (SQLite, PostgreSQL)' : 'scenario (SQLite)', suites.scenario, env);
  }
  if (want('e2e')) {
    const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
    if (!existsSync(chromium)) {
      skips.push(`browser: Chromium not found at ${chromium}`);
    } else {
      const web = join(root, 'dist/web/index.html');
      const stale = !existsSync(web) || newestMtime(join(root, 'src/web')) > statSync(web).mtimeMs;
      if (stale) {
        console.log('\n=== building the staff application for the browser suite ===');
        const b = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
        if (b.status !== 0) exit = 1;
      }
      runSuite('browser (SQLite, Chromium)', suites.e2e, { CHROMIUM_PATH: chromium });
    }
  }
} finally {
  pg?.stop();
}

function newestMtime(dir) {
  let m = 0;
  if (!existsSync(dir)) return m;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    m = Math.max(m, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return m;
}

console.log('\n=== summary ===');
for (const r of results) {
  console.log(`${r.name.padEnd(40)} tests ${String(r.tests).padStart(4)}  pass ${String(r.pass).padStart(4)}  fail ${String(r.fail).padStart(3)}  skipped ${r.skipped}`);
  if (r.code !== 0 || r.fail > 0) exit = 1;
  if (r.skipped > 0 && ci) exit = 1;
}
for (const s of skips) console.log(`SKIPPED — ${s}`);
if (skips.length > 0 && ci) {
  console.log('CI=true: a skipped suite is a failure.');
  exit = 1;
}
process.exit(exit);
