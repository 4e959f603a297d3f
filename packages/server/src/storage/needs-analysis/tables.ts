import type { ColumnType, Generated, Kysely } from 'kysely';
import type { NeedsImportKind } from '@vatra/core';
import type { Database } from '../../db/schema.js';

// Kysely's view of migrations/0013_needs_analysis.sql. Keep the two in step.

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
/** numeric: read as a string (exact), written as a number or string. */
type Numeric = ColumnType<string, number | string, number | string>;
type Identity = ColumnType<string, never, never>;

export interface NeedsImportsTable {
  id: Generated<string>;
  jurisdiction_id: string;
  kind: NeedsImportKind;
  format: 'csv' | 'xlsx';
  file_name: string;
  sha256: string;
  row_count: number;
  years: number[];
  status: 'current' | 'superseded';
  superseded_by: string | null;
  imported_by: string;
  imported_at: CreatedAt;
}

interface FigureColumns {
  id: Identity;
  import_id: string;
  jurisdiction_id: string;
  unit_code: string | null;
  year: number;
  source: string;
  current: Generated<boolean>;
}

export interface PopulationFiguresTable extends FigureColumns {
  gender: 'female' | 'male' | 'all';
  age_band: string;
  count: number;
}

export interface AdministrativeFiguresTable extends FigureColumns {
  target_group: string;
  measure: string;
  value: Numeric;
}

export interface StaffCountsTable extends FigureColumns {
  role: string;
  count: number;
}

export type NeedsTables = {
  needs_imports: NeedsImportsTable;
  population_figures: PopulationFiguresTable;
  administrative_figures: AdministrativeFiguresTable;
  staff_counts: StaffCountsTable;
};

export type NeedsDatabase = Database & NeedsTables;

/** The same connection (or transaction), typed with the needs-analysis tables. */
export function needsDb(db: Kysely<Database>): Kysely<NeedsDatabase> {
  return db.withTables<NeedsTables>();
}

/** The figure table each import kind fills. */
export const FIGURE_TABLE = {
  population: 'population_figures',
  administrative: 'administrative_figures',
  staff: 'staff_counts',
} as const satisfies Record<NeedsImportKind, keyof NeedsTables>;
