import type { ColumnType, Generated, Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { careDb, type CareDatabase } from '../care/tables.js';

// Kysely's view of migrations/0016_child_protection.sql. Keep the two in step.

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
/** A date column: read as 'YYYY-MM-DD' (the pg date parser is set to keep text). */
type DateText = ColumnType<string, string, string>;
/** jsonb: read as parsed JSON, written as a JSON string. */
type Json<T> = ColumnType<T, string, string>;

export type ChildPlanStatus = 'draft' | 'approved' | 'superseded';

export interface ChildProtectionPlansTable {
  id: Generated<string>;
  care_case_id: string;
  plan_number: number;
  status: ChildPlanStatus;
  goals: Json<string[]>;
  measures: Json<{ measure: string; responsible: string; dueOn: string | null }[]>;
  supervised_by: string;
  created_by: string;
  created_at: CreatedAt;
  approved_by: string | null;
  approved_at: NullableTimestamp;
  version: Generated<number>;
}

export interface ChildGroupMembersTable {
  id: Generated<string>;
  care_case_id: string;
  institution_id: string;
  user_id: string | null;
  role: string;
  added_by: string;
  added_at: CreatedAt;
}

export interface ChildGroupMeetingsTable {
  id: Generated<string>;
  care_case_id: string;
  held_on: DateText;
  decisions: string;
  recorded_by: string;
  recorded_at: CreatedAt;
}

export interface ChildAgencyReportsTable {
  id: Generated<string>;
  care_case_id: string;
  period: number;
  due_on: DateText;
  submitted_on: DateText;
  summary: string;
  submitted_by: string;
  submitted_at: CreatedAt;
}

export interface ProceduralRepresentativesTable {
  id: Generated<string>;
  jurisdiction_id: string;
  year: number;
  full_name: string;
  institution: string;
  qualification: string;
  appointed_on: DateText;
  added_by: string;
  added_at: CreatedAt;
}

export type CareChildTables = {
  child_protection_plans: ChildProtectionPlansTable;
  child_group_members: ChildGroupMembersTable;
  child_group_meetings: ChildGroupMeetingsTable;
  child_agency_reports: ChildAgencyReportsTable;
  procedural_representatives: ProceduralRepresentativesTable;
};

export type CareChildDatabase = CareDatabase & CareChildTables;

/** The same connection (or transaction), typed with care's and child protection's tables. */
export function careChildDb(db: Kysely<Database>): Kysely<CareChildDatabase> {
  return careDb(db).withTables<CareChildTables>();
}
