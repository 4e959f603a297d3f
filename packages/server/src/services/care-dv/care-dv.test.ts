import type { CareCaseDetail, CareCasePage, DvCaseBody, DvSteeringMeeting } from '@vatra/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCareDv } from '../../demo/care-dv.js';
import { dvDb } from '../../storage/care-dv/tables.js';
import { loginAs, testApp, type Session, type TestApp } from '../../test/harness.js';
import { insertSampleHousehold, samplePerson } from '../registry/samples.js';
import { reportDueDates } from './schedule.js';

// Domestic violence in Pukë: the DV coordinator (dv.puke: care.dv) opens and marks a case,
// records a protection order, the technical group and its meeting, submits the 60-day report;
// the social services officer (sss.puke: care.read, care.manage) and the Employment Office
// (zvp.puke: care.read) are outside the group and are refused.

let t: TestApp;
let dv: Session;
let sss: Session;
let zvp: Session;
let person: string;

type Reply = { statusCode: number; body: string; json(): unknown };
const body = <T>(response: Reply) => response.json() as T;
const errorOf = (response: Reply) =>
  (response.json() as { error: { code: string; message: string; fields?: Record<string, string> } }).error;
const dayOffset = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await testApp();
  await t.db.kysely.updateTable('users').set({ locale: 'en' }).execute();
  dv = await loginAs(t.app, 'dv.puke');
  sss = await loginAs(t.app, 'sss.puke');
  zvp = await loginAs(t.app, 'zvp.puke');
  person = (
    await insertSampleHousehold(t.db.kysely, 'AL-PUK', [
      samplePerson({ firstName: 'Lule', lastName: 'Kola', gender: 'female', dateOfBirth: '1990-03-11' }),
    ])
  ).personIds[0] as string;
});
afterAll(async () => {
  await t.close();
});

async function deniedAudits(recordId: string) {
  return t.db.kysely
    .selectFrom('audit_log')
    .select(['action', 'details'])
    .where('outcome', '=', 'denied')
    .where('record_id', '=', recordId)
    .execute();
}

async function queue(session: Session, kind: string): Promise<string[]> {
  const response = await session.request({ method: 'GET', url: `/api/work-queue?kind=${kind}&pageSize=100` });
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as { items: { recordId: string }[] }).items.map((item) => item.recordId);
}

describe('the due schedule', () => {
  it('falls every 60 days from the issue date while the order is valid', () => {
    expect(reportDueDates('2026-01-10', '2026-07-10', { value: 60, unit: 'days' })).toEqual([
      '2026-03-11',
      '2026-05-10',
      '2026-07-09',
    ]);
    expect(reportDueDates('2026-01-10', '2026-03-10', { value: 60, unit: 'days' })).toEqual([]);
  });
});

describe('a DV case in Pukë', () => {
  let kase: CareCaseDetail;
  let dvCase: DvCaseBody;

  it('opens a care case and marks it DV: it becomes restricted', async () => {
    const opened = await dv.request({
      method: 'POST',
      url: '/api/care/cases',
      payload: { personId: person, channel: 'police', referringParty: 'Komisariati i Policisë Pukë' },
    });
    expect(opened.statusCode, opened.body).toBe(201);
    kase = body<CareCaseDetail>(opened);
    const marked = await dv.request({
      method: 'POST',
      url: `/api/care/cases/${kase.id}/dv`,
      payload: { version: kase.version },
    });
    expect(marked.statusCode, marked.body).toBe(200);
    dvCase = body<DvCaseBody>(marked);
    expect(dvCase.dv).toBe(true);
    expect(dvCase.reportEvery).toEqual({ value: 60, unit: 'days' });
    const row = await dvDb(t.db.kysely)
      .selectFrom('care_cases')
      .select(['sensitivity'])
      .where('id', '=', kase.id)
      .executeTakeFirstOrThrow();
    expect(row.sensitivity).toBe('restricted');
  });

  it('records a regular order issued 55 days ago: its first report falls due in 5 days', async () => {
    const response = await dv.request({
      method: 'POST',
      url: `/api/care/cases/${kase.id}/dv/orders`,
      payload: {
        version: dvCase.version,
        kind: 'regular',
        court: 'Gjykata e Rrethit Gjyqësor Pukë',
        orderNumber: 'UM-112/2026',
        issuedOn: dayOffset(-55),
        validUntil: dayOffset(310),
        policeInformedOn: dayOffset(-54),
      },
    });
    expect(response.statusCode, response.body).toBe(200);
    dvCase = body<DvCaseBody>(response);
    const order = dvCase.orders[0];
    expect(order?.valid).toBe(true);
    expect(order?.reports.map((slot) => [slot.dueOn, slot.state])).toEqual([
      [dayOffset(5), 'due_soon'],
      [dayOffset(65), 'upcoming'],
      [dayOffset(125), 'upcoming'],
      [dayOffset(185), 'upcoming'],
      [dayOffset(245), 'upcoming'],
      [dayOffset(305), 'upcoming'],
    ]);
  });

  it('puts the report in the DV coordinator’s work queue, not in the Employment Office’s', async () => {
    expect(await queue(dv, 'dv_report_due')).toEqual([kase.id]);
    const home = await dv.request({ method: 'GET', url: '/api/home' });
    expect(home.statusCode, home.body).toBe(200);
    const counts = (home.json() as { queueCounts: { kind: string; total: number }[] }).queueCounts;
    expect(counts.find((count) => count.kind === 'dv_report_due')?.total).toBe(1);
    const other = await zvp.request({ method: 'GET', url: '/api/work-queue?kind=dv_report_due' });
    expect(other.statusCode).toBe(404);
  });

  it('adds the technical group and a meeting; a bad field is a 400 naming it', async () => {
    const office = await t.db.kysely
      .selectFrom('institutions')
      .select('id')
      .where('code', '=', 'SSS-AL-PUK')
      .executeTakeFirstOrThrow();
    const bad = await dv.request({
      method: 'POST',
      url: `/api/care/cases/${kase.id}/dv/members`,
      payload: { version: dvCase.version, institutionId: office.id, role: 'judge' },
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(errorOf(bad).fields ?? {})).toContain('role');
    const added = await dv.request({
      method: 'POST',
      url: `/api/care/cases/${kase.id}/dv/members`,
      payload: { version: dvCase.version, institutionId: office.id, role: 'social_services' },
    });
    expect(added.statusCode, added.body).toBe(200);
    dvCase = body<DvCaseBody>(added);
    const noPlace = await dv.request({
      method: 'POST',
      url: `/api/care/cases/${kase.id}/dv/members`,
      payload: { version: dvCase.version, role: 'health' },
    });
    expect(noPlace.statusCode).toBe(422);
    expect(Object.keys(errorOf(noPlace).fields ?? {})).toEqual(['institutionName']);
    const named = await dv.request({
      method: 'POST',
      url: `/api/care/cases/${kase.id}/dv/members`,
      payload: { version: dvCase.version, institutionName: 'Komisariati i Policisë Pukë', role: 'police' },
    });
    expect(named.statusCode, named.body).toBe(200);
    dvCase = body<DvCaseBody>(named);
    expect(
      dvCase.members.map((member) => [member.role, member.institution?.code ?? member.institutionName]),
    ).toEqual([
      ['social_services', 'SSS-AL-PUK'],
      ['police', 'Komisariati i Policisë Pukë'],
    ]);
    const meeting = await dv.request({
      method: 'POST',
      url: `/api/care/cases/${kase.id}/dv/meetings`,
      payload: {
        version: dvCase.version,
        heldOn: dayOffset(-50),
        notes: 'Plani i sigurisë; strehim i përkohshëm te motra në Qerret.',
        attendees: ['Marije Prendi (koordinatorja)', 'Inspektori Pal Gjini (Policia)'],
      },
    });
    expect(meeting.statusCode, meeting.body).toBe(200);
    dvCase = body<DvCaseBody>(meeting);
    expect(dvCase.meetings).toHaveLength(1);
    expect(dvCase.meetings[0]?.attendees).toHaveLength(2);
  });

  it('refuses a stale version with 409', async () => {
    const order = dvCase.orders[0];
    const response = await dv.request({
      method: 'POST',
      url: `/api/care/cases/${kase.id}/dv/orders/${order?.id}/reports`,
      payload: { version: dvCase.version - 1, summary: 'S’ka incidente të reja.', policeInformed: true },
    });
    expect(response.statusCode).toBe(409);
    expect(errorOf(response).code).toBe('conflict');
  });

  it('submits the first report: the period is submitted and the queue item goes', async () => {
    const order = dvCase.orders[0];
    const response = await dv.request({
      method: 'POST',
      url: `/api/care/cases/${kase.id}/dv/orders/${order?.id}/reports`,
      payload: {
        version: dvCase.version,
        summary: 'S’ka incidente të reja; policia u informua.',
        policeInformed: true,
      },
    });
    expect(response.statusCode, response.body).toBe(200);
    dvCase = body<DvCaseBody>(response);
    const slot = dvCase.orders[0]?.reports[0];
    expect(slot?.state).toBe('submitted');
    expect(slot?.report?.policeInformed).toBe(true);
    expect(slot?.report?.submittedBy).toBe('Marije Prendi');
    expect(await queue(dv, 'dv_report_due')).toEqual([]);
  });

  it('refuses a report on an expired order with 409 naming the order’s end', async () => {
    const added = await dv.request({
      method: 'POST',
      url: `/api/care/cases/${kase.id}/dv/orders`,
      payload: {
        version: dvCase.version,
        kind: 'immediate',
        court: 'Gjykata e Rrethit Gjyqësor Pukë',
        orderNumber: 'UMM-7/2026',
        issuedOn: dayOffset(-200),
        validUntil: dayOffset(-100),
      },
    });
    expect(added.statusCode, added.body).toBe(200);
    dvCase = body<DvCaseBody>(added);
    const expired = dvCase.orders.find((order) => order.orderNumber === 'UMM-7/2026');
    expect(expired?.valid).toBe(false);
    const response = await dv.request({
      method: 'POST',
      url: `/api/care/cases/${kase.id}/dv/orders/${expired?.id}/reports`,
      payload: { version: dvCase.version, summary: 'Raport i vonuar.', policeInformed: false },
    });
    expect(response.statusCode).toBe(409);
    expect(errorOf(response).code).toBe('order_expired');
    expect(errorOf(response).message).toContain(dayOffset(-100));
    expect(errorOf(response).message).toContain('UMM-7/2026');
  });

  it('refuses an order that ends before it was issued (422 on validUntil)', async () => {
    const response = await dv.request({
      method: 'POST',
      url: `/api/care/cases/${kase.id}/dv/orders`,
      payload: {
        version: dvCase.version,
        kind: 'regular',
        court: 'Gjykata',
        orderNumber: 'UM-1/2026',
        issuedOn: dayOffset(-10),
        validUntil: dayOffset(-20),
      },
    });
    expect(response.statusCode).toBe(422);
    expect(Object.keys(errorOf(response).fields ?? {})).toEqual(['validUntil']);
  });

  it('refuses a Pukë user with care.read outside the group (403, audited) and hides the case from lists', async () => {
    const read = await sss.request({ method: 'GET', url: `/api/care/cases/${kase.id}` });
    expect(read.statusCode).toBe(403);
    expect(errorOf(read).code).toBe('sensitive_record');
    const zread = await zvp.request({ method: 'GET', url: `/api/care/cases/${kase.id}` });
    expect(zread.statusCode).toBe(403);
    const denied = await deniedAudits(kase.id);
    expect(denied.length).toBeGreaterThanOrEqual(2);
    const dvRead = await sss.request({ method: 'GET', url: `/api/care/cases/${kase.id}/dv` });
    expect(dvRead.statusCode).toBe(403);
    for (const session of [sss, zvp]) {
      const list = await session.request({ method: 'GET', url: '/api/care/cases?pageSize=100' });
      expect(list.statusCode, list.body).toBe(200);
      expect(body<CareCasePage>(list).items.map((item) => item.id)).not.toContain(kase.id);
    }
    const mine = await dv.request({ method: 'GET', url: '/api/care/cases?pageSize=100' });
    expect(body<CareCasePage>(mine).items.map((item) => item.id)).toContain(kase.id);
  });
  it('lets a care.dv user in the technical group read without a team place, and nobody once out of both', async () => {
    const coordinator = await t.db.kysely
      .selectFrom('users')
      .select(['id', 'institution_id as institutionId'])
      .where('username', '=', 'dv.puke')
      .executeTakeFirstOrThrow();
    await dvDb(t.db.kysely).deleteFrom('care_team').where('care_case_id', '=', kase.id).execute();
    expect((await dv.request({ method: 'GET', url: `/api/care/cases/${kase.id}/dv` })).statusCode).toBe(403);
    const added = await dvDb(t.db.kysely)
      .insertInto('dv_group_members')
      .values({
        care_case_id: kase.id,
        institution_id: coordinator.institutionId,
        user_id: coordinator.id,
        role: 'coordinator',
        added_by: coordinator.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const read = await dv.request({ method: 'GET', url: `/api/care/cases/${kase.id}/dv` });
    expect(read.statusCode, read.body).toBe(200);
    expect(body<DvCaseBody>(read).members.map((member) => member.user?.fullName ?? null)).toContain(
      'Marije Prendi',
    );
    await dvDb(t.db.kysely).deleteFrom('dv_group_members').where('id', '=', added.id).execute();
    await dvDb(t.db.kysely)
      .insertInto('care_team')
      .values({ care_case_id: kase.id, user_id: coordinator.id, role: 'opener' })
      .execute();
  });
});

describe('the steering committee', () => {
  it('records a meeting chaired by the Mayor and lists it; others without care.dv are refused', async () => {
    const response = await dv.request({
      method: 'POST',
      url: '/api/care/dv/steering',
      payload: {
        heldOn: dayOffset(-3),
        chairedBy: 'Kryetari i Bashkisë Pukë',
        agenda: 'Analiza tremujore e koordinatores për rastet e dhunës në familje.',
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    const meeting = body<DvSteeringMeeting>(response);
    expect(meeting.jurisdiction).toBe('Puke'); // the English name (users' locale is en)
    const list = await dv.request({ method: 'GET', url: '/api/care/dv/steering' });
    expect(body<{ items: DvSteeringMeeting[] }>(list).items.map((item) => item.id)).toEqual([meeting.id]);
    const refused = await sss.request({ method: 'GET', url: '/api/care/dv/steering' });
    expect(refused.statusCode).toBe(403);
  });
});

describe('the demo DV case', () => {
  it('seeds once a Pukë case whose first 60-day report is falling due', async () => {
    expect(await seedDemoCareDv(t.db)).toEqual({ cases: 1 });
    expect(await seedDemoCareDv(t.db)).toEqual({ cases: 0 });
    const seeded = await dvDb(t.db.kysely)
      .selectFrom('care_cases')
      .select(['id'])
      .where('dv', '=', true)
      .where('summary', 'like', 'Referuar nga policia%')
      .executeTakeFirstOrThrow();
    const response = await dv.request({ method: 'GET', url: `/api/care/cases/${seeded.id}/dv` });
    expect(response.statusCode, response.body).toBe(200);
    const demo = body<DvCaseBody>(response);
    expect(demo.orders[0]?.reports[0]).toMatchObject({ dueOn: dayOffset(5), state: 'due_soon' });
    expect(demo.members).toHaveLength(4);
    expect(demo.meetings).toHaveLength(1);
    expect(await queue(dv, 'dv_report_due')).toContain(seeded.id);
    expect((await sss.request({ method: 'GET', url: `/api/care/cases/${seeded.id}` })).statusCode).toBe(403);
  });
});
