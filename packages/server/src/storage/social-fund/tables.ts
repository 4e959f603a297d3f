import type { ColumnType, Generated, Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { careServiceDb, type CareServiceDatabase } from '../care-services/tables.js';

// Kysely's view of migrations/0018_social_fund.sql. Keep them in step. Amounts are numeric: they
// come back as strings (db/open.ts) and go in as numbers.

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Money = ColumnType<string, number | string, number | string>;
type NullableMoney = ColumnType<string | null, number | string | null | undefined, number | string | null>;

export type SocialFundStatus = 'draft' | 'submitted' | 'approved' | 'rejected';
export type SubsidySource =
  'municipality' | 'mayor_office' | 'ministry_project' | 'donor' | 'co_financing' | 'service_fees';
export type Currency = 'EUR' | 'ALL';

export interface SocialFundRequestsTable {
  id: Generated<string>;
  jurisdiction_id: string;
  year: number;
  service_code: string;
  provider_id: string | null;
  currency: Currency;
  municipal_amount: Money;
  requested_amount: Money;
  status: Generated<SocialFundStatus>;
  submitted_on: string | null;
  approved_amount: NullableMoney;
  decision_number: string | null;
  decision_date: string | null;
  rejection_reason: string | null;
  note: string | null;
  created_by: string;
  created_at: CreatedAt;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface CareSubsidiesTable {
  id: Generated<string>;
  jurisdiction_id: string;
  year: number;
  provider_id: string | null;
  recipient_name: string | null;
  source: SubsidySource;
  source_name: string | null;
  currency: Currency;
  amount: Money;
  period_from: string;
  period_to: string;
  purpose: string;
  service_code: string | null;
  beneficiaries_planned: number | null;
  beneficiaries_reached: number | null;
  reporting_obligations: string | null;
  created_by: string;
  created_at: CreatedAt;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface CareSubsidyReportsTable {
  id: Generated<string>;
  subsidy_id: string;
  received_on: string;
  note: string;
  recorded_by: string;
  created_at: CreatedAt;
}

export type SocialFundTables = {
  social_fund_requests: SocialFundRequestsTable;
  care_subsidies: CareSubsidiesTable;
  care_subsidy_reports: CareSubsidyReportsTable;
};

export type SocialFundDatabase = CareServiceDatabase & SocialFundTables;

/** The same connection (or transaction), typed with the providers' and this area's tables. */
export function socialFundDb(db: Kysely<Database>): Kysely<SocialFundDatabase> {
  return careServiceDb(db).withTables<SocialFundTables>();
}
