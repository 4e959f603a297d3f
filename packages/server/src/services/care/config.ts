import { findFormDefinition, type CountryConfig, type FormDefinition } from '@vatra/core';
import { errors } from '../../http/errors.js';
import type { AccessContext } from '../access/context.js';

/** What the care services read from the configuration: the forms and the care-service catalogue. */
export interface CareConfig {
  countries: CountryConfig[];
  forms: FormDefinition[];
}

function countryOf(config: CareConfig, access: AccessContext): CountryConfig {
  const code = access.requireUser().countryCode;
  const country = config.countries.find((candidate) => candidate.country.code === code);
  if (!country) throw errors.notFound();
  return country;
}

/**
 * Whether a code is a service of the country's care-service catalogue
 * (config/<country>/care-services.json). A country without a catalogue yet accepts any code.
 */
export function knownCareService(config: CareConfig, access: AccessContext, code: string): boolean {
  const services = countryOf(config, access).careServices.services;
  return services.length === 0 || services.some((service) => service.code === code);
}

/** The assessment form of the user's country: the version given, else the newest. */
export function careForm(
  config: CareConfig,
  access: AccessContext,
  key: string,
  version?: number,
): FormDefinition | undefined {
  return findFormDefinition(config.forms, access.requireUser().countryCode, key, version);
}
