import type { CellValue } from 'exceljs';
import { LIST_SEPARATOR, type ColumnKind } from './xlsx-layout.js';

// One cell as the plan wants it. exceljs hands back whatever the spreadsheet holds — rich text
// when a word was made bold, a formula with its result, a hyperlink, a date when Excel took
// "2020-02-27" for one, TRUE/FALSE, an error — so the value is first reduced to a plain string
// or number, then read according to the column's kind.

export type CellData = string | number | string[] | undefined;

export interface ReadCell {
  value: CellData;
  /** Why the cell could not be read; the value is then undefined. */
  problem?: string;
}

/** Day 0 of Excel's serial dates (1899-12-30, which absorbs Excel's 1900 leap-year bug). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

type Plain = string | number | boolean | Date | { error: string } | undefined;

function plain(value: CellValue): Plain {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return plain(value.result ?? null);
  if ('hyperlink' in value) return plain(value.text as CellValue);
  if ('error' in value) return { error: value.error };
  return undefined;
}

/** A date as ISO text: the day alone when it has no time (Excel dates are read as UTC midnight). */
function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return 'an invalid date';
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

export function readCell(raw: CellValue, kind: ColumnKind): ReadCell {
  const value = plain(raw);
  if (value === undefined) return { value: kind === 'list' ? [] : undefined };
  if (typeof value === 'object' && !(value instanceof Date))
    return { value: undefined, problem: `the cell shows the error ${value.error}` };
  if (typeof value === 'boolean')
    return { value: undefined, problem: `TRUE/FALSE is not a value here: type it as text or a number` };
  switch (kind) {
    case 'number':
      if (typeof value === 'number') return { value };
      if (value instanceof Date) return { value: undefined, problem: 'expected a number, found a date' };
      // Text that is a number (typed with a leading apostrophe) is the number; other text is
      // left for the schema to reject at this cell.
      return { value: /^\s*-?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value };
    case 'value':
      if (value instanceof Date) return { value: dateText(value) };
      return { value: typeof value === 'string' ? value.trim() || undefined : value };
    case 'date':
      // A date cell, or the serial number Excel keeps for one when the cell's format is lost.
      if (typeof value === 'number') {
        const date = new Date(EXCEL_EPOCH + value * DAY);
        return { value: Number.isNaN(date.getTime()) ? String(value) : dateText(date) };
      }
      return { value: value instanceof Date ? dateText(value) : value.trim() || undefined };
    case 'raw':
      return { value: value instanceof Date ? dateText(value) : String(value) };
    case 'list':
      return {
        value: textOf(value)
          .split(LIST_SEPARATOR.trim())
          .map((item) => item.trim())
          .filter((item) => item !== ''),
      };
    case 'id':
    case 'text':
    case 'yes_no':
      return { value: textOf(value).trim() || undefined };
  }
}

function textOf(value: string | number | Date): string {
  return value instanceof Date ? dateText(value) : String(value);
}

/** The cell to write: absent or an empty list → an empty cell, a list → its items joined with "; ". */
export function cellToWrite(value: CellData): string | number | null {
  if (value === undefined) return null;
  if (Array.isArray(value)) return value.length ? value.join(LIST_SEPARATOR) : null;
  return value;
}

export function isEmpty(value: CellData): boolean {
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** 1 → "A", 27 → "AA". */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
