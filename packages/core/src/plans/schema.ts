import { z } from 'zod';

// Municipal action plans as data (plans/<key>.json): reintegration plans, social-services
// strategies and social plans share one skeleton — plan → objectives (with objective-level
// indicators) → measures → actions, each with indicators, responsible and partner institutions,
// costs per year, a deadline and the means of verification. Every row has its own `id`, unique
// in the plan, because the sources' numbering is not (Gjilan has two objectives 6); `number` is
// the number as printed. Wording is kept in the source's language (`original`) with an English
// rendering (`en`); where the source is unreadable or contradicts itself a row says so in `note`
// rather than guessing.

export const PLAN_KINDS = ['reintegration', 'social_services_strategy', 'social_plan'] as const;
export const ACTION_PLAN_STATUSES = ['draft', 'adopted', 'in_implementation', 'evaluated'] as const;
export const INDICATOR_UNITS = ['percent', 'count', 'amount', 'yes_no', 'text'] as const;
export const SOURCE_LANGUAGES = ['sq', 'sr'] as const;

/** A stable key: lower-case letters, digits, dots, hyphens and underscores ("o6b.m8.1", "g1-2.2"). */
const rowId = z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'lower-case letters, digits, dots, hyphens, underscores');

/** Text as the source wrote it, and in English. */
export const sourceText = z.strictObject({
  original: z.string().trim().min(1),
  en: z.string().trim().min(1),
});
export type SourceText = z.infer<typeof sourceText>;

const note = z.string().trim().min(1).optional();

/** A value as the source gives it: a number, or text when it is not one ("all", "yes", "n/a"). */
const value = z.union([z.number(), z.string().trim().min(1)]);

export const indicatorSchema = z.strictObject({
  id: rowId,
  text: sourceText,
  unit: z.enum(INDICATOR_UNITS),
  /** Null when the source gives none. */
  baseline: z
    .strictObject({ value: value.nullable(), year: z.number().int().min(2000).max(2100).optional(), note })
    .nullable(),
  targets: z.array(z.strictObject({ year: z.number().int().min(2000).max(2100), value, note })),
  /** Where the value comes from, as the source says ("SMR", "QPS reports"). */
  verification: z.string().trim().min(1).optional(),
  note,
});
export type PlanIndicator = z.infer<typeof indicatorSchema>;

/**
 * One cost cell. `amount`: a sum in a currency (for a year, or for the whole period when `year`
 * is absent). `funding_code`: a code such as KA (administrative cost) or BRK (reintegration
 * budget). `donors`, `shared` (with another row, by id), `none` ("no cost"), `unknown` (a cell
 * left empty or unreadable). `text` keeps the source's wording.
 */
export const costSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('amount'),
    amount: z.number().nonnegative(),
    currency: z.enum(['EUR', 'ALL']),
    year: z.number().int().min(2000).max(2100).optional(),
    source: z.string().trim().min(1).optional(),
    text: z.string().optional(),
    note,
  }),
  z.strictObject({ kind: z.literal('funding_code'), code: z.string().trim().min(1), text: z.string().optional(), note }),
  z.strictObject({ kind: z.literal('donors'), donor: z.string().trim().min(1).optional(), text: z.string().optional(), note }),
  z.strictObject({ kind: z.literal('shared'), with: rowId, text: z.string().optional(), note }),
  z.strictObject({ kind: z.literal('none'), text: z.string().optional(), note }),
  z.strictObject({ kind: z.literal('unknown'), text: z.string().optional(), note }),
]);
export type PlanCost = z.infer<typeof costSchema>;

export const planDeadlineSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('quarter'), quarter: z.number().int().min(1).max(4), year: z.number().int(), text: z.string().optional() }),
  z.strictObject({ kind: z.literal('date'), date: z.iso.date(), text: z.string().optional() }),
  z.strictObject({ kind: z.literal('year'), year: z.number().int(), text: z.string().optional() }),
  z.strictObject({ kind: z.literal('period'), from: z.number().int(), to: z.number().int(), text: z.string().optional() }),
  z.strictObject({ kind: z.literal('ongoing'), text: z.string().optional() }),
  z.strictObject({ kind: z.literal('unknown'), text: z.string().optional() }),
]);
export type PlanDeadline = z.infer<typeof planDeadlineSchema>;

/** Institutions as the source names them (abbreviations kept: "ZKKK", "QPS", "DRPR"). */
const institutions = z.array(z.string().trim().min(1));

const rowFields = {
  id: rowId,
  /** As printed: "1.1", "2.3.a"; absent when the source numbers nothing. */
  number: z.string().trim().min(1).optional(),
  title: sourceText,
  indicators: z.array(indicatorSchema).default([]),
  responsible: institutions.default([]),
  partners: institutions.default([]),
  costs: z.array(costSchema).default([]),
  deadline: planDeadlineSchema.optional(),
  verification: z.string().trim().min(1).optional(),
  note,
};

export const actionSchema = z.strictObject(rowFields);
export const measureSchema = z.strictObject({ ...rowFields, actions: z.array(actionSchema).default([]) });
export const objectiveSchema = z.strictObject({
  id: rowId,
  number: z.string().trim().min(1).optional(),
  title: sourceText,
  /** Goals above objectives (Pukë: goal → objective): the id of the goal. */
  goal: rowId.optional(),
  indicators: z.array(indicatorSchema).default([]),
  measures: z.array(measureSchema).default([]),
  note,
});
export const goalSchema = z.strictObject({ id: rowId, number: z.string().optional(), title: sourceText, note });

/** A total the source types in (a budget line, a summary box), kept to be checked against the sum. */
export const statedTotalSchema = z.strictObject({
  id: rowId,
  label: sourceText,
  amount: z.number().nonnegative(),
  currency: z.enum(['EUR', 'ALL']),
  /** The rows whose costs it should equal: objective, measure or action ids (empty: the whole plan). */
  covers: z.array(rowId).default([]),
  year: z.number().int().optional(),
  note,
});

/**
 * A step that falls due on the same day every year of the plan (Pukë: the plan with its funding
 * request goes to the Municipal Council by February and to the ministry in March).
 */
export const recurringStepSchema = z.strictObject({
  id: rowId,
  title: sourceText,
  /** Due by the end of this day of this month, each year of the period. */
  month: z.number().int().min(1).max(12),
  day: z.number().int().min(1).max(31),
  responsible: institutions.default([]),
  note,
});
export type RecurringStep = z.infer<typeof recurringStepSchema>;

export const planFileSchema = z.strictObject({
  key: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum(PLAN_KINDS),
  country: z.enum(['XK', 'AL']),
  /** Jurisdiction code of the municipality (config/<country>/jurisdictions.json). */
  municipality: z.string().regex(/^[A-Z]{2}-[A-Z0-9-]+$/),
  language: z.enum(SOURCE_LANGUAGES),
  source: z.strictObject({ file: z.string().min(1), note: z.string().min(1) }),
  title: sourceText,
  period: z.strictObject({ from: z.number().int(), to: z.number().int() }),
  currency: z.enum(['EUR', 'ALL']),
  status: z.enum(ACTION_PLAN_STATUSES),
  adoption: z
    .strictObject({
      by: z.string().min(1),
      decisionNumber: z.string().min(1).optional(),
      date: z.iso.date().optional(),
      note,
    })
    .nullable(),
  goals: z.array(goalSchema).default([]),
  objectives: z.array(objectiveSchema).min(1),
  statedTotals: z.array(statedTotalSchema).default([]),
  steps: z.array(recurringStepSchema).default([]),
  notes: z.array(z.string().trim().min(1)).default([]),
});
export type PlanFile = z.infer<typeof planFileSchema>;
export type PlanObjective = z.infer<typeof objectiveSchema>;
export type PlanMeasure = z.infer<typeof measureSchema>;
export type PlanAction = z.infer<typeof actionSchema>;

/** What zod cannot see: ids unique in the plan, references (goal, shared cost, stated total) that exist. */
export function planProblems(plan: PlanFile): string[] {
  const problems: string[] = [];
  const ids = new Map<string, string>();
  const claim = (id: string, where: string) => {
    const earlier = ids.get(id);
    if (earlier) problems.push(`${where}: id "${id}" is also used at ${earlier}`);
    else ids.set(id, where);
  };
  plan.goals.forEach((goal, g) => claim(goal.id, `goals[${g}]`));
  plan.objectives.forEach((objective, o) => {
    const at = `objectives[${o}]`;
    claim(objective.id, at);
    objective.indicators.forEach((indicator, i) => claim(indicator.id, `${at}.indicators[${i}]`));
    objective.measures.forEach((measure, m) => {
      const mAt = `${at}.measures[${m}]`;
      claim(measure.id, mAt);
      measure.indicators.forEach((indicator, i) => claim(indicator.id, `${mAt}.indicators[${i}]`));
      measure.actions.forEach((action, a) => {
        const aAt = `${mAt}.actions[${a}]`;
        claim(action.id, aAt);
        action.indicators.forEach((indicator, i) => claim(indicator.id, `${aAt}.indicators[${i}]`));
      });
    });
  });
  plan.statedTotals.forEach((total, t) => claim(total.id, `statedTotals[${t}]`));
  plan.steps.forEach((step, s) => claim(step.id, `steps[${s}]`));
  const goals = new Set(plan.goals.map((goal) => goal.id));
  plan.objectives.forEach((objective, o) => {
    if (objective.goal && !goals.has(objective.goal))
      problems.push(`objectives[${o}].goal: no goal "${objective.goal}"`);
    const rows = [objective, ...objective.measures, ...objective.measures.flatMap((measure) => measure.actions)];
    for (const row of rows)
      for (const cost of 'costs' in row ? row.costs : [])
        if (cost.kind === 'shared' && !ids.has(cost.with))
          problems.push(`${row.id}: cost shared with unknown row "${cost.with}"`);
  });
  plan.statedTotals.forEach((total, t) => {
    for (const id of total.covers) if (!ids.has(id)) problems.push(`statedTotals[${t}].covers: no row "${id}"`);
  });
  return problems;
}
