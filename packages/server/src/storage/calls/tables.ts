import type { ColumnType, Generated, Kysely } from 'kysely';
import type { LocalizedText } from '@vatra/core';
import type { Database } from '../../db/schema.js';
import { requestDb, type Currency, type RequestDatabase } from '../requests/tables.js';

// Kysely's view of migrations/0008_calls.sql. Keep the two in step.

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
/** jsonb: read as parsed JSON, written as a JSON string. */
type Json<T> = ColumnType<T, string | undefined, string>;
/** numeric: read as a string (exact), written as a number or string. */
type Numeric = ColumnType<string, number | string, number | string>;

export type CallStatus = 'draft' | 'open' | 'closed' | 'ranked';
/** manual: ticked by the officer; the others are computed from the applicant's case and person. */
export type CriterionKind = 'manual' | 'returnee' | 'foreigner' | 'female_head';

export interface StoredCriterion {
  code: string;
  name: LocalizedText;
  points: number;
  kind: CriterionKind;
}

export interface StoredScoreLine {
  criterion: string;
  points: number;
  met: boolean;
}

export interface CallsTable {
  id: Generated<string>;
  number: string;
  jurisdiction_id: string;
  institution_id: string;
  scheme_code: string;
  title: string;
  description: Generated<string>;
  opens_on: string;
  closes_on: string;
  budget: Numeric;
  currency: Currency;
  status: CallStatus;
  criteria: Json<StoredCriterion[]>;
  created_by: string;
  created_at: CreatedAt;
  opened_at: NullableTimestamp;
  closed_at: NullableTimestamp;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface CallApplicationScoresTable {
  request_id: string;
  call_id: string;
  breakdown: Json<StoredScoreLine[]>;
  total_points: number;
  note: string | null;
  scored_by: string;
  scored_at: Timestamp;
  version: Generated<number>;
}

export type CallTables = {
  calls: CallsTable;
  call_application_scores: CallApplicationScoresTable;
};

export type CallDatabase = RequestDatabase & CallTables;

/** The same connection (or transaction), typed with the case path's, requests' and calls' tables. */
export function callDb(db: Kysely<Database>): Kysely<CallDatabase> {
  return requestDb(db).withTables<CallTables>();
}
