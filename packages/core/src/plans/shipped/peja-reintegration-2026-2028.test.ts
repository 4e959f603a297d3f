import { describe, expect, it } from 'vitest';
import { planCounts, planRow } from '../load.js';
import type { PlanIndicator, PlanMeasure } from '../schema.js';
import { readShippedPlan } from './read.js';

// Peja 2026–2028 (seeds/001) against the seed notes
// shared/domain/seed-notes/001-peja-reintegration-integration-plan-2026-2028.md.

const plan = readShippedPlan('peja-reintegration-2026-2028.json');

function indicator(id: string): PlanIndicator {
  const row = planRow(plan, id);
  if (!row || !('unit' in row)) throw new Error(`no indicator ${id}`);
  return row;
}

function measure(id: string): PlanMeasure {
  const row = planRow(plan, id);
  const found = plan.objectives.flatMap((objective) => objective.measures).find((m) => m === row);
  if (!found) throw new Error(`no measure ${id}`);
  return found;
}

describe('Peja reintegration and integration plan 2026–2028: counts against the seed notes', () => {
  it('has the plan-level facts of the source', () => {
    expect(plan).toMatchObject({ municipality: 'XK-PEJ', country: 'XK', language: 'sq', currency: 'EUR' });
    expect(plan.period).toEqual({ from: 2026, to: 2028 });
    // §1.2: the document names no adoption; no goals above the objectives.
    expect(plan.adoption).toBeNull();
    expect(plan.goals).toEqual([]);
  });

  it('has 10 objectives and 50 measures, 5+7+8+6+7+3+3+5+3+3', () => {
    // Notes §1.1 (row 3: "10 objectives, 50 measures/activities (5+7+8+6+7+3+3+5+3+3)") and §1.4.
    const counts = planCounts(plan);
    expect(counts.objectives).toBe(10);
    expect(counts.measures).toBe(50);
    expect(plan.objectives.map((objective) => objective.measures.length)).toEqual([5, 7, 8, 6, 7, 3, 3, 5, 3, 3]);
    expect(plan.objectives.map((objective) => objective.number)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
    ]);
    expect(plan.objectives[7]?.measures.map((m) => m.number)).toEqual(['8.1', '8.2', '8.3', '8.4', '8.5']);
  });

  it('has the objective-level indicators of §6.1: 3+3+7+6+6+2+4+5+4+3 = 43', () => {
    // Notes §6.1 (one table or list per objective; objective 3 lists seven, objective 10 three).
    const perObjective = plan.objectives.map((objective) => objective.indicators.length);
    expect(perObjective).toEqual([3, 3, 7, 6, 6, 2, 4, 5, 4, 3]);
    expect(perObjective.reduce((a, b) => a + b, 0)).toBe(43);
  });

  it('has the measure-level indicators of §6.2 (objective 8 is grouped in the notes and left out)', () => {
    // Notes §6.2: one row per measure listing its countable indicators; 8.1–8.5 share one row.
    // prettier-ignore
    const expected: Record<string, number> = {
      '1.1': 4, '1.2': 1, '1.3': 3, '1.4': 2, '1.5': 3,
      '2.1': 3, '2.2': 5, '2.3': 5, '2.4': 2, '2.5': 2, '2.6': 1, '2.7': 2,
      '3.1': 1, '3.2': 3, '3.3': 3, '3.4': 2, '3.5': 1, '3.6': 3, '3.7': 2, '3.8': 1,
      '4.1': 3, '4.2': 4, '4.3': 4, '4.4': 4, '4.5': 5, '4.6': 2,
      '5.1': 3, '5.2': 3, '5.3': 2, '5.4': 2, '5.5': 3, '5.6': 2, '5.7': 1,
      '6.1': 1, '6.2': 1, '6.3': 1,
      '7.1': 2, '7.2': 2, '7.3': 2,
      '9.1': 1, '9.2': 1, '9.3': 1,
      '10.1': 3, '10.2': 2, '10.3': 1,
    };
    const actual = Object.fromEntries(
      plan.objectives
        .flatMap((objective) => objective.measures)
        .filter((m) => !m.number?.startsWith('8.'))
        .map((m) => [m.number, m.indicators.length]),
    );
    expect(actual).toEqual(expected);
  });

  it('splits the actions column as the notes enumerate it where they do', () => {
    // The notes give no total of actions. Where they list a measure's actions one by one:
    // §2.1 steps 1–3 (1.1, numbered 1.–3. in the source), step 6 (2.4), step 11 (10.2); §2.2 Social welfare (4.3, 4.4).
    expect(measure('o1.m1.1').actions.map((a) => a.number)).toEqual(['1', '2', '3']);
    expect(measure('o2.m2.4').actions).toHaveLength(5);
    expect(measure('o10.m10.2').actions).toHaveLength(5);
    expect(measure('o4.m4.3').actions).toHaveLength(4);
    expect(measure('o4.m4.4').actions).toHaveLength(5);
    expect(measure('o2.m2.4').actions.at(-1)?.title.original).toContain('pasojat ligjore të ri emigrimit');
  });

  it('has no money: costs are codes only and there are no stated totals (§7)', () => {
    const measures = plan.objectives.flatMap((objective) => objective.measures);
    const costs = measures.flatMap((m) => [...m.costs, ...m.actions.flatMap((a) => a.costs)]);
    expect(costs.filter((cost) => cost.kind === 'amount')).toEqual([]);
    expect(plan.statedTotals).toEqual([]);
    const code = (id: string) => {
      const cost = measure(id).costs[0];
      return cost?.kind === 'funding_code' ? cost.code : cost?.kind;
    };
    // §7 table: KA, BRK (1.3 only), MPB (10.1), '/' for the rest, empty for 10.3.
    const ka = ['1.1', '1.2', '1.4', '1.5', '2.1', '2.2', '2.3', '2.4', '10.2'];
    expect(measures.filter((m) => code(m.id) === 'KA').map((m) => m.number)).toEqual(ka);
    expect(code('o1.m1.3')).toBe('BRK');
    expect(code('o10.m10.1')).toBe('MPB');
    expect(code('o10.m10.3')).toBe('unknown');
    expect(measures.filter((m) => code(m.id) === 'none')).toHaveLength(50 - ka.length - 3);
    // §11: every measure is "Në vazhdimësi".
    expect(measures.every((m) => m.deadline?.kind === 'ongoing' && m.deadline.text === 'Në vazhdimësi')).toBe(true);
  });
});

describe('Peja reintegration and integration plan 2026–2028: ten indicators against §6.1 of the notes', () => {
  const targets = (t2026: number, t2028: number) => [
    { year: 2026, value: t2026 },
    { year: 2028, value: t2028 },
  ];

  it.each([
    // [id, phrase of the original, baseline (null: blank "%" cell), 2026, 2028]
    ['o1.i1', 'identifikuar nevojat e grupeve të cenueshme', 40, 60, 80],
    ['o2.i3', 'drejtorive komunale të ndërlidhura me SMR', 30, 60, 80],
    ['o3.i7', 'Zgjerimi i fushave të aftësimit profesional', 60, 70, 90],
    ['o4.i3', 'kanë pranuar trajtim psiko-social', null, 30, 50],
    ['o5.i6', 'raporteve të monitorimit dhe vlerësimit të përfshirjes', 80, 85, 97],
    ['o6.i2', 'promovimin e procesit të riintegrimit', 5, 40, 70],
    ['o7.i2', 'bashkëveprimi ndërmjet ZKKK dhe QPS', 30, 50, 80],
    ['o8.i5', 'monitorohen vazhdimisht', null, 30, 40],
    ['o9.i4', 'shpërndarjen e praktikave të mira komunale', 20, 50, 70],
    ['o10.i3', 'identifikimin dhe menaxhimin e rrezikut', null, 30, 60],
  ] as const)('%s: "%s", %s → %s → %s', (id, phrase, baseline, t2026, t2028) => {
    const row = indicator(id);
    expect(row.unit).toBe('percent');
    expect(row.text.original).toContain(phrase);
    expect(row.baseline?.value).toBe(baseline);
    if (baseline === null) expect(row.baseline?.note).toMatch(/%/);
    expect(row.targets).toEqual(targets(t2026, t2028));
  });

  it('keeps the one value triple of objectives 3 and 10 on one indicator, marked as uncertain', () => {
    // §6.1: objective 3 "Seven indicators but only one value triple … ambiguous"; objective 10 "Three indicators, one value triple".
    for (const id of ['o3.i1', 'o3.i2', 'o3.i3', 'o3.i4', 'o3.i5', 'o3.i6', 'o10.i1', 'o10.i2']) {
      expect(indicator(id).baseline).toBeNull();
      expect(indicator(id).targets).toEqual([]);
      expect(indicator(id).note).toMatch(/alignment uncertain/);
    }
    expect(indicator('o3.i7').note).toMatch(/alignment uncertain/i);
    expect(indicator('o10.i3').note).toMatch(/alignment uncertain/i);
  });

  it('marks the repeated 1.5 indicator as a text error of the source', () => {
    // §2.1 notes on the lifecycle: the 1.5 indicators repeat "cases closed in physical files".
    const [, second, third] = measure('o1.m1.5').indicators;
    expect(second?.text.original).toBe('Numri i rasteve të mbyllura në dosje fizike');
    expect(third?.text.original.startsWith(second?.text.original ?? '?')).toBe(true);
    expect(third?.note).toMatch(/text error/);
  });
});
