import { describe, expect, it } from 'vitest';
import { planCounts, planRow } from '../load.js';
import type { PlanIndicator } from '../schema.js';
import { readShippedPlan } from './read.js';

// Gjilan/Gnjilane municipal reintegration plan 2019–2022 (Serbian), checked against the source
// note ../shared/domain/seed-notes/002-gjilan-reintegration-plan-2019-2022-serbian.md ("the note").

const plan = readShippedPlan('gjilan-reintegration-2019-2022.json');

function indicator(id: string): PlanIndicator {
  const row = planRow(plan, id);
  if (!row || !('unit' in row)) throw new Error(`no indicator "${id}"`);
  return row;
}

function measureIds() {
  return plan.objectives.flatMap((objective) => objective.measures.map((measure) => measure.id));
}

describe('gjilan-reintegration-2019-2022: counts against the note', () => {
  it('has 11 objectives and 66 measures (note §0 "What the document is", §1.2)', () => {
    const counts = planCounts(plan);
    expect(counts.goals).toBe(0);
    expect(counts.objectives).toBe(11);
    expect(counts.measures).toBe(66);
  });

  it('has the measures per objective of note §1.2 (1.1–1.6, 2.1–2.11, …, 10.1–10.3)', () => {
    const perObjective = Object.fromEntries(plan.objectives.map((o) => [o.id, o.measures.length]));
    expect(perObjective).toEqual({ o1: 6, o2: 11, o3: 7, o4: 11, o5: 6, o6: 7, o6b: 3, o7: 3, o8: 5, o9: 4, o10: 3 });
  });

  it('has the 46 objective-level indicators of the tables in note §6.1', () => {
    const perObjective = Object.fromEntries(plan.objectives.map((o) => [o.id, o.indicators.length]));
    expect(perObjective).toEqual({ o1: 3, o2: 3, o3: 3, o4: 7, o5: 6, o6: 6, o6b: 2, o7: 4, o8: 5, o9: 4, o10: 3 });
  });

  it('has 242 actions and 210 measure indicators (counted in the source; the note gives no totals)', () => {
    // One action per activity listed in a measure's "Akcije" cell, one indicator per line of its
    // "Indikatori" cell (see the plan-level note on the column mapping).
    const counts = planCounts(plan);
    expect(counts.actions).toBe(242);
    expect(counts.indicators).toBe(46 + 210);
  });

  it('keeps the duplicate numbers apart (note §1.2 implementation note, §12.1)', () => {
    const six = plan.objectives.filter((o) => o.number === '6').map((o) => o.id);
    expect(six).toEqual(['o6', 'o6b']);
    const ids = measureIds();
    for (const n of ['8.1', '8.2', '8.3']) {
      expect(ids).toContain(`o7.m${n}`);
      expect(ids).toContain(`o8.m${n}`);
    }
    const awareness = planRow(plan, 'o6b.m7.1');
    expect(awareness && 'number' in awareness ? awareness.number : undefined).toBe('7.1');
  });
});

describe('gjilan-reintegration-2019-2022: ten objective indicators against note §6.1', () => {
  // [id, phrase of the Serbian wording, baseline (null: printed "%" alone), [first target year, value], 2022 value]
  const checks: [string, string, number | null, [number, number], number][] = [
    ['o1.i1', 'Identifikovane su potrebe ranjivih grupa', 40, [2020, 70], 90],
    ['o2.i2', 'Centri za smeštaj i zbrinjavanje ugroženih kategorija', 30, [2021, 75], 95],
    ['o3.i3', 'broj opštinskih službi povezanih sa SUS-om', 40, [2021, 80], 100],
    ['o4.i2', 'Broj zaposlenih povratnika', null, [2020, 50], 80],
    ['o5.i5', 'održivo stanovanje od strane opština (posle 12 meseci)', 10, [2020, 30], 50],
    ['o6.i6', 'Broj izveštaja o praćenju i oceni učešća u učenju', 80, [2020, 85], 97],
    ['o6b.i1', 'Broj foruma koji se organizuju sa povratnicima', 5, [2020, 30], 60],
    ['o7.i2', 'Pojačana je interakcija između OKZP-a i CSR-a', 30, [2020, 50], 60],
    ['o8.i5', 'Projekti i inicijative koji podržavaju oblast reintegracije', null, [2020, 30], 40],
    ['o10.i3', 'obučenog za identifikaciju i upravljanje rizikom', null, [2020, 30], 60],
  ];

  it.each(checks)('%s', (id, phrase, baseline, [year, first], last) => {
    const row = indicator(id);
    expect(row.unit).toBe('percent');
    expect(row.text.original).toContain(phrase);
    expect(row.baseline?.value).toBe(baseline);
    if (baseline === null) expect(row.baseline?.note).toMatch(/%/);
    expect(row.targets.map(({ year, value }) => ({ year, value }))).toEqual([
      { year, value: first },
      { year: 2022, value: last },
    ]);
  });
});

describe('gjilan-reintegration-2019-2022: costs and deadlines against the note', () => {
  const measures = plan.objectives.flatMap((o) => o.measures);

  it('has no money amounts and no stated totals (note §0 "No money amounts", §7)', () => {
    const cells = measures.flatMap((m) => [...m.costs, ...m.actions.flatMap((a) => a.costs)]);
    expect(cells.filter((cell) => cell.kind === 'amount')).toEqual([]);
    expect(plan.statedTotals).toEqual([]);
  });

  it('keeps "KŽ" in the cost column of the 11 measures of note §3.3', () => {
    const kz = measures
      .filter((m) => m.costs.some((cell) => cell.kind === 'funding_code' && cell.code === 'KŽ'))
      .map((m) => m.number);
    expect(kz).toEqual(['1.1', '1.2', '1.4', '1.5', '3.1', '3.2', '3.3', '3.4', '3.5', '3.7', '10.2']);
  });

  it('has the dated deadlines of note §0 "Timeframes"; every other measure is continuous', () => {
    const dated = measures
      .filter((m) => m.deadline?.kind === 'quarter')
      .map((m) => (m.deadline?.kind === 'quarter' ? `${m.number} K${m.deadline.quarter} ${m.deadline.year}` : ''));
    expect(dated).toEqual(['1.6 K3 2020', '2.1 K4 2020', '2.2 K4 2021', '9.1 K4 2020']);
    expect(measures.filter((m) => m.deadline?.kind === 'ongoing')).toHaveLength(62);
  });

  it('records the adoption by the Municipal Assembly on 27.02.2020 (note §0 "Adoption")', () => {
    expect(plan.status).toBe('adopted');
    expect(plan.adoption?.date).toBe('2020-02-27');
  });
});
