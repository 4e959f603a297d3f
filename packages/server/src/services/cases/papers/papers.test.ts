import type { CaseDetail } from '@vatra/core';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractText } from '../../../pdf/text.js';
import { loginAs, testApp, type TestApp } from '../../../test/harness.js';
import { insertSampleHousehold, samplePerson } from '../../registry/samples.js';

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => {
  await t.close();
});

/** A Serbian-speaking family in Gjilan with a case, moved straight to "assessed" in SQL. */
async function gjilanCase() {
  const { householdId, personIds } = await insertSampleHousehold(t.db.kysely, 'XK-GJL', [
    samplePerson({
      firstName: 'Đorđe',
      lastName: 'Šćepanović',
      fatherName: 'Živojin',
      community: 'serbian',
      languages: ['sr', 'de'],
      countryReturnedFrom: 'AT',
    }),
  ]);
  const zkkk = await loginAs(t.app, 'zkkk.gjilan');
  const opened = await zkkk.request({
    method: 'POST',
    url: '/api/cases',
    payload: { householdId, personId: personIds[0] },
  });
  expect(opened.statusCode, opened.body).toBe(201);
  const kase = opened.json() as CaseDetail;
  await sql`update cases set stage = 'assessed' where id = ${kase.id}`.execute(t.db.kysely);
  return { zkkk, kase, personId: personIds[0] ?? '' };
}

async function pdfText(response: {
  statusCode: number;
  headers: Record<string, unknown>;
  rawPayload: Buffer;
}) {
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toBe('application/pdf');
  // Table cells wrap: compare with whitespace folded.
  return (await extractText(new Uint8Array(response.rawPayload))).replace(/\s+/g, ' ');
}

describe('papers of the case path', () => {
  it('prints the certificate of repatriation in the person’s language, diacritics intact', async () => {
    const { zkkk, kase, personId } = await gjilanCase();
    const issued = await zkkk.request({
      method: 'POST',
      url: `/api/cases/${kase.id}/certificates`,
      payload: { personId },
    });
    expect(issued.statusCode, issued.body).toBe(200);
    const certificate = (issued.json() as CaseDetail).certificates[0];
    expect(certificate?.number).toMatch(/^VR-GJL-\d{4}-0001$/);
    const url = `/api/cases/${kase.id}/certificates/${certificate?.id}/pdf`;
    const serbian = await pdfText(await zkkk.request({ method: 'GET', url }));
    expect(serbian).toContain('Potvrda o repatrijaciji');
    expect(serbian).toContain('Đorđe Šćepanović');
    expect(serbian).toContain('Živojin');
    expect(serbian).toContain(certificate?.number);
    const cyrillic = await pdfText(await zkkk.request({ method: 'GET', url: `${url}?locale=sr-Cyrl` }));
    expect(cyrillic).toContain('Потврда о репатријацији');
    const albanian = await pdfText(await zkkk.request({ method: 'GET', url: `${url}?locale=sq` }));
    expect(albanian).toContain('Vërtetim i riatdhesimit');
    expect(albanian).toContain('Đorđe Šćepanović');
  });

  it('prints the plan, the case-manager decision and the closure report', async () => {
    const { zkkk, kase } = await gjilanCase();
    const qps = await loginAs(t.app, 'qps.gjilan');
    const drafted = await qps.request({
      method: 'POST',
      url: `/api/cases/${kase.id}/plans`,
      payload: {
        personId: null,
        goal: 'Lična karta, upis dece u školu i grejanje pre zime.',
        items: [
          { serviceCode: 'civil_documents', priority: 'high' },
          {
            serviceCode: 'school_placement',
            priority: 'medium',
            responsibleInstitutionId: (
              await t.db.kysely
                .selectFrom('institutions')
                .select('id')
                .where('code', '=', 'DKA-XK-GJL')
                .executeTakeFirstOrThrow()
            ).id,
          },
        ],
      },
    });
    expect(drafted.statusCode, drafted.body).toBe(200);
    const plan = (drafted.json() as CaseDetail).plans[0];
    const approved = await qps.request({
      method: 'POST',
      url: `/api/plans/${plan?.id}/approve`,
      payload: { version: 1 },
    });
    expect(approved.statusCode).toBe(200);
    const planText = await pdfText(await qps.request({ method: 'GET', url: `/api/plans/${plan?.id}/pdf` }));
    expect(planText).toContain('Individualni plan reintegracije (IPR)');
    expect(planText).toContain('Lična karta, upis dece u školu i grejanje pre zime.');
    expect(planText).toContain('Upis u školu nakon provere znanja');
    expect(planText).toContain('ODO Gnjilane');
    // Printed in Albanian for a Serbian-speaking reader: the institution too is named in Albanian.
    const albanianPlan = await pdfText(
      await qps.request({ method: 'GET', url: `/api/plans/${plan?.id}/pdf?locale=sq` }),
    );
    expect(albanianPlan).toContain('DKA Gjilan');
    expect(albanianPlan).not.toContain('ODO Gnjilane');

    const manager = await t.db.kysely
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'cm.gjilan')
      .executeTakeFirstOrThrow();
    const appointed = await qps.request({
      method: 'POST',
      url: `/api/cases/${kase.id}/case-manager`,
      payload: {
        userId: manager.id,
        decisionDate: new Date().toISOString().slice(0, 10),
        version: approved.json().version,
      },
    });
    expect(appointed.statusCode, appointed.body).toBe(200);
    const assignment = (appointed.json() as CaseDetail).assignments[0];
    const decision = await pdfText(
      await qps.request({
        method: 'GET',
        url: `/api/cases/${kase.id}/assignments/${assignment?.id}/pdf?locale=sq`,
      }),
    );
    expect(decision).toContain('Vendim për caktimin e menaxherit të rastit');
    expect(decision).toContain('Nexhmije Rama');
    expect(decision).toContain(assignment?.decisionNumber);

    const closed = await zkkk.request({
      method: 'POST',
      url: `/api/cases/${kase.id}/close`,
      payload: {
        outcome: 're_emigrated',
        planAchieved: 'partly',
        evaluation: 'Porodica se ponovo iselila u Austriju; dokumenta su izdata.',
        coordinatorName: 'Srđan Mitić',
        version: appointed.json().version,
      },
    });
    expect(closed.statusCode, closed.body).toBe(200);
    const report = await pdfText(
      await zkkk.request({ method: 'GET', url: `/api/cases/${kase.id}/closure/pdf` }),
    );
    expect(report).toContain('Izveštaj o zatvaranju slučaja');
    expect(report).toContain('Ponovo emigrirao');
    expect(report).toContain('Srđan Mitić');
    expect(report).toContain('Porodica se ponovo iselila u Austriju; dokumenta su izdata.');

    const audited = await t.db.kysely
      .selectFrom('audit_log')
      .select('action')
      .where('record_id', '=', kase.id)
      .where('action', 'like', 'case.paper.%')
      .execute();
    expect(audited.map((row) => row.action).sort()).toEqual([
      'case.paper.closure',
      'case.paper.decision',
      'case.paper.plan',
      'case.paper.plan',
    ]);
  });

  it('refuses a paper of a case outside the jurisdiction', async () => {
    const { kase } = await gjilanCase();
    const peja = await loginAs(t.app, 'qps.peja');
    const response = await peja.request({ method: 'GET', url: `/api/cases/${kase.id}/closure/pdf` });
    expect(response.statusCode).toBe(403);
  });
});
