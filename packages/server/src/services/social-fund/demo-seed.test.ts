import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SocialFundYear } from '@vatra/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCareServices } from '../../demo/care-services.js';
import { seedDemoSocialFund } from '../../demo/social-fund.js';
import { loginAs, testApp, type TestApp } from '../../test/harness.js';

// The Social Fund demo on the test template (demo users, no demo cases): after the care-service
// demo, Pukë gets its requests for 2025 and 2026 and UNDP's subsidy; a second run adds nothing.
// Peja's DMS line of €20,000 is split between the shelter and Ura e Shpresës.

let t: TestApp;

beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t.close();
});

describe('social-fund demo seed', () => {
  it('seeds Pukë and Peja once, with the totals of the plan', async () => {
    await seedDemoCareServices(t.db, mkdtempSync(join(tmpdir(), 'vatra-social-fund-demo-')));
    expect((await seedDemoSocialFund(t.db)).rows).toBe(11);
    expect((await seedDemoSocialFund(t.db)).rows).toBe(0);
    const sss = await loginAs(t.app, 'sss.puke');
    const year = async (y: number) =>
      (await sss.request({ method: 'GET', url: `/api/social-fund?year=${y}` })).json() as SocialFundYear;
    const y2025 = await year(2025);
    expect(y2025.totals).toEqual([
      {
        currency: 'ALL',
        municipalAmount: 5_400_000,
        requestedAmount: 25_700_000,
        approvedAmount: 25_000_000,
        requests: 2,
      },
    ]);
    const y2026 = await year(2026);
    expect(y2026.requests.map((r) => [r.serviceCode, r.status, r.provider?.name ?? null])).toEqual([
      ['community_centre', 'submitted', null],
      ['day_centre_disability', 'draft', 'Qendra Ditore Multifunksionale Pukë'],
    ]);
    expect(y2026.bySource).toEqual([{ source: 'donor', currency: 'ALL', amount: 4_200_000, subsidies: 1 }]);
    expect(y2026.subsidies[0]?.reports).toHaveLength(1);
    const peja = await loginAs(t.app, 'qps.peja');
    const pejaYear = (
      await peja.request({ method: 'GET', url: '/api/social-fund?year=2026' })
    ).json() as SocialFundYear;
    expect(pejaYear.totals[0]).toMatchObject({ currency: 'EUR', requestedAmount: 42_000 });
    expect(pejaYear.bySource).toEqual([
      { source: 'municipality', currency: 'EUR', amount: 20_000, subsidies: 2 },
      { source: 'mayor_office', currency: 'EUR', amount: 3_500, subsidies: 1 },
      { source: 'ministry_project', currency: 'EUR', amount: 30_000, subsidies: 1 },
      { source: 'donor', currency: 'EUR', amount: 15_000, subsidies: 1 },
    ]);
    expect(pejaYear.byRecipient.map((r) => [r.recipientName, r.amount])).toEqual([
      ['Qendra për Mirëqenien e Gruas – Strehimore', 42_000],
      ['OJQ Ura e Shpresës', 23_000],
      ['Shoqata e të Verbërve Pejë', 3_500],
    ]);
  });
});
