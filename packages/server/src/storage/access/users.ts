import type { UserSummary } from '@vatra/core';
import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { Database } from '../../db/schema.js';

export interface UserFilter {
  q?: string | undefined;
  institutionId?: string | undefined;
  active?: boolean | undefined;
}

function baseQuery(db: Kysely<Database>) {
  return db
    .selectFrom('users as u')
    .innerJoin('institutions as i', 'i.id', 'u.institution_id')
    .innerJoin('jurisdictions as j', 'j.id', 'i.jurisdiction_id');
}

const ROLES_OF_USER = sql<UserSummary['roles']>`coalesce((select json_agg(json_build_object(
  'id', r.id, 'code', r.code, 'name', r.name) order by r.code)
  from user_roles ur join roles r on r.id = ur.role_id where ur.user_id = u.id), '[]'::json)`;

const GRANTS_OF_USER = sql<UserSummary['grantedJurisdictions']>`coalesce((select json_agg(json_build_object(
  'id', gj.id, 'code', gj.code, 'name', gj.name) order by gj.path)
  from jurisdiction_grants g join jurisdictions gj on gj.id = g.jurisdiction_id where g.user_id = u.id), '[]'::json)`;

export async function listUsers(
  db: Kysely<Database>,
  visible: Expression<SqlBool>,
  filter: UserFilter,
  page: { page: number; pageSize: number },
) {
  let query = baseQuery(db).where(visible);
  if (filter.q) {
    const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([
        eb('u.username', 'ilike', like),
        eb('u.full_name', 'ilike', like),
        eb('u.email', 'ilike', like),
      ]),
    );
  }
  if (filter.institutionId) query = query.where('u.institution_id', '=', filter.institutionId);
  if (filter.active !== undefined) query = query.where('u.active', '=', filter.active);
  const [{ total } = { total: '0' }] = await query
    .select((eb) => eb.fn.countAll<string>().as('total'))
    .execute();
  const rows = await query
    .select(summaryColumns)
    .orderBy('u.username')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  return { rows, total: Number(total) };
}

const summaryColumns = [
  'u.id',
  'u.username',
  'u.full_name as fullName',
  'u.email',
  'u.locale',
  'u.active',
  'u.last_login_at as lastLoginAt',
  'u.version',
  'i.id as institutionId',
  'i.code as institutionCode',
  'i.name as institutionName',
  ROLES_OF_USER.as('roles'),
  GRANTS_OF_USER.as('grantedJurisdictions'),
] as const;

export async function findUserSummary(db: Kysely<Database>, id: string) {
  return baseQuery(db).select(summaryColumns).where('u.id', '=', id).executeTakeFirst();
}

export type UserSummaryRow = NonNullable<Awaited<ReturnType<typeof findUserSummary>>>;

export function findUserForLogin(db: Kysely<Database>, username: string) {
  return db
    .selectFrom('users as u')
    .innerJoin('institutions as i', 'i.id', 'u.institution_id')
    .select([
      'u.id',
      'u.username',
      'u.password_hash as passwordHash',
      'u.active',
      'i.active as institutionActive',
      'i.id as institutionId',
      'i.code as institutionCode',
    ])
    .where((eb) => eb(eb.fn('lower', ['u.username']), '=', username.toLowerCase()))
    .executeTakeFirst();
}

export async function setUserRoles(db: Kysely<Database>, userId: string, roleIds: string[]): Promise<void> {
  await db.deleteFrom('user_roles').where('user_id', '=', userId).execute();
  if (roleIds.length) {
    await db
      .insertInto('user_roles')
      .values(roleIds.map((roleId) => ({ user_id: userId, role_id: roleId })))
      .execute();
  }
}

export function isUsernameTaken(db: Kysely<Database>, username: string): Promise<boolean> {
  return db
    .selectFrom('users')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['username']), '=', username.toLowerCase()))
    .executeTakeFirst()
    .then(Boolean);
}

export interface NewAccount {
  username: string;
  fullName: string;
  email: string | null;
  institutionId: string;
  passwordHash: string;
  locale: string;
  roleIds: string[];
}

/** A new account with its roles; it must choose its own password at first login. */
export async function insertUser(db: Kysely<Database>, account: NewAccount): Promise<string> {
  const created = await db
    .insertInto('users')
    .values({
      username: account.username,
      full_name: account.fullName,
      email: account.email,
      institution_id: account.institutionId,
      password_hash: account.passwordHash,
      locale: account.locale,
      must_change_password: true,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await setUserRoles(db, created.id, account.roleIds);
  return created.id;
}

/** A password the user must replace at the next login (admin reset, CLI reset). */
export async function setTemporaryPassword(
  db: Kysely<Database>,
  userId: string,
  passwordHash: string,
): Promise<void> {
  await db
    .updateTable('users')
    .set((eb) => ({
      password_hash: passwordHash,
      must_change_password: true,
      version: eb('version', '+', 1),
      updated_at: new Date(),
    }))
    .where('id', '=', userId)
    .execute();
}
