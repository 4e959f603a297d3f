import type ExcelJS from 'exceljs';
import { newWorkbook } from '../../../xlsx/read.js';
import {
  planFileSchema,
  type PlanCost,
  type PlanDeadline,
  type PlanFile,
  type PlanIndicator,
} from '@vatra/core';
import { cellToWrite, type CellData } from './xlsx-cells.js';
import {
  ACTIONS_SHEET,
  COSTS_SHEET,
  GOALS_SHEET,
  INDICATORS_SHEET,
  MEASURES_SHEET,
  NOTES_SHEET,
  OBJECTIVES_SHEET,
  PLAN_FIELDS,
  PLAN_SHEET,
  STATED_TOTALS_SHEET,
  STEPS_SHEET,
  TARGETS_SHEET,
  type HeaderOf,
  type PlanField,
  type SheetSpec,
} from './xlsx-layout.js';

// A plan as a workbook for people to read and edit (layout: xlsx-layout.ts). Numbers are
// written as numbers and text as text; the text columns are formatted as text so that what a
// person types there ("1.10", "059") stays as typed.

type Cells<S extends SheetSpec> = Partial<Record<HeaderOf<S>, CellData>>;

export async function planToXlsx(input: PlanFile): Promise<Buffer> {
  const plan = planFileSchema.parse(input);
  const workbook = await newWorkbook();
  workbook.creator = 'Vatra';
  const measures = plan.objectives.flatMap((objective) => objective.measures);
  // Indicators and costs in plan order: each row's own, then those of the rows under it.
  const indicatorOwners = plan.objectives.flatMap((objective) => [
    objective,
    ...objective.measures.flatMap((measure) => [measure, ...measure.actions]),
  ]);
  const indicators = indicatorOwners.flatMap((owner) =>
    owner.indicators.map((indicator) => ({ owner: owner.id, indicator })),
  );
  const costOwners = measures.flatMap((measure) => [measure, ...measure.actions]);

  addSheet(
    workbook,
    PLAN_SHEET,
    PLAN_FIELDS.map(({ field }) => ({ field, value: planField(plan, field) })),
  );
  addSheet(
    workbook,
    GOALS_SHEET,
    plan.goals.map((goal) => ({
      id: goal.id,
      number: goal.number,
      title_original: goal.title.original,
      title_en: goal.title.en,
      note: goal.note,
    })),
  );
  addSheet(
    workbook,
    OBJECTIVES_SHEET,
    plan.objectives.map((objective) => ({
      id: objective.id,
      number: objective.number,
      goal: objective.goal,
      title_original: objective.title.original,
      title_en: objective.title.en,
      note: objective.note,
    })),
  );
  addSheet(
    workbook,
    MEASURES_SHEET,
    plan.objectives.flatMap((objective) =>
      objective.measures.map((measure) => ({ objective: objective.id, ...rowCells(measure) })),
    ),
  );
  addSheet(
    workbook,
    ACTIONS_SHEET,
    measures.flatMap((measure) =>
      measure.actions.map((action) => ({ measure: measure.id, ...rowCells(action) })),
    ),
  );
  addSheet(
    workbook,
    INDICATORS_SHEET,
    indicators.map(({ owner, indicator }) => indicatorCells(owner, indicator)),
  );
  addSheet(
    workbook,
    TARGETS_SHEET,
    indicators.flatMap(({ indicator }) =>
      indicator.targets.map((target) => ({
        indicator: indicator.id,
        year: target.year,
        value: target.value,
        note: target.note,
      })),
    ),
  );
  addSheet(
    workbook,
    COSTS_SHEET,
    costOwners.flatMap((owner) => owner.costs.map((cost, index) => costCells(owner.id, index + 1, cost))),
  );
  addSheet(
    workbook,
    STATED_TOTALS_SHEET,
    plan.statedTotals.map((total) => ({
      id: total.id,
      label_original: total.label.original,
      label_en: total.label.en,
      amount: total.amount,
      currency: total.currency,
      covers: total.covers,
      year: total.year,
      note: total.note,
    })),
  );
  addSheet(
    workbook,
    STEPS_SHEET,
    plan.steps.map((step) => ({
      id: step.id,
      title_original: step.title.original,
      title_en: step.title.en,
      month: step.month,
      day: step.day,
      responsible: step.responsible,
      note: step.note,
    })),
  );
  addSheet(
    workbook,
    NOTES_SHEET,
    plan.notes.map((note) => ({ note })),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addSheet<S extends SheetSpec>(workbook: ExcelJS.Workbook, spec: S, rows: Cells<S>[]) {
  const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = spec.columns.map((column) => ({
    header: column.header,
    key: column.header,
    width: column.width,
    style: {
      ...(column.kind === 'number' || column.kind === 'value' ? {} : { numFmt: '@' }),
      ...(column.width >= 30 ? { alignment: { wrapText: true, vertical: 'top' as const } } : {}),
    },
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.columns.length } };
  for (const row of rows)
    sheet.addRow(spec.columns.map((column) => cellToWrite(row[column.header as HeaderOf<S>])));
}

function planField(plan: PlanFile, field: PlanField): CellData {
  switch (field) {
    case 'key':
    case 'kind':
    case 'country':
    case 'municipality':
    case 'language':
    case 'currency':
    case 'status':
      return plan[field];
    case 'title.original':
      return plan.title.original;
    case 'title.en':
      return plan.title.en;
    case 'source.file':
      return plan.source.file;
    case 'source.note':
      return plan.source.note;
    case 'period.from':
      return plan.period.from;
    case 'period.to':
      return plan.period.to;
    case 'adoption.by':
      return plan.adoption?.by;
    case 'adoption.decisionNumber':
      return plan.adoption?.decisionNumber;
    case 'adoption.date':
      return plan.adoption?.date;
    case 'adoption.note':
      return plan.adoption?.note;
  }
}

type Row = PlanFile['objectives'][number]['measures'][number]['actions'][number];

function rowCells(row: Row): Cells<typeof ACTIONS_SHEET> {
  return {
    id: row.id,
    number: row.number,
    title_original: row.title.original,
    title_en: row.title.en,
    responsible: row.responsible,
    partners: row.partners,
    ...deadlineCells(row.deadline),
    verification: row.verification,
    note: row.note,
  };
}

function deadlineCells(deadline: PlanDeadline | undefined): Cells<typeof ACTIONS_SHEET> {
  if (!deadline) return {};
  const cells: Cells<typeof ACTIONS_SHEET> = { deadline_kind: deadline.kind, deadline_text: deadline.text };
  switch (deadline.kind) {
    case 'quarter':
      return { ...cells, deadline_quarter: deadline.quarter, deadline_year: deadline.year };
    case 'date':
      return { ...cells, deadline_date: deadline.date };
    case 'year':
      return { ...cells, deadline_year: deadline.year };
    case 'period':
      return { ...cells, deadline_from: deadline.from, deadline_to: deadline.to };
    case 'ongoing':
    case 'unknown':
      return cells;
  }
}

function indicatorCells(owner: string, indicator: PlanIndicator): Cells<typeof INDICATORS_SHEET> {
  return {
    owner,
    id: indicator.id,
    text_original: indicator.text.original,
    text_en: indicator.text.en,
    unit: indicator.unit,
    baseline: indicator.baseline ? 'yes' : 'no',
    baseline_value: indicator.baseline?.value ?? undefined,
    baseline_year: indicator.baseline?.year,
    baseline_note: indicator.baseline?.note,
    verification: indicator.verification,
    note: indicator.note,
  };
}

function costCells(owner: string, order: number, cost: PlanCost): Cells<typeof COSTS_SHEET> {
  const cells: Cells<typeof COSTS_SHEET> = {
    owner,
    order,
    kind: cost.kind,
    text: cost.text,
    note: cost.note,
  };
  switch (cost.kind) {
    case 'amount':
      return { ...cells, amount: cost.amount, currency: cost.currency, year: cost.year, source: cost.source };
    case 'funding_code':
      return { ...cells, code: cost.code };
    case 'donors':
      return { ...cells, donor: cost.donor };
    case 'shared':
      return { ...cells, with: cost.with };
    case 'none':
    case 'unknown':
      return cells;
  }
}
