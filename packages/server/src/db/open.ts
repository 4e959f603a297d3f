import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { OFFICE_TIME_ZONE } from '@vatra/core';
import { lockDataDir } from './data-dir-lock.js';
import { PGliteDialect } from './pglite-dialect.js';
import type { Database } from './schema.js';

export type Engine = 'pglite' | 'postgres';

export interface Db {
  kysely: Kysely<Database>;
  engine: Engine;
  close(): Promise<void>;
}

// Every session runs in the offices' time zone, so current_date, now()::date and
// date_trunc('month', now()) are the offices' day and month, as officeToday() is in JavaScript.
// timestamptz values are absolute instants either way (pg parses the offset it is sent).
const SESSION_OPTIONS = `-c TimeZone=${OFFICE_TIME_ZONE}`;

// Both engines return the same JavaScript values: int8 and numeric as strings (no silent
// precision loss), date as 'YYYY-MM-DD' (no shift to local midnight), timestamptz as Date.
const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;
const keepText = (value: string) => value;

export async function openPGlite(options: { dataDir?: string; loadDataDir?: Blob }): Promise<Db> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const unlock = options.dataDir ? lockDataDir(options.dataDir) : () => undefined;
  const pglite = new PGlite({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    parsers: { [INT8]: keepText, [NUMERIC]: keepText, [DATE]: keepText },
  });
  try {
    await pglite.waitReady;
  } catch (error) {
    unlock();
    throw error;
  }
  const kysely = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return {
    kysely,
    engine: 'pglite',
    close: async () => {
      await kysely.destroy();
      unlock();
    },
  };
}

/** The raw PGlite handle, for what only it can do (dumping its data directory in tests). */
export function openPGliteFrom(pglite: PGlite): Db {
  const kysely = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return { kysely, engine: 'pglite', close: () => kysely.destroy() };
}

export function openPostgres(connectionString: string, max = 10): Db {
  const types = {
    getTypeParser: (oid: number, format?: 'text' | 'binary') =>
      oid === INT8 || oid === NUMERIC || oid === DATE ? keepText : pg.types.getTypeParser(oid, format),
  };
  const pool = new pg.Pool({ connectionString, max, types, options: SESSION_OPTIONS });
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { kysely, engine: 'postgres', close: () => kysely.destroy() };
}

export interface DbSettings {
  databaseUrl?: string | undefined;
  dataDir: string;
  /** Connections per app process to PostgreSQL. */
  dbPoolSize?: number;
}

export async function openDatabase(settings: DbSettings): Promise<Db> {
  return settings.databaseUrl
    ? openPostgres(settings.databaseUrl, settings.dbPoolSize)
    : openPGlite({ dataDir: settings.dataDir });
}
