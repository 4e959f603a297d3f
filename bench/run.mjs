#!/usr/bin/env node
// `npm run bench`: a few figures of the built server, printed against their budgets.
//
// Nothing here fails the build: the exit code is 0 unless the app cannot start (or a request
// the bench relies on is refused). Everything runs on loopback, with bounded loops:
//   cold start     fresh data directory, spawn → first 200 from /healthz (migrations, seed)
//   warm restart   the same directory again (median of WARM_RUNS)
//   login          POST /api/auth/login, LOGINS times (argon2id verification)
//   me             GET /api/auth/me with a session, ME_REQUESTS times
//   audit verify   GET /api/audit/verify over the chain after AUDIT_ENTRIES audited reads
// Then, when a PostgreSQL is at hand (BENCH_DATABASE_URL, or Debian's binaries for a throwaway
// cluster), the national scale (bench/national/): a generated dataset of 38 municipalities,
// 200,000 persons, 80,000 cases with full histories and 400,000 documents, measured at 50
// concurrent clients for person search, case open and the work queue, each beside the same
// queries run directly in SQL (budget: p95 under 50 ms). BENCH_SCALE scales the dataset down,
// BENCH_NATIONAL=0 skips it; see bench/national/run-national.mjs.
// The figures also go to .tmp/bench.json.
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, SERVER_MAIN, ServerStartError, startServer, stopServer } from '../scripts/lib/server.mjs';
import { BUDGET_MS, printDetails } from './national/measure.mjs';
import { runNational } from './national/run-national.mjs';

const PASSWORD = 'vatra-demo-2026';

const WARM_RUNS = 3;
const LOGINS = 20;
const ME_REQUESTS = 200;
const AUDIT_ENTRIES = 2000;
const AUDIT_CONCURRENCY = 4;
const VERIFY_RUNS = 3;

/** Budgets from the plan; figures without one are printed for comparison between runs. */
const BUDGETS = {
  cold: { value: 15, unit: 's' },
  warm: { value: 3, unit: 's' },
};

class CannotStart extends Error {}

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    min: sorted[0],
    max: sorted.at(-1),
    n: sorted.length,
  };
}

const median = (values) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );

async function login(baseUrl, username) {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`login ${username}: ${response.status} ${body}`);
  const cookie = (response.headers.getSetCookie?.() ?? [])
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith('vatra_session='));
  if (!cookie) throw new Error(`login ${username}: no session cookie`);
  return { cookie, csrf: JSON.parse(body).csrfToken };
}

async function get(baseUrl, session, path) {
  const response = await fetch(`${baseUrl}${path}`, { headers: { cookie: session.cookie } });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`GET ${path}: ${response.status} ${body.slice(0, 300)}`);
  return body;
}

async function timed(fn) {
  const started = performance.now();
  const result = await fn();
  return { ms: performance.now() - started, result };
}

const fmt = {
  s: (v) => `${v.toFixed(2)} s`,
  ms: (v) => `${v.toFixed(1)} ms`,
  rate: (v) => `${Math.round(v).toLocaleString('en-US')}/s`,
};

function row(name, value, budget) {
  const ratio = budget && Number.isFinite(value.raw) ? (value.raw / budget.value).toFixed(2) : '—';
  const budgetText = budget ? `${budget.value} ${budget.unit}` : '—';
  return `${name.padEnd(22)} ${value.text.padStart(14)}   budget ${budgetText.padStart(6)}   ratio ${ratio}`;
}

async function main() {
  if (!existsSync(SERVER_MAIN) || !existsSync(join(ROOT, 'packages/web/dist/index.html'))) {
    console.log('bench: building first (npm run build)');
    const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) throw new CannotStart(`npm run build failed (exit ${build.status})`);
  }
  const work = mkdtempSync(join(tmpdir(), 'vatra-bench-'));
  const dataDir = join(work, 'data');
  const logFile = join(work, 'server.log');
  let server;
  const cleanup = async () => {
    if (server) await stopServer(server.child).catch(() => undefined);
    rmSync(work, { recursive: true, force: true });
  };
  process.once('SIGINT', async () => {
    await cleanup();
    process.exit(130);
  });

  const figures = {};
  const lines = [];
  try {
    console.log(
      `bench: node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} (other work on the machine inflates every figure)`,
    );

    server = await startServer(dataDir, logFile);
    figures.coldStartSeconds = server.seconds;
    console.log(`bench: cold start ${fmt.s(server.seconds)}`);
    await stopServer(server.child);
    server = undefined;

    const warm = [];
    for (let i = 0; i < WARM_RUNS; i++) {
      server = await startServer(dataDir, logFile);
      warm.push(server.seconds);
      if (i < WARM_RUNS - 1) {
        await stopServer(server.child);
        server = undefined;
      }
    }
    figures.warmRestartSeconds = median(warm);
    figures.warmRestartRuns = warm;
    console.log(`bench: warm restarts ${warm.map(fmt.s).join(', ')}`);

    const { baseUrl } = server;
    // One unmeasured login first: the first request of a process pays for lazy initialisation.
    await login(baseUrl, 'qps.peja');
    const logins = [];
    for (let i = 0; i < LOGINS; i++) logins.push((await timed(() => login(baseUrl, 'qps.peja'))).ms);
    figures.login = stats(logins);
    console.log(`bench: ${LOGINS} logins done`);

    const session = await login(baseUrl, 'qps.peja');
    for (let i = 0; i < 10; i++) await get(baseUrl, session, '/api/auth/me');
    const me = [];
    for (let i = 0; i < ME_REQUESTS; i++)
      me.push((await timed(() => get(baseUrl, session, '/api/auth/me'))).ms);
    figures.me = stats(me);
    console.log(`bench: ${ME_REQUESTS} GET /api/auth/me done`);

    // Audited reads: each GET of a user's record appends one entry (user.read) to the chain.
    const admin = await login(baseUrl, 'admin.kosovo');
    const page = JSON.parse(await get(baseUrl, admin, '/api/admin/users?pageSize=10'));
    const ids = (page.items ?? []).map((u) => u.id);
    if (ids.length === 0) throw new Error('GET /api/admin/users listed no users to read');
    let next = 0;
    const generate = await timed(async () => {
      const worker = async () => {
        while (next < AUDIT_ENTRIES) {
          const i = next++;
          await get(baseUrl, admin, `/api/admin/users/${ids[i % ids.length]}`);
        }
      };
      await Promise.all(Array.from({ length: AUDIT_CONCURRENCY }, worker));
    });
    figures.auditWriteRate = AUDIT_ENTRIES / (generate.ms / 1000);
    console.log(`bench: ${AUDIT_ENTRIES} audited reads in ${fmt.s(generate.ms / 1000)}`);

    const auditor = await login(baseUrl, 'auditor.kosovo');
    const verifies = [];
    for (let i = 0; i < VERIFY_RUNS; i++) {
      const { ms, result } = await timed(() => get(baseUrl, auditor, '/api/audit/verify'));
      const body = JSON.parse(result);
      if (!body.ok) console.log(`bench: WARNING the audit chain does not verify: ${result}`);
      verifies.push({ ms, checked: body.checked, rate: body.checked / (ms / 1000) });
    }
    const best = verifies.map((v) => v.rate);
    figures.auditVerify = {
      entries: verifies.at(-1).checked,
      rates: best,
      medianRate: median(best),
      medianMs: median(verifies.map((v) => v.ms)),
    };
  } catch (error) {
    await cleanup();
    if (error instanceof CannotStart || error instanceof ServerStartError) {
      console.error(`bench: the app cannot start: ${error.message}`);
      process.exit(1);
    }
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  await cleanup();

  lines.push(
    row('cold start', { raw: figures.coldStartSeconds, text: fmt.s(figures.coldStartSeconds) }, BUDGETS.cold),
  );
  lines.push(
    row(
      'warm restart (median)',
      { raw: figures.warmRestartSeconds, text: fmt.s(figures.warmRestartSeconds) },
      BUDGETS.warm,
    ),
  );
  lines.push(row('login p50', { raw: figures.login.p50, text: fmt.ms(figures.login.p50) }));
  lines.push(row('login p95', { raw: figures.login.p95, text: fmt.ms(figures.login.p95) }));
  lines.push(row('GET /api/auth/me p50', { raw: figures.me.p50, text: fmt.ms(figures.me.p50) }));
  lines.push(row('GET /api/auth/me p95', { raw: figures.me.p95, text: fmt.ms(figures.me.p95) }));
  lines.push(
    row('audited read rate', { raw: figures.auditWriteRate, text: fmt.rate(figures.auditWriteRate) }),
  );
  lines.push(
    row(`audit verify (${figures.auditVerify.entries})`, {
      raw: figures.auditVerify.medianRate,
      text: fmt.rate(figures.auditVerify.medianRate),
    }),
  );
  console.log('');
  console.log(lines.join('\n'));

  // The national scale on PostgreSQL. Slow figures are printed, never an exit code; an error
  // (the dataset cannot be generated, the server cannot start on it) is.
  let exitCode = 0;
  console.log('');
  try {
    const national = await runNational();
    if (national.skipped) {
      console.log(`bench: national scale skipped: ${national.skipped}`);
      figures.national = { skipped: national.skipped };
    } else {
      figures.national = nationalFigures(national);
      printDetails(national.measurement);
      printNational(national);
    }
  } catch (error) {
    console.error(`bench: national scale failed: ${error instanceof Error ? error.stack : String(error)}`);
    figures.national = { error: error instanceof Error ? error.message : String(error) };
    exitCode = 1;
  }

  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  writeFileSync(
    join(ROOT, '.tmp/bench.json'),
    `${JSON.stringify({ at: new Date().toISOString(), node: process.version, cpus: cpus().length, loadavg: loadavg(), budgets: { ...BUDGETS, national: { value: BUDGET_MS, unit: 'ms', of: 'p95' } }, figures }, null, 2)}\n`,
  );
  process.exit(exitCode);
}

function nationalFigures(national) {
  const { generation, measurement } = national;
  return {
    scale: national.scale,
    postgres: national.postgres,
    generation: {
      reused: Boolean(generation.reused),
      seconds: generation.seconds ?? null,
      timings: generation.timings ?? null,
      counts: generation.counts,
    },
    concurrency: measurement.concurrency,
    requests: measurement.requests,
    loadavg: measurement.loadavg,
    sqlMismatches: measurement.mismatches,
    scenarios: Object.fromEntries(
      Object.entries(measurement.results).map(([key, r]) => [
        key,
        {
          name: r.name,
          api: r.api,
          sql: r.sql,
          sqlWithAudit: r.sqlAudit,
          ratio: r.api.p95 / r.sql.p95,
          ok: r.api.p95 < BUDGET_MS,
          openLoop: r.open,
        },
      ]),
    ),
  };
}

function printNational(national) {
  const { generation, measurement } = national;
  const counts = generation.counts ?? {};
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  console.log('');
  console.log(
    `national scale ${national.scale} on ${national.postgres}: ${(counts.persons ?? 0).toLocaleString('en-US')} persons, ` +
      `${(counts.cases ?? 0).toLocaleString('en-US')} cases, ${(counts.documents ?? 0).toLocaleString('en-US')} documents, ` +
      `${total.toLocaleString('en-US')} rows` +
      (generation.reused ? ' (generated earlier)' : `, generated in ${generation.seconds.toFixed(0)} s`) +
      `; ${measurement.concurrency} concurrent clients, ${measurement.requests} requests per scenario`,
  );
  const header = ['scenario', 'API p50', 'API p95', 'SQL p95', 'ratio', 'budget', '', 'p95 < budget up to'];
  const rows = Object.values(measurement.results).map((r) => [
    r.name,
    `${r.api.p50.toFixed(1)} ms`,
    `${r.api.p95.toFixed(1)} ms`,
    `${r.sql.p95.toFixed(1)} ms`,
    `${(r.api.p95 / r.sql.p95).toFixed(1)}×`,
    `${BUDGET_MS} ms`,
    r.api.p95 < BUDGET_MS ? 'ok' : 'over',
    r.open ? `${r.open.sustained} req/s` : '—',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(header));
  for (const r of rows) console.log(line(r));
  console.log(
    '(API and SQL: 50 clients that send their next request at once; the last column: the highest arrival rate, ' +
      'Poisson, at most 50 in flight, at which the API p95 stays under the budget)',
  );
  if (measurement.mismatches.length)
    console.log(
      `(the SQL of bench/national/sql.mjs differs from the API in ${measurement.mismatches.length} queue totals: see above)`,
    );
}

main();
