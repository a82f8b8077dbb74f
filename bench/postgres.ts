import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A throwaway PostgreSQL cluster on a private socket, started as scripts/run-tests.mjs does. */
export interface ThrowawayPostgres {
  /** URL of the `postgres` database; create databases from it. */
  readonly adminUrl: string;
  urlFor(database: string): string;
  stop(): void;
}

function findPgBin(): string | null {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base).filter((v) => existsSync(join(base, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(base, versions[0], 'bin') : null;
}

/**
 * Starts a cluster with durable commits (fsync on, the default), unlike the test runner's
 * fsync=off, so that it is compared fairly with SQLite's synchronous=FULL. Null without binaries.
 */
export function startPostgres(): ThrowawayPostgres | null {
  const bin = findPgBin();
  if (!bin) return null;
  const dir = mkdtempSync(join(tmpdir(), 'yz-bench-pg-'));
  chmodSync(dir, 0o755);
  const isRoot = process.getuid?.() === 0;
  if (isRoot) execFileSync('chown', ['postgres', dir]);
  const as = (cmd: string, args: string[]): [string, string[]] => (isRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args]);
  const run = (cmd: string, args: string[]) => {
    const [c, a] = as(join(bin, cmd), args);
    execFileSync(c, a, { stdio: ['ignore', 'ignore', 'inherit'] });
  };
  const port = String(20000 + Math.floor(Math.random() * 20000));
  const sock = join(dir, 'sock');
  const [mk, mkArgs] = as('mkdir', [sock]);
  execFileSync(mk, mkArgs);
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  run('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-w', '-o', `-p ${port} -k ${sock} -c listen_addresses='' -c max_connections=200`, 'start']);
  const urlFor = (database: string) => `postgresql://postgres@localhost/${database}?host=${encodeURIComponent(sock)}&port=${port}`;
  return {
    adminUrl: urlFor('postgres'),
    urlFor,
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'fast', 'stop']);
      } catch {
        // already gone
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
