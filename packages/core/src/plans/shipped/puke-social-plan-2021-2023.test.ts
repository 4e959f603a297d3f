import { describe, expect, it } from 'vitest';
import { planCounts, planRow } from '../load.js';
import type { PlanFile, PlanIndicator } from '../schema.js';
import { readShippedPlan } from './read.js';

// Bashkia Pukë, "Plani Social 2021-2023" (../shared/seeds/004_51c6352b05534cbf.txt) against the English
// source notes (shared/domain/seed-notes/004-puke-social-plan-2021-2023-albania.md, "the note").

const plan = readShippedPlan('puke-social-plan-2021-2023.json');

function indicator(id: string): PlanIndicator {
  const row = planRow(plan, id);
  if (!row || !('unit' in row)) throw new Error(`no indicator ${id}`);
  return row;
}

/** The lek amounts of the activities (measures) under the given objectives. */
function activitySum(p: PlanFile, objectiveIds: string[]): number {
  return p.objectives
    .filter((objective) => objectiveIds.includes(objective.id))
    .flatMap((objective) => objective.measures)
    .flatMap((measure) => measure.costs)
    .reduce((sum, cost) => sum + (cost.kind === 'amount' ? cost.amount : 0), 0);
}

describe('Pukë Social Plan 2021–2023 (plans/puke-social-plan-2021-2023.json)', () => {
  it('is the Pukë plan: Albanian, in lek, a draft with no adoption recorded', () => {
    expect(plan).toMatchObject({
      key: 'puke-social-plan-2021-2023',
      kind: 'social_plan',
      country: 'AL',
      municipality: 'AL-PUK',
      language: 'sq',
      currency: 'ALL',
      period: { from: 2021, to: 2023 },
      status: 'draft',
      adoption: null,
    });
  });

  it('has the counts the source holds', () => {
    // Note §1.6: 2 goals; objectives 1.1–1.3 under Goal 1 and 2.1 under Goal 2.
    // Note §7: 14 activities under Goal 1 (1.1–1.5, 2.1–2.5, 3.1–3.4) and 7 under Goal 2 (1.1–1.7) → 21 measures.
    // Note §7, Indicators column, one per listed indicator: 53 under Goal 1 and 29 under Goal 2 → 82.
    // Note §1.6 (Strategic Result 1: 10 expected results) and §6.2 (Strategic Result 2: 13 targets) → 23
    // objective-level indicators. Actions: one per item listed in the activity cell (the note gives no count).
    const counts = planCounts(plan);
    expect(counts).toMatchObject({ goals: 2, objectives: 4, measures: 21, indicators: 82 + 23 });
    expect(plan.objectives.map((o) => [o.id, o.goal, o.measures.length])).toEqual([
      ['o1.1', 'g1', 5],
      ['o1.2', 'g1', 5],
      ['o1.3', 'g1', 4],
      ['o2.1', 'g2', 7],
    ]);
    const measureIndicators = plan.objectives
      .flatMap((o) => o.measures)
      .reduce((n, m) => n + m.indicators.length, 0);
    expect(measureIndicators).toBe(82);
    expect(plan.objectives.flatMap((o) => o.indicators.map((i) => i.id)).filter((id) => id.startsWith('sr1.'))).toHaveLength(10);
    expect(plan.objectives.find((o) => o.id === 'o2.1')?.indicators).toHaveLength(13);
    expect(counts.actions).toBe(46);
  });

  describe('ten indicators against the note', () => {
    it('g1-1.1.i1 (o1.1): structure organised per law; baseline from §3.1 (head + 1 specialist)', () => {
      const i = indicator('g1-1.1.i1');
      expect(i.unit).toBe('yes_no');
      expect(i.baseline).toMatchObject({ value: 'no', year: 2020 });
      expect(i.baseline?.note).toContain('përgjegjësja e sektorit dhe një specialist');
      expect(i.targets).toEqual([]);
      expect(i.text.original).toContain('Struktura përgjegjëse e organizuar në numër personeli');
    });

    it('g1-1.5.i1 (o1.1): at least one consultation a year with each group (§7, 1.5; §6.2)', () => {
      const i = indicator('g1-1.5.i1');
      expect(i.unit).toBe('count');
      expect(i.baseline).toBeNull();
      expect(i.targets.map((t) => [t.year, t.value])).toEqual([
        [2021, 1],
        [2022, 1],
        [2023, 1],
      ]);
      expect(i.text.original).toContain('Të paktën një konsultim i zhvilluar çdo vit');
    });

    it('g1-2.1.i4 (o1.2): cases identified and referred by each institution (§4.1, §7 2.1)', () => {
      const i = indicator('g1-2.1.i4');
      expect(i.unit).toBe('count');
      expect(i.baseline).toBeNull();
      expect(i.targets).toEqual([]);
      expect(i.text.original).toContain('Numri i rasteve të identifikuara dhe të referuara nga çdo institucion');
    });

    it('g1-2.3.i4 (o1.2): reported DV cases increased; baseline 7 protection orders in 2019 (§5.6, §6.1)', () => {
      const i = indicator('g1-2.3.i4');
      expect(i.unit).toBe('count');
      expect(i.baseline).toMatchObject({ value: 7, year: 2019 });
      expect(i.targets).toEqual([]);
      expect(i.text.original).toContain('Numri i rasteve të denoncuara të dhunës në familje i rritur');
    });

    it('sr1.r9 (o1.2): +30% social cases identified and referred (§1.6, §6.2)', () => {
      const i = indicator('sr1.r9');
      expect(i.unit).toBe('percent');
      expect(i.baseline).toBeNull();
      expect(i.targets.map((t) => [t.year, t.value])).toEqual([[2023, 30]]);
      expect(i.text.original).toContain('Rritje me 30% e rasteve sociale');
    });

    it('g1-3.3.i1 (o1.3): community meetings, 42 over 3 years (§4.1, §7 3.3)', () => {
      const i = indicator('g1-3.3.i1');
      expect(i.unit).toBe('count');
      expect(i.baseline).toBeNull();
      expect(i.targets.map((t) => [t.year, t.value])).toEqual([[2023, 42]]);
      expect(i.text.original).toContain('Numri i takimeve të zhvilluara');
    });

    it('sr2.r1 (o2.1): 115 women/girls + 117 men/boys in employment counselling (§6.2)', () => {
      const i = indicator('sr2.r1');
      expect(i.unit).toBe('count');
      expect(i.baseline).toBeNull();
      expect(i.targets.map((t) => [t.year, t.value])).toEqual([
        [2023, 115],
        [2023, 117],
      ]);
      expect(i.text.original).toContain('115 gra dhe vajza dhe 117 djem e burra');
    });

    it('sr2.r8 (o2.1): at least 100 DV victims receive services (§5.8, §6.2)', () => {
      const i = indicator('sr2.r8');
      expect(i.unit).toBe('count');
      expect(i.baseline).toBeNull();
      expect(i.targets.map((t) => [t.year, t.value])).toEqual([[2023, 100]]);
      expect(i.text.original).toContain('Të paktën 100 viktima të dhunës në familje');
    });

    it('sr2.r13 (o2.1): 40 families receive the rent bonus (§3.6 2.1.7, §6.2)', () => {
      const i = indicator('sr2.r13');
      expect(i.unit).toBe('count');
      expect(i.baseline).toBeNull();
      expect(i.targets.map((t) => [t.year, t.value])).toEqual([[2023, 40]]);
      expect(i.text.original).toContain('40 familje përfitojnë nga programi i bonusit të qerasë');
    });

    it('g2-1.6.i5 (o2.1): beneficiaries of mobile services at the disability day centre (§7 Goal 2, 1.6)', () => {
      const i = indicator('g2-1.6.i5');
      expect(i.unit).toBe('count');
      expect(i.baseline).toBeNull();
      expect(i.targets).toEqual([]);
      expect(i.text.original).toContain('Numri i përfituesve të shërbimeve të lëvizshme');
    });
  });

  describe('money (note §7, "Budget totals")', () => {
    const g1 = ['o1.1', 'o1.2', 'o1.3'];
    const total = (id: string) => plan.statedTotals.find((t) => t.id === id);

    it('has one lek amount per activity, as the source types it', () => {
      const amounts = Object.fromEntries(
        plan.objectives.flatMap((o) =>
          o.measures.map((m) => [m.id, m.costs.map((c) => (c.kind === 'amount' ? [c.amount, c.currency] : c.kind))]),
        ),
      );
      expect(amounts['g1-1.1']).toEqual([[4_556_000, 'ALL']]);
      expect(amounts['g1-3.3']).toEqual([[1_154_000, 'ALL']]);
      expect(amounts['g2-1.3']).toEqual([[55_474_560, 'ALL']]);
      expect(amounts['g2-1.5']).toEqual([[499_537, 'ALL']]);
      expect(amounts['g2-1.6']).toEqual([[39_966_560, 'ALL']]);
      expect(amounts['g2-1.7']).toEqual([[9_360_000, 'ALL']]);
    });

    it('keeps the typed totals', () => {
      expect(total('g1-total')).toMatchObject({ amount: 11_778_000, currency: 'ALL', covers: g1 });
      expect(total('g2-total')).toMatchObject({ amount: 106_800_657, currency: 'ALL', covers: ['o2.1'] });
      expect(total('social-fund-total')).toMatchObject({ amount: 118_578_657, currency: 'ALL', covers: [] });
    });

    it('Goal 1 adds up to its box', () => {
      expect(activitySum(plan, g1)).toBe(total('g1-total')?.amount);
    });

    it('Goal 2 does not: typed 106,800,657 vs 109,800,657 from the activities (the known discrepancy)', () => {
      const sum = activitySum(plan, ['o2.1']);
      expect(sum).toBe(109_800_657);
      expect(sum - (total('g2-total')?.amount ?? 0)).toBe(3_000_000);
    });

    it('the Social Fund total equals the two boxes but not the activities (121,578,657)', () => {
      const all = activitySum(plan, [...g1, 'o2.1']);
      expect(all).toBe(121_578_657);
      expect(total('social-fund-total')?.amount).toBe(11_778_000 + 106_800_657);
      expect(all - (total('social-fund-total')?.amount ?? 0)).toBe(3_000_000);
    });
  });
});
