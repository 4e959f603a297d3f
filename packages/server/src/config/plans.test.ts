import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlans } from './plans.js';

describe('loadPlans', () => {
  it('loads the five shipped plans', () => {
    expect(loadPlans().map((plan) => plan.key)).toEqual([
      'gjilan-reintegration-2019-2022',
      'kacanik-reintegration-2019-2022',
      'peja-reintegration-2026-2028',
      'peja-social-services-2022-2024',
      'puke-social-plan-2021-2023',
    ]);
  });

  it('stops with the file and the field named when a plan is wrong', () => {
    const root = `${mkdtempSync(join(tmpdir(), 'vatra-plans-'))}/`;
    writeFileSync(`${root}broken.json`, JSON.stringify({ key: 'broken', kind: 'reintegration' }));
    expect(() => loadPlans(root)).toThrow(/plans\/broken\.json: country/);
    const other = `${mkdtempSync(join(tmpdir(), 'vatra-plans-'))}/`;
    writeFileSync(`${other}bad.json`, '{ not json');
    expect(() => loadPlans(other)).toThrow(/plans\/bad\.json: not valid JSON/);
  });
});
