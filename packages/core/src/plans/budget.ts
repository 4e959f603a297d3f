import type { PlanCost, PlanFile, SourceText } from './schema.js';

export type Currency = 'EUR' | 'ALL';

export interface PlannedAmount {
  /** null: the source gives the amount for the whole period. */
  year: number | null;
  currency: Currency;
  amount: number;
  source: string | null;
}

export interface BudgetLine {
  rowId: string;
  level: 'measure' | 'action';
  number: string | null;
  title: SourceText;
  planned: PlannedAmount[];
  /** Cost cells that are not amounts, as the source words them (KA, BRK, donors, shared, no cost). */
  otherCosts: string[];
}

/** How a non-amount cost cell reads in a budget table: the source's own words when it has them. */
function costLabel(cost: Exclude<PlanCost, { kind: 'amount' }>): string {
  if (cost.text) return cost.text;
  switch (cost.kind) {
    case 'funding_code':
      return cost.code;
    case 'donors':
      return cost.donor ? `donors: ${cost.donor}` : 'donors';
    case 'shared':
      return `shared: ${cost.with}`;
    case 'none':
      return 'no cost';
    case 'unknown':
      return '?';
  }
}

/**
 * The planned money of a plan, row by row. Costs sit on measures and actions (objectives carry
 * none in the schema); in the five source plans amounts are on one level only, so summing every
 * row never counts a sum twice.
 */
export function budgetLines(plan: PlanFile): BudgetLine[] {
  const lines: BudgetLine[] = [];
  const add = (level: BudgetLine['level'], row: { id: string; number?: string | undefined; title: SourceText; costs: PlanCost[] }) => {
    const planned: PlannedAmount[] = [];
    const otherCosts: string[] = [];
    for (const cost of row.costs) {
      if (cost.kind === 'amount')
        planned.push({ year: cost.year ?? null, currency: cost.currency, amount: cost.amount, source: cost.source ?? null });
      else otherCosts.push(costLabel(cost));
    }
    if (planned.length || otherCosts.length)
      lines.push({ rowId: row.id, level, number: row.number ?? null, title: row.title, planned, otherCosts });
  };
  for (const objective of plan.objectives)
    for (const measure of objective.measures) {
      add('measure', measure);
      for (const action of measure.actions) add('action', action);
    }
  return lines;
}

/** The ids of a row and of every row beneath it (objective → measures → actions). */
function rowsUnder(plan: PlanFile, ids: string[]): Set<string> {
  const wanted = new Set(ids);
  const result = new Set<string>();
  for (const objective of plan.objectives) {
    const objectiveIn = wanted.has(objective.id);
    for (const measure of objective.measures) {
      const measureIn = objectiveIn || wanted.has(measure.id);
      if (measureIn) result.add(measure.id);
      for (const action of measure.actions) if (measureIn || wanted.has(action.id)) result.add(action.id);
    }
  }
  return result;
}

export interface BudgetDiscrepancy {
  id: string;
  label: SourceText;
  currency: Currency;
  stated: number;
  computed: number;
  difference: number;
  note: string | null;
}

/**
 * Each total the source types in, checked against the sum of the amounts of the rows it covers
 * (in its currency, and its year when it names one). Only the totals that disagree are returned:
 * Pukë's stated Social Fund is one.
 */
export function budgetDiscrepancies(plan: PlanFile): BudgetDiscrepancy[] {
  const lines = budgetLines(plan);
  return plan.statedTotals.flatMap((total) => {
    const covered = total.covers.length ? rowsUnder(plan, total.covers) : null;
    const computed = lines
      .filter((line) => !covered || covered.has(line.rowId))
      .flatMap((line) => line.planned)
      .filter((amount) => amount.currency === total.currency && (total.year === undefined || amount.year === total.year))
      .reduce((sum, amount) => sum + amount.amount, 0);
    const difference = Math.round((total.amount - computed) * 100) / 100;
    if (difference === 0) return [];
    return [
      {
        id: total.id,
        label: total.label,
        currency: total.currency,
        stated: total.amount,
        computed: Math.round(computed * 100) / 100,
        difference,
        note: total.note ?? null,
      },
    ];
  });
}
