import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { budgetDiscrepancies, budgetLines } from './budget.js';
import { loadPlanFile } from './load.js';

function plan(key: string) {
  const file = `plans/${key}.json`;
  return loadPlanFile(JSON.parse(readFileSync(new URL(`../../../../${file}`, import.meta.url), 'utf8')), file);
}

describe('plan budget', () => {
  it('sums Pukë’s planned amounts and shows where its typed totals disagree', () => {
    const puke = plan('puke-social-plan-2021-2023');
    const all = budgetLines(puke)
      .flatMap((line) => line.planned)
      .reduce((sum, amount) => sum + amount.amount, 0);
    expect(all).toBe(121_578_657);
    expect(budgetDiscrepancies(puke).map(({ id, stated, computed, difference }) => ({ id, stated, computed, difference }))).toEqual([
      { id: 'g2-total', stated: 106_800_657, computed: 109_800_657, difference: -3_000_000 },
      { id: 'social-fund-total', stated: 118_578_657, computed: 121_578_657, difference: -3_000_000 },
    ]);
  });

  it('lists the cost cells that are not amounts in the source’s words', () => {
    const kacanik = plan('kacanik-reintegration-2019-2022');
    const lines = budgetLines(kacanik);
    expect(lines.every((line) => line.planned.length === 0)).toBe(true);
    expect(lines.flatMap((line) => line.otherCosts)).toContain('KA');
    expect(budgetDiscrepancies(kacanik)).toEqual([]);
  });
});
