import {
  MEASURES,
  MEASURE_CODES,
  NEEDS_GENDERS,
  NEEDS_IMPORT_KINDS,
  TOTAL_BAND,
  staffingLines,
  summarizePopulation,
  targetGroups,
  type CountryConfig,
  type LocalizedText,
  type NeedsAnalysis,
  type NeedsAnalysisQuery,
  type NeedsImportSummary,
  type NeedsVocabulary,
} from '@vatra/core';
import type { AccessContext } from '../access/context.js';
import { currentFigures, figureYears, listImports } from '../../storage/needs-analysis/queries.js';
import { needsPlace, type NeedsPlace } from './place.js';
import { sampleCsv } from './templates.js';
import { asGender } from './validate.js';

// The analysis of one municipality and year, computed on request from the current imported
// rows by the pure functions of core/needs (so a test can recompute it independently). The
// figures are aggregates, not personal data, so reading them is not audited; imports are.

function unitNames(place: NeedsPlace) {
  return (unit: string): LocalizedText[] =>
    unit
      .split('+')
      .map((code) => place.units.find((u) => u.code === code)?.name ?? { sq: code, sr: code, en: code });
}

export async function needsAnalysisOf(
  access: AccessContext,
  countries: readonly CountryConfig[],
  query: NeedsAnalysisQuery,
): Promise<NeedsAnalysis> {
  const place = await needsPlace(access, countries, query.municipality);
  const years = await figureYears(access.db, place.id);
  const year = query.year ?? years[0] ?? null;
  const figures =
    year === null
      ? { population: [], administrative: [], staff: [] }
      : await currentFigures(access.db, place.id, year);
  const population = figures.population.length
    ? summarizePopulation(
        figures.population.map((row) => ({
          unit: row.unit_code,
          gender: asGender(row.gender),
          ageBand: row.age_band,
          count: row.count,
        })),
        place.needs,
        unitNames(place),
      )
    : null;
  const staffRows = figures.staff.map((row) => ({ unit: row.unit_code, role: row.role, count: row.count }));
  const staffing =
    population || staffRows.length
      ? staffingLines(place.needs, {
          inhabitants: population?.inhabitants ?? 0,
          children: population?.children ?? 0,
          units: place.units,
          staff: staffRows,
        })
      : [];
  const staffByRole = new Map<string, number>();
  for (const row of staffRows) staffByRole.set(row.role, (staffByRole.get(row.role) ?? 0) + row.count);
  return {
    municipality: { id: place.id, code: place.code, name: place.name },
    units: place.units,
    year,
    years,
    population,
    groups: targetGroups(
      figures.administrative.map((row) => ({
        unit: row.unit_code,
        measure: row.measure,
        value: Number(row.value),
        source: row.source,
      })),
    ),
    staffing,
    staff: place.needs.roles
      .filter((role) => staffByRole.has(role.code))
      .map((role) => ({ role: role.code, name: role.name, count: staffByRole.get(role.code) ?? 0 })),
    normsConfigured: place.normsConfigured,
  };
}

export async function needsImports(
  access: AccessContext,
  countries: readonly CountryConfig[],
  municipality: string,
): Promise<NeedsImportSummary[]> {
  const place = await needsPlace(access, countries, municipality);
  const rows = await listImports(access.db, place.id);
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    format: row.format,
    fileName: row.file_name,
    sha256: row.sha256,
    rows: row.row_count,
    years: row.years.map(Number),
    status: row.status,
    importedBy: row.full_name,
    importedAt: row.imported_at.toISOString(),
    replaced: Number(row.replaced ?? 0),
  }));
}

export async function needsVocabularyOf(
  access: AccessContext,
  countries: readonly CountryConfig[],
  municipality: string,
): Promise<NeedsVocabulary> {
  const place = await needsPlace(access, countries, municipality);
  return {
    units: place.units,
    ageBands: [...place.needs.ageBands.map((band) => band.code), TOTAL_BAND],
    genders: [...NEEDS_GENDERS],
    measures: MEASURE_CODES.map((code) => ({ code, group: MEASURES[code].group })),
    roles: place.needs.roles,
    samples: NEEDS_IMPORT_KINDS.filter((kind) => sampleCsv(place.code, kind) !== undefined),
  };
}
