import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { sql } from 'kysely';
import type { Db } from './open.js';
import { MIGRATIONS_DIR } from '../paths.js';

// Migrations are plain SQL files named NNNN_name.sql, applied in order in one transaction
// (all or nothing), never edited once landed: a changed file is refused (its checksum is kept).

export { MIGRATIONS_DIR };

export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

export class MigrationError extends Error {}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.sql'))
    .sort();
  return files.map((file) => {
    const match = /^(\d{4})_([a-z0-9_]+)\.sql$/.exec(file);
    if (!match) throw new MigrationError(`Migration file name must look like 0001_name.sql: ${file}`);
    const text = readFileSync(`${dir}/${file}`, 'utf8');
    return {
      version: Number(match[1]),
      name: match[2] ?? file,
      sql: text,
      checksum: createHash('sha256').update(text).digest('hex'),
    };
  });
}

/** Applies every pending migration; returns the versions applied. Throws on any problem. */
export async function migrate(db: Db, migrations = readMigrations()): Promise<number[]> {
  const { kysely } = db;
  await sql`create table if not exists schema_migrations (
    version integer primary key, name text not null, checksum text not null,
    applied_at timestamptz not null default now())`.execute(kysely);
  const applied: number[] = [];
  await kysely.transaction().execute(async (trx) => {
    // Several app processes may start at once on PostgreSQL: one migrates, the others wait.
    if (db.engine === 'postgres') await sql`select pg_advisory_xact_lock(727274)`.execute(trx);
    const done = await trx.selectFrom('schema_migrations').selectAll().execute();
    const byVersion = new Map(done.map((row) => [row.version, row]));
    for (const migration of migrations) {
      const existing = byVersion.get(migration.version);
      if (existing) {
        if (existing.checksum !== migration.checksum) {
          throw new MigrationError(
            `Migration ${migration.version}_${migration.name} was changed after it was applied; add a new migration instead.`,
          );
        }
        continue;
      }
      try {
        await sql.raw(migration.sql).execute(trx);
      } catch (error) {
        throw new MigrationError(
          `Migration ${migration.version}_${migration.name} failed: ${(error as Error).message}`,
        );
      }
      await trx
        .insertInto('schema_migrations')
        .values({ version: migration.version, name: migration.name, checksum: migration.checksum })
        .execute();
      applied.push(migration.version);
    }
  });
  return applied;
}
