import type {
  CareChannel,
  CareEvaluation,
  CareLevel,
  CareReceivedBy,
  CareReferralStatus,
  CareStatus,
  CareRiskLevel,
  Sensitivity,
} from '@vatra/core';
import type { ColumnType, Generated, Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { caseDb, type CaseDatabase } from '../cases/tables.js';

// Kysely's view of migrations/0011_care_cases.sql. Keep the two in step.

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
/** jsonb: read as parsed JSON, written as a JSON string. */
type Json<T> = ColumnType<T, string | undefined, string>;

export interface CareCasesTable {
  id: Generated<string>;
  number: string;
  jurisdiction_id: string;
  person_id: string;
  household_id: string | null;
  channel: CareChannel;
  /** migrations/0020_care_received_by.sql: in person, by phone, in writing, by email. */
  received_by: ColumnType<CareReceivedBy, CareReceivedBy | undefined, CareReceivedBy>;
  referring_institution_id: string | null;
  referring_party: string | null;
  returnee: boolean;
  returnee_case_id: string | null;
  target_groups: ColumnType<string[], string[] | undefined, string[]>;
  risk_level: CareRiskLevel | null;
  sensitivity: ColumnType<Sensitivity, Sensitivity | undefined, Sensitivity>;
  status: CareStatus;
  responsible_institution_id: string;
  worker_id: string | null;
  opened_by: string;
  opened_at: CreatedAt;
  closed_at: NullableTimestamp;
  closure_reason: string | null;
  summary: string | null;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface CareTeamTable {
  care_case_id: string;
  user_id: string;
  role: 'opener' | 'worker' | 'member';
  added_at: CreatedAt;
}

export interface CareAssessmentsTable {
  id: Generated<string>;
  care_case_id: string;
  form_key: string;
  form_version: number;
  data: Json<Record<string, unknown>>;
  risk_level: CareRiskLevel;
  institution_id: string;
  assessed_by: string;
  assessed_at: CreatedAt;
}

export interface CarePlansTable {
  id: Generated<string>;
  care_case_id: string;
  plan_version: number;
  status: 'active' | 'superseded';
  goal: string;
  review_on: string | null;
  created_by: string;
  created_at: CreatedAt;
}

export interface CarePlanItemsTable {
  id: Generated<string>;
  plan_id: string;
  position: number;
  service_code: string;
  level: CareLevel;
  responsible_institution_id: string | null;
  target_date: string | null;
  status: ColumnType<
    'planned' | 'in_progress' | 'done' | 'cancelled',
    'planned' | 'in_progress' | 'done' | 'cancelled' | undefined,
    'planned' | 'in_progress' | 'done' | 'cancelled'
  >;
  note: string | null;
}

export interface CareReferralsTable {
  id: Generated<string>;
  care_case_id: string;
  plan_item_id: string | null;
  service_code: string;
  level: CareLevel;
  to_institution_id: string | null;
  provider_id: string | null;
  reason: string;
  status: ColumnType<CareReferralStatus, CareReferralStatus | undefined, CareReferralStatus>;
  sent_by: string;
  sent_at: CreatedAt;
  answered_by: string | null;
  answered_at: NullableTimestamp;
  decline_reason: string | null;
  evaluation: CareEvaluation | null;
  evaluation_note: string | null;
  followed_up_by: string | null;
  followed_up_at: NullableTimestamp;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface CareEventsTable {
  id: Generated<string>;
  care_case_id: string;
  kind: string;
  at: CreatedAt;
  actor_id: string | null;
  institution_id: string | null;
  details: Json<Record<string, unknown>>;
}

export type CareTables = {
  care_cases: CareCasesTable;
  care_team: CareTeamTable;
  care_assessments: CareAssessmentsTable;
  care_plans: CarePlansTable;
  care_plan_items: CarePlanItemsTable;
  care_referrals: CareReferralsTable;
  care_events: CareEventsTable;
};

export type CareDatabase = CaseDatabase & CareTables;

/** The same connection (or transaction), typed with the registry's, the cases' and care's tables. */
export function careDb(db: Kysely<Database>): Kysely<CareDatabase> {
  return caseDb(db).withTables<CareTables>();
}
