import type ExcelJS from 'exceljs';
import { newWorkbook } from '../../../xlsx/read.js';
import { SheetNames, addRow, isoDate, section, type Value } from '../../../xlsx/sheets.js';
import { PROGRESS_STATUSES } from '@vatra/core';
import type { IndicatorLine, PlanReportData, PlanText } from './data.js';
import {
  allIndicators,
  countStatuses,
  indicatorRows,
  objectiveHeading,
  periodText,
  planText,
  reportT,
  showsAid,
  type ReportT,
} from './labels.js';

// The progress report as a workbook: a summary sheet, then one sheet per objective with one
// row per indicator. Values are written as numbers (percentages as 0–100, as the plans state
// their targets), dates as dates; no formulas — the definitions say how each value was made.

// The sheet names' rules moved to xlsx/sheets.ts; re-exported for the report's tests.
export { SheetNames };

export async function renderPlanReportXlsx(data: PlanReportData): Promise<Buffer> {
  const t = reportT(data.language);
  const workbook = await newWorkbook();
  workbook.creator = 'Vatra';
  workbook.created = data.generatedAt;
  workbook.modified = data.generatedAt;
  const names = new SheetNames();
  summarySheet(workbook.addWorksheet(names.take(t('sheet.summary'), 'summary')), data, t);
  for (const objective of data.objectives) {
    const name = names.take(
      objective.number ? t('sheet.objective', { number: objective.number }) : objective.id,
      objective.id,
    );
    objectiveSheet(
      workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2 }] }),
      data,
      t,
      objective,
    );
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function summarySheet(sheet: ExcelJS.Worksheet, data: PlanReportData, t: ReportT): void {
  sheet.columns = [
    { width: 38 },
    { width: 60 },
    { width: 16 },
    { width: 16 },
    { width: 16 },
    { width: 16 },
    { width: 16 },
  ];
  const title = planText(data, data.plan.title);
  const head = sheet.addRow([`${t(`kind.${data.period.kind}`)} — ${t('title')}`]);
  head.font = { bold: true, size: 14 };
  addRow(sheet, [t('fields.plan'), title.main]);
  if (title.aid) addRow(sheet, [t('columns.english'), title.aid]);
  addRow(sheet, [t('fields.municipality'), data.plan.municipalityName]);
  addRow(sheet, [t('fields.reportPeriod'), periodText(data, t)]);
  addRow(sheet, [t('fields.planPeriod'), `${data.plan.period.from}–${data.plan.period.to}`]);
  addRow(sheet, [t('fields.status'), t(`planStatus.${data.plan.status}`)]);
  addRow(sheet, [t('fields.sourceLanguage'), t(`sourceLanguage.${data.plan.sourceLanguage}`)]);
  addRow(sheet, [t('fields.generatedOn'), data.generatedAt]);
  if (showsAid(data)) addRow(sheet, [t('textNote')]);

  section(sheet, t('sections.statusCounts'));
  addRow(
    sheet,
    [t('columns.objective'), ...PROGRESS_STATUSES.map((status) => t(`progress.${status}`)), t('total')],
    true,
  );
  for (const objective of data.objectives) {
    const counts = countStatuses(allIndicators(objective));
    const label = `${objectiveHeading(t, objective)}: ${planText(data, objective.title).main}`;
    addRow(sheet, [
      label,
      ...PROGRESS_STATUSES.map((status) => counts[status]),
      allIndicators(objective).length,
    ]);
  }
  const every = data.objectives.flatMap(allIndicators);
  const counts = countStatuses(every);
  addRow(sheet, [t('total'), ...PROGRESS_STATUSES.map((status) => counts[status]), every.length], true);

  section(sheet, t('sections.budgetTotals'));
  if (data.budget.totals.length === 0) addRow(sheet, [t('empty.budget')]);
  else {
    addRow(
      sheet,
      [
        t('columns.year'),
        t('columns.currency'),
        t('columns.planned'),
        t('columns.actual'),
        t('columns.difference'),
      ],
      true,
    );
    for (const total of data.budget.totals) {
      addRow(sheet, [
        total.year ?? t('wholePeriod'),
        total.currency,
        total.planned,
        total.actual,
        total.planned - total.actual,
      ]);
    }
  }

  section(sheet, t('sections.discrepancies'));
  if (data.budget.discrepancies.length === 0) addRow(sheet, [t('empty.discrepancies')]);
  else {
    addRow(
      sheet,
      [
        t('columns.label'),
        t('columns.currency'),
        t('columns.stated'),
        t('columns.computed'),
        t('columns.difference'),
        t('columns.note'),
      ],
      true,
    );
    for (const item of data.budget.discrepancies) {
      addRow(sheet, [
        withAid(data, item.label),
        item.currency,
        item.stated,
        item.computed,
        item.difference,
        item.note,
      ]);
    }
  }

  section(sheet, t('sections.steps'));
  if (data.steps.length === 0) addRow(sheet, [t('empty.steps')]);
  else {
    addRow(
      sheet,
      [t('columns.step'), t('columns.year'), t('columns.dueOn'), t('columns.doneOn'), t('columns.state')],
      true,
    );
    for (const step of data.steps) {
      addRow(sheet, [
        withAid(data, step.title),
        step.year,
        isoDate(step.dueOn),
        step.doneOn ? isoDate(step.doneOn) : null,
        t(`stepState.${step.state}`),
      ]);
    }
  }

  section(sheet, t('sections.analysis'));
  if (!data.analysis) addRow(sheet, [t('empty.analysis')]);
  else {
    addRow(sheet, [t('sections.challenges'), data.analysis.challenges]);
    addRow(sheet, [t('sections.recommendations'), data.analysis.recommendations]);
    addRow(sheet, [
      t('writtenBy', { name: data.analysis.writtenBy, date: '' }).replace(/[,\s]+$/, ''),
      isoDate(data.analysis.writtenAt),
    ]);
  }
}

/** A plan text in one cell: the printed wording, and the English aid on a new line when shown. */
function withAid(data: PlanReportData, text: PlanText): string {
  const { main, aid } = planText(data, text);
  return aid ? `${main}\n(${aid})` : main;
}

function indicatorValue(value: number | string | null): Value {
  return value === null ? null : value;
}

function objectiveSheet(
  sheet: ExcelJS.Worksheet,
  data: PlanReportData,
  t: ReportT,
  objective: PlanReportData['objectives'][number],
): void {
  const aid = showsAid(data);
  const headers = [
    t('columns.level'),
    t('columns.number'),
    t('columns.indicator'),
    ...(aid ? [t('columns.english')] : []),
    t('columns.unit'),
    t('columns.baseline'),
    t('columns.target'),
    t('columns.value'),
    t('columns.numerator'),
    t('columns.denominator'),
    t('columns.status'),
    t('columns.definition'),
  ];
  const widths = [12, 9, 60, ...(aid ? [50] : []), 12, 12, 12, 12, 12, 12, 18, 60];
  sheet.columns = widths.map((width) => ({ width }));

  const title = planText(data, objective.title);
  const titleRow = sheet.addRow([`${objectiveHeading(t, objective)}: ${title.main}`]);
  titleRow.font = { bold: true, size: 12 };
  addRow(sheet, headers, true);

  const rows = indicatorRows(objective);
  if (rows.length === 0) addRow(sheet, [null, null, t('empty.indicators')]);
  for (const row of rows) {
    const indicator: IndicatorLine = row.indicator;
    const text = planText(data, indicator.text);
    addRow(sheet, [
      t(`level.${row.level}`),
      row.rowNumber,
      text.main,
      ...(aid ? [text.aid] : []),
      t(`unit.${indicator.unit}`),
      indicatorValue(indicator.baseline),
      indicatorValue(indicator.target),
      indicator.value,
      indicator.numerator,
      indicator.denominator,
      t(`progress.${indicator.progress}`),
      indicator.definition,
    ]);
  }
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: headers.length } };
}
