import type { NamedRef } from '@vatra/core';
import { sql } from 'kysely';
import { errors } from '../../http/errors.js';
import { schemeReportDb } from '../../storage/scheme-reports/tables.js';
import type { AccessContext } from '../access/context.js';
import { schemeReportErrors } from './errors.js';

export interface ReportPlace extends NamedRef {
  path: string;
  countryCode: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The municipality a report is asked for, by code or id, refused (403, audited) when it lies
 * outside the user's jurisdictions. A region or the country is not a municipality: the report
 * is per municipality, as the plans require it.
 */
export async function requireReportPlace(access: AccessContext, wanted: string): Promise<ReportPlace> {
  access.requireUser();
  const row = await schemeReportDb(access.db)
    .selectFrom('jurisdictions')
    .select(['id', 'code', 'name', 'path', 'level', 'country_code as countryCode'])
    .where(UUID.test(wanted) ? 'id' : 'code', '=', UUID.test(wanted) ? wanted : wanted.toUpperCase())
    .executeTakeFirst();
  if (!row) throw errors.badReference('jurisdiction');
  await access.requireInJurisdiction('jurisdiction', row.id, row.path);
  if (row.level !== 'municipality') throw schemeReportErrors.field('jurisdiction', 'notMunicipality');
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    path: row.path,
    countryCode: row.countryCode,
  };
}

/** The municipalities a user may get the report of: those inside their jurisdictions. */
export async function reportPlaces(access: AccessContext): Promise<{ items: NamedRef[] }> {
  access.requireUser();
  const rows = await schemeReportDb(access.db)
    .selectFrom('jurisdictions as j')
    .select(['j.id', 'j.code', 'j.name'])
    .where('j.level', '=', 'municipality')
    .where(access.inJurisdiction('j.path'))
    .orderBy(sql`j.name->>${access.locale === 'sr-Cyrl' ? 'sr' : access.locale}`)
    .execute();
  return { items: rows.map((row) => ({ id: row.id, code: row.code, name: row.name })) };
}
