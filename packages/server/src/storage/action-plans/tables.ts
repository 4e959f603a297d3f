import type { ColumnType, Generated, Kysely } from 'kysely';
import type { PlanFile } from '@vatra/core';
import type { Database } from '../../db/schema.js';
import { caseDb, type CaseDatabase } from '../cases/tables.js';

// Kysely's view of migrations/0005_action_plans.sql. Keep the two in step.

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
/** A date column: read as "YYYY-MM-DD" (see db/open.ts), written as the same. */
type DateColumn = ColumnType<string, string, string>;
/** numeric: read as a string (exact), written as a number or string. */
type Numeric = ColumnType<string, number | string, number | string>;
type Json<T> = ColumnType<T, string, string>;

export type ActionPlanStatus = 'draft' | 'adopted' | 'in_implementation' | 'evaluated';
export type ActionPlanOrigin = 'shipped' | 'imported' | 'copied';

export interface ActionPlansTable {
  id: Generated<string>;
  key: string;
  jurisdiction_id: string;
  status: ActionPlanStatus;
  content: Json<PlanFile>;
  origin: ActionPlanOrigin;
  copied_from: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface ActionPlanVersionsTable {
  plan_id: string;
  version: number;
  content: Json<PlanFile>;
  change: string;
  changed_by: string | null;
  changed_at: CreatedAt;
}

export interface ActionPlanIndicatorLinksTable {
  plan_id: string;
  indicator_id: string;
  definition_key: string;
  linked_by: string | null;
  linked_at: Timestamp;
}

export interface ActionPlanIndicatorValuesTable {
  id: Generated<string>;
  plan_id: string;
  indicator_id: string;
  period_start: DateColumn;
  period_end: DateColumn;
  value: Numeric;
  note: string | null;
  evidence_document_id: string | null;
  recorded_by: string;
  recorded_at: CreatedAt;
}

export interface ActionPlanSpendingTable {
  id: Generated<string>;
  plan_id: string;
  row_id: string;
  year: number;
  funding_source: string;
  amount: Numeric;
  currency: 'EUR' | 'ALL';
  spent_on: DateColumn;
  note: string | null;
  recorded_by: string;
  recorded_at: CreatedAt;
}

export interface ActionPlanStepsDoneTable {
  plan_id: string;
  step_id: string;
  year: number;
  done_on: DateColumn;
  note: string | null;
  recorded_by: string;
  recorded_at: CreatedAt;
}

export interface ActionPlanAnalysesTable {
  id: Generated<string>;
  plan_id: string;
  period_start: DateColumn;
  period_end: DateColumn;
  challenges: string;
  recommendations: string;
  written_by: string;
  written_at: CreatedAt;
}

export type RowProgressStatus = 'not_started' | 'in_progress' | 'done' | 'cancelled';

export interface ActionPlanRowProgressTable {
  id: Generated<string>;
  plan_id: string;
  row_id: string;
  status: RowProgressStatus;
  note: string | null;
  recorded_by: string;
  recorded_at: CreatedAt;
}

export type ActionPlanTables = {
  action_plan_row_progress: ActionPlanRowProgressTable;
  action_plans: ActionPlansTable;
  action_plan_versions: ActionPlanVersionsTable;
  action_plan_indicator_links: ActionPlanIndicatorLinksTable;
  action_plan_indicator_values: ActionPlanIndicatorValuesTable;
  action_plan_spending: ActionPlanSpendingTable;
  action_plan_steps_done: ActionPlanStepsDoneTable;
  action_plan_analyses: ActionPlanAnalysesTable;
};

export type ActionPlanDatabase = CaseDatabase & ActionPlanTables;

/** The same connection (or transaction), typed with the case path's and the action plans' tables. */
export function planDb(db: Kysely<Database>): Kysely<ActionPlanDatabase> {
  return caseDb(db).withTables<ActionPlanTables>();
}
