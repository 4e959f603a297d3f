import { translate, type CareCaseDetail, type CaseDetail, type HouseholdDetail } from '@vatra/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseDb } from '../../storage/cases/tables.js';
import { loginAs, testApp, type Session, type TestApp } from '../../test/harness.js';
import { samplePerson } from './samples.js';

// The 'resident' category (migration 0014): ordinary residents served by social care are
// registered as such, get no returnee or foreigner case, no certificate of repatriation, and are
// not counted as returnees by the care case's returnee flag.

let t: TestApp;
let zkkk: Session;
let qps: Session;

beforeAll(async () => {
  t = await testApp();
  zkkk = await loginAs(t.app, 'zkkk.peja');
  qps = await loginAs(t.app, 'qps.peja');
});
afterAll(async () => {
  await t.close();
});

async function pejaId(): Promise<string> {
  const row = await t.db.kysely
    .selectFrom('jurisdictions')
    .select('id')
    .where('code', '=', 'XK-PEJ')
    .executeTakeFirstOrThrow();
  return row.id;
}

const resident = (overrides: Parameters<typeof samplePerson>[0]) =>
  samplePerson({
    category: 'resident',
    arrivalDate: undefined,
    countryReturnedFrom: undefined,
    languages: ['sq'],
    ...overrides,
  });

async function register(members: ReturnType<typeof samplePerson>[], settlement: string) {
  const response = await zkkk.request({
    method: 'POST',
    url: '/api/households',
    payload: { jurisdictionId: await pejaId(), settlement, members, acknowledgedDuplicates: [] },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as HouseholdDetail;
}

describe('resident category', () => {
  let alone: HouseholdDetail;
  let family: HouseholdDetail;

  it('registers a resident with no arrival date, status grant or country of return', async () => {
    alone = await register(
      [
        resident({
          firstName: 'Hajrije',
          lastName: 'Kelmendi',
          fatherName: 'Sadri',
          gender: 'female',
          dateOfBirth: '1941-02-17',
          vulnerability: ['elderly_alone'],
        }),
      ],
      'Loxhë',
    );
    expect(alone.members).toHaveLength(1);
    expect(alone.members[0]).toMatchObject({
      firstName: 'Hajrije',
      category: 'resident',
      arrivalDate: null,
      statusGrantDate: null,
      countryReturnedFrom: null,
    });
    const row = await caseDb(t.db.kysely)
      .selectFrom('persons')
      .select('category')
      .where('id', '=', alone.members[0]?.id ?? '')
      .executeTakeFirstOrThrow();
    expect(row.category).toBe('resident');
  });

  it('refuses a returnee or foreigner case for a resident, naming the field in the user’s language', async () => {
    const response = await zkkk.request({
      method: 'POST',
      url: '/api/cases',
      payload: { householdId: alone.id, personId: alone.members[0]?.id },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.fields).toEqual({
      personId: translate('sq', 'server.cases.fields.residentNoCase'),
    });
    expect(response.json().error.fields.personId).toMatch(/^Ky person është regjistruar si banor/);
    const cases = await caseDb(t.db.kysely)
      .selectFrom('cases')
      .select('id')
      .where('household_id', '=', alone.id)
      .execute();
    expect(cases).toHaveLength(0);
  });

  it('refuses the certificate of repatriation for a resident member of a returnee household', async () => {
    family = await register(
      [
        samplePerson({
          firstName: 'Driton',
          lastName: 'Hoxha',
          fatherName: 'Ramadan',
          dateOfBirth: '1979-06-04',
        }),
        resident({
          firstName: 'Xhemile',
          lastName: 'Hoxha',
          fatherName: 'Hysen',
          gender: 'female',
          dateOfBirth: '1950-10-09',
          relationToHead: 'parent',
          identityDocuments: [{ type: 'id_card', held: true, number: 'ID501009' }],
        }),
      ],
      'Kryshec',
    );
    const [head, grandmother] = family.members;
    const opened = await zkkk.request({
      method: 'POST',
      url: '/api/cases',
      payload: { householdId: family.id, personId: head?.id },
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const kase = opened.json() as CaseDetail;
    expect(kase.kind).toBe('returnee');
    const refused = await zkkk.request({
      method: 'POST',
      url: `/api/cases/${kase.id}/certificates`,
      payload: { personId: grandmother?.id },
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.fields).toEqual({
      personId: translate('sq', 'server.cases.fields.residentNoCertificate'),
    });
    const issued = await zkkk.request({
      method: 'POST',
      url: `/api/cases/${kase.id}/certificates`,
      payload: { personId: head?.id },
    });
    expect(issued.statusCode, issued.body).toBe(200);
    const certificates = await caseDb(t.db.kysely)
      .selectFrom('certificates')
      .select('person_id')
      .where('case_id', '=', kase.id)
      .execute();
    expect(certificates.map((c) => c.person_id)).toEqual([head?.id]);
  });

  it('opens care cases with returnee=false for residents, even in a returnee household', async () => {
    const open = async (personId: string | undefined) => {
      const response = await qps.request({
        method: 'POST',
        url: '/api/care/cases',
        payload: { personId, channel: 'walk_in', targetGroups: ['elderly'] },
      });
      expect(response.statusCode, response.body).toBe(201);
      return response.json() as CareCaseDetail;
    };
    expect((await open(alone.members[0]?.id)).returnee).toBe(false);
    expect((await open(family.members[1]?.id)).returnee).toBe(false);
    // the returnee head of the same household is flagged from the household's returnee case
    expect((await open(family.members[0]?.id)).returnee).toBe(true);
  });
});
