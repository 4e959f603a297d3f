import { formatDate, formatNumber, translate, type SchemeFigures, type SchemeReportData } from '@vatra/core';

// What the PDF and the XLSX of the scheme report share: the catalog lookup, the language, and
// how schemes, periods, amounts and days are written.

export type ReportLanguage = 'sq' | 'sr' | 'en';

export interface SchemeReportInput {
  data: SchemeReportData;
  language: ReportLanguage;
  /** The country's name in the report's language, for the letterhead. */
  countryName: string;
}

export type ReportT = (key: string, values?: Record<string, string | number>) => string;

export function reportT(language: ReportLanguage): ReportT {
  return (key, values) => translate(language, `pdf.schemeReports.${key}`, values);
}

/** The figures in the order the tables print them, split into the four tables of the PDF. */
export const FIGURE_GROUPS = {
  requests: [
    'requestsFiled',
    'requestsSubmitted',
    'approved',
    'partlyApproved',
    'rejected',
    'pendingOverdue',
  ],
  appeals: ['appealsFiled', 'appealsUpheld', 'appealsOverturned', 'appealsReturned', 'appealsDecidedLate'],
  execution: ['executionsStarted', 'executionsCompleted', 'medianDaysToComplete', 'maxDaysToComplete'],
  costs: ['approvedAmount', 'actualCost', 'benefitsCount', 'benefitAmount'],
} as const satisfies Record<string, readonly (keyof SchemeFigures)[]>;

export const ALL_FIGURES: readonly (keyof SchemeFigures)[] = [
  ...FIGURE_GROUPS.requests,
  ...FIGURE_GROUPS.appeals,
  ...FIGURE_GROUPS.execution,
  ...FIGURE_GROUPS.costs,
];

export const MONEY_FIGURES: ReadonlySet<keyof SchemeFigures> = new Set([
  'approvedAmount',
  'actualCost',
  'benefitAmount',
]);

export function schemeLabel(input: SchemeReportInput, row: { schemeCode: string | null }): string {
  const t = reportT(input.language);
  if (row.schemeCode === null) return t('general');
  const scheme = input.data.schemes.find((item) => item.schemeCode === row.schemeCode);
  return scheme?.schemeName?.[input.language] ?? row.schemeCode;
}

export function dateText(input: SchemeReportInput, value: string | Date): string {
  return formatDate(input.language, value);
}

export function moneyText(input: SchemeReportInput, value: number): string {
  const amount = formatNumber(input.language, value, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return `${amount}\u00a0${input.data.currency === 'EUR' ? '€' : 'ALL'}`;
}

/** A figure as printed: money with its currency, days with one decimal at most, "—" when none. */
export function figureText(input: SchemeReportInput, key: keyof SchemeFigures, value: number | null): string {
  if (value === null) return '—';
  if (MONEY_FIGURES.has(key)) return moneyText(input, value);
  return formatNumber(input.language, value, { maximumFractionDigits: 1 });
}

export function periodText(input: SchemeReportInput): string {
  const t = reportT(input.language);
  const { year, quarter, from, to } = input.data.period;
  return `${t('periodName', { quarter, year })} (${dateText(input, from)} – ${dateText(input, to)})`;
}

/** Whether a scheme has anything to show in the quarter. */
export function hasActivity(figures: SchemeFigures): boolean {
  return ALL_FIGURES.some((key) => (figures[key] ?? 0) !== 0);
}
