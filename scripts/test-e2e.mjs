#!/usr/bin/env node
// `npm run test:e2e`: the browser journeys of e2e/journeys.mjs against the built app.
//
// Builds when the bundles are missing or older than their sources, starts the built server on
// a free loopback port with a fresh data directory (embedded database, demo data), drives
// Debian's chromium through playwright-core, stops the server and prints, last and alone on
// its line, `e2e: N passed, M failed`. Exit code 1 when anything failed.
//
//   CHROMIUM_PATH=/path/to/chromium   another browser binary (default /usr/bin/chromium)
//   E2E_ONLY=<text>                   run only the journeys whose name contains the text
//   E2E_HEADED=1                      show the browser (needs a display)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, SERVER_MAIN, startServer, stopServer } from './lib/server.mjs';

const WEB_INDEX = join(ROOT, 'packages/web/dist/index.html');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

let passed = 0;
let failed = 0;
let interrupted = false;

function summary() {
  console.log(`\ne2e: ${passed} passed, ${failed} failed`);
}

function abort(message, count = 1) {
  console.error(`test:e2e: ${message}`);
  failed += count;
  summary();
  process.exit(1);
}

/** Newest modification time of the files that go into a build (tests excluded; 0 when none). */
function newest(paths) {
  let latest = 0;
  const skip = new Set(['node_modules', 'dist', 'test']);
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) if (!skip.has(entry)) visit(join(path, entry));
    } else if (!/\.test\.tsx?$/.test(path)) latest = Math.max(latest, stat.mtimeMs);
  };
  paths.forEach(visit);
  return latest;
}

const mtime = (path) => (existsSync(path) ? statSync(path).mtimeMs : 0);

function buildIfNeeded() {
  const p = (rel) => join(ROOT, rel);
  const coreSources = [p('packages/core/src')];
  const serverSources = [...coreSources, p('packages/server/src'), p('packages/server/tsconfig.json')];
  const webSources = [
    ...coreSources,
    p('packages/web/src'),
    p('packages/web/index.html'),
    p('packages/web/vite.config.ts'),
  ];
  const serverBuilt = Math.max(mtime(SERVER_MAIN), mtime(p('packages/server/tsconfig.tsbuildinfo')));
  const reasons = [];
  if (!existsSync(SERVER_MAIN)) reasons.push('the server is not built');
  else if (newest(serverSources) > serverBuilt) reasons.push('server or core sources changed');
  if (!existsSync(WEB_INDEX)) reasons.push('the web app is not built');
  else if (newest(webSources) > mtime(WEB_INDEX)) reasons.push('web or core sources changed');
  if (reasons.length === 0) return;
  console.log(`test:e2e: building (${reasons.join(', ')})`);
  const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) abort(`npm run build failed (exit ${result.status})`);
}

async function main() {
  if (!existsSync(CHROMIUM)) {
    abort(
      `chromium not found at ${CHROMIUM}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.`,
    );
  }
  buildIfNeeded();
  // Imported after the build: the journeys read the catalogs from @vatra/core's dist.
  const { chromium } = await import('playwright-core');
  const { journeys } = await import('../e2e/journeys.mjs');
  const { SCREENSHOTS } = await import('../e2e/lib.mjs');
  for (const name of readdirSync(SCREENSHOTS))
    if (name.startsWith('failed-')) rmSync(join(SCREENSHOTS, name));
  const only = process.env.E2E_ONLY;
  const selected = only ? journeys.filter((j) => j.name.includes(only)) : journeys;

  const dataDir = mkdtempSync(join(tmpdir(), 'vatra-e2e-'));
  const logFile = join(dataDir, 'server.log');
  let server;
  let browser;
  const cleanup = async () => {
    await browser?.close().catch(() => undefined);
    if (server) await stopServer(server.child);
    rmSync(dataDir, { recursive: true, force: true });
  };
  const onSignal = async (signal) => {
    interrupted = true;
    console.log(`\ntest:e2e: ${signal}: stopping`);
    await cleanup();
    summary();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    try {
      server = await startServer(join(dataDir, 'data'), logFile);
    } catch (error) {
      await cleanup();
      abort(`could not start the server: ${error.message}`, selected.length);
    }
    console.log(`test:e2e: server ready at ${server.baseUrl} after ${server.seconds.toFixed(1)} s`);
    try {
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        headless: !process.env.E2E_HEADED,
        // Ctrl-C is ours to handle: close the browser, stop the server, remove the data directory.
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
        args: process.env.E2E_HEADED ? CHROMIUM_ARGS.filter((a) => a !== '--headless') : CHROMIUM_ARGS,
      });
    } catch (error) {
      await cleanup();
      abort(`could not launch chromium (${CHROMIUM}): ${error.message}`, selected.length);
    }

    for (const journey of selected) {
      if (interrupted) break;
      const context = await browser.newContext({
        viewport: { width: 1280, height: 860 },
        locale: 'en-US',
        timezoneId: 'Europe/Belgrade',
      });
      context.setDefaultTimeout(15_000);
      const page = await context.newPage();
      const pageErrors = [];
      const consoleErrors = [];
      const notes = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      page.on('console', (message) => {
        // A 401 from the session probe before login is expected.
        if (message.type() === 'error' && !/401/.test(message.text())) consoleErrors.push(message.text());
      });
      const started = Date.now();
      try {
        await journey.run({ page, baseUrl: server.baseUrl, note: (text) => notes.push(text) });
        if (pageErrors.length) throw new Error(`uncaught error in the page: ${pageErrors.join(' | ')}`);
        passed += 1;
        console.log(`  ✓ ${journey.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      } catch (error) {
        failed += 1;
        const shot = `${SCREENSHOTS}failed-${selected.indexOf(journey) + 1}.png`;
        await page.screenshot({ path: shot, fullPage: true }).catch(() => undefined);
        console.log(`  ✗ ${journey.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
        console.log(`      ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        console.log(`      at ${page.url()}; screenshot ${shot}`);
        const gone = server.exited();
        if (gone !== null) console.log(`      the server has exited (${gone})`);
      }
      for (const text of notes) console.log(`      note: ${text}`);
      for (const text of consoleErrors) console.log(`      console error: ${text}`);
      await context.close();
    }
  } finally {
    if (failed > 0 && existsSync(logFile)) {
      const log = readFileSync(logFile, 'utf8').trim();
      if (log) console.log(`\nserver log:\n${log.split('\n').slice(-40).join('\n')}`);
    }
    await cleanup();
  }
  if (interrupted) return; // the signal handler finishes up
  summary();
  process.exit(failed > 0 || passed === 0 ? 1 : 0);
}

main().catch((error) => {
  if (interrupted) return; // the signal handler finishes up
  console.error(error);
  failed += 1;
  summary();
  process.exit(1);
});
