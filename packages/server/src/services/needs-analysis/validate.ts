import {
  NEEDS_GENDERS,
  MEASURES,
  NEEDS_COLUMNS,
  OPTIONAL_NEEDS_COLUMNS,
  TOTAL_BAND,
  isMeasure,
  type NeedsGender,
  type LocalizedText,
  type NeedsConfig,
  type NeedsImportKind,
} from '@vatra/core';
import { cellPlace, type Grid, type Problems } from './grid.js';

// The rows of an import file, checked cell by cell against the country's vocabulary: every
// problem is reported with its sheet, row and column, and nothing is returned when there is
// one. Headers are the column codes (the same in every language, so a file travels between
// users); the unit may be a code or a name in any language, several joined by "+".

export interface UnitRef {
  code: string;
  name: LocalizedText;
}

export interface ValidationContext {
  units: UnitRef[];
  needs: Pick<NeedsConfig, 'ageBands' | 'roles'>;
}

export interface ImportedRow {
  /** Canonical unit codes joined by "+" in the order of the configuration; null: the municipality. */
  unit: string | null;
  year: number;
  /** Population: gender; administrative: the measure; staff: the role. */
  category: string;
  /** Population: the age band; administrative: the target group; staff: unused (''). */
  detail: string;
  value: number;
  source: string;
}

/** Lower case without diacritics: "Pukë" and "puke", "Đeđan" and "djedjan" compare equal. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gi, 'dj')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words a source uses for its total row; such a row is the municipality's stated figure. */
const TOTAL_WORDS = new Set([
  '',
  'total',
  'totali',
  'gjithsej',
  'ukupno',
  'municipality',
  'bashkia',
  'opstina',
]);

export function resolveUnit(text: string, units: UnitRef[]): string | null | undefined {
  if (TOTAL_WORDS.has(fold(text))) return null;
  const found = new Set<string>();
  for (const part of text.split('+')) {
    const wanted = fold(part);
    const unit = units.find(
      (u) =>
        fold(u.code) === wanted || [u.name.sq, u.name.sr, u.name.en].some((name) => fold(name) === wanted),
    );
    if (!unit) return undefined;
    found.add(unit.code);
  }
  return units
    .filter((u) => found.has(u.code))
    .map((u) => u.code)
    .join('+');
}

const INTEGER = /^\d+$/;
const NUMBER = /^\d+([.,]\d+)?$/;

export function validateRows(
  grid: Grid,
  kind: NeedsImportKind,
  context: ValidationContext,
): { rows: ImportedRow[] } | { problems: Problems } {
  const problems: Problems = {};
  const [header, ...body] = grid.rows;
  if (!header) return { problems: { file: { key: 'server.needsAnalysis.problems.emptyFile' } } };
  const names = header.cells.map((cell) => cell.trim().toLowerCase());
  const columns = NEEDS_COLUMNS[kind];
  const missing = columns.filter((column) => !OPTIONAL_NEEDS_COLUMNS.has(column) && !names.includes(column));
  if (missing.length)
    return {
      problems: {
        [cellPlace(grid.sheet, header.row)]: {
          key: 'server.needsAnalysis.problems.missingColumns',
          values: { columns: missing.join(', '), expected: columns.join(', ') },
        },
      },
    };
  const at = (column: string) => names.indexOf(column);
  const bands = new Set([...context.needs.ageBands.map((band) => band.code), TOTAL_BAND]);
  const roles = new Set(context.needs.roles.map((role) => role.code));
  const rows: ImportedRow[] = [];
  const seen = new Map<string, number>();
  for (const line of body) {
    if (line.cells.every((cell) => cell === '')) continue;
    const cell = (column: string) => {
      const index = at(column);
      return index < 0 ? '' : (line.cells[index] ?? '').trim();
    };
    const problem = (column: string, key: string, values: Record<string, string | number> = {}) => {
      problems[cellPlace(grid.sheet, line.row, at(column))] = {
        key: `server.needsAnalysis.problems.${key}`,
        values,
      };
    };
    const before = Object.keys(problems).length;
    const unit = resolveUnit(cell('unit'), context.units);
    if (unit === undefined) problem('unit', 'unknownUnit', { value: cell('unit') });
    const yearText = cell('year');
    const year = Number(yearText);
    if (!INTEGER.test(yearText) || year < 1990 || year > 2100)
      problem('year', 'badYear', { value: yearText });
    const valueColumn = kind === 'administrative' ? 'value' : 'count';
    const valueText = cell(valueColumn).replace(/\s/g, '');
    const value = Number(valueText.replace(',', '.'));
    if (valueText === '') problem(valueColumn, 'required');
    else if (!(kind === 'administrative' ? NUMBER : INTEGER).test(valueText))
      problem(valueColumn, kind === 'administrative' ? 'badNumber' : 'badCount', {
        value: cell(valueColumn),
      });
    let category = '';
    let detail = '';
    if (kind === 'population') {
      category = cell('gender').toLowerCase();
      detail = cell('age_band').replace(/\s/g, '').replace(/[–—]/g, '-').toLowerCase();
      if (!(NEEDS_GENDERS as readonly string[]).includes(category))
        problem('gender', 'unknownGender', { value: cell('gender'), allowed: NEEDS_GENDERS.join(', ') });
      if (!bands.has(detail))
        problem('age_band', 'unknownAgeBand', { value: cell('age_band'), allowed: [...bands].join(', ') });
    } else if (kind === 'administrative') {
      category = cell('measure').toLowerCase();
      if (isMeasure(category)) detail = MEASURES[category].group;
      else problem('measure', 'unknownMeasure', { value: cell('measure') });
    } else {
      category = cell('role').toLowerCase();
      if (!roles.has(category))
        problem('role', 'unknownRole', { value: cell('role'), allowed: [...roles].join(', ') });
    }
    if (Object.keys(problems).length > before || unit === undefined) continue;
    const key = [unit ?? '', year, category, detail].join('|');
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems[cellPlace(grid.sheet, line.row)] = {
        key: 'server.needsAnalysis.problems.duplicateRow',
        values: { row: earlier },
      };
      continue;
    }
    seen.set(key, line.row);
    rows.push({ unit, year, category, detail, value, source: cell('source') });
  }
  if (Object.keys(problems).length) return { problems };
  if (!rows.length) return { problems: { file: { key: 'server.needsAnalysis.problems.noRows' } } };
  return { rows };
}

/** NeedsGender of a population row (validated above). */
export function asGender(text: string): NeedsGender {
  return (NEEDS_GENDERS as readonly string[]).includes(text) ? (text as NeedsGender) : 'all';
}
