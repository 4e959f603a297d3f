import type PDFDocument from 'pdfkit';
import { FONT_FILES, type FontName } from './fonts.js';

// Shared page geometry and type styles, so the body, tables and page decorations agree on where
// the printable area ends.

export type Doc = typeof PDFDocument;

/** A4 in points. The bottom margin leaves room for the footer text, issue line and page number. */
export const PAGE = {
  size: 'A4',
  margins: { top: 64, bottom: 86, left: 57, right: 57 },
} as const;

export const COLOR = {
  text: '#111111',
  muted: '#555555',
  rule: '#8a8a8a',
  headerFill: '#e8e8e8',
} as const;

export const SIZE = { body: 10, small: 8, table: 9, heading: 11.5, title: 15 } as const;

export function style(doc: Doc, font: FontName, size: number, color: string = COLOR.text): Doc {
  return doc.font(FONT_FILES[font]).fontSize(size).fillColor(color);
}

export function left(doc: Doc): number {
  return doc.page.margins.left;
}

export function contentWidth(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

/** The lowest y the body may reach on the current page. */
export function bottom(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom;
}

/** Height of the printable body of a page. */
export function bodyHeight(doc: Doc): number {
  return bottom(doc) - doc.page.margins.top;
}

/** Starts a new page unless `height` still fits below the cursor; says whether it did. */
export function ensureSpace(doc: Doc, height: number): boolean {
  if (doc.y + height <= bottom(doc)) return false;
  doc.addPage();
  return true;
}

export function rule(doc: Doc, y: number, width = 0.6): void {
  doc
    .moveTo(left(doc), y)
    .lineTo(left(doc) + contentWidth(doc), y)
    .lineWidth(width)
    .strokeColor(COLOR.rule)
    .stroke();
}
