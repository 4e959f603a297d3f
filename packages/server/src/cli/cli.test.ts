import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPGlite, openPostgres, type Db } from '../db/open.js';
import { tableFingerprints, type TableFingerprint } from '../services/backup/tables.js';
import { withDatabase } from '../test/template.js';
import { runCli } from './program.js';

// `vatra` as an administrator runs it, against a data directory (and, when TEST_DATABASE_URL is
// set, against PostgreSQL too): every command in-process through runCli, with its own
// environment and streams, and once the real compiled binary in a child process, so that the
// wiring from bin/vatra.js to runCli (arguments, streams, exit code) is tested as well.

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const BIN = join(ROOT, 'packages/server/bin/vatra.js');

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `vatra <args>` in this process; `env` is the whole environment the command sees. */
async function vatra(args: string[], env: Record<string, string>, input = ''): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    args,
    {
      stdin: Readable.from(input ? [input] : []),
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
    },
    env,
  );
  return { code, stdout, stderr };
}

/** The compiled binary in a child process. */
function spawnVatra(args: string[], env: Record<string, string>, input = ''): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: '', VATRA_DEMO: '', VATRA_COUNTRIES: '', VATRA_DEBUG: '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill(), 55_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(input);
  });
}

async function fingerprintsOf(open: () => Promise<Db> | Db) {
  const db = await open();
  try {
    return await tableFingerprints(db.kysely);
  } finally {
    await db.close();
  }
}

const tmp = mkdtempSync(join(tmpdir(), 'vatra-cli-test-'));

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

const url = process.env.TEST_DATABASE_URL;

// The PostgreSQL lane runs the suite again with TEST_DATABASE_URL: there the embedded database
// is covered by the cross-engine restore below, and this (slower) half is left to the main lane.
describe.skipIf(Boolean(url))('vatra on the embedded database', () => {
  const dir = join(tmp, 'data');
  const env = { VATRA_DATA_DIR: dir };
  let sourcePrints: TableFingerprint[] = [];

  describe('the compiled binary', () => {
    // bin/vatra.js runs dist/cli.js: bring the build up to date (a no-op when it is). tsc emits
    // even when it reports type errors; those fail `npm run check`, and need not fail this test too.
    // A full build of core and server on a busy machine can take longer than the usual 2 minutes.
    beforeAll(() => {
      const build = spawnSync(
        process.execPath,
        [join(ROOT, 'node_modules/typescript/bin/tsc'), '-b', 'packages/server'],
        { cwd: ROOT, encoding: 'utf8' },
      );
      if (!existsSync(join(ROOT, 'packages/server/dist/cli.js'))) {
        throw new Error(`building the CLI failed:\n${build.stdout}${build.stderr}`);
      }
    }, 300_000);

    // Help and a usage error end in commander, a missing database in a command: the exit code
    // of each reaches the process.
    it('explains itself and refuses bad arguments', async () => {
      const help = await spawnVatra(['user', 'create', '--help'], env);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain('--password-stdin');
      const unknown = await spawnVatra(['audit', 'verify', '--frobnicate'], env);
      expect(unknown.code).not.toBe(0);
      expect(unknown.stderr).toMatch(/unknown option '--frobnicate'/);
      const missing = await spawnVatra(['audit', 'verify'], env);
      expect(missing.code).toBe(1);
      expect(missing.stderr).toContain(`there is no database in ${dir}`);
    });
  });

  it('answers help, version and usage errors in-process without ending the process', async () => {
    const help = await vatra(['--help'], env);
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toMatch(/^Usage: vatra \[options\] \[command\]/);
    expect(help.stdout).toContain('Exit codes: 0 done, 1 failed');
    const version = await vatra(['--version'], env);
    expect(version).toMatchObject({ code: 0, stderr: '' });
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    const missing = await vatra(['user', 'deactivate'], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/required option '--username <name>' not specified/);
    expect(missing.stderr).toContain('(run with --help for usage)');
    const bare = await vatra([], env);
    expect(bare.code).toBe(1);
    expect(bare.stderr).toMatch(/^Usage: vatra/);
  });

  it('migrates a new data directory and seeds the demo', async () => {
    const migrated = await vatra(['migrate'], env);
    expect(migrated).toMatchObject({ code: 0, stderr: '' });
    expect(migrated.stdout).toMatch(/applied \d+ migrations?: 0001_foundation/);
    // Closed again before runCli returned: the next command (or the server) may open it.
    expect(existsSync(join(dir, 'vatra.lock'))).toBe(false);
    const seeded = await vatra(['seed-demo'], env);
    expect(seeded).toMatchObject({ code: 0, stderr: '' });
    expect(seeded.stdout).toMatch(/demo data seeded: \d+ users/);
  });

  it('creates, resets, deactivates and activates a user', async () => {
    const bad = await vatra(
      [
        'user',
        'create',
        '--username',
        'Bad Name',
        '--full-name',
        'Arta Krasniqi',
        '--institution',
        'MIA-XK',
        '--role',
        'admin',
      ],
      env,
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--username: lower-case letters/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);

    const args = [
      '--username',
      'arta.k',
      '--full-name',
      'Arta Krasniqi',
      '--institution',
      'MIA-XK',
      '--role',
      'admin',
    ];
    const created = await vatra(
      ['user', 'create', ...args, '--password-stdin'],
      env,
      'a-long-enough-password\n',
    );
    expect(created).toMatchObject({ code: 0, stderr: '' });
    expect(created.stdout).toContain('created user arta.k in MIA-XK');
    const reset = await vatra(['user', 'reset-password', '--username', 'arta.k'], env);
    expect(reset.code).toBe(0);
    expect(reset.stdout).toMatch(/password \(shown only now\): \S{20}/);
    expect((await vatra(['user', 'deactivate', '--username', 'arta.k'], env)).code).toBe(0);
    expect((await vatra(['user', 'activate', '--username', 'arta.k'], env)).code).toBe(0);
  });

  it('verifies the audit chain, and names the entry that was tampered with', async () => {
    const intact = await vatra(['audit', 'verify'], env);
    expect(intact).toMatchObject({ code: 0, stdout: 'audit chain intact: 7 entries\n' });

    const db = await openPGlite({ dataDir: dir });
    await sql
      .raw(
        `alter table audit_log disable trigger audit_log_no_update;
         update audit_log set action = 'x' where id = 5;
         alter table audit_log enable trigger audit_log_no_update;`,
      )
      .execute(db.kysely);
    sourcePrints = await tableFingerprints(db.kysely);
    await db.close();

    const broken = await vatra(['audit', 'verify'], env);
    expect(broken.code).toBe(2);
    expect(broken.stdout).toMatch(/audit chain broken at entry 5: /);
  });

  it('backs up, and restores into a new data directory with every row intact', async () => {
    const file = join(tmp, 'x.vatra.gz');
    const backup = await vatra(['backup', file], env);
    expect(backup).toMatchObject({ code: 0, stderr: '' });
    expect(backup.stdout).toMatch(/backup written to .*x\.vatra\.gz: \d+ tables, \d+ rows/);
    expect((await vatra(['backup', file], env)).stderr).toMatch(/already exists/);

    const copy = join(tmp, 'copy');
    const restored = await vatra(['restore', file], { VATRA_DATA_DIR: copy });
    expect(restored).toMatchObject({ code: 0, stderr: '' });
    expect(restored.stdout).toMatch(/restored \d+ tables/);
    expect(restored.stdout).toMatch(/restored audit chain is broken at entry 5/);

    // Compared with the source as it was when the previous test left it (a backup only reads).
    expect(sourcePrints.length).toBeGreaterThan(5);
    expect(await fingerprintsOf(() => openPGlite({ dataDir: copy }))).toEqual(sourcePrints);
  });
});

describe.runIf(Boolean(url))('vatra on PostgreSQL', () => {
  const names = [1, 2].map(() => `vatra_t_${randomUUID().replace(/-/g, '')}`);
  const admin = () => openPostgres(url ?? '', 1);

  beforeAll(async () => {
    const db = admin();
    for (const name of names) await sql.raw(`create database ${name} template template0`).execute(db.kysely);
    await db.close();
  });
  afterAll(async () => {
    const db = admin();
    for (const name of names) {
      await sql.raw(`drop database if exists ${name} with (force)`).execute(db.kysely);
    }
    await db.close();
  });

  it(
    'migrates, seeds on request only, manages users, verifies, backs up and restores',
    { timeout: 120_000 },
    async () => {
      const [source = '', target = ''] = names.map((name) => withDatabase(url ?? '', name));
      const env = { DATABASE_URL: source };
      expect((await vatra(['migrate'], env)).stdout).toMatch(/applied \d+ migrations?: 0001_foundation/);
      const refused = await vatra(['seed-demo'], env);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/VATRA_DEMO/);
      expect((await vatra(['seed-demo'], { ...env, VATRA_DEMO: '1' })).code).toBe(0);
      const args = [
        '--username',
        'arta.k',
        '--full-name',
        'Arta Krasniqi',
        '--institution',
        'MIA-XK',
        '--role',
        'admin',
      ];
      expect((await vatra(['user', 'create', ...args], env)).code).toBe(0);
      // The two countries' shipped roles created at migration (system.create_shipped_roles), then
      // the demo seed and the user created.
      expect((await vatra(['audit', 'verify'], env)).stdout).toBe('audit chain intact: 4 entries\n');

      const db = openPostgres(source, 1);
      await sql
        .raw(
          `alter table audit_log disable trigger audit_log_no_update;
         update audit_log set action = 'x' where id = 2;
         alter table audit_log enable trigger audit_log_no_update;`,
        )
        .execute(db.kysely);
      await db.close();
      const broken = await vatra(['audit', 'verify'], env);
      expect(broken.code).toBe(2);
      expect(broken.stdout).toMatch(/broken at entry 2/);

      const file = join(tmp, 'pg.vatra.gz');
      expect((await vatra(['backup', file], env)).code).toBe(0);
      expect((await vatra(['restore', file], { DATABASE_URL: target })).code).toBe(0);
      const expected = await fingerprintsOf(() => openPostgres(source, 1));
      expect(await fingerprintsOf(() => openPostgres(target, 1))).toEqual(expected);
      // …and across engines, into a new embedded database.
      const embedded = join(tmp, 'from-pg');
      expect((await vatra(['restore', file], { VATRA_DATA_DIR: embedded })).code).toBe(0);
      expect(await fingerprintsOf(() => openPGlite({ dataDir: embedded }))).toEqual(expected);
    },
  );
});
