import type { CountryConfig, Currency } from '@vatra/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { AccessContext } from '../access/context.js';
import { findCareService } from '../care-services/catalogue.js';
import { socialFundErrors } from './errors.js';

/** What the social-fund services need of the app: the countries' currency and care catalogue. */
export interface SocialFundDeps {
  countries: readonly CountryConfig[];
}

/** Whether the user may edit (the route's write scopes), for the screen's buttons. */
export function canEdit(access: AccessContext): boolean {
  return access.has('care.manage') || access.has('plan.edit');
}

/** The user's country's currency (country.json). */
export function currencyOf(deps: SocialFundDeps, countryCode: string): Currency {
  return deps.countries.find((c) => c.country.code === countryCode)?.country.currency ?? 'EUR';
}

export function requireService(deps: SocialFundDeps, countryCode: string, field: string, code: string): void {
  if (!findCareService(deps, countryCode, code)) throw socialFundErrors.field(field, 'unknownService');
}

/** The municipality a new row belongs to: the one named (inside the user's jurisdiction, audited) or the user's. */
export async function municipalityFor(
  access: AccessContext,
  db: Kysely<Database>,
  jurisdictionId: string | undefined,
): Promise<string> {
  const user = access.requireUser();
  const id =
    jurisdictionId ??
    (
      await db
        .selectFrom('institutions')
        .select('jurisdiction_id')
        .where('id', '=', user.institutionId)
        .executeTakeFirstOrThrow()
    ).jurisdiction_id;
  const place = await db.selectFrom('jurisdictions').select('path').where('id', '=', id).executeTakeFirst();
  if (!place) throw socialFundErrors.field('jurisdictionId', 'outsideJurisdiction');
  await access.requireInJurisdiction('jurisdiction', id, place.path);
  return id;
}
