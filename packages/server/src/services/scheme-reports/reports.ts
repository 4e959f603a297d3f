import { textLanguageOf, type SchemeReportData, type SchemeReportQuery } from '@vatra/core';
import type { Paper } from '../../pdf/paper.js';
import type { AccessContext } from '../access/context.js';
import type { RequestDeps } from '../requests/schemes.js';
import { buildSchemeReport } from './data.js';
import { renderSchemeReportPdf } from './render/pdf.js';
import { renderSchemeReportXlsx } from './render/xlsx.js';
import type { SchemeReportInput } from './render/labels.js';

// The report on screen, as PDF and as XLSX. Each names persons (the received-nothing list, the
// requests), so each reading is audited with the municipality, quarter and format.

async function audited(
  access: AccessContext,
  data: SchemeReportData,
  format: 'json' | 'pdf' | 'xlsx',
  language?: string,
): Promise<void> {
  await access.audit(access.db, {
    action: format === 'json' ? 'scheme_report.read' : 'scheme_report.export',
    recordType: 'jurisdiction',
    recordId: data.municipality.id,
    details: {
      year: data.period.year,
      quarter: data.period.quarter,
      format,
      ...(language ? { language } : {}),
      persons: data.receivedNothing.count,
      requests: data.requests.length,
    },
  });
}

export async function schemeReport(
  access: AccessContext,
  deps: RequestDeps,
  query: SchemeReportQuery,
): Promise<SchemeReportData> {
  const data = await buildSchemeReport(access, deps, query);
  await audited(access, data, 'json');
  return data;
}

async function input(access: AccessContext, deps: RequestDeps, query: SchemeReportQuery) {
  const data = await buildSchemeReport(access, deps, query);
  const language = query.lang ?? textLanguageOf(access.locale);
  const country = deps.countries.find((c) => c.country.code === access.user?.countryCode);
  const report: SchemeReportInput = { data, language, countryName: country?.country.name[language] ?? '' };
  return report;
}

export async function schemeReportPdf(
  access: AccessContext,
  deps: RequestDeps,
  query: SchemeReportQuery,
): Promise<Paper> {
  const report = await input(access, deps, query);
  const paper = await renderSchemeReportPdf(report);
  await audited(access, report.data, 'pdf', report.language);
  return paper;
}

export async function schemeReportXlsx(access: AccessContext, deps: RequestDeps, query: SchemeReportQuery) {
  const report = await input(access, deps, query);
  const file = await renderSchemeReportXlsx(report);
  await audited(access, report.data, 'xlsx', report.language);
  return file;
}
