import type { ProgressStatus } from '@vatra/core';

// Everything a progress report prints, resolved by the action-plan service from the database.
// The renderers (pdf.ts, xlsx.ts) only lay it out: they compute nothing but counts and sums of
// what is here. Dates are ISO strings (YYYY-MM-DD); amounts are plain numbers in `currency`.
//
// All texts are already in the report's language except the plan's own wording (titles,
// indicator texts, step titles, stated-total labels), which come as the source wrote them plus
// the English rendering; `planText` in labels.ts decides which of the two is printed.

export type ReportLanguage = 'sq' | 'sr' | 'en';

/** Wording of the plan: as adopted (Albanian or Serbian) and in English. */
export interface PlanText {
  original: string;
  en: string;
}

export interface IndicatorLine {
  id: string;
  text: PlanText;
  unit: 'percent' | 'count' | 'amount' | 'yes_no' | 'text';
  baseline: number | string | null;
  /** The target for the report's year, as the plan states it. */
  target: number | string | null;
  /** The value at the end of the reporting period; percentages as 0–100. */
  value: number | null;
  source: 'computed' | 'manual' | 'none';
  /**
   * How the value was obtained, in the report's language: the computed definition's sentence,
   * or "manual value recorded by X on D, evidence: file".
   */
  definition: string | null;
  numerator: number | null;
  denominator: number | null;
  progress: ProgressStatus;
}

export interface ActionLine {
  id: string;
  number: string | null;
  title: PlanText;
  /** ISO date the action was due, when the plan gives one. */
  deadline: string | null;
  overdue: boolean;
  indicators: IndicatorLine[];
}

export interface MeasureLine {
  id: string;
  number: string | null;
  title: PlanText;
  indicators: IndicatorLine[];
  actions: ActionLine[];
}

export interface ObjectiveLine {
  id: string;
  number: string | null;
  title: PlanText;
  indicators: IndicatorLine[];
  measures: MeasureLine[];
}

export interface BudgetTotal {
  /** Null: costs given for the whole plan period rather than a year. */
  year: number | null;
  currency: 'EUR' | 'ALL';
  planned: number;
  actual: number;
}

/** A total typed in the plan that does not equal the sum of the costs it covers. */
export interface BudgetDiscrepancy {
  label: PlanText;
  currency: 'EUR' | 'ALL';
  stated: number;
  computed: number;
  /** stated − computed. */
  difference: number;
  note: string | null;
}

export interface StepLine {
  title: PlanText;
  year: number;
  dueOn: string;
  doneOn: string | null;
  state: 'done' | 'due' | 'overdue' | 'later';
}

export interface PlanReportData {
  language: ReportLanguage;
  generatedAt: Date;
  plan: {
    key: string;
    title: PlanText;
    municipalityName: string;
    period: { from: number; to: number };
    status: 'draft' | 'adopted' | 'in_implementation' | 'evaluated';
    sourceLanguage: 'sq' | 'sr';
  };
  period: {
    kind: 'month' | 'quarter' | 'year';
    year: number;
    /** Month 1–12 or quarter 1–4; absent for a year. */
    part?: number;
    from: string;
    to: string;
  };
  objectives: ObjectiveLine[];
  budget: { totals: BudgetTotal[]; discrepancies: BudgetDiscrepancy[] };
  steps: StepLine[];
  /** The monitoring team's analytical report to the Mayor, in the report's language; null until written. */
  analysis: { challenges: string; recommendations: string; writtenBy: string; writtenAt: string } | null;
}
