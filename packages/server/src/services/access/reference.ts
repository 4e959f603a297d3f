import { SCOPES } from '@vatra/core';
import type { AccessContext } from './context.js';
import { countriesOf } from './references.js';

/** Jurisdictions the user may see: their own subtrees and the ancestors leading to them. */
export async function listJurisdictions(access: AccessContext) {
  const paths = access.user?.paths ?? [];
  const ancestorCodes = [...new Set(paths.flatMap((path) => path.split('/').filter(Boolean)))];
  const rows = await access.db
    .selectFrom('jurisdictions')
    .select(['id', 'code', 'level', 'name', 'parent_id as parentId'])
    .where((eb) =>
      eb.or([access.inJurisdiction('path'), eb('code', 'in', ancestorCodes.length ? ancestorCodes : ['-'])]),
    )
    .orderBy('path')
    .execute();
  return { items: rows };
}

export async function listInstitutionTypes(access: AccessContext) {
  const rows = await access.db
    .selectFrom('institution_types')
    .select(['code', 'country_code as countryCode', 'name', 'abbreviation'])
    .where('country_code', 'in', countriesOf(access).length ? countriesOf(access) : ['-'])
    .orderBy('country_code')
    .orderBy('code')
    .execute();
  return { items: rows };
}

export function listScopes() {
  return { items: [...SCOPES] };
}
