import { officeToday as today } from '@vatra/core';
import type { MeetingView, RequestView } from '@vatra/core';
import { expect } from 'vitest';
import { requestDb } from '../storage/requests/tables.js';
import { loginAs, type Session, type TestApp } from './harness.js';
import { accessOf } from './access-of.js';
import { insertSampleHousehold, samplePerson } from '../services/registry/samples.js';
import { addDays } from '../services/requests/dates.js';
import { recordAppealOutcome } from '../services/requests/decisions.js';
import { insertCommissionUser } from '../services/commissions/samples.js';

// The scheme report's test scenario (services/scheme-reports), built through the API in Peja: two
// returnee households, five requests — social assistance decided directly (approved, a benefit
// at once), psycho-social support partly approved and carried out by DSHMS (a benefit with its
// actual cost), social assistance rejected then appealed and upheld late, social assistance
// left undecided past its due date, and reconstruction decided at a KKR meeting.

export interface Scenario {
  from: string;
  year: number;
  quarter: number;
  caseNumbers: { gashi: string; petrovic: string };
  requests: Record<'assistance' | 'support' | 'rejected' | 'overdue' | 'reconstruction', RequestView>;
  daysToComplete: number;
}

export function currentQuarter(day = today()) {
  const year = Number(day.slice(0, 4));
  const quarter = Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1;
  const from = `${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
  return { year, quarter, from };
}

async function returneeCase(
  t: TestApp,
  number: string,
  people: ReturnType<typeof samplePerson>[],
  sensitivity: 'normal' | 'sensitive',
  settlement: string,
) {
  const k = requestDb(t.db.kysely);
  const place = await k
    .selectFrom('jurisdictions')
    .select('id')
    .where('code', '=', 'XK-PEJ')
    .executeTakeFirstOrThrow();
  const household = await insertSampleHousehold(t.db.kysely, 'XK-PEJ', people, settlement);
  // The case manager files for the household; a sensitive case is open to its manager.
  const manager = await k
    .selectFrom('users')
    .select('id')
    .where('username', '=', 'cm.peja')
    .executeTakeFirstOrThrow();
  const now = new Date();
  const kase = await k
    .insertInto('cases')
    .values({
      number,
      jurisdiction_id: place.id,
      household_id: household.householdId,
      person_id: household.personIds[0] ?? '',
      kind: 'returnee',
      clock_start: now,
      visit_due_at: new Date(now.getTime() + 72 * 3_600_000),
      closure_due_on: '2028-01-31',
      stage: 'monitoring',
      sensitivity,
      case_manager_id: manager.id,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await k
    .insertInto('case_team')
    .values({ case_id: kase.id, user_id: manager.id, role: 'case_manager' })
    .execute();
  return { caseId: kase.id, personIds: household.personIds };
}

/** The Directorate of Health and Social Welfare's officer in Peja, who carries out psycho-social support. */
async function dshmsUser(t: TestApp): Promise<void> {
  const k = t.db.kysely;
  await insertCommissionUser(k, 'DSHMS-XK-PEJ', 'institution_officer', 'dshms.peja', 'Vesa Kryeziu', 'en');
}

async function json<T>(
  response: { statusCode: number; body: string; json(): unknown },
  status = 200,
): Promise<T> {
  expect(response.statusCode, response.body).toBe(status);
  return response.json() as T;
}

export async function buildScenario(t: TestApp): Promise<Scenario> {
  const day = today();
  const { year, quarter, from } = currentQuarter(day);
  await dshmsUser(t);
  const cm = await loginAs(t.app, 'cm.peja');
  const qps = await loginAs(t.app, 'qps.peja');
  const kkr = await loginAs(t.app, 'kkr.peja');
  const dshms = await loginAs(t.app, 'dshms.peja');
  const gashi = await returneeCase(
    t,
    'PEJ-2026-8101',
    [
      samplePerson({ firstName: 'Besim', lastName: 'Gashi' }),
      samplePerson({ firstName: 'Lule', lastName: 'Gashi', gender: 'female', relationToHead: 'spouse' }),
      samplePerson({
        firstName: 'Arta',
        lastName: 'Gashi',
        gender: 'female',
        relationToHead: 'child',
        dateOfBirth: '2004-05-02',
      }),
      samplePerson({
        firstName: 'Drita',
        lastName: 'Gashi',
        gender: 'female',
        relationToHead: 'child',
        dateOfBirth: '2011-09-17',
      }),
    ],
    'normal',
    'Vitomiricë',
  );
  const petrovic = await returneeCase(
    t,
    'PEJ-2026-8102',
    [
      samplePerson({
        firstName: 'Dragana',
        lastName: 'Petrović',
        gender: 'female',
        community: 'serbian',
        languages: ['sr'],
      }),
      samplePerson({
        firstName: 'Milan',
        lastName: 'Petrović',
        relationToHead: 'spouse',
        community: 'serbian',
        languages: ['sr'],
        dateOfBirth: '1979-11-03',
      }),
    ],
    'sensitive',
    'Goraždevac',
  );
  const [besim, lule, arta] = gashi.personIds;
  const [dragana] = petrovic.personIds;

  const post = (session: Session, url: string, payload: Record<string, unknown>) =>
    session.request({ method: 'POST', url, payload });
  const step = async (
    session: Session,
    request: RequestView,
    action: string,
    payload: Record<string, unknown> = {},
  ) =>
    json<RequestView>(
      await post(session, `/api/requests/${request.id}/${action}`, { version: request.version, ...payload }),
    );
  const submitted = async (
    caseId: string,
    personId: string | undefined,
    schemeCode: string,
    amountRequested: number,
  ) => {
    let request = await json<RequestView>(
      await post(cm, `/api/cases/${caseId}/requests`, {
        schemeCode,
        personId,
        description: 'Kërkesë pas kthimit nga Gjermania.',
        amountRequested,
        currency: 'EUR',
      }),
      201,
    );
    for (const document of request.documents)
      request = await step(cm, request, 'documents', {
        requirement: document.requirement,
        waivedReason: 'Dorëzohet më vonë.',
      });
    return step(cm, request, 'submit');
  };

  // Approved directly by QPS: nobody carries it out, so the benefit is recorded at once.
  let assistance = await step(qps, await submitted(gashi.caseId, besim, 'social_assistance', 150), 'review');
  assistance = await step(qps, assistance, 'decide', {
    outcome: 'approved',
    amount: 120,
    reasons: 'Plotëson kushtet.',
  });

  // Partly approved by QPS at the quarter's start, carried out by DSHMS today at a lower cost.
  let support = await step(qps, await submitted(gashi.caseId, lule, 'psychosocial_support', 300), 'review');
  support = await step(qps, support, 'decide', {
    outcome: 'partly_approved',
    amount: 250,
    reasons: 'Seanca dyjavore.',
  });
  await requestDb(t.db.kysely)
    .updateTable('request_decisions')
    .set({ decided_on: from, notified_on: from, appeal_due_on: addDays(day, -1) })
    .where('request_id', '=', support.id)
    .execute();
  support = await json<RequestView>(
    await dshms.request({ method: 'GET', url: `/api/requests/${support.id}` }),
  );
  support = await step(dshms, support, 'execution', { startedOn: day });
  support = await step(dshms, support, 'execution/complete', { completedOn: day, actualCost: 240 });

  // Rejected, appealed, and the decision upheld after the Appeals Commission's due date.
  let rejected = await step(qps, await submitted(gashi.caseId, arta, 'social_assistance', 100), 'review');
  rejected = await step(qps, rejected, 'decide', { outcome: 'rejected', reasons: 'Të ardhurat mbi kufi.' });
  rejected = await step(cm, rejected, 'appeals', {
    filedOn: day,
    grounds: 'Të ardhurat janë llogaritur gabim.',
  });
  const appealId = rejected.appeals[0]?.id ?? '';
  await requestDb(t.db.kysely)
    .updateTable('request_appeals')
    .set({ decision_due_on: addDays(day, -1) })
    .where('id', '=', appealId)
    .execute();
  const ka = await accessOf(t, 'ka.peja', ['case.read', 'appeal.decide']);
  await t.db.kysely.transaction().execute((trx) =>
    recordAppealOutcome(trx, ka, {
      appealId,
      meetingItemId: null,
      institutionId: ka.requireUser().institutionId,
      outcome: 'upheld',
      reasons: 'Vendimi është i bazuar.',
      decidedOn: day,
    }),
  );

  // Submitted and never decided: its due date passed yesterday.
  const overdue = await submitted(petrovic.caseId, dragana, 'social_assistance', 90);
  await requestDb(t.db.kysely)
    .updateTable('requests')
    .set({ decision_due_on: addDays(day, -1) })
    .where('id', '=', overdue.id)
    .execute();

  // Reconstruction, decided at a KKR meeting (approved at the amount requested), not yet carried out.
  let reconstruction = await step(
    kkr,
    await submitted(gashi.caseId, besim, 'reconstruction', 8000),
    'review',
  );
  const chairId = (
    await t.db.kysely
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'kkr.peja')
      .executeTakeFirstOrThrow()
  ).id;
  let meeting = await json<MeetingView>(
    await post(kkr, '/api/commissions/meetings', {
      heldOn: day,
      members: [{ userId: chairId, role: 'chair' }],
    }),
    201,
  );
  const base = `/api/commissions/meetings/${meeting.id}`;
  meeting = await json<MeetingView>(
    await post(kkr, `${base}/agenda`, {
      items: [{ requestId: reconstruction.id }],
      version: meeting.version,
    }),
  );
  meeting = await json<MeetingView>(
    await post(kkr, `${base}/attendance`, { present: [chairId], version: meeting.version }),
  );
  const item = meeting.agenda[0]?.id ?? '';
  await json(await post(kkr, `${base}/items/${item}/votes`, { votes: [{ userId: chairId, vote: 'for' }] }));
  await json(await post(kkr, `${base}/items/${item}/decide`, { reasons: 'Kushtet e skemës plotësohen.' }));
  reconstruction = await json<RequestView>(
    await cm.request({ method: 'GET', url: `/api/requests/${reconstruction.id}` }),
  );
  const refreshed = async (request: RequestView) =>
    json<RequestView>(await cm.request({ method: 'GET', url: `/api/requests/${request.id}` }));

  const daysToComplete = Math.round((Date.parse(day) - Date.parse(from)) / 86_400_000);
  return {
    from,
    year,
    quarter,
    caseNumbers: { gashi: 'PEJ-2026-8101', petrovic: 'PEJ-2026-8102' },
    requests: {
      assistance: await refreshed(assistance),
      support: await refreshed(support),
      rejected: await refreshed(rejected),
      overdue: await refreshed(overdue),
      reconstruction,
    },
    daysToComplete,
  };
}
