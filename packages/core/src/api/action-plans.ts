import { z } from 'zod';
import { localizedText } from '../config/schema.js';
import {
  ACTION_PLAN_STATUSES,
  INDICATOR_UNITS,
  PLAN_KINDS,
  planFileSchema,
  sourceText,
} from '../plans/schema.js';
import { PROGRESS_STATUSES } from '../plans/progress.js';
import { calendarDay, namedRef, uuid, version } from './common.js';

// Municipal action plans (reintegration plans, social-services strategies, social plans): held in
// the database, first copied from plans/*.json. Case plans (PIR/PII) are /api/plans; these are
// /api/action-plans.

const isoDate = calendarDay;
const year = z.coerce.number().int().min(2000).max(2100);
const userRef = z.object({ id: uuid, name: z.string() }).nullable();

export const actionPlanSummary = z.object({
  id: uuid,
  key: z.string(),
  kind: z.enum(PLAN_KINDS),
  title: sourceText,
  municipality: namedRef,
  period: z.object({ from: z.number().int(), to: z.number().int() }),
  status: z.enum(ACTION_PLAN_STATUSES),
  origin: z.enum(['shipped', 'imported', 'copied']),
  version,
  counts: z.object({
    goals: z.number().int(),
    objectives: z.number().int(),
    measures: z.number().int(),
    actions: z.number().int(),
    indicators: z.number().int(),
  }),
  updatedAt: z.string(),
});
export type ActionPlanSummary = z.infer<typeof actionPlanSummary>;
export const actionPlanList = z.object({ items: z.array(actionPlanSummary) });

export const actionPlanDetail = actionPlanSummary.extend({
  copiedFrom: z.object({ id: uuid, key: z.string() }).nullable(),
  content: planFileSchema,
});
export type ActionPlanDetail = z.infer<typeof actionPlanDetail>;

/** Replace the plan's content (any status but evaluated); the whole document, versioned. */
export const actionPlanEdit = z.object({
  version,
  content: planFileSchema,
  /** Why: shown in the version history. */
  change: z.string().trim().min(1).max(500),
});

export const actionPlanStatusChange = z.object({
  version,
  status: z.enum(ACTION_PLAN_STATUSES),
  /** Required when adopting: the body that adopted it, the decision's number and date. */
  adoption: z
    .object({
      by: z.string().trim().min(1).max(200),
      decisionNumber: z.string().trim().min(1).max(100),
      date: isoDate,
    })
    .optional(),
});

/** A new draft from an existing plan (the next period's plan starts from the last one). */
export const actionPlanCopy = z.object({
  key: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .max(80),
  period: z.object({ from: year, to: year }),
  title: sourceText.optional(),
});

export const actionPlanVersions = z.object({
  items: z.array(
    z.object({ version: z.number().int(), change: z.string(), changedBy: userRef, changedAt: z.string() }),
  ),
});

/** JSON import: the plan file as exported (plans/<key>.json format); XLSX goes as multipart. */
export const actionPlanImport = z.object({ content: z.unknown() });

// ---- indicators ----

export const indicatorDefinitionSummary = z.object({
  key: z.string(),
  title: localizedText,
  /** What the value means: numerator, denominator, period, in words. */
  definition: localizedText,
  unit: z.enum(['percent', 'count']),
  numerator: localizedText,
  denominator: localizedText.nullable(),
});
export type IndicatorDefinitionSummary = z.infer<typeof indicatorDefinitionSummary>;
export const indicatorDefinitionList = z.object({ items: z.array(indicatorDefinitionSummary) });

export const progressSchema = z.object({
  year: z.number().int(),
  target: z.union([z.number(), z.string()]).nullable(),
  /** The value the rule expects by now (pro rata through the year for counts and amounts). */
  expected: z.number().nullable(),
  status: z.enum(PROGRESS_STATUSES),
});
export type Progress = z.infer<typeof progressSchema>;

export const computedValue = z.object({
  definitionKey: z.string(),
  from: isoDate,
  to: isoDate,
  numerator: z.number(),
  denominator: z.number().nullable(),
  /** Percent (0–100, one decimal) or count; null when the denominator is 0. */
  value: z.number().nullable(),
});
export type ComputedValue = z.infer<typeof computedValue>;

export const manualValue = z.object({
  id: uuid,
  periodStart: isoDate,
  periodEnd: isoDate,
  value: z.number(),
  note: z.string().nullable(),
  evidence: z.object({ id: uuid, fileName: z.string() }).nullable(),
  recordedBy: userRef,
  recordedAt: z.string(),
});
export type ManualValue = z.infer<typeof manualValue>;

export const planIndicatorState = z.object({
  indicatorId: z.string(),
  /** The objective, measure or action the indicator belongs to. */
  rowId: z.string(),
  rowNumber: z.string().nullable(),
  text: sourceText,
  unit: z.enum(INDICATOR_UNITS),
  baseline: z.union([z.number(), z.string()]).nullable(),
  targets: z.array(z.object({ year: z.number().int(), value: z.union([z.number(), z.string()]) })),
  link: z.object({ definitionKey: z.string() }).nullable(),
  computed: computedValue.nullable(),
  /** Manual values, newest period first (the latest row per period only). */
  manual: z.array(manualValue),
  /** The value the progress is judged on: computed when linked, else the latest manual value. */
  current: z.number().nullable(),
  progress: progressSchema,
});
export type PlanIndicatorState = z.infer<typeof planIndicatorState>;
export const planIndicatorsQuery = z.object({ year: year.optional() });
export const planIndicatorList = z.object({ year: z.number().int(), items: z.array(planIndicatorState) });

export const indicatorParams = z.object({
  id: uuid,
  indicatorId: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._-]*$/)
    .max(80),
});
export const indicatorLinkBody = z.object({ definitionKey: z.string().max(80).nullable() });
export const manualValueBody = z.object({
  periodStart: isoDate,
  periodEnd: isoDate,
  value: z.number().finite(),
  note: z.string().trim().max(2000).optional(),
  evidenceDocumentId: uuid.optional(),
});

// ---- budget ----

export const budgetCell = z.object({ EUR: z.number(), ALL: z.number() });
export const budgetRow = z.object({
  rowId: z.string(),
  level: z.enum(['objective', 'measure', 'action']),
  number: z.string().nullable(),
  title: sourceText,
  /** Planned per year (null key "all": the source gives the period only). */
  planned: z.array(
    z.object({
      year: z.number().int().nullable(),
      currency: z.enum(['EUR', 'ALL']),
      amount: z.number(),
      source: z.string().nullable(),
    }),
  ),
  /** What the cost cells say when they are not amounts: KA, BRK, donors, shared with 2.1, no cost. */
  otherCosts: z.array(z.string()),
  actual: z.array(
    z.object({
      year: z.number().int(),
      currency: z.enum(['EUR', 'ALL']),
      fundingSource: z.string(),
      amount: z.number(),
    }),
  ),
});
export const budgetDiscrepancy = z.object({
  id: z.string(),
  label: sourceText,
  currency: z.enum(['EUR', 'ALL']),
  stated: z.number(),
  computed: z.number(),
  difference: z.number(),
  note: z.string().nullable(),
});
export const planBudget = z.object({
  rows: z.array(budgetRow),
  totals: z.array(
    z.object({
      year: z.number().int().nullable(),
      currency: z.enum(['EUR', 'ALL']),
      planned: z.number(),
      actual: z.number(),
    }),
  ),
  bySource: z.array(
    z.object({
      fundingSource: z.string(),
      currency: z.enum(['EUR', 'ALL']),
      planned: z.number(),
      actual: z.number(),
    }),
  ),
  discrepancies: z.array(budgetDiscrepancy),
  /**
   * Money from the benefits register (source "benefits"): per row linked to schemes, the benefits
   * of those schemes granted in the plan's municipality in each year of the plan. Kept apart from
   * `actual` (spending recorded by hand), never added into it.
   */
  fromBenefits: z.array(
    z.object({
      rowId: z.string(),
      number: z.string().nullable(),
      title: sourceText,
      schemes: z.array(z.string()),
      lines: z.array(
        z.object({
          year: z.number().int(),
          currency: z.enum(['EUR', 'ALL']),
          amount: z.number(),
          count: z.number().int(),
        }),
      ),
    }),
  ),
  benefitTotals: z.array(
    z.object({ year: z.number().int(), currency: z.enum(['EUR', 'ALL']), amount: z.number() }),
  ),
  steps: z.array(
    z.object({
      stepId: z.string(),
      title: sourceText,
      year: z.number().int(),
      dueOn: isoDate,
      doneOn: isoDate.nullable(),
      state: z.enum(['done', 'due', 'overdue', 'later']),
    }),
  ),
});
export type PlanBudget = z.infer<typeof planBudget>;
export const spendingBody = z.object({
  rowId: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._-]*$/)
    .max(80),
  year,
  fundingSource: z.string().trim().min(1).max(100),
  amount: z
    .number()
    .finite()
    .refine((n) => n !== 0),
  currency: z.enum(['EUR', 'ALL']),
  spentOn: isoDate,
  note: z.string().trim().max(2000).optional(),
});
/** A scheme of the catalogue linked to a measure or action: its benefits count as spending. */
export const schemeLinkBody = z.object({
  schemeCode: z
    .string()
    .regex(/^[a-z][a-z0-9_]*$/)
    .max(80),
});
export const stepDoneBody = z.object({
  stepId: z.string().max(80),
  year,
  doneOn: isoDate,
  note: z.string().trim().max(2000).optional(),
});

// ---- reports ----

export const REPORT_PERIODS = ['month', 'quarter', 'year'] as const;
export const planReportQuery = z.object({
  period: z.enum(REPORT_PERIODS),
  year,
  /** 1–12 for a month, 1–4 for a quarter; ignored for a year. */
  part: z.coerce.number().int().min(1).max(12).optional(),
  format: z.enum(['pdf', 'xlsx']),
  lang: z.enum(['sq', 'sr', 'en']).optional(),
});
export const analysisBody = z.object({
  periodStart: isoDate,
  periodEnd: isoDate,
  challenges: z.string().trim().min(1).max(20000),
  recommendations: z.string().trim().min(1).max(20000),
});
export const analysisList = z.object({
  items: z.array(
    z.object({
      id: uuid,
      periodStart: isoDate,
      periodEnd: isoDate,
      challenges: z.string(),
      recommendations: z.string(),
      writtenBy: userRef,
      writtenAt: z.string(),
    }),
  ),
});

// ---- national view and dashboard ----

export const compareQuery = z.object({ definition: z.string().max(80), year });
export const planComparison = z.object({
  definition: indicatorDefinitionSummary,
  year: z.number().int(),
  items: z.array(
    z.object({
      plan: z.object({ id: uuid, key: z.string(), title: sourceText }),
      municipality: namedRef,
      value: computedValue,
      /** The plan's own indicators linked to this definition, with their target for the year. */
      indicators: z.array(
        z.object({
          indicatorId: z.string(),
          target: z.union([z.number(), z.string()]).nullable(),
          progress: progressSchema,
        }),
      ),
    }),
  ),
});
export type PlanComparison = z.infer<typeof planComparison>;

export const planDashboard = z.object({
  year: z.number().int(),
  plans: z.array(
    z.object({
      plan: actionPlanSummary,
      progress: z.record(z.enum(PROGRESS_STATUSES), z.number().int()),
      overdueCount: z.number().int(),
      /** The first few overdue measures and actions. */
      overdueActions: z.array(
        z.object({
          rowId: z.string(),
          number: z.string().nullable(),
          title: sourceText,
          deadline: z.string(),
        }),
      ),
      budget: z.array(
        z.object({ currency: z.enum(['EUR', 'ALL']), planned: z.number(), actual: z.number() }),
      ),
    }),
  ),
});
export type PlanDashboard = z.infer<typeof planDashboard>;

// ---- implementation of measures and actions ----

export const ROW_PROGRESS_STATUSES = ['not_started', 'in_progress', 'done', 'cancelled'] as const;
export const rowParams = z.object({
  id: uuid,
  rowId: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._-]*$/)
    .max(80),
});
export const schemeLinkParams = rowParams.extend({
  schemeCode: z
    .string()
    .regex(/^[a-z][a-z0-9_]*$/)
    .max(80),
});
export const rowProgressBody = z.object({
  status: z.enum(ROW_PROGRESS_STATUSES),
  note: z.string().trim().max(2000).optional(),
});
export const planRowState = z.object({
  rowId: z.string(),
  level: z.enum(['measure', 'action']),
  number: z.string().nullable(),
  title: sourceText,
  /** "Q4 2020", "2021-03-31", "ongoing" as the source words it; null when it gives none. */
  deadline: z.string().nullable(),
  /** The last day the deadline allows; null for ongoing or unknown. */
  dueOn: isoDate.nullable(),
  status: z.enum(ROW_PROGRESS_STATUSES),
  overdue: z.boolean(),
  note: z.string().nullable(),
  recordedBy: userRef,
  recordedAt: z.string().nullable(),
});
export type PlanRowState = z.infer<typeof planRowState>;
export const planRowList = z.object({ items: z.array(planRowState) });
