import { sql, type Kysely } from 'kysely';
import type { NeedsImportKind } from '@vatra/core';
import type { Database } from '../../db/schema.js';
import { FIGURE_TABLE, needsDb } from './tables.js';

// SQL of the needs analysis: the municipality and its units, writing an import (superseding the
// current rows of the same kind and years), and reading the current figures of a year.

export async function findMunicipality(db: Kysely<Database>, code: string) {
  const row = await db
    .selectFrom('jurisdictions')
    .select(['id', 'code', 'path', 'name', 'country_code'])
    .where('code', '=', code)
    .where('level', '=', 'municipality')
    .executeTakeFirst();
  if (!row) return undefined;
  const units = await db
    .selectFrom('jurisdictions')
    .select(['code', 'name'])
    .where('parent_id', '=', row.id)
    .where('level', '=', 'unit')
    .orderBy('code')
    .execute();
  return { ...row, units };
}

export interface NewImport {
  jurisdictionId: string;
  kind: NeedsImportKind;
  format: 'csv' | 'xlsx';
  fileName: string;
  sha256: string;
  years: number[];
  importedBy: string;
}

export interface FigureInsert {
  unit_code: string | null;
  year: number;
  source: string;
  category: string;
  detail: string;
  value: number;
}

/**
 * Writes an import in the caller's transaction: the rows of the same kind, municipality and
 * years become history (current = false), imports left without current rows are marked
 * superseded by this one, and the new rows go in. Returns the import id and how many earlier
 * imports it superseded.
 */
export async function writeImport(
  trx: Kysely<Database>,
  entry: NewImport,
  rows: FigureInsert[],
): Promise<{ id: string; replaced: number }> {
  const ndb = needsDb(trx);
  const created = await ndb
    .insertInto('needs_imports')
    .values({
      jurisdiction_id: entry.jurisdictionId,
      kind: entry.kind,
      format: entry.format,
      file_name: entry.fileName,
      sha256: entry.sha256,
      row_count: rows.length,
      years: entry.years,
      status: 'current',
      imported_by: entry.importedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const table = FIGURE_TABLE[entry.kind];
  await sql`
    update ${sql.table(table)} set current = false
    where jurisdiction_id = ${entry.jurisdictionId} and current
      and year = any(${sql.val(entry.years)}::int[])
  `.execute(trx);
  const base = (row: FigureInsert) => ({
    import_id: created.id,
    jurisdiction_id: entry.jurisdictionId,
    unit_code: row.unit_code,
    year: row.year,
    source: row.source,
  });
  for (let start = 0; start < rows.length; start += 500) {
    const chunk = rows.slice(start, start + 500);
    if (entry.kind === 'population')
      await ndb
        .insertInto('population_figures')
        .values(
          chunk.map((row) => ({
            ...base(row),
            gender: row.category as 'female' | 'male' | 'all',
            age_band: row.detail,
            count: row.value,
          })),
        )
        .execute();
    else if (entry.kind === 'administrative')
      await ndb
        .insertInto('administrative_figures')
        .values(
          chunk.map((row) => ({
            ...base(row),
            measure: row.category,
            target_group: row.detail,
            value: row.value,
          })),
        )
        .execute();
    else
      await ndb
        .insertInto('staff_counts')
        .values(chunk.map((row) => ({ ...base(row), role: row.category, count: row.value })))
        .execute();
  }
  const superseded = await sql<{ id: string }>`
    update needs_imports i set status = 'superseded', superseded_by = ${created.id}
    where i.jurisdiction_id = ${entry.jurisdictionId} and i.kind = ${entry.kind}
      and i.status = 'current' and i.id <> ${created.id}
      and not exists (select 1 from ${sql.table(table)} f where f.import_id = i.id and f.current)
    returning i.id
  `.execute(trx);
  return { id: created.id, replaced: superseded.rows.length };
}

export async function listImports(db: Kysely<Database>, jurisdictionId: string) {
  return needsDb(db)
    .selectFrom('needs_imports as i')
    .innerJoin('users as u', 'u.id', 'i.imported_by')
    .select([
      'i.id',
      'i.kind',
      'i.format',
      'i.file_name',
      'i.sha256',
      'i.row_count',
      'i.years',
      'i.status',
      'i.imported_at',
      'u.full_name',
    ])
    .select((eb) =>
      eb
        .selectFrom('needs_imports as s')
        .select((inner) => inner.fn.countAll<string>().as('n'))
        .whereRef('s.superseded_by', '=', 'i.id')
        .as('replaced'),
    )
    .where('i.jurisdiction_id', '=', jurisdictionId)
    .orderBy('i.imported_at', 'desc')
    .limit(100)
    .execute();
}

/** The years with current figures of any kind, newest first. */
export async function figureYears(db: Kysely<Database>, jurisdictionId: string) {
  const { rows } = await sql<{ year: number }>`
    select year from population_figures where jurisdiction_id = ${jurisdictionId} and current
    union select year from administrative_figures where jurisdiction_id = ${jurisdictionId} and current
    union select year from staff_counts where jurisdiction_id = ${jurisdictionId} and current
    order by year desc
  `.execute(db);
  return rows.map((row) => Number(row.year));
}

export async function currentFigures(db: Kysely<Database>, jurisdictionId: string, year: number) {
  const ndb = needsDb(db);
  const [population, administrative, staff] = await Promise.all([
    ndb
      .selectFrom('population_figures')
      .select(['unit_code', 'gender', 'age_band', 'count'])
      .where('jurisdiction_id', '=', jurisdictionId)
      .where('year', '=', year)
      .where('current', '=', true)
      .orderBy('id')
      .execute(),
    ndb
      .selectFrom('administrative_figures')
      .select(['unit_code', 'measure', 'value', 'source'])
      .where('jurisdiction_id', '=', jurisdictionId)
      .where('year', '=', year)
      .where('current', '=', true)
      .orderBy('id')
      .execute(),
    ndb
      .selectFrom('staff_counts')
      .select(['unit_code', 'role', 'count'])
      .where('jurisdiction_id', '=', jurisdictionId)
      .where('year', '=', year)
      .where('current', '=', true)
      .orderBy('id')
      .execute(),
  ]);
  return { population, administrative, staff };
}
