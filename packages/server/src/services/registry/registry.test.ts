import type { PersonInput } from '@vatra/core';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loginAs, testApp, type Session, type TestApp } from '../../test/harness.js';
import { insertSampleHousehold, samplePerson } from './samples.js';

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => {
  await t.close();
});

async function jurisdictionId(code: string): Promise<string> {
  const row = await t.db.kysely
    .selectFrom('jurisdictions')
    .select('id')
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  return row.id;
}

async function register(session: Session, members: PersonInput[], extra: Record<string, unknown> = {}) {
  return session.request({
    method: 'POST',
    url: '/api/households',
    payload: {
      jurisdictionId: await jurisdictionId('XK-PEJ'),
      settlement: 'Vitomiricë',
      addressLine: 'Rr. Mbretëresha Teutë 12',
      members,
      acknowledgedDuplicates: [],
      ...extra,
    },
  });
}

const family: PersonInput[] = [
  samplePerson(),
  samplePerson({
    firstName: 'Đurđica',
    lastName: 'Živković',
    fatherName: null,
    gender: 'female',
    dateOfBirth: '1987-07-02',
    community: 'serbian',
    languages: ['sr', 'sq', 'de'],
    relationToHead: 'spouse',
    identityDocuments: [{ type: 'id_card', held: true, number: 'ID998877' }],
  }),
  samplePerson({
    firstName: 'Blerinë',
    gender: 'female',
    fatherName: 'Arbër',
    dateOfBirth: '2012-11-30',
    relationToHead: 'child',
    vulnerability: ['no_documents'],
    identityDocuments: [{ type: 'birth_certificate', held: false }],
  }),
  samplePerson({
    firstName: 'Çlirim',
    fatherName: 'Arbër',
    dateOfBirth: '2016-01-01',
    birthYearOnly: true,
    relationToHead: 'child',
  }),
];

async function search(session: Session, query: string) {
  const response = await session.request({ method: 'GET', url: `/api/persons/search?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as {
    items: { id: string; firstName: string; lastName: string; score: number }[];
    total: number;
  };
}

async function audits(action: string) {
  return t.db.kysely.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('id').execute();
}

describe('registry: households and persons', () => {
  it('registers a family of four with Albanian and Serbian names in one audited transaction', async () => {
    const zkkk = await loginAs(t.app, 'zkkk.peja');
    const response = await register(zkkk, family);
    expect(response.statusCode, response.body).toBe(201);
    const household = response.json();
    expect(household).toMatchObject({
      settlement: 'Vitomiricë',
      jurisdiction: { code: 'XK-PEJ' },
      hiddenMembers: 0,
    });
    expect(household.members.map((m: { firstName: string }) => m.firstName)).toEqual([
      'Arbër',
      'Đurđica',
      'Blerinë',
      'Çlirim',
    ]);
    expect(household.members[0]).toMatchObject({
      relationToHead: 'head',
      countryReturnedFrom: 'DE',
      identityDocuments: [
        { type: 'id_card', held: false },
        { type: 'passport', held: true, number: 'P01234567' },
      ],
      languages: ['sq', 'de'],
      sensitivity: 'normal',
      version: 1,
    });
    expect(household.members[3]).toMatchObject({ dateOfBirth: '2016-01-01', birthYearOnly: true });
    const created = await audits('person.create');
    expect(created).toHaveLength(4);
    expect(created[0]).toMatchObject({ username: 'zkkk.peja', record_type: 'person', outcome: 'ok' });
    expect(await audits('household.create')).toHaveLength(1);

    const read = await zkkk.request({ method: 'GET', url: `/api/households/${household.id}` });
    expect(read.json().members).toHaveLength(4);
    expect((await audits('household.read'))[0]?.details).toMatchObject({ members: expect.any(Array) });
  });

  it('finds people whatever the spelling, case and diacritics', async () => {
    const zkkk = await loginAs(t.app, 'zkkk.peja');
    await insertSampleHousehold(t.db.kysely, 'XK-PEJ', [
      samplePerson(),
      samplePerson({
        firstName: 'Dragan',
        lastName: 'Djordjevic',
        dateOfBirth: '1979-05-05',
        relationToHead: 'other',
      }),
    ]);
    await insertSampleHousehold(t.db.kysely, 'XK-PEJ', [
      samplePerson({ firstName: 'Vesa', lastName: 'Gashi', dateOfBirth: '1990-01-01' }),
    ]);
    for (const q of ['Krasniqi', 'Krasniqe', 'KRASNIQI', 'krasniqi%20arber', 'Arbër%20Krasniqi', 'Kras']) {
      const found = await search(zkkk, `q=${q}`);
      expect(
        found.items.map((p) => p.lastName),
        q,
      ).toEqual(['Krasniqi']);
      expect(found.items[0]?.score, q).toBeGreaterThan(0.8);
    }
    for (const q of ['Đorđević', 'Djordjevic', 'dorđević', 'Gjorgjeviq']) {
      const found = await search(zkkk, `q=${encodeURIComponent(q)}`);
      expect(
        found.items.map((p) => p.lastName),
        q,
      ).toEqual(['Djordjevic']);
    }
    expect((await search(zkkk, 'q=Berisha')).items).toEqual([]);
    expect((await search(zkkk, 'dateOfBirth=1990-01-01')).items.map((p) => p.firstName)).toEqual(['Vesa']);
    const exact = (await search(zkkk, 'q=Krasniqi')).items[0];
    const typo = (await search(zkkk, 'q=Krasniqe')).items[0];
    expect(exact!.score).toBeGreaterThan(typo!.score);
    const logged = await audits('person.search');
    expect(logged.length).toBeGreaterThanOrEqual(12);
    expect(logged[1]?.details).toMatchObject({ q: 'Krasniqe', count: 1 });
  });

  it('refuses a strong duplicate until it was shown and acknowledged', async () => {
    const zkkk = await loginAs(t.app, 'zkkk.peja');
    const first = await register(zkkk, [samplePerson()]);
    expect(first.statusCode).toBe(201);
    const existingId = first.json().members[0].id;

    const again = await register(zkkk, [samplePerson({ firstName: 'ARBER', lastName: 'Krasniqe' })]);
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({
      code: 'possible_duplicate',
      fields: { 'members.0': expect.any(String) },
      candidates: [{ id: existingId, member: 0, strong: true, visible: true }],
    });
    const refusal = (
      await t.db.kysely.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(1).execute()
    )[0];
    expect(refusal).toMatchObject({ action: 'createHousehold', outcome: 'denied' });

    const checked = await zkkk.request({
      method: 'POST',
      url: '/api/persons/duplicates',
      payload: { firstName: 'Arber', lastName: 'Krasniqe', dateOfBirth: '1984-03-12' },
    });
    expect(checked.statusCode).toBe(200);
    expect(checked.json().candidates).toMatchObject([
      { id: existingId, strong: true, visible: true, person: { firstName: 'Arbër' } },
    ]);
    expect(await audits('person.duplicates')).toHaveLength(1);

    const acknowledged = await register(zkkk, [samplePerson({ firstName: 'ARBER', lastName: 'Krasniqe' })], {
      acknowledgedDuplicates: [existingId],
    });
    expect(acknowledged.statusCode, acknowledged.body).toBe(201);

    // The same personal number is the same person: never a second record.
    const numbered = await register(zkkk, [
      samplePerson({ firstName: 'Drita', personalNumber: '1234567890' }),
    ]);
    expect(numbered.statusCode).toBe(201);
    const sameNumber = await register(zkkk, [
      samplePerson({ firstName: 'Dea', personalNumber: '1234567890' }),
    ]);
    expect(sameNumber.json().error).toMatchObject({ code: 'possible_duplicate' });
  });

  it('shows a duplicate in another municipality only as municipality, year of birth and initials', async () => {
    const { personIds } = await insertSampleHousehold(t.db.kysely, 'XK-GJL', [samplePerson()]);
    const zkkk = await loginAs(t.app, 'zkkk.peja');
    const checked = await zkkk.request({
      method: 'POST',
      url: '/api/persons/duplicates',
      payload: { firstName: 'Arbër', lastName: 'Krasniqi', dateOfBirth: '1984-03-12' },
    });
    expect(checked.json().candidates).toEqual([
      {
        id: personIds[0],
        strong: true,
        score: 1,
        visible: false,
        municipality: expect.objectContaining({ code: 'XK-GJL' }),
        birthYear: 1984,
        maskedName: 'A. K.',
        person: null,
      },
    ]);
    expect(JSON.stringify(checked.json())).not.toContain('Krasniqi');
    // Nor does search reach outside the jurisdiction.
    expect((await search(zkkk, 'q=Krasniqi')).items).toEqual([]);
    // Registering anyway is refused, with the same minimal view of the candidate.
    const refused = await register(zkkk, [samplePerson()]);
    expect(refused.json().error.code).toBe('possible_duplicate');
    expect(refused.json().error.candidates[0]).toMatchObject({ visible: false, person: null });
  });

  it('refuses a person outside the jurisdiction (403, audited) and a household in a foreign place', async () => {
    const { personIds, householdId } = await insertSampleHousehold(t.db.kysely, 'XK-GJL');
    const qps = await loginAs(t.app, 'qps.peja');
    const response = await qps.request({ method: 'GET', url: `/api/persons/${personIds[0]}` });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('out_of_jurisdiction');
    const entry = await t.db.kysely
      .selectFrom('audit_log')
      .selectAll()
      .where('record_id', '=', personIds[0]!)
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({
      action: 'getPerson',
      outcome: 'denied',
      username: 'qps.peja',
      record_type: 'person',
    });
    expect(entry.details).toMatchObject({ reason: 'jurisdiction' });
    expect((await qps.request({ method: 'GET', url: `/api/households/${householdId}` })).statusCode).toBe(
      403,
    );

    const zkkk = await loginAs(t.app, 'zkkk.peja');
    const foreign = await register(zkkk, [samplePerson({ firstName: 'Dren' })], {
      jurisdictionId: await jurisdictionId('XK-GJL'),
    });
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json().error.fields).toHaveProperty('jurisdictionId');
    const region = await register(zkkk, [samplePerson({ firstName: 'Dren' })], {
      jurisdictionId: await jurisdictionId('XK-PE'),
    });
    expect(region.statusCode).toBe(422);
  });

  it('hides a sensitive person from a user without sensitive.read', async () => {
    const { personIds, householdId } = await insertSampleHousehold(t.db.kysely, 'XK-PEJ', [
      samplePerson(),
      samplePerson({
        firstName: 'Mimoza',
        gender: 'female',
        dateOfBirth: '1990-02-02',
        relationToHead: 'spouse',
        sensitivity: 'sensitive',
        vulnerability: ['victim_of_violence'],
      }),
    ]);
    const zkkk = await loginAs(t.app, 'zkkk.peja');
    const refused = await zkkk.request({ method: 'GET', url: `/api/persons/${personIds[1]}` });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('sensitive_record');
    const entry = await t.db.kysely
      .selectFrom('audit_log')
      .selectAll()
      .where('record_id', '=', personIds[1]!)
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ outcome: 'denied', username: 'zkkk.peja' });
    expect(entry.details).toMatchObject({ reason: 'sensitivity' });
    expect((await search(zkkk, 'q=Mimoza')).items).toEqual([]);
    const household = (await zkkk.request({ method: 'GET', url: `/api/households/${householdId}` })).json();
    expect(household.members).toHaveLength(1);
    expect(household.hiddenMembers).toBe(1);
    const patched = await zkkk.request({
      method: 'PATCH',
      url: `/api/persons/${personIds[1]}`,
      payload: { phone: '+383 44 123 456', version: 1 },
    });
    expect(patched.statusCode).toBe(403);

    const qps = await loginAs(t.app, 'qps.peja');
    const allowed = await qps.request({ method: 'GET', url: `/api/persons/${personIds[1]}` });
    expect(allowed.statusCode).toBe(200);
    expect(allowed.json()).toMatchObject({ firstName: 'Mimoza', sensitivity: 'sensitive' });
    expect((await search(qps, 'q=Mimoza')).items).toHaveLength(1);
  });

  it('merges a duplicate: history kept, household moved, refused without person.merge', async () => {
    const survivor = await insertSampleHousehold(t.db.kysely, 'XK-PEJ', [
      samplePerson({ personalNumber: null }),
    ]);
    const duplicate = await insertSampleHousehold(t.db.kysely, 'XK-PEJ', [
      samplePerson({ lastName: 'Krasniqe', personalNumber: '1112223334', relationToHead: 'head' }),
      samplePerson({
        firstName: 'Vjosa',
        gender: 'female',
        dateOfBirth: '1986-06-06',
        relationToHead: 'spouse',
      }),
    ]);
    const survivorId = survivor.personIds[0]!;
    const duplicateId = duplicate.personIds[0]!;
    const qps = await loginAs(t.app, 'qps.peja');
    const refused = await qps.request({
      method: 'POST',
      url: `/api/persons/${survivorId}/merge`,
      payload: { duplicateId, version: 1 },
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('forbidden');

    await sql`update roles set scopes = array_append(scopes, 'person.merge') where code = 'zkkk_officer'`.execute(
      t.db.kysely,
    );
    const zkkk = await loginAs(t.app, 'zkkk.peja');
    const merged = await zkkk.request({
      method: 'POST',
      url: `/api/persons/${survivorId}/merge`,
      payload: { duplicateId, version: 1 },
    });
    expect(merged.statusCode, merged.body).toBe(200);
    expect(merged.json()).toMatchObject({ id: survivorId, personalNumber: '1112223334', version: 2 });

    const gone = (await zkkk.request({ method: 'GET', url: `/api/persons/${duplicateId}` })).json();
    expect(gone).toMatchObject({
      mergedInto: survivorId,
      lastName: 'Krasniqe',
      householdId: duplicate.householdId,
    });
    const moved = (
      await zkkk.request({ method: 'GET', url: `/api/persons/${duplicate.personIds[1]}` })
    ).json();
    expect(moved.householdId).toBe(survivor.householdId);
    const found = (await search(zkkk, 'q=Krasniqi')).items.map((p) => p.id);
    expect(found).toContain(survivorId);
    expect(found).not.toContain(duplicateId);
    const entry = (await audits('person.merge'))[0];
    expect(entry).toMatchObject({ record_id: survivorId, username: 'zkkk.peja' });
    expect(entry?.details).toMatchObject({ survivorId, duplicateId, movedMembers: [duplicate.personIds[1]] });
    expect(await audits('person.merged_into')).toHaveLength(1);

    const twice = await zkkk.request({
      method: 'POST',
      url: `/api/persons/${survivorId}/merge`,
      payload: { duplicateId, version: 2 },
    });
    expect(twice.statusCode).toBe(409);
    const foreign = await insertSampleHousehold(t.db.kysely, 'XK-GJL');
    const outside = await zkkk.request({
      method: 'POST',
      url: `/api/persons/${survivorId}/merge`,
      payload: { duplicateId: foreign.personIds[0], version: 2 },
    });
    expect(outside.statusCode).toBe(403);
    expect(outside.json().error.code).toBe('out_of_jurisdiction');
  });

  it('updates with optimistic concurrency, refreshing the search keys', async () => {
    const { personIds } = await insertSampleHousehold(t.db.kysely, 'XK-PEJ');
    const zkkk = await loginAs(t.app, 'zkkk.peja');
    const url = `/api/persons/${personIds[0]}`;
    const first = await zkkk.request({
      method: 'PATCH',
      url,
      payload: { lastName: 'Đorđević', vulnerability: ['disability'], version: 1 },
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ lastName: 'Đorđević', vulnerability: ['disability'], version: 2 });
    expect((await search(zkkk, 'q=Djordjevic')).items).toHaveLength(1);
    const stale = await zkkk.request({
      method: 'PATCH',
      url,
      payload: { phone: '+383 44 000 000', version: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('conflict');
    expect(await audits('person.update')).toHaveLength(1);

    // The record history says who changed what, before and after.
    const history = (await zkkk.request({ method: 'GET', url: `${url}/history` })).json();
    const edit = history.items.find((item: { kind: string }) => item.kind === 'person.update');
    expect(edit).toMatchObject({ actor: 'Mimoza Berisha', institutionCode: 'ZKKK-XK-PEJ' });
    expect(edit.changes).toEqual({ lastName: ['Krasniqi', 'Đorđević'], vulnerability: [[], ['disability']] });
    const gjilan = await loginAs(t.app, 'zkkk.gjilan');
    expect((await gjilan.request({ method: 'GET', url: `${url}/history` })).statusCode).toBe(403);
  });

  it('names bad fields in the user’s language (Albanian) and writes nothing', async () => {
    const zkkk = await loginAs(t.app, 'zkkk.peja');
    const response = await register(zkkk, [
      samplePerson({
        gender: 'x' as 'male',
        dateOfBirth: '12.03.1984',
        personalNumber: '12345',
        countryReturnedFrom: 'Germany',
      }),
    ]);
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: 'validation',
      message: 'Disa fusha nuk janë të vlefshme.',
      fields: {
        'members.0.gender': 'Zgjidhni një nga mundësitë e ofruara.',
        'members.0.dateOfBirth': 'Datë e pavlefshme.',
        'members.0.personalNumber': 'Format i gabuar.',
        'members.0.countryReturnedFrom': 'Format i gabuar.',
      },
    });
    const noHead = await register(zkkk, [samplePerson({ relationToHead: 'child' })]);
    expect(noHead.statusCode).toBe(400);
    expect(noHead.json().error.fields).toEqual({
      members: 'Saktësisht një anëtar duhet të jetë kryefamiljar.',
    });
    const count = await sql<{ n: number }>`select count(*)::int as n from persons`.execute(t.db.kysely);
    expect(count.rows[0]?.n).toBe(0);
  });
});
