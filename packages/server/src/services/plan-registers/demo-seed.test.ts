import type { PlanRegisterEntry } from '@vatra/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedPlanRegisters } from '../../demo/plan-registers.js';
import { planDb } from '../../storage/action-plans/tables.js';
import { registerDb } from '../../storage/plan-registers/tables.js';
import { loginAs, testApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t.close();
});

describe('demo plan registers', () => {
  it('fills Peja’s and Kaçanik’s registers once, each entry valid for the API', async () => {
    const plans = await planDb(t.db.kysely)
      .selectFrom('action_plans')
      .select(['id', 'key'])
      .where('key', 'in', ['peja-reintegration-2026-2028', 'kacanik-reintegration-2019-2022'])
      .execute();
    const planIdsByKey = Object.fromEntries(plans.map((plan) => [plan.key, plan.id]));
    // The demo seed may already have run in the test template; then nothing is written again.
    const before = await registerDb(t.db.kysely)
      .selectFrom('plan_register_entries')
      .select('id')
      .where('plan_id', 'in', Object.values(planIdsByKey))
      .execute();
    const written = await seedPlanRegisters(t.db.kysely, { planIdsByKey });
    expect(plans).toHaveLength(2);
    // Peja: 6 team members, 3 meetings, 2 trainings, 6 contacts, 3 projects, 4 risks, 3 outreach; Kaçanik: 5 members.
    expect(written).toBe(before.length === 0 ? 53 : 0);
    expect(await seedPlanRegisters(t.db.kysely, { planIdsByKey })).toBe(0);
    const pejaId = planIdsByKey['peja-reintegration-2026-2028'] ?? '';
    const peja = await loginAs(t.app, 'plan.peja');
    const counts: Record<string, number> = {};
    for (const kind of ['team', 'meeting', 'training', 'contact', 'project', 'risk', 'outreach']) {
      const list = await peja.request({
        method: 'GET',
        url: `/api/action-plans/${pejaId}/registers/${kind}`,
      });
      expect(list.statusCode, list.body).toBe(200);
      const items = list.json<{ items: PlanRegisterEntry[] }>().items;
      counts[kind] = items.length;
      if (kind === 'team') expect(items[0]?.data).toMatchObject({ teamRole: 'chair' });
      if (kind === 'risk') expect(items[0]?.risk).toEqual({ score: 20, level: 'critical' });
    }
    expect(counts).toEqual({
      team: 6,
      meeting: 3,
      training: 2,
      contact: 6,
      project: 3,
      risk: 4,
      outreach: 3,
    });
  });
});
