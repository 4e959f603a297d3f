import { createPdf } from '../../../pdf/create.js';
import { PROGRESS_STATUSES, translate } from '@vatra/core';
import { FONT_FILES } from '../../../pdf/fonts.js';
import {
  COLOR,
  PAGE,
  SIZE,
  contentWidth,
  ensureSpace,
  left,
  rule,
  style,
  type Doc,
} from '../../../pdf/layout.js';
import type { IndicatorLine, ObjectiveLine, PlanReportData, PlanText } from './data.js';
import {
  allIndicators,
  countStatuses,
  dateText,
  indicatorRows,
  moneyText,
  numberText,
  objectiveHeading,
  overdueActions,
  periodText,
  planText,
  reportT,
  showsAid,
  valueText,
  type ReportT,
} from './labels.js';
import { STATUS_LOOK, drawBudgetChart, drawProgressChart, swatch } from './pdf-charts.js';
import { drawRichTable, plain, type Cell, type RichRow } from './pdf-table.js';

// The progress report of a municipal action plan as PDF: title block, summary with counts and
// two charts (indicator progress per objective, budget planned against actual), one section per
// objective (indicators, overdue actions), the dated steps, stated totals that do not add up,
// and the monitoring team's analysis for the Mayor. Page geometry, fonts (DejaVu: ë ç č ć đ š ž
// and Cyrillic) and styles are those of the official documents (pdf/layout.ts).

const PDF_LANG = { sq: 'sq', sr: 'sr-Latn', en: 'en' } as const;

export async function renderPlanReportPdf(data: PlanReportData): Promise<Buffer> {
  const t = reportT(data.language);
  const title = `${t(`kind.${data.period.kind}`)} — ${planText(data, data.plan.title).main}`;
  const doc = await createPdf({
    size: PAGE.size,
    margins: PAGE.margins,
    bufferPages: true,
    font: FONT_FILES.regular,
    lang: PDF_LANG[data.language],
    displayTitle: true,
    info: {
      Title: title,
      Author: 'Vatra',
      Creator: 'Vatra',
      Subject: t('title'),
      // From the data, not the clock: the same report gives the same bytes.
      CreationDate: data.generatedAt,
      ModDate: data.generatedAt,
    },
  });
  const done = collect(doc);

  titleBlock(doc, data, t);
  summary(doc, data, t);
  for (const objective of data.objectives) objectiveSection(doc, data, t, objective);
  stepsSection(doc, data, t);
  discrepanciesSection(doc, data, t);
  analysisSection(doc, data, t);
  decoratePages(doc, data, t, title);

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

/** Prints a plan text, with the English aid below in smaller type when the report shows it. */
function planParagraph(
  doc: Doc,
  data: PlanReportData,
  text: PlanText,
  size: number,
  bold = false,
  align: 'left' | 'center' = 'left',
): void {
  const { main, aid } = planText(data, text);
  const width = contentWidth(doc);
  style(doc, bold ? 'bold' : 'regular', size).text(main, left(doc), doc.y, { width, align });
  if (aid)
    style(doc, 'regular', Math.max(SIZE.small, size - 2.5), COLOR.muted).text(aid, left(doc), doc.y + 1, {
      width,
      align,
    });
}

function heading(doc: Doc, text: string, size: number = SIZE.heading): void {
  doc.y += 10;
  style(doc, 'bold', size);
  // Keep a heading with a few lines of what follows.
  ensureSpace(doc, doc.heightOfString(text, { width: contentWidth(doc) }) + 40);
  doc.text(text, left(doc), doc.y, { width: contentWidth(doc) });
  doc.y += 4;
}

function note(doc: Doc, text: string): void {
  style(doc, 'regular', SIZE.body, COLOR.muted);
  ensureSpace(doc, doc.currentLineHeight(true) * 2);
  doc.text(text, left(doc), doc.y, { width: contentWidth(doc) });
  doc.y += 4;
}

function fields(doc: Doc, rows: Array<[string, string]>): void {
  const x = left(doc);
  const labelWidth = contentWidth(doc) * 0.3;
  const valueWidth = contentWidth(doc) - labelWidth;
  for (const [label, value] of rows) {
    style(doc, 'regular', SIZE.body);
    const height = Math.max(
      doc.heightOfString(value, { width: valueWidth }),
      doc.heightOfString(label, { width: labelWidth - 8 }),
    );
    ensureSpace(doc, height);
    const y = doc.y;
    style(doc, 'regular', SIZE.body, COLOR.muted).text(label, x, y, { width: labelWidth - 8 });
    style(doc, 'regular', SIZE.body).text(value, x + labelWidth, y, { width: valueWidth });
    doc.y = y + height + 3;
  }
}

function titleBlock(doc: Doc, data: PlanReportData, t: ReportT): void {
  const x = left(doc);
  const width = contentWidth(doc);
  style(doc, 'bold', SIZE.heading).text(data.plan.municipalityName, x, doc.page.margins.top, {
    width,
    align: 'center',
  });
  style(doc, 'regular', SIZE.body).text(t('title'), x, doc.y + 2, { width, align: 'center' });
  rule(doc, doc.y + 8, 1);
  doc.y += 18;
  style(doc, 'bold', SIZE.title).text(t(`kind.${data.period.kind}`), x, doc.y, { width, align: 'center' });
  doc.y += 6;
  planParagraph(doc, data, data.plan.title, SIZE.heading + 1, true, 'center');
  doc.y += 12;
  fields(doc, [
    [t('fields.municipality'), data.plan.municipalityName],
    [t('fields.reportPeriod'), periodText(data, t)],
    [t('fields.planPeriod'), `${data.plan.period.from}–${data.plan.period.to}`],
    [t('fields.status'), t(`planStatus.${data.plan.status}`)],
    [t('fields.sourceLanguage'), t(`sourceLanguage.${data.plan.sourceLanguage}`)],
    [t('fields.generatedOn'), dateText(data, data.generatedAt)],
  ]);
  if (showsAid(data)) note(doc, t('textNote'));
}

function summary(doc: Doc, data: PlanReportData, t: ReportT): void {
  heading(doc, t('sections.summary'), SIZE.heading + 1.5);
  const every = data.objectives.flatMap(allIndicators);
  const counts = countStatuses(every);
  heading(doc, t('sections.statusCounts'));
  drawRichTable(doc, {
    columns: [t('columns.status'), t('columns.count'), t('columns.share')],
    widths: [3, 1, 1],
    rows: [
      ...PROGRESS_STATUSES.map((status) => ({
        cells: [
          plain(t(`progress.${status}`)),
          plain(numberText(data, counts[status])),
          plain(
            every.length
              ? `${numberText(data, Math.round((counts[status] / every.length) * 1000) / 10)} %`
              : '—',
          ),
        ],
      })),
      {
        cells: [
          plain(t('total'), 'bold'),
          plain(numberText(data, every.length), 'bold'),
          plain('100 %', 'bold'),
        ],
      },
    ],
  });

  heading(doc, t('sections.progressChart'));
  drawProgressChart(
    doc,
    [
      { label: t('total'), counts, bold: true },
      ...data.objectives.map((objective) => ({
        label: `${objectiveHeading(t, objective)}: ${planText(data, objective.title).main}`,
        counts: countStatuses(allIndicators(objective)),
      })),
    ],
    (status) => t(`progress.${status}`),
    t('chart.indicatorsAxis'),
  );

  heading(doc, t('sections.budgetChart'));
  const totals = data.budget.totals;
  if (totals.length === 0) {
    note(doc, t('empty.budget'));
    return;
  }
  for (const currency of ['EUR', 'ALL'] as const) {
    const ofCurrency = totals.filter((total) => total.currency === currency);
    if (ofCurrency.length === 0) continue;
    drawBudgetChart(
      doc,
      ofCurrency,
      {
        planned: t('chart.planned'),
        actual: t('chart.actual'),
        year: (year) => (year === null ? t('wholePeriod') : String(year)),
      },
      (value) => moneyText(data, value, currency),
    );
  }
  heading(doc, t('sections.budgetTotals'));
  drawRichTable(doc, {
    columns: [t('columns.year'), t('columns.planned'), t('columns.actual'), t('columns.difference')],
    widths: [1.4, 1, 1, 1],
    rows: totals.map((total) => ({
      cells: [
        plain(total.year === null ? t('wholePeriod') : String(total.year)),
        plain(moneyText(data, total.planned, total.currency)),
        plain(moneyText(data, total.actual, total.currency)),
        plain(moneyText(data, total.planned - total.actual, total.currency)),
      ],
    })),
  });
}

/** A plan text as table-cell parts: the printed wording, then the English aid in small type. */
function textParts(data: PlanReportData, text: PlanText, font: 'regular' | 'bold' = 'regular'): Cell {
  const { main, aid } = planText(data, text);
  return aid
    ? [
        { text: main, font },
        { text: aid, size: SIZE.small - 0.5, color: COLOR.muted },
      ]
    : [{ text: main, font }];
}

function indicatorCells(data: PlanReportData, t: ReportT, number: string, indicator: IndicatorLine): Cell[] {
  const text = textParts(data, indicator.text);
  if (indicator.definition) {
    text.push({
      text: `${t('columns.definition')}: ${indicator.definition}`,
      size: SIZE.small - 0.5,
      color: COLOR.muted,
    });
  }
  const value: Cell = plain(valueText(data, t, indicator.unit, indicator.value));
  if (indicator.numerator !== null && indicator.denominator !== null) {
    value.push({
      text: `${numberText(data, indicator.numerator)} / ${numberText(data, indicator.denominator)}`,
      size: SIZE.small - 0.5,
      color: COLOR.muted,
    });
  }
  return [
    plain(number),
    text,
    plain(valueText(data, t, indicator.unit, indicator.baseline)),
    plain(valueText(data, t, indicator.unit, indicator.target)),
    value,
    [
      {
        text: t(`progress.${indicator.progress}`),
        font: 'bold',
        marker: (target, x, y) => swatch(target, x, y, 8, 8, STATUS_LOOK[indicator.progress]),
      },
    ],
  ];
}

function objectiveSection(doc: Doc, data: PlanReportData, t: ReportT, objective: ObjectiveLine): void {
  // Each objective starts a page: the sections are handed to different directorates.
  doc.addPage();
  style(doc, 'bold', SIZE.title).text(objectiveHeading(t, objective), left(doc), doc.y, {
    width: contentWidth(doc),
  });
  doc.y += 3;
  planParagraph(doc, data, objective.title, SIZE.heading, true);
  doc.y += 4;

  heading(doc, t('sections.indicators'));
  const rows = indicatorRows(objective);
  if (rows.length === 0) note(doc, t('empty.indicators'));
  else {
    const tableRows: RichRow[] = [];
    let band = '';
    rows.forEach((row, index) => {
      const key = `${row.level}:${row.rowNumber ?? ''}:${row.rowTitle.original}`;
      if (row.level !== 'objective' && key !== band) {
        band = key;
        const label = `${t(`level.${row.level}`)}${row.rowNumber ? ` ${row.rowNumber}` : ''}`;
        const [first, ...rest] = textParts(data, row.rowTitle, 'bold');
        tableRows.push({ band: [{ text: `${label} — ${first?.text ?? ''}`, font: 'bold' }, ...rest] });
      }
      tableRows.push({ cells: indicatorCells(data, t, String(index + 1), row.indicator) });
    });
    drawRichTable(doc, {
      columns: [
        t('columns.number'),
        t('columns.indicator'),
        t('columns.baseline'),
        t('columns.target'),
        t('columns.value'),
        t('columns.status'),
      ],
      widths: [0.6, 4.2, 1.15, 1.15, 1.25, 1.65],
      rows: tableRows,
    });
  }

  const overdue = overdueActions(objective);
  heading(doc, t('sections.overdueActions'));
  if (overdue.length === 0) note(doc, t('empty.overdueActions'));
  else {
    drawRichTable(doc, {
      columns: [t('columns.number'), t('columns.action'), t('columns.deadline')],
      widths: [0.8, 6, 1.4],
      rows: overdue.map((action) => ({
        cells: [
          plain(action.number ?? '—'),
          textParts(data, action.title),
          plain(action.deadline ? dateText(data, action.deadline) : '—', 'bold'),
        ],
      })),
    });
  }
}

function stepsSection(doc: Doc, data: PlanReportData, t: ReportT): void {
  doc.addPage();
  heading(doc, t('sections.steps'), SIZE.heading + 1.5);
  if (data.steps.length === 0) {
    note(doc, t('empty.steps'));
    return;
  }
  drawRichTable(doc, {
    columns: [
      t('columns.step'),
      t('columns.year'),
      t('columns.dueOn'),
      t('columns.doneOn'),
      t('columns.state'),
    ],
    widths: [4.3, 1, 1.3, 1.3, 1.3],
    rows: data.steps.map((step) => ({
      cells: [
        textParts(data, step.title),
        plain(String(step.year)),
        plain(dateText(data, step.dueOn)),
        plain(step.doneOn ? dateText(data, step.doneOn) : '—'),
        plain(t(`stepState.${step.state}`), 'bold'),
      ],
    })),
  });
}

function discrepanciesSection(doc: Doc, data: PlanReportData, t: ReportT): void {
  heading(doc, t('sections.discrepancies'), SIZE.heading + 1.5);
  const list = data.budget.discrepancies;
  if (list.length === 0) {
    note(doc, t('empty.discrepancies'));
    return;
  }
  drawRichTable(doc, {
    columns: [
      t('columns.label'),
      t('columns.stated'),
      t('columns.computed'),
      t('columns.difference'),
      t('columns.note'),
    ],
    widths: [3.2, 1.3, 1.3, 1.3, 2.2],
    rows: list.map((item) => ({
      cells: [
        textParts(data, item.label),
        plain(moneyText(data, item.stated, item.currency)),
        plain(moneyText(data, item.computed, item.currency)),
        plain(moneyText(data, item.difference, item.currency), 'bold'),
        plain(item.note ?? ''),
      ],
    })),
  });
}

function analysisSection(doc: Doc, data: PlanReportData, t: ReportT): void {
  heading(doc, t('sections.analysis'), SIZE.heading + 1.5);
  if (!data.analysis) {
    note(doc, t('empty.analysis'));
    return;
  }
  const { challenges, recommendations, writtenBy, writtenAt } = data.analysis;
  for (const [label, text] of [
    [t('sections.challenges'), challenges],
    [t('sections.recommendations'), recommendations],
  ] as const) {
    heading(doc, label);
    // pdfkit wraps long text and continues it on new pages by itself.
    style(doc, 'regular', SIZE.body).text(text, left(doc), doc.y, {
      width: contentWidth(doc),
      align: 'justify',
      lineGap: 1.5,
    });
  }
  doc.y += 8;
  note(doc, t('writtenBy', { name: writtenBy, date: dateText(data, writtenAt) }));
}

/** Running header (from page 2), the issue line and "page X of Y" on every page. */
function decoratePages(doc: Doc, data: PlanReportData, t: ReportT, title: string): void {
  const range = doc.bufferedPageRange();
  const issued = translate(data.language, 'pdf.issuedBy', { date: dateText(data, data.generatedAt) });
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    const x = left(doc);
    const width = contentWidth(doc);
    // Text in the margins would make pdfkit start a new page; lift the limit meanwhile.
    const margins = doc.page.margins;
    doc.page.margins = { ...margins, top: 0, bottom: 0 };
    const oneLine = { height: SIZE.small * 1.3, ellipsis: true, lineBreak: true };
    style(doc, 'regular', SIZE.small, COLOR.muted);
    if (index > range.start) {
      const y = margins.top - 28;
      doc.text(`${data.plan.municipalityName} · ${periodText(data, t)}`, x + width * 0.62, y, {
        ...oneLine,
        width: width * 0.38,
        align: 'right',
      });
      doc.text(title, x, y, { ...oneLine, width: width * 0.6 });
      rule(doc, margins.top - 14);
    }
    const footerTop = doc.page.height - margins.bottom + 14;
    rule(doc, footerTop);
    style(doc, 'regular', SIZE.small, COLOR.muted);
    const lastLine = doc.page.height - 36;
    doc.text(issued, x, lastLine, { width: width * 0.7, lineBreak: false });
    doc.text(
      translate(data.language, 'pdf.page', { page: index - range.start + 1, pages: range.count }),
      x + width * 0.7,
      lastLine,
      { width: width * 0.3, align: 'right', lineBreak: false },
    );
    doc.page.margins = margins;
  }
}
