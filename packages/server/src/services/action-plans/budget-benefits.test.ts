import { officeToday as today } from '@vatra/core';
import type { PlanBudget, RequestView } from '@vatra/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planDb } from '../../storage/action-plans/tables.js';
import { requestDb } from '../../storage/requests/tables.js';
import { loginAs, testApp, type Session, type TestApp } from '../../test/harness.js';
import { insertCaseWithDocument } from '../../test/request-fixtures.js';
import { addDays } from '../requests/dates.js';

// Benefits feed the Peja reintegration plan's budget: measure 4.5 (housing through renovation,
// reconstruction and furnishing) is linked to the reconstruction scheme; when DRPR's regional
// coordinator completes the execution of a KKR decision with its actual cost, that cost shows on
// the row as spent from source "benefits", apart from the money recorded by hand.

let t: TestApp;
let coordinator: Session;
let rc: Session;
let cm: Session;
let foreignCoordinator: Session;
let planId: string;
const ROW = 'o4.m4.5';
const year = Number(today().slice(0, 4));

beforeAll(async () => {
  t = await testApp();
  await t.db.kysely.updateTable('users').set({ locale: 'en' }).where('username', '=', 'plan.peja').execute();
  coordinator = await loginAs(t.app, 'plan.peja');
  rc = await loginAs(t.app, 'rc.peja');
  cm = await loginAs(t.app, 'cm.peja');
  foreignCoordinator = await loginAs(t.app, 'plan.gjilan');
  const plan = await planDb(t.db.kysely)
    .selectFrom('action_plans')
    .select('id')
    .where('key', '=', 'peja-reintegration-2026-2028')
    .executeTakeFirstOrThrow();
  planId = plan.id;
});
afterAll(async () => {
  await t.close();
});

const link = (session: Session, schemeCode: string, rowId = ROW) =>
  session.request({
    method: 'POST',
    url: `/api/action-plans/${planId}/rows/${rowId}/schemes`,
    payload: { schemeCode },
  });
const unlink = (session: Session, schemeCode: string, rowId = ROW) =>
  session.request({
    method: 'DELETE',
    url: `/api/action-plans/${planId}/rows/${rowId}/schemes/${schemeCode}`,
  });
const budget = async () =>
  (
    await coordinator.request({ method: 'GET', url: `/api/action-plans/${planId}/budget` })
  ).json() as PlanBudget;

/** A KKR reconstruction decision in the municipality, final, its execution started by DRPR's coordinator. */
async function executionInProgress(municipality: { code: string; local: string; settlement: string }) {
  const kase = await insertCaseWithDocument(t.db.kysely, municipality);
  const k = requestDb(t.db.kysely);
  const institution = async (code: string) =>
    (await k.selectFrom('institutions').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
  const request = await k
    .insertInto('requests')
    .values({
      number: `${municipality.local}-K-${year}-9${Math.floor(Math.random() * 1000)}`,
      jurisdiction_id: kase.jurisdictionId,
      case_id: kase.caseId,
      person_id: kase.personIds[0] ?? '',
      household_id: kase.householdId,
      scheme_code: 'reconstruction',
      deciding_type: 'KKR',
      executing_type: 'DRPR-RC',
      status: 'decided',
      description: 'Rindërtimi i shtëpisë së djegur',
      amount_requested: 5000,
      currency: 'EUR',
      filed_by: kase.userId,
      submitted_at: new Date(`${addDays(today(), -60)}T09:00:00Z`),
      updated_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const decision = await k
    .insertInto('request_decisions')
    .values({
      request_id: request.id,
      number: `KKR-${municipality.local}-${year}-9${Math.floor(Math.random() * 1000)}`,
      institution_id: await institution(`KKR-${municipality.code}`),
      outcome: 'approved',
      amount: 5000,
      currency: 'EUR',
      reasons: 'Shtëpia është e pabanueshme.',
      decided_on: addDays(today(), -40),
      appeal_due_on: addDays(today(), -25),
      decided_by: kase.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await k
    .insertInto('request_executions')
    .values({
      request_id: request.id,
      decision_id: decision.id,
      institution_id: await institution(municipality.code === 'XK-PEJ' ? 'DRPR-RC-XK-PE' : 'DRPR-RC-XK-GL'),
      status: 'in_progress',
      started_on: addDays(today(), -20),
      recorded_by: kase.userId,
      updated_at: new Date(),
    })
    .execute();
  return request.id;
}

describe('benefits as spending of a plan row', () => {
  it('count the completed execution’s cost on the linked row, apart from hand-recorded spending; unlinking removes it', async () => {
    const linked = await link(coordinator, 'reconstruction');
    expect(linked.statusCode, linked.body).toBe(200);
    const empty = linked.json() as PlanBudget;
    expect(empty.fromBenefits).toEqual([
      { rowId: ROW, number: '4.5', title: expect.any(Object), schemes: ['reconstruction'], lines: [] },
    ]);
    expect(empty.benefitTotals).toEqual([]);

    const requestId = await executionInProgress({ code: 'XK-PEJ', local: 'PEJ', settlement: 'Vitomiricë' });
    const view = (
      await rc.request({ method: 'GET', url: `/api/requests/${requestId}` })
    ).json() as RequestView;
    expect(view.actions).toContain('complete');
    const done = await rc.request({
      method: 'POST',
      url: `/api/requests/${requestId}/execution/complete`,
      payload: { completedOn: today(), actualCost: 4200, currency: 'EUR', version: view.version },
    });
    expect(done.statusCode, done.body).toBe(200);
    // The same scheme in Gjilan is not Peja's money.
    const gjilanRequest = await executionInProgress({
      code: 'XK-GJL',
      local: 'GJL',
      settlement: 'Përlepnicë',
    });
    const rcGjilan = await loginAs(t.app, 'rc.gjilan');
    const gView = (
      await rcGjilan.request({ method: 'GET', url: `/api/requests/${gjilanRequest}` })
    ).json() as RequestView;
    const gDone = await rcGjilan.request({
      method: 'POST',
      url: `/api/requests/${gjilanRequest}/execution/complete`,
      payload: { completedOn: today(), actualCost: 9999, currency: 'EUR', version: gView.version },
    });
    expect(gDone.statusCode, gDone.body).toBe(200);
    // Money recorded by hand on the same row stays in `actual`.
    const spent = await coordinator.request({
      method: 'POST',
      url: `/api/action-plans/${planId}/spending`,
      payload: { rowId: ROW, year, fundingSource: 'BRK', amount: 1000, currency: 'EUR', spentOn: today() },
    });
    expect(spent.statusCode, spent.body).toBe(201);

    const after = await budget();
    expect(after.fromBenefits).toEqual([
      {
        rowId: ROW,
        number: '4.5',
        title: expect.any(Object),
        schemes: ['reconstruction'],
        lines: [{ year, currency: 'EUR', amount: 4200, count: 1 }],
      },
    ]);
    expect(after.benefitTotals).toEqual([{ year, currency: 'EUR', amount: 4200 }]);
    const row = after.rows.find((candidate) => candidate.rowId === ROW);
    expect(row?.actual).toEqual([{ year, currency: 'EUR', fundingSource: 'BRK', amount: 1000 }]);
    const total = after.totals.find((candidate) => candidate.year === year && candidate.currency === 'EUR');
    expect(total?.actual).toBe(1000);

    const audit = await t.db.kysely
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('record_id', '=', planId)
      .where('action', 'in', ['action_plan.scheme_link', 'action_plan.scheme_unlink'])
      .execute();
    expect(audit).toEqual([
      { action: 'action_plan.scheme_link', details: { rowId: ROW, schemeCode: 'reconstruction' } },
    ]);

    const removed = await unlink(coordinator, 'reconstruction');
    expect(removed.statusCode, removed.body).toBe(200);
    expect((removed.json() as PlanBudget).fromBenefits).toEqual([]);
    expect((removed.json() as PlanBudget).benefitTotals).toEqual([]);
    expect((await unlink(coordinator, 'reconstruction')).statusCode).toBe(404);
  });

  it('refuses without plan.edit (403), outside the jurisdiction (403, audited), an unknown scheme (400) or row (422), a scheme on two rows', async () => {
    expect((await link(cm, 'furnishing')).statusCode).toBe(403);

    const foreign = await link(foreignCoordinator, 'furnishing');
    expect(foreign.statusCode).toBe(403);
    const denied = await t.db.kysely
      .selectFrom('audit_log')
      .select('details')
      .where('record_id', '=', planId)
      .where('outcome', '=', 'denied')
      .execute();
    expect(denied.length).toBeGreaterThanOrEqual(1);
    expect((await unlink(foreignCoordinator, 'furnishing')).statusCode).toBe(403);

    const unknown = await link(coordinator, 'moon_base');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ error: { fields: { schemeCode: expect.any(String) } } });
    const malformed = await link(coordinator, 'Not A Scheme');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({ error: { fields: { schemeCode: expect.any(String) } } });

    const noRow = await link(coordinator, 'furnishing', 'o99.m1');
    expect(noRow.statusCode).toBe(422);
    expect(noRow.json()).toMatchObject({ error: { fields: { rowId: expect.any(String) } } });

    expect((await link(coordinator, 'furnishing')).statusCode).toBe(200);
    expect((await link(coordinator, 'furnishing')).statusCode).toBe(409);
    const twice = await link(coordinator, 'furnishing', 'o4.m4.3');
    expect(twice.statusCode).toBe(422);
    expect(twice.json()).toMatchObject({ error: { fields: { schemeCode: expect.stringContaining('4.5') } } });
    const links = await t.db.kysely
      .selectFrom('audit_log')
      .select('id')
      .where('record_id', '=', planId)
      .where('action', '=', 'action_plan.scheme_link')
      .execute();
    expect(links).toHaveLength(2);
  });
});
