import { randomBytes } from 'node:crypto';
import { passwordResetBody, userCreateBody, type Locale } from '@vatra/core';
import type { Kysely } from 'kysely';
import type { Db } from '../db/open.js';
import type { Database } from '../db/schema.js';
import { hashPassword } from '../services/access/passwords.js';
import { appendAudit } from '../services/audit/trail.js';
import { endAllSessionsOf } from '../services/access/sessions.js';
import { insertUser, isUsernameTaken, setTemporaryPassword } from '../storage/access/users.js';
import { requireSchema } from './database.js';
import { CliError, EXIT_OK } from './errors.js';
import type { Io } from './io.js';

// Accounts from the command line: the first administrator of a new installation, and the way
// back in when every administrator is locked out. The same rules as the admin API (the zod
// schemas of @vatra/core), and every change is audited with the write it records.

/** The command-line option that supplies each field of userCreateBody. */
const OPTION_OF: Record<string, string> = {
  username: '--username',
  fullName: '--full-name',
  email: '--email',
  locale: '--locale',
  password: 'the password (from --password-stdin)',
  institutionId: '--institution',
  roleIds: '--role',
};

export interface CreateUserOptions {
  username: string;
  fullName: string;
  institution: string;
  role: string[];
  locale?: Locale | undefined;
  email?: string | undefined;
  passwordStdin?: boolean | undefined;
}

interface Issue {
  path: PropertyKey[];
  message: string;
}

function fieldErrors(issues: Issue[]): CliError {
  const lines = issues.map((issue) => {
    const field = String(issue.path[0] ?? '');
    return `  ${OPTION_OF[field] ?? field}: ${issue.message}`;
  });
  return new CliError(`invalid user:\n${lines.join('\n')}`);
}

/** A password from standard input, or a new random one (which the caller prints once). */
async function obtainPassword(
  io: Io,
  fromStdin: boolean | undefined,
): Promise<{ password: string; generated: boolean }> {
  if (!fromStdin) return { password: randomBytes(15).toString('base64url'), generated: true };
  const line = await io.readLine();
  if (line === null || line === '') throw new CliError('--password-stdin: no password on standard input');
  return { password: line, generated: false };
}

async function findUser(db: Kysely<Database>, username: string) {
  const user = await db
    .selectFrom('users')
    .select(['id', 'username', 'active'])
    .where((eb) => eb(eb.fn('lower', ['username']), '=', username.trim().toLowerCase()))
    .executeTakeFirst();
  if (!user) throw new CliError(`there is no user ${username}`);
  return user;
}

function fieldsOf(options: CreateUserOptions) {
  return {
    username: options.username,
    fullName: options.fullName,
    email: options.email ?? null,
    locale: options.locale ?? 'sq',
  };
}

/** The rules a new user's fields must meet, checked before the database is even opened. */
export function checkUserFields(options: CreateUserOptions): void {
  const result = userCreateBody
    .pick({ username: true, fullName: true, email: true, locale: true })
    .safeParse(fieldsOf(options));
  if (!result.success) throw fieldErrors(result.error.issues);
  if (options.role.length === 0) throw new CliError('--role: give at least one role');
}

/** `vatra user create` */
export async function createUserCommand(db: Db, options: CreateUserOptions, io: Io): Promise<number> {
  const fields = fieldsOf(options);
  checkUserFields(options);

  await requireSchema(db, { current: true });
  const { kysely } = db;
  const institution = await kysely
    .selectFrom('institutions as i')
    .innerJoin('jurisdictions as j', 'j.id', 'i.jurisdiction_id')
    .select(['i.id', 'i.code', 'i.active', 'j.country_code as countryCode'])
    .where('i.code', '=', options.institution)
    .executeTakeFirst();
  if (!institution) throw new CliError(`--institution: there is no institution ${options.institution}`);
  if (!institution.active) {
    throw new CliError(`--institution: institution ${institution.code} is deactivated`);
  }
  const codes = [...new Set(options.role)];
  const roles = await kysely
    .selectFrom('roles')
    .select(['id', 'code'])
    .where('country_code', '=', institution.countryCode)
    .execute();
  const roleIds = codes.map((code) => {
    const role = roles.find((r) => r.code === code);
    if (!role) {
      const available = roles.map((r) => r.code).sort();
      throw new CliError(
        `--role: there is no role ${code} in ${institution.countryCode}, the country of ${institution.code}` +
          (available.length ? ` (roles there: ${available.join(', ')})` : ''),
      );
    }
    return role.id;
  });

  const { password, generated } = await obtainPassword(io, options.passwordStdin);
  const parsed = userCreateBody.safeParse({ ...fields, institutionId: institution.id, roleIds, password });
  if (!parsed.success) throw fieldErrors(parsed.error.issues);
  const body = parsed.data;
  const passwordHash = await hashPassword(body.password);

  await kysely.transaction().execute(async (trx) => {
    if (await isUsernameTaken(trx, body.username)) {
      throw new CliError(`--username: the username ${body.username} is taken`);
    }
    const createdId = await insertUser(trx, {
      username: body.username,
      fullName: body.fullName,
      email: body.email ?? null,
      institutionId: institution.id,
      passwordHash,
      locale: body.locale,
      roleIds: body.roleIds,
    });
    await appendAudit(trx, {
      action: 'cli.user.create',
      outcome: 'ok',
      actor: null,
      recordType: 'user',
      recordId: createdId,
      details: { via: 'cli', username: body.username, institutionCode: institution.code, roles: codes },
    });
  });
  io.out(
    `created user ${body.username} in ${institution.code} with role${codes.length === 1 ? '' : 's'} ${codes.join(', ')}`,
  );
  if (generated) io.out(`password (shown only now): ${password}`);
  io.out('they must choose a new password when they first log in');
  return EXIT_OK;
}

/** `vatra user reset-password`: a new password to change at next login; sessions end. */
export async function resetPasswordCommand(
  db: Db,
  options: { username: string; passwordStdin?: boolean | undefined },
  io: Io,
): Promise<number> {
  await requireSchema(db, { current: true });
  const user = await findUser(db.kysely, options.username);
  const { password, generated } = await obtainPassword(io, options.passwordStdin);
  const parsed = passwordResetBody.safeParse({ password });
  if (!parsed.success) throw fieldErrors(parsed.error.issues);
  const passwordHash = await hashPassword(password);
  const ended = await db.kysely.transaction().execute(async (trx) => {
    await setTemporaryPassword(trx, user.id, passwordHash);
    const ended = await endAllSessionsOf(trx, user.id);
    await appendAudit(trx, {
      action: 'cli.user.reset_password',
      outcome: 'ok',
      actor: null,
      recordType: 'user',
      recordId: user.id,
      details: { via: 'cli', username: user.username },
    });
    return ended;
  });
  io.out(`password of ${user.username} reset; ${ended} session${ended === 1 ? '' : 's'} ended`);
  if (generated) io.out(`password (shown only now): ${password}`);
  io.out('they must choose a new password when they next log in');
  return EXIT_OK;
}

/** `vatra user deactivate` / `vatra user activate` */
export async function setActiveCommand(
  db: Db,
  options: { username: string },
  active: boolean,
  io: Io,
): Promise<number> {
  await requireSchema(db, { current: true });
  const user = await findUser(db.kysely, options.username);
  if (user.active === active) {
    io.out(`${user.username} is already ${active ? 'active' : 'deactivated'}: nothing changed`);
    return EXIT_OK;
  }
  const ended = await db.kysely.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set((eb) => ({ active, version: eb('version', '+', 1), updated_at: new Date() }))
      .where('id', '=', user.id)
      .execute();
    const ended = active ? 0 : await endAllSessionsOf(trx, user.id);
    await appendAudit(trx, {
      action: active ? 'cli.user.activate' : 'cli.user.deactivate',
      outcome: 'ok',
      actor: null,
      recordType: 'user',
      recordId: user.id,
      details: { via: 'cli', username: user.username },
    });
    return ended;
  });
  io.out(
    active
      ? `${user.username} is active again`
      : `${user.username} deactivated; ${ended} session${ended === 1 ? '' : 's'} ended`,
  );
  return EXIT_OK;
}
