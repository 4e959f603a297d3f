import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db/open.js';
import { verifyPassword } from '../services/access/passwords.js';
import { verifyAuditChain } from '../services/audit/trail.js';
import { freshDb } from '../test/harness.js';
import { CliError, run } from './errors.js';
import type { Io } from './io.js';
import { createUserCommand, resetPasswordCommand, setActiveCommand } from './users.js';

// The user commands in-process, on both engines; cli.test.ts runs the real binary.

interface TestIo extends Io {
  stdout: string[];
  stderr: string[];
}

function testIo(input: string | null = null): TestIo {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    out: (line) => stdout.push(line),
    err: (line) => stderr.push(line),
    readLine: async () => input,
  };
}

let db: Db;
let drop: () => Promise<void>;
beforeEach(async () => {
  ({ db, drop } = await freshDb());
});
afterEach(async () => {
  await db.close();
  await drop();
});

const newAdmin = {
  username: 'new.admin',
  fullName: 'Arta Krasniqi',
  institution: 'MIA-XK',
  role: ['admin'],
  email: 'arta@example.org',
};

function auditOf(action: string) {
  return db.kysely.selectFrom('audit_log').selectAll().where('action', '=', action).execute();
}

function userNamed(username: string) {
  return db.kysely.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirstOrThrow();
}

async function addSession(username: string): Promise<void> {
  const user = await userNamed(username);
  await db.kysely
    .insertInto('sessions')
    .values({
      id: `s-${username}`,
      user_id: user.id,
      csrf_token: 'x',
      expires_at: new Date(Date.now() + 3_600_000),
    })
    .execute();
}

describe('vatra user create', () => {
  it('creates the user with roles and an audit entry in the same transaction', async () => {
    const io = testIo('a-long-enough-password');
    expect(await createUserCommand(db, { ...newAdmin, passwordStdin: true }, io)).toBe(0);
    const user = await userNamed('new.admin');
    expect(user).toMatchObject({
      full_name: 'Arta Krasniqi',
      email: 'arta@example.org',
      locale: 'sq',
      must_change_password: true,
      active: true,
    });
    expect(await verifyPassword(user.password_hash, 'a-long-enough-password')).toBe(true);
    const roles = await db.kysely
      .selectFrom('user_roles as ur')
      .innerJoin('roles as r', 'r.id', 'ur.role_id')
      .select(['r.code', 'r.country_code'])
      .where('ur.user_id', '=', user.id)
      .execute();
    expect(roles).toEqual([{ code: 'admin', country_code: 'XK' }]);
    const [entry, ...more] = await auditOf('cli.user.create');
    expect(more).toEqual([]);
    expect(entry).toMatchObject({
      user_id: null,
      username: null,
      outcome: 'ok',
      record_type: 'user',
      record_id: user.id,
    });
    expect(entry?.details).toMatchObject({ via: 'cli', username: 'new.admin', institutionCode: 'MIA-XK' });
    expect((await verifyAuditChain(db.kysely)).ok).toBe(true);
    expect(io.stdout.join('\n')).not.toContain('a-long-enough-password');
  });

  it('generates a password when none is given and shows it once', async () => {
    const io = testIo();
    expect(await createUserCommand(db, { ...newAdmin, role: ['admin', 'auditor'] }, io)).toBe(0);
    const shown = io.stdout.find((line) => line.startsWith('password (shown only now): '));
    const password = shown?.slice('password (shown only now): '.length) ?? '';
    expect(password.length).toBeGreaterThanOrEqual(20);
    expect(await verifyPassword((await userNamed('new.admin')).password_hash, password)).toBe(true);
  });

  it('names each field that breaks the rules, before touching the database', async () => {
    const io = testIo();
    const code = await run(io, () =>
      createUserCommand(db, { ...newAdmin, username: 'Bad Name', fullName: 'X', email: 'not-an-email' }, io),
    );
    expect(code).toBe(1);
    const message = io.stderr.join('\n');
    expect(message).toMatch(/--username: lower-case letters/);
    expect(message).toMatch(/--full-name:/);
    expect(message).toMatch(/--email:/);
    expect(message).not.toMatch(/VATRA_DEBUG|\n\s+at /);
    await expect(createUserCommand(db, { ...newAdmin, role: [] }, io)).rejects.toThrow('--role');
    await expect(
      createUserCommand(db, { ...newAdmin, passwordStdin: true }, testIo('short')),
    ).rejects.toThrow(/password.*10/);
    await expect(createUserCommand(db, { ...newAdmin, passwordStdin: true }, testIo(null))).rejects.toThrow(
      '--password-stdin',
    );
    expect(await auditOf('cli.user.create')).toEqual([]);
  });

  it('refuses an unknown institution, a role of another country and a taken username', async () => {
    const io = testIo();
    await expect(createUserCommand(db, { ...newAdmin, institution: 'NO-SUCH' }, io)).rejects.toThrow(
      'there is no institution NO-SUCH',
    );
    // employment_officer exists in Albania only; MIA-XK is in Kosovo.
    await expect(createUserCommand(db, { ...newAdmin, role: ['employment_officer'] }, io)).rejects.toThrow(
      /no role employment_officer in XK/,
    );
    await expect(createUserCommand(db, { ...newAdmin, username: 'qps.peja' }, io)).rejects.toThrow(
      /username qps.peja is taken/,
    );
    await expect(createUserCommand(db, { ...newAdmin, role: ['nope'] }, io)).rejects.toBeInstanceOf(CliError);
    expect(await auditOf('cli.user.create')).toEqual([]);
  });
});

describe('vatra user reset-password and deactivate', () => {
  it('resets the password, asks for a new one at login and ends sessions', async () => {
    await addSession('qps.peja');
    const before = await userNamed('qps.peja');
    const io = testIo('another-long-password');
    expect(await resetPasswordCommand(db, { username: 'QPS.PEJA', passwordStdin: true }, io)).toBe(0);
    const after = await userNamed('qps.peja');
    expect(after.must_change_password).toBe(true);
    expect(after.version).toBe(before.version + 1);
    expect(await verifyPassword(after.password_hash, 'another-long-password')).toBe(true);
    expect(
      await db.kysely.selectFrom('sessions').selectAll().where('user_id', '=', after.id).execute(),
    ).toEqual([]);
    const [entry] = await auditOf('cli.user.reset_password');
    expect(entry).toMatchObject({
      user_id: null,
      record_id: after.id,
      details: { via: 'cli', username: 'qps.peja' },
    });
    expect(io.stdout.join('\n')).toContain('1 session ended');
    await expect(resetPasswordCommand(db, { username: 'nobody' }, io)).rejects.toThrow(
      'there is no user nobody',
    );
  });

  it('deactivates once, ends sessions, and can activate again', async () => {
    await addSession('cm.peja');
    const io = testIo();
    expect(await setActiveCommand(db, { username: 'cm.peja' }, false, io)).toBe(0);
    const user = await userNamed('cm.peja');
    expect(user.active).toBe(false);
    expect(
      await db.kysely.selectFrom('sessions').selectAll().where('user_id', '=', user.id).execute(),
    ).toEqual([]);
    expect(await auditOf('cli.user.deactivate')).toHaveLength(1);

    expect(await setActiveCommand(db, { username: 'cm.peja' }, false, io)).toBe(0);
    expect(io.stdout.at(-1)).toMatch(/already deactivated/);
    expect(await auditOf('cli.user.deactivate')).toHaveLength(1);

    expect(await setActiveCommand(db, { username: 'cm.peja' }, true, io)).toBe(0);
    expect((await userNamed('cm.peja')).active).toBe(true);
    expect(await auditOf('cli.user.activate')).toHaveLength(1);
    expect((await verifyAuditChain(db.kysely)).ok).toBe(true);
  });
});
