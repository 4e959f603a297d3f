import { COLOR, SIZE, bodyHeight, bottom, contentWidth, left, style, type Doc } from '../../../pdf/layout.js';
import type { FontName } from '../../../pdf/fonts.js';

// A table whose cells hold several stacked texts in different sizes (an indicator's text, the
// English aid below it, its definition in small type) and full-width band rows (the measure an
// indicator belongs to). The shared pdf/table.ts prints one string per cell, which cannot show
// the small type the report needs. As there, the header row repeats on every page.

export interface Part {
  text: string;
  font?: FontName;
  size?: number;
  color?: string;
  /** Drawn before the text (a legend swatch), which is then indented by MARKER points. */
  marker?: (doc: Doc, x: number, y: number) => void;
}

export type Cell = Part[];

export type RichRow = { cells: Cell[]; fill?: string } | { band: Cell; fill?: string };

export interface RichTable {
  columns: string[];
  /** Shares of the content width, one per column; normalised to fill the width. */
  widths: number[];
  rows: RichRow[];
}

const PAD = 3.5;
const PART_GAP = 1.5;
const BORDER = 0.5;
const MARKER = 12;

export function plain(text: string, font: FontName = 'regular'): Cell {
  return [{ text, font }];
}

export function drawRichTable(doc: Doc, table: RichTable): void {
  const total = table.widths.reduce((sum, share) => sum + share, 0);
  const widths = table.widths.map((share) => (contentWidth(doc) * share) / total);
  table.rows.forEach((row, index) => {
    if ('cells' in row && row.cells.length !== widths.length) {
      throw new Error(
        `Report table row ${index + 1} has ${row.cells.length} cells; the table has ${widths.length}`,
      );
    }
  });
  const header = table.columns.map((column) => plain(column, 'bold'));
  const headerHeight = rowHeight(doc, header, widths);
  // A row taller than a page is cut off with an ellipsis rather than run into the footer.
  const tallest = bodyHeight(doc) - headerHeight - 2;

  // Measured once: text measuring is most of the rendering time.
  const heights = table.rows.map((row) =>
    Math.min(
      tallest,
      'cells' in row ? rowHeight(doc, row.cells, widths) : rowHeight(doc, [row.band], [contentWidth(doc)]),
    ),
  );

  if (doc.y + headerHeight + (heights[0] ?? 0) > bottom(doc)) doc.addPage();
  drawCells(doc, header, widths, headerHeight, COLOR.headerFill);
  table.rows.forEach((row, index) => {
    const height = heights[index] ?? 0;
    // A band (the measure a group of indicators belongs to) never ends a page on its own.
    const next = heights[index + 1];
    const keep = 'band' in row && next !== undefined ? Math.min(next, tallest - height) : 0;
    if (doc.y + height + keep > bottom(doc)) {
      doc.addPage();
      drawCells(doc, header, widths, headerHeight, COLOR.headerFill);
    }
    if ('cells' in row) drawCells(doc, row.cells, widths, height, row.fill);
    else drawCells(doc, [row.band], [contentWidth(doc)], height, row.fill ?? '#f3f3f3');
  });
  doc.x = left(doc);
}

function applyPart(doc: Doc, part: Part): Doc {
  return style(doc, part.font ?? 'regular', part.size ?? SIZE.table, part.color ?? COLOR.text);
}

function cellHeight(doc: Doc, cell: Cell, width: number): number {
  let height = 0;
  cell.forEach((part, index) => {
    if (!part.text) return;
    applyPart(doc, part);
    const textWidth = part.marker ? width - MARKER : width;
    height += doc.heightOfString(part.text, { width: textWidth }) + (index > 0 ? PART_GAP : 0);
  });
  return height;
}

function rowHeight(doc: Doc, cells: Cell[], widths: number[]): number {
  style(doc, 'regular', SIZE.table);
  let tallest = doc.currentLineHeight(true);
  cells.forEach((cell, index) => {
    tallest = Math.max(tallest, cellHeight(doc, cell, (widths[index] ?? 0) - 2 * PAD));
  });
  return tallest + 2 * PAD;
}

function drawCells(doc: Doc, cells: Cell[], widths: number[], height: number, fill?: string): void {
  const y = doc.y;
  let x = left(doc);
  cells.forEach((cell, index) => {
    const width = widths[index] ?? 0;
    doc.lineWidth(BORDER);
    if (fill) doc.rect(x, y, width, height).fillAndStroke(fill, COLOR.rule);
    else doc.rect(x, y, width, height).strokeColor(COLOR.rule).stroke();
    let cursor = y + PAD;
    const limit = y + height - PAD + 1;
    for (const part of cell) {
      if (!part.text) continue;
      const room = limit - cursor;
      applyPart(doc, part);
      if (room < doc.currentLineHeight(true)) break;
      const indent = part.marker ? MARKER : 0;
      if (part.marker) {
        part.marker(doc, x + PAD, cursor + 0.5);
        applyPart(doc, part);
      }
      doc.text(part.text, x + PAD + indent, cursor, {
        width: width - 2 * PAD - indent,
        height: room,
        ellipsis: true,
      });
      cursor = Math.min(doc.y, limit) + PART_GAP;
    }
    x += width;
  });
  doc.y = y + height;
}
