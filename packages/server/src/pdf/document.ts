/**
 * Official documents as PDF: one layout for every paper Vatra issues (certificate of
 * repatriation, individual plan, case-manager appointment decision, case closure report, and
 * later reports with tables).
 *
 * A template is a plain function from case data to an {@link OfficialDocument} in the person's
 * language; it does no drawing. It fills the model with already translated text:
 *
 * ```ts
 * export function appointmentDecision(locale: Locale, data: AppointmentData): OfficialDocument {
 *   const t = (key: string, values?: Record<string, string>) => translate(locale, key, values);
 *   return {
 *     locale,
 *     header: { country: t('…country'), institution: data.institution, municipality: data.municipality },
 *     title: t('…decision.title'),
 *     number: data.protocolNumber,
 *     date: data.decidedOn,                     // ISO date; formatted here for the locale
 *     intro: t('…decision.basis', { law: … }),
 *     sections: [
 *       { heading: t('…person'), fields: [{ label: t('…name'), value: data.personName }] },
 *       { paragraphs: [t('…decision.text', { manager: data.managerName })] },
 *     ],
 *     signatures: [{ role: t('…director'), name: data.directorName }],
 *     footer: data.institutionAddress,
 *   };
 * }
 * ```
 *
 * and the route sends `await renderOfficialDocument(model)` as `application/pdf`. Labels the
 * layout itself prints (page numbers, "Number", "Date", signature captions, the issue line) come
 * from the `pdf` catalog in core; everything else is the template's text, printed as given.
 */
import { createPdf } from './create.js';
import { formatDate, translate, type Catalog, type Locale } from '@vatra/core';
import { FONT_FILES } from './fonts.js';
import {
  COLOR,
  PAGE,
  SIZE,
  bodyHeight,
  contentWidth,
  ensureSpace,
  left,
  rule,
  style,
  type Doc,
} from './layout.js';
import { drawTable, type TableModel } from './table.js';

export interface OfficialDocument {
  locale: Locale;
  /** The issuing authority, top of the first page: e.g. "Republika e Kosovës", the office, the municipality. */
  header: { country: string; institution: string; municipality: string };
  title: string;
  /** Protocol number, when the document has one. */
  number?: string;
  /** Date of issue, ISO (YYYY-MM-DD or a timestamp); also the PDF's creation date. */
  date: string;
  intro?: string;
  sections: DocumentSection[];
  signatures?: Signature[];
  /** Printed small at the foot of every page (address, legal notice); may be empty. */
  footer: string;
}

export interface DocumentSection {
  heading?: string;
  fields?: Field[];
  paragraphs?: string[];
  table?: TableModel;
}

export interface Field {
  label: string;
  value: string;
}

export interface Signature {
  role: string;
  /** Printed under the role; without it a line is left for the name to be written in by hand. */
  name?: string;
}

// Language tags for the PDF's /Lang entry (screen readers pick their voice from it). The
// language is what matters, not the country: the same Albanian serves Kosovo and Albania.
const PDF_LANG: Record<Locale, string> = { sq: 'sq', sr: 'sr-Latn', 'sr-Cyrl': 'sr-Cyrl', en: 'en' };

type PdfKey = keyof Catalog['pdf'];

/**
 * Renders the document to PDF bytes; the same model gives the same bytes. A bad model (invalid
 * date, a table row with the wrong number of cells) rejects rather than throws.
 */
export async function renderOfficialDocument(model: OfficialDocument): Promise<Buffer> {
  const issued = new Date(model.date);
  if (Number.isNaN(issued.getTime())) throw new RangeError(`Invalid document date: ${model.date}`);
  const t = (key: PdfKey, values?: Record<string, string | number>): string =>
    translate(model.locale, `pdf.${key}`, values);

  const doc = await createPdf({
    size: PAGE.size,
    margins: PAGE.margins,
    // Pages stay in memory until the end so that "page X of Y" can be written once Y is known.
    bufferPages: true,
    // Start in DejaVu rather than pdfkit's default Helvetica, which cannot print č or Cyrillic.
    font: FONT_FILES.regular,
    lang: PDF_LANG[model.locale],
    displayTitle: true,
    info: {
      Title: model.title,
      Author: 'Vatra',
      Creator: 'Vatra',
      Subject: model.header.institution,
      // Fixed from the issue date rather than the clock: the file ID is derived from these
      // fields, so equal input gives byte-identical output (testable, and re-issuing an
      // unchanged document does not produce a "different" file).
      CreationDate: issued,
      ModDate: issued,
    },
  });

  const done = collect(doc);

  drawLetterhead(doc, model, t);
  if (model.intro) paragraph(doc, model.intro);
  for (const section of model.sections) drawSection(doc, section);
  if (model.signatures?.length) drawSignatures(doc, model.signatures, t);
  decoratePages(doc, model, t);

  doc.end();
  return await done;
}

function collect(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

type Translate = (key: PdfKey, values?: Record<string, string | number>) => string;

function drawLetterhead(doc: Doc, model: OfficialDocument, t: Translate): void {
  const x = left(doc);
  const width = contentWidth(doc);
  const { country, institution, municipality } = model.header;
  style(doc, 'bold', SIZE.heading).text(country, x, doc.page.margins.top, { width, align: 'center' });
  style(doc, 'regular', SIZE.body).text(institution, x, doc.y + 2, { width, align: 'center' });
  doc.text(municipality, x, doc.y + 1, { width, align: 'center' });
  rule(doc, doc.y + 8, 1);
  doc.y += 18;

  // Protocol number on the left and date on the right, on one line, as on paper decisions.
  const lineY = doc.y;
  style(doc, 'regular', SIZE.body);
  const dateText = `${t('date')}: ${formatDate(model.locale, model.date)}`;
  if (model.number) {
    doc.text(`${t('number')}: ${model.number}`, x, lineY, { width: width / 2 });
  }
  doc.text(dateText, x + width / 2, lineY, { width: width / 2, align: 'right' });
  doc.y = Math.max(doc.y, lineY + doc.currentLineHeight(true)) + 22;

  style(doc, 'bold', SIZE.title).text(model.title, x, doc.y, { width, align: 'center' });
  doc.y += 16;
}

function drawSection(doc: Doc, section: DocumentSection): void {
  if (section.heading) {
    doc.y += 8;
    // Keep a heading with at least three lines of what follows it.
    style(doc, 'regular', SIZE.body);
    const following = doc.currentLineHeight(true) * 3;
    style(doc, 'bold', SIZE.heading);
    const height = doc.heightOfString(section.heading, { width: contentWidth(doc) });
    ensureSpace(doc, height + following);
    doc.text(section.heading, left(doc), doc.y, { width: contentWidth(doc) });
    doc.y += 5;
  }
  if (section.fields?.length) drawFields(doc, section.fields);
  for (const text of section.paragraphs ?? []) paragraph(doc, text);
  if (section.table) {
    drawTable(doc, section.table);
    doc.y += 8;
  }
}

function paragraph(doc: Doc, text: string): void {
  style(doc, 'regular', SIZE.body);
  ensureSpace(doc, doc.currentLineHeight(true) * 2);
  // pdfkit wraps long text and continues it on new pages by itself.
  doc.text(text, left(doc), doc.y, { width: contentWidth(doc), align: 'justify', lineGap: 1.5 });
  doc.y += 6;
}

const LABEL_SHARE = 0.34;

function drawFields(doc: Doc, fields: Field[]): void {
  const x = left(doc);
  const labelWidth = contentWidth(doc) * LABEL_SHARE;
  const valueWidth = contentWidth(doc) - labelWidth;
  for (const { label, value } of fields) {
    style(doc, 'regular', SIZE.body, COLOR.muted);
    const labelHeight = doc.heightOfString(label, { width: labelWidth - 10 });
    style(doc, 'regular', SIZE.body);
    const valueHeight = doc.heightOfString(value, { width: valueWidth });
    const height = Math.max(labelHeight, valueHeight);

    if (height > bodyHeight(doc)) {
      // A value longer than a page: label on its own line, then the value flows across pages.
      ensureSpace(doc, labelHeight + doc.currentLineHeight(true) * 2);
      style(doc, 'regular', SIZE.body, COLOR.muted).text(label, x, doc.y, { width: contentWidth(doc) });
      style(doc, 'regular', SIZE.body).text(value, x, doc.y, { width: contentWidth(doc) });
    } else {
      ensureSpace(doc, height);
      const y = doc.y;
      style(doc, 'regular', SIZE.body, COLOR.muted).text(label, x, y, { width: labelWidth - 10 });
      style(doc, 'regular', SIZE.body).text(value, x + labelWidth, y, { width: valueWidth });
      doc.y = y + height;
    }
    doc.y += 4;
  }
  doc.y += 4;
}

const SIGNATURES_PER_ROW = 3;
const SIGNING_SPACE = 30;

function drawSignatures(doc: Doc, signatures: Signature[], t: Translate): void {
  const gap = 24;
  const columns = Math.min(SIGNATURES_PER_ROW, signatures.length);
  const width = (contentWidth(doc) - gap * (columns - 1)) / columns;
  doc.y += 24;
  for (let start = 0; start < signatures.length; start += columns) {
    const row = signatures.slice(start, start + columns);
    // A signature block is never split from its role: the whole row moves to the next page.
    ensureSpace(doc, Math.max(...row.map((signature) => signatureHeight(doc, signature, width, t))));
    const top = doc.y;
    let lowest = top;
    row.forEach((signature, index) => {
      const x = left(doc) + index * (width + gap);
      drawSignature(doc, signature, x, top, width, t);
      lowest = Math.max(lowest, doc.y);
    });
    doc.y = lowest + 18;
  }
  doc.x = left(doc);
}

function drawSignature(
  doc: Doc,
  signature: Signature,
  x: number,
  top: number,
  width: number,
  t: Translate,
): void {
  style(doc, 'bold', SIZE.body).text(signature.role, x, top, { width });
  if (signature.name) {
    style(doc, 'regular', SIZE.body).text(signature.name, x, doc.y + 2, { width });
  } else {
    signingLine(doc, x, doc.y + SIGNING_SPACE, width, t('nameAndSurname'));
  }
  signingLine(doc, x, doc.y + SIGNING_SPACE, width, t('signature'));
}

function signingLine(doc: Doc, x: number, y: number, width: number, caption: string): void {
  doc
    .moveTo(x, y)
    .lineTo(x + width, y)
    .lineWidth(0.6)
    .strokeColor(COLOR.rule)
    .stroke();
  style(doc, 'regular', SIZE.small, COLOR.muted).text(caption, x, y + 3, { width });
}

function signatureHeight(doc: Doc, signature: Signature, width: number, t: Translate): number {
  style(doc, 'bold', SIZE.body);
  let height = doc.heightOfString(signature.role, { width });
  style(doc, 'regular', SIZE.body);
  if (signature.name) height += 2 + doc.heightOfString(signature.name, { width });
  style(doc, 'regular', SIZE.small);
  const captions = signature.name ? [t('signature')] : [t('nameAndSurname'), t('signature')];
  for (const caption of captions) height += SIGNING_SPACE + 3 + doc.heightOfString(caption, { width });
  return height;
}

/**
 * Writes, on every page, the footer (free text, issue line, "page X of Y") and, from the second
 * page on, a running header with the title and number, so a loose page can be put back.
 */
function decoratePages(doc: Doc, model: OfficialDocument, t: Translate): void {
  const range = doc.bufferedPageRange();
  const issuedLine = t('issuedBy', { date: formatDate(model.locale, model.date) });
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    const x = left(doc);
    const width = contentWidth(doc);
    // Text written in the margins would make pdfkit start a new page; lift the limit meanwhile.
    const margins = doc.page.margins;
    doc.page.margins = { ...margins, top: 0, bottom: 0 };

    if (index > range.start) {
      const y = margins.top - 28;
      const oneLine = { height: SIZE.small * 1.3, ellipsis: true };
      style(doc, 'regular', SIZE.small, COLOR.muted);
      if (model.number) {
        doc.text(model.number, x + width * 0.7, y, { ...oneLine, width: width * 0.3, align: 'right' });
      }
      doc.text(model.title, x, y, { ...oneLine, width: model.number ? width * 0.68 : width });
      rule(doc, margins.top - 14);
    }

    const footerTop = doc.page.height - margins.bottom + 14;
    rule(doc, footerTop);
    style(doc, 'regular', SIZE.small, COLOR.muted);
    if (model.footer) {
      // At most two lines, so the footer never runs into the issue line below it.
      doc.text(model.footer, x, footerTop + 5, {
        width,
        align: 'center',
        height: doc.currentLineHeight(true) * 2,
        ellipsis: true,
      });
    }
    const lastLine = doc.page.height - 36;
    doc.text(issuedLine, x, lastLine, { width: width * 0.7, lineBreak: false });
    doc.text(t('page', { page: index - range.start + 1, pages: range.count }), x + width * 0.7, lastLine, {
      width: width * 0.3,
      align: 'right',
      lineBreak: false,
    });

    doc.page.margins = margins;
  }
}
