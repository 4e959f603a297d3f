import {
  addDeadline,
  findFormDefinition,
  type CountryConfig,
  type DeadlineKey,
  type FormDefinition,
  type ServiceConfig,
} from '@vatra/core';
import { errors } from '../../http/errors.js';
import type { AccessContext } from '../access/context.js';

/** What the case services read from the configuration: deadlines, forms, service catalogue. */
export interface CaseConfig {
  countries: CountryConfig[];
  forms: FormDefinition[];
}

export function countryOf(config: CaseConfig, access: AccessContext): CountryConfig {
  const code = access.requireUser().countryCode;
  const country = config.countries.find((candidate) => candidate.country.code === code);
  if (!country) throw errors.notFound();
  return country;
}

/** When a deadline of the user's country falls, counted from a moment. */
export function deadlineFrom(config: CaseConfig, access: AccessContext, key: DeadlineKey, from: Date): Date {
  return addDeadline(from, countryOf(config, access).country.deadlines[key]);
}

export function servicesOf(config: CaseConfig, access: AccessContext): ServiceConfig[] {
  return countryOf(config, access).services;
}

/** The definition a submission was filled in: the version given, of the user's country. */
export function formOf(
  config: CaseConfig,
  access: AccessContext,
  key: string,
  version?: number,
): FormDefinition | undefined {
  return findFormDefinition(config.forms, access.requireUser().countryCode, key, version);
}
