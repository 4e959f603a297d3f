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

/** The municipality a jurisdiction path reaches ("/XK/XK-PE/XK-PEJ/" → "XK-PEJ"), if any. */
function municipalityOf(path: string): string | undefined {
  return path.split('/').filter(Boolean)[2];
}

/**
 * A scheme as a municipality runs it: the country's catalogue with the municipality's own days
 * (scheme-overrides.json), and whether it offers the scheme at all. Used where a clock starts
 * (filing, submission) and for the catalogue a municipal user chooses from.
 */
export function schemeInPlace(
  access: AccessContext,
  deps: RequestDeps,
  code: string,
  path: string,
): { scheme: SchemeConfig; offered: boolean } | undefined {
  const scheme = findScheme(access, deps, code);
  if (!scheme) return undefined;
  const country = deps.countries.find((c) => c.country.code === access.user?.countryCode);
  const municipality = municipalityOf(path);
  const override = country?.schemeOverrides.find((o) => o.municipality === municipality && o.scheme === code);
  if (!override) return { scheme, offered: true };
  return {
    scheme: {
      ...scheme,
      decisionDays: override.decisionDays ?? scheme.decisionDays,
      appealWindowDays: override.appealWindowDays ?? scheme.appealWindowDays,
      appealDecisionDays: override.appealDecisionDays ?? scheme.appealDecisionDays,
    },
    offered: override.offered,
  };
}

/** The catalogue of the user's country, as the user's municipality runs it (when they have one). */
export function listSchemes(access: AccessContext, deps: RequestDeps): { items: SchemeView[] } {
  const user = access.requireUser();
  // The institution's own place: a national user sees the country's catalogue as it is.
  const path = user.paths[0] ?? '';
  const items: SchemeView[] = [];
  for (const scheme of countrySchemes(access, deps)) {
    const inPlace = schemeInPlace(access, deps, scheme.code, path);
    if (inPlace?.offered) items.push({ ...inPlace.scheme });
  }
  return { items };
}
