import {
  findIndicatorDefinition,
  indicatorSummary,
  INDICATOR_DEFINITIONS,
  judgeProgress,
  officeToday,
  yearElapsed,
  type ComputedValue,
  type ManualValue,
  type PlanFile,
  type PlanIndicator,
  type PlanIndicatorState,
  type indicatorLinkBody,
  type manualValueBody,
} from '@vatra/core';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/schema.js';
import { errors } from '../../http/errors.js';
import { planDb } from '../../storage/action-plans/tables.js';
import type { AccessContext } from '../access/context.js';
import { evaluateMany } from '../indicators/evaluate.js';
import { planErrors } from './errors.js';
import { requireActionPlan, type PlanRecord } from './read.js';

/** Every indicator of a plan with the row it belongs to, in the plan's order. */
export function planIndicators(
  content: PlanFile,
): Array<{ rowId: string; rowNumber: string | null; indicator: PlanIndicator }> {
  const result: Array<{ rowId: string; rowNumber: string | null; indicator: PlanIndicator }> = [];
  const add = (row: { id: string; number?: string | undefined; indicators: PlanIndicator[] }) => {
    for (const indicator of row.indicators)
      result.push({ rowId: row.id, rowNumber: row.number ?? null, indicator });
  };
  for (const objective of content.objectives) {
    add(objective);
    for (const measure of objective.measures) {
      add(measure);
      for (const action of measure.actions) add(action);
    }
  }
  return result;
}

/** The computed definitions users can link an indicator to. */
export function listIndicatorDefinitions() {
  return { items: INDICATOR_DEFINITIONS.map(indicatorSummary) };
}

/** 1 January of the year to its end, or to today while the year runs. */
export function yearScope(year: number, now: Date): { from: string; to: string } {
  const today = officeToday(now);
  const end = `${year}-12-31`;
  return { from: `${year}-01-01`, to: end < today ? end : today < `${year}-01-01` ? `${year}-01-01` : today };
}

/** The year a plan's indicators are shown for by default: this year inside the period, else its last year. */
export function defaultYear(content: PlanFile, now: Date): number {
  const year = Number(officeToday(now).slice(0, 4));
  return Math.min(Math.max(year, content.period.from), Math.max(content.period.to, content.period.from));
}

/** What a value is taken over: the year whose target applies and the days counted in it. */
export interface IndicatorWindow {
  year: number;
  from: string;
  to: string;
}

/**
 * The state of every indicator of a plan over a window (a year, or a month or quarter of it):
 * the computed value of linked ones, the manual values of the others, the year's target and
 * the progress judged by the one rule (core/plans/progress.ts) at the window's end.
 */
export async function indicatorStates(
  db: Kysely<Database>,
  plan: PlanRecord,
  yearOrWindow: number | IndicatorWindow,
  now = new Date(),
): Promise<PlanIndicatorState[]> {
  const window =
    typeof yearOrWindow === 'number' ? { year: yearOrWindow, ...yearScope(yearOrWindow, now) } : yearOrWindow;
  const year = window.year;
  const pdb = planDb(db);
  const [links, values] = await Promise.all([
    pdb
      .selectFrom('action_plan_indicator_links')
      .select(['indicator_id', 'definition_key'])
      .where('plan_id', '=', plan.id)
      .execute(),
    pdb
      .selectFrom('action_plan_indicator_values as v')
      .leftJoin('users as u', 'u.id', 'v.recorded_by')
      .leftJoin('documents as d', 'd.id', 'v.evidence_document_id')
      .select([
        'v.id',
        'v.indicator_id',
        'v.period_start',
        'v.period_end',
        'v.value',
        'v.note',
        'v.evidence_document_id',
        'd.file_name',
        'v.recorded_by',
        'u.full_name',
        'v.recorded_at',
      ])
      .where('v.plan_id', '=', plan.id)
      .where('v.period_start', '<=', window.to)
      .where('v.period_end', '>=', window.from)
      .orderBy('v.period_end', 'desc')
      .orderBy('v.recorded_at', 'desc')
      .execute(),
  ]);
  const linkOf = new Map(links.map((link) => [link.indicator_id, link.definition_key]));
  const scope = { jurisdictionPath: plan.municipality.path, from: window.from, to: window.to };
  const keys = [...new Set(links.map((link) => link.definition_key))].filter((key) =>
    findIndicatorDefinition(key),
  );
  const computed = await evaluateMany(db, keys, scope);
  // Judged at the window's end, or today while the window runs.
  const end = new Date(`${window.to}T23:59:59Z`);
  const elapsed = yearElapsed(year, end < now ? end : now);

  return planIndicators(plan.content).map(({ rowId, rowNumber, indicator }) => {
    const definitionKey = linkOf.get(indicator.id);
    const value: ComputedValue | null = definitionKey ? (computed.get(definitionKey) ?? null) : null;
    // The latest record of each period counts; older records of the same period were corrections.
    const seen = new Set<string>();
    const manual: ManualValue[] = [];
    for (const row of values) {
      if (row.indicator_id !== indicator.id) continue;
      const period = `${row.period_start}/${row.period_end}`;
      if (seen.has(period)) continue;
      seen.add(period);
      manual.push({
        id: row.id,
        periodStart: row.period_start,
        periodEnd: row.period_end,
        value: Number(row.value),
        note: row.note,
        evidence: row.evidence_document_id
          ? { id: row.evidence_document_id, fileName: row.file_name ?? '' }
          : null,
        recordedBy: { id: row.recorded_by, name: row.full_name ?? '' },
        recordedAt: row.recorded_at.toISOString(),
      });
    }
    const current = definitionKey ? (value?.value ?? null) : (manual[0]?.value ?? null);
    const target = indicator.targets.find((candidate) => candidate.year === year)?.value ?? null;
    const baseline = indicator.baseline?.value ?? null;
    const judged = judgeProgress({ unit: indicator.unit, baseline, target, current, elapsed });
    return {
      indicatorId: indicator.id,
      rowId,
      rowNumber,
      text: indicator.text,
      unit: indicator.unit,
      baseline,
      targets: indicator.targets.map((t) => ({ year: t.year, value: t.value })),
      link: definitionKey ? { definitionKey } : null,
      computed: value,
      manual,
      current,
      progress: { year, target, expected: judged.expected, status: judged.status },
    };
  });
}

export async function getPlanIndicators(access: AccessContext, id: string, year?: number) {
  const plan = await requireActionPlan(access, id);
  const shown = year ?? defaultYear(plan.content, new Date());
  const items = await indicatorStates(access.db, plan, shown);
  await access.audit(access.db, {
    action: 'action_plan.indicators',
    recordType: 'action_plan',
    recordId: id,
    details: { year: shown },
  });
  return { year: shown, items };
}

function requireIndicator(plan: PlanRecord, indicatorId: string) {
  const found = planIndicators(plan.content).find((entry) => entry.indicator.id === indicatorId);
  if (!found) throw errors.notFound();
  return found;
}

async function stateOf(db: Kysely<Database>, plan: PlanRecord, indicatorId: string, year: number) {
  const states = await indicatorStates(db, plan, year);
  const state = states.find((entry) => entry.indicatorId === indicatorId);
  if (!state) throw errors.notFound();
  return state;
}

/** Measures an indicator by a computed definition (or by hand again, with null). */
export async function linkIndicator(
  access: AccessContext,
  id: string,
  indicatorId: string,
  body: z.infer<typeof indicatorLinkBody>,
): Promise<PlanIndicatorState> {
  const user = access.requireUser();
  const plan = await requireActionPlan(access, id);
  const { indicator } = requireIndicator(plan, indicatorId);
  if (body.definitionKey !== null) {
    const definition = findIndicatorDefinition(body.definitionKey);
    if (!definition) throw planErrors.field('definitionKey', 'unknownDefinition');
    // A share cannot measure a count, nor a count a share; yes/no and text are judged by people.
    if (definition.unit !== indicator.unit) throw planErrors.field('definitionKey', 'definitionUnit');
  }
  await access.db.transaction().execute(async (trx) => {
    const pdb = planDb(trx);
    await pdb
      .deleteFrom('action_plan_indicator_links')
      .where('plan_id', '=', id)
      .where('indicator_id', '=', indicatorId)
      .execute();
    if (body.definitionKey !== null)
      await pdb
        .insertInto('action_plan_indicator_links')
        .values({
          plan_id: id,
          indicator_id: indicatorId,
          definition_key: body.definitionKey,
          linked_by: user.userId,
        })
        .execute();
    await access.audit(trx, {
      action: 'action_plan.indicator_link',
      recordType: 'action_plan',
      recordId: id,
      details: { indicatorId, definitionKey: body.definitionKey },
    });
  });
  return stateOf(access.db, plan, indicatorId, defaultYear(plan.content, new Date()));
}

/** A manual value for a period with its evidence; a later record of the same period corrects it. */
export async function recordManualValue(
  access: AccessContext,
  id: string,
  indicatorId: string,
  body: z.infer<typeof manualValueBody>,
): Promise<PlanIndicatorState> {
  const user = access.requireUser();
  const plan = await requireActionPlan(access, id);
  requireIndicator(plan, indicatorId);
  if (body.periodEnd < body.periodStart) throw planErrors.field('periodEnd', 'periodOrder');
  const linked = await planDb(access.db)
    .selectFrom('action_plan_indicator_links')
    .select('definition_key')
    .where('plan_id', '=', id)
    .where('indicator_id', '=', indicatorId)
    .executeTakeFirst();
  if (linked) throw planErrors.indicatorComputed();
  if (body.evidenceDocumentId) {
    const evidence = await planDb(access.db)
      .selectFrom('documents')
      .select('id')
      .where('id', '=', body.evidenceDocumentId)
      .where('action_plan_id', '=', id)
      .executeTakeFirst();
    if (!evidence) throw planErrors.field('evidenceDocumentId', 'evidenceNotOfPlan');
  }
  await access.db.transaction().execute(async (trx) => {
    const inserted = await planDb(trx)
      .insertInto('action_plan_indicator_values')
      .values({
        plan_id: id,
        indicator_id: indicatorId,
        period_start: body.periodStart,
        period_end: body.periodEnd,
        value: body.value,
        note: body.note ?? null,
        evidence_document_id: body.evidenceDocumentId ?? null,
        recorded_by: user.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await access.audit(trx, {
      action: 'action_plan.indicator_value',
      recordType: 'action_plan',
      recordId: id,
      details: { valueId: inserted.id, indicatorId, ...body },
    });
  });
  return stateOf(access.db, plan, indicatorId, Number(body.periodEnd.slice(0, 4)));
}
