import type {
  CheckedFigure,
  CoverageFigure,
  MeasureFigure,
  PopulationCell,
  PopulationSummary,
  PopulationUnit,
  TargetGroupFigures,
} from '../api/needs-analysis.js';
import type { LocalizedText } from '../config/schema.js';
import { isChildBand, type NeedsConfig } from './config.js';
import { MEASURES, TARGET_GROUPS, TOTAL_BAND, isMeasure, type NeedsGender } from './measures.js';

// The arithmetic of a needs analysis, without I/O: the server feeds it the imported rows of one
// municipality and year. A row with unit null is a figure the source states for the whole
// municipality (its "TOTAL" row); everything else is computed from the unit rows, and a stated
// total is shown next to the computed one rather than replacing it.

export interface PopulationRow {
  unit: string | null;
  gender: NeedsGender;
  ageBand: string;
  count: number;
}

export interface AdministrativeRow {
  unit: string | null;
  measure: string;
  value: number;
  source: string;
}

export function checked(computed: number | null, stated: number | null): CheckedFigure {
  return { computed, stated, mismatch: computed !== null && stated !== null && computed !== stated };
}

function addCell(cells: Map<string, PopulationCell>, row: PopulationRow): void {
  const cell = cells.get(row.ageBand) ?? { female: null, male: null, total: null };
  if (row.gender === 'female') cell.female = (cell.female ?? 0) + row.count;
  else if (row.gender === 'male') cell.male = (cell.male ?? 0) + row.count;
  else cell.total = (cell.total ?? 0) + row.count;
  cells.set(row.ageBand, cell);
}

/** A cell's figure: the row for all genders when there is one, else female + male. */
function settle(cell: PopulationCell): PopulationCell {
  if (cell.total !== null || (cell.female === null && cell.male === null)) return cell;
  return { ...cell, total: (cell.female ?? 0) + (cell.male ?? 0) };
}

/** Population by unit, gender and age band with totals; children, working age and elderly. */
export function summarizePopulation(
  rows: readonly PopulationRow[],
  config: Pick<NeedsConfig, 'ageBands' | 'childrenUpToAge'>,
  unitNames: (unit: string) => LocalizedText[],
): PopulationSummary {
  const byUnit = new Map<string, Map<string, PopulationCell>>();
  const stated = new Map<string, PopulationCell>();
  for (const row of rows) {
    if (row.unit === null) addCell(stated, row);
    else {
      const cells = byUnit.get(row.unit) ?? new Map<string, PopulationCell>();
      addCell(cells, row);
      byUnit.set(row.unit, cells);
    }
  }
  const bandCodes = config.ageBands.map((band) => band.code);
  const units: PopulationUnit[] = [...byUnit.entries()].map(([unit, cells]) => {
    const bands: Record<string, PopulationCell> = {};
    let sum: number | null = null;
    for (const code of bandCodes) {
      const cell = cells.get(code);
      if (!cell) continue;
      bands[code] = settle(cell);
      sum = (sum ?? 0) + (bands[code].total ?? 0);
    }
    const totalCell = cells.get(TOTAL_BAND);
    return {
      unit,
      names: unitNames(unit),
      bands,
      total: checked(sum, totalCell ? settle(totalCell).total : null),
    };
  });
  const municipality: Record<string, CheckedFigure> = {};
  let inhabitants = 0;
  let children = 0;
  let elderly = 0;
  for (const band of config.ageBands) {
    const present = units.filter((unit) => unit.bands[band.code] !== undefined);
    const computed = present.length
      ? present.reduce((sum, unit) => sum + (unit.bands[band.code]?.total ?? 0), 0)
      : null;
    const statedCell = stated.get(band.code);
    if (computed === null && !statedCell) continue;
    municipality[band.code] = checked(computed, statedCell ? settle(statedCell).total : null);
    const value = computed ?? municipality[band.code]?.stated ?? 0;
    inhabitants += value;
    if (isChildBand(band, config.childrenUpToAge)) children += value;
    if (band.from >= ELDERLY_FROM) elderly += value;
  }
  const unitSum = units.length ? units.reduce((sum, unit) => sum + (unit.total.computed ?? 0), 0) : null;
  const statedTotal = stated.get(TOTAL_BAND);
  const total = checked(unitSum, statedTotal ? settle(statedTotal).total : null);
  // No band rows at all: the stated total is all there is.
  if (inhabitants === 0) inhabitants = total.computed ?? total.stated ?? 0;
  return {
    bands: config.ageBands.map((band) => ({
      code: band.code,
      child: isChildBand(band, config.childrenUpToAge),
      elderly: band.from >= ELDERLY_FROM,
    })),
    units,
    municipality,
    total,
    inhabitants,
    children,
    workingAge: inhabitants - children - elderly,
    elderly,
  };
}

/** Where the elderly begin (the 65+ band of the civil registry). */
export const ELDERLY_FROM = 65;

/** One measure's figures: per unit, the units' sum and the stated municipal figure. */
function measureFigure(measure: string, rows: readonly AdministrativeRow[]): MeasureFigure {
  const units: Record<string, number> = {};
  let stated: number | null = null;
  for (const row of rows) {
    if (row.unit === null) stated = (stated ?? 0) + row.value;
    else units[row.unit] = (units[row.unit] ?? 0) + row.value;
  }
  const values = Object.values(units);
  const computed = values.length ? values.reduce((sum, value) => sum + value, 0) : null;
  const role = isMeasure(measure) ? MEASURES[measure].role : 'other';
  const sources = [...new Set(rows.map((row) => row.source).filter(Boolean))];
  return { measure, role, units, value: checked(computed, stated), sources };
}

/** The figure a measure contributes: computed from the units when it can be, else the stated one. */
export function figureValue(figure: CheckedFigure): number | null {
  return figure.computed ?? figure.stated;
}

export function coverageOf(inNeed: number, served: number): CoverageFigure {
  return { inNeed, served, coverage: inNeed > 0 ? served / inNeed : null, gap: inNeed - served };
}

/** Figures per target group with coverage and gap where the year's data gives both sides. */
export function targetGroups(rows: readonly AdministrativeRow[]): TargetGroupFigures[] {
  const byMeasure = new Map<string, AdministrativeRow[]>();
  for (const row of rows) byMeasure.set(row.measure, [...(byMeasure.get(row.measure) ?? []), row]);
  const groups: TargetGroupFigures[] = [];
  for (const group of TARGET_GROUPS) {
    const measures = Object.entries(MEASURES)
      .filter(([code, def]) => def.group === group && byMeasure.has(code))
      .map(([code]) => measureFigure(code, byMeasure.get(code) ?? []));
    if (!measures.length) continue;
    const need = measures.find((m) => m.role === 'in_need');
    const served = measures.find((m) => m.role === 'served');
    const needValue = need ? figureValue(need.value) : null;
    const servedValue = served ? figureValue(served.value) : null;
    const unitCoverage: Record<string, CoverageFigure> = {};
    if (need && served)
      for (const [unit, value] of Object.entries(need.units)) {
        const servedInUnit = served.units[unit];
        if (servedInUnit !== undefined) unitCoverage[unit] = coverageOf(value, servedInUnit);
      }
    groups.push({
      group,
      measures,
      coverage: needValue !== null && servedValue !== null ? coverageOf(needValue, servedValue) : null,
      unitCoverage,
    });
  }
  return groups;
}
