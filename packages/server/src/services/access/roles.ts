import type { RoleSummary, roleCreateBody, roleUpdateBody } from '@vatra/core';
import { sql } from 'kysely';
import type { z } from 'zod';
import { errors } from '../../http/errors.js';
import { updateVersioned } from '../../storage/versioned.js';
import type { AccessContext } from './context.js';
import { countriesOf } from './references.js';

async function selectRoles(access: AccessContext, where: { id?: string; countries?: string[] }) {
  let q = access.db
    .selectFrom('roles as r')
    .select([
      'r.id',
      'r.code',
      'r.name',
      'r.scopes',
      'r.country_code as countryCode',
      'r.builtin',
      'r.version',
      sql<string>`(select count(*) from user_roles ur where ur.role_id = r.id)`.as('userCount'),
    ]);
  if (where.id) q = q.where('r.id', '=', where.id);
  if (where.countries) q = q.where('r.country_code', 'in', where.countries.length ? where.countries : ['-']);
  const rows = await q.orderBy('r.country_code').orderBy('r.code').execute();
  return rows.map((r): RoleSummary => ({
    ...r,
    scopes: r.scopes as RoleSummary['scopes'],
    userCount: Number(r.userCount),
  }));
}

/** Roles of the countries the user works in; a Kosovo administrator does not see Albania's. */
export async function listRoles(access: AccessContext) {
  return { items: await selectRoles(access, { countries: countriesOf(access) }) };
}

async function getRole(access: AccessContext, id: string): Promise<RoleSummary> {
  const [role] = await selectRoles(access, { id });
  if (!role) throw errors.notFound();
  return role;
}

export async function createRole(
  access: AccessContext,
  body: z.infer<typeof roleCreateBody>,
): Promise<RoleSummary> {
  // Defining roles for a country needs jurisdiction over the whole country.
  if (!access.covers(`/${body.countryCode}/`)) throw errors.badReference('countryCode');
  const id = await access.db.transaction().execute(async (trx) => {
    const taken = await trx
      .selectFrom('roles')
      .select('id')
      .where('country_code', '=', body.countryCode)
      .where('code', '=', body.code)
      .executeTakeFirst();
    if (taken) throw errors.duplicate('code');
    const created = await trx
      .insertInto('roles')
      .values({
        code: body.code,
        country_code: body.countryCode,
        name: JSON.stringify(body.name),
        scopes: textArray(body.scopes),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await access.audit(trx, {
      action: 'role.create',
      recordType: 'role',
      recordId: created.id,
      details: { code: body.code, scopes: body.scopes },
    });
    return created.id;
  });
  return getRole(access, id);
}

export async function updateRole(
  access: AccessContext,
  id: string,
  body: z.infer<typeof roleUpdateBody>,
): Promise<RoleSummary> {
  const before = await getRole(access, id);
  await access.db.transaction().execute(async (trx) => {
    await updateVersioned(trx, 'roles', id, body.version, {
      ...(body.name ? { name: JSON.stringify(body.name) } : {}),
      ...(body.scopes ? { scopes: textArray(body.scopes) } : {}),
    });
    await access.audit(trx, {
      action: 'role.update',
      recordType: 'role',
      recordId: id,
      details: { scopesBefore: before.scopes, scopesAfter: body.scopes ?? before.scopes },
    });
  });
  return getRole(access, id);
}

/** A text[] parameter without duplicates (Kysely would otherwise send a JSON array). */
function textArray(values: string[]): string[] {
  return sql<string[]>`${sql.val([...new Set(values)])}::text[]` as unknown as string[];
}
