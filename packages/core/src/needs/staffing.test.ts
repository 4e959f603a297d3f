import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { needsConfigSchema } from './config.js';
import { summarizePopulation, targetGroups } from './compute.js';
import { requiredStaff, staffingLines } from './staffing.js';

const albania = needsConfigSchema.parse(
  JSON.parse(
    readFileSync(
      fileURLToPath(new URL('../../../../config/albania/staffing-norms.json', import.meta.url)),
      'utf8',
    ),
  ),
);
const names = (unit: string) => [{ sq: unit, sr: unit, en: unit }];

describe('staffing norms', () => {
  it('turns a ratio range into a range of posts, rounding a started block up', () => {
    expect(requiredStaff({ perFrom: 6000, perTo: 10000, rounding: 'up' }, 15317)).toEqual({ min: 2, max: 3 });
    expect(requiredStaff({ perFrom: 6000, perTo: 10000, rounding: 'up' }, 12000)).toEqual({ min: 2, max: 2 });
    expect(requiredStaff({ perFrom: 3000, perTo: 3000, rounding: 'down' }, 3592)).toEqual({ min: 1, max: 1 });
    expect(requiredStaff({ perFrom: 3000, perTo: 3000, rounding: 'nearest' }, 4600)).toEqual({
      min: 2,
      max: 2,
    });
  });

  it('compares each norm with the staff, per unit for a norm per administrative unit', () => {
    const units = ['A', 'B', 'C'].map((code) => ({
      code,
      name: names(code)[0] ?? { sq: '', sr: '', en: '' },
    }));
    const lines = staffingLines(albania, {
      inhabitants: 15317,
      children: 3592,
      units,
      staff: [
        { unit: null, role: 'child_protection_worker', count: 1 },
        { unit: 'A', role: 'social_administrator', count: 2 },
        { unit: 'B', role: 'social_administrator', count: 1 },
      ],
    });
    expect(lines.map((line) => [line.norm, line.required, line.actual, line.gap, line.status])).toEqual([
      ['social_workers_per_inhabitants', { min: 2, max: 3 }, 0, { min: 2, max: 3 }, 'short'],
      ['child_protection_workers_per_children', { min: 2, max: 2 }, 1, { min: 1, max: 1 }, 'short'],
      ['social_administrators_per_unit', { min: 3, max: 3 }, 3, { min: 0, max: 0 }, 'within'],
    ]);
    expect(lines[2]?.units.map((unit) => [unit.unit, unit.actual, unit.status])).toEqual([
      ['A', 2, 'over'],
      ['B', 1, 'within'],
      ['C', 0, 'short'],
    ]);
  });

  it('rejects a norm naming a role that is not configured', () => {
    const broken = { ...albania, norms: [{ ...albania.norms[0], role: 'nobody' }] };
    const result = needsConfigSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['norms', 0, 'role']);
  });
});

describe('population and coverage', () => {
  it('sums units, prefers the all-genders row, and shows a stated total next to the computed one', () => {
    const summary = summarizePopulation(
      [
        { unit: 'A', gender: 'female', ageBand: '0-6', count: 10 },
        { unit: 'A', gender: 'male', ageBand: '0-6', count: 12 },
        { unit: 'A', gender: 'all', ageBand: '65+', count: 5 },
        { unit: 'B', gender: 'all', ageBand: '19-64', count: 100 },
        { unit: null, gender: 'all', ageBand: 'total', count: 130 },
      ],
      albania,
      names,
    );
    expect(summary.units[0]?.bands['0-6']).toEqual({ female: 10, male: 12, total: 22 });
    expect(summary).toMatchObject({ inhabitants: 127, children: 22, elderly: 5, workingAge: 100 });
    expect(summary.total).toEqual({ computed: 127, stated: 130, mismatch: true });
  });

  it('gives coverage only where a group has both who is in need and who is served', () => {
    const groups = targetGroups([
      { unit: 'A', measure: 'ea_applicant_families', value: 69, source: '' },
      { unit: 'A', measure: 'ea_beneficiary_families', value: 59, source: '' },
      { unit: 'B', measure: 'ea_applicant_families', value: 94, source: '' },
      { unit: 'B', measure: 'ea_beneficiary_families', value: 88, source: '' },
      { unit: null, measure: 'elderly_in_need', value: 65, source: 'estimate' },
    ]);
    expect(groups.map((group) => group.group)).toEqual(['economic_assistance', 'elderly']);
    expect(groups[0]?.coverage).toEqual({ inNeed: 163, served: 147, coverage: 147 / 163, gap: 16 });
    expect(groups[0]?.unitCoverage.A).toEqual({ inNeed: 69, served: 59, coverage: 59 / 69, gap: 10 });
    expect(groups[1]?.coverage).toBeNull();
  });
});
