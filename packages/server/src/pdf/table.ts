import { COLOR, SIZE, bodyHeight, bottom, contentWidth, left, style, type Doc } from './layout.js';

// Tables are drawn row by row rather than with pdfkit's own table(), because an official report
// must repeat its header row on every page the table continues on, which pdfkit does not do.

export interface TableModel {
  columns: string[];
  rows: string[][];
}

const PAD = 4;
const BORDER = 0.5;

/** Draws a table at the cursor; it continues on new pages with the header row repeated. */
export function drawTable(doc: Doc, table: TableModel): void {
  const count = table.columns.length;
  if (count === 0) return;
  table.rows.forEach((row, index) => {
    // A template error, not a user error: say which row so it is found at once.
    if (row.length !== count) {
      throw new Error(`Table row ${index + 1} has ${row.length} cells; the table has ${count} columns`);
    }
  });

  const widths = columnWidths(doc, table, contentWidth(doc));
  const headerHeight = rowHeight(doc, table.columns, widths, 'bold');
  // A row taller than a whole page cannot be split across pages here; it is cut off with an
  // ellipsis rather than spilling over the footer. Real rows are a few lines.
  const tallest = bodyHeight(doc) - headerHeight;

  const startPage = (): void => {
    drawRow(doc, table.columns, widths, headerHeight, 'bold');
  };

  const first = table.rows[0];
  const firstHeight = first ? Math.min(rowHeight(doc, first, widths, 'regular'), tallest) : 0;
  if (doc.y + headerHeight + firstHeight > bottom(doc)) doc.addPage();
  startPage();

  for (const row of table.rows) {
    const height = Math.min(rowHeight(doc, row, widths, 'regular'), tallest);
    if (doc.y + height > bottom(doc)) {
      doc.addPage();
      startPage();
    }
    drawRow(doc, row, widths, height, 'regular');
  }
  doc.x = left(doc);
}

function drawRow(
  doc: Doc,
  cells: string[],
  widths: number[],
  height: number,
  font: 'regular' | 'bold',
): void {
  const y = doc.y;
  let x = left(doc);
  cells.forEach((cell, index) => {
    const width = widths[index] ?? 0;
    doc.lineWidth(BORDER).strokeColor(COLOR.rule);
    if (font === 'bold') doc.rect(x, y, width, height).fillAndStroke(COLOR.headerFill, COLOR.rule);
    else doc.rect(x, y, width, height).stroke();
    style(doc, font, SIZE.table).text(cell, x + PAD, y + PAD, {
      width: width - 2 * PAD,
      // One point of slack: the measured height and the drawn height come from the same line
      // wrapper, but rounding must not drop the last line.
      height: height - 2 * PAD + 1,
      ellipsis: true,
    });
    x += width;
  });
  doc.y = y + height;
}

function rowHeight(doc: Doc, cells: string[], widths: number[], font: 'regular' | 'bold'): number {
  style(doc, font, SIZE.table);
  let tallest = doc.currentLineHeight(true);
  cells.forEach((cell, index) => {
    const width = (widths[index] ?? 0) - 2 * PAD;
    tallest = Math.max(tallest, doc.heightOfString(cell, { width }));
  });
  return tallest + 2 * PAD;
}

/**
 * Column widths that fill the page: each column first gets what its longest cell needs on one
 * line, up to an equal share; what is left goes to the columns that need more, in proportion to
 * how much more. So a narrow "No." column stays narrow and long text columns share the rest.
 */
export function columnWidths(doc: Doc, table: TableModel, available: number): number[] {
  const natural = table.columns.map((heading, index) => {
    style(doc, 'bold', SIZE.table);
    let widest = doc.widthOfString(heading);
    style(doc, 'regular', SIZE.table);
    for (const row of table.rows) widest = Math.max(widest, doc.widthOfString(row[index] ?? ''));
    return widest + 2 * PAD + 1;
  });
  const share = available / natural.length;
  const base = natural.map((width) => Math.min(width, share));
  const excess = natural.map((width, index) => width - (base[index] ?? 0));
  const totalExcess = excess.reduce((sum, value) => sum + value, 0);
  const totalBase = base.reduce((sum, value) => sum + value, 0);
  const rest = available - totalBase;
  // When everything fits on one line, the spare width is spread in proportion to the columns.
  return base.map((width, index) =>
    totalExcess > 0
      ? width + (rest * (excess[index] ?? 0)) / totalExcess
      : width + (rest * width) / totalBase,
  );
}
