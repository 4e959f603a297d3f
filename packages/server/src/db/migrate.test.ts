import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { MigrationError, migrate, readMigrations } from './migrate.js';
import { openPGlite, type Db } from './open.js';

let db: Db | undefined;
afterEach(async () => {
  await db?.close();
  db = undefined;
});

function migrationsDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'vatra-migrations-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('migrations', () => {
  it('applies pending migrations once, in order', async () => {
    db = await openPGlite({});
    const dir = migrationsDir({
      '0001_a.sql': 'create table a (id int primary key);',
      '0002_b.sql': 'create table b (id int references a (id)); insert into a values (1);',
    });
    expect(await migrate(db, readMigrations(dir))).toEqual([1, 2]);
    expect(await migrate(db, readMigrations(dir))).toEqual([]);
  });

  it('fails loudly and applies nothing when one migration is broken', async () => {
    db = await openPGlite({});
    const dir = migrationsDir({ '0001_a.sql': 'create table a (id int);', '0002_b.sql': 'create tabel b;' });
    await expect(migrate(db, readMigrations(dir))).rejects.toThrow(/Migration 2_b failed/);
    const { rows } = await sql<{
      n: number;
    }>`select count(*)::int as n from information_schema.tables where table_name = 'a'`.execute(db.kysely);
    expect(rows[0]?.n).toBe(0);
  });

  it('refuses a migration that was edited after it was applied', async () => {
    db = await openPGlite({});
    const dir = migrationsDir({ '0001_a.sql': 'create table a (id int);' });
    await migrate(db, readMigrations(dir));
    writeFileSync(join(dir, '0001_a.sql'), 'create table a (id bigint);');
    await expect(migrate(db, readMigrations(dir))).rejects.toThrow(MigrationError);
    await expect(migrate(db, readMigrations(dir))).rejects.toThrow(/was changed after it was applied/);
  });

  it('rejects a badly named migration file', () => {
    expect(() => readMigrations(migrationsDir({ 'init.sql': 'select 1;' }))).toThrow(/0001_name\.sql/);
  });
});

describe('the embedded engine', () => {
  it('serialises transactions: a second one waits for the first to finish', async () => {
    db = await openPGlite({});
    await sql`create table log (n serial primary key, who text)`.execute(db.kysely);
    const k = db.kysely;
    let releaseFirst!: () => void;
    const firstMayFinish = new Promise<void>((resolve) => (releaseFirst = resolve));
    const first = k.transaction().execute(async (trx) => {
      await sql`insert into log (who) values ('first-start')`.execute(trx);
      await firstMayFinish;
      await sql`insert into log (who) values ('first-end')`.execute(trx);
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = k.transaction().execute(async (trx) => {
      await sql`insert into log (who) values ('second')`.execute(trx);
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    releaseFirst();
    await Promise.all([first, second]);
    const { rows } = await sql<{ who: string }>`select who from log order by n`.execute(k);
    expect(rows.map((r) => r.who)).toEqual(['first-start', 'first-end', 'second']);
  });

  it('rolls back a failed transaction completely and stays usable', async () => {
    db = await openPGlite({});
    await sql`create table t (id int primary key)`.execute(db.kysely);
    await expect(
      db.kysely.transaction().execute(async (trx) => {
        await sql`insert into t values (1)`.execute(trx);
        await sql`insert into t values (1)`.execute(trx);
      }),
    ).rejects.toThrow();
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from t`.execute(db.kysely);
    expect(rows[0]?.n).toBe(0);
  });
});
