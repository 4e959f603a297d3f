import { translate, type SocialFundYear } from '@vatra/core';
import type ExcelJS from 'exceljs';
import { newWorkbook } from '../../xlsx/read.js';
import { SheetNames, addRow, isoDate, section } from '../../xlsx/sheets.js';
import type { AccessContext } from '../access/context.js';
import { careCatalogue } from '../care-services/catalogue.js';
import type { SocialFundDeps } from './access.js';
import { getYear } from './year.js';

// The year as a workbook: the requests, the subsidies, and the summary (request totals, subsidies
// by source and by recipient). Amounts are numbers in the row's currency, dates are dates, no
// formulas: the totals are the same sums the page shows.

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
type Language = 'sq' | 'sr' | 'en';

export async function socialFundXlsx(
  access: AccessContext,
  deps: SocialFundDeps,
  query: { year: number; jurisdictionId?: string | undefined; language: Language },
): Promise<{ fileName: string; contentType: string; body: Buffer }> {
  const data = await getYear(access, deps, query);
  const user = access.requireUser();
  const language = query.language;
  const t = (key: string, values?: Record<string, string | number>) =>
    translate(language, `server.socialFund.xlsx.${key}`, values);
  const catalogue = careCatalogue(deps, user.countryCode);
  const service = (code: string | null) =>
    code === null ? null : (catalogue.services.find((s) => s.code === code)?.name[language] ?? code);
  const workbook = await newWorkbook();
  workbook.creator = 'Vatra';
  const names = new SheetNames();
  const sheet = (key: string) =>
    workbook.addWorksheet(names.take(t(`sheet.${key}`), key), { views: [{ state: 'frozen', ySplit: 1 }] });
  requestsSheet(sheet('requests'), data, t, service, language);
  subsidiesSheet(sheet('subsidies'), data, t, service, language);
  summarySheet(workbook.addWorksheet(names.take(t('sheet.summary'), 'summary')), data, t);
  const place =
    data.requests[0]?.jurisdiction.code ?? data.subsidies[0]?.jurisdiction.code ?? user.countryCode;
  return {
    fileName: `${t('fileName')}-${place}-${data.year}-${language}.xlsx`,
    contentType: XLSX_TYPE,
    body: Buffer.from(await workbook.xlsx.writeBuffer()),
  };
}

type T = (key: string, values?: Record<string, string | number>) => string;
type ServiceName = (code: string | null) => string | null;

function requestsSheet(
  sheet: ExcelJS.Worksheet,
  data: SocialFundYear,
  t: T,
  service: ServiceName,
  language: Language,
) {
  sheet.columns = [20, 36, 30, 8, 16, 16, 14, 12, 16, 16, 12, 30].map((width) => ({ width }));
  addRow(
    sheet,
    [
      'municipality',
      'service',
      'provider',
      'currency',
      'municipalAmount',
      'requestedAmount',
      'status',
      'submittedOn',
      'approvedAmount',
      'decisionNumber',
      'decisionDate',
      'rejectionReason',
    ].map((key) => t(`column.${key}`)),
    true,
  );
  for (const r of data.requests)
    addRow(sheet, [
      r.jurisdiction.name[language],
      service(r.serviceCode),
      r.provider?.name ?? null,
      r.currency,
      r.municipalAmount,
      r.requestedAmount,
      t(`status.${r.status}`),
      r.submittedOn ? isoDate(r.submittedOn) : null,
      r.approvedAmount,
      r.decisionNumber,
      r.decisionDate ? isoDate(r.decisionDate) : null,
      r.rejectionReason,
    ]);
}

function subsidiesSheet(
  sheet: ExcelJS.Worksheet,
  data: SocialFundYear,
  t: T,
  service: ServiceName,
  language: Language,
) {
  sheet.columns = [20, 30, 18, 26, 8, 14, 12, 12, 36, 28, 12, 12, 30, 36].map((width) => ({ width }));
  addRow(
    sheet,
    [
      'municipality',
      'recipient',
      'source',
      'sourceName',
      'currency',
      'amount',
      'periodFrom',
      'periodTo',
      'purpose',
      'service',
      'beneficiariesPlanned',
      'beneficiariesReached',
      'reportingObligations',
      'reports',
    ].map((key) => t(`column.${key}`)),
    true,
  );
  for (const s of data.subsidies)
    addRow(sheet, [
      s.jurisdiction.name[language],
      s.recipientName,
      t(`source.${s.source}`),
      s.sourceName,
      s.currency,
      s.amount,
      isoDate(s.periodFrom),
      isoDate(s.periodTo),
      s.purpose,
      service(s.serviceCode),
      s.beneficiariesPlanned,
      s.beneficiariesReached,
      s.reportingObligations,
      s.reports.map((report) => `${report.receivedOn}: ${report.note}`).join('\n') || null,
    ]);
}

function summarySheet(sheet: ExcelJS.Worksheet, data: SocialFundYear, t: T) {
  sheet.columns = [{ width: 36 }, { width: 12 }, { width: 18 }, { width: 18 }, { width: 18 }];
  const head = sheet.addRow([t('title', { year: data.year })]);
  head.font = { bold: true, size: 14 };
  section(sheet, t('section.requests'));
  addRow(
    sheet,
    ['requests', 'currency', 'municipalAmount', 'requestedAmount', 'approvedAmount'].map((key) =>
      t(`column.${key}`),
    ),
    true,
  );
  for (const total of data.totals)
    addRow(sheet, [
      total.requests,
      total.currency,
      total.municipalAmount,
      total.requestedAmount,
      total.approvedAmount,
    ]);
  section(sheet, t('section.bySource'));
  addRow(
    sheet,
    ['source', 'currency', 'amount', 'subsidies'].map((key) => t(`column.${key}`)),
    true,
  );
  for (const row of data.bySource)
    addRow(sheet, [t(`source.${row.source}`), row.currency, row.amount, row.subsidies]);
  section(sheet, t('section.byRecipient'));
  addRow(
    sheet,
    ['recipient', 'currency', 'amount', 'subsidies'].map((key) => t(`column.${key}`)),
    true,
  );
  for (const row of data.byRecipient)
    addRow(sheet, [row.recipientName, row.currency, row.amount, row.subsidies]);
}
