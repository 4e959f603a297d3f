// Starting and stopping the built server for the scripts that drive it from outside
// (`npm run test:e2e`, `npm run bench`): a free loopback port, demo data, output to a log file,
// ready at the first 200 from /healthz. On the embedded database in a given data directory, or,
// with `databaseUrl`, on that PostgreSQL (demo mode forced on, so the demo users exist there).
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SERVER_MAIN = join(ROOT, 'packages/server/dist/vatra.js');

/** The server did not become ready; the message carries its log. */
export class ServerStartError extends Error {}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

/** Spawns the built server; resolves with its base URL and how long it took to be ready. */
export async function startServer(
  dataDir,
  logFile,
  { timeoutMs = 120_000, databaseUrl, env: extra = {} } = {},
) {
  const port = await freePort();
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    VATRA_DEMO: '1',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    ...extra,
  };
  if (databaseUrl) {
    env.DATABASE_URL = databaseUrl;
    delete env.VATRA_DATA_DIR;
  } else {
    env.VATRA_DATA_DIR = dataDir;
    delete env.DATABASE_URL;
  }
  const log = createWriteStream(logFile, { flags: 'a' });
  const started = performance.now();
  const child = spawn(process.execPath, [SERVER_MAIN], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let exited = null;
  child.on('exit', (code, signal) => (exited = code ?? signal));
  const baseUrl = `http://127.0.0.1:${port}`;
  while (performance.now() - started < timeoutMs && exited === null) {
    try {
      const response = await fetch(`${baseUrl}/healthz`);
      await response.arrayBuffer();
      if (response.status === 200) {
        // exited(): null while it runs, else its exit code or signal (to explain a failed journey)
        return { child, baseUrl, port, seconds: (performance.now() - started) / 1000, exited: () => exited };
      }
    } catch {
      // not listening yet
    }
    await sleep(20);
  }
  child.kill('SIGKILL');
  await sleep(200);
  const output = existsSync(logFile) ? readFileSync(logFile, 'utf8').trim() : '';
  const reason =
    exited !== null ? `the server exited (${exited})` : `no 200 from /healthz within ${timeoutMs / 1000} s`;
  throw new ServerStartError(`${reason}${output ? `:\n${output.slice(-4000)}` : ''}`);
}

/** SIGTERM (the server closes its database cleanly), SIGKILL if it has not gone in 15 s. */
export async function stopServer(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await gone;
  clearTimeout(timer);
}
