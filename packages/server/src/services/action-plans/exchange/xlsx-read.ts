import type { Workbook } from 'exceljs';
import type { ImportProblem } from './problems.js';
import { columnLetter, isEmpty, readCell, type CellData } from './xlsx-cells.js';
import type { ColumnKind, HeaderOf, SheetSpec } from './xlsx-layout.js';

// Reads one sheet of the layout: the header row names the columns (in any order), each later
// row that is not empty is one row of the plan. Problems name the sheet, row and column.

export interface Place {
  sheet: string;
  row?: number;
  column?: string;
}

export interface SheetRow<H extends string> {
  /** The row number as the spreadsheet shows it. */
  row: number;
  get(header: H): CellData;
  /** The cell read as another kind than its column's (the "value" column of the "plan" sheet). */
  getAs(header: H, kind: ColumnKind): CellData;
  /** The cell as text (ids, kinds), undefined when it is empty or a list. */
  text(header: H): string | undefined;
  place(header?: H): Place;
}

/** The rows of a sheet; undefined (with the problems said) when the sheet or a column is missing. */
export function readSheet<S extends SheetSpec>(
  workbook: Workbook,
  spec: S,
  problems: ImportProblem[],
): SheetRow<HeaderOf<S>>[] | undefined {
  type H = HeaderOf<S>;
  const sheet = workbook.getWorksheet(spec.name);
  if (!sheet) {
    problems.push({ sheet: spec.name, message: `the workbook has no sheet "${spec.name}"` });
    return undefined;
  }
  const kinds = new Map<string, ColumnKind>(spec.columns.map((column) => [column.header, column.kind]));
  const indexOf = new Map<string, number>();
  let complete = true;
  sheet.getRow(1).eachCell({ includeEmpty: false }, (cell, index) => {
    const header = readCell(cell.value, 'text').value;
    if (header === undefined) return;
    const name = String(header).toLowerCase();
    const column = columnLetter(index);
    if (!kinds.has(name)) {
      problems.push({ sheet: spec.name, row: 1, column, message: `unknown column "${name}"` });
      complete = false;
    } else if (indexOf.has(name)) {
      problems.push({ sheet: spec.name, row: 1, column, message: `column "${name}" appears twice` });
      complete = false;
    } else indexOf.set(name, index);
  });
  for (const { header } of spec.columns)
    if (!indexOf.has(header)) {
      problems.push({ sheet: spec.name, row: 1, message: `the sheet has no column "${header}"` });
      complete = false;
    }
  if (!complete) return undefined;

  const rows: SheetRow<H>[] = [];
  sheet.eachRow({ includeEmpty: false }, (excelRow, rowNumber) => {
    if (rowNumber === 1) return;
    const place = (header?: H): Place => {
      const index = header === undefined ? undefined : indexOf.get(header);
      return index === undefined
        ? { sheet: spec.name, row: rowNumber }
        : { sheet: spec.name, row: rowNumber, column: columnLetter(index) };
    };
    const cells = new Map<string, CellData>();
    for (const [header, index] of indexOf) {
      const read = readCell(excelRow.getCell(index).value, kinds.get(header) ?? 'text');
      if (read.problem) problems.push({ ...place(header as H), message: read.problem });
      cells.set(header, read.value);
    }
    excelRow.eachCell({ includeEmpty: false }, (cell, index) => {
      if (![...indexOf.values()].includes(index) && !isEmpty(readCell(cell.value, 'raw').value))
        problems.push({
          sheet: spec.name,
          row: rowNumber,
          column: columnLetter(index),
          message: 'a value in a column without a header',
        });
    });
    if ([...cells.values()].every(isEmpty)) return;
    rows.push({
      row: rowNumber,
      get: (header) => cells.get(header),
      getAs: (header, kind) => {
        const read = readCell(excelRow.getCell(indexOf.get(header) ?? 0).value, kind);
        if (read.problem) problems.push({ ...place(header), message: read.problem });
        return read.value;
      },
      text: (header) => {
        const value = cells.get(header);
        return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
      },
      place,
    });
  });
  return rows;
}
