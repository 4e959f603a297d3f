import type { Expression, Kysely, SqlBool } from 'kysely';
import type { Database } from '../../db/schema.js';
import { socialFundDb } from './tables.js';

// SQL of the social-fund area: the requests and subsidies of a year with their municipality and
// provider, and the reports received on subsidies.

type Where = (pathColumn: string) => Expression<SqlBool>;

export function requestRows(db: Kysely<Database>, inJurisdiction: Where) {
  return socialFundDb(db)
    .selectFrom('social_fund_requests as r')
    .innerJoin('jurisdictions as j', 'j.id', 'r.jurisdiction_id')
    .leftJoin('care_providers as p', 'p.id', 'r.provider_id')
    .selectAll('r')
    .select([
      'j.code as jurisdiction_code',
      'j.name as jurisdiction_name',
      'j.path as jurisdiction_path',
      'p.name as provider_name',
      'p.kind as provider_kind',
    ])
    .where(inJurisdiction('j.path'))
    .orderBy('j.code')
    .orderBy('r.service_code')
    .orderBy('p.name')
    .orderBy('r.id');
}
export type RequestRow = Awaited<ReturnType<ReturnType<typeof requestRows>['execute']>>[number];

export function subsidyRows(db: Kysely<Database>, inJurisdiction: Where) {
  return socialFundDb(db)
    .selectFrom('care_subsidies as s')
    .innerJoin('jurisdictions as j', 'j.id', 's.jurisdiction_id')
    .leftJoin('care_providers as p', 'p.id', 's.provider_id')
    .selectAll('s')
    .select([
      'j.code as jurisdiction_code',
      'j.name as jurisdiction_name',
      'j.path as jurisdiction_path',
      'p.name as provider_name',
      'p.kind as provider_kind',
    ])
    .where(inJurisdiction('j.path'))
    .orderBy('j.code')
    .orderBy('s.period_from')
    .orderBy('s.id');
}
export type SubsidyRow = Awaited<ReturnType<ReturnType<typeof subsidyRows>['execute']>>[number];

export async function reportRows(db: Kysely<Database>, subsidyIds: string[]) {
  if (subsidyIds.length === 0) return [];
  return socialFundDb(db)
    .selectFrom('care_subsidy_reports')
    .select(['id', 'subsidy_id', 'received_on', 'note'])
    .where('subsidy_id', 'in', subsidyIds)
    .orderBy('received_on')
    .orderBy('created_at')
    .execute();
}

/** The provider a row names, if it exists, with its municipality. */
export function providerOf(db: Kysely<Database>, id: string) {
  return socialFundDb(db)
    .selectFrom('care_providers')
    .select(['id', 'jurisdiction_id', 'kind', 'name'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Active providers in reach, for the forms' choices. */
export function providerChoices(db: Kysely<Database>, inJurisdiction: Where) {
  return socialFundDb(db)
    .selectFrom('care_providers as p')
    .innerJoin('jurisdictions as j', 'j.id', 'p.jurisdiction_id')
    .select(['p.id', 'p.name', 'p.kind', 'p.jurisdiction_id'])
    .where('p.active', '=', true)
    .where(inJurisdiction('j.path'))
    .orderBy('p.name')
    .execute();
}
