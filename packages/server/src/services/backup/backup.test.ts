import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../db/migrate.js';
import { openPGlite, openPostgres, type Db } from '../../db/open.js';
import { freshDb } from '../../test/harness.js';
import { withDatabase } from '../../test/template.js';
import { appendAudit, verifyAuditChain } from '../audit/trail.js';
import { writeBackup } from './backup.js';
import { BackupError } from './format.js';
import { restoreBackup } from './restore.js';
import { listTables, tableFingerprints } from './tables.js';

interface TestDb {
  db: Db;
  close(): Promise<void>;
}

async function seeded(): Promise<TestDb> {
  const { db, drop } = await freshDb();
  return {
    db,
    close: async () => {
      await db.close();
      await drop();
    },
  };
}

/**
 * Drops a database made by empty(). pg's pool.end() resolves before its connections have
 * closed, and dropping WITH (FORCE) would kill one mid-goodbye (an uncaught error): wait for
 * them to go first, as the harness does.
 */
async function dropDatabase(name: string): Promise<void> {
  const admin = openPostgres(process.env.TEST_DATABASE_URL ?? '', 1);
  try {
    for (let i = 0; i < 100; i++) {
      const { rows } = await sql<{ n: number }>`
        select count(*)::int as n from pg_stat_activity where datname = ${name}`.execute(admin.kysely);
      if (rows[0]?.n === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await sql.raw(`drop database if exists ${name} with (force)`).execute(admin.kysely);
  } finally {
    await admin.close();
  }
}

/** A database with nothing in it, on the engine of this test run. */
async function empty(engine: 'lane' | 'pglite' = 'lane'): Promise<TestDb> {
  const url = process.env.TEST_DATABASE_URL;
  if (url && engine === 'lane') {
    const name = `vatra_t_${randomUUID().replace(/-/g, '')}`;
    const admin = openPostgres(url, 1);
    await sql.raw(`create database ${name} template template0`).execute(admin.kysely);
    await admin.close();
    const db = openPostgres(withDatabase(url, name), 2);
    return {
      db,
      close: async () => {
        await db.close();
        await dropDatabase(name);
      },
    };
  }
  // PostgreSQL lane: no PGlite template file is built, so a new cluster (~7 s to initialise).
  if (url) {
    const db = await openPGlite({});
    return { db, close: () => db.close() };
  }
  // A new PGlite cluster takes ~7 s to initialise; a copy of the test template with its schema
  // dropped is just as empty and takes ~1 s. (The CLI test restores into a new data dir.)
  const { db } = await freshDb();
  await sql.raw('drop schema public cascade; create schema public').execute(db.kysely);
  return { db, close: () => db.close() };
}

/** Rows of the kinds the demo lacks: a session, a grant, odd text, microsecond timestamps. */
async function addVariety(db: Db): Promise<void> {
  const { kysely } = db;
  const user = await kysely
    .selectFrom('users')
    .select(['id', 'institution_id'])
    .where('username', '=', 'qps.peja')
    .executeTakeFirstOrThrow();
  const jurisdiction = await kysely
    .selectFrom('jurisdictions')
    .select('id')
    .where('code', '=', 'XK-KAC')
    .executeTakeFirstOrThrow();
  await kysely
    .insertInto('sessions')
    .values({
      id: 'a'.repeat(64),
      user_id: user.id,
      csrf_token: 'csrf',
      expires_at: '2030-01-01T00:00:00.123456+02:00',
      ip: '10.0.0.1',
      user_agent: 'Mozilla/5.0 "quoted" \\ backslash',
    })
    .execute();
  await kysely
    .insertInto('jurisdiction_grants')
    .values({ user_id: user.id, jurisdiction_id: jurisdiction.id, granted_by: user.id })
    .execute();
  await kysely
    .updateTable('users')
    .set({
      last_login_at: '2026-03-01 10:00:00.654321+01',
      email: null,
      full_name: 'Ardian Kelmendi — ђ Ç ë 😀',
    })
    .where('id', '=', user.id)
    .execute();
  await appendAudit(kysely, {
    action: 'test.variety',
    outcome: 'denied',
    ip: '::1',
    details: { text: 'line one\nline two\ttab "quote"', nested: { list: [1, 2.5, null, true], empty: {} } },
  });
}

const tmp = mkdtempSync(join(tmpdir(), 'vatra-backup-test-'));
let source: TestDb;
let file: string;

beforeAll(async () => {
  source = await seeded();
  await addVariety(source.db);
  file = join(tmp, 'source.vatra.gz');
  // Small batches, so that the cursor and the staging loops go round many times.
  await writeBackup(source.db, file, { batchRows: 50 });
});

afterAll(async () => {
  await source?.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** Nothing but the empty schema_migrations table that a restore creates before it starts. */
async function expectEmpty(db: Db): Promise<void> {
  const tables = (await listTables(db.kysely)).map((t) => t.name);
  expect(['schema_migrations']).toEqual(expect.arrayContaining(tables));
  if (tables.length > 0) {
    expect(await db.kysely.selectFrom('schema_migrations').selectAll().execute()).toEqual([]);
  }
}

describe('backup and restore', () => {
  it('restores every row of every table into an empty database', async () => {
    const target = await empty();
    try {
      const summary = await restoreBackup(target.db, file, { batchRows: 13 });
      const before = await tableFingerprints(source.db.kysely);
      const after = await tableFingerprints(target.db.kysely);
      expect(after).toEqual(before);
      expect(before.map((t) => t.name).sort()).toEqual(
        expect.arrayContaining([
          'audit_log',
          'jurisdictions',
          'sessions',
          'user_roles',
          'users',
          'schema_migrations',
        ]),
      );
      expect(summary.rows).toBe(before.reduce((sum, t) => sum + t.rows, 0));
      expect(before.find((t) => t.name === 'sessions')?.rows).toBe(1);

      const audited = before.find((t) => t.name === 'audit_log')?.rows ?? 0;
      expect(await verifyAuditChain(target.db.kysely)).toMatchObject({ ok: true, checked: audited });
      // Sequences are where they were, so numbering carries on after the restored ids, and the
      // chain with it.
      const sequence = sql<{
        last_value: string;
        is_called: boolean;
      }>`select last_value, is_called from audit_log_id_seq`;
      expect((await sequence.execute(target.db.kysely)).rows).toEqual(
        (await sequence.execute(source.db.kysely)).rows,
      );
      const restoredIds = await target.db.kysely.selectFrom('audit_log').select('id').execute();
      await appendAudit(target.db.kysely, { action: 'test.after_restore', outcome: 'ok' });
      expect(await verifyAuditChain(target.db.kysely)).toMatchObject({ ok: true, checked: audited + 1 });
      const added = await target.db.kysely
        .selectFrom('audit_log')
        .select('id')
        .where('action', '=', 'test.after_restore')
        .executeTakeFirstOrThrow();
      expect(Number(added.id)).toBeGreaterThan(Math.max(...restoredIds.map((r) => Number(r.id))));

      // A fingerprint notices a change in one row of one table, and only there.
      await target.db.kysely.updateTable('roles').set({ version: 2 }).where('code', '=', 'admin').execute();
      const changed = (await tableFingerprints(target.db.kysely)).filter(
        (t, i) => t.checksum !== before[i]?.checksum,
      );
      expect(changed.map((t) => t.name).sort()).toEqual(['audit_log', 'roles']);
    } finally {
      await target.close();
    }
  });

  it.runIf(Boolean(process.env.TEST_DATABASE_URL))('restores a PostgreSQL backup into PGlite', async () => {
    const target = await empty('pglite');
    try {
      await restoreBackup(target.db, file);
      expect(await tableFingerprints(target.db.kysely)).toEqual(await tableFingerprints(source.db.kysely));
    } finally {
      await target.close();
    }
  });

  it('restores into a database that is migrated but holds no rows', async () => {
    const target = await empty();
    try {
      await migrate(target.db);
      await restoreBackup(target.db, file);
      expect(await tableFingerprints(target.db.kysely)).toEqual(await tableFingerprints(source.db.kysely));
    } finally {
      await target.close();
    }
  });

  it('refuses a target that holds data, and leaves it as it was', async () => {
    const target = await seeded();
    try {
      const before = await tableFingerprints(target.db.kysely);
      await expect(restoreBackup(target.db, file)).rejects.toThrow(/target database is not empty/);
      expect(await tableFingerprints(target.db.kysely)).toEqual(before);
    } finally {
      await target.close();
    }
  });

  it('fails on a damaged file and leaves the target empty', async () => {
    const bytes = readFileSync(file);
    const rows = gunzipSync(bytes).toString('utf8');
    expect(rows).toContain('"username":"qps.peja"');
    const cases: [string, Buffer, RegExp][] = [
      ['truncated.gz', bytes.subarray(0, Math.floor(bytes.length * 0.6)), /damaged or incomplete/],
      [
        'altered.gz',
        gzipSync(rows.replace('"username":"qps.peja"', '"username":"qps.pejx"')),
        /table users: .*checksum/,
      ],
      ['short.gz', gzipSync(rows.split('\n').slice(0, -40).join('\n')), /ends early/],
      ['garbage.gz', Buffer.from('this is not a backup'), /not a Vatra backup/],
    ];
    const target = await empty();
    try {
      for (const [name, content, message] of cases) {
        const damaged = join(tmp, name);
        writeFileSync(damaged, content);
        const attempt = restoreBackup(target.db, damaged);
        await expect(attempt, name).rejects.toThrow(message);
        await expect(attempt).rejects.toBeInstanceOf(BackupError);
        await expectEmpty(target.db);
      }
    } finally {
      await target.close();
    }
  });

  it('writes nothing over an existing file, nor anything from a database without schema', async () => {
    await expect(writeBackup(source.db, file)).rejects.toThrow(/already exists/);
    const target = await empty();
    try {
      const nothing = join(tmp, 'nothing.gz');
      await expect(writeBackup(target.db, nothing)).rejects.toThrow(/no Vatra schema/);
      expect(existsSync(nothing)).toBe(false);
      expect(existsSync(`${nothing}.partial-${process.pid}`)).toBe(false);
    } finally {
      await target.close();
    }
  });
});
