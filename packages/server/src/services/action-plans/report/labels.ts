import { PROGRESS_STATUSES, formatDate, formatNumber, translate, type ProgressStatus } from '@vatra/core';
import type { IndicatorLine, ObjectiveLine, PlanReportData, PlanText, ReportLanguage } from './data.js';

// What the PDF and the XLSX share: the catalog lookup, which wording of the plan is printed,
// how values are written, and the indicators flattened into rows.

export type ReportT = (key: string, values?: Record<string, string | number>) => string;

export function reportT(language: ReportLanguage): ReportT {
  return (key, values) => translate(language, `pdf.actionPlans.${key}`, values);
}

/**
 * The plan's wording in a report. The plan was adopted in one local language; officers of the
 * other community read the original too (it is the legal text), so:
 * - report in the plan's own language: the original only;
 * - English report: the English rendering only (donors, integrators);
 * - report in the other local language (an Albanian plan in a Serbian report): the original,
 *   with the English rendering below in smaller type as the readable aid — there is no Serbian
 *   rendering of an Albanian plan, and a machine translation would not be the adopted text.
 */
export function planText(data: PlanReportData, text: PlanText): { main: string; aid: string | null } {
  if (data.language === data.plan.sourceLanguage) return { main: text.original, aid: null };
  if (data.language === 'en') return { main: text.en, aid: null };
  return { main: text.original, aid: text.en === text.original ? null : text.en };
}

/** Whether the report prints plan texts with the English aid (see planText). */
export function showsAid(data: PlanReportData): boolean {
  return data.language !== 'en' && data.language !== data.plan.sourceLanguage;
}

export function dateText(data: PlanReportData, value: string | Date): string {
  return formatDate(data.language, value);
}

export function numberText(data: PlanReportData, value: number): string {
  return formatNumber(data.language, value, { maximumFractionDigits: 2 });
}

/** A baseline, target or value as printed: "65 %", "12", "Yes"; "—" when missing. */
export function valueText(
  data: PlanReportData,
  t: ReportT,
  unit: IndicatorLine['unit'],
  value: number | string | null,
): string {
  if (value === null || value === '') return '—';
  if (typeof value === 'string') return value;
  if (unit === 'yes_no') return value >= 1 ? t('yes') : t('no');
  if (unit === 'percent') return `${formatNumber(data.language, value, { maximumFractionDigits: 1 })} %`;
  return numberText(data, value);
}

export function moneyText(data: PlanReportData, value: number, currency: 'EUR' | 'ALL'): string {
  return `${formatNumber(data.language, value, { maximumFractionDigits: 0 })} ${currency === 'EUR' ? '€' : 'ALL'}`;
}

export function periodText(data: PlanReportData, t: ReportT): string {
  const { kind, year, part } = data.period;
  const name =
    kind === 'month'
      ? t('periodName.month', { month: t(`months.m${part ?? 1}`), year })
      : kind === 'quarter'
        ? t('periodName.quarter', { part: part ?? 1, year })
        : t('periodName.year', { year });
  return `${name} (${dateText(data, data.period.from)} – ${dateText(data, data.period.to)})`;
}

export function objectiveHeading(t: ReportT, objective: ObjectiveLine): string {
  return objective.number
    ? t('sections.objective', { number: objective.number })
    : t('sections.objectiveNoNumber');
}

export type Level = 'objective' | 'measure' | 'action';

export interface IndicatorRow {
  level: Level;
  /** Number of the row the indicator belongs to ("1", "1.1", "1.1.2"); null when unnumbered. */
  rowNumber: string | null;
  rowTitle: PlanText;
  indicator: IndicatorLine;
}

/** The objective's indicators in plan order: its own, then each measure's, then each action's. */
export function indicatorRows(objective: ObjectiveLine): IndicatorRow[] {
  const rows: IndicatorRow[] = objective.indicators.map((indicator) => ({
    level: 'objective',
    rowNumber: objective.number,
    rowTitle: objective.title,
    indicator,
  }));
  for (const measure of objective.measures) {
    for (const indicator of measure.indicators) {
      rows.push({ level: 'measure', rowNumber: measure.number, rowTitle: measure.title, indicator });
    }
    for (const action of measure.actions) {
      // Actions are numbered within their measure in the sources ("1", "2"): qualify them.
      const number = action.number
        ? measure.number
          ? `${measure.number}.${action.number}`
          : action.number
        : null;
      for (const indicator of action.indicators) {
        rows.push({ level: 'action', rowNumber: number, rowTitle: action.title, indicator });
      }
    }
  }
  return rows;
}

export type StatusCounts = Record<ProgressStatus, number>;

export function countStatuses(indicators: IndicatorLine[]): StatusCounts {
  const counts = Object.fromEntries(PROGRESS_STATUSES.map((status) => [status, 0])) as StatusCounts;
  for (const indicator of indicators) counts[indicator.progress] += 1;
  return counts;
}

export function allIndicators(objective: ObjectiveLine): IndicatorLine[] {
  return indicatorRows(objective).map((row) => row.indicator);
}

export function overdueActions(objective: ObjectiveLine) {
  return objective.measures.flatMap((measure) =>
    measure.actions
      .filter((action) => action.overdue)
      .map((action) => ({
        // An unnumbered action is listed under its measure's number.
        number: action.number
          ? measure.number
            ? `${measure.number}.${action.number}`
            : action.number
          : measure.number,
        title: action.title,
        deadline: action.deadline,
      })),
  );
}
