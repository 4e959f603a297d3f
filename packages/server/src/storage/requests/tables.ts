import type { ColumnType, Generated, Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { caseDb, type CaseDatabase } from '../cases/tables.js';

// Kysely's view of migrations/0007_requests.sql. Keep the two in step.

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
/** numeric: read as a string (exact), written as a number or string. */
type Numeric = ColumnType<string | null, number | string | null | undefined, number | string | null>;

export type RequestStatus =
  'draft' | 'submitted' | 'under_review' | 'decided' | 'appealed' | 'appeal_decided' | 'withdrawn';
export type DecisionOutcome = 'approved' | 'partly_approved' | 'rejected';
export type AppealOutcome = 'upheld' | 'overturned' | 'returned';
export type Currency = 'EUR' | 'ALL';

export interface RequestsTable {
  id: Generated<string>;
  number: string;
  jurisdiction_id: string;
  case_id: string;
  person_id: string;
  household_id: string;
  scheme_code: string;
  deciding_type: string;
  deciding_institution_id: string | null;
  executing_type: string | null;
  appeal_window_days: Generated<number>;
  appeal_decision_days: Generated<number>;
  call_id: string | null;
  status: RequestStatus;
  description: string;
  amount_requested: Numeric;
  currency: Currency | null;
  filed_by: string;
  created_at: CreatedAt;
  submitted_at: NullableTimestamp;
  decision_due_on: string | null;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface RequestDocumentsTable {
  request_id: string;
  requirement: string;
  document_id: string | null;
  waived_reason: string | null;
  recorded_by: string;
  recorded_at: Timestamp;
}

export interface CommissionMeetingsTable {
  id: Generated<string>;
  institution_id: string;
  number: string;
  held_on: string;
  place: string | null;
  status: 'planned' | 'held' | 'closed';
  quorum: number;
  minutes: string | null;
  created_by: string;
  created_at: CreatedAt;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface CommissionMeetingMembersTable {
  meeting_id: string;
  user_id: string;
  role: 'chair' | 'member' | 'secretary';
  present: Generated<boolean>;
}

export interface CommissionAgendaItemsTable {
  id: Generated<string>;
  meeting_id: string;
  position: number;
  request_id: string;
  appeal_id: string | null;
}

export interface CommissionVotesTable {
  item_id: string;
  user_id: string;
  vote: 'for' | 'against' | 'abstain' | 'excluded';
  conflict_declared: Generated<boolean>;
  recorded_at: Timestamp;
}

export interface RequestDecisionsTable {
  id: Generated<string>;
  request_id: string;
  number: string;
  institution_id: string;
  meeting_item_id: string | null;
  outcome: DecisionOutcome;
  amount: Numeric;
  currency: Currency | null;
  reasons: string;
  decided_on: string;
  notified_on: string | null;
  appeal_due_on: string | null;
  decided_by: string;
  created_at: CreatedAt;
}

export interface RequestAppealsTable {
  id: Generated<string>;
  request_id: string;
  decision_id: string;
  filed_on: string;
  grounds: string;
  status: 'filed' | 'decided';
  decision_due_on: string;
  outcome: AppealOutcome | null;
  outcome_reasons: string | null;
  decided_on: string | null;
  meeting_item_id: string | null;
  filed_by: string;
  created_at: CreatedAt;
}

export interface RequestExecutionsTable {
  request_id: string;
  decision_id: string;
  institution_id: string;
  status: 'in_progress' | 'completed';
  started_on: string;
  progress_note: string | null;
  completed_on: string | null;
  actual_cost: Numeric;
  currency: Currency | null;
  recorded_by: string;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface BenefitsTable {
  id: Generated<string>;
  jurisdiction_id: string;
  person_id: string;
  household_id: string;
  case_id: string | null;
  request_id: string | null;
  scheme_code: string;
  granted_on: string;
  granted_by_institution_id: string;
  amount: Numeric;
  currency: Currency | null;
  description: string | null;
  created_at: CreatedAt;
}

export type RequestTables = {
  requests: RequestsTable;
  request_documents: RequestDocumentsTable;
  commission_meetings: CommissionMeetingsTable;
  commission_meeting_members: CommissionMeetingMembersTable;
  commission_agenda_items: CommissionAgendaItemsTable;
  commission_votes: CommissionVotesTable;
  request_decisions: RequestDecisionsTable;
  request_appeals: RequestAppealsTable;
  request_executions: RequestExecutionsTable;
  benefits: BenefitsTable;
};

export type RequestDatabase = CaseDatabase & RequestTables;

/** The same connection (or transaction), typed with the case path's and the requests' tables. */
export function requestDb(db: Kysely<Database>): Kysely<RequestDatabase> {
  return caseDb(db).withTables<RequestTables>();
}
