import { officeToday as today } from '@vatra/core';
import { randomUUID } from 'node:crypto';
import type { BenefitTotals, BenefitView, RequestList, RequestView } from '@vatra/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestDb } from '../../storage/requests/tables.js';
import { loginAs, testApp, type Session, type TestApp } from '../../test/harness.js';
import { accessOf } from '../../test/access-of.js';
import { insertSampleHousehold, samplePerson } from '../registry/samples.js';
import { addDays } from './dates.js';
import { recordAppealOutcome, recordDecision } from './decisions.js';
import { insertCommissionUser } from '../commissions/samples.js';

// Requests through the API against a real database, in Peja: the case manager (cm.peja, QPS)
// files; the Centre for Social Work (qps.peja) decides social assistance and psycho-social
// support directly; the Directorate of Health and Social Welfare (dshms.peja, created here)
// carries out psycho-social support; the Employment Office (zp.peja) and the KKR (kkr.peja) may
// not decide QPS schemes directly; Gjilan's ZKKK (zkkk.gjilan) is outside the jurisdiction.

let t: TestApp;
let cm: Session;
let qps: Session;
let zp: Session;
let kkr: Session;
let dshms: Session;
let gjilan: Session;
let caseCounter = 9600;

beforeAll(async () => {
  t = await testApp();
  const k = t.db.kysely;
  await insertCommissionUser(k, 'DSHMS-XK-PEJ', 'institution_officer', 'dshms.peja', 'Vesa Kryeziu', 'en');
  // English answers for everyone but the case manager, who keeps Albanian.
  await k
    .updateTable('users')
    .set({ locale: 'en' })
    .where('username', 'in', ['qps.peja', 'zp.peja', 'kkr.peja', 'zkkk.gjilan'])
    .execute();
  await k.updateTable('users').set({ locale: 'sq' }).where('username', '=', 'cm.peja').execute();
  cm = await loginAs(t.app, 'cm.peja');
  qps = await loginAs(t.app, 'qps.peja');
  zp = await loginAs(t.app, 'zp.peja');
  kkr = await loginAs(t.app, 'kkr.peja');
  dshms = await loginAs(t.app, 'dshms.peja');
  gjilan = await loginAs(t.app, 'zkkk.gjilan');
});
afterAll(async () => {
  await t.close();
});

/** A household of two in Peja, an open case and one uploaded document of it, straight in SQL. */
async function pejaCase() {
  const k = requestDb(t.db.kysely);
  const jurisdiction = await k
    .selectFrom('jurisdictions')
    .select('id')
    .where('code', '=', 'XK-PEJ')
    .executeTakeFirstOrThrow();
  const household = await insertSampleHousehold(
    t.db.kysely,
    'XK-PEJ',
    [
      samplePerson({ firstName: 'Besim', lastName: 'Gashi' }),
      samplePerson({ firstName: 'Lule', lastName: 'Gashi', gender: 'female', relationToHead: 'spouse' }),
    ],
    'Vitomiricë',
  );
  const now = new Date();
  caseCounter++;
  const kase = await k
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
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const uploader = await k
    .selectFrom('users')
    .select('id')
    .where('username', '=', 'cm.peja')
    .executeTakeFirstOrThrow();
  const document = await k
    .insertInto('documents')
    .values({
      jurisdiction_id: jurisdiction.id,
      case_id: kase.id,
      doc_type: 'other',
      series_id: randomUUID(),
      file_name: 'leternjoftimi.pdf',
      content_type: 'application/pdf',
      size_bytes: 1,
      sha256: '0'.repeat(64),
      storage_key: `aa/${randomUUID()}`,
      uploaded_by: uploader.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return {
    caseId: kase.id,
    householdId: household.householdId,
    personIds: household.personIds,
    documentId: document.id,
  };
}

function post(session: Session, url: string, payload: Record<string, unknown>) {
  return session.request({ method: 'POST', url, payload });
}

async function ok(response: { statusCode: number; body: string; json(): unknown }, status = 200) {
  expect(response.statusCode, response.body).toBe(status);
  return response.json() as RequestView;
}

async function file(caseId: string, schemeCode: string, extra: Record<string, unknown> = {}) {
  return ok(
    await post(cm, `/api/cases/${caseId}/requests`, {
      schemeCode,
      description: 'Kërkesë e familjes Gashi pas kthimit nga Gjermania.',
      amountRequested: 300,
      ...extra,
    }),
    201,
  );
}

async function step(
  session: Session,
  request: RequestView,
  action: string,
  payload: Record<string, unknown> = {},
) {
  return ok(
    await post(session, `/api/requests/${request.id}/${action}`, { version: request.version, ...payload }),
  );
}

/** Waives every requirement still missing, then submits. */
async function submitted(request: RequestView): Promise<RequestView> {
  let current = request;
  for (const document of request.documents.filter((d) => d.state === 'missing'))
    current = await step(cm, current, 'documents', {
      requirement: document.requirement,
      waivedReason: 'Dokumenti do të sillet nga QPS-ja vetë.',
    });
  return step(cm, current, 'submit');
}

/** A request of the scheme taken under review by QPS Peja. */
async function underReview(caseId: string, schemeCode: string): Promise<RequestView> {
  return step(qps, await submitted(await file(caseId, schemeCode)), 'review');
}

async function counts() {
  const k = requestDb(t.db.kysely);
  const count = async (
    table:
      | 'requests'
      | 'request_decisions'
      | 'request_appeals'
      | 'request_executions'
      | 'benefits'
      | 'request_documents',
  ) =>
    Number(
      (
        await k
          .selectFrom(table)
          .select(sql<string>`count(*)`.as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    requests: await count('requests'),
    decisions: await count('request_decisions'),
    appeals: await count('request_appeals'),
    executions: await count('request_executions'),
    benefits: await count('benefits'),
    documents: await count('request_documents'),
  };
}

/** Lets the appeal window of the request's latest decision pass (as if decided weeks ago). */
async function windowPassed(requestId: string) {
  await requestDb(t.db.kysely)
    .updateTable('request_decisions')
    .set({
      decided_on: addDays(today(), -40),
      notified_on: addDays(today(), -30),
      appeal_due_on: addDays(today(), -15),
    })
    .where('request_id', '=', requestId)
    .execute();
}

/** The record ids of one kind of the user's work queue. */
async function queue(session: Session, kind: string): Promise<string[]> {
  const response = await session.request({ method: 'GET', url: `/api/work-queue?kind=${kind}&pageSize=100` });
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as { items: { recordId: string }[] }).items.map((item) => item.recordId);
}

async function events(caseId: string) {
  const rows = await requestDb(t.db.kysely)
    .selectFrom('case_events')
    .select('kind')
    .where('case_id', '=', caseId)
    .orderBy('at')
    .execute();
  return rows.map((row) => row.kind);
}

async function audits(requestId: string) {
  return t.db.kysely
    .selectFrom('audit_log')
    .select(['action', 'outcome'])
    .where('record_type', '=', 'request')
    .where('record_id', '=', requestId)
    .orderBy('id')
    .execute();
}

describe('scheme catalogue', () => {
  it('lists the schemes of the user’s country with deciding body, documents and deadlines', async () => {
    const response = await cm.request({ method: 'GET', url: '/api/schemes' });
    expect(response.statusCode).toBe(200);
    const { items } = response.json() as {
      items: {
        code: string;
        decidingInstitutionType: string;
        decidedByCommission: boolean;
        executingInstitutionType: string | null;
        appealWindowDays: number;
        requiredDocuments: unknown[];
      }[];
    };
    const reconstruction = items.find((s) => s.code === 'reconstruction');
    expect(reconstruction).toMatchObject({
      decidingInstitutionType: 'KKR',
      decidedByCommission: true,
      executingInstitutionType: 'DRPR-RC',
      appealWindowDays: 15,
    });
    expect(reconstruction?.requiredDocuments.length).toBeGreaterThan(2);
    expect(items.find((s) => s.code === 'social_assistance')?.decidingInstitutionType).toBe('QPS');
  });
});

describe('request lifecycle', () => {
  it('files, documents, submits, reviews, decides, notifies, carries out and records the benefit', async () => {
    const kase = await pejaCase();
    const draft = await file(kase.caseId, 'psychosocial_support', { personId: kase.personIds[1] });
    expect(draft.status).toBe('draft');
    expect(draft.number).toMatch(/^PEJ-K-\d{4}-\d{4}$/);
    expect(draft.decidingInstitution?.code).toBe('QPS-XK-PEJ');
    expect(draft.executingType).toBe('DSHMS');
    expect(draft.person.firstName).toBe('Lule');
    expect(draft.documents.map((d) => d.state)).toEqual(['missing', 'missing']);

    // Submit with a document missing: refused in Albanian, naming the document; nothing written.
    const before = await counts();
    const missing = await post(cm, `/api/requests/${draft.id}/submit`, { version: draft.version });
    expect(missing.statusCode).toBe(422);
    expect(missing.json()).toMatchObject({ error: { code: 'missing_document' } });
    expect((missing.json() as { error: { message: string } }).error.message).toContain(
      'Letërnjoftimi ose pasaporta',
    );
    expect(await counts()).toEqual(before);

    let request = await step(cm, draft, 'documents', { requirement: 'id_card', documentId: kase.documentId });
    request = await step(cm, request, 'documents', {
      requirement: 'referral_note',
      waivedReason: 'Referimi u dha me gojë në takimin e rastit.',
    });
    expect(request.documents.map((d) => d.state)).toEqual(['attached', 'waived']);
    expect(request.documents[0]?.documentTitle).toBe('leternjoftimi.pdf');

    request = await step(cm, request, 'submit');
    expect(request.status).toBe('submitted');
    expect(request.decisionDueOn).toBe(addDays(today(), 15));
    expect(request.actions).toEqual(['withdraw']);

    expect(await queue(qps, 'request_decision_due')).toContain(request.id);

    request = await step(qps, request, 'review');
    expect(request.status).toBe('under_review');
    expect(request.actions).toContain('decide');

    request = await step(qps, request, 'decide', {
      outcome: 'partly_approved',
      amount: 250,
      reasons: 'Mbështetje psiko-sociale për gjashtë muaj, me seanca dyjavore.',
    });
    expect(request.status).toBe('decided');
    expect(request.decisions).toHaveLength(1);
    expect(request.decisions[0]?.number).toMatch(/^QPS-PEJ-\d{4}-\d{4}$/);
    expect(request.decisions[0]?.amount).toBe(250);
    expect(request.appealDueOn).toBe(addDays(today(), 15));
    // Carried out by DSHMS: no benefit before the execution is completed.
    expect((await counts()).benefits).toBe(before.benefits);

    request = await step(cm, request, 'notify', { notifiedOn: today() });
    expect(request.decisions[0]?.notifiedOn).toBe(today());
    expect(request.appealDueOn).toBe(addDays(today(), 15));

    // The appeal window is still open: no execution yet.
    const early = await post(dshms, `/api/requests/${request.id}/execution`, {
      startedOn: today(),
      version: request.version,
    });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ error: { code: 'not_final' } });

    expect(await queue(dshms, 'request_to_execute')).not.toContain(request.id);
    await windowPassed(request.id);
    expect(await queue(dshms, 'request_to_execute')).toContain(request.id);
    expect(await queue(qps, 'request_decision_due')).not.toContain(request.id);
    const seen = await ok(await dshms.request({ method: 'GET', url: `/api/requests/${request.id}` }));
    expect(seen.actions).toEqual(['execute']);
    request = await step(dshms, seen, 'execution', {
      startedOn: today(),
      progressNote: 'Seanca e parë u mbajt.',
    });
    expect(request.execution).toMatchObject({ status: 'in_progress', startedOn: today() });

    // Double execution: refused, nothing written.
    const executions = (await counts()).executions;
    const twice = await post(dshms, `/api/requests/${request.id}/execution`, {
      startedOn: today(),
      version: request.version,
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ error: { code: 'already_executed' } });
    expect((await counts()).executions).toBe(executions);

    request = await step(dshms, request, 'execution/complete', { completedOn: today(), actualCost: 240 });
    expect(request.execution).toMatchObject({ status: 'completed', completedOn: today(), actualCost: 240 });

    const benefits = await cm.request({ method: 'GET', url: `/api/households/${kase.householdId}/benefits` });
    expect(benefits.statusCode, benefits.body).toBe(200);
    const register = (benefits.json() as { items: BenefitView[] }).items;
    expect(register).toHaveLength(1);
    expect(register[0]).toMatchObject({
      schemeCode: 'psychosocial_support',
      requestNumber: request.number,
      amount: 240,
      currency: 'EUR',
      grantedOn: today(),
      person: { firstName: 'Lule' },
      grantedBy: { code: 'DSHMS-XK-PEJ' },
    });

    const year = today().slice(0, 4);
    const totals = await cm.request({
      method: 'GET',
      url: `/api/benefits?scheme=psychosocial_support&year=${year}`,
    });
    expect(totals.statusCode, totals.body).toBe(200);
    const items = (totals.json() as BenefitTotals).items;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ schemeCode: 'psychosocial_support', year: Number(year) });
    expect(items[0]?.amount).toBeGreaterThanOrEqual(240);

    expect(await events(kase.caseId)).toEqual([
      'request.filed',
      'request.document',
      'request.document',
      'request.submitted',
      'request.underReview',
      'request.decided',
      'request.notified',
      'request.executionStarted',
      'request.executionCompleted',
    ]);
    const trail = (await audits(request.id)).filter((a) => a.outcome === 'ok').map((a) => a.action);
    expect(trail).toEqual(
      expect.arrayContaining([
        'request.file',
        'request.submit',
        'request.decide',
        'request.notify',
        'request.execute',
        'request.execution.complete',
      ]),
    );

    const list = await cm.request({ method: 'GET', url: `/api/cases/${kase.caseId}/requests` });
    expect(list.statusCode).toBe(200);
    expect((list.json() as RequestList).items.map((r) => r.status)).toEqual(['decided']);
  });

  it('a direct decision of a scheme nobody carries out is a benefit at once; an appeal in time is filed', async () => {
    const kase = await pejaCase();
    let request = await underReview(kase.caseId, 'social_assistance');
    const before = (await counts()).benefits;
    request = await step(qps, request, 'decide', {
      outcome: 'approved',
      reasons: 'Familja plotëson kushtet e skemës së ndihmës sociale.',
    });
    expect(request.decisions[0]?.amount).toBe(300);
    expect((await counts()).benefits).toBe(before + 1);

    request = await step(cm, request, 'appeals', {
      filedOn: today(),
      grounds: 'Shuma nuk mbulon qiranë e banesës.',
    });
    expect(request.status).toBe('appealed');
    expect(request.appeals[0]).toMatchObject({ status: 'filed', decisionDueOn: addDays(today(), 30) });
    expect(request.appealDecisionDueOn).toBe(addDays(today(), 30));
    expect(await events(kase.caseId)).toContain('request.appealed');
    expect((await audits(request.id)).map((a) => a.action)).toContain('request.appeal');
  });
});

describe('refusals: a clear 4xx, nothing written', () => {
  it('deciding before submission', async () => {
    const kase = await pejaCase();
    const draft = await file(kase.caseId, 'social_assistance');
    const before = await counts();
    const response = await post(qps, `/api/requests/${draft.id}/decide`, {
      outcome: 'approved',
      reasons: 'Pa shqyrtim.',
      version: draft.version,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      error: { code: 'invalid_transition', message: '“Decide” is not possible: the request is a draft.' },
    });
    expect(await counts()).toEqual(before);
  });

  it('a decision by an institution that is not the deciding body (audited)', async () => {
    const kase = await pejaCase();
    const request = await underReview(kase.caseId, 'social_assistance');
    const before = await counts();
    const response = await post(zp, `/api/requests/${request.id}/decide`, {
      outcome: 'approved',
      reasons: 'Vendim nga zyra e gabuar.',
      version: request.version,
    });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ error: { code: 'not_deciding_body' } });
    expect(await counts()).toEqual(before);
    expect(await audits(request.id)).toContainEqual({ action: 'decideRequest', outcome: 'denied' });
  });

  it('a commission scheme decided directly', async () => {
    const kase = await pejaCase();
    const filed = await submitted(await file(kase.caseId, 'reconstruction'));
    const request = await step(kkr, filed, 'review');
    const before = await counts();
    const response = await post(kkr, `/api/requests/${request.id}/decide`, {
      outcome: 'approved',
      reasons: 'Pa mbledhje.',
      version: request.version,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      error: {
        code: 'commission_decides',
        message: 'This scheme is decided at a commission meeting, not by a single officer.',
      },
    });
    expect(await counts()).toEqual(before);
  });

  it('an appeal after the window names the last day', async () => {
    const kase = await pejaCase();
    let request = await underReview(kase.caseId, 'social_assistance');
    request = await step(qps, request, 'decide', {
      outcome: 'rejected',
      reasons: 'Të ardhurat e familjes janë mbi kufirin.',
    });
    await windowPassed(request.id);
    const before = await counts();
    const response = await post(cm, `/api/requests/${request.id}/appeals`, {
      filedOn: today(),
      grounds: 'Familja nuk u njoftua me kohë.',
      version: request.version,
    });
    expect(response.statusCode).toBe(422);
    const lastDay = addDays(today(), -15);
    expect(response.json()).toMatchObject({ error: { code: 'appeal_late' } });
    expect((response.json() as { error: { message: string } }).error.message).toContain(lastDay);
    expect(await counts()).toEqual(before);
  });

  it('execution of a rejected request', async () => {
    const kase = await pejaCase();
    let request = await underReview(kase.caseId, 'psychosocial_support');
    request = await step(qps, request, 'decide', {
      outcome: 'rejected',
      reasons: 'Shërbimi ofrohet tashmë nga një OJQ.',
    });
    await windowPassed(request.id);
    const before = await counts();
    const response = await post(dshms, `/api/requests/${request.id}/execution`, {
      startedOn: today(),
      version: request.version,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      error: {
        code: 'not_positive',
        message: 'Only an approved or partly approved request can be carried out.',
      },
    });
    expect(await counts()).toEqual(before);
  });

  it('a request of another jurisdiction (403, audited)', async () => {
    const kase = await pejaCase();
    const draft = await file(kase.caseId, 'social_assistance');
    const before = await counts();
    const read = await gjilan.request({ method: 'GET', url: `/api/requests/${draft.id}` });
    expect(read.statusCode).toBe(403);
    expect(read.json()).toMatchObject({ error: { code: 'out_of_jurisdiction' } });
    const submit = await post(gjilan, `/api/requests/${draft.id}/submit`, { version: draft.version });
    expect(submit.statusCode).toBe(403);
    expect(await counts()).toEqual(before);
    const denied = (await audits(draft.id)).filter((a) => a.outcome === 'denied');
    expect(denied.length).toBeGreaterThanOrEqual(2);
  });

  it('a stale version', async () => {
    const kase = await pejaCase();
    const draft = await file(kase.caseId, 'social_assistance');
    const edited = await ok(
      await cm.request({
        method: 'PUT',
        url: `/api/requests/${draft.id}`,
        payload: { description: 'Përshkrim i ri.', version: draft.version },
      }),
    );
    expect(edited.description).toBe('Përshkrim i ri.');
    const stale = await cm.request({
      method: 'PUT',
      url: `/api/requests/${draft.id}`,
      payload: { description: 'Përshkrim i vjetër.', version: draft.version },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'conflict' } });
    const again = await ok(await cm.request({ method: 'GET', url: `/api/requests/${draft.id}` }));
    expect(again.description).toBe('Përshkrim i ri.');
    expect(again.version).toBe(edited.version);
  });
});

describe('appeal outcomes (recordAppealOutcome, called by the commissions service)', () => {
  it('overturned: the Appeals Commission’s opposite decision stands and the benefit follows', async () => {
    const kase = await pejaCase();
    let request = await underReview(kase.caseId, 'social_assistance');
    request = await step(qps, request, 'decide', {
      outcome: 'rejected',
      reasons: 'Mungon vërtetimi i të ardhurave.',
    });
    request = await step(cm, request, 'appeals', {
      filedOn: today(),
      grounds: 'Vërtetimi u dorëzua me kohë.',
    });
    const appealId = request.appeals[0]?.id ?? '';
    const ka = await accessOf(t, 'ka.peja', ['case.read', 'appeal.decide'], 'decideAppeal');
    const benefits = (await counts()).benefits;
    await t.db.kysely.transaction().execute((trx) =>
      recordAppealOutcome(trx, ka, {
        appealId,
        meetingItemId: null,
        institutionId: ka.requireUser().institutionId,
        outcome: 'overturned',
        reasons: 'Vërtetimi ishte në dosje; familja i plotëson kushtet.',
        decidedOn: today(),
      }),
    );
    const after = await ok(await cm.request({ method: 'GET', url: `/api/requests/${request.id}` }));
    expect(after.status).toBe('appeal_decided');
    expect(after.decisions).toHaveLength(2);
    expect(after.decisions[1]).toMatchObject({ outcome: 'approved', amount: 300 });
    expect(after.decisions[1]?.number).toMatch(/^KA-PEJ-\d{4}-\d{4}$/);
    expect(after.appeals[0]).toMatchObject({ status: 'decided', outcome: 'overturned' });
    expect((await counts()).benefits).toBe(benefits + 1);
    expect(await events(kase.caseId)).toContain('request.appealDecided');
    expect((await audits(request.id)).map((a) => a.action)).toContain('request.appeal.decide');

    // The same appeal again: refused, nothing written.
    const before = await counts();
    await expect(
      t.db.kysely.transaction().execute((trx) =>
        recordAppealOutcome(trx, ka, {
          appealId,
          meetingItemId: null,
          institutionId: ka.requireUser().institutionId,
          outcome: 'upheld',
          reasons: 'Përsëri.',
          decidedOn: today(),
        }),
      ),
    ).rejects.toMatchObject({ status: 409 });
    expect(await counts()).toEqual(before);
  });

  it('returned: the request goes back to review by the first body', async () => {
    const kase = await pejaCase();
    let request = await underReview(kase.caseId, 'social_assistance');
    request = await step(qps, request, 'decide', { outcome: 'approved', reasons: 'Plotëson kushtet.' });
    request = await step(cm, request, 'appeals', { filedOn: today(), grounds: 'Shuma është shumë e ulët.' });
    const ka = await accessOf(t, 'ka.peja', ['case.read', 'appeal.decide'], 'decideAppeal');
    await t.db.kysely.transaction().execute((trx) =>
      recordAppealOutcome(trx, ka, {
        appealId: request.appeals[0]?.id ?? '',
        meetingItemId: null,
        institutionId: ka.requireUser().institutionId,
        outcome: 'returned',
        reasons: 'Të rishqyrtohet shuma sipas madhësisë së familjes.',
        decidedOn: today(),
      }),
    );
    const after = await ok(await qps.request({ method: 'GET', url: `/api/requests/${request.id}` }));
    expect(after.status).toBe('under_review');
    expect(after.actions).toContain('decide');
    const benefits = await requestDb(t.db.kysely)
      .selectFrom('benefits')
      .select('id')
      .where('request_id', '=', request.id)
      .execute();
    expect(benefits).toHaveLength(0);
  });
});

describe('a commission scheme (KKR) carried out by the DRPR regional coordinator', () => {
  it('decided through recordDecision, executed by rc.peja, recorded as a benefit', async () => {
    const rc = await loginAs(t.app, 'rc.peja');
    const kase = await pejaCase();
    let request = await step(kkr, await submitted(await file(kase.caseId, 'reconstruction')), 'review');
    const member = await accessOf(
      t,
      'kkr.peja',
      ['case.read', 'request.review', 'request.decide'],
      'decideAppeal',
    );
    const benefits = (await counts()).benefits;
    const decision = await t.db.kysely.transaction().execute((trx) =>
      recordDecision(trx, member, {
        requestId: request.id,
        institutionId: member.requireUser().institutionId,
        meetingItemId: null,
        outcome: 'partly_approved',
        amount: 8500,
        currency: 'EUR',
        reasons: 'Rindërtimi i kulmit dhe i dy dhomave sipas procesverbalit.',
        decidedOn: today(),
      }),
    );
    expect(decision.number).toMatch(/^KKR-PEJ-\d{4}-\d{4}$/);
    expect((await counts()).benefits).toBe(benefits);
    request = await ok(await cm.request({ method: 'GET', url: `/api/requests/${request.id}` }));
    expect(request.status).toBe('decided');
    await windowPassed(request.id);
    request = await step(rc, request, 'execution', { startedOn: today() });
    request = await step(rc, request, 'execution/complete', { completedOn: today(), actualCost: 8320 });
    expect(request.execution).toMatchObject({ status: 'completed', actualCost: 8320 });
    const register = await cm.request({ method: 'GET', url: `/api/households/${kase.householdId}/benefits` });
    expect((register.json() as { items: BenefitView[] }).items[0]).toMatchObject({
      schemeCode: 'reconstruction',
      amount: 8320,
      grantedBy: { code: 'DRPR-RC-XK-PE' },
    });
  });
});
