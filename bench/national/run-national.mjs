// The national-scale part of `npm run bench`: finds a PostgreSQL, generates the dataset there
// (generate.mjs) and measures it (measure.mjs). Never fails for being slow: it returns figures
// and the caller prints them against the budget.
//
// Where the database comes from:
//   BENCH_DATABASE_URL   a database on a running server. When it already holds a generated
//                        dataset (the marker of generate.mjs), that one is measured as it is —
//                        generating takes minutes, so keep such a database to re-run quickly;
//                        when it is empty (or only migrated), the dataset is generated first; when
//                        it holds other data, the part is skipped (the generator refuses it).
//   otherwise            a throwaway cluster of Debian's PostgreSQL (/usr/lib/postgresql/*/bin),
//                        as `npm run test:postgres` makes one, removed again afterwards.
//   BENCH_SCALE          scale of a generated dataset (default 1: 200,000 persons, 80,000 cases).
//   BENCH_REQUESTS       requests per scenario (default 2000), BENCH_NATIONAL=0 skips this part.
import pg from 'pg';
import { findPostgresBinaries, startCluster } from '../../scripts/lib/postgres.mjs';
import { RefusedError, datasetInfo, generate } from './generate.mjs';
import { measure } from './measure.mjs';

async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Resolves with { skipped } or { generation, measurement, databaseUrl, scale }. */
export async function runNational({ log = console.log } = {}) {
  if (process.env.BENCH_NATIONAL === '0') return { skipped: 'BENCH_NATIONAL=0' };
  const scale = Number(process.env.BENCH_SCALE ?? 1);
  if (!(scale > 0 && scale <= 10))
    return { skipped: `BENCH_SCALE=${process.env.BENCH_SCALE} is not a scale in (0, 10]` };
  const requests = Number(process.env.BENCH_REQUESTS ?? 2000);

  let cluster;
  let databaseUrl = process.env.BENCH_DATABASE_URL;
  try {
    if (databaseUrl) {
      log(
        `bench: national scale on BENCH_DATABASE_URL (${new URL(databaseUrl).host}${new URL(databaseUrl).pathname})`,
      );
    } else {
      if (!findPostgresBinaries()) {
        return {
          skipped:
            'no PostgreSQL: set BENCH_DATABASE_URL, or install Debian PostgreSQL (apt-get install -y postgresql) for a throwaway cluster',
        };
      }
      // Memory sized so the national dataset's working set stays cached, as on a real database
      // server; a large WAL so the bulk load does not checkpoint every few seconds.
      cluster = await startCluster({
        label: 'vatra-bench',
        settings: [
          'shared_buffers=1GB',
          'max_wal_size=8GB',
          'maintenance_work_mem=512MB',
          'work_mem=16MB',
          'effective_cache_size=8GB',
        ],
      });
      log(`bench: national scale on a throwaway PostgreSQL ${cluster.version} cluster`);
      await withClient(cluster.url, (c) => c.query('create database vatra_bench'));
      databaseUrl = cluster.url.replace(/\/postgres$/, '/vatra_bench');
    }

    let generation = null;
    const existing = await withClient(databaseUrl, (c) => datasetInfo(c));
    if (existing) {
      log(
        `bench: the database holds a generated dataset (scale ${existing.scale}, ${existing.at}): measuring it as it is`,
      );
      generation = { reused: true, scale: existing.scale, counts: existing.counts };
    } else {
      log(`bench: generating the national dataset at scale ${scale} (a few minutes at scale 1)`);
      try {
        generation = await generate({ databaseUrl, scale, log });
      } catch (error) {
        if (error instanceof RefusedError)
          return { skipped: `the generator refused the database: ${error.message}` };
        throw error;
      }
      log(`bench: generated in ${generation.seconds.toFixed(1)} s`);
    }
    const measurement = await measure({ databaseUrl, requests, log });
    return {
      scale: generation.scale ?? scale,
      postgres: cluster ? `throwaway cluster, PostgreSQL ${cluster.version}` : 'BENCH_DATABASE_URL',
      generation,
      measurement,
    };
  } finally {
    cluster?.stop();
  }
}
