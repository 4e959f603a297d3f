import type { CountryConfig, SchemeConfig, SchemeView } from '@vatra/core';
import type { AccessContext } from '../access/context.js';

/** What the request services need of the app: the countries' scheme catalogues. */
export interface RequestDeps {
  countries: readonly CountryConfig[];
}

export function countrySchemes(access: AccessContext, deps: RequestDeps): readonly SchemeConfig[] {
  const country = deps.countries.find((c) => c.country.code === access.user?.countryCode);
  return country?.schemes ?? [];
}

export function findScheme(access: AccessContext, deps: RequestDeps, code: string): SchemeConfig | undefined {
  return countrySchemes(access, deps).find((scheme) => scheme.code === code);
}

/** The catalogue of the user's country, as configured. */
export function listSchemes(access: AccessContext, deps: RequestDeps): { items: SchemeView[] } {
  access.requireUser();
  return { items: countrySchemes(access, deps).map((scheme) => ({ ...scheme })) };
}
