import {
  describeIndicator,
  findIndicatorDefinition,
  formatDate,
  translate,
  type PlanFile,
  type PlanIndicatorState,
} from '@vatra/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { analysesOf } from './analyses.js';
import { budgetOf } from './budget.js';
import { indicatorStates, type IndicatorWindow } from './indicators.js';
import type { PlanRecord } from './read.js';
import type { IndicatorLine, PlanReportData, ReportLanguage } from './report/data.js';
import { rowStates } from './rows.js';

export type ReportPeriodKind = 'month' | 'quarter' | 'year';

/** The days of a month, a quarter or a year. */
export function reportWindow(
  kind: ReportPeriodKind,
  year: number,
  part = 1,
): IndicatorWindow & { part?: number } {
  const first = kind === 'month' ? part : kind === 'quarter' ? (part - 1) * 3 + 1 : 1;
  const months = kind === 'month' ? 1 : kind === 'quarter' ? 3 : 12;
  const from = `${year}-${String(first).padStart(2, '0')}-01`;
  const to = new Date(Date.UTC(year, first - 1 + months, 0)).toISOString().slice(0, 10);
  return kind === 'year' ? { year, from, to } : { year, from, to, part };
}

/** How the value was obtained, in the report's language: the definition, or who entered it. */
function provenance(state: PlanIndicatorState, language: ReportLanguage): string | null {
  if (state.link) {
    const definition = findIndicatorDefinition(state.link.definitionKey);
    return definition ? describeIndicator(definition, language).definition : null;
  }
  const latest = state.manual[0];
  if (!latest) return null;
  const recorded = translate(language, 'server.actionPlans.manualValue', {
    name: latest.recordedBy?.name ?? '',
    date: formatDate(language, latest.recordedAt),
  });
  return latest.evidence
    ? `${recorded} ${translate(language, 'server.actionPlans.evidence', { file: latest.evidence.fileName })}`
    : recorded;
}

function lineOf(state: PlanIndicatorState, language: ReportLanguage): IndicatorLine {
  return {
    id: state.indicatorId,
    text: state.text,
    unit: state.unit,
    baseline: state.baseline,
    target: state.progress.target,
    value: state.current,
    source: state.link ? 'computed' : state.manual.length ? 'manual' : 'none',
    definition: provenance(state, language),
    numerator: state.computed?.numerator ?? null,
    denominator: state.computed?.denominator ?? null,
    progress: state.progress.status,
  };
}

/**
 * Everything a progress report prints for a plan and a period, from the database: indicator
 * values over the period, overdue actions at its end, money, dated steps of its year, and the
 * monitoring team's latest analysis of exactly that period.
 */
export async function buildReportData(
  db: Kysely<Database>,
  plan: PlanRecord,
  request: { kind: ReportPeriodKind; year: number; part?: number; language: ReportLanguage },
  now = new Date(),
): Promise<PlanReportData> {
  const window = reportWindow(request.kind, request.year, request.part);
  const periodEnd = new Date(`${window.to}T23:59:59Z`);
  const asOf = periodEnd < now ? periodEnd : now;
  const [states, rows, budget, analyses] = await Promise.all([
    indicatorStates(db, plan, window, now),
    rowStates(db, plan, asOf),
    budgetOf(db, plan, now),
    analysesOf(db, plan.id),
  ]);
  const byRow = new Map<string, IndicatorLine[]>();
  for (const state of states)
    byRow.set(state.rowId, [...(byRow.get(state.rowId) ?? []), lineOf(state, request.language)]);
  const rowState = new Map(rows.map((row) => [row.rowId, row]));
  const content: PlanFile = plan.content;
  const analysis = analyses.items.find(
    (item) => item.periodStart === window.from && item.periodEnd === window.to,
  );
  return {
    language: request.language,
    generatedAt: now,
    plan: {
      key: plan.key,
      title: content.title,
      municipalityName: plan.municipality.name[request.language],
      period: content.period,
      status: plan.status,
      sourceLanguage: content.language,
    },
    period: {
      kind: request.kind,
      year: request.year,
      ...(window.part ? { part: window.part } : {}),
      from: window.from,
      to: window.to,
    },
    objectives: content.objectives.map((objective) => ({
      id: objective.id,
      number: objective.number ?? null,
      title: objective.title,
      indicators: byRow.get(objective.id) ?? [],
      measures: objective.measures.map((measure) => ({
        id: measure.id,
        number: measure.number ?? null,
        title: measure.title,
        indicators: byRow.get(measure.id) ?? [],
        actions: measure.actions.map((action) => ({
          id: action.id,
          number: action.number ?? null,
          title: action.title,
          deadline: rowState.get(action.id)?.dueOn ?? null,
          overdue: rowState.get(action.id)?.overdue ?? false,
          indicators: byRow.get(action.id) ?? [],
        })),
      })),
    })),
    budget: { totals: budget.totals, discrepancies: budget.discrepancies },
    steps: budget.steps.filter((step) => step.year === request.year),
    analysis: analysis
      ? {
          challenges: analysis.challenges,
          recommendations: analysis.recommendations,
          writtenBy: analysis.writtenBy?.name ?? '',
          writtenAt: analysis.writtenAt.slice(0, 10),
        }
      : null,
  };
}
