#!/usr/bin/env node
// `npm run test:postgres`: the same vitest suite, against a real PostgreSQL.
//
// With TEST_DATABASE_URL set, that server is used as it is (the suite creates and drops its own
// databases there). Otherwise a throwaway cluster is made with Debian's PostgreSQL binaries in a
// temporary directory, on a free loopback port, and removed again however the run ends.
// Extra arguments are passed to `vitest run`, e.g. `npm run test:postgres -- auth`.
import { spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function log(message) {
  console.log(`test:postgres: ${message}`);
}

function fail(message) {
  console.error(`test:postgres: ${message}`);
  process.exit(1);
}

/** The newest /usr/lib/postgresql/<version>/bin that has initdb and pg_ctl. */
function findBinaries() {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter(
          (v) => existsSync(join(root, v, 'bin', 'initdb')) && existsSync(join(root, v, 'bin', 'pg_ctl')),
        )
        .sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a))
    : [];
  if (versions.length === 0) {
    fail(
      'no PostgreSQL server binaries found under /usr/lib/postgresql/*/bin.\n' +
        '  Either install PostgreSQL (apt-get install -y postgresql) or set TEST_DATABASE_URL=postgres://user@host:port/postgres',
    );
  }
  const bin = join(root, versions[0], 'bin');
  return { version: versions[0], initdb: join(bin, 'initdb'), pgCtl: join(bin, 'pg_ctl') };
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

function idOf(user) {
  const uid = spawnSync('id', ['-u', user], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', user], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0) return undefined;
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/** PostgreSQL refuses to run as root: as root, its commands run as the postgres OS user. */
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

function runVitest(env) {
  return new Promise((resolveCode) => {
    const child = spawn('npx', ['vitest', 'run', ...args], { stdio: 'inherit', env });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolveCode(code ?? (signal === 'SIGINT' ? 130 : 1));
    });
    child.on('error', (error) => {
      console.error(`test:postgres: could not start vitest: ${error.message}`);
      resolveCode(1);
    });
  });
}

async function withThrowawayCluster() {
  const { version, initdb, pgCtl } = findBinaries();
  let owner;
  if (isRoot) {
    owner = idOf('postgres');
    if (!owner)
      fail('running as root needs the "postgres" OS user (apt-get install -y postgresql creates it)');
  }
  // As root the directory must be reachable by the postgres user; TMPDIR may not be.
  let base = mkdtempSync(join(tmpdir(), 'vatra-pg-'));
  if (isRoot) {
    chownSync(base, owner.uid, owner.gid);
    if (spawnSync('runuser', ['-u', 'postgres', '--', 'test', '-w', base]).status !== 0) {
      rmSync(base, { recursive: true, force: true });
      base = mkdtempSync('/tmp/vatra-pg-');
      chownSync(base, owner.uid, owner.gid);
    }
  }
  const dataDir = join(base, 'data');
  const logFile = join(base, 'server.log');
  const port = await freePort();

  let started = false;
  let cleaned = false;
  const cleanup = () => {
    if (cleaned) return;
    cleaned = true;
    if (started) {
      const [cmd, cmdArgs] = asServerUser(pgCtl, ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
      const stopped = spawnSync(cmd, cmdArgs, { encoding: 'utf8' });
      if (stopped.status !== 0)
        console.error(`test:postgres: pg_ctl stop: ${stopped.stderr || stopped.stdout}`);
    }
    rmSync(base, { recursive: true, force: true });
  };
  // Ctrl-C reaches vitest too (same process group); once it has exited, the cluster goes.
  // These handlers keep node from dying before cleanup; runVitest forwards the signal.
  let interrupted;
  const onSignal = (signal) => {
    interrupted = signal;
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('exit', cleanup);

  try {
    log(`PostgreSQL ${version}: new cluster in ${dataDir}, port ${port}`);
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
    ].join(' ');
    try {
      run(pgCtl, ['-D', dataDir, '-l', logFile, '-o', options, '-w', '-t', '60', 'start'], 'pg_ctl start');
    } catch (error) {
      const serverLog = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
      throw new Error(`${error.message}\n${serverLog}`);
    }
    started = true;
    if (interrupted) return 130;

    const url = `postgres://vatra@127.0.0.1:${port}/postgres`;
    log(`TEST_DATABASE_URL=${url}`);
    return await runVitest({ ...process.env, TEST_DATABASE_URL: url });
  } catch (error) {
    console.error(`test:postgres: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    cleanup();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

const url = process.env.TEST_DATABASE_URL;
if (url) {
  log(`using TEST_DATABASE_URL (${new URL(url).host})`);
  process.exit(await runVitest(process.env));
}
process.exit(await withThrowawayCluster());
