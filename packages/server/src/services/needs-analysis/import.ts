import { createHash } from 'node:crypto';
import type { CountryConfig, NeedsImportBody, NeedsImportSummary } from '@vatra/core';
import { HttpError } from '../../http/errors.js';
import type { AccessContext } from '../access/context.js';
import { writeImport } from '../../storage/needs-analysis/queries.js';
import { isGrid, readCsvGrid, readXlsxGrid, type Grid, type Problems } from './grid.js';
import { needsPlace } from './place.js';
import { validateRows } from './validate.js';

// Importing a needs-analysis file: read it (CSV text or XLSX bytes), check every cell, and only
// when nothing is wrong write the import and its rows in one transaction, superseding the
// current figures of the same kind, municipality and years. Any problem: a 400 naming each
// sheet, row and column, and nothing written.

const BASE64 = /^[A-Za-z0-9+/\s]*={0,2}\s*$/;

export function invalidFile(problems: Problems): HttpError {
  return new HttpError(400, 'invalid_file', 'server.needsAnalysis.invalidFile', {}, problems);
}

async function gridOf(body: NeedsImportBody): Promise<{ grid: Grid; bytes: Buffer }> {
  if (body.format === 'csv') {
    const bytes = Buffer.from(body.content, 'utf8');
    const grid = readCsvGrid(body.content, body.kind);
    if (!isGrid(grid)) throw invalidFile(grid);
    return { grid, bytes };
  }
  if (!BASE64.test(body.content))
    throw invalidFile({ content: { key: 'server.needsAnalysis.problems.notBase64' } });
  const bytes = Buffer.from(body.content, 'base64');
  const grid = await readXlsxGrid(bytes);
  if (!isGrid(grid)) throw invalidFile(grid);
  return { grid, bytes };
}

export async function importNeedsFile(
  access: AccessContext,
  countries: readonly CountryConfig[],
  body: NeedsImportBody,
): Promise<NeedsImportSummary> {
  const user = access.requireUser();
  const place = await needsPlace(access, countries, body.municipality);
  const { grid, bytes } = await gridOf(body);
  const checked = validateRows(grid, body.kind, { units: place.units, needs: place.needs });
  if ('problems' in checked) throw invalidFile(checked.problems);
  const years = [...new Set(checked.rows.map((row) => row.year))].sort((a, b) => a - b);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const written = await access.db.transaction().execute(async (trx) => {
    const result = await writeImport(
      trx,
      {
        jurisdictionId: place.id,
        kind: body.kind,
        format: body.format,
        fileName: body.fileName,
        sha256,
        years,
        importedBy: user.userId,
      },
      checked.rows.map((row) => ({
        unit_code: row.unit,
        year: row.year,
        source: row.source,
        category: row.category,
        detail: row.detail,
        value: row.value,
      })),
    );
    await access.audit(trx, {
      action: access.operation,
      recordType: 'needs_import',
      recordId: result.id,
      details: {
        municipality: place.code,
        kind: body.kind,
        format: body.format,
        fileName: body.fileName,
        sha256,
        rows: checked.rows.length,
        years,
        replaced: result.replaced,
      },
    });
    return result;
  });
  return {
    id: written.id,
    kind: body.kind,
    format: body.format,
    fileName: body.fileName,
    sha256,
    rows: checked.rows.length,
    years,
    status: 'current',
    importedBy: user.fullName,
    importedAt: new Date().toISOString(),
    replaced: written.replaced,
  };
}
