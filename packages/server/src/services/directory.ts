import type { LocalizedText } from '@vatra/core';
import type { AccessContext } from './access/context.js';

/** Active institutions of the user's country: referral targets and responsible institutions. */
export async function listDirectoryInstitutions(access: AccessContext) {
  const user = access.requireUser();
  const rows = await access.db
    .selectFrom('institutions as i')
    .innerJoin('jurisdictions as j', 'j.id', 'i.jurisdiction_id')
    .select([
      'i.id',
      'i.code',
      'i.type_code',
      'i.name',
      'j.id as jurisdictionId',
      'j.code as jurisdictionCode',
      'j.name as jurisdictionName',
    ])
    .where('j.country_code', '=', user.countryCode)
    .where('i.active', '=', true)
    .orderBy('i.code')
    .execute();
  return {
    items: rows.map((row) => ({
      id: row.id,
      code: row.code,
      typeCode: row.type_code,
      name: row.name,
      jurisdiction: {
        id: row.jurisdictionId,
        code: row.jurisdictionCode,
        name: row.jurisdictionName as LocalizedText,
      },
    })),
  };
}

/** Municipalities and administrative units of the user's country (where a family may move). */
export async function listDirectoryPlaces(access: AccessContext) {
  const user = access.requireUser();
  const rows = await access.db
    .selectFrom('jurisdictions')
    .select(['id', 'code', 'level', 'name', 'parent_id'])
    .where('country_code', '=', user.countryCode)
    .where('level', 'in', ['municipality', 'unit'])
    .orderBy('code')
    .execute();
  return {
    items: rows.map((row) => ({
      id: row.id,
      code: row.code,
      level: row.level as 'municipality' | 'unit',
      name: row.name,
      parentId: row.parent_id,
    })),
  };
}
