import type { CellValue } from 'exceljs';
import { parseCsv } from '@vatra/core';
import { readWorkbook } from '../../xlsx/read.js';
import type { FieldProblem } from '../../http/errors.js';

// A file as a grid of text cells with the row numbers the user sees: a CSV file (its rows are
// its lines) or the first sheet of a workbook. Problems are keyed like the action-plan import:
// "population!E7" for a cell, "population!7:7" for a row; a CSV file's "sheet" is the import kind.

export interface GridRow {
  row: number;
  cells: string[];
}

export interface Grid {
  sheet: string;
  rows: GridRow[];
}

export type Problems = Record<string, FieldProblem>;

/** The column letter of a 0-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  let n = index + 1;
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function cellPlace(sheet: string, row: number, column?: number): string {
  return column === undefined ? `${sheet}!${row}:${row}` : `${sheet}!${columnLetter(column)}${row}`;
}

/** A cell's value as text: rich text joined, a formula's result, numbers as JavaScript writes them. */
function cellText(value: CellValue): string | { error: string } {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value).trim();
  if ('richText' in value)
    return value.richText
      .map((run) => run.text)
      .join('')
      .trim();
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result ?? null);
  if ('hyperlink' in value) return String(value.text).trim();
  if ('error' in value) return { error: String(value.error) };
  return '';
}

export function readCsvGrid(text: string, sheet: string): Grid | Problems {
  const parsed = parseCsv(text);
  if ('problem' in parsed)
    return {
      [cellPlace(sheet, parsed.problem.line)]: {
        key: `server.needsAnalysis.problems.csv.${parsed.problem.code}`,
      },
    };
  return {
    sheet,
    rows: parsed.records.map((record) => ({
      row: record.line,
      cells: record.fields.map((field) => field.trim()),
    })),
  };
}

export async function readXlsxGrid(bytes: Uint8Array): Promise<Grid | Problems> {
  let sheetName = 'file';
  try {
    const workbook = await readWorkbook(bytes);
    const sheet = workbook.worksheets[0];
    if (!sheet) return { file: { key: 'server.needsAnalysis.problems.emptyFile' } };
    sheetName = sheet.name;
    const rows: GridRow[] = [];
    const problems: Problems = {};
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
        const text = cellText(cell.value);
        if (typeof text === 'object') {
          problems[cellPlace(sheetName, rowNumber, columnNumber - 1)] = {
            key: 'server.needsAnalysis.problems.cellError',
            values: { error: text.error },
          };
          cells[columnNumber - 1] = '';
        } else cells[columnNumber - 1] = text;
      });
      rows.push({ row: rowNumber, cells: Array.from(cells, (cell) => cell ?? '') });
    });
    if (Object.keys(problems).length) return problems;
    return { sheet: sheetName, rows };
  } catch {
    return { file: { key: 'server.needsAnalysis.problems.unreadableFile' } };
  }
}

export function isGrid(read: Grid | Problems): read is Grid {
  return typeof read.sheet === 'string' && Array.isArray(read.rows);
}
