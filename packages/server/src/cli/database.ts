import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readMigrations } from '../db/migrate.js';
import { openDatabase, type Db } from '../db/open.js';
import { schemaExists } from '../services/backup/tables.js';
import type { Settings } from '../settings.js';
import { CliError } from './errors.js';

export interface OpenOptions {
  /** May an embedded database be created where there is none (migrate, seed-demo, restore)? */
  create: boolean;
}

/**
 * Opens the database the server would use (DATABASE_URL, else PGlite in VATRA_DATA_DIR), runs
 * `task`, and closes it, so that PGlite has written everything to disk before the process ends.
 */
export async function withDatabase<T>(
  settings: Settings,
  options: OpenOptions,
  task: (db: Db) => Promise<T>,
): Promise<T> {
  if (!settings.databaseUrl && !options.create && !existsSync(join(settings.dataDir, 'PG_VERSION'))) {
    throw new CliError(
      `there is no database in ${settings.dataDir}: set VATRA_DATA_DIR to the server's data directory ` +
        '(or DATABASE_URL for PostgreSQL), or create one with `vatra migrate`',
    );
  }
  const db = await openDatabase(settings);
  try {
    return await task(db);
  } finally {
    await db.close();
  }
}

/** Commands that work on Vatra's tables need its schema, and (when `current`) all migrations. */
export async function requireSchema(db: Db, options: { current: boolean }): Promise<void> {
  if (!(await schemaExists(db.kysely))) {
    throw new CliError('the database has no Vatra schema yet: run `vatra migrate` first');
  }
  if (!options.current) return;
  const applied = new Set(
    (await db.kysely.selectFrom('schema_migrations').select('version').execute()).map((m) => m.version),
  );
  const pending = readMigrations().filter((m) => !applied.has(m.version));
  if (pending.length > 0) {
    throw new CliError(
      `the database schema is not up to date (pending: ${pending.map(migrationName).join(', ')}): run \`vatra migrate\` first`,
    );
  }
}

export function migrationName(migration: { version: number; name: string }): string {
  return `${String(migration.version).padStart(4, '0')}_${migration.name}`;
}
