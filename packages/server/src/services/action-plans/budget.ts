import {
  budgetDiscrepancies,
  budgetLines,
  officeToday,
  planRow,
  type PlanBudget,
  type PlanFile,
  type spendingBody,
  type stepDoneBody,
} from '@vatra/core';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/schema.js';
import { planDb } from '../../storage/action-plans/tables.js';
import type { AccessContext } from '../access/context.js';
import { addDays } from '../requests/dates.js';
import { benefitSpending } from './budget-benefits.js';
import { planErrors } from './errors.js';
import { requireActionPlan, type PlanRecord } from './read.js';

type Currency = 'EUR' | 'ALL';
/** A recurring step is "due" this many days before its date. */
const STEP_DUE_DAYS = 30;

/** The day of a UTC-midnight date built by calendar arithmetic (no time zone involved). */
function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The dated steps of every year of the plan (Pukë: Council by February, ministry in March), with their state. */
export function planSteps(content: PlanFile, done: Map<string, string>, today: Date): PlanBudget['steps'] {
  const todayIso = officeToday(today);
  const soon = addDays(todayIso, STEP_DUE_DAYS);
  const steps: PlanBudget['steps'] = [];
  for (let year = content.period.from; year <= content.period.to; year++)
    for (const step of content.steps) {
      // The last day of the month when the step's day does not exist in it (28 February).
      const last = new Date(Date.UTC(year, step.month, 0)).getUTCDate();
      const dueOn = isoDay(new Date(Date.UTC(year, step.month - 1, Math.min(step.day, last))));
      const doneOn = done.get(`${step.id}:${year}`) ?? null;
      const state = doneOn ? 'done' : dueOn < todayIso ? 'overdue' : dueOn <= soon ? 'due' : 'later';
      steps.push({ stepId: step.id, title: step.title, year, dueOn, doneOn, state });
    }
  return steps.sort((a, b) => a.dueOn.localeCompare(b.dueOn));
}

/** Planned (from the plan's costs) against actual (the spending recorded) with totals and the typed totals that disagree. */
export async function budgetOf(
  db: Kysely<Database>,
  plan: PlanRecord,
  today = new Date(),
): Promise<PlanBudget> {
  const pdb = planDb(db);
  const [spending, stepsDone, benefits] = await Promise.all([
    pdb
      .selectFrom('action_plan_spending')
      .select([
        'row_id',
        'year',
        'currency',
        'funding_source',
        (eb) => eb.fn.sum<string>('amount').as('amount'),
      ])
      .where('plan_id', '=', plan.id)
      .groupBy(['row_id', 'year', 'currency', 'funding_source'])
      .orderBy('row_id')
      .orderBy('year')
      .orderBy('funding_source')
      .execute(),
    pdb
      .selectFrom('action_plan_steps_done')
      .select(['step_id', 'year', 'done_on'])
      .where('plan_id', '=', plan.id)
      .execute(),
    // Benefits of the schemes linked to rows: shown apart from `actual`, never added into it.
    benefitSpending(db, plan),
  ]);
  const lines = budgetLines(plan.content);
  const actualOf = (rowId: string) =>
    spending
      .filter((row) => row.row_id === rowId)
      .map((row) => ({
        year: row.year,
        currency: row.currency,
        fundingSource: row.funding_source,
        amount: Number(row.amount),
      }));
  const rows: PlanBudget['rows'] = lines.map((line) => ({ ...line, actual: actualOf(line.rowId) }));
  // Spending can be recorded on a row whose costs the source left empty: it gets a line too.
  for (const rowId of new Set(spending.map((row) => row.row_id)))
    if (!lines.some((line) => line.rowId === rowId)) {
      const row = planRow(plan.content, rowId);
      if (row && 'title' in row)
        rows.push({
          rowId,
          level: 'actions' in row ? 'measure' : 'action',
          number: row.number ?? null,
          title: row.title,
          planned: [],
          otherCosts: [],
          actual: actualOf(rowId),
        });
    }

  const totals = new Map<string, PlanBudget['totals'][number]>();
  const bySource = new Map<string, PlanBudget['bySource'][number]>();
  const bump = <T extends { planned: number; actual: number }>(
    map: Map<string, T>,
    key: string,
    fresh: () => T,
    field: 'planned' | 'actual',
    amount: number,
  ) => {
    const entry = map.get(key) ?? fresh();
    entry[field] += amount;
    map.set(key, entry);
  };
  for (const line of lines)
    for (const amount of line.planned) {
      bump(
        totals,
        `${amount.year ?? ''}:${amount.currency}`,
        () => ({ year: amount.year, currency: amount.currency, planned: 0, actual: 0 }),
        'planned',
        amount.amount,
      );
      const source = amount.source ?? '—';
      bump(
        bySource,
        `${source}:${amount.currency}`,
        () => ({ fundingSource: source, currency: amount.currency, planned: 0, actual: 0 }),
        'planned',
        amount.amount,
      );
    }
  for (const row of spending) {
    const amount = Number(row.amount);
    bump(
      totals,
      `${row.year}:${row.currency}`,
      () => ({ year: row.year, currency: row.currency, planned: 0, actual: 0 }),
      'actual',
      amount,
    );
    bump(
      bySource,
      `${row.funding_source}:${row.currency}`,
      () => ({ fundingSource: row.funding_source, currency: row.currency, planned: 0, actual: 0 }),
      'actual',
      amount,
    );
  }
  const done = new Map(stepsDone.map((row) => [`${row.step_id}:${row.year}`, row.done_on]));
  return {
    rows,
    totals: [...totals.values()].sort(
      (a, b) => (a.year ?? 0) - (b.year ?? 0) || a.currency.localeCompare(b.currency),
    ),
    bySource: [...bySource.values()].sort((a, b) => a.fundingSource.localeCompare(b.fundingSource)),
    discrepancies: budgetDiscrepancies(plan.content),
    ...benefits,
    steps: planSteps(plan.content, done, today),
  };
}

export async function getPlanBudget(access: AccessContext, id: string): Promise<PlanBudget> {
  const plan = await requireActionPlan(access, id);
  await access.audit(access.db, { action: 'action_plan.budget', recordType: 'action_plan', recordId: id });
  return budgetOf(access.db, plan);
}

/** Money spent on a row in a year from a source; appended, never edited (a correction is a negative line). */
export async function recordSpending(
  access: AccessContext,
  id: string,
  body: z.infer<typeof spendingBody>,
): Promise<PlanBudget> {
  const user = access.requireUser();
  const plan = await requireActionPlan(access, id);
  const row = planRow(plan.content, body.rowId);
  if (!row || !('costs' in row)) throw planErrors.field('rowId', 'unknownRow');
  const { from, to } = plan.content.period;
  if (body.year < from || body.year > to) throw planErrors.field('year', 'yearOutsidePeriod', { from, to });
  await access.db.transaction().execute(async (trx) => {
    const inserted = await planDb(trx)
      .insertInto('action_plan_spending')
      .values({
        plan_id: id,
        row_id: body.rowId,
        year: body.year,
        funding_source: body.fundingSource,
        amount: body.amount,
        currency: body.currency satisfies Currency,
        spent_on: body.spentOn,
        note: body.note ?? null,
        recorded_by: user.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await access.audit(trx, {
      action: 'action_plan.spending',
      recordType: 'action_plan',
      recordId: id,
      details: {
        spendingId: inserted.id,
        rowId: body.rowId,
        year: body.year,
        amount: body.amount,
        currency: body.currency,
      },
    });
  });
  return budgetOf(access.db, plan);
}

/** A recurring step done for a year (recorded once; a second record for the same year replaces the date). */
export async function markStepDone(
  access: AccessContext,
  id: string,
  body: z.infer<typeof stepDoneBody>,
): Promise<PlanBudget> {
  const user = access.requireUser();
  const plan = await requireActionPlan(access, id);
  if (!plan.content.steps.some((step) => step.id === body.stepId))
    throw planErrors.field('stepId', 'unknownStep');
  const { from, to } = plan.content.period;
  if (body.year < from || body.year > to) throw planErrors.field('year', 'yearOutsidePeriod', { from, to });
  await access.db.transaction().execute(async (trx) => {
    await planDb(trx)
      .insertInto('action_plan_steps_done')
      .values({
        plan_id: id,
        step_id: body.stepId,
        year: body.year,
        done_on: body.doneOn,
        note: body.note ?? null,
        recorded_by: user.userId,
      })
      .onConflict((oc) =>
        oc
          .columns(['plan_id', 'step_id', 'year'])
          .doUpdateSet({ done_on: body.doneOn, note: body.note ?? null, recorded_by: user.userId }),
      )
      .execute();
    await access.audit(trx, {
      action: 'action_plan.step_done',
      recordType: 'action_plan',
      recordId: id,
      details: { ...body },
    });
  });
  return budgetOf(access.db, plan);
}
