import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { errors } from '../../http/errors.js';
import type { AccessContext } from './context.js';

/** Countries the user works in: the first segment of each of their jurisdiction paths. */
export function countriesOf(access: AccessContext): string[] {
  return [...new Set((access.user?.paths ?? []).map((path) => path.split('/')[1] ?? ''))].filter(Boolean);
}

/** An institution the user may assign people to: it exists and lies in their jurisdiction. */
export async function requireInstitutionInReach(
  db: Kysely<Database>,
  access: AccessContext,
  institutionId: string,
  field = 'institutionId',
): Promise<{ id: string; countryCode: string }> {
  const row = await db
    .selectFrom('institutions as i')
    .innerJoin('jurisdictions as j', 'j.id', 'i.jurisdiction_id')
    .select(['i.id', 'j.path', 'j.country_code as countryCode'])
    .where('i.id', '=', institutionId)
    .executeTakeFirst();
  if (!row || !access.covers(row.path)) throw errors.badReference(field);
  return row;
}

/** Roles the user may hand out: they exist and belong to the institution's country. */
export async function requireRolesOfCountry(
  db: Kysely<Database>,
  roleIds: string[],
  countryCode: string,
  field = 'roleIds',
): Promise<void> {
  const unique = [...new Set(roleIds)];
  const rows = await db
    .selectFrom('roles')
    .select('id')
    .where('id', 'in', unique)
    .where('country_code', '=', countryCode)
    .execute();
  if (rows.length !== unique.length) throw errors.badReference(field);
}
