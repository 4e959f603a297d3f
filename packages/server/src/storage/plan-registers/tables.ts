import type { ColumnType, Generated, Kysely } from 'kysely';
import type { PlanRegisterKind } from '@vatra/core';
import type { Database } from '../../db/schema.js';
import { planDb, type ActionPlanDatabase } from '../action-plans/tables.js';

// Kysely's view of migrations/0006_plan_registers.sql. Keep the two in step.

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
/** jsonb: read as parsed JSON, written as a JSON string. */
type Json<T> = ColumnType<T, string, string>;

/**
 * An entry's content as stored: the kind's fields (validated by its zod schema when written)
 * without the case links, which are rows of plan_register_cases.
 */
export type StoredRegisterData = { kind: PlanRegisterKind } & Record<string, unknown>;

export interface PlanRegisterEntriesTable {
  id: Generated<string>;
  plan_id: string;
  kind: PlanRegisterKind;
  data: Json<StoredRegisterData>;
  version: Generated<number>;
  archived_at: NullableTimestamp;
  archived_by: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface PlanRegisterCasesTable {
  entry_id: string;
  case_id: string;
}

export type PlanRegisterTables = {
  plan_register_entries: PlanRegisterEntriesTable;
  plan_register_cases: PlanRegisterCasesTable;
};

export type PlanRegisterDatabase = ActionPlanDatabase & PlanRegisterTables;

/** The same connection (or transaction), typed with the plans' tables and their registers. */
export function registerDb(db: Kysely<Database>): Kysely<PlanRegisterDatabase> {
  return planDb(db).withTables<PlanRegisterTables>();
}
