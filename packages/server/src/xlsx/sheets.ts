import type ExcelJS from 'exceljs';

// What every report workbook does the same way: sheet names Excel accepts, rows whose dates are
// dates and whose text wraps, and bold section titles. Moved here from the action-plan report
// so the scheme report writes its sheets the same way.

export type Value = string | number | Date | null;

const DATE_FORMAT = 'dd.mm.yyyy';
const MAX_SHEET_NAME = 31;

/**
 * Excel's rules for sheet names: at most 31 characters, none of : \ / ? * [ ], not starting or
 * ending with an apostrophe, unique regardless of case.
 */
export class SheetNames {
  private readonly used = new Set<string>();

  take(wanted: string, fallback: string): string {
    const clean = (value: string) =>
      value
        .replace(/[:\\/?*[\]]/g, '-')
        .replace(/^'+|'+$/g, '')
        .trim()
        .slice(0, MAX_SHEET_NAME)
        .trim();
    const base = clean(wanted) || clean(fallback) || 'Sheet';
    let name = base;
    for (let copy = 2; this.used.has(name.toLowerCase()); copy++) {
      const suffix = ` (${copy})`;
      name = `${base.slice(0, MAX_SHEET_NAME - suffix.length).trim()}${suffix}`;
    }
    this.used.add(name.toLowerCase());
    return name;
  }
}

export function isoDate(value: string): Date {
  // Dates are calendar days; midnight UTC keeps the day whatever the reader's time zone.
  return new Date(`${value.slice(0, 10)}T00:00:00Z`);
}

export function addRow(sheet: ExcelJS.Worksheet, values: Value[], bold = false): ExcelJS.Row {
  const row = sheet.addRow(values);
  row.eachCell((cell) => {
    if (cell.value instanceof Date) cell.numFmt = DATE_FORMAT;
    cell.alignment = { vertical: 'top', wrapText: typeof cell.value === 'string' };
  });
  if (bold) row.font = { bold: true };
  return row;
}

export function section(sheet: ExcelJS.Worksheet, title: string): void {
  sheet.addRow([]);
  const row = sheet.addRow([title]);
  row.font = { bold: true, size: 12 };
}
