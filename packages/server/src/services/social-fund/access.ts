import type { CountryConfig, Currency, Scope } from '@vatra/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { AccessContext } from '../access/context.js';
import { findCareService } from '../care-services/catalogue.js';
import { socialFundErrors } from './errors.js';

/** What the social-fund services need of the app: the countries' currency and care catalogue. */
export interface SocialFundDeps {
  countries: readonly CountryConfig[];
}

// Either office keeps these rows: the social services officer (care.*) and the plan coordinator
// (plan.*), whose plan budgets the Social Fund. The routes declare these; the screen's buttons
// follow WRITE.
export const SOCIAL_FUND_READ: readonly Scope[] = ['care.read', 'plan.read'];
export const SOCIAL_FUND_WRITE: readonly Scope[] = ['care.manage', 'plan.edit'];

/** Whether the user may edit (any of the write scopes), for the screen's buttons. */
export function canEdit(access: AccessContext): boolean {
  return SOCIAL_FUND_WRITE.some((scope) => access.has(scope));
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
