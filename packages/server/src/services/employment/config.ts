import { officeToday, type CountryConfig, type Deadline } from '@vatra/core';
import { errors } from '../../http/errors.js';
import type { AccessContext } from '../access/context.js';

export interface EmploymentConfig {
  countries: CountryConfig[];
}

function country(config: EmploymentConfig, access: AccessContext) {
  const code = access.requireUser().countryCode;
  const found = config.countries.find((candidate) => candidate.country.code === code);
  if (!found) throw errors.notFound();
  return found.country;
}

/** The working age of the user's country (config/<country>/country.json), ends included. */
export function workingAge(config: EmploymentConfig, access: AccessContext): { from: number; to: number } {
  return country(config, access).workingAge;
}

/** How often the Employment Office reviews a job-seeker profile (the `jobSeekerReview` deadline). */
export function reviewInterval(config: EmploymentConfig, access: AccessContext): Deadline {
  return country(config, access).deadlines.jobSeekerReview;
}

/** "2026-03" → "2026-03-01" (months are stored as their first day). */
export const monthStart = (month: string) => `${month}-01`;
/** "2026-03-01" → "2026-03". */
export const monthOf = (date: string) => String(date).slice(0, 7);

/** Today as YYYY-MM-DD and its month, in the offices' time zone (as the rest of the work queues). */
export function today(now: Date = new Date()): { day: string; month: string } {
  const day = officeToday(now);
  return { day, month: day.slice(0, 7) };
}

/** The last day of a month, YYYY-MM-DD. */
export function monthEnd(month: string): string {
  const [year, mon] = month.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, mon ?? 1, 0)).toISOString().slice(0, 10);
}
