import type { CareCaseDetail, CareDirectory, CareCasePage } from '@vatra/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseDb } from '../../storage/cases/tables.js';
import { loginAs, testApp, type Session, type TestApp } from '../../test/harness.js';
import { insertSampleHousehold, samplePerson } from '../registry/samples.js';

// Social-care cases through the API in Pukë (Albania) and Peja (Kosovo): the social services
// officer (sss.puke: care.manage), the NJVNR of Gjegjan (njvnr.gjegjan: care.assess in its unit
// only), the DV coordinator and the child-protection worker (sensitive.read), the Employment
// Office (zvp.puke: care.read only), the plan coordinator (no care scope), and Peja's CSW.

let t: TestApp;
let sss: Session;
let njvnr: Session;
let dv: Session;
let cpw: Session;
let zvp: Session;
let planner: Session;
let qps: Session;
let pukePerson: string;
let gjegjanPerson: string;
let pejaPerson: string;
let pejaHousehold: string;
let zvpId: string;

beforeAll(async () => {
  t = await testApp();
  await t.db.kysely.updateTable('users').set({ locale: 'en' }).execute();
  sss = await loginAs(t.app, 'sss.puke');
  njvnr = await loginAs(t.app, 'njvnr.gjegjan');
  dv = await loginAs(t.app, 'dv.puke');
  cpw = await loginAs(t.app, 'cpw.puke');
  zvp = await loginAs(t.app, 'zvp.puke');
  planner = await loginAs(t.app, 'plan.puke');
  qps = await loginAs(t.app, 'qps.peja');
  const k = t.db.kysely;
  pukePerson = (
    await insertSampleHousehold(k, 'AL-PUK', [
      samplePerson({ firstName: 'Mrikë', lastName: 'Gjoni', gender: 'female', dateOfBirth: '1948-05-02' }),
    ])
  ).personIds[0] as string;
  gjegjanPerson = (
    await insertSampleHousehold(
      k,
      'AL-PUK-GJE',
      [samplePerson({ firstName: 'Gjergj', lastName: 'Pjetri', dateOfBirth: '1961-09-14' })],
      'Gjegjan',
    )
  ).personIds[0] as string;
  const peja = await insertSampleHousehold(k, 'XK-PEJ', [
    samplePerson({ firstName: 'Shpresa', lastName: 'Berisha', gender: 'female', relationToHead: 'head' }),
  ]);
  pejaPerson = peja.personIds[0] as string;
  pejaHousehold = peja.householdId;
  const school = await k
    .selectFrom('institutions')
    .select('id')
    .where('code', '=', 'ZVP-AL-PUK')
    .executeTakeFirstOrThrow();
  zvpId = school.id;
});
afterAll(async () => {
  await t.close();
});

type Reply = { statusCode: number; json(): unknown };
const body = <T>(response: Reply) => response.json() as T;
const errorOf = (response: Reply) =>
  (response.json() as { error: { code: string; fields?: Record<string, string> } }).error;

async function lastAudit(action: string) {
  return t.db.kysely
    .selectFrom('audit_log')
    .selectAll()
    .where('action', '=', action)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
}

function open(session: Session, payload: Record<string, unknown>) {
  return session.request({ method: 'POST', url: '/api/care/cases', payload });
}

async function openOk(session: Session, payload: Record<string, unknown>): Promise<CareCaseDetail> {
  const response = await open(session, payload);
  expect(response.statusCode, response.body).toBe(201);
  return body<CareCaseDetail>(response);
}

function assessment(risk = 'high') {
  return {
    contact: { assessed_on: '2026-03-02', place: 'home', person_present: true },
    situation: {
      lives_alone: true,
      income: 'pension',
      disability: false,
      can_leave_home: false,
      description: 'Lives alone in Qerret, cannot reach the shop in winter.',
    },
    needs: {
      care_needs: ['home_care', 'material'],
      housing: { needed: false },
      health: { needed: true, domain: 'health', priority: 'high' },
      income: { needed: false },
      psychosocial: { needed: false },
    },
    risk: {
      factors: ['isolation'],
      immediate_danger: false,
      risk_level: risk,
      rationale: 'Alone, no heating.',
    },
  };
}

const plan = (version: number, serviceCode = 'in_family_care') => ({
  goal: 'Mrikë is cared for at home through the winter.',
  items: [{ serviceCode, level: 'local', note: 'Twice a week' }],
  version,
});

describe('social-care path in Pukë', () => {
  let kase: CareCaseDetail;

  it('opens a case from a village head’s phone call, numbered per municipality, not a returnee', async () => {
    kase = await openOk(sss, {
      personId: pukePerson,
      channel: 'village_head',
      referringParty: 'Kryetari i fshatit Qerret',
      targetGroups: ['elderly'],
      summary: 'The village head phoned: she lives alone and has no heating.',
    });
    expect(kase.number).toMatch(/^PUK-SH-\d{4}-0001$/);
    expect(kase).toMatchObject({
      status: 'identified',
      channel: 'village_head',
      referringParty: 'Kryetari i fshatit Qerret',
      returnee: false,
      returneeCase: null,
      riskLevel: null,
      targetGroups: ['elderly'],
      worker: { fullName: 'Drita Lleshi' },
    });
    expect(kase.timeline.map((event) => event.kind)).toEqual(['care.opened']);
    expect(await lastAudit('care.open')).toMatchObject({ record_id: kase.id, outcome: 'ok' });
  });

  it('refuses a referred case without its referrer, naming the field', async () => {
    const response = await open(sss, { personId: pukePerson, channel: 'police' });
    expect(response.statusCode).toBe(422);
    expect(Object.keys(errorOf(response).fields ?? {})).toEqual(['referringParty']);
  });

  it('refuses opening without care.assess and listing without care.read (audited)', async () => {
    const response = await open(zvp, { personId: pukePerson, channel: 'walk_in' });
    expect(response.statusCode).toBe(403);
    expect(await lastAudit('openCareCase')).toMatchObject({ username: 'zvp.puke', outcome: 'denied' });
    const list = await planner.request({ method: 'GET', url: '/api/care/cases' });
    expect(list.statusCode).toBe(403);
    expect(errorOf(list).code).toBe('forbidden');
  });

  it('refuses a case of another jurisdiction with an audited 403', async () => {
    const response = await qps.request({ method: 'GET', url: `/api/care/cases/${kase.id}` });
    expect(response.statusCode).toBe(403);
    expect(errorOf(response).code).toBe('out_of_jurisdiction');
    const entry = await lastAudit('getCareCase');
    expect(entry).toMatchObject({ username: 'qps.peja', outcome: 'denied', record_id: kase.id });
    // Gjegjan's unit sees its own cases, not the municipality's.
    const unit = await njvnr.request({ method: 'GET', url: `/api/care/cases/${kase.id}` });
    expect(unit.statusCode).toBe(403);
  });

  it('refuses a plan before the assessment (409)', async () => {
    const response = await sss.request({
      method: 'POST',
      url: `/api/care/cases/${kase.id}/plan`,
      payload: plan(kase.version),
    });
    expect(response.statusCode).toBe(409);
    expect(errorOf(response).code).toBe('assessment_first');
  });

  it('refuses an assessment that breaks its form definition, naming the field', async () => {
    const data = assessment();
    const { risk_level: _dropped, ...risk } = data.risk;
    const response = await sss.request({
      method: 'POST',
      url: `/api/care/cases/${kase.id}/assessments`,
      payload: { data: { ...data, risk }, version: kase.version },
    });
    expect(response.statusCode).toBe(400);
    expect(Object.keys(errorOf(response).fields ?? {})).toContain('data.risk.risk_level');
  });

  it('assesses needs and risk: the risk level is set, the case is assessed; a stale version is 409', async () => {
    const response = await sss.request({
      method: 'POST',
      url: `/api/care/cases/${kase.id}/assessments`,
      payload: { data: assessment('high'), version: kase.version },
    });
    expect(response.statusCode, response.body).toBe(200);
    const stale = kase.version;
    kase = body<CareCaseDetail>(response);
    expect(kase).toMatchObject({ status: 'assessed', riskLevel: 'high' });
    expect(kase.assessments).toHaveLength(1);
    expect(kase.assessments[0]).toMatchObject({
      formKey: 'care_assessment',
      formVersion: 1,
      riskLevel: 'high',
    });
    const again = await sss.request({
      method: 'POST',
      url: `/api/care/cases/${kase.id}/assessments`,
      payload: { data: assessment('low'), version: stale },
    });
    expect(again.statusCode).toBe(409);
    expect(errorOf(again).code).toBe('conflict');
  });

  it('refuses a referral before the plan, and a plan with a service not in the catalogue', async () => {
    const early = await sss.request({
      method: 'POST',
      url: `/api/care/cases/${kase.id}/referrals`,
      payload: { serviceCode: 'in_family_care', level: 'local', toInstitutionId: zvpId, reason: 'Home care' },
    });
    expect(early.statusCode).toBe(409);
    expect(errorOf(early).code).toBe('plan_first');
    const unknown = await sss.request({
      method: 'POST',
      url: `/api/care/cases/${kase.id}/plan`,
      payload: plan(kase.version, 'space_travel'),
    });
    expect(unknown.statusCode).toBe(422);
    expect(Object.keys(errorOf(unknown).fields ?? {})).toEqual(['items.0.serviceCode']);
  });

  it('makes the care plan, refers, refuses a follow-up before acceptance, accepts and follows up', async () => {
    const planned = await sss.request({
      method: 'POST',
      url: `/api/care/cases/${kase.id}/plan`,
      payload: plan(kase.version),
    });
    expect(planned.statusCode, planned.body).toBe(200);
    kase = body<CareCaseDetail>(planned);
    expect(kase.status).toBe('planned');
    expect(kase.plan).toMatchObject({
      planVersion: 1,
      items: [{ serviceCode: 'in_family_care', level: 'local' }],
    });
    const itemId = kase.plan?.items[0]?.id;

    const referred = await sss.request({
      method: 'POST',
      url: `/api/care/cases/${kase.id}/referrals`,
      payload: {
        serviceCode: 'in_family_care',
        level: 'local',
        toInstitutionId: zvpId,
        planItemId: itemId,
        reason: 'Home care twice a week',
      },
    });
    expect(referred.statusCode, referred.body).toBe(200);
    kase = body<CareCaseDetail>(referred);
    const referral = kase.referrals[0];
    expect(referral).toMatchObject({ status: 'sent', level: 'local', planItemId: itemId });
    const url = `/api/care/cases/${kase.id}/referrals/${referral?.id}`;

    const early = await sss.request({
      method: 'POST',
      url: `${url}/follow-up`,
      payload: { evaluation: 'suits', version: referral?.version },
    });
    expect(early.statusCode).toBe(409);
    expect(errorOf(early).code).toBe('referral_not_accepted');

    const accepted = await sss.request({
      method: 'POST',
      url: `${url}/answer`,
      payload: { outcome: 'accepted', version: referral?.version },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    kase = body<CareCaseDetail>(accepted);
    expect(kase.status).toBe('in_service');
    expect(kase.plan?.items[0]?.status).toBe('in_progress');
    const staleAnswer = await sss.request({
      method: 'POST',
      url: `${url}/answer`,
      payload: { outcome: 'declined', declineReason: 'Full', version: referral?.version },
    });
    expect(staleAnswer.statusCode).toBe(409);
    expect(errorOf(staleAnswer).code).toBe('conflict');

    const followed = await sss.request({
      method: 'POST',
      url: `${url}/follow-up`,
      payload: {
        evaluation: 'partly',
        note: 'Visits happen, heating still missing.',
        version: kase.referrals[0]?.version,
      },
    });
    expect(followed.statusCode, followed.body).toBe(200);
    kase = body<CareCaseDetail>(followed);
    expect(kase.referrals[0]).toMatchObject({ status: 'followed_up', evaluation: 'partly' });
    expect(kase.timeline.map((event) => event.kind)).toEqual([
      'care.opened',
      'care.assessed',
      'care.planned',
      'care.referred',
      'care.referral.accepted',
      'care.referral.followed_up',
    ]);
  });

  it('closes only with care.manage; a closed case takes no more steps', async () => {
    const byUnit = await njvnr.request({
      method: 'POST',
      url: `/api/care/cases/${kase.id}/close`,
      payload: { reason: 'x', version: kase.version },
    });
    expect(byUnit.statusCode).toBe(403);
    expect(errorOf(byUnit).code).toBe('forbidden');
    const closed = await sss.request({
      method: 'POST',
      url: `/api/care/cases/${kase.id}/close`,
      payload: { reason: 'Moved to her daughter in Shkodër.', version: kase.version },
    });
    expect(closed.statusCode, closed.body).toBe(200);
    kase = body<CareCaseDetail>(closed);
    expect(kase.status).toBe('closed');
    const after = await sss.request({
      method: 'POST',
      url: `/api/care/cases/${kase.id}/assessments`,
      payload: { data: assessment(), version: kase.version },
    });
    expect(after.statusCode).toBe(409);
    expect(errorOf(after).code).toBe('care_closed');
  });
});

describe('sensitivity', () => {
  it('shows a restricted DV case only to its team, a sensitive one also to sensitive.read', async () => {
    const restricted = await openOk(dv, {
      personId: pukePerson,
      channel: 'police',
      referringParty: 'Komisariati i Policisë Pukë',
      targetGroups: ['dv_victims'],
      sensitivity: 'restricted',
    });
    const sensitive = await openOk(dv, {
      personId: pukePerson,
      channel: 'health',
      referringParty: 'Qendra shëndetësore Pukë',
      sensitivity: 'sensitive',
    });
    const refused = await sss.request({ method: 'GET', url: `/api/care/cases/${restricted.id}` });
    expect(refused.statusCode).toBe(403);
    expect(errorOf(refused).code).toBe('sensitive_record');
    expect(await lastAudit('getCareCase')).toMatchObject({
      username: 'sss.puke',
      outcome: 'denied',
      record_id: restricted.id,
    });
    expect((await cpw.request({ method: 'GET', url: `/api/care/cases/${restricted.id}` })).statusCode).toBe(
      403,
    );
    expect((await cpw.request({ method: 'GET', url: `/api/care/cases/${sensitive.id}` })).statusCode).toBe(
      200,
    );
    expect((await dv.request({ method: 'GET', url: `/api/care/cases/${restricted.id}` })).statusCode).toBe(
      200,
    );
    const list = body<CareCasePage>(
      await sss.request({ method: 'GET', url: '/api/care/cases?pageSize=100' }),
    );
    const ids = list.items.map((item) => item.id);
    expect(ids).not.toContain(restricted.id);
    expect(ids).not.toContain(sensitive.id);
  });
});

describe('returnee flag', () => {
  it('is computed from a returnee case, linked through the returnee_case channel, or declared', async () => {
    const k = caseDb(t.db.kysely);
    const peja = await k
      .selectFrom('jurisdictions')
      .select('id')
      .where('code', '=', 'XK-PEJ')
      .executeTakeFirstOrThrow();
    const returneeCase = await k
      .insertInto('cases')
      .values({
        number: 'PEJ-2026-9901',
        jurisdiction_id: peja.id,
        household_id: pejaHousehold,
        person_id: pejaPerson,
        kind: 'returnee',
        clock_start: new Date('2026-01-20T09:00:00Z'),
        visit_due_at: new Date('2026-01-23T09:00:00Z'),
        closure_due_on: '2027-07-20',
        stage: 'registered',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const walkIn = await openOk(qps, { personId: pejaPerson, channel: 'walk_in' });
    expect(walkIn.number).toMatch(/^PEJ-SH-\d{4}-0001$/);
    expect(walkIn.returnee).toBe(true);
    const linked = await openOk(qps, {
      personId: pejaPerson,
      channel: 'returnee_case',
      returneeCaseId: returneeCase.id,
    });
    expect(linked).toMatchObject({
      returnee: true,
      returneeCase: { id: returneeCase.id, number: 'PEJ-2026-9901' },
    });
    const missing = await open(qps, { personId: pejaPerson, channel: 'returnee_case' });
    expect(missing.statusCode).toBe(422);
    expect(Object.keys(errorOf(missing).fields ?? {})).toEqual(['returneeCaseId']);

    const plain = await openOk(njvnr, { personId: gjegjanPerson, channel: 'walk_in' });
    expect(plain.returnee).toBe(false);
    expect(plain.jurisdiction.name.sq).toBe('Gjegjan');
    const declared = await openOk(njvnr, { personId: gjegjanPerson, channel: 'walk_in', returnee: true });
    expect(declared.returnee).toBe(true);
    const onlyReturnees = body<CareCasePage>(
      await qps.request({ method: 'GET', url: '/api/care/cases?returnee=true' }),
    );
    expect(onlyReturnees.total).toBe(2);
  });
});

describe('referral directory', () => {
  it('counts the care cases each institution and party referred in the year', async () => {
    const year = new Date().getUTCFullYear();
    await openOk(sss, { personId: pukePerson, channel: 'school', referringInstitutionId: zvpId });
    await openOk(sss, { personId: pukePerson, channel: 'school', referringInstitutionId: zvpId });
    await openOk(sss, {
      personId: pukePerson,
      channel: 'village_head',
      referringParty: ' kryetari i fshatit Qerret ',
    });
    const response = await sss.request({ method: 'GET', url: `/api/care/directory?year=${year}` });
    expect(response.statusCode, response.body).toBe(200);
    const directory = body<CareDirectory>(response);
    // Pukë this year: the path case, the DV coordinator's two, Gjegjan's two, and these three.
    expect(directory.total).toBe(8);
    const zvpRow = directory.rows.find((row) => row.institution?.id === zvpId);
    expect(zvpRow?.cases).toBe(2);
    const qerret = directory.rows.find((row) => row.party?.toLowerCase() === 'kryetari i fshatit qerret');
    expect(qerret?.cases).toBe(2);
    expect(directory.rows.find((row) => row.party === 'Komisariati i Policisë Pukë')?.cases).toBe(1);
    const sssRow = directory.rows.find((row) => row.institution?.code === 'SSS-AL-PUK');
    expect(sssRow?.cases).toBe(0);
    const byChannel = Object.fromEntries(directory.byChannel.map((row) => [row.channel, row.cases]));
    expect(byChannel).toMatchObject({ village_head: 2, school: 2, walk_in: 2, police: 1, health: 1, ngo: 0 });
    const lastYear = body<CareDirectory>(
      await sss.request({ method: 'GET', url: `/api/care/directory?year=${year - 1}` }),
    );
    expect(lastYear.total).toBe(0);
  });
});
