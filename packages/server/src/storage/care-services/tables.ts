import type { ColumnType, Generated, Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { caseDb, type CaseDatabase } from '../cases/tables.js';

// Kysely's view of migrations/0012_care_services.sql (and the two columns of 0011's care_cases
// and care_events it reads and writes). Keep them in step.

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export type ProviderKind = 'public' | 'ngo' | 'private';
export type FundingSource =
  'municipality' | 'ministry' | 'social_fund' | 'housing_fund' | 'donor' | 'user_fees';
export type EnrolmentStatus = 'waiting' | 'active' | 'ended';
export type EndReason =
  'completed' | 'moved' | 'deceased' | 'declined' | 'no_longer_eligible' | 'withdrawn' | 'other';
export type ApprovalListStatus = 'draft' | 'submitted' | 'decided';

export interface CareProvidersTable {
  id: Generated<string>;
  jurisdiction_id: string;
  name: string;
  kind: ProviderKind;
  licence_number: string | null;
  licence_valid_until: string | null;
  settlement: string;
  address: string | null;
  funding_source: FundingSource;
  funding_note: string | null;
  active: Generated<boolean>;
  created_by: string | null;
  created_at: CreatedAt;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface CareProviderServicesTable {
  id: Generated<string>;
  provider_id: string;
  service_code: string;
  capacity: number;
  place: string | null;
  active: Generated<boolean>;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface CareEnrolmentsTable {
  id: Generated<string>;
  jurisdiction_id: string;
  person_id: string;
  care_case_id: string | null;
  provider_service_id: string;
  status: EnrolmentStatus;
  requested_on: string;
  queued_at: Timestamp;
  started_on: string | null;
  ended_on: string | null;
  end_reason: EndReason | null;
  end_note: string | null;
  approval_item_id: string | null;
  created_by: string;
  created_at: CreatedAt;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface CouncilApprovalListsTable {
  id: Generated<string>;
  jurisdiction_id: string;
  title: string;
  status: ApprovalListStatus;
  submitted_at: NullableTimestamp;
  council_decision_number: string | null;
  council_decision_date: string | null;
  created_by: string;
  created_at: CreatedAt;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface CouncilApprovalItemsTable {
  id: Generated<string>;
  list_id: string;
  position: number;
  person_id: string;
  care_case_id: string | null;
  service_code: string;
  provider_service_id: string | null;
  proposal_note: string | null;
  decision: 'approved' | 'rejected' | null;
  decision_reason: string | null;
}

export interface CouncilApprovalItemDocumentsTable {
  item_id: string;
  document_id: string;
}

/** The columns of 0011's care cases this area reads (the care-cases area owns the table). */
export interface CareCaseRefTable {
  id: string;
  number: string;
  jurisdiction_id: string;
  person_id: string;
  sensitivity: string;
  status: string;
}

/** 0011's care timeline: an enrolment of a care case's person writes an event there. */
export interface CareEventsRefTable {
  id: Generated<string>;
  care_case_id: string;
  kind: string;
  at: Generated<Date>;
  actor_id: string | null;
  institution_id: string | null;
  details: ColumnType<unknown, string | undefined, string>;
}

export type CareServiceTables = {
  care_providers: CareProvidersTable;
  care_provider_services: CareProviderServicesTable;
  care_enrolments: CareEnrolmentsTable;
  council_approval_lists: CouncilApprovalListsTable;
  council_approval_items: CouncilApprovalItemsTable;
  council_approval_item_documents: CouncilApprovalItemDocumentsTable;
  care_cases: CareCaseRefTable;
  care_events: CareEventsRefTable;
};

export type CareServiceDatabase = CaseDatabase & CareServiceTables;

/** The same connection (or transaction), typed with the registry's, documents' and this area's tables. */
export function careServiceDb(db: Kysely<Database>): Kysely<CareServiceDatabase> {
  return caseDb(db).withTables<CareServiceTables>();
}
