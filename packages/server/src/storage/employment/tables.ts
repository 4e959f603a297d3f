import type { ColumnType, Generated, Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { registryDb, type RegistryDatabase } from '../registry/tables.js';

// Kysely's view of migrations/0017_employment_links.sql. Keep the two in step.

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface AssistedHouseholdsTable {
  id: Generated<string>;
  jurisdiction_id: string;
  household_id: string;
  scheme: 'ne' | 'fund6';
  area: 'urban' | 'rural';
  national_reference: string;
  /** First day of the month. */
  from_month: string;
  to_month: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface EmploymentListSendsTable {
  id: Generated<string>;
  jurisdiction_id: string;
  month: string;
  sent_on: string;
  sent_by: string;
  households: number;
  persons: number;
  created_at: CreatedAt;
}

export interface JobSeekerProfilesTable {
  id: Generated<string>;
  jurisdiction_id: string;
  person_id: string;
  registered_on: string;
  qualification: string;
  experience: string | null;
  last_reviewed_on: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface JobSeekerReviewsTable {
  id: Generated<string>;
  profile_id: string;
  reviewed_on: string;
  note: string;
  reviewed_by: string;
  created_at: CreatedAt;
}

export interface JobOfferRefusalsTable {
  id: Generated<string>;
  jurisdiction_id: string;
  profile_id: string;
  person_id: string;
  offered_on: string;
  employer: string;
  position: string;
  reason: string;
  recorded_by: string;
  created_at: CreatedAt;
}

export type EmploymentTables = {
  assisted_households: AssistedHouseholdsTable;
  employment_list_sends: EmploymentListSendsTable;
  job_seeker_profiles: JobSeekerProfilesTable;
  job_seeker_reviews: JobSeekerReviewsTable;
  job_offer_refusals: JobOfferRefusalsTable;
};

export type EmploymentDatabase = RegistryDatabase & EmploymentTables;

/** The same connection (or transaction), typed with the registry's and this area's tables. */
export function employmentDb(db: Kysely<Database>): Kysely<EmploymentDatabase> {
  return registryDb(db).withTables<EmploymentTables>();
}
