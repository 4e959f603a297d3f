import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loginAs, testApp, type TestApp } from '../test/harness.js';

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => {
  await t.close();
});

describe('action plans', () => {
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
      counts: { objectives: 10, measures: 50 },
    });
    const plan = await peja.request({ method: 'GET', url: '/api/action-plans/peja-reintegration-2026-2028' });
    expect(plan.statusCode).toBe(200);
    expect(plan.json().objectives).toHaveLength(10);
  });

  it('refuses and audits another municipality’s plan; the country level sees all of its own', async () => {
    const peja = await loginAs(t.app, 'plan.peja');
    const foreign = await peja.request({
      method: 'GET',
      url: '/api/action-plans/kacanik-reintegration-2019-2022',
    });
    expect(foreign.statusCode).toBe(403);
    const denied = await t.db.kysely
      .selectFrom('audit_log')
      .select('action')
      .where('record_id', '=', 'kacanik-reintegration-2019-2022')
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
    expect(
      (await drpr.request({ method: 'GET', url: '/api/action-plans/puke-social-plan-2021-2023' })).statusCode,
    ).toBe(403);
    expect((await drpr.request({ method: 'GET', url: '/api/action-plans/no-such-plan' })).statusCode).toBe(
      404,
    );
  });
});
