import type { ColumnType, Generated, Kysely } from 'kysely';
import type { DocumentType } from '@vatra/core';
import type { Database } from '../../db/schema.js';
import type { RegistryTables } from '../registry/tables.js';

// Kysely's view of migrations/0003_cases.sql. Keep the two in step.

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
/** jsonb: read as parsed JSON, written as a JSON string. */
type Json<T> = ColumnType<T, string | undefined, string>;

export type CaseKind = 'returnee' | 'foreigner';
export type CaseStage = 'registered' | 'visited' | 'assessed' | 'planned' | 'monitoring' | 'closed';
export type CaseStatus = 'open' | 'closed';
export type CaseOutcome = 'sustainable_reintegration' | 'moved' | 're_emigrated' | 'deceased' | 'other';

export interface NumberSequencesTable {
  series: string;
  year: number;
  last_value: number;
}

export interface ClosureRecord {
  evaluation: string;
  coordinatorId: string | null;
  coordinatorName: string | null;
  planAchieved: 'fully' | 'partly' | 'not';
  note: string | null;
  movedToJurisdictionId: string | null;
}

export interface CasesTable {
  id: Generated<string>;
  number: string;
  jurisdiction_id: string;
  household_id: string;
  person_id: string;
  kind: CaseKind;
  clock_start: Timestamp;
  visit_due_at: Timestamp;
  closure_due_on: string;
  stage: CaseStage;
  status: Generated<CaseStatus>;
  sensitivity: Generated<'normal' | 'sensitive' | 'restricted'>;
  case_manager_id: string | null;
  outcome: CaseOutcome | null;
  closed_at: NullableTimestamp;
  closed_by: string | null;
  closure: ColumnType<ClosureRecord | null, string | null | undefined, string | null>;
  transferred_from: string | null;
  transferred_to: string | null;
  reopened_count: Generated<number>;
  rent_fund_since: string | null;
  rent_reviewed_on: string | null;
  registered_by: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export type TeamRole = 'registrar' | 'visit' | 'case_manager' | 'member';

export interface CaseTeamTable {
  case_id: string;
  user_id: string;
  role: TeamRole;
  added_at: CreatedAt;
}

export interface VisitTeamMember {
  institutionId: string | null;
  name: string;
}

export interface CaseVisitsTable {
  id: Generated<string>;
  case_id: string;
  visited_at: Timestamp;
  outcome: 'completed' | 'not_found' | 'postponed';
  team: Json<VisitTeamMember[]>;
  notes: string | null;
  recorded_by: string;
  created_at: CreatedAt;
}

export interface StoredNeed {
  domain: string;
  priority: 'high' | 'medium' | 'low';
  note?: string;
  path: string;
  section: string;
  field: string;
  member?: string;
}

export interface FormSubmissionsTable {
  id: Generated<string>;
  case_id: string;
  form_key: string;
  form_version: number;
  series_id: string;
  revision: Generated<number>;
  data: Json<Record<string, unknown>>;
  needs: Json<StoredNeed[]>;
  submitted_by: string;
  submitted_at: CreatedAt;
}

export interface CasePlansTable {
  id: Generated<string>;
  case_id: string;
  person_id: string | null;
  plan_type: 'PIR' | 'PII';
  plan_version: number;
  status: 'draft' | 'approved' | 'superseded';
  goal: string | null;
  created_by: string;
  created_at: CreatedAt;
  approved_by: string | null;
  approved_at: NullableTimestamp;
  version: Generated<number>;
  updated_at: Timestamp;
}

export type PlanItemStatus = 'planned' | 'in_progress' | 'done' | 'cancelled';

export interface CasePlanItemsTable {
  id: Generated<string>;
  plan_id: string;
  position: number;
  service_code: string;
  need_path: string | null;
  domain: string;
  priority: 'high' | 'medium' | 'low';
  responsible_institution_id: string | null;
  target_date: string | null;
  status: Generated<PlanItemStatus>;
  note: string | null;
}

export interface CaseManagerAssignmentsTable {
  id: Generated<string>;
  case_id: string;
  user_id: string;
  decision_number: string;
  decision_date: string;
  reason: string | null;
  appointed_by: string;
  appointed_at: CreatedAt;
  ended_at: NullableTimestamp;
}

export type ReferralStatus = 'sent' | 'received' | 'accepted' | 'declined' | 'completed' | 'withdrawn';

export interface ReferralsTable {
  id: Generated<string>;
  case_id: string;
  person_id: string | null;
  to_institution_id: string;
  from_institution_id: string;
  plan_item_id: string | null;
  service_code: string | null;
  reason: string;
  status: Generated<ReferralStatus>;
  sent_by: string;
  sent_at: CreatedAt;
  received_by: string | null;
  received_at: NullableTimestamp;
  answered_by: string | null;
  answered_at: NullableTimestamp;
  decline_reason: string | null;
  completed_at: NullableTimestamp;
  feedback: string | null;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface MonitoringEntriesTable {
  id: Generated<string>;
  case_id: string;
  period: string;
  submission_id: string;
  received_nothing: boolean;
  created_by: string;
  created_at: CreatedAt;
}

export interface CertificatesTable {
  id: Generated<string>;
  case_id: string;
  person_id: string;
  number: string;
  issued_on: string;
  issued_by: string;
  created_at: CreatedAt;
}

export type { DocumentType };

export interface DocumentsTable {
  id: Generated<string>;
  jurisdiction_id: string;
  case_id: string | null;
  person_id: string | null;
  /** Evidence of an action plan's indicator value (migrations/0005_action_plans.sql). */
  action_plan_id: Generated<string | null>;
  /** A document of a social-care case (migrations/0019_care_documents.sql); no person, no case then. */
  care_case_id: Generated<string | null>;
  submission_id: string | null;
  doc_type: DocumentType;
  series_id: string;
  revision: Generated<number>;
  file_name: string;
  content_type: 'application/pdf' | 'image/jpeg' | 'image/png';
  size_bytes: ColumnType<string, number | string, never>;
  sha256: string;
  storage_key: string;
  note: string | null;
  uploaded_by: string;
  uploaded_at: CreatedAt;
}

export interface CaseEventsTable {
  id: Generated<string>;
  case_id: string;
  person_id: string | null;
  kind: string;
  at: CreatedAt;
  actor_id: string | null;
  institution_id: string | null;
  details: Json<Record<string, unknown>>;
}

export type CaseTables = {
  number_sequences: NumberSequencesTable;
  cases: CasesTable;
  case_team: CaseTeamTable;
  case_visits: CaseVisitsTable;
  form_submissions: FormSubmissionsTable;
  case_plans: CasePlansTable;
  case_plan_items: CasePlanItemsTable;
  case_manager_assignments: CaseManagerAssignmentsTable;
  referrals: ReferralsTable;
  monitoring_entries: MonitoringEntriesTable;
  certificates: CertificatesTable;
  documents: DocumentsTable;
  case_events: CaseEventsTable;
};

export type CaseDatabase = Database & RegistryTables & CaseTables;

/** The same connection (or transaction), typed with the registry's and the case path's tables. */
export function caseDb(db: Kysely<Database>): Kysely<CaseDatabase> {
  return db.withTables<RegistryTables & CaseTables>();
}
