import { findIndicatorDefinition, planRow } from '@vatra/core';
import { describe, expect, it } from 'vitest';
import { loadPlans } from '../../config/plans.js';
import { SHIPPED_INDICATOR_LINKS } from './shipped-links.js';

const plans = loadPlans();

describe('the demo links between plan indicators and computed definitions', () => {
  it('name plans that exist, indicators of those plans, and definitions that exist', () => {
    for (const [planKey, links] of Object.entries(SHIPPED_INDICATOR_LINKS)) {
      const plan = plans.find((candidate) => candidate.key === planKey);
      expect(plan, planKey).toBeDefined();
      if (!plan) continue;
      for (const [indicatorId, definitionKey] of Object.entries(links)) {
        const row = planRow(plan, indicatorId);
        // An indicator (it has a unit), not an objective, measure or action.
        expect(row && 'unit' in row, `${planKey} ${indicatorId}`).toBe(true);
        expect(
          findIndicatorDefinition(definitionKey),
          `${planKey} ${indicatorId} → ${definitionKey}`,
        ).toBeDefined();
      }
    }
  });

  it('link at least ten indicators of the Kaçanik and of the Peja plan, and some of Gjilan', () => {
    expect(
      Object.keys(SHIPPED_INDICATOR_LINKS['kacanik-reintegration-2019-2022'] ?? {}).length,
    ).toBeGreaterThanOrEqual(10);
    expect(
      Object.keys(SHIPPED_INDICATOR_LINKS['peja-reintegration-2026-2028'] ?? {}).length,
    ).toBeGreaterThanOrEqual(10);
    expect(
      Object.keys(SHIPPED_INDICATOR_LINKS['gjilan-reintegration-2019-2022'] ?? {}).length,
    ).toBeGreaterThanOrEqual(10);
  });

  it('link a count indicator to a count and a percent indicator to a percent', () => {
    for (const [planKey, links] of Object.entries(SHIPPED_INDICATOR_LINKS)) {
      const plan = plans.find((candidate) => candidate.key === planKey);
      if (!plan) continue;
      for (const [indicatorId, definitionKey] of Object.entries(links)) {
        const row = planRow(plan, indicatorId);
        const unit = row && 'unit' in row ? row.unit : undefined;
        expect(findIndicatorDefinition(definitionKey)?.unit, `${planKey} ${indicatorId}`).toBe(unit);
      }
    }
  });

  it('use one definition for what the three plans share, so that municipalities compare', () => {
    const shared = ['o1.i3', 'o1.m1.1.i2', 'o1.m1.1.i3', 'o1.m1.4.i1', 'o1.m1.5.i1'];
    const reintegration = Object.entries(SHIPPED_INDICATOR_LINKS)
      .filter(([planKey]) => planKey.includes('-reintegration-'))
      .map(([, links]) => links);
    expect(reintegration).toHaveLength(3);
    for (const id of shared) {
      const keys = reintegration.map((links) => links[id]);
      expect(new Set(keys).size, id).toBe(1);
      expect(keys[0], id).toBeDefined();
    }
    const connected = reintegration.map((links) =>
      Object.entries(links).filter(([, key]) => key === 'institutions.connected'),
    );
    for (const links of connected) expect(links).toHaveLength(1);
  });
});
