import { describe, expect, it } from 'vitest';
import { readShippedPlan, shippedPlanFiles } from './read.js';

/** The five source documents, one plan file each (../shared/seeds/000…004). */
const EXPECTED = [
  'gjilan-reintegration-2019-2022.json',
  'kacanik-reintegration-2019-2022.json',
  'peja-reintegration-2026-2028.json',
  'peja-social-services-2022-2024.json',
  'puke-social-plan-2021-2023.json',
];

describe('the shipped plans', () => {
  it('are the five source plans', () => {
    expect(shippedPlanFiles()).toEqual(EXPECTED);
  });

  it.each(EXPECTED)('%s validates: schema, unique ids, references', (name) => {
    expect(() => readShippedPlan(name)).not.toThrow();
  });
});
