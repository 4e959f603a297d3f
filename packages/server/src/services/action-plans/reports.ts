import { textLanguageOf, type planReportQuery } from '@vatra/core';
import type { z } from 'zod';
import type { AccessContext } from '../access/context.js';
import { planErrors } from './errors.js';
import { requireActionPlan } from './read.js';
import { renderPlanReportPdf } from './report/pdf.js';
import { renderPlanReportXlsx } from './report/xlsx.js';
import { buildReportData } from './report-data.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A monthly, quarterly or annual progress report of a plan as PDF or XLSX, in the language
 * asked for (the user's own by default). The period must fall within the plan's years or after
 * them (a plan keeps being reported on until it is evaluated).
 */
export async function planReport(access: AccessContext, id: string, query: z.infer<typeof planReportQuery>) {
  const plan = await requireActionPlan(access, id);
  const part = query.period === 'year' ? undefined : (query.part ?? 1);
  if (query.period === 'quarter' && part !== undefined && part > 4)
    throw planErrors.field('part', 'periodOutsidePlan');
  if (query.year < plan.content.period.from) throw planErrors.field('year', 'periodOutsidePlan');
  const language = query.lang ?? textLanguageOf(access.locale);
  const data = await buildReportData(access.db, plan, {
    kind: query.period,
    year: query.year,
    ...(part ? { part } : {}),
    language,
  });
  const body = query.format === 'pdf' ? await renderPlanReportPdf(data) : await renderPlanReportXlsx(data);
  const suffix = part
    ? `${query.year}-${query.period === 'quarter' ? 'Q' : ''}${String(part).padStart(query.period === 'month' ? 2 : 1, '0')}`
    : String(query.year);
  await access.audit(access.db, {
    action: 'action_plan.report',
    recordType: 'action_plan',
    recordId: id,
    details: { period: query.period, year: query.year, part: part ?? null, format: query.format, language },
  });
  return {
    fileName: `${plan.key}-${suffix}-${language}.${query.format}`,
    contentType: query.format === 'pdf' ? 'application/pdf' : XLSX_TYPE,
    body,
  };
}
