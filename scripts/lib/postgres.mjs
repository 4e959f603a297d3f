// A throwaway PostgreSQL cluster, for the PostgreSQL test lane (scripts/test-postgres.mjs) and
// the national-scale bench (bench/national): Debian's binaries (/usr/lib/postgresql/<newest>/bin),
// a temporary directory, a free loopback port, trust authentication for the user "vatra"; as
// root every server command runs as the postgres OS user (runuser), since PostgreSQL refuses root.
// Durability is off (fsync, synchronous_commit, full_page_writes): nothing here must survive a
// crash. Callers add their own settings (the bench sizes memory for its dataset).
//
//   node scripts/lib/postgres.mjs     starts one, prints its URL, stops it on Ctrl-C
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './server.mjs';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** The newest /usr/lib/postgresql/<version>/bin with initdb and pg_ctl, or undefined. */
export function findPostgresBinaries() {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')) && existsSync(join(root, v, 'bin', 'pg_ctl')))
    .sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a));
  if (versions.length === 0) return undefined;
  const bin = join(root, versions[0], 'bin');
  return { version: versions[0], initdb: join(bin, 'initdb'), pgCtl: join(bin, 'pg_ctl') };
}

function idOf(user) {
  const uid = spawnSync('id', ['-u', user], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', user], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0) return undefined;
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

function asServerUser(command, commandArgs) {
  return isRoot ? ['runuser', ['-u', 'postgres', '--', command, ...commandArgs]] : [command, commandArgs];
}

function run(command, commandArgs, what) {
  const [cmd, cmdArgs] = asServerUser(command, commandArgs);
  const result = spawnSync(cmd, cmdArgs, { encoding: 'utf8' });
  if (result.status !== 0) {
    const output =
      `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`.trim();
    throw new Error(`${what} failed (exit ${result.status}):\n${output}`);
  }
  return result;
}

/**
 * Starts a cluster; resolves with { url (of the "postgres" database), version, stop() }. stop()
 * is synchronous and idempotent, and also runs on process exit.
 */
export async function startCluster({ settings = [], label = 'vatra' } = {}) {
  const binaries = findPostgresBinaries();
  if (!binaries) throw new Error('no PostgreSQL server binaries under /usr/lib/postgresql/*/bin');
  const { version, initdb, pgCtl } = binaries;
  let owner;
  if (isRoot) {
    owner = idOf('postgres');
    if (!owner)
      throw new Error('running as root needs the "postgres" OS user (apt-get install -y postgresql)');
  }
  let base = mkdtempSync(join(tmpdir(), `${label}-pg-`));
  if (isRoot) {
    chownSync(base, owner.uid, owner.gid);
    if (spawnSync('runuser', ['-u', 'postgres', '--', 'test', '-w', base]).status !== 0) {
      rmSync(base, { recursive: true, force: true });
      base = mkdtempSync(`/tmp/${label}-pg-`);
      chownSync(base, owner.uid, owner.gid);
    }
  }
  const dataDir = join(base, 'data');
  const logFile = join(base, 'server.log');
  const port = await freePort();
  let started = false;
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', stop);
    if (started) {
      const [cmd, cmdArgs] = asServerUser(pgCtl, ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
      const result = spawnSync(cmd, cmdArgs, { encoding: 'utf8' });
      if (result.status !== 0) console.error(`${label}: pg_ctl stop: ${result.stderr || result.stdout}`);
    }
    rmSync(base, { recursive: true, force: true });
  };
  process.on('exit', stop);
  try {
    run(
      initdb,
      ['-D', dataDir, '-U', 'vatra', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-instructions'],
      'initdb',
    );
    const options = [
      `-p ${port}`,
      `-k ${base}`,
      '-c listen_addresses=127.0.0.1',
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
      '-c max_connections=200',
      ...settings.map((setting) => `-c ${setting}`),
    ].join(' ');
    try {
      run(pgCtl, ['-D', dataDir, '-l', logFile, '-o', options, '-w', '-t', '60', 'start'], 'pg_ctl start');
    } catch (error) {
      const serverLog = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
      throw new Error(`${error.message}\n${serverLog}`);
    }
    started = true;
  } catch (error) {
    stop();
    throw error;
  }
  return { url: `postgres://vatra@127.0.0.1:${port}/postgres`, version, dataDir, logFile, stop };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const cluster = await startCluster();
  console.log(`PostgreSQL ${cluster.version}: ${cluster.url}  (data ${cluster.dataDir}); Ctrl-C stops it`);
  const end = () => {
    cluster.stop();
    process.exit(0);
  };
  process.on('SIGINT', end);
  process.on('SIGTERM', end);
  setInterval(() => undefined, 1 << 30);
}
