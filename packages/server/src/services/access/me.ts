import type { JurisdictionRef, LocalizedText, Me } from '@vatra/core';
import { sql } from 'kysely';
import type { SessionUser } from './context.js';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

/** The logged-in user as the web app shows them: institution, jurisdiction from the country down, roles. */
export async function buildMe(db: Kysely<Database>, user: SessionUser): Promise<Me> {
  const row = await db
    .selectFrom('users as u')
    .innerJoin('institutions as i', 'i.id', 'u.institution_id')
    .innerJoin('institution_types as t', 't.code', 'i.type_code')
    .innerJoin('jurisdictions as j', 'j.id', 'i.jurisdiction_id')
    .select([
      'i.id as institutionId',
      'i.code as institutionCode',
      'i.name as institutionName',
      't.code as typeCode',
      't.name as typeName',
      'j.path',
      sql<{ id: string; code: string; name: LocalizedText }[]>`coalesce((select json_agg(json_build_object(
        'id', r.id, 'code', r.code, 'name', r.name) order by r.code)
        from user_roles ur join roles r on r.id = ur.role_id where ur.user_id = u.id), '[]'::json)`.as(
        'roles',
      ),
    ])
    .where('u.id', '=', user.userId)
    .executeTakeFirstOrThrow();
  const ancestorCodes = row.path.split('/').filter(Boolean);
  const grantedPaths = user.paths.slice(1);
  const nodes = await db
    .selectFrom('jurisdictions')
    .select(['id', 'code', 'level', 'name', 'path'])
    .where((eb) =>
      eb.or([
        eb('code', 'in', ancestorCodes),
        ...(grantedPaths.length ? [eb('path', 'in', grantedPaths)] : []),
      ]),
    )
    .execute();
  const ref = (n: (typeof nodes)[number]): JurisdictionRef => ({
    id: n.id,
    code: n.code,
    level: n.level,
    name: n.name,
  });
  return {
    user: {
      id: user.userId,
      username: user.username,
      fullName: user.fullName,
      locale: user.locale,
      mustChangePassword: user.mustChangePassword,
    },
    institution: {
      id: row.institutionId,
      code: row.institutionCode,
      name: row.institutionName,
      type: { code: row.typeCode, name: row.typeName },
    },
    jurisdictionPath: ancestorCodes
      .map((code) => nodes.find((n) => n.code === code))
      .filter((n): n is (typeof nodes)[number] => Boolean(n))
      .map(ref),
    grantedJurisdictions: nodes.filter((n) => grantedPaths.includes(n.path)).map(ref),
    roles: row.roles,
    scopes: [...user.scopes].sort(),
    csrfToken: user.csrfToken,
    sessionExpiresAt: user.expiresAt.toISOString(),
  };
}
