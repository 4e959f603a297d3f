import type { CareCaseDetail, CareCasePage } from '@vatra/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { careDb } from '../../storage/care/tables.js';
import { loginAs, testApp, type Session, type TestApp } from '../../test/harness.js';
import { insertSampleHousehold, samplePerson } from '../registry/samples.js';

// Small gaps of the care case found by the browser journey: how a case was received (a village
// head's referral by phone), names sent in every language, and whether the case concerns a child
// (the child-protection tab).

let t: TestApp;
let sss: Session;
let elder: string;
let girl: string;
let woman: string;

type Reply = { statusCode: number; body: string; json(): unknown };
const errorOf = (response: Reply) =>
  (response.json() as { error: { code: string; fields?: Record<string, string> } }).error;

/** A date of birth `years` years before today. */
const bornYearsAgo = (years: number) => {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() - years);
  return date.toISOString().slice(0, 10);
};

beforeAll(async () => {
  t = await testApp();
  sss = await loginAs(t.app, 'sss.puke');
  [elder = '', woman = '', girl = ''] = (
    await insertSampleHousehold(t.db.kysely, 'AL-PUK', [
      samplePerson({
        firstName: 'Gjergj',
        lastName: 'Marku',
        dateOfBirth: '1946-04-11',
        category: 'resident',
      }),
      samplePerson({
        firstName: 'Mrika',
        lastName: 'Marku',
        gender: 'female',
        dateOfBirth: '1989-09-03',
        category: 'resident',
        relationToHead: 'child',
      }),
      samplePerson({
        firstName: 'Lule',
        lastName: 'Marku',
        gender: 'female',
        dateOfBirth: bornYearsAgo(11),
        category: 'resident',
        relationToHead: 'child',
      }),
    ])
  ).personIds;
});
afterAll(async () => {
  await t.close();
});

function open(payload: Record<string, unknown>) {
  return sss.request({ method: 'POST', url: '/api/care/cases', payload });
}

async function openOk(payload: Record<string, unknown>): Promise<CareCaseDetail> {
  const response = await open(payload);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as CareCaseDetail;
}

async function read(id: string): Promise<CareCaseDetail> {
  const response = await sss.request({ method: 'GET', url: `/api/care/cases/${id}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as CareCaseDetail;
}

describe('how a care case was received', () => {
  it('stores a village head’s referral by phone, on the case, the list and the opening event', async () => {
    const kase = await openOk({
      personId: elder,
      channel: 'village_head',
      receivedBy: 'phone',
      referringParty: 'Kryetari i fshatit Kçirë',
    });
    expect(kase.channel).toBe('village_head');
    expect(kase.receivedBy).toBe('phone');
    expect(kase.timeline[0]).toMatchObject({
      kind: 'care.opened',
      details: { channel: 'village_head', receivedBy: 'phone' },
    });
    const row = await careDb(t.db.kysely)
      .selectFrom('care_cases')
      .select('received_by')
      .where('id', '=', kase.id)
      .executeTakeFirstOrThrow();
    expect(row.received_by).toBe('phone');
    expect((await read(kase.id)).receivedBy).toBe('phone');
    const list = (
      await sss.request({ method: 'GET', url: '/api/care/cases?channel=village_head' })
    ).json() as CareCasePage;
    expect(list.items.find((item) => item.id === kase.id)?.receivedBy).toBe('phone');
  });

  it('refuses an unknown way with a 400 naming receivedBy, and writes nothing', async () => {
    const before = await careDb(t.db.kysely)
      .selectFrom('care_cases')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    const response = await open({ personId: elder, channel: 'walk_in', receivedBy: 'pigeon' });
    expect(response.statusCode).toBe(400);
    expect(Object.keys(errorOf(response).fields ?? {})).toEqual(['receivedBy']);
    const after = await careDb(t.db.kysely)
      .selectFrom('care_cases')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('when omitted: by phone for the referral phone line, in person otherwise', async () => {
    const line = await openOk({
      personId: woman,
      channel: 'phone_line',
      referringParty: 'Linja telefonike për referimin e rasteve sociale',
    });
    expect(line.receivedBy).toBe('phone');
    const walkIn = await openOk({ personId: woman, channel: 'walk_in' });
    expect(walkIn.receivedBy).toBe('in_person');
    const written = await openOk({
      personId: woman,
      channel: 'school',
      receivedBy: 'written',
      referringParty: 'Shkolla 9-vjeçare Kçirë',
    });
    expect(written.receivedBy).toBe('written');
  });
});

describe('names on a care case', () => {
  it('are sent in every language, so the page shows the interface language', async () => {
    await t.db.kysely.updateTable('users').set({ locale: 'sr' }).where('username', '=', 'sss.puke').execute();
    const serbian = await loginAs(t.app, 'sss.puke');
    const response = await serbian.request({
      method: 'POST',
      url: '/api/care/cases',
      payload: { personId: elder, channel: 'walk_in' },
    });
    expect(response.statusCode, response.body).toBe(201);
    const kase = response.json() as CareCaseDetail;
    expect(kase.jurisdiction).toMatchObject({ code: 'AL-PUK', name: { sq: 'Pukë', sr: 'Puka', en: 'Puke' } });
    const responsible = kase.responsibleInstitution.name;
    expect(Object.keys(responsible).sort()).toEqual(['en', 'sq', 'sr']);
    expect(responsible.sr).not.toBe(responsible.sq);
    const list = (await serbian.request({ method: 'GET', url: '/api/care/cases' })).json() as CareCasePage;
    expect(list.items.find((item) => item.id === kase.id)?.jurisdiction.name.sr).toBe('Puka');
  });
});

describe('whether a care case concerns a child', () => {
  it('does not for an elderly man’s case', async () => {
    const kase = await openOk({ personId: elder, channel: 'walk_in', targetGroups: ['elderly'] });
    expect(kase.concernsChild).toBe(false);
  });

  it('does for a person under 18, whatever the target groups', async () => {
    const kase = await openOk({ personId: girl, channel: 'walk_in', targetGroups: ['poor_families'] });
    expect(kase.concernsChild).toBe(true);
  });

  it('does for an adult’s case with a children’s target group', async () => {
    const kase = await openOk({ personId: woman, channel: 'walk_in', targetGroups: ['children'] });
    expect(kase.concernsChild).toBe(true);
  });

  it('does once child-protection records are on the case, even for an adult', async () => {
    const kase = await openOk({ personId: woman, channel: 'walk_in', targetGroups: ['women'] });
    expect(kase.concernsChild).toBe(false);
    const user = await t.db.kysely
      .selectFrom('users')
      .select(['id', 'institution_id'])
      .where('username', '=', 'sss.puke')
      .executeTakeFirstOrThrow();
    // A member of the intersectoral group (migration 0016), as care-child's group route adds one.
    await sql`insert into child_group_members (care_case_id, institution_id, role, added_by)
      values (${kase.id}, ${user.institution_id}, 'social', ${user.id})`.execute(t.db.kysely);
    expect((await read(kase.id)).concernsChild).toBe(true);
  });
});
