import type { ProviderView, SocialFundRequestView, SocialFundYear, SubsidyView } from '@vatra/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, testApp, type Session, type TestApp } from '../../test/harness.js';
import { readWorkbook } from '../../xlsx/read.js';

// Pukë's Social Fund requests for 2026 and its subsidies to NGOs through the API: sss.puke (care.manage)
// and plan.puke (plan.edit) write, zvp.puke only reads, ka.peja may do neither, qps.peja is of
// another municipality (and country).

let t: TestApp;
let sss: Session;
let plan: Session;
let zvp: Session;
let ka: Session;
let peja: Session;
let ngo: ProviderView;
let publicProvider: ProviderView;
const requests: Record<string, SocialFundRequestView> = {};
const subsidies: Record<string, SubsidyView> = {};

beforeAll(async () => {
  t = await testApp();
  await t.db.kysely
    .updateTable('users')
    .set({ locale: 'en' })
    .where('username', 'in', ['sss.puke', 'plan.puke', 'qps.peja'])
    .execute();
  sss = await loginAs(t.app, 'sss.puke');
  plan = await loginAs(t.app, 'plan.puke');
  zvp = await loginAs(t.app, 'zvp.puke');
  ka = await loginAs(t.app, 'ka.peja');
  peja = await loginAs(t.app, 'qps.peja');
  const provider = async (name: string, kind: string) => {
    const response = await post(sss, '/api/care/providers', {
      name,
      kind,
      settlement: 'Pukë',
      fundingSource: 'donor',
    });
    expect(response.statusCode).toBe(201);
    return response.json() as ProviderView;
  };
  ngo = await provider('Qendra Sociale „Sot për të ardhmen”', 'ngo');
  publicProvider = await provider('Qendra Ditore Pukë', 'public');
});
afterAll(async () => {
  await t.close();
});

const post = (s: Session, url: string, payload: object) => s.request({ method: 'POST', url, payload });
const patch = (s: Session, url: string, payload: object) => s.request({ method: 'PATCH', url, payload });

async function lastDenied(action: string) {
  return t.db.kysely
    .selectFrom('audit_log')
    .select(['action', 'outcome', 'record_id', 'details'])
    .where('action', '=', action)
    .where('outcome', '=', 'denied')
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

async function year(s: Session, y = 2026): Promise<SocialFundYear> {
  const response = await s.request({ method: 'GET', url: `/api/social-fund?year=${y}` });
  expect(response.statusCode).toBe(200);
  return response.json() as SocialFundYear;
}

describe('Social Fund requests', () => {
  it('refuses readers and writers without either scope, auditing each refusal', async () => {
    const read = await ka.request({ method: 'GET', url: '/api/social-fund?year=2026' });
    expect(read.statusCode).toBe(403);
    expect(read.json().error.code).toBe('forbidden');
    expect((await lastDenied('getSocialFundYear'))?.details).toMatchObject({ reason: 'scope' });
    const write = await post(zvp, '/api/social-fund/requests', {
      year: 2026,
      serviceCode: 'community_centre',
      municipalAmount: 1,
      requestedAmount: 2,
    });
    expect(write.statusCode).toBe(403);
    expect(write.json().error.code).toBe('forbidden');
    expect((await lastDenied('createSocialFundRequest'))?.details).toMatchObject({ reason: 'scope' });
    // zvp.puke reads (care.read).
    expect((await year(zvp)).canEdit).toBe(false);
  });

  it('refuses a negative amount and an unknown service, naming the field', async () => {
    const negative = await post(sss, '/api/social-fund/requests', {
      year: 2026,
      serviceCode: 'community_centre',
      municipalAmount: -5,
      requestedAmount: 100,
    });
    expect(negative.statusCode).toBe(400);
    expect(Object.keys(negative.json().error.fields)).toEqual(['municipalAmount']);
    const unknown = await post(sss, '/api/social-fund/requests', {
      year: 2026,
      serviceCode: 'no_such_service',
      municipalAmount: 5,
      requestedAmount: 100,
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.fields.serviceCode).toBe(
      'This service is not in the social care service basket.',
    );
  });

  it('drafts requests by care.manage and plan.edit holders, one per service line', async () => {
    const community = await post(sss, '/api/social-fund/requests', {
      year: 2026,
      serviceCode: 'community_centre',
      municipalAmount: 4_500_000,
      requestedAmount: 12_000_000,
    });
    expect(community.statusCode).toBe(201);
    requests.community = community.json() as SocialFundRequestView;
    expect(requests.community).toMatchObject({ status: 'draft', currency: 'ALL', version: 1 });
    const disability = await post(plan, '/api/social-fund/requests', {
      year: 2026,
      serviceCode: 'day_centre_disability',
      providerId: ngo.id,
      municipalAmount: 3_200_000.5,
      requestedAmount: 9_800_000,
    });
    expect(disability.statusCode).toBe(201);
    requests.disability = disability.json() as SocialFundRequestView;
    expect(requests.disability.provider?.name).toBe(ngo.name);
    const children = await post(sss, '/api/social-fund/requests', {
      year: 2026,
      serviceCode: 'day_centre_children',
      municipalAmount: 2_000_000,
      requestedAmount: 6_000_000,
    });
    expect(children.statusCode).toBe(201);
    requests.children = children.json() as SocialFundRequestView;
    const again = await post(sss, '/api/social-fund/requests', {
      year: 2026,
      serviceCode: 'community_centre',
      municipalAmount: 1,
      requestedAmount: 1,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('duplicate_line');
  });

  it('edits a draft, then refuses steps out of order and stale versions', async () => {
    const id = requests.children?.id ?? '';
    const edited = await patch(sss, `/api/social-fund/requests/${id}`, {
      version: 1,
      requestedAmount: 6_500_000,
    });
    expect(edited.statusCode).toBe(200);
    requests.children = edited.json() as SocialFundRequestView;
    expect(requests.children).toMatchObject({ requestedAmount: 6_500_000, version: 2 });
    const early = await post(sss, `/api/social-fund/requests/${requests.community?.id}/approve`, {
      version: 1,
      approvedAmount: 1,
      decisionNumber: 'VKM 1',
      decisionDate: '2026-03-20',
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toBe('“Record the approval” is not possible: the request is a draft.');
    const stale = await post(sss, `/api/social-fund/requests/${id}/submit`, { version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('conflict');
  });

  it('submits, approves no more than requested, and records a refusal', async () => {
    const submitted = await post(sss, `/api/social-fund/requests/${requests.community?.id}/submit`, {
      version: 1,
      submittedOn: '2026-02-25',
    });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json()).toMatchObject({ status: 'submitted', submittedOn: '2026-02-25', version: 2 });
    const above = await post(sss, `/api/social-fund/requests/${requests.community?.id}/approve`, {
      version: 2,
      approvedAmount: 12_000_000.01,
      decisionNumber: 'VKM 211',
      decisionDate: '2026-03-20',
    });
    expect(above.statusCode).toBe(422);
    expect(Object.keys(above.json().error.fields)).toEqual(['approvedAmount']);
    const approved = await post(plan, `/api/social-fund/requests/${requests.community?.id}/approve`, {
      version: 2,
      approvedAmount: 10_500_000,
      decisionNumber: 'VKM 211',
      decisionDate: '2026-03-20',
    });
    expect(approved.statusCode).toBe(200);
    requests.community = approved.json() as SocialFundRequestView;
    expect(requests.community).toMatchObject({ status: 'approved', approvedAmount: 10_500_000 });
    const editApproved = await patch(sss, `/api/social-fund/requests/${requests.community.id}`, {
      version: 3,
      note: 'late',
    });
    expect(editApproved.statusCode).toBe(409);
    const disability = requests.disability?.id ?? '';
    expect(
      (await post(sss, `/api/social-fund/requests/${disability}/submit`, { version: 1 })).statusCode,
    ).toBe(200);
    const rejected = await post(sss, `/api/social-fund/requests/${disability}/reject`, {
      version: 2,
      reason: 'Plani social nuk ishte i buxhetuar në kohë.',
    });
    expect(rejected.statusCode).toBe(200);
    expect(rejected.json()).toMatchObject({ status: 'rejected', approvedAmount: null });
  });

  it('refuses another municipality, audited', async () => {
    const id = requests.children?.id ?? '';
    const foreign = await patch(peja, `/api/social-fund/requests/${id}`, { version: 2, note: 'x' });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.code).toBe('out_of_jurisdiction');
    expect(await lastDenied('updateSocialFundRequest')).toMatchObject({ record_id: id });
    const puke = await t.db.kysely
      .selectFrom('jurisdictions')
      .select('id')
      .where('code', '=', 'AL-PUK')
      .executeTakeFirstOrThrow();
    const create = await post(peja, '/api/social-fund/requests', {
      jurisdictionId: puke.id,
      year: 2026,
      serviceCode: 'home_care',
      municipalAmount: 1,
      requestedAmount: 1,
    });
    expect(create.statusCode).toBe(403);
    expect(await lastDenied('createSocialFundRequest')).toMatchObject({ record_id: puke.id });
    const theirs = await year(peja);
    expect(theirs).toMatchObject({ currency: 'EUR', requests: [], subsidies: [] });
  });

  it('totals the year: municipal shares and requests of all, approvals of the approved', async () => {
    const data = await year(sss);
    expect(data.requests.map((r) => [r.serviceCode, r.status])).toEqual([
      ['community_centre', 'approved'],
      ['day_centre_children', 'draft'],
      ['day_centre_disability', 'rejected'],
    ]);
    expect(data.totals).toEqual([
      {
        currency: 'ALL',
        municipalAmount: 9_700_000.5,
        requestedAmount: 28_300_000,
        approvedAmount: 10_500_000,
        requests: 3,
      },
    ]);
    expect((await year(sss, 2025)).requests).toEqual([]);
  });
});

describe('Subsidies to NGOs', () => {
  const base = {
    year: 2026,
    periodFrom: '2026-01-01',
    periodTo: '2026-12-31',
    purpose: 'Qendra ditore për fëmijët',
  };

  it('refuses a provider that is not an NGO, a donor without its name, and a recipient missing', async () => {
    const notNgo = await post(sss, '/api/social-fund/subsidies', {
      ...base,
      providerId: publicProvider.id,
      source: 'municipality',
      amount: 100,
    });
    expect(notNgo.statusCode).toBe(422);
    expect(Object.keys(notNgo.json().error.fields)).toEqual(['providerId']);
    const donor = await post(sss, '/api/social-fund/subsidies', {
      ...base,
      providerId: ngo.id,
      source: 'donor',
      amount: 100,
    });
    expect(donor.statusCode).toBe(400);
    expect(Object.keys(donor.json().error.fields)).toEqual(['sourceName']);
    const nobody = await post(sss, '/api/social-fund/subsidies', {
      ...base,
      source: 'municipality',
      amount: 1,
    });
    expect(nobody.statusCode).toBe(400);
    expect(Object.keys(nobody.json().error.fields)).toEqual(['recipientName']);
    const negative = await post(sss, '/api/social-fund/subsidies', {
      ...base,
      providerId: ngo.id,
      source: 'municipality',
      amount: -1,
    });
    expect(negative.statusCode).toBe(400);
    expect(Object.keys(negative.json().error.fields)).toEqual(['amount']);
    const backwards = await post(sss, '/api/social-fund/subsidies', {
      ...base,
      periodTo: '2025-12-31',
      providerId: ngo.id,
      source: 'municipality',
      amount: 1,
    });
    expect(backwards.statusCode).toBe(422);
    expect(Object.keys(backwards.json().error.fields)).toEqual(['periodTo']);
  });

  it('records subsidies by source, reports received and beneficiaries reached', async () => {
    const create = async (key: string, body: object) => {
      const response = await post(sss, '/api/social-fund/subsidies', { ...base, ...body });
      expect(response.statusCode).toBe(201);
      subsidies[key] = response.json() as SubsidyView;
    };
    await create('municipal', { providerId: ngo.id, source: 'municipality', amount: 1_200_000 });
    await create('undp', {
      providerId: ngo.id,
      source: 'donor',
      sourceName: 'UNDP',
      amount: 3_500_000,
      serviceCode: 'day_centre_children',
      beneficiariesPlanned: 25,
      reportingObligations: 'Raport narrativ dhe financiar çdo gjashtë muaj',
    });
    await create('jeta', { recipientName: 'Shoqata „Jeta”', source: 'co_financing', amount: 800_000 });
    expect(subsidies.undp).toMatchObject({ currency: 'ALL', recipientName: ngo.name, sourceName: 'UNDP' });
    const id = subsidies.undp?.id ?? '';
    const report = await post(sss, `/api/social-fund/subsidies/${id}/reports`, {
      version: 1,
      receivedOn: '2026-07-10',
      note: 'Raporti i gjashtëmujorit të parë',
    });
    expect(report.statusCode).toBe(201);
    expect(report.json()).toMatchObject({ version: 2, reports: [{ receivedOn: '2026-07-10' }] });
    const stale = await post(sss, `/api/social-fund/subsidies/${id}/reports`, {
      version: 1,
      receivedOn: '2026-07-11',
      note: 'x',
    });
    expect(stale.statusCode).toBe(409);
    const reached = await patch(plan, `/api/social-fund/subsidies/${id}`, {
      version: 2,
      beneficiariesReached: 22,
    });
    expect(reached.statusCode).toBe(200);
    expect(reached.json()).toMatchObject({ beneficiariesPlanned: 25, beneficiariesReached: 22, version: 3 });
    const unnamed = await patch(sss, `/api/social-fund/subsidies/${id}`, { version: 3, sourceName: null });
    expect(unnamed.statusCode).toBe(400);
    const foreign = await patch(peja, `/api/social-fund/subsidies/${id}`, { version: 3, amount: 1 });
    expect(foreign.statusCode).toBe(403);
    expect(await lastDenied('updateCareSubsidy')).toMatchObject({ record_id: id });
  });

  it('sums subsidies by source and by recipient', async () => {
    const data = await year(sss);
    expect(data.bySource).toEqual([
      { source: 'municipality', currency: 'ALL', amount: 1_200_000, subsidies: 1 },
      { source: 'donor', currency: 'ALL', amount: 3_500_000, subsidies: 1 },
      { source: 'co_financing', currency: 'ALL', amount: 800_000, subsidies: 1 },
    ]);
    expect(data.byRecipient).toEqual([
      { providerId: ngo.id, recipientName: ngo.name, currency: 'ALL', amount: 4_700_000, subsidies: 2 },
      { providerId: null, recipientName: 'Shoqata „Jeta”', currency: 'ALL', amount: 800_000, subsidies: 1 },
    ]);
  });

  it('exports the year as XLSX whose sums match the totals', async () => {
    const refused = await ka.request({ method: 'GET', url: '/api/social-fund/xlsx?year=2026&language=sq' });
    expect(refused.statusCode).toBe(403);
    const response = await sss.request({ method: 'GET', url: '/api/social-fund/xlsx?year=2026&language=sq' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = await readWorkbook(response.rawPayload);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Kërkesat për Fondin Social',
      'Subvencionet',
      'Përmbledhje sipas burimit',
    ]);
    const column = (sheetIndex: number, col: number) => {
      const values: number[] = [];
      workbook.worksheets[sheetIndex]?.eachRow((row, n) => {
        const value = row.getCell(col).value;
        if (n > 1 && typeof value === 'number') values.push(value);
      });
      return values.reduce((a, b) => a + b, 0);
    };
    expect(column(0, 5)).toBe(9_700_000.5);
    expect(column(0, 6)).toBe(28_300_000);
    expect(column(0, 9)).toBe(10_500_000);
    expect(column(1, 6)).toBe(5_500_000);
    const summary: unknown[][] = [];
    workbook.worksheets[2]?.eachRow((row) => summary.push((row.values as unknown[]).slice(1)));
    expect(summary).toContainEqual([3, 'ALL', 9_700_000.5, 28_300_000, 10_500_000]);
    expect(summary).toContainEqual(['Donator', 'ALL', 3_500_000, 1]);
    expect(summary).toContainEqual(['Shoqata „Jeta”', 'ALL', 800_000, 1]);
  });
});
