import type {
  ApprovalListView,
  CareServiceList,
  EnrolmentView,
  ProviderList,
  ProviderView,
} from '@vatra/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, testApp, type Session, type TestApp } from '../../test/harness.js';
import { insertCareServiceSamples, insertPersonDocument, insertPukePerson } from './samples.js';

// The care-service basket of Pukë through the API: providers (one licence expired), a day centre
// with two places, the Council's approval list, enrolments, the waiting list in order and the
// refusals. sss.puke manages; njvnr.gjegjan only reads; qps.peja is of another country.

let t: TestApp;
let sss: Session;
let njvnr: Session;
let peja: Session;
const p: Record<string, string> = {};
const docs: Record<string, string> = {};
let centre: ProviderView;
let dayServiceId = '';
let expired: ProviderView;
let list: ApprovalListView;
const enrolments: Record<string, EnrolmentView> = {};

beforeAll(async () => {
  t = await testApp();
  const k = t.db.kysely;
  await k
    .updateTable('users')
    .set({ locale: 'en' })
    .where('username', 'in', ['sss.puke', 'qps.peja'])
    .execute();
  const officer = await k
    .selectFrom('users')
    .select('id')
    .where('username', '=', 'sss.puke')
    .executeTakeFirstOrThrow();
  const people: [string, string, string, string][] = [
    ['lule', 'Lule', 'Marku', 'Qerret'],
    ['prenda', 'Prenda', 'Gjoka', 'Gjegjan'],
    ['mrika', 'Mrika', 'Doda', 'Qelëz'],
    ['drande', 'Drandë', 'Lleshi', 'Rrapë'],
    ['tereze', 'Terezë', 'Zefi', 'Fierzë'],
  ];
  for (const [key, first, last, settlement] of people) {
    p[key] = await insertPukePerson(k, first, last, settlement);
    docs[key] = await insertPersonDocument(k, p[key] ?? '', `${key}-vleresimi.pdf`, officer.id);
  }
  sss = await loginAs(t.app, 'sss.puke');
  njvnr = await loginAs(t.app, 'njvnr.gjegjan');
  peja = await loginAs(t.app, 'qps.peja');
});
afterAll(async () => {
  await t.close();
});

const post = (s: Session, url: string, payload: object) => s.request({ method: 'POST', url, payload });

async function deniedAudits(action: string) {
  return t.db.kysely
    .selectFrom('audit_log')
    .select(['action', 'outcome', 'record_id'])
    .where('action', '=', action)
    .where('outcome', '=', 'denied')
    .execute();
}

async function providerView(id: string): Promise<ProviderView> {
  const response = await sss.request({ method: 'GET', url: `/api/care/providers/${id}` });
  expect(response.statusCode).toBe(200);
  return response.json() as ProviderView;
}

function queue(view: ProviderView) {
  return view.enrolments
    .filter((e) => e.status === 'waiting')
    .map((e) => [e.person.name, e.position, e.offered]);
}

describe('service basket', () => {
  it('serves the country’s catalogue with its standard and the Council rule', async () => {
    const albania = (
      await sss.request({ method: 'GET', url: '/api/care/services' })
    ).json() as CareServiceList;
    expect(albania.councilApproval).toEqual(['community', 'residential']);
    expect(albania.items).toHaveLength(15);
    const day = albania.items.find((s) => s.code === 'day_centre_elderly');
    expect(day?.standard.sq).toBe('VKM nr. 823, datë 6.12.2006');
    expect(day?.councilApproval).toBe(true);
    expect(albania.items.find((s) => s.code === 'info_counselling')?.councilApproval).toBe(false);
    const kosovo = (
      await peja.request({ method: 'GET', url: '/api/care/services' })
    ).json() as CareServiceList;
    expect(kosovo.councilApproval).toEqual([]);
    expect(kosovo.items.map((s) => s.code)).toContain('shelter_dv');
  });
});

describe('providers', () => {
  it('registers a public day centre and an NGO whose licence expired, flagged on the list', async () => {
    const created = await post(sss, '/api/care/providers', {
      name: 'Qendra Ditore Pukë',
      kind: 'public',
      licenceNumber: 'MSHMS-L-2024-118',
      licenceValidUntil: '2099-12-31',
      settlement: 'Pukë',
      fundingSource: 'social_fund',
    });
    expect(created.statusCode).toBe(201);
    centre = created.json() as ProviderView;
    const ngo = await post(sss, '/api/care/providers', {
      name: 'Sot për të ardhmen',
      kind: 'ngo',
      licenceNumber: 'MSHMS-L-2019-044',
      licenceValidUntil: '2024-06-30',
      settlement: 'Pukë',
      fundingSource: 'donor',
    });
    expired = ngo.json() as ProviderView;
    expect(expired.licenceStatus).toBe('expired');
    const listed = (await sss.request({ method: 'GET', url: '/api/care/providers' })).json() as ProviderList;
    expect(listed.items.map((i) => [i.name, i.licenceStatus])).toEqual([
      ['Qendra Ditore Pukë', 'valid'],
      ['Sot për të ardhmen', 'expired'],
    ]);
  });

  it('refuses a bad field naming it, and a licence number without its date', async () => {
    const bad = await post(sss, '/api/care/providers', {
      name: 'X',
      kind: 'charity',
      settlement: 'Pukë',
      fundingSource: 'donor',
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys((bad.json() as { error: { fields: object } }).error.fields)).toContain('kind');
    const half = await post(sss, '/api/care/providers', {
      name: 'X',
      kind: 'ngo',
      licenceNumber: 'L-1',
      settlement: 'Pukë',
      fundingSource: 'donor',
    });
    expect(half.statusCode).toBe(422);
    expect(
      (half.json() as { error: { fields: Record<string, string> } }).error.fields.licenceValidUntil,
    ).toBe('A licence needs both its number and its last valid day.');
  });

  it('adds services with capacity; a stale version is refused', async () => {
    const added = await post(sss, `/api/care/providers/${centre.id}/services`, {
      serviceCode: 'day_centre_elderly',
      capacity: 2,
      place: 'Lagjja Qendër, Pukë',
      version: centre.version,
    });
    expect(added.statusCode).toBe(200);
    centre = added.json() as ProviderView;
    dayServiceId = centre.services[0]?.id ?? '';
    expect(centre.services[0]).toMatchObject({ serviceCode: 'day_centre_elderly', capacity: 2, free: 2 });
    const stale = await post(sss, `/api/care/providers/${centre.id}/services`, {
      serviceCode: 'info_counselling',
      capacity: 5,
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    const unknown = await post(sss, `/api/care/providers/${expired.id}/services`, {
      serviceCode: 'spa',
      capacity: 5,
      version: expired.version,
    });
    expect(unknown.statusCode).toBe(422);
    const ngoService = await post(sss, `/api/care/providers/${expired.id}/services`, {
      serviceCode: 'info_counselling',
      capacity: 5,
      version: expired.version,
    });
    expired = ngoService.json() as ProviderView;
  });

  it('refuses a user without care.manage (403) and another jurisdiction (403, audited)', async () => {
    const scope = await post(njvnr, '/api/care/providers', {
      name: 'X',
      kind: 'ngo',
      settlement: 'Gjegjan',
      fundingSource: 'donor',
    });
    expect(scope.statusCode).toBe(403);
    const foreign = await peja.request({ method: 'GET', url: `/api/care/providers/${centre.id}` });
    expect(foreign.statusCode).toBe(403);
    expect((await deniedAudits('getCareProvider')).map((a) => a.record_id)).toContain(centre.id);
  });
});

describe('enrolment and the Council', () => {
  it('refuses a provider whose licence expired', async () => {
    const response = await post(sss, '/api/care/enrolments', {
      providerServiceId: expired.services[0]?.id,
      personId: p.lule,
    });
    expect(response.statusCode).toBe(409);
    expect((response.json() as { error: { code: string; message: string } }).error).toMatchObject({
      code: 'licence_expired',
      message:
        'The licence of Sot për të ardhmen expired on 2024-06-30: nobody can be enrolled until it is renewed.',
    });
  });

  it('refuses a place in a community service without the Council’s approval', async () => {
    const response = await post(sss, '/api/care/enrolments', {
      providerServiceId: dayServiceId,
      personId: p.lule,
    });
    expect(response.statusCode).toBe(409);
    expect((response.json() as { error: { code: string } }).error.code).toBe('council_approval_needed');
  });

  it('prepares the list with documentation; submitting without documentation names the proposal', async () => {
    const bare = (
      await post(sss, '/api/care/council-lists', { title: 'Lista e zbrazët' })
    ).json() as ApprovalListView;
    const noDocs = await post(sss, `/api/care/council-lists/${bare.id}/items`, {
      personId: p.lule,
      serviceCode: 'day_centre_elderly',
      version: bare.version,
    });
    const refused = await post(sss, `/api/care/council-lists/${bare.id}/submit`, {
      version: (noDocs.json() as ApprovalListView).version,
    });
    expect(refused.statusCode).toBe(422);
    expect((refused.json() as { error: { fields: Record<string, string> } }).error.fields).toEqual({
      'entries[0].documents': 'Proposal 1 has no documentation attached.',
    });

    const created = await post(sss, '/api/care/council-lists', {
      title: 'Përfituesit e qendrës ditore, mars 2026',
    });
    expect(created.statusCode).toBe(201);
    list = created.json() as ApprovalListView;
    const pre = await post(sss, `/api/care/council-lists/${list.id}/items`, {
      personId: p.lule,
      serviceCode: 'info_counselling',
      documentIds: [docs.lule],
      version: list.version,
    });
    expect(pre.statusCode).toBe(422);
    const foreignDoc = await post(sss, `/api/care/council-lists/${list.id}/items`, {
      personId: p.lule,
      serviceCode: 'day_centre_elderly',
      documentIds: [docs.prenda],
      version: list.version,
    });
    expect(
      (foreignDoc.json() as { error: { fields: Record<string, string> } }).error.fields.documentIds,
    ).toBe('Each document must be a document of the person proposed.');
    for (const key of ['lule', 'prenda', 'mrika', 'drande', 'tereze']) {
      const added = await post(sss, `/api/care/council-lists/${list.id}/items`, {
        personId: p[key],
        serviceCode: 'day_centre_elderly',
        providerServiceId: dayServiceId,
        documentIds: [docs[key]],
        version: list.version,
      });
      expect(added.statusCode).toBe(200);
      list = added.json() as ApprovalListView;
    }
    expect(list.entries.map((e) => [e.position, e.person.name, e.documents.length])).toEqual([
      [1, 'Lule Marku', 1],
      [2, 'Prenda Gjoka', 1],
      [3, 'Mrika Doda', 1],
      [4, 'Drandë Lleshi', 1],
      [5, 'Terezë Zefi', 1],
    ]);
    const submitted = await post(sss, `/api/care/council-lists/${list.id}/submit`, { version: list.version });
    expect(submitted.statusCode).toBe(200);
    list = submitted.json() as ApprovalListView;
    expect(list.status).toBe('submitted');
  });

  it('records the Council’s decision: every proposal decided, a rejection with its reason', async () => {
    const decisions = list.entries.map((e, index) => ({
      itemId: e.id,
      decision: index === 4 ? ('rejected' as const) : ('approved' as const),
    }));
    const noReason = await post(sss, `/api/care/council-lists/${list.id}/decide`, {
      version: list.version,
      councilDecisionNumber: '27',
      councilDecisionDate: '2026-03-26',
      items: decisions,
    });
    expect(noReason.statusCode).toBe(422);
    expect(Object.keys((noReason.json() as { error: { fields: object } }).error.fields)).toEqual([
      'items[4].reason',
    ]);
    const withReason = decisions.map((d, index) =>
      index === 4 ? { ...d, reason: 'Nuk plotëson kriteret e moshës.' } : d,
    );
    const stale = await post(sss, `/api/care/council-lists/${list.id}/decide`, {
      version: list.version - 1,
      councilDecisionNumber: '27',
      councilDecisionDate: '2026-03-26',
      items: withReason,
    });
    expect(stale.statusCode).toBe(409);
    const decided = await post(sss, `/api/care/council-lists/${list.id}/decide`, {
      version: list.version,
      councilDecisionNumber: '27',
      councilDecisionDate: '2026-03-26',
      items: withReason,
    });
    expect(decided.statusCode).toBe(200);
    list = decided.json() as ApprovalListView;
    expect([list.status, list.councilDecisionNumber, list.approved, list.rejected]).toEqual([
      'decided',
      '27',
      4,
      1,
    ]);
  });

  it('fills the places, refuses beyond capacity without the waiting list, and queues in order', async () => {
    for (const key of ['lule', 'prenda']) {
      const response = await post(sss, '/api/care/enrolments', {
        providerServiceId: dayServiceId,
        personId: p[key],
      });
      expect(response.statusCode).toBe(201);
      enrolments[key] = response.json() as EnrolmentView;
      expect(enrolments[key]?.status).toBe('active');
    }
    const full = await post(sss, '/api/care/enrolments', {
      providerServiceId: dayServiceId,
      personId: p.mrika,
    });
    expect(full.statusCode).toBe(409);
    expect((full.json() as { error: { code: string; message: string } }).error).toEqual({
      code: 'at_capacity',
      message: 'The service is full: 2 of 2 places are taken. Put the person on the waiting list.',
    });
    for (const key of ['mrika', 'drande']) {
      const response = await post(sss, '/api/care/enrolments', {
        providerServiceId: dayServiceId,
        personId: p[key],
        waitingList: true,
      });
      expect(response.statusCode).toBe(201);
      enrolments[key] = response.json() as EnrolmentView;
    }
    expect([enrolments.mrika?.position, enrolments.drande?.position]).toEqual([1, 2]);
    const twice = await post(sss, '/api/care/enrolments', {
      providerServiceId: dayServiceId,
      personId: p.mrika,
      waitingList: true,
    });
    expect((twice.json() as { error: { code: string } }).error.code).toBe('already_enrolled');
    const view = await providerView(centre.id);
    expect(view.services[0]).toMatchObject({ occupied: 2, waiting: 2, free: 0 });
    expect(queue(view)).toEqual([
      ['Mrika Doda', 1, false],
      ['Drandë Lleshi', 2, false],
    ]);
  });

  it('refuses the wrong scope and another jurisdiction (audited) when enrolling', async () => {
    const scope = await post(njvnr, '/api/care/enrolments', {
      providerServiceId: dayServiceId,
      personId: p.tereze,
    });
    expect(scope.statusCode).toBe(403);
    const foreign = await post(peja, '/api/care/enrolments', {
      providerServiceId: dayServiceId,
      personId: p.tereze,
    });
    expect(foreign.statusCode).toBe(403);
    expect((await deniedAudits('enrolInCareService')).length).toBeGreaterThanOrEqual(2);
  });

  it('ending a place offers it to the first waiting; a user moves them in, queue order kept', async () => {
    const second = await post(sss, `/api/care/enrolments/${enrolments.drande?.id}/activate`, {
      version: enrolments.drande?.version,
    });
    expect(second.statusCode).toBe(409);
    expect((second.json() as { error: { code: string } }).error.code).toBe('not_first_in_queue');
    const noPlace = await post(sss, `/api/care/enrolments/${enrolments.mrika?.id}/activate`, {
      version: enrolments.mrika?.version,
    });
    expect((noPlace.json() as { error: { code: string } }).error.code).toBe('at_capacity');

    const ended = await post(sss, `/api/care/enrolments/${enrolments.lule?.id}/end`, {
      version: enrolments.lule?.version,
      reason: 'moved',
    });
    expect(ended.statusCode).toBe(200);
    expect((ended.json() as EnrolmentView).status).toBe('ended');
    let view = await providerView(centre.id);
    expect(view.services[0]).toMatchObject({ occupied: 1, waiting: 2, free: 1 });
    expect(queue(view)).toEqual([
      ['Mrika Doda', 1, true],
      ['Drandë Lleshi', 2, false],
    ]);
    // Nobody jumps the queue while it is not empty, approved or not.
    const jump = await post(sss, '/api/care/enrolments', {
      providerServiceId: dayServiceId,
      personId: p.tereze,
    });
    expect((jump.json() as { error: { code: string } }).error.code).toBe('queue_ahead');

    const stale = await post(sss, `/api/care/enrolments/${enrolments.mrika?.id}/activate`, { version: 99 });
    expect(stale.statusCode).toBe(409);
    expect((stale.json() as { error: { code: string } }).error.code).toBe('conflict');
    const moved = await post(sss, `/api/care/enrolments/${enrolments.mrika?.id}/activate`, {
      version: enrolments.mrika?.version,
      startedOn: '2026-04-01',
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ status: 'active', startedOn: '2026-04-01', position: null });
    view = await providerView(centre.id);
    expect(queue(view)).toEqual([['Drandë Lleshi', 1, false]]);
    expect(view.services[0]).toMatchObject({ occupied: 2, waiting: 1, free: 0 });
    const history = (
      await sss.request({ method: 'GET', url: `/api/persons/${p.lule}/care-enrolments` })
    ).json() as {
      items: EnrolmentView[];
    };
    expect(history.items.map((e) => [e.status, e.endReason])).toEqual([['ended', 'moved']]);
  });
});

describe('record kinds', () => {
  it('locate the municipality of a provider, an enrolment and a list: another country is refused, audited', async () => {
    const sample = await insertCareServiceSamples(t.db.kysely, 'AL-PUK');
    const urls = [
      ['GET', `/api/care/providers/${sample.care_provider}`, 'getCareProvider'],
      ['POST', `/api/care/enrolments/${sample.care_enrolment}/end`, 'endCareEnrolment'],
      ['GET', `/api/care/council-lists/${sample.council_list}`, 'getCouncilApprovalList'],
    ] as const;
    for (const [method, url, operation] of urls) {
      const response = await peja.request({ method, url, ...(method === 'POST' ? { payload: {} } : {}) });
      expect([url, response.statusCode]).toEqual([url, 403]);
      expect((await deniedAudits(operation)).length).toBeGreaterThanOrEqual(1);
      const own = await sss.request({ method, url, ...(method === 'POST' ? { payload: {} } : {}) });
      expect([url, own.statusCode]).toEqual([url, method === 'POST' ? 400 : 200]);
    }
  });
});
