#!/usr/bin/env node
// Measures the national-scale dataset (generate.mjs) through the API and directly in SQL.
//
//   node bench/national/measure.mjs --database-url postgres://… [--requests 2000] [--explain]
//
// Starts the built server against the database (demo mode, so the demo users can log in), logs
// in as users of Peja, Gjilan, Kaçanik, Prishtina and Prizren, and runs each scenario with 50
// concurrent clients (node:http, keep-alive, 50 sockets), a fixed number of requests each after
// an unmeasured warm-up:
//   person search   GET /api/persons/search?q=…   surnames with and without diacritics, Serbian
//                   and Albanian spellings, prefixes, full names, typing mistakes
//   case open       GET /api/cases/:id            random cases the user may open
//   work queue      GET /api/work-queue?kind=visit_due   (users with case.visit)
//   home            GET /api/home                 every queue of the user, counted and listed
// Then the same requests (same users, same parameters, same order) run as the SQL those
// services execute (sql.mjs), on a pg pool of 50 connections, one connection per request:
// the ratio API p95 / SQL p95 is what Vatra adds (HTTP, session lookup, access checks, Kysely,
// response validation and serialisation, its 10-connection pool, and the audit entry that every
// read of personal data appends to the hash chain under one advisory lock). For the audited
// scenarios a third run adds that audit append to the SQL (a valid chain entry, action
// "bench.sql_read"), to show how much of the difference the audit trail is.
import http from 'node:http';
import { mkdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { ROOT, startServer, stopServer } from '../../scripts/lib/server.mjs';
import { entryHash, GENESIS_HASH } from '../../packages/server/dist/services/audit/chain.js';
import { ALBANIAN, BOSNIAK_GORANI_TURKISH, RAE, SERBIAN } from './pools.mjs';
import { createRng } from './rng.mjs';
import { caseOpenSql, homeSql, loadAccess, searchSql, workQueueSql } from './sql.mjs';

const PASSWORD = 'vatra-demo-2026';
export const BUDGET_MS = 50;
const USERS = [
  'zkkk.peja',
  'qps.peja',
  'cm.peja',
  'zkkk.gjilan',
  'qps.gjilan',
  'cm.gjilan',
  'zkkk.kacanik',
  'qps.kacanik',
  'cm.kacanik',
  'bench.zkkk.pri.1',
  'bench.qps.pri.1',
  'bench.cm.pri.1',
  'bench.zkkk.prz.1',
  'bench.qps.prz.1',
];
const AUDIT_CHAIN_LOCK = 727275;

function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function stats(samples, seconds) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1),
    throughput: seconds ? sorted.length / seconds : NaN,
  };
}

/** Runs tasks with `concurrency` workers; latency per task in ms. */
async function runTasks(tasks, concurrency, fn) {
  let next = 0;
  const latencies = [];
  let errors = 0;
  let firstError = null;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < tasks.length) {
        const task = tasks[next++];
        const t = performance.now();
        try {
          await fn(task);
        } catch (error) {
          errors += 1;
          firstError ??= error;
        }
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    ...stats(latencies, seconds),
    errors,
    firstError: firstError ? String(firstError.message ?? firstError) : null,
  };
}

/**
 * Open loop: requests arrive at `rate` per second (Poisson arrivals, as from many independent
 * users), at most `concurrency` in flight, the rest wait their turn. Latency counts from the
 * moment a request arrived, so time spent waiting for a free client is included (no
 * coordinated omission).
 */
async function runOpenLoop(tasks, rate, concurrency, fn, rng) {
  const arrivals = [];
  let at = performance.now();
  for (let i = 0; i < tasks.length; i++) {
    at += (-Math.log(1 - rng.between(0, 1)) / rate) * 1000;
    arrivals.push(at);
  }
  let next = 0;
  const latencies = [];
  let errors = 0;
  const started = performance.now();
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < tasks.length) {
        const i = next++;
        const wait = arrivals[i] - performance.now();
        if (wait > 0) await sleep(wait);
        try {
          await fn(tasks[i]);
        } catch {
          errors += 1;
        }
        latencies.push(performance.now() - arrivals[i]);
      }
    }),
  );
  return { ...stats(latencies, (performance.now() - started) / 1000), rate, errors };
}

/** Arrival rates tried, per second, lowest first; the probe stops at the first that misses. */
const RATES = [25, 50, 100, 150, 200, 300];

/**
 * The highest of RATES at which the API keeps p95 under the budget with 50 clients, each rate
 * run for `perRate` requests. What "50 concurrent clients" sustains when users pause between
 * requests, beside the closed loop above where none ever does.
 */
async function sustainedRate(tasks, concurrency, fn, rng, perRate) {
  const steps = [];
  for (const rate of RATES) {
    const n = Math.min(tasks.length, Math.max(100, Math.round(perRate * (rate / 100))));
    const run = await runOpenLoop(tasks.slice(0, n), rate, concurrency, fn, rng);
    steps.push(run);
    if (!(run.p95 < BUDGET_MS) || run.errors) break;
  }
  const held = steps.filter((s) => s.p95 < BUDGET_MS && !s.errors);
  return { steps, sustained: held.length ? held.at(-1).rate : 0 };
}

// --- HTTP ----------------------------------------------------------------------------------------

function httpClient(baseUrl, concurrency) {
  const url = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const get = (path, cookie) =>
    new Promise((resolve, reject) => {
      const request = http.get(
        { host: url.hostname, port: url.port, path, agent, headers: { cookie, accept: 'application/json' } },
        (response) => {
          const chunks = [];
          response.on('data', (chunk) => chunks.push(chunk));
          response.on('end', () => {
            const body = Buffer.concat(chunks).toString('utf8');
            if (response.statusCode !== 200)
              reject(new Error(`GET ${path}: ${response.statusCode} ${body.slice(0, 200)}`));
            else resolve(body);
          });
          response.on('error', reject);
        },
      );
      request.on('error', reject);
    });
  return { get, close: () => agent.destroy() };
}

async function login(baseUrl, username) {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`login ${username}: ${response.status} ${body.slice(0, 200)}`);
  const cookie = (response.headers.getSetCookie?.() ?? [])
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith('vatra_session='));
  if (!cookie) throw new Error(`login ${username}: no session cookie`);
  return cookie;
}

// --- workloads -----------------------------------------------------------------------------------

/** Albanian spellings of Serbian names and the other way round, as people type them. */
function respell(name, rng) {
  const folded = name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'dj').replace(/Đ/g, 'Dj');
  const variants = [
    folded,
    folded.toLowerCase(),
    name.replace(/qi$/, 'ći').replace(/q/g, 'ć').replace(/ç/g, 'č').replace(/xh/g, 'dž').replace(/sh/g, 'š'),
    name.replace(/ć/g, 'q').replace(/č/g, 'ç').replace(/š/g, 'sh').replace(/ž/g, 'zh').replace(/đ/g, 'gj'),
  ];
  return rng.pick(variants);
}

function misspell(word, rng) {
  if (word.length < 5) return word;
  const i = rng.int(1, word.length - 2);
  return rng.chance(0.5) ? word.slice(0, i) + word.slice(i + 1) : word.slice(0, i) + word[i] + word.slice(i);
}

/** Search texts as users type them, from the same pools the generator draws names from. */
export function searchQueries(count, rng) {
  const pools = [
    [ALBANIAN, 70],
    [SERBIAN, 14],
    [RAE, 10],
    [BOSNIAK_GORANI_TURKISH, 6],
  ];
  const queries = [];
  for (let i = 0; i < count; i++) {
    const pool = rng.weighted(pools);
    const last = rng.pick(pool.last);
    const first = rng.pick(rng.chance(0.5) ? pool.male : pool.female);
    const kind = rng.weighted([
      ['surname', 25],
      ['surname-plain', 15],
      ['respelled', 12],
      ['prefix', 15],
      ['full', 15],
      ['full-reversed', 5],
      ['misspelled', 8],
      ['first', 5],
    ]);
    const q = {
      surname: () => last,
      'surname-plain': () => respell(last, rng).toLowerCase(),
      respelled: () => respell(last, rng),
      prefix: () => last.slice(0, rng.int(3, 5)).toLowerCase(),
      full: () => `${first} ${last}`,
      'full-reversed': () => `${last.toLowerCase()} ${first.toLowerCase()}`,
      misspelled: () => misspell(last, rng),
      first: () => first,
    }[kind]();
    queries.push({ kind, q });
  }
  return queries;
}

// --- audit (the SQL the audit trail adds to each audited read) -------------------------------------

async function appendAuditSql(client, user, action, recordType, recordId, details) {
  await client.query('begin');
  try {
    await client.query('select pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
    const last = await client.query('select hash from audit_log order by id desc limit 1');
    const fields = {
      at: new Date().toISOString(),
      userId: user.userId,
      username: user.username,
      institutionId: user.institutionId,
      institutionCode: null,
      action,
      recordType,
      recordId,
      outcome: 'ok',
      ip: '127.0.0.1',
      details,
    };
    const prevHash = last.rows[0]?.hash ?? GENESIS_HASH;
    await client.query(
      `insert into audit_log (at, user_id, username, institution_id, institution_code, action, record_type, record_id,
                              outcome, ip, details, prev_hash, hash)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [
        fields.at,
        fields.userId,
        fields.username,
        fields.institutionId,
        fields.institutionCode,
        fields.action,
        fields.recordType,
        fields.recordId,
        fields.outcome,
        fields.ip,
        JSON.stringify(fields.details),
        prevHash,
        entryHash(prevHash, fields),
      ],
    );
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  }
}

// --- the measurement -----------------------------------------------------------------------------

export async function measure({
  databaseUrl,
  requests = 2000,
  concurrency = 50,
  explain = false,
  log = console.log,
  logFile = join(ROOT, '.tmp/bench-national-server.log'),
}) {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const rng = createRng(7);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: concurrency });
  let server;
  try {
    const present = new Set(
      (await pool.query(`select username from users where username = any($1)`, [USERS])).rows.map(
        (r) => r.username,
      ),
    );
    const usernames = USERS.filter((u) => present.has(u));
    const accesses = await Promise.all(usernames.map((u) => loadAccess(pool, u)));
    const people = (
      await pool.query(
        `select count(*)::int as persons, (select count(*)::int from cases) as cases from persons`,
      )
    ).rows[0];
    log(
      `measure: ${people.persons.toLocaleString('en-US')} persons, ${people.cases.toLocaleString('en-US')} cases; ` +
        `${concurrency} clients, ${requests} requests per scenario; users ${usernames.join(', ')}`,
    );

    server = await startServer(null, logFile, { databaseUrl, timeoutMs: 180_000 });
    log(`measure: server ready in ${server.seconds.toFixed(1)} s`);
    const sessions = new Map();
    for (const u of usernames) sessions.set(u, await login(server.baseUrl, u));
    const client = httpClient(server.baseUrl, concurrency);

    // Cases each user may open (their jurisdiction, visible to them), sampled.
    const casesOf = new Map();
    for (const access of accesses) {
      const params = [access.paths[0], access.userId];
      const visible = access.has('sensitive.read')
        ? `(c.sensitivity <> 'restricted' or exists (select 1 from case_team ct where ct.case_id = c.id and ct.user_id = $2))`
        : `(c.sensitivity = 'normal' or exists (select 1 from case_team ct where ct.case_id = c.id and ct.user_id = $2))`;
      const { rows } = await pool.query(
        `select c.id from cases c join jurisdictions j on j.id = c.jurisdiction_id
         where starts_with(j.path, $1) and ${visible} order by random() limit 500`,
        params,
      );
      casesOf.set(
        access.username,
        rows.map((r) => r.id),
      );
    }

    const pickUser = (filter = () => true) => {
      const candidates = accesses.filter(filter);
      return rng.pick(candidates);
    };
    const queries = searchQueries(requests + 200, rng);
    const build = (n, offset) => ({
      search: Array.from({ length: n }, (_, i) => ({
        user: pickUser(),
        q: queries[offset + i].q,
        kind: queries[offset + i].kind,
      })),
      open: Array.from({ length: n }, () => {
        const user = pickUser((a) => casesOf.get(a.username)?.length);
        return { user, caseId: rng.pick(casesOf.get(user.username)) };
      }),
      queue: Array.from({ length: n }, () => ({
        user: pickUser((a) => a.has('case.visit')),
        kind: 'visit_due',
      })),
      home: Array.from({ length: n }, () => ({ user: pickUser() })),
    });
    const warm = build(Math.min(200, requests), requests);
    const tasks = build(requests, 0);

    const scenarios = [
      {
        key: 'search',
        name: 'person search',
        api: (t) =>
          client.get(`/api/persons/search?q=${encodeURIComponent(t.q)}`, sessions.get(t.user.username)),
        sql: (c, t) => searchSql(c, t.user, t.q),
        audit: (c, t) => appendAuditSql(c, t.user, 'bench.sql_read', null, null, { q: t.q }),
      },
      {
        key: 'open',
        name: 'case open',
        api: (t) => client.get(`/api/cases/${t.caseId}`, sessions.get(t.user.username)),
        sql: (c, t) => caseOpenSql(c, t.user, t.caseId),
        audit: (c, t) => appendAuditSql(c, t.user, 'bench.sql_read', 'case', t.caseId, {}),
      },
      {
        key: 'queue',
        name: 'work queue (visit_due)',
        api: (t) => client.get(`/api/work-queue?kind=${t.kind}`, sessions.get(t.user.username)),
        sql: (c, t) => workQueueSql(c, t.user, t.kind),
      },
      {
        key: 'home',
        name: 'home (all queues)',
        api: (t) => client.get('/api/home', sessions.get(t.user.username)),
        sql: (c, t) => homeSql(c, t.user),
      },
    ];

    // The SQL written out in sql.mjs must find what the API finds: compare the queue totals.
    const mismatches = [];
    for (const access of accesses) {
      const session = sessions.get(access.username);
      const apiHome = JSON.parse(await client.get('/api/home', session));
      const c = await pool.connect();
      try {
        const sqlCounts = await homeSql(c, access);
        const apiCounts = Object.fromEntries(apiHome.queueCounts.map((q) => [q.kind, q.total]));
        for (const [kind, total] of Object.entries(sqlCounts)) {
          if ((apiCounts[kind] ?? 0) !== total)
            mismatches.push(`${access.username} ${kind}: API ${apiCounts[kind] ?? 0}, SQL ${total}`);
        }
      } finally {
        c.release();
      }
    }
    for (const m of mismatches) log(`measure: WARNING the SQL of sql.mjs no longer matches the API: ${m}`);

    const withClient = (fn) => async (task) => {
      const c = await pool.connect();
      try {
        await fn(c, task);
      } finally {
        c.release();
      }
    };
    const results = {};
    for (const s of scenarios) {
      await runTasks(warm[s.key], concurrency, s.api);
      const api = await runTasks(tasks[s.key], concurrency, s.api);
      if (api.errors) log(`measure: ${s.name}: ${api.errors} API errors, first: ${api.firstError}`);
      await runTasks(warm[s.key], concurrency, withClient(s.sql));
      const sqlRun = await runTasks(tasks[s.key], concurrency, withClient(s.sql));
      if (sqlRun.errors) log(`measure: ${s.name}: ${sqlRun.errors} SQL errors, first: ${sqlRun.firstError}`);
      let sqlAudit = null;
      if (s.audit) {
        sqlAudit = await runTasks(
          tasks[s.key],
          concurrency,
          withClient(async (c, t) => {
            await s.sql(c, t);
            await s.audit(c, t);
          }),
        );
        if (sqlAudit.errors)
          log(`measure: ${s.name}: ${sqlAudit.errors} SQL+audit errors, first: ${sqlAudit.firstError}`);
      }
      // One client alone: the time a request takes when it does not queue behind 49 others.
      const single = tasks[s.key].slice(0, Math.min(200, requests));
      const api1 = await runTasks(single, 1, s.api);
      const sql1 = await runTasks(single, 1, withClient(s.sql));
      const open = await sustainedRate(tasks[s.key], concurrency, s.api, rng, Math.min(600, requests));
      results[s.key] = {
        name: s.name,
        api,
        sql: sqlRun,
        sqlAudit,
        single: { api: api1, sql: sql1 },
        open,
      };
      log(
        `measure: ${s.name.padEnd(24)} open loop: ` +
          open.steps.map((o) => `${o.rate}/s p95 ${o.p95.toFixed(1)} ms`).join(', ') +
          ` → p95 under ${BUDGET_MS} ms up to ${open.sustained}/s`,
      );
      log(
        `measure: ${s.name.padEnd(24)} API p50 ${api.p50.toFixed(1)} p95 ${api.p95.toFixed(1)} ms, ` +
          `${Math.round(api.throughput)}/s; SQL p95 ${sqlRun.p95.toFixed(1)} ms` +
          (sqlAudit ? `; SQL+audit p95 ${sqlAudit.p95.toFixed(1)} ms` : ''),
      );
    }

    let plans = null;
    if (explain) plans = await explainScenarios(pool, tasks, scenarios, log);
    client.close();
    return {
      at: new Date().toISOString(),
      cpus: cpus().length,
      loadavg: loadavg(),
      concurrency,
      requests,
      users: usernames,
      dataset: people,
      mismatches,
      results,
      plans,
    };
  } finally {
    if (server) await stopServer(server.child);
    await pool.end();
  }
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of every query of a few tasks per scenario; prints the queries that
 * took longest with their plans.
 */
async function explainScenarios(pool, tasks, scenarios, log) {
  const out = {};
  for (const s of scenarios) {
    const recorded = [];
    const c = await pool.connect();
    try {
      const recorder = {
        query: (config, values) => {
          const q = typeof config === 'string' ? { text: config, values } : config;
          recorded.push(q);
          return c.query(q);
        },
      };
      for (const task of tasks[s.key].slice(0, 5)) await s.sql(recorder, task);
      const timed = [];
      for (const q of recorded) {
        const plan = await c.query({ text: `explain (analyze, buffers) ${q.text}`, values: q.values });
        const lines = plan.rows.map((r) => r['QUERY PLAN']);
        const ms = Number(/Execution Time: ([\d.]+)/.exec(lines.at(-1))?.[1] ?? 0);
        timed.push({ ms, text: q.text.replace(/\s+/g, ' '), values: q.values, lines });
      }
      timed.sort((a, b) => b.ms - a.ms);
      out[s.key] = timed.slice(0, 3);
      log(`\nmeasure: EXPLAIN ${s.name}: ${recorded.length} queries for 5 requests, slowest:`);
      for (const t of timed.slice(0, 2)) {
        log(
          `  ${t.ms.toFixed(1)} ms  ${t.text.slice(0, 300)}\n  params ${JSON.stringify(t.values).slice(0, 200)}`,
        );
        for (const line of t.lines) log(`    ${line}`);
      }
    } finally {
      c.release();
    }
  }
  return out;
}

const fmt = (v) => (Number.isFinite(v) ? v.toFixed(1) : '—');

/** The table of measure.mjs: every figure per scenario. */
export function printDetails(figures, log = console.log) {
  log('');
  log(
    `${'scenario'.padEnd(24)} ${'API p50'.padStart(8)} ${'p95'.padStart(7)} ${'p99'.padStart(7)} ${'max'.padStart(7)} ${'req/s'.padStart(6)}` +
      ` | ${'SQL p50'.padStart(8)} ${'p95'.padStart(7)} ${'req/s'.padStart(6)} | ${'SQL+audit p95'.padStart(13)} ${'req/s'.padStart(6)}` +
      ` | 1 client: ${'API p50'.padStart(7)} ${'p95'.padStart(6)} ${'SQL p50'.padStart(7)} ${'p95'.padStart(6)}`,
  );
  for (const r of Object.values(figures.results)) {
    log(
      `${r.name.padEnd(24)} ${fmt(r.api.p50).padStart(8)} ${fmt(r.api.p95).padStart(7)} ${fmt(r.api.p99).padStart(7)} ${fmt(r.api.max).padStart(7)} ${String(Math.round(r.api.throughput)).padStart(6)}` +
        ` | ${fmt(r.sql.p50).padStart(8)} ${fmt(r.sql.p95).padStart(7)} ${String(Math.round(r.sql.throughput)).padStart(6)}` +
        ` | ${(r.sqlAudit ? fmt(r.sqlAudit.p95) : '—').padStart(13)} ${(r.sqlAudit ? String(Math.round(r.sqlAudit.throughput)) : '—').padStart(6)}` +
        ` | ${''.padStart(9)} ${fmt(r.single.api.p50).padStart(7)} ${fmt(r.single.api.p95).padStart(6)} ${fmt(r.single.sql.p50).padStart(7)} ${fmt(r.single.sql.p95).padStart(6)}`,
    );
  }
  log(
    `(milliseconds; ${figures.concurrency} clients unless "1 client". API: HTTP, session, access checks, audit; SQL: the ` +
      'same queries on a pg pool, one connection per request; SQL+audit: plus the audit chain append)',
  );
}

function parseArgs(argv) {
  const args = { databaseUrl: process.env.DATABASE_URL, requests: 2000, explain: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => (arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i]);
    if (arg.startsWith('--database-url')) args.databaseUrl = value();
    else if (arg.startsWith('--requests')) args.requests = Number(value());
    else if (arg === '--explain') args.explain = true;
    else throw new Error(`unknown argument ${arg}`);
  }
  if (!args.databaseUrl) throw new Error('give --database-url or DATABASE_URL');
  return args;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const figures = await measure(parseArgs(process.argv.slice(2)));
    printDetails(figures);
  } catch (error) {
    console.error(`measure: ${error instanceof Error ? error.stack : String(error)}`);
    process.exit(1);
  }
}
