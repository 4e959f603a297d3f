import { officeToday as today } from '@vatra/core';
import { randomUUID } from 'node:crypto';
import type { CallMatchList, CallRanking, CallView, RequestView } from '@vatra/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callDb } from '../../storage/calls/tables.js';
import { loginAs, testApp, type Session, type TestApp } from '../../test/harness.js';
import { insertSampleHousehold, samplePerson } from '../registry/samples.js';
import { addDays } from '../requests/dates.js';

// Calls for applications through the API, in Peja: the Employment Office (zp.peja) runs a call
// for self-employment grants; the case manager (cm.peja) sees whose plans or assessments need
// it and files applications; zp.peja scores them and the ranking draws the budget line. The
// municipality (mun.peja) does not decide that scheme, the Centre for Social Work (qps.peja)
// may review requests but does not run the call, and Gjilan's Employment Office is elsewhere.

let t: TestApp;
let zp: Session;
let mun: Session;
let cm: Session;
let qps: Session;
let gjilan: Session;
let caseCounter = 7100;

beforeAll(async () => {
  t = await testApp();
  await t.db.kysely
    .updateTable('users')
    .set({ locale: 'en' })
    .where('username', 'in', ['zp.peja', 'mun.peja', 'qps.peja', 'zp.gjilan'])
    .execute();
  await t.db.kysely.updateTable('users').set({ locale: 'sq' }).where('username', '=', 'cm.peja').execute();
  zp = await loginAs(t.app, 'zp.peja');
  mun = await loginAs(t.app, 'mun.peja');
  cm = await loginAs(t.app, 'cm.peja');
  qps = await loginAs(t.app, 'qps.peja');
  gjilan = await loginAs(t.app, 'zp.gjilan');
});
afterAll(async () => {
  await t.close();
});

interface CaseOptions {
  place?: string;
  kind?: 'returnee' | 'foreigner';
  status?: 'open' | 'closed';
  /** Services of an approved individual plan. */
  planServices?: string[];
  /** Need domains of the newest FVN. */
  needDomains?: string[];
  femaleHead?: boolean;
  members?: [string, string][];
}

/** A household, its case, and optionally an approved plan and an FVN, straight in SQL. */
async function makeCase(options: CaseOptions = {}) {
  const k = callDb(t.db.kysely);
  const place = options.place ?? 'XK-PEJ';
  const jurisdiction = await k
    .selectFrom('jurisdictions')
    .select('id')
    .where('code', '=', place)
    .executeTakeFirstOrThrow();
  const [first, ...others] = options.members ?? [['Besim', 'Gashi']];
  const household = await insertSampleHousehold(t.db.kysely, place, [
    samplePerson({
      firstName: first?.[0] ?? 'Besim',
      lastName: first?.[1] ?? 'Gashi',
      gender: options.femaleHead ? 'female' : 'male',
    }),
    ...others.map(([firstName, lastName]) =>
      samplePerson({
        firstName,
        lastName,
        gender: 'male',
        relationToHead: 'child',
        dateOfBirth: '2004-05-02',
      }),
    ),
  ]);
  const manager = await k
    .selectFrom('users')
    .select('id')
    .where('username', '=', 'cm.peja')
    .executeTakeFirstOrThrow();
  const now = new Date();
  caseCounter++;
  const kase = await k
    .insertInto('cases')
    .values({
      number: `${place.slice(3)}-2026-${caseCounter}`,
      jurisdiction_id: jurisdiction.id,
      household_id: household.householdId,
      person_id: household.personIds[0] ?? '',
      kind: options.kind ?? 'returnee',
      clock_start: now,
      visit_due_at: new Date(now.getTime() + 72 * 3_600_000),
      closure_due_on: '2027-09-30',
      stage: options.status === 'closed' ? 'closed' : 'monitoring',
      status: options.status ?? 'open',
      ...(options.status === 'closed'
        ? { closed_at: now, outcome: 'sustainable_reintegration' as const, closed_by: manager.id }
        : {}),
      case_manager_id: place === 'XK-PEJ' ? manager.id : null,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (options.planServices) {
    const plan = await k
      .insertInto('case_plans')
      .values({
        case_id: kase.id,
        person_id: null,
        plan_type: 'PIR',
        plan_version: 1,
        status: 'approved',
        created_by: manager.id,
        approved_by: manager.id,
        approved_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await k
      .insertInto('case_plan_items')
      .values(
        options.planServices.map((service, position) => ({
          plan_id: plan.id,
          position,
          service_code: service,
          domain: 'income_employment',
          priority: 'high' as const,
        })),
      )
      .execute();
  }
  if (options.needDomains) {
    await k
      .insertInto('form_submissions')
      .values({
        case_id: kase.id,
        form_key: 'fvn',
        form_version: 1,
        series_id: randomUUID(),
        data: '{}',
        needs: JSON.stringify(
          options.needDomains.map((domain) => ({
            domain,
            priority: 'high',
            path: `${domain}.need`,
            section: domain,
            field: 'need',
          })),
        ),
        submitted_by: manager.id,
      })
      .execute();
  }
  return { caseId: kase.id, number: `${place.slice(3)}-2026-${caseCounter}`, personIds: household.personIds };
}

function send(
  session: Session,
  method: 'POST' | 'PUT' | 'GET',
  url: string,
  payload?: Record<string, unknown>,
) {
  return session.request({ method, url, ...(payload ? { payload } : {}) });
}

async function ok<T>(response: { statusCode: number; body: string; json(): unknown }, status = 200) {
  expect(response.statusCode, response.body).toBe(status);
  return response.json() as T;
}

function fieldsOf(response: { json(): unknown }): Record<string, string> {
  return (response.json() as { error: { fields?: Record<string, string> } }).error.fields ?? {};
}

const CRITERIA = [
  {
    code: 'business_plan',
    name: { sq: 'Plan biznesi i plotë', sr: 'Potpun biznis plan', en: 'Complete business plan' },
    points: 30,
    kind: 'manual',
  },
  {
    code: 'long_unemployed',
    name: {
      sq: 'I papunë mbi 12 muaj',
      sr: 'Nezaposlen duže od 12 meseci',
      en: 'Unemployed for over 12 months',
    },
    points: 20,
    kind: 'manual',
  },
  {
    code: 'returnee',
    name: { sq: 'Person i riatdhesuar', sr: 'Povratnik', en: 'Returnee' },
    points: 15,
    kind: 'returnee',
  },
  {
    code: 'foreigner',
    name: { sq: 'I huaj me mbrojtje', sr: 'Stranac pod zaštitom', en: 'Foreigner under protection' },
    points: 10,
    kind: 'foreigner',
  },
  {
    code: 'female_head',
    name: {
      sq: 'Familje e udhëhequr nga gruaja',
      sr: 'Domaćinstvo koje vodi žena',
      en: 'Female-headed household',
    },
    points: 10,
    kind: 'female_head',
  },
];

function callBody(extra: Record<string, unknown> = {}) {
  return {
    schemeCode: 'self_employment_grant',
    title: 'Grante për vetëpunësim 2026',
    description: 'Financim i planeve të biznesit për të papunët e regjistruar.',
    opensOn: today(),
    closesOn: addDays(today(), 30),
    budget: 5000,
    currency: 'EUR',
    criteria: CRITERIA,
    ...extra,
  };
}

async function apply(
  caseId: string,
  callId: string | undefined,
  amount: number,
  extra: Record<string, unknown> = {},
) {
  return send(cm, 'POST', `/api/cases/${caseId}/requests`, {
    schemeCode: 'self_employment_grant',
    description: 'Aplikim për grant vetëpunësimi: punishte e vogël zdrukthtarie.',
    amountRequested: amount,
    ...(callId ? { callId } : {}),
    ...extra,
  });
}

/** Waives every missing document, then submits. */
async function submit(request: RequestView): Promise<RequestView> {
  let current = request;
  for (const document of request.documents.filter((d) => d.state === 'missing'))
    current = await ok<RequestView>(
      await send(cm, 'POST', `/api/requests/${current.id}/documents`, {
        requirement: document.requirement,
        waivedReason: 'Dokumenti dorëzohet drejtpërdrejt në Zyrën e Punësimit.',
        version: current.version,
      }),
    );
  return ok<RequestView>(
    await send(cm, 'POST', `/api/requests/${current.id}/submit`, { version: current.version }),
  );
}

async function lastAudit() {
  return t.db.kysely
    .selectFrom('audit_log')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
}

async function eventKinds(caseId: string) {
  const rows = await callDb(t.db.kysely)
    .selectFrom('case_events')
    .select(['kind', 'details'])
    .where('case_id', '=', caseId)
    .orderBy('at')
    .execute();
  return rows;
}

describe('calls for applications', () => {
  it('creates, opens, lists matching persons, takes applications, scores, ranks and closes', async () => {
    const returnee = await makeCase({ planServices: ['self_employment_grant', 'vocational_training'] });
    const foreigner = await makeCase({
      kind: 'foreigner',
      needDomains: ['income_employment', 'housing'],
      femaleHead: true,
      members: [
        ['Samira', 'Haddad'],
        ['Omar', 'Haddad'],
      ],
    });
    // Not matching: another service, a closed case, another municipality.
    await makeCase({ planServices: ['vocational_training'], members: [['Dritan', 'Berisha']] });
    await makeCase({
      status: 'closed',
      planServices: ['self_employment_grant'],
      members: [['Agon', 'Hoxha']],
    });
    await makeCase({
      place: 'XK-GJL',
      planServices: ['self_employment_grant'],
      members: [['Goran', 'Ilić']],
    });

    // Draft by the Employment Office.
    let call = await ok<CallView>(await send(zp, 'POST', '/api/calls', callBody()), 201);
    expect(call.number).toMatch(/^PEJ-T-\d{4}-01$/);
    expect(call).toMatchObject({
      status: 'draft',
      budget: 5000,
      currency: 'EUR',
      institution: { code: 'ZP-XK-PEJ' },
      actions: ['edit', 'open'],
      acceptsApplications: false,
      version: 1,
    });
    expect(call.criteria.map((c) => [c.code, c.points, c.kind])).toEqual([
      ['business_plan', 30, 'manual'],
      ['long_unemployed', 20, 'manual'],
      ['returnee', 15, 'returnee'],
      ['foreigner', 10, 'foreigner'],
      ['female_head', 10, 'female_head'],
    ]);
    expect(await lastAudit()).toMatchObject({ action: 'call.create', record_id: call.id, outcome: 'ok' });
    // A draft is not public yet.
    const cmList = await ok<{ items: { id: string }[] }>(await send(cm, 'GET', '/api/calls'));
    expect(cmList.items.map((c) => c.id)).not.toContain(call.id);

    // Edit the draft; a stale version is refused.
    call = await ok<CallView>(
      await send(zp, 'PUT', `/api/calls/${call.id}`, {
        budget: 5000,
        title: 'Grante për vetëpunësim — Pejë 2026',
        version: 1,
      }),
    );
    expect(call.version).toBe(2);
    const stale = await send(zp, 'PUT', `/api/calls/${call.id}`, { budget: 9000, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'conflict' } });

    // Filing under a draft call is refused, naming callId.
    const early = await apply(returnee.caseId, call.id, 3000);
    expect(early.statusCode).toBe(422);
    expect(Object.keys(fieldsOf(early))).toEqual(['callId']);
    expect(fieldsOf(early).callId).toBe('Kjo thirrje nuk është e hapur për aplikim.');

    // Open: the audit keeps how many persons matched.
    call = await ok<CallView>(
      await send(zp, 'POST', `/api/calls/${call.id}/open`, { version: call.version }),
    );
    expect(call).toMatchObject({
      status: 'open',
      acceptsApplications: true,
      actions: ['close'],
      canScore: true,
    });
    expect(await lastAudit()).toMatchObject({ action: 'call.open', details: { matches: 2 } });
    const again = await send(zp, 'POST', `/api/calls/${call.id}/open`, { version: call.version });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      error: { code: 'invalid_transition', message: '“Open” is not possible: the call is open.' },
    });

    // The filing form offers the open calls of the scheme.
    const offered = await ok<{ items: { id: string; acceptsApplications: boolean }[] }>(
      await send(cm, 'GET', '/api/calls?status=open&schemeCode=self_employment_grant'),
    );
    expect(offered.items).toEqual([expect.objectContaining({ id: call.id, acceptsApplications: true })]);
    const housingCalls = await ok<{ items: unknown[] }>(
      await send(cm, 'GET', '/api/calls?status=open&schemeCode=social_housing'),
    );
    expect(housingCalls.items).toEqual([]);

    // The case manager sees whom to inform.
    const matches = await ok<CallMatchList>(await send(cm, 'GET', `/api/calls/${call.id}/matches`));
    expect(matches).toMatchObject({ serviceCode: 'self_employment_grant', domain: 'income_employment' });
    expect(
      matches.items.map((m) => [
        m.person.firstName,
        m.caseNumber,
        m.caseManager?.fullName,
        m.matchedBy,
        m.applied,
      ]),
    ).toEqual([
      ['Besim', returnee.number, 'Teuta Gjoni', ['plan'], false],
      ['Samira', foreigner.number, 'Teuta Gjoni', ['assessment'], false],
    ]);
    expect(await lastAudit()).toMatchObject({ action: 'call.matches', details: { count: 2 } });

    // Applications: refusals first, each naming callId.
    const noCall = await apply(returnee.caseId, undefined, 3000);
    expect(noCall.statusCode).toBe(422);
    expect(Object.keys(fieldsOf(noCall))).toEqual(['callId']);
    const otherScheme = await apply(returnee.caseId, call.id, 3000, { schemeCode: 'social_housing' });
    expect(otherScheme.statusCode).toBe(422);
    expect(fieldsOf(otherScheme).callId).toBe('Kjo thirrje është për një skemë tjetër.');

    const first = await ok<RequestView>(await apply(returnee.caseId, call.id, 3000), 201);
    expect(first.decidingInstitution?.code).toBe('ZP-XK-PEJ');
    const twice = await apply(returnee.caseId, call.id, 1000);
    expect(twice.statusCode).toBe(422);
    expect(fieldsOf(twice).callId).toBe(
      `Ky person ka aplikuar tashmë në këtë thirrje (kërkesa ${first.number}).`,
    );
    const second = await ok<RequestView>(await apply(foreigner.caseId, call.id, 2500), 201);
    // A draft application of another member, never submitted.
    const draft = await ok<RequestView>(
      await apply(foreigner.caseId, call.id, 800, { personId: foreigner.personIds[1] }),
      201,
    );
    const stored = await callDb(t.db.kysely)
      .selectFrom('requests')
      .select(['id', 'call_id'])
      .where('id', 'in', [first.id, second.id])
      .execute();
    expect(stored.map((r) => r.call_id)).toEqual([call.id, call.id]);
    const filed = (await eventKinds(returnee.caseId)).find((e) => e.kind === 'request.filed');
    expect(filed?.details).toMatchObject({ callId: call.id, callNumber: call.number });
    await submit(first);
    // Submitted a little later: the tie-breaker of equal points.
    await submit(second);

    // Scoring refusals: the case manager lacks the scope, QPS does not run the call, Gjilan is
    // outside, a bonus cannot be ticked, an unknown criterion, a draft application.
    const byCm = await send(cm, 'POST', `/api/requests/${first.id}/score`, { met: [], version: 0 });
    expect(byCm.statusCode).toBe(403);
    expect(byCm.json()).toMatchObject({ error: { code: 'forbidden' } });
    expect(await lastAudit()).toMatchObject({
      action: 'scoreApplication',
      outcome: 'denied',
      username: 'cm.peja',
    });
    const byQps = await send(qps, 'POST', `/api/requests/${first.id}/score`, { met: [], version: 0 });
    expect(byQps.statusCode).toBe(403);
    expect(byQps.json()).toMatchObject({ error: { code: 'not_call_institution' } });
    expect(await lastAudit()).toMatchObject({
      outcome: 'denied',
      username: 'qps.peja',
      record_type: 'call',
      details: { reason: 'not_call_institution' },
    });
    const byGjilan = await send(gjilan, 'POST', `/api/requests/${first.id}/score`, { met: [], version: 0 });
    expect(byGjilan.statusCode).toBe(403);
    expect(byGjilan.json()).toMatchObject({ error: { code: 'out_of_jurisdiction' } });
    expect(await lastAudit()).toMatchObject({
      outcome: 'denied',
      username: 'zp.gjilan',
      details: { reason: 'jurisdiction' },
    });
    const bonus = await send(zp, 'POST', `/api/requests/${first.id}/score`, {
      met: ['returnee'],
      version: 0,
    });
    expect(bonus.statusCode).toBe(422);
    expect(fieldsOf(bonus)).toEqual({
      'met.0': 'This criterion is computed from the case and cannot be ticked.',
    });
    const unknown = await send(zp, 'POST', `/api/requests/${first.id}/score`, {
      met: ['business_plan', 'owns_land'],
      version: 0,
    });
    expect(unknown.statusCode).toBe(422);
    expect(fieldsOf(unknown)).toEqual({ 'met.1': 'This call has no such criterion.' });
    const notSubmitted = await send(zp, 'POST', `/api/requests/${draft.id}/score`, { met: [], version: 0 });
    expect(notSubmitted.statusCode).toBe(409);
    expect(notSubmitted.json()).toMatchObject({ error: { code: 'application_not_submitted' } });

    // Scores: the returnee 30 + 15 = 45, the foreign woman heading her household 30 + 20 + 10 + 10 = 70.
    let ranking = await ok<CallRanking>(
      await send(zp, 'POST', `/api/requests/${first.id}/score`, { met: ['business_plan'], version: 0 }),
    );
    ranking = await ok<CallRanking>(
      await send(zp, 'POST', `/api/requests/${second.id}/score`, {
        met: ['business_plan', 'long_unemployed'],
        note: 'Plani i biznesit është i qëndrueshëm.',
        version: 0,
      }),
    );
    expect(ranking).toMatchObject({
      budget: 5000,
      currency: 'EUR',
      fundedCount: 1,
      fundedAmount: 2500,
      remaining: 2500,
    });
    expect(
      ranking.items.map((i) => [
        i.rank,
        i.requestNumber,
        i.totalPoints,
        i.amountRequested,
        i.cumulativeAmount,
        i.funded,
      ]),
    ).toEqual([
      [1, second.number, 70, 2500, 2500, true],
      [2, first.number, 45, 3000, 5500, false],
    ]);
    expect(ranking.items[0]?.breakdown.map((l) => [l.criterion, l.points, l.met, l.awarded])).toEqual([
      ['business_plan', 30, true, 30],
      ['long_unemployed', 20, true, 20],
      ['returnee', 15, false, 0],
      ['foreigner', 10, true, 10],
      ['female_head', 10, true, 10],
    ]);
    expect(ranking.items[1]?.breakdown.map((l) => l.awarded)).toEqual([30, 0, 15, 0, 0]);
    expect(ranking.items[0]?.person?.firstName).toBe('Samira');
    expect(ranking.items[0]?.scoredBy?.fullName).toBe('Muhamet Lajçi');

    // Re-scoring: a stale score version is refused; the current one lifts the returnee to 65.
    const staleScore = await send(zp, 'POST', `/api/requests/${first.id}/score`, { met: [], version: 0 });
    expect(staleScore.statusCode).toBe(409);
    ranking = await ok<CallRanking>(
      await send(zp, 'POST', `/api/requests/${first.id}/score`, {
        met: ['business_plan', 'long_unemployed'],
        version: 1,
      }),
    );
    expect(ranking.items.map((i) => [i.requestNumber, i.totalPoints, i.scoreVersion])).toEqual([
      [second.number, 70, 1],
      [first.number, 65, 2],
    ]);

    // The timeline and the audit trail of the applicant's case.
    const scored = (await eventKinds(returnee.caseId)).filter((e) => e.kind === 'call.scored');
    expect(scored.map((e) => e.details)).toMatchObject([
      { requestId: first.id, number: call.number, totalPoints: 45 },
      { requestId: first.id, number: call.number, totalPoints: 65 },
    ]);
    const audits = await t.db.kysely
      .selectFrom('audit_log')
      .select(['action', 'outcome'])
      .where('record_type', '=', 'request')
      .where('record_id', '=', first.id)
      .where('action', '=', 'call.score')
      .execute();
    expect(audits).toHaveLength(2);

    // The case manager sees the ranking too, and that the two applied.
    const seen = await ok<CallRanking>(await send(cm, 'GET', `/api/calls/${call.id}/ranking`));
    expect(seen.canScore).toBe(false);
    expect(seen.items.map((i) => i.person?.firstName)).toEqual(['Samira', 'Besim']);
    const applied = await ok<CallMatchList>(await send(cm, 'GET', `/api/calls/${call.id}/matches`));
    expect(applied.items.map((m) => m.applied)).toEqual([true, true]);

    // Close: no more applications; scoring goes on; ranking final freezes the scores.
    call = await ok<CallView>(
      await send(zp, 'POST', `/api/calls/${call.id}/close`, { version: call.version }),
    );
    expect(call.status).toBe('closed');
    expect(await lastAudit()).toMatchObject({ action: 'call.close', details: { applications: 3 } });
    const late = await apply(
      (await makeCase({ planServices: ['self_employment_grant'], members: [['Ramiz', 'Kelmendi']] })).caseId,
      call.id,
      1200,
    );
    expect(late.statusCode).toBe(422);
    expect(Object.keys(fieldsOf(late))).toEqual(['callId']);
    call = await ok<CallView>(
      await send(zp, 'POST', `/api/calls/${call.id}/rank`, { version: call.version }),
    );
    expect(call).toMatchObject({ status: 'ranked', actions: [], canScore: false });
    const frozen = await send(zp, 'POST', `/api/requests/${first.id}/score`, { met: [], version: 2 });
    expect(frozen.statusCode).toBe(409);
    expect(frozen.json()).toMatchObject({
      error: { code: 'invalid_transition', message: '“Score” is not possible: the call is ranked (final).' },
    });
  });

  it('refuses filing or submitting after the close date, a call of another scheme, and a tied scheme without a call', async () => {
    const call = await ok<CallView>(
      await send(zp, 'POST', '/api/calls', callBody({ title: 'Thirrja e dytë' })),
      201,
    );
    const opened = await ok<CallView>(await send(zp, 'POST', `/api/calls/${call.id}/open`, { version: 1 }));
    expect(opened.number).toMatch(/^PEJ-T-\d{4}-\d{2}$/);
    const early = await makeCase({ planServices: ['self_employment_grant'], members: [['Arta', 'Hoxha']] });
    const draft = await ok<RequestView>(await apply(early.caseId, call.id, 1500), 201);
    await callDb(t.db.kysely)
      .updateTable('calls')
      .set({ opens_on: addDays(today(), -40), closes_on: addDays(today(), -1) })
      .where('id', '=', call.id)
      .execute();
    const kase = await makeCase({
      planServices: ['self_employment_grant'],
      members: [['Valon', 'Krasniqi']],
    });
    const late = await apply(kase.caseId, call.id, 2000);
    expect(late.statusCode).toBe(422);
    expect(fieldsOf(late)).toEqual({ callId: `Kjo thirrje është mbyllur më ${addDays(today(), -1)}.` });
    // A draft filed while the call was open is not submitted once it has closed.
    const lateSubmit = await send(cm, 'POST', `/api/requests/${draft.id}/submit`, { version: draft.version });
    expect(lateSubmit.statusCode).toBe(422);
    expect(fieldsOf(lateSubmit)).toEqual({ callId: `Kjo thirrje është mbyllur më ${addDays(today(), -1)}.` });

    // A social-housing request (tied to calls, decided by the municipality) without a call.
    const housing = await send(cm, 'POST', `/api/cases/${kase.caseId}/requests`, {
      schemeCode: 'social_housing',
      description: 'Kërkesë për banim social.',
    });
    expect(housing.statusCode).toBe(422);
    expect(fieldsOf(housing)).toEqual({
      callId: 'Për këtë skemë aplikohet vetëm në një thirrje të hapur për aplikim: zgjidhni thirrjen.',
    });
    // A scheme without calls is still filed without one.
    const assistance = await send(cm, 'POST', `/api/cases/${kase.caseId}/requests`, {
      schemeCode: 'social_assistance',
      description: 'Kërkesë për ndihmë sociale.',
    });
    expect(assistance.statusCode).toBe(201);
  });

  it('refuses calls the user may not run and invalid criteria, naming the field', async () => {
    const byCm = await send(cm, 'POST', '/api/calls', callBody());
    expect(byCm.statusCode).toBe(403);
    expect(await lastAudit()).toMatchObject({ action: 'createCall', outcome: 'denied', username: 'cm.peja' });

    // The municipality decides social housing, not self-employment grants.
    const byMun = await send(mun, 'POST', '/api/calls', callBody());
    expect(byMun.statusCode).toBe(422);
    expect(fieldsOf(byMun)).toEqual({
      schemeCode: 'Your institution does not decide this scheme, so it cannot run a call for it.',
    });
    expect(await lastAudit()).toMatchObject({
      outcome: 'denied',
      username: 'mun.peja',
      details: { reason: 'not_deciding_institution' },
    });
    const housing = await ok<CallView>(
      await send(
        mun,
        'POST',
        '/api/calls',
        callBody({ schemeCode: 'social_housing', title: 'Banimi social 2026', budget: 0 }),
      ),
      201,
    );
    expect(housing.institution.code).toBe('MUN-XK-PEJ');

    const notTied = await send(zp, 'POST', '/api/calls', callBody({ schemeCode: 'vocational_training' }));
    expect(notTied.statusCode).toBe(422);
    expect(Object.keys(fieldsOf(notTied))).toEqual(['schemeCode']);

    const zero = await send(
      zp,
      'POST',
      '/api/calls',
      callBody({ criteria: [{ ...CRITERIA[0], points: 0 }] }),
    );
    expect(zero.statusCode).toBe(400);
    expect(Object.keys(fieldsOf(zero))).toEqual(['criteria.0.points']);
    const twice = await send(
      zp,
      'POST',
      '/api/calls',
      callBody({ criteria: [CRITERIA[2], { ...CRITERIA[2], code: 'returnee_again' }] }),
    );
    expect(twice.statusCode).toBe(400);
    expect(Object.keys(fieldsOf(twice))).toEqual(['criteria.1.kind']);
    const backwards = await send(zp, 'POST', '/api/calls', callBody({ closesOn: addDays(today(), -3) }));
    expect(backwards.statusCode).toBe(400);
    expect(Object.keys(fieldsOf(backwards))).toEqual(['closesOn']);

    // Another municipality's call: refused and audited; its officer cannot open ours either.
    const foreign = await send(gjilan, 'GET', `/api/calls/${housing.id}`);
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json()).toMatchObject({ error: { code: 'out_of_jurisdiction' } });
    expect(await lastAudit()).toMatchObject({
      action: 'getCall',
      outcome: 'denied',
      username: 'zp.gjilan',
      details: { reason: 'jurisdiction' },
    });
    const zpOpens = await send(zp, 'POST', `/api/calls/${housing.id}/open`, { version: housing.version });
    expect(zpOpens.statusCode).toBe(403);
    expect(zpOpens.json()).toMatchObject({ error: { code: 'not_call_institution' } });
    expect(await lastAudit()).toMatchObject({
      outcome: 'denied',
      username: 'zp.peja',
      record_id: housing.id,
    });
  });
});
