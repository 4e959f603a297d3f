import { localized, type BenefitTotals, type BenefitView, type benefitTotalsQuery } from '@vatra/core';
import { sql } from 'kysely';
import type { z } from 'zod';
import { errors } from '../../http/errors.js';
import { requestDb } from '../../storage/requests/tables.js';
import type { AccessContext } from '../access/context.js';
import { findScheme, type RequestDeps } from './schemes.js';

/** The benefits register of a household: what each member received, when, from whom, at what cost. */
export async function householdBenefits(
  access: AccessContext,
  deps: RequestDeps,
  householdId: string,
): Promise<{ items: BenefitView[] }> {
  const household = await requestDb(access.db)
    .selectFrom('households as h')
    .innerJoin('jurisdictions as j', 'j.id', 'h.jurisdiction_id')
    .select('j.path')
    .where('h.id', '=', householdId)
    .executeTakeFirst();
  if (!household) throw errors.notFound();
  await access.requireInJurisdiction('household', householdId, household.path);
  const rows = await requestDb(access.db)
    .selectFrom('benefits as b')
    .innerJoin('persons as p', 'p.id', 'b.person_id')
    .innerJoin('institutions as i', 'i.id', 'b.granted_by_institution_id')
    .leftJoin('requests as r', 'r.id', 'b.request_id')
    .select([
      'b.id',
      'b.person_id as personId',
      'p.first_name as firstName',
      'p.last_name as lastName',
      'b.scheme_code as schemeCode',
      'b.request_id as requestId',
      'r.number as requestNumber',
      'b.granted_on as grantedOn',
      'i.id as institutionId',
      'i.code as institutionCode',
      'i.name as institutionName',
      'b.amount',
      'b.currency',
      'b.description',
    ])
    .where('b.household_id', '=', householdId)
    .orderBy('b.granted_on', 'desc')
    .orderBy('b.id')
    .execute();
  await access.audit(access.db, {
    action: 'benefit.list',
    recordType: 'household',
    recordId: householdId,
    details: { benefitIds: rows.map((row) => row.id) },
  });
  return {
    items: rows.map((row) => ({
      id: row.id,
      person: { id: row.personId, firstName: row.firstName, lastName: row.lastName },
      schemeCode: row.schemeCode,
      schemeName: findScheme(access, deps, row.schemeCode)?.name ?? null,
      requestId: row.requestId,
      requestNumber: row.requestNumber,
      grantedOn: row.grantedOn,
      grantedBy: {
        id: row.institutionId,
        code: row.institutionCode,
        name: localized(row.institutionName, access.locale),
      },
      amount: row.amount === null ? null : Number(row.amount),
      currency: row.currency,
      description: row.description,
    })),
  };
}

/** Totals per scheme and year of the benefits in the user's jurisdiction (counts, no names). */
export async function benefitTotals(
  access: AccessContext,
  deps: RequestDeps,
  query: z.infer<typeof benefitTotalsQuery>,
): Promise<BenefitTotals> {
  access.requireUser();
  let select = requestDb(access.db)
    .selectFrom('benefits as b')
    .innerJoin('jurisdictions as j', 'j.id', 'b.jurisdiction_id')
    .select([
      'b.scheme_code as schemeCode',
      sql<number>`extract(year from b.granted_on)::int`.as('year'),
      sql<string>`count(*)`.as('count'),
      sql<string>`count(distinct b.person_id)`.as('persons'),
      sql<string>`count(distinct b.household_id)`.as('households'),
      sql<string>`coalesce(sum(b.amount), 0)`.as('amount'),
    ])
    .where(access.inJurisdiction('j.path'))
    .groupBy(['b.scheme_code', sql`extract(year from b.granted_on)::int`])
    .orderBy('b.scheme_code')
    .orderBy(sql`extract(year from b.granted_on)::int`);
  if (query.scheme) select = select.where('b.scheme_code', '=', query.scheme);
  if (query.year) select = select.where(sql<boolean>`extract(year from b.granted_on)::int = ${query.year}`);
  const rows = await select.execute();
  return {
    items: rows.map((row) => ({
      schemeCode: row.schemeCode,
      schemeName: findScheme(access, deps, row.schemeCode)?.name ?? null,
      year: Number(row.year),
      count: Number(row.count),
      persons: Number(row.persons),
      households: Number(row.households),
      amount: Number(row.amount),
    })),
  };
}
