import type { ColumnType, Generated, Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { careDb, type CareDatabase } from '../care/tables.js';

// Kysely's view of migrations/0015_domestic_violence.sql (and the extensions of 0019). Keep them in step.

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type ProtectionOrderKind = 'immediate' | 'regular';
export type DvGroupRole =
  'coordinator' | 'social_services' | 'police' | 'health' | 'education' | 'justice' | 'ngo' | 'other';

export interface ProtectionOrdersTable {
  id: Generated<string>;
  care_case_id: string;
  kind: ProtectionOrderKind;
  court: string;
  order_number: string;
  issued_on: string;
  valid_until: string;
  police_informed_on: string | null;
  created_by: string;
  created_at: CreatedAt;
  version: Generated<number>;
  updated_at: Timestamp;
}

/** migrations/0019_care_documents.sql: a court's extension of an order's validity. */
export interface ProtectionOrderExtensionsTable {
  id: Generated<string>;
  order_id: string;
  previous_valid_until: string;
  valid_until: string;
  decision_number: string;
  decided_on: string;
  court: string | null;
  recorded_by: string;
  recorded_at: CreatedAt;
}

export interface DvReportsTable {
  id: Generated<string>;
  order_id: string;
  period_index: number;
  due_on: string;
  submitted_on: string;
  summary: string;
  police_informed: boolean;
  submitted_by: string;
  submitted_at: CreatedAt;
}

export interface DvGroupMembersTable {
  id: Generated<string>;
  care_case_id: string;
  institution_id: string | null;
  institution_name: string | null;
  user_id: string | null;
  role: DvGroupRole;
  added_by: string;
  added_at: CreatedAt;
}

export interface DvGroupMeetingsTable {
  id: Generated<string>;
  care_case_id: string;
  held_on: string;
  notes: string;
  attendees: ColumnType<string[], string[] | undefined, string[]>;
  recorded_by: string;
  recorded_at: CreatedAt;
}

export interface DvSteeringMeetingsTable {
  id: Generated<string>;
  jurisdiction_id: string;
  held_on: string;
  chaired_by: string;
  agenda: string;
  minutes: string | null;
  recorded_by: string;
  recorded_at: CreatedAt;
}

export type DvTables = {
  /** The DV flag this migration adds to care cases. */
  care_cases: CareDatabase['care_cases'] & { dv: ColumnType<boolean, boolean | undefined, boolean> };
  protection_orders: ProtectionOrdersTable;
  protection_order_extensions: ProtectionOrderExtensionsTable;
  dv_reports: DvReportsTable;
  dv_group_members: DvGroupMembersTable;
  dv_group_meetings: DvGroupMeetingsTable;
  dv_steering_meetings: DvSteeringMeetingsTable;
};

export type DvDatabase = Omit<CareDatabase, 'care_cases'> & DvTables;

/** The same connection (or transaction), typed with care's and the DV tables. */
export function dvDb(db: Kysely<Database>): Kysely<DvDatabase> {
  return careDb(db) as unknown as Kysely<DvDatabase>;
}
