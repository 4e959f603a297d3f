import type { ColumnType, Generated, Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { requestDb, type RequestDatabase } from '../requests/tables.js';

// Kysely's view of migrations/0009_scheme_reports.sql. Keep the two in step.

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface SchemeReportRecommendationsTable {
  id: Generated<string>;
  jurisdiction_id: string;
  year: number;
  quarter: number;
  scheme_code: string | null;
  version: number;
  text: string;
  entered_by: string;
  entered_at: CreatedAt;
}

export type SchemeReportTables = {
  scheme_report_recommendations: SchemeReportRecommendationsTable;
};

export type SchemeReportDatabase = RequestDatabase & SchemeReportTables;

/** The same connection (or transaction), typed with the request tables and the report's own. */
export function schemeReportDb(db: Kysely<Database>): Kysely<SchemeReportDatabase> {
  return requestDb(db).withTables<SchemeReportTables>();
}
