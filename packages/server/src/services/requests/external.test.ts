import { officeToday as today } from '@vatra/core';
import type { RequestView } from '@vatra/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemeLinkDb } from '../../storage/action-plans/scheme-links.js';
import { insertCaseWithDocument } from '../../test/request-fixtures.js';
import { loginAs, testApp, type Session, type TestApp } from '../../test/harness.js';

// A profit-tax exemption is decided by the Tax Administration (ATK), a body with no users in
// Vatra (institution type marked external): the Peja case manager who filed the request records
// ATK's decision from its letter. Vatra's own bodies (QPS for social assistance) are not
// answered this way.

let t: TestApp;
let cm: Session;
let plan: Session;
let gjilan: Session;
const PEJA = { code: 'XK-PEJ', local: 'PEJ', settlement: 'Vitomiricë' };

beforeAll(async () => {
  t = await testApp();
  await t.db.kysely.updateTable('users').set({ locale: 'en' }).where('username', 'in', ['cm.peja']).execute();
  cm = await loginAs(t.app, 'cm.peja');
  plan = await loginAs(t.app, 'plan.peja');
  gjilan = await loginAs(t.app, 'zkkk.gjilan');
});
afterAll(async () => {
  await t.close();
});

function post(session: Session, url: string, payload: Record<string, unknown>) {
  return session.request({ method: 'POST', url, payload });
}

async function ok(response: { statusCode: number; body: string; json(): unknown }, status = 200) {
  expect(response.statusCode, response.body).toBe(status);
  return response.json() as RequestView;
}

/** Filed by cm.peja, every document waived, submitted. */
async function submitted(caseId: string, schemeCode: string, submit = true): Promise<RequestView> {
  let request = await ok(
    await post(cm, `/api/cases/${caseId}/requests`, {
      schemeCode,
      description: 'Lirim nga tatimi në fitim për biznesin e familjes pas kthimit.',
      amountRequested: 1200,
    }),
    201,
  );
  for (const document of request.documents)
    request = await ok(
      await post(cm, `/api/requests/${request.id}/documents`, {
        requirement: document.requirement,
        waivedReason: 'Dokumenti gjendet në dosjen fizike.',
        version: request.version,
      }),
    );
  if (!submit) return request;
  return ok(await post(cm, `/api/requests/${request.id}/submit`, { version: request.version }));
}

function letter(request: RequestView, documentId: string, extra: Record<string, unknown> = {}) {
  return {
    outcome: 'approved',
    amount: 950,
    reasons: 'Biznesi plotëson kushtet e nenit 32 të ligjit për tatimin në fitim.',
    reference: 'ATK-2026/04417',
    decidedOn: today(),
    letterDocumentId: documentId,
    version: request.version,
    ...extra,
  };
}

async function refusals(requestId: string) {
  return t.db.kysely
    .selectFrom('audit_log')
    .select(['action', 'outcome', 'details'])
    .where('record_id', '=', requestId)
    .where('outcome', '=', 'denied')
    .execute();
}

async function deniedCount() {
  const rows = await t.db.kysely
    .selectFrom('audit_log')
    .select('id')
    .where('outcome', '=', 'denied')
    .execute();
  return rows.length;
}

describe('decisions of a body outside Vatra (ATK)', () => {
  it('are recorded by the case manager from the letter: numbered, with the benefit, event, audit and letter', async () => {
    const kase = await insertCaseWithDocument(t.db.kysely, PEJA);
    const request = await submitted(kase.caseId, 'profit_tax_exemption');
    expect(request.decidingType).toBe('ATK');
    expect(request.actions).toContain('recordExternal');
    expect(request.actions).not.toContain('decide');

    const decided = await ok(
      await post(cm, `/api/requests/${request.id}/external-decision`, letter(request, kase.documentId)),
    );
    expect(decided.status).toBe('decided');
    expect(decided.actions).not.toContain('recordExternal');
    expect(decided.decisions).toHaveLength(1);
    const decision = decided.decisions[0];
    expect(decision?.number).toMatch(/^ATK-PEJ-\d{4}-0001$/);
    expect(decision?.institution.code).toBe('ATK-XK');
    expect(decision).toMatchObject({ outcome: 'approved', amount: 950, decidedOn: today() });
    expect(decided.decidingInstitution?.code).toBe('ATK-XK');
    expect(decision?.letter).toEqual({ reference: 'ATK-2026/04417', documentId: kase.documentId });

    const db = schemeLinkDb(t.db.kysely);
    const letters = await db
      .selectFrom('request_decision_letters')
      .selectAll()
      .where('decision_id', '=', decision?.id ?? '')
      .execute();
    expect(letters).toHaveLength(1);
    expect(letters[0]).toMatchObject({ reference: 'ATK-2026/04417', letter_document_id: kase.documentId });
    // Nothing to carry out: the exemption is a benefit at once, granted by ATK.
    const benefits = await db
      .selectFrom('benefits as b')
      .innerJoin('institutions as i', 'i.id', 'b.granted_by_institution_id')
      .select(['b.scheme_code', 'b.amount', 'b.person_id', 'i.type_code'])
      .where('b.request_id', '=', request.id)
      .execute();
    expect(benefits).toEqual([
      { scheme_code: 'profit_tax_exemption', amount: '950', person_id: kase.personIds[0], type_code: 'ATK' },
    ]);
    const events = await db
      .selectFrom('case_events')
      .select(['kind', 'details'])
      .where('case_id', '=', kase.caseId)
      .where('kind', '=', 'request.decided')
      .execute();
    expect(events).toHaveLength(1);
    expect(events[0]?.details).toMatchObject({ externalReference: 'ATK-2026/04417' });
    const audit = await db
      .selectFrom('audit_log')
      .select(['details', 'outcome'])
      .where('record_id', '=', request.id)
      .where('action', '=', 'request.decide')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.details).toMatchObject({
      externalReference: 'ATK-2026/04417',
      letterDocumentId: kase.documentId,
      outcome: 'approved',
    });

    // A second ATK request reuses the body's institution and its numbering.
    const second = await submitted(kase.caseId, 'profit_tax_exemption');
    const rejected = await ok(
      await post(
        cm,
        `/api/requests/${second.id}/external-decision`,
        letter(second, kase.documentId, { outcome: 'rejected', amount: null, reference: 'ATK-2026/05120' }),
      ),
    );
    expect(rejected.decisions[0]?.number).toMatch(/^ATK-PEJ-\d{4}-0002$/);
    expect(rejected.decisions[0]?.amount).toBeNull();
    const secondBenefits = await db
      .selectFrom('benefits')
      .select('id')
      .where('request_id', '=', second.id)
      .execute();
    expect(secondBenefits).toHaveLength(0);
  });

  it('are refused for a body of Vatra (403 not_deciding_body, audited) and for others than the case side', async () => {
    const kase = await insertCaseWithDocument(t.db.kysely, PEJA);
    const request = await submitted(kase.caseId, 'social_assistance');
    expect(request.actions).not.toContain('recordExternal');
    const response = await post(
      cm,
      `/api/requests/${request.id}/external-decision`,
      letter(request, kase.documentId),
    );
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ error: { code: 'not_deciding_body' } });
    expect((await refusals(request.id)).map((row) => row.details)).toContainEqual(
      expect.objectContaining({ reason: 'not_deciding_body', action: 'recordExternal' }),
    );

    const atk = await submitted(kase.caseId, 'profit_tax_exemption');
    const deniedBefore = await deniedCount();
    // The plan coordinator does not file requests: the scope is refused by the access hook.
    const coordinator = await post(
      plan,
      `/api/requests/${atk.id}/external-decision`,
      letter(atk, kase.documentId),
    );
    expect(coordinator.statusCode).toBe(403);
    // Gjilan is another jurisdiction.
    const foreign = await post(
      gjilan,
      `/api/requests/${atk.id}/external-decision`,
      letter(atk, kase.documentId),
    );
    expect(foreign.statusCode).toBe(403);
    // Both refusals audited (the scope one names no record: the hook refuses before reading it).
    expect(await deniedCount()).toBe(deniedBefore + 2);
    expect(await refusals(atk.id)).toHaveLength(1);
    const unchanged = await ok(await cm.request({ method: 'GET', url: `/api/requests/${atk.id}` }));
    expect(unchanged.status).toBe('submitted');
    expect(unchanged.decisions).toHaveLength(0);
  });

  it('refuses a letter of another case (422), a missing letter (400), a stale version and a draft (409)', async () => {
    const kase = await insertCaseWithDocument(t.db.kysely, PEJA);
    const other = await insertCaseWithDocument(t.db.kysely, PEJA);
    const request = await submitted(kase.caseId, 'profit_tax_exemption');
    const url = `/api/requests/${request.id}/external-decision`;

    const foreignLetter = await post(cm, url, letter(request, other.documentId));
    expect(foreignLetter.statusCode).toBe(422);
    expect(foreignLetter.json()).toMatchObject({
      error: { fields: { letterDocumentId: expect.any(String) } },
    });

    const { letterDocumentId: _omitted, ...withoutLetter } = letter(request, kase.documentId);
    const missing = await post(cm, url, withoutLetter);
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({ error: { fields: { letterDocumentId: expect.any(String) } } });

    const noReference = await post(cm, url, letter(request, kase.documentId, { reference: '' }));
    expect(noReference.statusCode).toBe(400);
    expect(noReference.json()).toMatchObject({ error: { fields: { reference: expect.any(String) } } });

    const stale = await post(cm, url, letter(request, kase.documentId, { version: request.version - 1 }));
    expect(stale.statusCode).toBe(409);

    const draft = await submitted(kase.caseId, 'profit_tax_exemption', false);
    const early = await post(
      cm,
      `/api/requests/${draft.id}/external-decision`,
      letter(draft, kase.documentId),
    );
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ error: { code: 'invalid_transition' } });

    const decisions = await t.db.kysely
      .selectFrom('audit_log')
      .select('id')
      .where('record_id', 'in', [request.id, draft.id])
      .where('action', '=', 'request.decide')
      .execute();
    expect(decisions).toHaveLength(0);
  });
});
