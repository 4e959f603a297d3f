#!/usr/bin/env node
// `npm run test:postgres`: the same vitest suite, against a real PostgreSQL.
//
// With TEST_DATABASE_URL set, that server is used as it is (the suite creates and drops its own
// databases there). Otherwise a throwaway cluster is made with Debian's PostgreSQL binaries
// (scripts/lib/postgres.mjs) and removed again however the run ends.
// Extra arguments are passed to `vitest run`, e.g. `npm run test:postgres -- auth`. Without a
// file filter only the server's tests run: core's and the web app's never open a database, and
// `npm test` has already run them.
import { spawn } from 'node:child_process';
import { findPostgresBinaries, startCluster } from './lib/postgres.mjs';

const given = process.argv.slice(2);
const args = given.some((arg) => !arg.startsWith('-')) ? given : ['packages/server/', ...given];

function log(message) {
  console.log(`test:postgres: ${message}`);
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
  if (!findPostgresBinaries()) {
    console.error(
      'test:postgres: no PostgreSQL server binaries found under /usr/lib/postgresql/*/bin.\n' +
        '  Either install PostgreSQL (apt-get install -y postgresql) or set TEST_DATABASE_URL=postgres://user@host:port/postgres',
    );
    return 1;
  }
  // Ctrl-C reaches vitest too (same process group); these handlers keep node alive until the
  // cluster is stopped (runVitest forwards the signal).
  let interrupted = false;
  const onSignal = () => (interrupted = true);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  let cluster;
  try {
    cluster = await startCluster({ label: 'vatra-test' });
    log(`PostgreSQL ${cluster.version}: new cluster in ${cluster.dataDir}`);
    if (interrupted) return 130;
    log(`TEST_DATABASE_URL=${cluster.url}`);
    return await runVitest({ ...process.env, TEST_DATABASE_URL: cluster.url });
  } catch (error) {
    console.error(`test:postgres: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    cluster?.stop();
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
