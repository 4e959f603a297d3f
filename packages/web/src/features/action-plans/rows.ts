import type {
  PlanAction,
  PlanFile,
  PlanIndicator,
  PlanMeasure,
  PlanObjective,
  SourceText,
} from '@vatra/core';

// Walking the plan's tree: objectives → measures → actions, each with its own indicators.

export type PlanRow = PlanObjective | PlanMeasure | PlanAction;
export type RowLevel = 'objective' | 'measure' | 'action';

export interface RowRef {
  id: string;
  level: RowLevel;
  number: string | undefined;
  title: SourceText;
}

/** Every row in reading order. */
export function listRows(plan: PlanFile): RowRef[] {
  const rows: RowRef[] = [];
  const ref = (row: PlanRow, level: RowLevel): RowRef => ({
    id: row.id,
    level,
    number: row.number,
    title: row.title,
  });
  for (const objective of plan.objectives) {
    rows.push(ref(objective, 'objective'));
    for (const measure of objective.measures) {
      rows.push(ref(measure, 'measure'));
      for (const action of measure.actions) rows.push(ref(action, 'action'));
    }
  }
  return rows;
}

/** The row with this id in the plan (the object itself, so a copy of the plan can be edited in place). */
export function findRow(plan: PlanFile, id: string): { row: PlanRow; level: RowLevel } | null {
  for (const objective of plan.objectives) {
    if (objective.id === id) return { row: objective, level: 'objective' };
    for (const measure of objective.measures) {
      if (measure.id === id) return { row: measure, level: 'measure' };
      for (const action of measure.actions) if (action.id === id) return { row: action, level: 'action' };
    }
  }
  return null;
}

export function hasDetails(row: PlanRow): row is PlanMeasure | PlanAction {
  return 'responsible' in row;
}

/** A target as typed: a number when it reads as one, else the text ("all", "yes"). */
export function targetValue(text: string): number | string {
  const trimmed = text.trim();
  const number = Number(trimmed.replace(',', '.'));
  return trimmed !== '' && Number.isFinite(number) ? number : trimmed;
}

/** The indicator's target for a year as text for an input. */
export function targetText(indicator: PlanIndicator, year: number): string {
  const target = indicator.targets.find((item) => item.year === year);
  return target === undefined ? '' : String(target.value);
}
