import type { CountryConfig, LocalizedText, NeedsConfig } from '@vatra/core';
import { HttpError } from '../../http/errors.js';
import type { AccessContext } from '../access/context.js';
import { findMunicipality } from '../../storage/needs-analysis/queries.js';

// The municipality a needs-analysis request names (by code), checked against the user's
// jurisdiction (a refusal is audited), with its administrative units and its country's
// needs-analysis configuration.

/** A country without staffing-norms.json: the civil registry's broad bands, no roles, no norms. */
const WITHOUT_NORMS: NeedsConfig = {
  childrenUpToAge: 17,
  ageBands: [
    { code: '0-17', from: 0, to: 17 },
    { code: '18-64', from: 18, to: 64 },
    { code: '65+', from: 65, to: null },
  ],
  roles: [],
  norms: [],
};

export interface NeedsPlace {
  id: string;
  code: string;
  name: LocalizedText;
  units: { code: string; name: LocalizedText }[];
  needs: NeedsConfig;
  normsConfigured: boolean;
}

export async function needsPlace(
  access: AccessContext,
  countries: readonly CountryConfig[],
  code: string,
): Promise<NeedsPlace> {
  const found = await findMunicipality(access.db, code.trim().toUpperCase());
  if (!found)
    throw new HttpError(
      422,
      'bad_reference',
      'server.errors.badReference',
      { field: 'municipality' },
      { municipality: { key: 'server.needsAnalysis.unknownMunicipality', values: { code } } },
    );
  await access.requireInJurisdiction('jurisdiction', found.id, found.path);
  const country = countries.find((config) => config.country.code === found.country_code);
  const needs = country?.staffingNorms;
  return {
    id: found.id,
    code: found.code,
    name: found.name,
    units: found.units,
    needs: needs ?? WITHOUT_NORMS,
    normsConfigured: Boolean(needs && needs.norms.length),
  };
}
