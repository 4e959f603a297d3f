import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EnrolmentList, EnrolmentView, ProviderList, ProviderView } from '@vatra/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCareServices } from '../../demo/care-services.js';
import { loginAs, testApp, type Session, type TestApp } from '../../test/harness.js';
import { insertSampleHousehold, samplePerson } from '../registry/samples.js';

// A worker of an administrative unit (NJVNR Gjegjan) refers people to the municipality's
// services: they read Pukë's providers and places, not Peja's, and change none of them.

let t: TestApp;
let sss: Session;
let njvnr: Session;
let qps: Session;
let gjegjanPerson = '';
const dir = mkdtempSync(join(tmpdir(), 'vatra-care-reach-'));

const PUKE = [
  'Bashkia Pukë – Asistenca në shtëpi',
  'Qendra Ditore Multifunksionale Pukë',
  'Qendra Sociale „Sot për të ardhmen”',
  'Qendra e Gruas „Hapa të lehtë”',
];

beforeAll(async () => {
  t = await testApp();
  await seedDemoCareServices(t.db, dir);
  sss = await loginAs(t.app, 'sss.puke');
  njvnr = await loginAs(t.app, 'njvnr.gjegjan');
  qps = await loginAs(t.app, 'qps.peja');
  const { personIds } = await insertSampleHousehold(
    t.db.kysely,
    'AL-PUK-GJE',
    [
      samplePerson({
        firstName: 'Mrika',
        lastName: 'Gjokaj',
        gender: 'female',
        dateOfBirth: '1951-04-02',
        category: 'resident',
        arrivalDate: null,
        countryReturnedFrom: null,
      }),
    ],
    'Gjegjan',
  );
  gjegjanPerson = personIds[0] ?? '';
});
afterAll(async () => {
  await t.close();
});

const providers = async (session: Session) =>
  ((await session.request({ method: 'GET', url: '/api/care/providers' })).json() as ProviderList).items;

async function lastAudit() {
  return t.db.kysely
    .selectFrom('audit_log')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
}

describe('care-service register read from an administrative unit', () => {
  it('lists the municipality’s providers and places to the unit’s worker, not another’s', async () => {
    const unit = await providers(njvnr);
    expect(unit.map((p) => p.name).sort()).toEqual(PUKE);
    expect(unit.every((p) => p.jurisdiction.code === 'AL-PUK')).toBe(true);
    const centre = unit.find((p) => p.name === 'Qendra Ditore Multifunksionale Pukë');
    expect(centre?.services.map((s) => [s.serviceCode, s.capacity, s.occupied, s.waiting])).toEqual([
      ['day_centre_disability', 6, 2, 0],
      ['day_centre_elderly', 4, 4, 2],
    ]);
    // The provider's page opens too (the route reads from the unit: readFromUnit).
    const page = await njvnr.request({ method: 'GET', url: `/api/care/providers/${centre?.id}` });
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json().name).toBe('Qendra Ditore Multifunksionale Pukë');
    // The municipality's own users see what they saw; Peja sees only Peja.
    expect((await providers(sss)).map((p) => p.name).sort()).toEqual(PUKE);
    expect((await providers(qps)).every((p) => p.jurisdiction.code === 'XK-PEJ')).toBe(true);
  });

  it('refuses the unit’s worker an edit of a Pukë provider and any Peja provider, audited', async () => {
    const puke = (await providers(sss)).find((p) => p.name === 'Qendra e Gruas „Hapa të lehtë”');
    const edit = await njvnr.request({
      method: 'PATCH',
      url: `/api/care/providers/${puke?.id}`,
      payload: { version: puke?.version, name: 'Qendra e Gruas' },
    });
    expect(edit.statusCode).toBe(403);
    expect(await lastAudit()).toMatchObject({
      action: 'updateCareProvider',
      outcome: 'denied',
      username: 'njvnr.gjegjan',
    });
    const peja = (await providers(qps))[0];
    const read = await njvnr.request({ method: 'GET', url: `/api/care/providers/${peja?.id}` });
    expect(read.statusCode).toBe(403);
    expect(read.json().error.code).toBe('out_of_jurisdiction');
    expect(await lastAudit()).toMatchObject({
      action: 'getCareProvider',
      outcome: 'denied',
      record_id: peja?.id,
    });
    expect(read.json()).not.toHaveProperty('name');
  });

  it('shows the unit’s worker their own person’s place, and others in the queue without names', async () => {
    const women = (await providers(sss)).find((p) => p.name === 'Qendra e Gruas „Hapa të lehtë”');
    const service = women?.services[0];
    const enrolled = await sss.request({
      method: 'POST',
      url: '/api/care/enrolments',
      payload: { providerServiceId: service?.id, personId: gjegjanPerson },
    });
    expect(enrolled.statusCode).toBe(201);
    expect((enrolled.json() as EnrolmentView).status).toBe('active');
    const list = (
      await njvnr.request({ method: 'GET', url: `/api/persons/${gjegjanPerson}/care-enrolments` })
    ).json() as EnrolmentList;
    expect(list.items.map((e) => [e.providerName, e.serviceCode, e.status])).toEqual([
      ['Qendra e Gruas „Hapa të lehtë”', 'info_counselling', 'active'],
    ]);
    const page = await njvnr.request({ method: 'GET', url: `/api/care/providers/${women?.id}` });
    expect(page.statusCode, page.body).toBe(200);
    const view = page.json() as ProviderView;
    expect(view.enrolments.map((e) => [e.person.name, e.person.hidden]).sort()).toEqual([
      ['', true],
      ['Mrika Gjokaj', false],
    ]);
  });
});
