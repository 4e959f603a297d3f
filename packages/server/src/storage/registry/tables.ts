import type { IdentityDocument } from '@vatra/core';
import type { ColumnType, Generated, Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

// Kysely's view of migrations/0002_registry.sql. Kept with the registry's storage; the lead may
// fold it into db/schema.ts.

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface HouseholdsTable {
  id: Generated<string>;
  jurisdiction_id: string;
  settlement: string;
  address_line: string | null;
  phone: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface PersonsTable {
  id: Generated<string>;
  household_id: string | null;
  relation_to_head: string | null;
  jurisdiction_id: string;
  first_name: string;
  last_name: string;
  father_name: string | null;
  gender: string;
  date_of_birth: string | null;
  birth_year_only: Generated<boolean>;
  personal_number: string | null;
  category: string;
  arrival_date: string | null;
  status_grant_date: string | null;
  country_returned_from: string | null;
  identity_documents: ColumnType<IdentityDocument[], string | undefined, string>;
  community: string | null;
  languages: ColumnType<string[], string[] | undefined, string[]>;
  phone: string | null;
  vulnerability: ColumnType<string[], string[] | undefined, string[]>;
  sensitivity: Generated<string>;
  merged_into: string | null;
  name_key: string;
  first_phon: string;
  last_phon: string;
  father_phon: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

// A type alias, not an interface: withTables needs an index-compatible record.
export type RegistryTables = {
  households: HouseholdsTable;
  persons: PersonsTable;
};

export type RegistryDatabase = Database & RegistryTables;

/** The same connection (or transaction), typed with the registry's tables. */
export function registryDb(db: Kysely<Database>): Kysely<RegistryDatabase> {
  return db.withTables<RegistryTables>();
}
