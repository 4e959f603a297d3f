import type ExcelJS from 'exceljs';
import { officeDay, type SchemeFigures } from '@vatra/core';
import { newWorkbook } from '../../../xlsx/read.js';
import { SheetNames, addRow, isoDate, section, type Value } from '../../../xlsx/sheets.js';
import {
  ALL_FIGURES,
  periodText,
  reportT,
  schemeLabel,
  type ReportT,
  type SchemeReportInput,
} from './labels.js';

// The scheme report as a workbook: a summary, one row per scheme of the catalogue with every
// figure (amounts as numbers in the report's currency), one row per request with activity in
// the quarter (decision, appeal, execution, benefit), the persons who received nothing, and the
// recommendations with their history. Numbers are numbers and dates are dates; no formulas.

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function renderSchemeReportXlsx(
  input: SchemeReportInput,
): Promise<{ fileName: string; contentType: string; body: Buffer }> {
  const { data, language } = input;
  const t = reportT(language);
  const generated = new Date(data.generatedAt);
  const workbook = await newWorkbook();
  workbook.creator = 'Vatra';
  workbook.created = generated;
  workbook.modified = generated;
  const names = new SheetNames();
  const sheet = (key: string, frozen = 0) =>
    workbook.addWorksheet(
      names.take(t(`sheet.${key}`), key),
      frozen ? { views: [{ state: 'frozen', ySplit: frozen }] } : {},
    );
  summarySheet(sheet('summary'), input, t);
  schemesSheet(sheet('schemes', 1), input, t);
  requestsSheet(sheet('requests', 1), input, t);
  nothingSheet(sheet('receivedNothing', 1), input, t);
  recommendationsSheet(sheet('recommendations', 1), input, t);
  const { year, quarter } = data.period;
  return {
    fileName: `${data.municipality.code}-${year}-Q${quarter}-${language}.xlsx`,
    contentType: XLSX_TYPE,
    body: Buffer.from(await workbook.xlsx.writeBuffer()),
  };
}

function figureValue(value: number | null): Value {
  return value;
}

function summarySheet(sheet: ExcelJS.Worksheet, input: SchemeReportInput, t: ReportT): void {
  const { data } = input;
  sheet.columns = [{ width: 40 }, { width: 50 }];
  const head = sheet.addRow([t('title')]);
  head.font = { bold: true, size: 14 };
  addRow(sheet, [t('fields.municipality'), data.municipality.name[input.language]]);
  addRow(sheet, [t('fields.period'), periodText(input)]);
  addRow(sheet, [t('fields.asOf'), isoDate(data.period.asOf)]);
  addRow(sheet, [t('fields.currency'), data.currency]);
  addRow(sheet, [t('fields.generatedOn'), isoDate(officeDay(new Date(data.generatedAt)))]);
  section(sheet, t('total'));
  addRow(sheet, [t('columns.figure'), t('columns.value')], true);
  for (const key of ALL_FIGURES) addRow(sheet, [t(`columns.${key}`), figureValue(data.totals[key])]);
  addRow(sheet, [t('sections.receivedNothing'), data.receivedNothing.count]);
  addRow(sheet, []);
  addRow(sheet, [t('counting')]);
}

function schemesSheet(sheet: ExcelJS.Worksheet, input: SchemeReportInput, t: ReportT): void {
  sheet.columns = [{ width: 40 }, { width: 24 }, ...ALL_FIGURES.map(() => ({ width: 14 }))];
  addRow(
    sheet,
    [t('columns.scheme'), t('columns.schemeCode'), ...ALL_FIGURES.map((key) => t(`columns.${key}`))],
    true,
  );
  const line = (label: string, code: string | null, figures: SchemeFigures) =>
    addRow(sheet, [label, code, ...ALL_FIGURES.map((key) => figureValue(figures[key]))]);
  for (const row of input.data.schemes) line(schemeLabel(input, row), row.schemeCode, row);
  line(t('total'), null, input.data.totals).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ALL_FIGURES.length + 2 } };
}

function requestsSheet(sheet: ExcelJS.Worksheet, input: SchemeReportInput, t: ReportT): void {
  const headers = [
    'request',
    'case',
    'person',
    'scheme',
    'status',
    'filedOn',
    'decision',
    'outcome',
    'decidedOn',
    'approvedAmount',
    'appeal',
    'execution',
    'completedOn',
    'actualCost',
    'benefitOn',
    'benefitAmount',
  ];
  sheet.columns = headers.map((key) => ({ width: ['person', 'scheme'].includes(key) ? 30 : 16 }));
  addRow(
    sheet,
    headers.map((key) => t(`columns.${key}`)),
    true,
  );
  if (input.data.requests.length === 0) addRow(sheet, [t('empty.requests')]);
  const day = (value: string | null) => (value ? isoDate(value) : null);
  for (const row of input.data.requests) {
    addRow(sheet, [
      row.requestNumber,
      row.caseNumber,
      row.person.name,
      schemeLabel(input, row),
      t(`status.${row.status}`),
      isoDate(row.filedOn),
      row.decisionNumber,
      row.decisionOutcome ? t(`outcome.${row.decisionOutcome}`) : null,
      day(row.decidedOn),
      row.approvedAmount,
      row.appealOutcome ? t(`appealOutcome.${row.appealOutcome}`) : null,
      row.executionStatus ? t(`executionStatus.${row.executionStatus}`) : null,
      day(row.completedOn),
      row.actualCost,
      day(row.benefitOn),
      row.benefitAmount,
    ]);
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
}

function nothingSheet(sheet: ExcelJS.Worksheet, input: SchemeReportInput, t: ReportT): void {
  sheet.columns = [{ width: 18 }, { width: 36 }, { width: 14 }];
  addRow(sheet, [t('columns.case'), t('columns.person'), t('columns.birthYear')], true);
  for (const item of input.data.receivedNothing.items)
    addRow(sheet, [item.caseNumber, item.person.name, item.birthYear]);
  addRow(sheet, []);
  addRow(sheet, [
    t('receivedNothingCount', {
      count: input.data.receivedNothing.count,
      date: officeDay(new Date(input.data.generatedAt)),
    }),
  ]);
}

function recommendationsSheet(sheet: ExcelJS.Worksheet, input: SchemeReportInput, t: ReportT): void {
  sheet.columns = [{ width: 32 }, { width: 80 }, { width: 10 }, { width: 14 }, { width: 28 }, { width: 16 }];
  addRow(
    sheet,
    ['subject', 'text', 'version', 'state', 'enteredBy', 'enteredAt'].map((key) => t(`columns.${key}`)),
    true,
  );
  if (input.data.recommendations.length === 0) addRow(sheet, [t('empty.recommendations')]);
  for (const item of input.data.recommendations)
    addRow(sheet, [
      schemeLabel(input, item),
      item.text,
      item.version,
      t(`versionState.${item.current ? 'current' : 'superseded'}`),
      item.enteredBy.name,
      isoDate(item.enteredAt),
    ]);
}
