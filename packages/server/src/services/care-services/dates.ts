import { officeToday, type LicenceStatus } from '@vatra/core';

/** A licence expiring within this many days is flagged so it is renewed in time. */
const EXPIRING_DAYS = 60;

/** valid, expiring (within 60 days), expired (the day after its last valid day) or none. */
export function licenceStatus(validUntil: string | null, on: string = officeToday()): LicenceStatus {
  if (!validUntil) return 'none';
  if (validUntil < on) return 'expired';
  const soon = new Date(`${on}T00:00:00Z`);
  soon.setUTCDate(soon.getUTCDate() + EXPIRING_DAYS);
  return validUntil <= soon.toISOString().slice(0, 10) ? 'expiring' : 'valid';
}
