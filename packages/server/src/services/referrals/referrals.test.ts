import type { ReferralView, WorkCount, WorkItem } from '@vatra/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseDb } from '../../storage/cases/tables.js';
import { loginAs, testApp, type Session, type TestApp } from '../../test/harness.js';
import { DEMO_PASSWORD } from '../../demo/users.js';
import { hashPassword } from '../access/passwords.js';
import { insertSampleHousehold, samplePerson } from '../registry/samples.js';

// Referrals through the API against a real database: Peja's ZKKK (zkkk.peja) and QPS
// (qps.peja) send, Peja's education directorate (dka.peja, DKA-XK-PEJ) answers, the Employment
// Office (zp.peja) and Gjilan (zkkk.gjilan) may not.

let t: TestApp;
let zkkk: Session;
let qps: Session;
let dka: Session;
let zp: Session;
let gjilan: Session;
let dkaId: string;
let dkaName: string;
let caseCounter = 9100;

beforeAll(async () => {
  t = await testApp();
  const k = t.db.kysely;
  const institution = await k
    .selectFrom('institutions')
    .select('id')
    .where('code', '=', 'DKA-XK-PEJ')
    .executeTakeFirstOrThrow();
  dkaId = institution.id;
  // The demo's education directorate user; created here when the demo list does not have one.
  const existing = await k
    .selectFrom('users')
    .select('id')
    .where('username', '=', 'dka.peja')
    .executeTakeFirst();
  if (!existing) {
    const role = await k
      .selectFrom('roles')
      .select('id')
      .where('code', '=', 'institution_officer')
      .where('country_code', '=', 'XK')
      .executeTakeFirstOrThrow();
    const user = await k
      .insertInto('users')
      .values({
        username: 'dka.peja',
        full_name: 'Arta Hoti',
        email: 'dka.peja@test.vatra.invalid',
        institution_id: dkaId,
        password_hash: await hashPassword(DEMO_PASSWORD),
        locale: 'en',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await k.insertInto('user_roles').values({ user_id: user.id, role_id: role.id }).execute();
  }
  // English answers for the DKA user, so the messages below are known.
  const dkaUser = await k
    .updateTable('users')
    .set({ locale: 'en' })
    .where('username', '=', 'dka.peja')
    .where('institution_id', '=', dkaId)
    .returning('full_name')
    .executeTakeFirstOrThrow();
  dkaName = dkaUser.full_name;
  zkkk = await loginAs(t.app, 'zkkk.peja');
  qps = await loginAs(t.app, 'qps.peja');
  dka = await loginAs(t.app, 'dka.peja');
  zp = await loginAs(t.app, 'zp.peja');
  gjilan = await loginAs(t.app, 'zkkk.gjilan');
});
afterAll(async () => {
  await t.close();
});

/** A household of two in Peja and an open case in monitoring, written straight to the database. */
async function pejaCase(sensitivity: 'normal' | 'sensitive' = 'normal') {
  const k = t.db.kysely;
  const jurisdiction = await k
    .selectFrom('jurisdictions')
    .select('id')
    .where('code', '=', 'XK-PEJ')
    .executeTakeFirstOrThrow();
  const household = await insertSampleHousehold(
    k,
    'XK-PEJ',
    [
      samplePerson({ firstName: 'Agim', lastName: 'Hoxha' }),
      samplePerson({
        firstName: 'Drenusha',
        lastName: 'Hoxha',
        gender: 'female',
        dateOfBirth: '2014-05-09',
        relationToHead: 'child',
      }),
    ],
    'Vitomiricë',
  );
  const now = new Date();
  caseCounter++;
  const row = await caseDb(k)
    .insertInto('cases')
    .values({
      number: `PEJ-2026-${caseCounter}`,
      jurisdiction_id: jurisdiction.id,
      household_id: household.householdId,
      person_id: household.personIds[0] ?? '',
      kind: 'returnee',
      clock_start: now,
      visit_due_at: new Date(now.getTime() + 72 * 3_600_000),
      closure_due_on: '2027-07-31',
      stage: 'monitoring',
      status: 'open',
      sensitivity,
      case_manager_id: null,
      outcome: null,
      closed_at: null,
      closed_by: null,
      closure: null,
      transferred_from: null,
      transferred_to: null,
      rent_fund_since: null,
      rent_reviewed_on: null,
      registered_by: null,
      updated_at: now,
    })
    .returning(['id', 'number'])
    .executeTakeFirstOrThrow();
  return { caseId: row.id, number: row.number, personIds: household.personIds };
}

/** An approved plan of the case with one item (school placement by the DKA). */
async function planItem(caseId: string): Promise<string> {
  const db = caseDb(t.db.kysely);
  const author = await db
    .selectFrom('users')
    .select('id')
    .where('username', '=', 'qps.peja')
    .executeTakeFirstOrThrow();
  const plan = await db
    .insertInto('case_plans')
    .values({
      case_id: caseId,
      person_id: null,
      plan_type: 'PIR',
      plan_version: 1,
      status: 'approved',
      goal: null,
      created_by: author.id,
      approved_by: author.id,
      approved_at: new Date(),
      updated_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const item = await db
    .insertInto('case_plan_items')
    .values({
      plan_id: plan.id,
      position: 1,
      service_code: 'school_placement',
      need_path: null,
      domain: 'education',
      priority: 'high',
      responsible_institution_id: dkaId,
      target_date: null,
      note: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return item.id;
}

async function send(session: Session, caseId: string, extra: Record<string, unknown> = {}) {
  return session.request({
    method: 'POST',
    url: `/api/cases/${caseId}/referrals`,
    payload: { caseId, toInstitutionId: dkaId, reason: 'Enrol the child in the local school.', ...extra },
  });
}

async function sent(session: Session, caseId: string, extra: Record<string, unknown> = {}) {
  const response = await send(session, caseId, extra);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as ReferralView;
}

function act(session: Session, id: string, action: string, payload: Record<string, unknown>) {
  return session.request({ method: 'POST', url: `/api/referrals/${id}/${action}`, payload });
}

async function lastAudit() {
  return t.db.kysely
    .selectFrom('audit_log')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
}

describe('referrals', () => {
  it('goes sent → received → accepted → completed by the education directorate, feedback seen by ZKKK', async () => {
    const { caseId, number, personIds } = await pejaCase();
    const itemId = await planItem(caseId);
    const child = personIds[1] ?? '';
    const referral = await sent(zkkk, caseId, {
      personId: child,
      serviceCode: 'school_placement',
      planItemId: itemId,
    });
    expect(referral).toMatchObject({
      status: 'sent',
      case: { id: caseId, number },
      person: { id: child, firstName: 'Drenusha', settlement: 'Vitomiricë' },
      toInstitution: { id: dkaId, code: 'DKA-XK-PEJ' },
      fromInstitution: { code: 'ZKKK-XK-PEJ' },
      serviceName: 'Regjistrimi në shkollë pas testit të njohurive',
      planItemId: itemId,
      awaitingAnswer: true,
      overdue: false,
      ageDays: 0,
      version: 1,
      allowed: ['withdraw'],
    });

    const inbox = await dka.request({ method: 'GET', url: '/api/referrals/inbox' });
    expect(inbox.statusCode, inbox.body).toBe(200);
    expect(inbox.json()).toMatchObject({ total: 1, items: [{ id: referral.id, allowed: ['receive'] }] });

    const received = await act(dka, referral.id, 'receive', { version: 1 });
    expect(received.statusCode, received.body).toBe(200);
    expect(received.json()).toMatchObject({
      status: 'received',
      receivedBy: { fullName: dkaName },
      version: 2,
    });
    const accepted = await act(dka, referral.id, 'accept', {
      note: 'Place in grade 6 from Monday.',
      version: 2,
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted', awaitingAnswer: false, version: 3 });
    const completed = await act(dka, referral.id, 'complete', {
      feedback: 'Enrolled at the Vitomiricë primary school, attends regularly.',
      version: 3,
    });
    expect(completed.statusCode, completed.body).toBe(200);

    const list = await zkkk.request({ method: 'GET', url: `/api/cases/${caseId}/referrals` });
    expect(list.statusCode, list.body).toBe(200);
    const [seen] = (list.json() as { items: ReferralView[] }).items;
    expect(seen).toMatchObject({
      id: referral.id,
      status: 'completed',
      acceptNote: 'Place in grade 6 from Monday.',
      feedback: 'Enrolled at the Vitomiricë primary school, attends regularly.',
      answeredBy: { fullName: dkaName },
      caseVisible: true,
      allowed: [],
    });
    expect(seen?.completedAt).not.toBeNull();

    const item = await caseDb(t.db.kysely)
      .selectFrom('case_plan_items')
      .select('status')
      .where('id', '=', itemId)
      .executeTakeFirstOrThrow();
    expect(item.status).toBe('done');
    const events = await caseDb(t.db.kysely)
      .selectFrom('case_events')
      .select(['kind', 'person_id'])
      .where('case_id', '=', caseId)
      .orderBy('at')
      .execute();
    expect(events.map((e) => e.kind)).toEqual([
      'referral.sent',
      'referral.received',
      'referral.accepted',
      'referral.completed',
    ]);
    expect(events.every((e) => e.person_id === child)).toBe(true);
    const audited = await t.db.kysely
      .selectFrom('audit_log')
      .select('action')
      .where('record_id', '=', referral.id)
      .where('outcome', '=', 'ok')
      .orderBy('id')
      .execute();
    expect(audited.map((a) => a.action)).toEqual([
      'referral.send',
      'referral.receive',
      'referral.accept',
      'referral.complete',
    ]);
    expect(await lastAudit()).toMatchObject({
      action: 'referral.list',
      record_id: caseId,
      username: 'zkkk.peja',
    });
  });

  it('shows the receiving institution the referral and the person of a sensitive case, not the case', async () => {
    const { caseId } = await pejaCase('sensitive');
    // ZKKK may not see a sensitive case; the social worker may, and sends.
    expect((await send(zkkk, caseId)).statusCode).toBe(403);
    const referral = await sent(qps, caseId);
    const read = await dka.request({ method: 'GET', url: `/api/referrals/${referral.id}` });
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json()).toMatchObject({
      person: {
        firstName: 'Agim',
        lastName: 'Hoxha',
        dateOfBirth: '1984-03-12',
        settlement: 'Vitomiricë',
        personalNumber: null,
      },
      caseVisible: false,
      allowed: ['receive'],
    });
    expect(await lastAudit()).toMatchObject({
      action: 'referral.read',
      record_id: referral.id,
      username: 'dka.peja',
    });
    expect((await dka.request({ method: 'GET', url: `/api/cases/${caseId}/referrals` })).statusCode).toBe(
      403,
    );
    // The Employment Office is neither the receiver nor may it see the sensitive case.
    const other = await zp.request({ method: 'GET', url: `/api/referrals/${referral.id}` });
    expect(other.statusCode).toBe(403);
    expect(await lastAudit()).toMatchObject({
      action: 'getReferral',
      outcome: 'denied',
      username: 'zp.peja',
    });
  });

  it('needs a reason to decline, and a declined referral cannot be completed (409 naming the status)', async () => {
    const { caseId } = await pejaCase();
    const referral = await sent(zkkk, caseId);
    expect((await act(dka, referral.id, 'receive', { version: 1 })).statusCode).toBe(200);
    const bare = await act(dka, referral.id, 'decline', { version: 2 });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().error.fields).toHaveProperty('reason');
    const declined = await act(dka, referral.id, 'decline', {
      reason: 'No places left this school year.',
      version: 2,
    });
    expect(declined.statusCode, declined.body).toBe(200);
    expect(declined.json()).toMatchObject({
      status: 'declined',
      declineReason: 'No places left this school year.',
    });
    const complete = await act(dka, referral.id, 'complete', { feedback: 'Done.', version: 3 });
    expect(complete.statusCode).toBe(409);
    expect(complete.json().error).toMatchObject({
      code: 'invalid_transition',
      message: '“Complete” is not possible: the referral is declined.',
    });
    // The sender's side reads the decline (Albanian: zkkk.peja's language).
    const again = await zkkk.request({
      method: 'POST',
      url: `/api/referrals/${referral.id}/withdraw`,
      payload: { version: 3 },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe(
      'Veprimi „Tërheqja” nuk është i mundur: referimi është i refuzuar.',
    );
  });

  it('lets only the receiving institution answer (403, audited)', async () => {
    const { caseId } = await pejaCase();
    const referral = await sent(zkkk, caseId);
    const response = await act(zp, referral.id, 'receive', { version: 1 });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('not_receiver');
    expect(await lastAudit()).toMatchObject({
      action: 'receiveReferral',
      outcome: 'denied',
      username: 'zp.peja',
      record_id: referral.id,
      details: { reason: 'not_receiver' },
    });
    // The sender cannot answer its own referral either.
    expect((await act(zkkk, referral.id, 'receive', { version: 1 })).statusCode).toBe(403);
  });

  it('refuses a Gjilan user a Peja referral (403, audited)', async () => {
    const { caseId } = await pejaCase();
    const referral = await sent(zkkk, caseId);
    const response = await gjilan.request({ method: 'GET', url: `/api/referrals/${referral.id}` });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('out_of_jurisdiction');
    expect(await lastAudit()).toMatchObject({
      action: 'getReferral',
      outcome: 'denied',
      username: 'zkkk.gjilan',
      record_id: referral.id,
    });
  });

  it('refuses a stale version (409) and lets the sender withdraw before an answer', async () => {
    const { caseId } = await pejaCase();
    const referral = await sent(zkkk, caseId);
    expect((await act(dka, referral.id, 'receive', { version: 1 })).statusCode).toBe(200);
    const stale = await act(dka, referral.id, 'accept', { version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('conflict');
    // The receiver has no referral.send: withdrawing is the sender's.
    expect((await act(dka, referral.id, 'withdraw', { version: 2 })).statusCode).toBe(403);
    const withdrawn = await act(zkkk, referral.id, 'withdraw', { version: 2 });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', awaitingAnswer: false });
  });

  it('checks what a referral names: institution, person, service, plan item, open case', async () => {
    const { caseId } = await pejaCase();
    const other = await pejaCase();
    const gjilanDka = await t.db.kysely
      .selectFrom('institutions')
      .select('id')
      .where('code', '=', 'DKA-XK-GJL')
      .executeTakeFirstOrThrow();
    const own = await t.db.kysely
      .selectFrom('institutions')
      .select('id')
      .where('code', '=', 'ZKKK-XK-PEJ')
      .executeTakeFirstOrThrow();
    const refused = async (extra: Record<string, unknown>, field: string) => {
      const response = await send(zkkk, caseId, extra);
      expect(response.statusCode, `${field}: ${response.body}`).toBe(422);
      expect(response.json().error.fields, field).toHaveProperty(field);
    };
    await refused({ toInstitutionId: gjilanDka.id }, 'toInstitutionId');
    await refused({ toInstitutionId: own.id }, 'toInstitutionId');
    await refused({ personId: other.personIds[0] }, 'personId');
    await refused({ serviceCode: 'no_such_service' }, 'serviceCode');
    await refused({ planItemId: await planItem(other.caseId) }, 'planItemId');
    await t.db.kysely.updateTable('institutions').set({ active: false }).where('id', '=', dkaId).execute();
    await refused({}, 'toInstitutionId');
    await t.db.kysely.updateTable('institutions').set({ active: true }).where('id', '=', dkaId).execute();
    await sql`update cases set status = 'closed', closed_at = now(), outcome = 'moved' where id = ${caseId}`.execute(
      t.db.kysely,
    );
    const closed = await send(zkkk, caseId);
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.code).toBe('case_closed');
  });

  it('puts awaiting referrals in the receiver’s queue, overdue after 14 days, and in the sender’s then', async () => {
    // Earlier tests left referrals in the DKA's inbox: count this one on top of them.
    const before = await dka.request({
      method: 'GET',
      url: '/api/work-queue?kind=referral_awaiting&pageSize=100',
    });
    expect(before.statusCode, before.body).toBe(200);
    const baseline = before.json() as { total: number; items: WorkItem[] };
    const { caseId, number } = await pejaCase();
    const referral = await sent(zkkk, caseId);

    const queue = await dka.request({
      method: 'GET',
      url: '/api/work-queue?kind=referral_awaiting&pageSize=100',
    });
    const page = queue.json() as { total: number; items: WorkItem[] };
    expect(page.total).toBe(baseline.total + 1);
    expect(page.items.find((i) => i.recordId === referral.id)).toMatchObject({
      kind: 'referral_awaiting',
      caseId,
      recordType: 'referral',
      titleKey: 'cases.queue.referral_awaiting',
      titleValues: { number, institution: 'MOCR Peja' },
      overdue: false,
    });
    const home = await dka.request({ method: 'GET', url: '/api/home' });
    expect(home.statusCode, home.body).toBe(200);
    const count = (home.json() as { queueCounts: WorkCount[] }).queueCounts.find(
      (c) => c.kind === 'referral_awaiting',
    );
    expect(count).toMatchObject({ total: baseline.total + 1 });
    const overdueBefore = count?.overdue ?? 0;
    const unansweredBefore = await zkkk.request({
      method: 'GET',
      url: '/api/work-queue?kind=referral_unanswered&pageSize=100',
    });
    expect(unansweredBefore.statusCode, unansweredBefore.body).toBe(200);
    const unansweredTotal = (unansweredBefore.json() as { total: number }).total;

    await sql`update referrals set sent_at = now() - interval '15 days' where id = ${referral.id}`.execute(
      t.db.kysely,
    );
    const late = (
      (
        await dka.request({ method: 'GET', url: '/api/work-queue?kind=referral_awaiting&pageSize=100' })
      ).json() as {
        items: WorkItem[];
      }
    ).items;
    expect(late[0]).toMatchObject({ recordId: referral.id, overdue: true });
    const homeLate = (await dka.request({ method: 'GET', url: '/api/home' })).json() as {
      queue: WorkItem[];
      queueCounts: WorkCount[];
    };
    expect(homeLate.queueCounts.find((c) => c.kind === 'referral_awaiting')?.overdue).toBe(overdueBefore + 1);
    expect(homeLate.queue.some((i) => i.recordId === referral.id && i.overdue)).toBe(true);
    const view = (
      await dka.request({ method: 'GET', url: `/api/referrals/${referral.id}` })
    ).json() as ReferralView;
    expect(view).toMatchObject({ ageDays: 15, overdue: true, awaitingAnswer: true });

    const unanswered = await zkkk.request({
      method: 'GET',
      url: '/api/work-queue?kind=referral_unanswered&pageSize=100',
    });
    const sentPage = unanswered.json() as { total: number; items: WorkItem[] };
    expect(sentPage.total).toBe(unansweredTotal + 1);
    expect(sentPage.items.find((i) => i.recordId === referral.id)).toMatchObject({
      titleKey: 'cases.queue.referral_unanswered',
      titleValues: { number },
      overdue: true,
    });
    // Answered, it leaves both queues.
    expect((await act(dka, referral.id, 'receive', { version: 1 })).statusCode).toBe(200);
    expect(
      (await act(dka, referral.id, 'decline', { reason: 'Wrong directorate.', version: 2 })).statusCode,
    ).toBe(200);
    const after = await dka.request({
      method: 'GET',
      url: '/api/work-queue?kind=referral_awaiting&pageSize=100',
    });
    expect((after.json() as { total: number }).total).toBe(baseline.total);
  });

  it('documents every referral operation in the OpenAPI document', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const ids = JSON.stringify(response.json());
    for (const id of [
      'createReferral',
      'listCaseReferrals',
      'referralInbox',
      'getReferral',
      'receiveReferral',
      'acceptReferral',
      'declineReferral',
      'completeReferral',
      'withdrawReferral',
    ])
      expect(ids).toContain(`"operationId":"${id}"`);
  });
});
