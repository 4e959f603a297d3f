import { officeToday as today, type CaseDetail } from '@vatra/core';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loginAs, testApp, type TestApp } from '../../test/harness.js';
import { open, pejaFamily, userId } from '../../test/case-fixtures.js';
import { sampleAnamnesis, sampleFvn, sampleMonitoring } from './samples.js';

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => {
  await t.close();
});

describe('the case path', () => {
  it('goes from registration to closure and reopening, refusing steps out of order', async () => {
    const zkkk = await loginAs(t.app, 'zkkk.peja');
    const qps = await loginAs(t.app, 'qps.peja');
    const cm = await loginAs(t.app, 'cm.peja');
    const family = await pejaFamily(t);
    const opened = await open(t, zkkk, family);
    expect(opened).toMatchObject({ stage: 'registered', status: 'open', kind: 'returnee', planType: 'PIR' });
    expect(opened.number).toMatch(/^PEJ-\d{4}-\d{4}$/);
    expect(new Date(opened.visitDueAt).getTime() - new Date(opened.clockStart).getTime()).toBe(
      72 * 3_600_000,
    );

    // A second case for the same household is refused.
    const again = await zkkk.request({
      method: 'POST',
      url: '/api/cases',
      payload: { householdId: family.householdId, personId: family.head },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('case_exists');

    // The visit is in QPS's queue.
    const home = (await qps.request({ method: 'GET', url: '/api/home' })).json();
    expect(home.queueCounts).toEqual(expect.arrayContaining([{ kind: 'visit_due', total: 1, overdue: 0 }]));

    const url = `/api/cases/${opened.id}`;
    const fvn = sampleFvn({ adults: [family.head, family.spouse], children: [family.child] }, today());
    const early = await qps.request({
      method: 'POST',
      url: `${url}/forms/fvn`,
      payload: { formVersion: 1, data: fvn },
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('visit_first');
    const closeEarly = await zkkk.request({
      method: 'POST',
      url: `${url}/close`,
      payload: {
        outcome: 'sustainable_reintegration',
        planAchieved: 'fully',
        evaluation: 'Too early',
        coordinatorName: 'Besa Dreshaj',
        version: opened.version,
      },
    });
    expect(closeEarly.statusCode).toBe(409);
    expect(closeEarly.json().error.code).toBe('plan_first');

    const visit = await qps.request({
      method: 'POST',
      url: `${url}/visits`,
      payload: {
        visitedAt: new Date().toISOString(),
        outcome: 'completed',
        team: [
          { institutionId: null, name: 'Mimoza Berisha (ZKKK)' },
          { institutionId: null, name: 'Ardian Kelmendi (QPS)' },
        ],
        notes: 'Family at home, two rooms, no heating.',
      },
    });
    expect(visit.statusCode, visit.body).toBe(200);
    expect(visit.json()).toMatchObject({ stage: 'visited', visitOverdue: false });
    expect(visit.json().visits[0]).toMatchObject({ outcome: 'completed', onTime: true });

    // A form that breaks its definition: 400 naming the field.
    const broken = await qps.request({
      method: 'POST',
      url: `${url}/forms/fvn`,
      payload: { formVersion: 1, data: { ...fvn, visit: { ...(fvn.visit as object), visit_date: '' } } },
    });
    expect(broken.statusCode).toBe(400);
    expect(Object.keys(broken.json().error.fields)).toContain('data.visit.visit_date');

    const assessed = await qps.request({
      method: 'POST',
      url: `${url}/forms/fvn`,
      payload: { formVersion: 1, data: fvn },
    });
    expect(assessed.statusCode, assessed.body).toBe(200);
    const afterFvn = assessed.json() as CaseDetail;
    expect(afterFvn.stage).toBe('assessed');
    const needs = afterFvn.forms[0]?.needs.map((need) => need.path);
    expect(needs).toEqual(expect.arrayContaining(['documents.2.need', 'housing.need', 'education.0.need']));
    const anamnesis = await qps.request({
      method: 'POST',
      url: `${url}/forms/anamnesis`,
      payload: { formVersion: 1, data: sampleAnamnesis(today()) },
    });
    expect(anamnesis.statusCode, anamnesis.body).toBe(200);

    // The plan: a service outside the catalogue is refused naming the item.
    const education = await t.db.kysely
      .selectFrom('institutions')
      .select('id')
      .where('code', '=', 'DKA-XK-PEJ')
      .executeTakeFirstOrThrow();
    const badPlan = await qps.request({
      method: 'POST',
      url: `${url}/plans`,
      payload: { personId: null, items: [{ serviceCode: 'teleportation', priority: 'high' }] },
    });
    expect(badPlan.statusCode).toBe(400);
    expect(badPlan.json().error.fields).toHaveProperty(['items.0.serviceCode']);
    const drafted = await qps.request({
      method: 'POST',
      url: `${url}/plans`,
      payload: {
        personId: null,
        goal: 'Documents, school and a warm home before winter.',
        items: [
          {
            serviceCode: 'civil_documents',
            needPath: 'documents.2.need',
            priority: 'high',
            targetDate: today(),
          },
          {
            serviceCode: 'school_placement',
            needPath: 'education.0.need',
            priority: 'high',
            responsibleInstitutionId: education.id,
          },
          { serviceCode: 'furnishing', needPath: 'housing.need', priority: 'medium' },
        ],
      },
    });
    expect(drafted.statusCode, drafted.body).toBe(200);
    const draft = (drafted.json() as CaseDetail).plans[0];
    expect(draft).toMatchObject({ status: 'draft', planType: 'PIR', planVersion: 1 });
    expect(draft?.items.map((item) => item.domain)).toEqual(['documents', 'education', 'housing']);

    const approved = await qps.request({
      method: 'POST',
      url: `/api/plans/${draft?.id}/approve`,
      payload: { version: draft?.version },
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().stage).toBe('planned');
    const frozen = await qps.request({
      method: 'PUT',
      url: `/api/plans/${draft?.id}`,
      payload: { items: [{ serviceCode: 'social_assistance', priority: 'low' }], version: 2 },
    });
    expect(frozen.statusCode).toBe(409);
    expect(frozen.json().error.code).toBe('plan_frozen');

    // The case manager: chosen among Peja's case managers, appointed by a numbered QPS decision.
    const candidates = (await qps.request({ method: 'GET', url: `${url}/manager-candidates` })).json();
    expect(candidates.items.map((c: { fullName: string }) => c.fullName)).toEqual([
      'Ardian Kelmendi',
      'Teuta Gjoni',
    ]);
    const directory = (await qps.request({ method: 'GET', url: '/api/directory/institutions' })).json();
    expect(directory.items.map((i: { code: string }) => i.code)).toEqual(
      expect.arrayContaining(['DKA-XK-PEJ', 'ZP-XK-GJL', 'DRPR-XK']),
    );
    expect(directory.items.some((i: { code: string }) => i.code.includes('AL-'))).toBe(false);
    const manager = await qps.request({
      method: 'POST',
      url: `${url}/case-manager`,
      payload: {
        userId: await userId(t, 'cm.peja'),
        decisionDate: today(),
        version: approved.json().version,
      },
    });
    expect(manager.statusCode, manager.body).toBe(200);
    const managed = manager.json() as CaseDetail;
    expect(managed.stage).toBe('monitoring');
    expect(managed.caseManager?.fullName).toBe('Teuta Gjoni');
    expect(managed.assignments[0]?.decisionNumber).toMatch(/^QPS-PEJ-\d{4}-0001$/);
    const notManager = await qps.request({
      method: 'POST',
      url: `${url}/case-manager`,
      payload: { userId: await userId(t, 'zkkk.peja'), decisionDate: today(), version: managed.version },
    });
    expect(notManager.statusCode).toBe(422);
    expect(notManager.json().error.fields).toHaveProperty('userId');

    // Monthly monitoring: once a month; "received nothing" is flagged.
    const period = today().slice(0, 7);
    const monitored = await cm.request({
      method: 'POST',
      url: `${url}/monitoring`,
      payload: { period, formVersion: 1, data: sampleMonitoring(today(), true) },
    });
    expect(monitored.statusCode, monitored.body).toBe(200);
    expect(monitored.json()).toMatchObject({ receivedNothing: true });
    // A benefit granted to the household this month ends the flag; one from before does not.
    const grant = async (grantedOn: string) =>
      sql`insert into benefits (jurisdiction_id, person_id, household_id, case_id, scheme_code,
            granted_on, granted_by_institution_id)
          select c.jurisdiction_id, ${family.child}, c.household_id, c.id, 'social_assistance',
            ${grantedOn}::date, i.id
          from cases c, institutions i where c.id = ${opened.id} and i.code = 'DKA-XK-PEJ'`.execute(
        t.db.kysely,
      );
    const receivedNothingNow = async () =>
      ((await cm.request({ method: 'GET', url })).json() as CaseDetail).receivedNothing;
    await grant(`${Number(period.slice(0, 4)) - 1}${period.slice(4)}-01`);
    expect(await receivedNothingNow()).toBe(true);
    await grant(today());
    expect(await receivedNothingNow()).toBe(false);
    const twice = await cm.request({
      method: 'POST',
      url: `${url}/monitoring`,
      payload: { period, formVersion: 1, data: sampleMonitoring(today(), false) },
    });
    expect(twice.statusCode).toBe(409);

    // Closure with the DRPR coordinator; a stale version is refused.
    const current = monitored.json() as CaseDetail;
    const closeBody = {
      outcome: 'sustainable_reintegration',
      planAchieved: 'partly',
      evaluation: 'Documents and school done; housing in progress with the municipality.',
      coordinatorId: await userId(t, 'rc.peja'),
      version: current.version,
    };
    const stale = await zkkk.request({
      method: 'POST',
      url: `${url}/close`,
      payload: { ...closeBody, version: current.version - 1 },
    });
    expect(stale.statusCode).toBe(409);
    const closed = await zkkk.request({ method: 'POST', url: `${url}/close`, payload: closeBody });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({
      status: 'closed',
      stage: 'closed',
      outcome: 'sustainable_reintegration',
    });
    expect(closed.json().closure.coordinator).toBe('Besa Dreshaj');
    // every "who" of the case file carries the person's name (read by key in each part's query)
    const file = closed.json() as CaseDetail;
    const named = (who: { fullName: string } | null | undefined) => who?.fullName;
    expect({
      visit: named(file.visits[0]?.recordedBy),
      form: named(file.forms[0]?.submittedBy),
      planCreated: named(file.plans[0]?.createdBy),
      planApproved: named(file.plans[0]?.approvedBy),
      manager: named(file.assignments[0]?.user),
      appointedBy: named(file.assignments[0]?.appointedBy),
      monitoring: named(file.monitoring[0]?.createdBy),
      closedBy: named(file.closure?.closedBy),
    }).toEqual({
      visit: 'Ardian Kelmendi',
      form: 'Ardian Kelmendi',
      planCreated: 'Ardian Kelmendi',
      planApproved: 'Ardian Kelmendi',
      manager: 'Teuta Gjoni',
      appointedBy: 'Ardian Kelmendi',
      monitoring: 'Teuta Gjoni',
      closedBy: 'Mimoza Berisha',
    });
    const visitClosed = await qps.request({
      method: 'POST',
      url: `${url}/visits`,
      payload: {
        visitedAt: new Date().toISOString(),
        outcome: 'completed',
        team: [{ institutionId: null, name: 'X' }],
      },
    });
    expect(visitClosed.statusCode).toBe(409);

    const reopened = await zkkk.request({
      method: 'POST',
      url: `${url}/reopen`,
      payload: { reason: 'The family lost the rented flat.', version: closed.json().version },
    });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json()).toMatchObject({
      status: 'open',
      stage: 'monitoring',
      reopenedCount: 1,
      outcome: null,
    });

    const timeline = (await zkkk.request({ method: 'GET', url: `${url}/timeline` })).json();
    expect(timeline.items.map((event: { kind: string }) => event.kind)).toEqual([
      'case.opened',
      'visit.recorded',
      'form.submitted',
      'form.submitted',
      'plan.drafted',
      'plan.approved',
      'manager.appointed',
      'monitoring.added',
      'case.closed',
      'case.reopened',
    ]);
    expect(timeline.items[0].actor.fullName).toBe('Mimoza Berisha');
  });
});
