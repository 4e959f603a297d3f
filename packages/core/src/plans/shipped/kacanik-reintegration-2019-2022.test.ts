import { describe, expect, it } from 'vitest';
import { planCounts, planRow } from '../load.js';
import type { PlanIndicator } from '../schema.js';
import { readShippedPlan } from './read.js';

// Kaçanik, Municipal Plan for Sustainable Reintegration of Repatriated Persons 2019–2022 (draft),
// checked against the seed notes ../shared/domain/seed-notes/000-kacanik-reintegration-plan-2019-2022.md.

const plan = readShippedPlan('kacanik-reintegration-2019-2022.json');
const measures = plan.objectives.flatMap((objective) => objective.measures);

function indicator(id: string): PlanIndicator {
  const row = planRow(plan, id);
  if (!row || !('unit' in row)) throw new Error(`no indicator "${id}"`);
  return row;
}

describe('Kaçanik reintegration plan 2019–2022', () => {
  it('is the plan of the source', () => {
    expect(plan).toMatchObject({
      key: 'kacanik-reintegration-2019-2022',
      kind: 'reintegration',
      country: 'XK',
      municipality: 'XK-KAC',
      language: 'sq',
      currency: 'EUR',
      period: { from: 2019, to: 2022 },
      // Note §0: marked "DRAFT"; the approval date in the preamble is blank.
      status: 'draft',
      adoption: null,
      goals: [],
    });
  });

  it('has the counts of the source', () => {
    // Note §1.1/§1.2: 11 objectives, "66 measures in total" (6 + 11 + 7 + 11 + 6 + 7 + 3 + 3 + 5 + 4 + 3).
    const counts = planCounts(plan);
    expect(counts.objectives).toBe(11);
    expect(counts.measures).toBe(66);
    expect(plan.objectives.map((objective) => objective.measures.length)).toEqual([6, 11, 7, 11, 6, 7, 3, 3, 5, 4, 3]);
    expect(plan.objectives.map((objective) => objective.number)).toEqual(
      Array.from({ length: 11 }, (_, i) => String(i + 1)),
    );
    // Note §6.1: objective-level indicators 1a–c, 2a–c, 3a–c, 4a–g, 5a–f, 6a–f, 7a–b, 8a–d, 9a–e, 10a–d, 11a–c.
    expect(plan.objectives.map((objective) => objective.indicators.length)).toEqual([3, 3, 3, 7, 6, 6, 2, 4, 5, 4, 3]);
    // Note §6.2 lists output counters for every measure and §1.2/§2 the actions of every measure, but the
    // note states no totals for either: 242 actions and 211 measure indicators are this transcription's
    // counts (one action per listed activity), kept here to catch accidental loss of rows.
    expect(measures.every((measure) => measure.actions.length > 0 && measure.indicators.length > 0)).toBe(true);
    expect(counts).toEqual({ goals: 0, objectives: 11, measures: 66, actions: 242, indicators: 46 + 211 });
  });

  it('has the funding codes and deadlines of the source, and no money', () => {
    // Note §7: no amounts anywhere; KA only for 1.1, 1.2, 1.4, 1.5, 3.1–3.5, 3.7 and 11.2.
    const costs = measures.flatMap((measure) => measure.costs);
    expect(costs.some((cost) => cost.kind === 'amount')).toBe(false);
    expect(plan.statedTotals).toEqual([]);
    const ka = measures.filter((m) => m.costs.some((c) => c.kind === 'funding_code' && c.code === 'KA'));
    expect(ka.map((measure) => measure.number)).toEqual([
      '1.1', '1.2', '1.4', '1.5', '3.1', '3.2', '3.3', '3.4', '3.5', '3.7', '11.2',
    ]); // prettier-ignore
    // Note §1.2 / §2.9: all ongoing except 1.6 (K3/2020), 2.1 (K4 2020), 2.2 (K4 2021), 10.1 (K4 2020).
    const dated = measures.filter((measure) => measure.deadline?.kind !== 'ongoing');
    expect(dated.map((measure) => [measure.number, measure.deadline])).toEqual([
      ['1.6', { kind: 'quarter', quarter: 3, year: 2020, text: 'K3/2020; Në vazhdimësi' }],
      ['2.1', { kind: 'quarter', quarter: 4, year: 2020, text: 'K4 2020' }],
      ['2.2', { kind: 'quarter', quarter: 4, year: 2021, text: 'K4 2021' }],
      ['10.1', { kind: 'quarter', quarter: 4, year: 2020, text: 'K4 2020' }],
    ]);
    // Note §7: GIZ named as the donor of 2.1.
    expect(planRow(plan, 'o2.m2.1')).toMatchObject({ costs: [{ kind: 'donors', donor: 'GIZ' }] });
  });

  // Note §6.1 (objective indicators: Baseline / Target 2020 (2021 for objective 2) / Target 2022, all
  // percentages, no baseline year) and §10 (SMR data-quality indicator of 11.1).
  it.each([
    // 1a: needs identified and services based on the PIR, 40% / 70% / 90%
    ['o1.i1', 'percent', 40, [[2020, 70], [2022, 90]], 'identifikuar nevojat e grupeve të cenueshme'],
    // 2a: capacity assessed, 20% / 70% (header "Caku 2021") / 95%
    ['o2.i1', 'percent', 20, [[2021, 70], [2022, 95]], 'kapacitetet komunale për strehimin dhe trajtimin'],
    // 3b: returnees referred by profile, 30% / 75% / "059" (95%?), kept as printed
    ['o3.i2', 'percent', 30, [[2020, 75], [2022, '059']], 'tek autoritetet relevante komunale'],
    // 4c: the one legible row of objective 4, "% / 50% / 80%" (baseline blank)
    ['o4.i3', 'percent', null, [[2020, 50], [2022, 80]], 'vetëpunësimit dhe shërbimeve të konsulencës'],
    // 5a: documents for social services, 40% / 75% ("759%") / "0%" (90%?), kept as printed
    ['o5.i1', 'percent', 40, [[2020, 75], [2022, '0%']], 'dokumentacionin e nevojshëm për përfitim'],
    // 6c: drop-out teams acted, 50% / 75% / 80%
    ['o6.i3', 'percent', 50, [[2020, 75], [2022, 80]], 'reagimeve të ekipeve për parandalim'],
    // 7b: activities promoting reintegration, [illegible "o"] / 40% / 70%
    ['o7.i2', 'percent', null, [[2020, 40], [2022, 70]], 'promovimin e procesit të ri integrimit'],
    // 8b: ZKKK–QPS cooperation, 30% / 50% / 60%
    ['o8.i2', 'percent', 30, [[2020, 50], [2022, 60]], 'bashkëveprimi ndërmjet ZKKK dhe QPS'],
    // 10b: staff trained on projects, [blank] / 30% / 60%
    ['o10.i2', 'percent', null, [[2020, 30], [2022, 60]], 'identifikimin, hartimin, monitorimin'],
    // 11.1: "Nr i përmirësimeve dhe plotësimeve në SMR", a count without baseline or target
    ['o11.m11.1.i3', 'count', 'none', [], 'përmirësimeve dhe plotësimeve në SMR'],
  ] as const)('%s matches the note', (id, unit, baseline, targets, phrase) => {
    const row = indicator(id);
    expect(row.unit).toBe(unit);
    if (baseline === 'none') expect(row.baseline).toBeNull();
    else expect(row.baseline?.value).toBe(baseline);
    expect(row.targets.map((target) => [target.year, target.value])).toEqual(targets);
    expect(row.text.original).toContain(phrase);
  });

  it('marks what the source leaves unreadable instead of guessing', () => {
    // Note §6.1: 2b illegible ("/) 0, 50", "S B P"); 4a, 4b, 4d–4g and 11b–c without values.
    const centres = indicator('o2.i2');
    expect(centres.baseline).toMatchObject({ value: null, note: expect.stringContaining('Illegible') });
    expect(centres.note).toBeDefined();
    for (const id of ['o4.i1', 'o4.i2', 'o4.i4', 'o4.i5', 'o4.i6', 'o4.i7', 'o11.i2', 'o11.i3']) {
      const row = indicator(id);
      expect([row.baseline, row.targets, typeof row.note]).toEqual([null, [], 'string']);
    }
    // Printed values that are kept as printed carry a note.
    expect(indicator('o3.i2').targets[1]?.note).toContain('059');
    expect(indicator('o5.i1').targets[1]?.note).toContain('0%');
  });
});
