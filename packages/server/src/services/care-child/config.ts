import type { CountryConfig, Deadline } from '@vatra/core';
import { errors } from '../../http/errors.js';
import type { AccessContext } from '../access/context.js';

export interface CareChildConfig {
  countries: CountryConfig[];
}

/** The interval of reports to the State Agency in the user's country (config/<country>/country.json). */
export function reportInterval(config: CareChildConfig, access: AccessContext): Deadline {
  const code = access.requireUser().countryCode;
  const country = config.countries.find((candidate) => candidate.country.code === code);
  if (!country) throw errors.notFound();
  return country.country.deadlines.childProtectionReport;
}
