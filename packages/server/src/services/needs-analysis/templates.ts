import { existsSync, readFileSync, readdirSync } from 'node:fs';
import {
  NEEDS_COLUMNS,
  TOTAL_BAND,
  officeToday,
  parseCsv,
  textLanguageOf,
  toCsv,
  translate,
  type CountryConfig,
  type Locale,
  type NeedsImportKind,
} from '@vatra/core';
import { CONFIG_DIR } from '../../config/load.js';
import { errors } from '../../http/errors.js';
import { newWorkbook } from '../../xlsx/read.js';
import type { AccessContext } from '../access/context.js';
import { needsPlace, type NeedsPlace } from './place.js';

// Files to fill in and sample files. The header row holds the column codes, the same in every
// language, so the import reads any template it gave out; the workbook adds a second sheet
// explaining the columns and allowed values in the user's language (the import reads only the
// first). Pukë's tables from its Social Plan ship as sample files (config/albania/needs-analysis)
// and are what the demo imports.

type Format = 'csv' | 'xlsx';
type Cells = (string | number)[][];

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** Template rows: one per unit (and the total row) with zero values, ready to fill. */
function templateRows(place: NeedsPlace, kind: NeedsImportKind, year: number, locale: Locale): Cells {
  const units = [...place.units.map((unit) => unit.name[textLanguageOf(locale)]), ''];
  if (kind === 'population')
    return units.flatMap((unit) =>
      [...place.needs.ageBands.map((band) => band.code), 'total'].map((band) => [
        unit,
        year,
        'all',
        band,
        0,
        '',
      ]),
    );
  if (kind === 'staff') return place.needs.roles.map((role) => ['', year, role.code, 0, '']);
  return units.map((unit) => [unit, year, 'ea_applicant_families', 0, '']);
}

async function asFile(
  kind: NeedsImportKind,
  format: Format,
  rows: Cells,
  fileName: string,
  help: string[],
): Promise<{ fileName: string; contentType: string; body: Buffer }> {
  const cells: Cells = [[...NEEDS_COLUMNS[kind]], ...rows];
  if (format === 'csv')
    return {
      fileName: `${fileName}.csv`,
      contentType: CONTENT_TYPES.csv,
      body: Buffer.from(`\uFEFF${toCsv(cells)}`, 'utf8'),
    };
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet(kind, { views: [{ state: 'frozen', ySplit: 1 }] });
  for (const row of cells) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((column) => (column.width = 18));
  const notes = workbook.addWorksheet('help');
  for (const line of help) notes.addRow([line]);
  notes.getColumn(1).width = 120;
  const body = Buffer.from(await workbook.xlsx.writeBuffer());
  return { fileName: `${fileName}.xlsx`, contentType: CONTENT_TYPES.xlsx, body };
}

function helpLines(place: NeedsPlace, kind: NeedsImportKind, locale: Locale): string[] {
  const t = (key: string, values?: Record<string, string | number>) =>
    translate(locale, `server.needsAnalysis.template.${key}`, values);
  return [
    t('title', { kind: translate(locale, `server.needsAnalysis.kinds.${kind}`) }),
    t('columns', { columns: NEEDS_COLUMNS[kind].join(', ') }),
    t('units', { units: place.units.map((unit) => `${unit.code} (${unit.name.sq})`).join(', ') }),
    t('total', { word: 'Totali' }),
    ...(kind === 'population'
      ? [
          t('ageBands', {
            bands: [...place.needs.ageBands.map((band) => band.code), TOTAL_BAND].join(', '),
            total: TOTAL_BAND,
          }),
          t('genders', { female: 'female', male: 'male', all: 'all' }),
        ]
      : []),
    ...(kind === 'staff'
      ? [t('roles', { roles: place.needs.roles.map((role) => role.code).join(', ') })]
      : []),
    ...(kind === 'administrative'
      ? [t('measures', { examples: 'ea_applicant_families, ea_beneficiary_families' })]
      : []),
    t('replace'),
  ];
}

export async function needsTemplate(
  access: AccessContext,
  countries: readonly CountryConfig[],
  query: { municipality: string; kind: NeedsImportKind; format: Format },
) {
  const place = await needsPlace(access, countries, query.municipality);
  const year = Number(officeToday().slice(0, 4)) - 1;
  return asFile(
    query.kind,
    query.format,
    templateRows(place, query.kind, year, access.locale),
    `${place.code}-${query.kind}-template`,
    helpLines(place, query.kind, access.locale),
  );
}

/**
 * The text of a shipped sample file (config/<country>/needs-analysis/<municipality>-<kind>.csv),
 * or undefined when the municipality has none. Municipality codes are unique across countries.
 */
export function sampleCsv(municipality: string, kind: NeedsImportKind): string | undefined {
  if (!/^[A-Z0-9-]+$/.test(municipality)) return undefined;
  for (const folder of readdirSync(CONFIG_DIR)) {
    const path = `${CONFIG_DIR}${folder}/needs-analysis/${municipality}-${kind}.csv`;
    if (existsSync(path)) return readFileSync(path, 'utf8');
  }
  return undefined;
}

export async function needsSample(
  access: AccessContext,
  countries: readonly CountryConfig[],
  query: { municipality: string; kind: NeedsImportKind; format: Format },
) {
  const place = await needsPlace(access, countries, query.municipality);
  const text = sampleCsv(place.code, query.kind);
  const parsed = text === undefined ? undefined : parseCsv(text);
  if (!parsed || 'problem' in parsed) throw errors.notFound();
  return asFile(
    query.kind,
    query.format,
    parsed.records.slice(1).map((record) => record.fields),
    `${place.code}-${query.kind}`,
    helpLines(place, query.kind, access.locale),
  );
}
