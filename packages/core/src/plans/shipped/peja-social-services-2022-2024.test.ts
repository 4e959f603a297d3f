import { describe, expect, it } from 'vitest';
import { planCounts, planRow } from '../load.js';
import type { PlanIndicator } from '../schema.js';
import { readShippedPlan } from './read.js';

// Peja, Strategy for Social and Family Services, Action Plan 2022–2024, checked against the seed
// notes ../shared/domain/seed-notes/003-peja-social-family-services-strategy-2022-2024.md.

const plan = readShippedPlan('peja-social-services-2022-2024.json');

function indicator(id: string): PlanIndicator {
  const row = planRow(plan, id);
  if (!row || !('unit' in row)) throw new Error(`no indicator "${id}"`);
  return row;
}

/** The euro amounts of the given measures for one year (shared, no-cost and unknown cells add nothing). */
function amountsFor(year: number, measureIds?: (id: string) => boolean): number {
  return plan.objectives
    .flatMap((objective) => objective.measures)
    .filter((measure) => !measureIds || measureIds(measure.id))
    .flatMap((measure) => measure.costs)
    .reduce((sum, cost) => (cost.kind === 'amount' && cost.year === year ? sum + cost.amount : sum), 0);
}

function goalOf(measureId: string): string | undefined {
  return plan.objectives.find((objective) => objective.measures.some((measure) => measure.id === measureId))?.goal;
}

describe('Peja social and family services 2022–2024', () => {
  it('is the plan of the source', () => {
    expect(plan).toMatchObject({
      key: 'peja-social-services-2022-2024',
      kind: 'social_services_strategy',
      country: 'XK',
      municipality: 'XK-PEJ',
      language: 'sq',
      currency: 'EUR',
      period: { from: 2022, to: 2024 },
      adoption: null,
    });
  });

  it('has the counts of the source', () => {
    // Note §1.1 and §1.4: "7 strategic goals, 18 specific objectives". Note §7.3 reproduces the
    // Action Plan with 58 numbered activity rows (13 + 7 + 4 + 3 + 11 + 9 + 11 by goal), each
    // with one expected result (the indicator, §6.1); the source has no sub-activities.
    expect(planCounts(plan)).toEqual({ goals: 7, objectives: 18, measures: 58, actions: 0, indicators: 58 });
    const perGoal = plan.goals.map(
      (goal) =>
        plan.objectives
          .filter((objective) => objective.goal === goal.id)
          .flatMap((objective) => objective.measures).length,
    );
    expect(perGoal).toEqual([13, 7, 4, 3, 11, 9, 11]);
    expect(plan.objectives.map((objective) => objective.number)).toEqual([
      '1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '3.1', '4.1', '5.1', '5.2', '5.3', '6.1', '6.2', '6.3', '7.1', '7.2', '7.3',
    ]); // prettier-ignore
  });

  // Note §6.1: no baseline for any indicator; targets are percentages, counts over 2022–2024,
  // counts per year, or open counts ("# i …") without a target. Activities from §7.3.
  const PERIOD = 'for the period 2022–2024';
  it.each([
    // 1.1.1: "100% e lokaliteteve te mbuluara gjate vlerësimit", by September 2022
    ['i1.1.1', 'percent', [{ year: 2022, value: 100 }], 'lokaliteteve te mbuluara gjate vlerësimit'],
    // 1.2.1: "100 % e rasteve te identifikuar janë përfitues te shërbimit", 2022–2024
    ['i1.2.1', 'percent', [{ year: 2024, value: 100, period: true }], 'rasteve te identifikuar janë përfitues'],
    // 1.4.4: 9 excursions organised
    ['i1.4.4', 'count', [{ year: 2024, value: 9, period: true }], '9 ekskursione te organizuara'],
    // 2.3.1: 3 PwD employed in the municipal administration
    ['i2.3.1', 'count', [{ year: 2024, value: 3, period: true }], 'te punësuar ne kuadër te administratës komunale'],
    // 3.1.3: 30 activities
    ['i3.1.3', 'count', [{ year: 2024, value: 30, period: true }], '30 aktivitete te organizuara'],
    // 4.1.2: open count "# i seancave te ofruara"
    ['i4.1.2', 'count', [], '# i seancave te ofruara'],
    // 5.1.1: 6 campaigns "in 6-month periods"
    ['i5.1.1', 'count', [{ year: 2024, value: 6, period: true }], 'ne periudha 6 mujore'],
    // 6.1.3: mobile vaccination visits 2× a year
    ['i6.1.3', 'count', [2022, 2023, 2024].map((year) => ({ year, value: 2 })), 'vizita 2 here ne vit'],
    // 6.2.5: open count "# i rasteve te identifikuara"
    ['i6.2.5', 'count', [], '# i rasteve te identifikuara'],
    // 7.3.2: 3 meetings per year
    ['i7.3.2', 'count', [2022, 2023, 2024].map((year) => ({ year, value: 3 })), '3 takime vjetore'],
  ] as const)('indicator %s matches the notes', (id, unit, targets, phrase) => {
    const row = indicator(id);
    expect(row.unit).toBe(unit);
    expect(row.baseline).toBeNull();
    expect(row.targets.map((target) => ({ year: target.year, value: target.value }))).toEqual(
      targets.map((target) => ({ year: target.year, value: target.value })),
    );
    for (const [i, target] of targets.entries())
      if ('period' in target) expect(row.targets[i]?.note).toContain(PERIOD);
    expect(row.text.original).toContain(phrase);
  });

  it('has no baseline anywhere (note §6.1)', () => {
    const indicators = plan.objectives.flatMap((objective) =>
      objective.measures.flatMap((measure) => measure.indicators),
    );
    expect(indicators.every((row) => row.baseline === null)).toBe(true);
  });

  it('keeps the costs as the source gives them (note §7.2, §7.3)', () => {
    expect(planRow(plan, 'm1.2.1')).toMatchObject({
      costs: [2022, 2023, 2024].map((year) => ({ kind: 'amount', amount: 100000, currency: 'EUR', year })),
    });
    for (const id of ['m1.2.2', 'm5.2.1', 'm5.3.2', 'm7.2.8', 'm7.3.2'])
      expect(planRow(plan, id)).toMatchObject({ costs: [{ kind: 'shared', with: 'm1.2.1' }] });
    expect(planRow(plan, 'm1.4.1')).toMatchObject({ costs: [{ kind: 'shared', with: 'm1.1.1' }] });
    expect(planRow(plan, 'm2.1.2')).toMatchObject({ costs: [{ kind: 'shared', with: 'm1.1.2' }] });
    expect(planRow(plan, 'm2.2.1')).toMatchObject({
      costs: [2022, 2023, 2024].map(() => ({ kind: 'funding_code', code: 'DMS', text: 'Buxheti vjetor i DMS' })),
    });
    expect(planRow(plan, 'm1.1.1')).toMatchObject({
      costs: [
        { kind: 'amount', amount: 1000, year: 2022 },
        { kind: 'unknown', text: 'Sipas nevojës' },
        { kind: 'unknown', text: 'Sipas nevojës' },
      ],
      deadline: { kind: 'date', date: '2022-09-30', text: 'Deri ne Shtator 2022' },
    });
    expect(planRow(plan, 'm5.1.5')).toMatchObject({
      costs: [2022, 2023, 2024].map(() => ({ kind: 'none', text: 'Nuk ka kosto' })),
    });
  });

  it('sums the amounts to the totals the notes compute; the source types none (note §7.4)', () => {
    // The document has no totals row (note §1.1), so nothing is stated to compare with.
    expect(plan.statedTotals).toEqual([]);
    expect([2022, 2023, 2024].map((year) => amountsFor(year))).toEqual([118800, 114800, 114800]);
    expect([2022, 2023, 2024].reduce((sum, year) => sum + amountsFor(year), 0)).toBe(348400);
    const byGoal = (goal: string) =>
      [2022, 2023, 2024].map((year) => amountsFor(year, (id) => goalOf(id) === goal));
    expect(byGoal('g1')).toEqual([109000, 105000, 105000]);
    expect(byGoal('g2')).toEqual([2000, 2000, 2000]);
    expect(byGoal('g3')).toEqual([0, 0, 0]);
    expect(byGoal('g4')).toEqual([500, 500, 500]);
    expect(byGoal('g5')).toEqual([3000, 3000, 3000]);
    expect(byGoal('g6')).toEqual([2500, 2500, 2500]);
    expect(byGoal('g7')).toEqual([1800, 1800, 1800]);
  });

  it('keeps the source numbering where it is odd and notes it (note §1.4)', () => {
    const o72 = planRow(plan, 'o7.2');
    expect(o72 && 'measures' in o72 ? o72.measures.map((measure) => measure.number) : []).toEqual([
      '7.2.5',
      '7.2.6',
      '7.2.7',
      '7.2.8',
    ]);
    expect(planRow(plan, 'm7.2.5')?.note).toContain('Numbered 5–8');
    expect(planRow(plan, 'o6.3')?.note).toContain('Vetëdijesimi i komuniteteve mbi rëndësinë e shkollimit');
    expect(planRow(plan, 'o5.3')?.note).toContain('Gorazhdec');
    expect(planRow(plan, 'o1.4')?.note).toContain('Day and Residential Centre');
  });
});
