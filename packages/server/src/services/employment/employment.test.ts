import type {
  AssistedHousehold,
  EmploymentList,
  EmploymentListEntry,
  JobSeekerProfile,
  WorkItem,
} from '@vatra/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, testApp, type Session, type TestApp } from '../../test/harness.js';
import { readWorkbook } from '../../xlsx/read.js';
import { insertSampleHousehold, samplePerson } from '../registry/samples.js';
import { monthEnd } from './config.js';

// Economic assistance linked to the Employment Office in Pukë: the social services officer
// (sss.puke) keeps the register of assisted households and sends the monthly list; the
// Employment Office (zvp.puke: care.read + employment.record) keeps job-seeker profiles, reviews
// and refusals. plan.puke holds neither care scope; Peja's CSW (qps.peja) is another country's.

let t: TestApp;
let sss: Session;
let zvp: Session;
let plan: Session;
let njvnr: Session;
let qps: Session;
let town: { householdId: string; personIds: string[] };
let qelez: { householdId: string; personIds: string[] };
let gjegjan: { householdId: string; personIds: string[] };
let pukeId: string;

type Reply = { statusCode: number; json(): unknown; body: string; rawPayload: Buffer };
const body = <T>(response: Reply) => response.json() as T;
const errorOf = (response: Reply) =>
  (response.json() as { error: { code: string; fields?: Record<string, string> } }).error;

const now = new Date();
const ymd = (date: Date) => date.toISOString().slice(0, 10);
/** The month `offset` months from this one, YYYY-MM. */
const month = (offset: number) =>
  ymd(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1))).slice(0, 7);
const THIS = month(0);
const FIRST = `${THIS}-01`;
/** A birth date giving `years` on the first of this month (`plusDays` later: a day short of a birthday). */
function bornFor(years: number, plusDays = 0): string {
  const date = new Date(Date.UTC(now.getUTCFullYear() - years, now.getUTCMonth(), 1 + plusDays));
  return ymd(date);
}
const day = (offset: number) => ymd(new Date(Date.now() + offset * 86_400_000));
/** The same day `months` months earlier, clamped as PostgreSQL's date - interval. */
function monthsAgo(months: number): string {
  const target = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(now.getUTCDate(), last));
  return ymd(target);
}

async function lastDenied(username: string) {
  return t.db.kysely
    .selectFrom('audit_log')
    .selectAll()
    .where('username', '=', username)
    .where('outcome', '=', 'denied')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
}

const household = (householdId: string, extra: Record<string, unknown> = {}) => ({
  householdId,
  scheme: 'ne',
  area: 'urban',
  nationalReference: 'NE-PUK-0001',
  fromMonth: month(-3),
  ...extra,
});

beforeAll(async () => {
  t = await testApp();
  const k = t.db.kysely;
  await k.updateTable('users').set({ locale: 'en' }).execute();
  [sss, zvp, plan, njvnr, qps] = (await Promise.all(
    ['sss.puke', 'zvp.puke', 'plan.puke', 'njvnr.gjegjan', 'qps.peja'].map((user) => loginAs(t.app, user)),
  )) as [Session, Session, Session, Session, Session];
  const resident = { category: 'resident' as const, arrivalDate: null, countryReturnedFrom: null };
  town = await insertSampleHousehold(
    k,
    'AL-PUK',
    [
      samplePerson({ ...resident, firstName: 'Gjon', lastName: 'Marku', dateOfBirth: bornFor(40) }),
      samplePerson({
        ...resident,
        firstName: 'Lule',
        lastName: 'Marku',
        gender: 'female',
        dateOfBirth: bornFor(65, 1),
        relationToHead: 'other_relative',
      }),
      samplePerson({
        ...resident,
        firstName: 'Tonin',
        lastName: 'Marku',
        dateOfBirth: bornFor(65),
        relationToHead: 'parent',
      }),
      samplePerson({
        ...resident,
        firstName: 'Mark',
        lastName: 'Marku',
        dateOfBirth: bornFor(16, 1),
        relationToHead: 'child',
      }),
      samplePerson({
        ...resident,
        firstName: 'Nikolin',
        lastName: 'Marku',
        dateOfBirth: bornFor(17),
        relationToHead: 'child',
      }),
    ],
    'Pukë',
  );
  qelez = await insertSampleHousehold(
    k,
    'AL-PUK',
    [samplePerson({ ...resident, firstName: 'Pashk', lastName: 'Gjoni', dateOfBirth: bornFor(30) })],
    'Qelëz',
  );
  gjegjan = await insertSampleHousehold(
    k,
    'AL-PUK',
    [
      samplePerson({ ...resident, firstName: 'Rrok', lastName: 'Prendi', dateOfBirth: bornFor(45) }),
      samplePerson({
        ...resident,
        firstName: 'Dila',
        lastName: 'Prendi',
        gender: 'female',
        dateOfBirth: '2015-05-02',
        vulnerability: ['disability'],
        relationToHead: 'child',
      }),
    ],
    'Gjegjan',
  );
  pukeId = (
    await k.selectFrom('jurisdictions').select('id').where('code', '=', 'AL-PUK').executeTakeFirstOrThrow()
  ).id;
});
afterAll(async () => {
  await t.close();
});

let townPeriod: AssistedHousehold;
let qelezPeriod: AssistedHousehold;

describe('the register of assisted households', () => {
  it('refuses a user without care.assess (403) and one of another jurisdiction (403, audited)', async () => {
    const noScope = await zvp.request({
      method: 'POST',
      url: '/api/employment/households',
      payload: household(town.householdId),
    });
    expect(noScope.statusCode).toBe(403);
    expect(errorOf(noScope).code).toBe('forbidden');
    const planner = await plan.request({ method: 'GET', url: '/api/employment/households' });
    expect(planner.statusCode).toBe(403);
    const foreign = await qps.request({
      method: 'POST',
      url: '/api/employment/households',
      payload: household(town.householdId),
    });
    expect(foreign.statusCode).toBe(403);
    expect(errorOf(foreign).code).toBe('out_of_jurisdiction');
    expect(await lastDenied('qps.peja')).toMatchObject({
      action: 'addAssistedHousehold',
      record_type: 'household',
      record_id: town.householdId,
    });
  });

  it('enters periods and refuses a to-month before the from-month (400 naming toMonth)', async () => {
    const bad = await sss.request({
      method: 'POST',
      url: '/api/employment/households',
      payload: household(qelez.householdId, { fromMonth: month(-2), toMonth: month(-3) }),
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(errorOf(bad).fields ?? {})).toEqual(['toMonth']);
    const made = await sss.request({
      method: 'POST',
      url: '/api/employment/households',
      payload: household(town.householdId),
    });
    expect(made.statusCode).toBe(201);
    townPeriod = body<AssistedHousehold>(made);
    expect(townPeriod).toMatchObject({
      headName: 'Gjon Marku',
      members: 5,
      scheme: 'ne',
      area: 'urban',
      toMonth: null,
      version: 1,
    });
    const ended = await sss.request({
      method: 'POST',
      url: '/api/employment/households',
      payload: household(qelez.householdId, {
        scheme: 'fund6',
        area: 'rural',
        nationalReference: 'F6-PUK-0007',
        fromMonth: month(-6),
      }),
    });
    expect(ended.statusCode).toBe(201);
    qelezPeriod = body<AssistedHousehold>(ended);
    const rural = await njvnr.request({
      method: 'POST',
      url: '/api/employment/households',
      payload: household(gjegjan.householdId, { area: 'rural', nationalReference: 'NE-PUK-0031' }),
    });
    // The NJVNR of Gjegjan (a unit) does not cover a household registered at the municipality.
    expect(rural.statusCode).toBe(403);
    const byOfficer = await sss.request({
      method: 'POST',
      url: '/api/employment/households',
      payload: household(gjegjan.householdId, { area: 'rural', nationalReference: 'NE-PUK-0031' }),
    });
    expect(byOfficer.statusCode).toBe(201);
  });

  it('refuses an overlapping period of the same scheme (409), accepts an earlier one', async () => {
    const overlap = await sss.request({
      method: 'POST',
      url: '/api/employment/households',
      payload: household(town.householdId, { fromMonth: month(-1), toMonth: month(2) }),
    });
    expect(overlap.statusCode).toBe(409);
    expect(errorOf(overlap).code).toBe('assistance_overlap');
    const before = await sss.request({
      method: 'POST',
      url: '/api/employment/households',
      payload: household(town.householdId, { fromMonth: month(-12), toMonth: month(-4) }),
    });
    expect(before.statusCode).toBe(201);
  });

  it('ends a period: stale version 409, before its start 400 naming toMonth', async () => {
    const url = `/api/employment/households/${qelezPeriod.id}`;
    const stale = await sss.request({ method: 'PATCH', url, payload: { toMonth: month(-1), version: 7 } });
    expect(stale.statusCode).toBe(409);
    const early = await sss.request({ method: 'PATCH', url, payload: { toMonth: month(-7), version: 1 } });
    expect(early.statusCode).toBe(400);
    expect(errorOf(early).fields).toHaveProperty('toMonth');
    const done = await sss.request({ method: 'PATCH', url, payload: { toMonth: month(-1), version: 1 } });
    expect(done.statusCode).toBe(200);
    expect(body<AssistedHousehold>(done)).toMatchObject({ toMonth: month(-1), version: 2 });
    const current = body<{ items: AssistedHousehold[] }>(
      await sss.request({ method: 'GET', url: `/api/employment/households?month=${THIS}` }),
    );
    expect(current.items.map((item) => item.nationalReference).sort()).toEqual([
      'NE-PUK-0001',
      'NE-PUK-0031',
    ]);
  });
});

let profile: JobSeekerProfile;

describe('job seekers at the Employment Office', () => {
  it('only employment.record creates a profile; one per person', async () => {
    const payload = {
      personId: town.personIds[0],
      registeredOn: monthsAgo(8),
      qualification: 'Mekanik',
      experience: 'Punoi 5 vjet në minierën e Fushë-Arrëzit.',
      lastReviewedOn: monthsAgo(7),
    };
    const officer = await sss.request({ method: 'POST', url: '/api/employment/job-seekers', payload });
    expect(officer.statusCode).toBe(403);
    expect(errorOf(officer).code).toBe('forbidden');
    const made = await zvp.request({ method: 'POST', url: '/api/employment/job-seekers', payload });
    expect(made.statusCode).toBe(201);
    profile = body<JobSeekerProfile>(made);
    expect(profile).toMatchObject({
      name: 'Gjon Marku',
      nextReviewOn: monthsAgo(1),
      overdue: true,
      version: 1,
    });
    const twice = await zvp.request({ method: 'POST', url: '/api/employment/job-seekers', payload });
    expect(twice.statusCode).toBe(409);
    expect(errorOf(twice).fields).toHaveProperty('personId');
  });

  it('puts an overdue review in the Employment Office’s queue (due 6 months after the last)', async () => {
    const queue = body<{ items: WorkItem[] }>(
      await zvp.request({ method: 'GET', url: '/api/work-queue?kind=employment_review_due' }),
    );
    expect(queue.items).toHaveLength(1);
    expect(queue.items[0]).toMatchObject({
      recordId: profile.id,
      dueOn: monthsAgo(1),
      overdue: true,
      tab: 'jobSeekers',
    });
  });

  it('refuses a profile of another municipality (403, audited) and a stale review (409)', async () => {
    const peja = await insertSampleHousehold(t.db.kysely, 'XK-PEJ', [samplePerson({ firstName: 'Besnik' })]);
    const { rows } = await sql<{ id: string }>`
      insert into job_seeker_profiles (jurisdiction_id, person_id, registered_on, qualification)
      select id, ${peja.personIds[0]}, '2026-01-10', 'Shofer' from jurisdictions where code = 'XK-PEJ'
      returning id`.execute(t.db.kysely);
    const foreignId = rows[0]?.id ?? '';
    const foreign = await zvp.request({
      method: 'POST',
      url: `/api/employment/job-seekers/${foreignId}/reviews`,
      payload: { reviewedOn: day(0), note: 'x', version: 1 },
    });
    expect(foreign.statusCode).toBe(403);
    expect(errorOf(foreign).code).toBe('out_of_jurisdiction');
    expect(await lastDenied('zvp.puke')).toMatchObject({
      action: 'reviewJobSeekerProfile',
      record_id: foreignId,
    });
    const stale = await zvp.request({
      method: 'POST',
      url: `/api/employment/job-seekers/${profile.id}/reviews`,
      payload: { reviewedOn: day(0), note: 'Rishikim', version: 9 },
    });
    expect(stale.statusCode).toBe(409);
  });

  it('records a review: the next falls due 6 months later and leaves the queue', async () => {
    const reviewed = await zvp.request({
      method: 'POST',
      url: `/api/employment/job-seekers/${profile.id}/reviews`,
      payload: { reviewedOn: day(0), note: 'Interesohet për kursin e saldimit.', version: 1 },
    });
    expect(reviewed.statusCode).toBe(201);
    profile = body<JobSeekerProfile>(reviewed);
    expect(profile.lastReviewedOn).toBe(day(0));
    expect(profile.nextReviewOn > day(150)).toBe(true);
    expect(profile).toMatchObject({ overdue: false, version: 2 });
    expect(profile.reviews.map((review) => review.note)).toEqual(['Interesohet për kursin e saldimit.']);
    const queue = body<{ items: WorkItem[] }>(
      await zvp.request({ method: 'GET', url: '/api/work-queue?kind=employment_review_due' }),
    );
    expect(queue.items).toHaveLength(0);
  });

  it('records refusals (employment.record only) and lists them on the profile', async () => {
    const refusal = (offeredOn: string) => ({
      offeredOn,
      employer: 'Fabrika e përpunimit të bimëve medicinale',
      position: 'Punëtor',
      reason: 'Larg shtëpisë, pa transport.',
    });
    const url = `/api/employment/job-seekers/${profile.id}/refusals`;
    const officer = await sss.request({ method: 'POST', url, payload: refusal(monthsAgo(2)) });
    expect(officer.statusCode).toBe(403);
    expect((await zvp.request({ method: 'POST', url, payload: refusal(monthsAgo(2)) })).statusCode).toBe(201);
    const old = await zvp.request({ method: 'POST', url, payload: refusal(monthsAgo(13)) });
    expect(old.statusCode).toBe(201);
    expect(body<JobSeekerProfile>(old).refusals.map((item) => item.offeredOn)).toEqual([
      monthsAgo(2),
      monthsAgo(13),
    ]);
  });
});

describe('the monthly list for the Employment Office', () => {
  let list: EmploymentList;
  const byName = (name: string) => list.items.find((item) => item.name === name) as EmploymentListEntry;

  it('holds the working-age members of households assisted in the month', async () => {
    const response = await sss.request({ method: 'GET', url: `/api/employment/list?month=${THIS}` });
    expect(response.statusCode).toBe(200);
    list = body<EmploymentList>(response);
    expect(list.workingAge).toEqual({ from: 16, to: 64 });
    expect(list.households).toBe(2);
    expect(list.sent).toBeNull();
    // Tonin is 65, Mark 15 on the first of the month; Pashk's assistance ended last month;
    // Dila is a child.
    expect(list.items.map((item) => item.name).sort()).toEqual([
      'Gjon Marku',
      'Lule Marku',
      'Nikolin Marku',
      'Rrok Prendi',
    ]);
    expect(byName('Lule Marku').age).toBe(64);
    expect(byName('Gjon Marku')).toMatchObject({
      area: 'urban',
      mustRegister: true,
      hasProfile: true,
      refusals: 1,
      priority: false,
      schemes: ['ne'],
      householdReference: 'NE-PUK-0001',
    });
    // Urban but 17: not an adult, so not bound to register.
    expect(byName('Nikolin Marku')).toMatchObject({ age: 17, mustRegister: false });
    expect(byName('Rrok Prendi')).toMatchObject({
      area: 'rural',
      mustRegister: false,
      priority: true,
      refusals: 0,
    });
  });

  it('refuses a user of another jurisdiction (403, audited)', async () => {
    const foreign = await qps.request({
      method: 'GET',
      url: `/api/employment/list?jurisdictionId=${pukeId}`,
    });
    expect(foreign.statusCode).toBe(403);
    expect(await lastDenied('qps.peja')).toMatchObject({ action: 'getEmploymentList', record_id: pukeId });
  });

  it('exports the list as XLSX with headings in the chosen language', async () => {
    const response = await sss.request({
      method: 'GET',
      url: `/api/employment/list.xlsx?month=${THIS}&locale=sq`,
    });
    expect(response.statusCode).toBe(200);
    const workbook = await readWorkbook(response.rawPayload);
    const sheet = workbook.worksheets[0];
    expect(sheet?.name).toBe('Lista mujore');
    expect(sheet?.getRow(3).getCell(2).value).toBe('Emri');
    expect(sheet?.getRow(3).getCell(9).value).toBe('Detyrohet të regjistrohet');
    const rows = (sheet?.getRows(4, list.items.length) ?? []).map((row) => row.getCell(2).value);
    expect(rows).toEqual(list.items.map((item) => item.name));
    const gjon = sheet?.getRows(4, list.items.length)?.find((row) => row.getCell(2).value === 'Gjon Marku');
    expect(gjon?.getCell(5).value).toBe(40);
    expect(gjon?.getCell(8).value).toBe('Urbane');
    expect(gjon?.getCell(9).value).toBe('Po');
    expect(gjon?.getCell(14).value).toBe(1);
    expect(sheet?.getRow(4 + list.items.length).getCell(2).value ?? null).toBeNull();
  });

  it('asks the officer to send this month’s list, once', async () => {
    const due = body<{ items: WorkItem[] }>(
      await sss.request({ method: 'GET', url: '/api/work-queue?kind=employment_list_due' }),
    );
    expect(due.items).toHaveLength(1);
    expect(due.items[0]).toMatchObject({ recordId: pukeId, dueOn: monthEnd(THIS), overdue: false });
    const unit = await njvnr.request({
      method: 'POST',
      url: '/api/employment/list/sends',
      payload: { month: THIS, sentOn: day(0) },
    });
    expect(unit.statusCode).toBe(422);
    expect(errorOf(unit).fields).toHaveProperty('jurisdictionId');
    const future = await sss.request({
      method: 'POST',
      url: '/api/employment/list/sends',
      payload: { month: month(1), sentOn: day(0) },
    });
    expect(future.statusCode).toBe(422);
    expect(errorOf(future).fields).toHaveProperty('month');
    const sent = await sss.request({
      method: 'POST',
      url: '/api/employment/list/sends',
      payload: { month: THIS, sentOn: day(0) },
    });
    expect(sent.statusCode).toBe(201);
    expect(body<EmploymentList>(sent).sent).toEqual({
      sentOn: day(0),
      sentBy: 'Drita Lleshi',
      households: 2,
      persons: 4,
    });
    const twice = await sss.request({
      method: 'POST',
      url: '/api/employment/list/sends',
      payload: { month: THIS, sentOn: day(0) },
    });
    expect(twice.statusCode).toBe(409);
    expect(errorOf(twice).code).toBe('list_already_sent');
    const after = body<{ items: WorkItem[] }>(
      await sss.request({ method: 'GET', url: '/api/work-queue?kind=employment_list_due' }),
    );
    expect(after.items).toHaveLength(0);
    expect(FIRST.endsWith('-01')).toBe(true);
  });
});
