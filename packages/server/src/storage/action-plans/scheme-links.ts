import type { ColumnType, Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { requestDb, type RequestDatabase } from '../requests/tables.js';
import type { ActionPlanTables } from './tables.js';

// Kysely's view of migrations/0010_plan_scheme_links.sql. Keep the two in step.

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface ActionPlanSchemeLinksTable {
  plan_id: string;
  row_id: string;
  scheme_code: string;
  linked_by: string;
  linked_at: CreatedAt;
}

export interface RequestDecisionLettersTable {
  decision_id: string;
  reference: string;
  letter_document_id: string;
  recorded_by: string;
  recorded_at: CreatedAt;
}

export type SchemeLinkTables = {
  action_plan_scheme_links: ActionPlanSchemeLinksTable;
  request_decision_letters: RequestDecisionLettersTable;
};

export type SchemeLinkDatabase = RequestDatabase & ActionPlanTables & SchemeLinkTables;

/** The same connection (or transaction), typed with requests, plans and the tables of 0010. */
export function schemeLinkDb(db: Kysely<Database>): Kysely<SchemeLinkDatabase> {
  return requestDb(db).withTables<ActionPlanTables & SchemeLinkTables>();
}
