import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planDb } from '../../storage/action-plans/tables.js';
import { loginAs, testApp, type TestApp } from '../../test/harness.js';
import { planId } from '../../test/plans.js';

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => {
  await t.close();
});

describe('action plans', () => {
  it('are copied from plans/ into the database once, each with its first version', async () => {
    const rows = await planDb(t.db.kysely)
      .selectFrom('action_plans as p')
      .innerJoin('action_plan_versions as v', 'v.plan_id', 'p.id')
      .select(['p.key', 'p.origin', 'p.version', 'v.change'])
      .orderBy('p.key')
      .execute();
    expect(rows).toEqual([
      {
        key: 'gjilan-reintegration-2019-2022',
        origin: 'shipped',
        version: 1,
        change: 'plans/gjilan-reintegration-2019-2022.json',
      },
      {
        key: 'kacanik-reintegration-2019-2022',
        origin: 'shipped',
        version: 1,
        change: 'plans/kacanik-reintegration-2019-2022.json',
      },
      {
        key: 'peja-reintegration-2026-2028',
        origin: 'shipped',
        version: 1,
        change: 'plans/peja-reintegration-2026-2028.json',
      },
      {
        key: 'peja-social-services-2022-2024',
        origin: 'shipped',
        version: 1,
        change: 'plans/peja-social-services-2022-2024.json',
      },
      {
        key: 'puke-social-plan-2021-2023',
        origin: 'shipped',
        version: 1,
        change: 'plans/puke-social-plan-2021-2023.json',
      },
    ]);
  });

  it('lists the plans of the user’s municipality and serves one whole', async () => {
    const peja = await loginAs(t.app, 'plan.peja');
    const list = (await peja.request({ method: 'GET', url: '/api/action-plans' })).json();
    expect(list.items.map((plan: { key: string }) => plan.key)).toEqual([
      'peja-reintegration-2026-2028',
      'peja-social-services-2022-2024',
    ]);
    expect(list.items[0]).toMatchObject({
      municipality: { code: 'XK-PEJ' },
      period: { from: 2026, to: 2028 },
      status: 'draft',
      origin: 'shipped',
      version: 1,
      counts: { objectives: 10, measures: 50 },
    });
    const plan = await peja.request({ method: 'GET', url: `/api/action-plans/${list.items[0].id}` });
    expect(plan.statusCode).toBe(200);
    expect(plan.json().content.objectives).toHaveLength(10);
    expect(plan.json().copiedFrom).toBeNull();
  });

  it('refuses and audits another municipality’s plan; the country level sees all of its own', async () => {
    const peja = await loginAs(t.app, 'plan.peja');
    const kacanik = await planId(t, 'kacanik-reintegration-2019-2022');
    const foreign = await peja.request({ method: 'GET', url: `/api/action-plans/${kacanik}` });
    expect(foreign.statusCode).toBe(403);
    const denied = await t.db.kysely
      .selectFrom('audit_log')
      .select('action')
      .where('record_id', '=', kacanik)
      .where('outcome', '=', 'denied')
      .execute();
    expect(denied.map((row) => row.action)).toEqual(['getActionPlan']);
    const drpr = await loginAs(t.app, 'drpr.central');
    const national = (await drpr.request({ method: 'GET', url: '/api/action-plans' })).json();
    expect(national.items.map((plan: { key: string }) => plan.key)).toEqual([
      'gjilan-reintegration-2019-2022',
      'kacanik-reintegration-2019-2022',
      'peja-reintegration-2026-2028',
      'peja-social-services-2022-2024',
    ]);
    const puke = await planId(t, 'puke-social-plan-2021-2023');
    expect((await drpr.request({ method: 'GET', url: `/api/action-plans/${puke}` })).statusCode).toBe(403);
    const missing = await drpr.request({
      method: 'GET',
      url: '/api/action-plans/00000000-0000-4000-8000-000000000000',
    });
    expect(missing.statusCode).toBe(404);
  });
});
