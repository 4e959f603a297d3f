import { officeToday as today } from '@vatra/core';
import type { SchemeReportData } from '@vatra/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractText } from '../../pdf/text.js';
import { readWorkbook } from '../../xlsx/read.js';
import { loginAs, type Session, type TestApp, testApp } from '../../test/harness.js';
import { buildScenario, type Scenario } from '../../test/scheme-report-scenario.js';

// The quarterly scheme report of Peja over the scenario of test-scenario.ts: every figure, the
// PDF's text in Albanian and Serbian, the workbook's cells in sq, sr and en, the recommendations
// of Peja's ZKKK, and the refusals.

let t: TestApp;
let s: Scenario;
let zkkk: Session;
let drpr: Session;
let gjilan: Session;
let cm: Session;
let plan: Session;
let query: string;

beforeAll(async () => {
  t = await testApp();
  await t.db.kysely
    .updateTable('users')
    .set({ locale: 'en' })
    .where('username', 'in', ['zkkk.peja', 'zkkk.gjilan', 'drpr.central', 'cm.peja', 'plan.peja'])
    .execute();
  s = await buildScenario(t);
  zkkk = await loginAs(t.app, 'zkkk.peja');
  drpr = await loginAs(t.app, 'drpr.central');
  gjilan = await loginAs(t.app, 'zkkk.gjilan');
  cm = await loginAs(t.app, 'cm.peja');
  plan = await loginAs(t.app, 'plan.peja');
  query = `jurisdiction=XK-PEJ&year=${s.year}&quarter=${s.quarter}`;
}, 60_000);
afterAll(async () => {
  await t.close();
});

async function report(session: Session, q = query): Promise<SchemeReportData> {
  const response = await session.request({ method: 'GET', url: `/api/scheme-reports?${q}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as SchemeReportData;
}

async function lastAudit() {
  return t.db.kysely
    .selectFrom('audit_log')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
}

const zero = {
  requestsFiled: 0,
  requestsSubmitted: 0,
  approved: 0,
  partlyApproved: 0,
  rejected: 0,
  pendingOverdue: 0,
  appealsFiled: 0,
  appealsUpheld: 0,
  appealsOverturned: 0,
  appealsReturned: 0,
  appealsDecidedLate: 0,
  executionsStarted: 0,
  executionsCompleted: 0,
  medianDaysToComplete: null,
  maxDaysToComplete: null,
  approvedAmount: 0,
  actualCost: 0,
  benefitsCount: 0,
  benefitAmount: 0,
};

describe('scheme report data', () => {
  it('counts every figure per scheme and in total for the running quarter', async () => {
    const data = await report(zkkk);
    expect(data.municipality.code).toBe('XK-PEJ');
    expect(data.currency).toBe('EUR');
    expect(data.period).toMatchObject({ year: s.year, quarter: s.quarter, from: s.from, asOf: today() });
    expect(data.schemes).toHaveLength(20);
    const row = (code: string) => {
      const {
        schemeCode: _code,
        schemeName: _name,
        ...figures
      } = data.schemes.find((r) => r.schemeCode === code) ?? { schemeCode: '', schemeName: null };
      return figures;
    };
    expect(row('social_assistance')).toEqual({
      ...zero,
      requestsFiled: 3,
      requestsSubmitted: 3,
      approved: 1,
      rejected: 1,
      pendingOverdue: 1,
      appealsFiled: 1,
      appealsUpheld: 1,
      appealsDecidedLate: 1,
      approvedAmount: 120,
      benefitsCount: 1,
      benefitAmount: 120,
    });
    expect(row('psychosocial_support')).toEqual({
      ...zero,
      requestsFiled: 1,
      requestsSubmitted: 1,
      partlyApproved: 1,
      approvedAmount: 250,
      executionsStarted: 1,
      executionsCompleted: 1,
      actualCost: 240,
      medianDaysToComplete: s.daysToComplete,
      maxDaysToComplete: s.daysToComplete,
      benefitsCount: 1,
      benefitAmount: 240,
    });
    expect(row('reconstruction')).toEqual({
      ...zero,
      requestsFiled: 1,
      requestsSubmitted: 1,
      approved: 1,
      approvedAmount: 8000,
    });
    expect(row('furnishing')).toEqual(zero);
    expect(data.schemes.find((r) => r.schemeCode === 'reconstruction')?.schemeName?.sq).toBe(
      'Rindërtimi i shtëpisë',
    );
    expect(data.totals).toEqual({
      ...zero,
      requestsFiled: 5,
      requestsSubmitted: 5,
      approved: 2,
      partlyApproved: 1,
      rejected: 1,
      pendingOverdue: 1,
      appealsFiled: 1,
      appealsUpheld: 1,
      appealsDecidedLate: 1,
      executionsStarted: 1,
      executionsCompleted: 1,
      medianDaysToComplete: s.daysToComplete,
      maxDaysToComplete: s.daysToComplete,
      approvedAmount: 8370,
      actualCost: 240,
      benefitsCount: 2,
      benefitAmount: 360,
    });
  });

  it('lists the requests with their decision, appeal, execution and benefit', async () => {
    const data = await report(zkkk);
    const r = s.requests;
    expect(data.requests.map((x) => x.requestNumber)).toEqual(
      [r.assistance, r.support, r.rejected, r.overdue, r.reconstruction].map((x) => x.number).sort(),
    );
    const support = data.requests.find((x) => x.requestId === r.support.id);
    expect(support).toMatchObject({
      caseNumber: s.caseNumbers.gashi,
      person: { name: 'Lule Gashi', masked: false },
      schemeCode: 'psychosocial_support',
      decisionOutcome: 'partly_approved',
      decidedOn: s.from,
      approvedAmount: 250,
      appealOutcome: null,
      executionStatus: 'completed',
      completedOn: today(),
      actualCost: 240,
      benefitOn: today(),
      benefitAmount: 240,
    });
    expect(data.requests.find((x) => x.requestId === r.rejected.id)).toMatchObject({
      decisionOutcome: 'rejected',
      approvedAmount: null,
      appealOutcome: 'upheld',
      benefitAmount: null,
    });
    // Dragana's case is sensitive: initials only.
    expect(data.requests.find((x) => x.requestId === r.overdue.id)?.person).toMatchObject({
      name: 'D. P.',
      masked: true,
    });
    expect(data.requests.find((x) => x.requestId === r.reconstruction.id)).toMatchObject({
      decisionOutcome: 'approved',
      approvedAmount: 8000,
      executionStatus: null,
    });
  });

  it('lists the persons of open returnee cases who received nothing and have nothing pending', async () => {
    const data = await report(zkkk);
    expect(data.receivedNothing.count).toBe(3);
    expect(data.receivedNothing.items.map((i) => [i.caseNumber, i.person.name, i.birthYear])).toEqual([
      [s.caseNumbers.gashi, 'Arta Gashi', 2004],
      [s.caseNumbers.gashi, 'Drita Gashi', 2011],
      [s.caseNumbers.petrovic, 'M. P.', null],
    ]);
    const audit = await lastAudit();
    expect(audit).toMatchObject({
      action: 'scheme_report.read',
      outcome: 'ok',
      username: 'zkkk.peja',
      record_type: 'jurisdiction',
    });
  });

  it('gives DRPR the report of any municipality, and nothing for a quarter not yet begun', async () => {
    const places = async (session: Session) =>
      (
        (await session.request({ method: 'GET', url: '/api/scheme-reports/places' })).json() as {
          items: { code: string }[];
        }
      ).items.map((p) => p.code);
    expect(await places(zkkk)).toEqual(['XK-PEJ']);
    const all = await places(drpr);
    expect(all).toHaveLength(38);
    expect(all).toContain('XK-GJL');
    expect((await report(drpr)).totals.benefitAmount).toBe(360);
    const future = await drpr.request({
      method: 'GET',
      url: `/api/scheme-reports?jurisdiction=XK-PEJ&year=${s.year + 1}&quarter=1`,
    });
    expect(future.statusCode).toBe(422);
    expect(future.json()).toMatchObject({
      error: { fields: { quarter: 'This quarter has not begun yet.' } },
    });
    const gjilanReport = await report(drpr, `jurisdiction=XK-GJL&year=${s.year}&quarter=${s.quarter}`);
    expect(gjilanReport.totals.requestsFiled).toBe(0);
    expect(gjilanReport.receivedNothing.count).toBe(0);
  });
});

describe('refusals', () => {
  it('refuses a foreign municipality with 403 and audits it', async () => {
    for (const url of ['/api/scheme-reports', '/api/scheme-reports/pdf', '/api/scheme-reports/xlsx']) {
      const response = await gjilan.request({ method: 'GET', url: `${url}?${query}` });
      expect(response.statusCode, url).toBe(403);
      expect(response.json()).toMatchObject({ error: { code: 'out_of_jurisdiction' } });
      expect(await lastAudit()).toMatchObject({
        outcome: 'denied',
        username: 'zkkk.gjilan',
        record_type: 'jurisdiction',
      });
    }
  });

  it('names the field of a bad quarter (400) and refuses users without report.export', async () => {
    const bad = await zkkk.request({
      method: 'GET',
      url: `/api/scheme-reports?jurisdiction=XK-PEJ&year=${s.year}&quarter=5`,
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys((bad.json() as { error: { fields: Record<string, string> } }).error.fields)).toEqual([
      'quarter',
    ]);
    const region = await zkkk.request({
      method: 'GET',
      url: `/api/scheme-reports?jurisdiction=XK-PE&year=${s.year}&quarter=1`,
    });
    expect(region.statusCode).toBe(403);
    const forbidden = await cm.request({ method: 'GET', url: `/api/scheme-reports?${query}` });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json()).toMatchObject({ error: { code: 'forbidden' } });
  });
});

describe('recommendations of the ZKKK', () => {
  const body = (extra: Record<string, unknown>) => ({
    jurisdiction: 'XK-PEJ',
    year: s.year,
    quarter: s.quarter,
    schemeCode: null,
    ...extra,
  });

  it('enters versions, keeps history, refuses a stale version and other offices', async () => {
    const first = await zkkk.request({
      method: 'POST',
      url: '/api/scheme-reports/recommendations',
      payload: body({ text: 'Të përshpejtohet zbatimi i vendimeve të KKR-së.', version: 0 }),
    });
    expect(first.statusCode, first.body).toBe(201);
    const stale = await zkkk.request({
      method: 'POST',
      url: '/api/scheme-reports/recommendations',
      payload: body({ text: 'Tjetër.', version: 0 }),
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'stale_recommendation' } });
    const second = await zkkk.request({
      method: 'POST',
      url: '/api/scheme-reports/recommendations',
      payload: body({ text: 'Të përshpejtohet zbatimi; KKR të mblidhet çdo muaj.', version: 1 }),
    });
    expect(second.statusCode, second.body).toBe(201);
    const scheme = await zkkk.request({
      method: 'POST',
      url: '/api/scheme-reports/recommendations',
      payload: body({
        schemeCode: 'social_assistance',
        text: 'Të rishikohet kufiri i të ardhurave.',
        version: 0,
      }),
    });
    expect(scheme.statusCode, scheme.body).toBe(201);
    expect(await lastAudit()).toMatchObject({
      action: 'scheme_report.recommend',
      outcome: 'ok',
      username: 'zkkk.peja',
    });

    const data = await report(drpr);
    expect(data.canRecommend).toBe(false);
    expect(data.recommendations.map((r) => [r.schemeCode, r.version, r.current, r.enteredBy.name])).toEqual([
      [null, 2, true, 'Mimoza Berisha'],
      [null, 1, false, 'Mimoza Berisha'],
      ['social_assistance', 1, true, 'Mimoza Berisha'],
    ]);
    expect((await report(zkkk)).canRecommend).toBe(true);

    const unknown = await zkkk.request({
      method: 'POST',
      url: '/api/scheme-reports/recommendations',
      payload: body({ schemeCode: 'no_such', text: 'X', version: 0 }),
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json()).toMatchObject({
      error: { fields: { schemeCode: 'No such scheme in the catalogue.' } },
    });

    for (const [session, username] of [
      [drpr, 'drpr.central'],
      [plan, 'plan.peja'],
    ] as const) {
      const refused = await session.request({
        method: 'POST',
        url: '/api/scheme-reports/recommendations',
        payload: body({ text: 'X', version: 2 }),
      });
      expect(refused.statusCode, username).toBe(403);
      expect(refused.json()).toMatchObject({ error: { code: 'not_recommending_office' } });
      expect(await lastAudit()).toMatchObject({
        outcome: 'denied',
        username,
        action: 'enterSchemeRecommendation',
      });
    }
    const noScope = await cm.request({
      method: 'POST',
      url: '/api/scheme-reports/recommendations',
      payload: body({ text: 'X', version: 2 }),
    });
    expect(noScope.statusCode).toBe(403);
    expect(noScope.json()).toMatchObject({ error: { code: 'forbidden' } });
    expect(await lastAudit()).toMatchObject({ outcome: 'denied', username: 'cm.peja' });
  });
});

describe('files', () => {
  it('prints the PDF in Albanian and Serbian with diacritics', async () => {
    const sq = await zkkk.request({ method: 'GET', url: `/api/scheme-reports/pdf?${query}&lang=sq` });
    expect(sq.statusCode, sq.body).toBe(200);
    expect(sq.headers['content-type']).toBe('application/pdf');
    expect(sq.headers['content-language']).toBe('sq');
    const sqText = (await extractText(sq.rawPayload)).replace(/\s+/g, ' ');
    for (const expected of [
      'Vlerësimi tremujor i skemave të mbështetjes',
      'Mbështetja psiko-sociale',
      'Ndihma sociale',
      'Rindërtimi i shtëpisë',
      'Personat që nuk kanë përfituar asgjë',
      'Arta Gashi',
      'M. P.',
      s.requests.support.number,
      'Gjithsej',
    ])
      expect(sqText, expected).toContain(expected);
    expect(sqText).toContain('Të rishikohet kufiri i të ardhurave.');
    const sr = await zkkk.request({ method: 'GET', url: `/api/scheme-reports/pdf?${query}&lang=sr` });
    const srText = (await extractText(sr.rawPayload)).replace(/\s+/g, ' ');
    for (const expected of [
      'Tromesečna evaluacija šema podrške',
      'Psihosocijalna podrška',
      'Lica koja nisu ništa dobila',
      'Žalbe po šemi',
      'Ukupno',
    ])
      expect(srText, expected).toContain(expected);
    expect(await lastAudit()).toMatchObject({ action: 'scheme_report.export', outcome: 'ok' });
  });

  it('writes the workbook in sq, sr and en with a per-scheme sheet and a request sheet', async () => {
    const names = {
      sq: {
        schemes: 'Sipas skemës',
        requests: 'Kërkesat dhe përfitimet',
        support: 'Mbështetja psiko-sociale',
        benefit: 'Shuma e përfitimeve',
      },
      sr: {
        schemes: 'Po šemi',
        requests: 'Zahtevi i prava',
        support: 'Psihosocijalna podrška',
        benefit: 'Iznos dodeljenih prava',
      },
      en: {
        schemes: 'Per scheme',
        requests: 'Requests and benefits',
        support: 'Psycho-social support',
        benefit: 'Benefit amount',
      },
    };
    for (const [lang, name] of Object.entries(names)) {
      const response = await drpr.request({
        method: 'GET',
        url: `/api/scheme-reports/xlsx?${query}&lang=${lang}`,
      });
      expect(response.statusCode, response.body).toBe(200);
      const workbook = await readWorkbook(response.rawPayload);
      const sheet = workbook.getWorksheet(name.schemes);
      expect(sheet, lang).toBeDefined();
      const header = (sheet?.getRow(1).values as unknown[]).slice(1);
      const benefitColumn = header.indexOf(name.benefit) + 1;
      expect(benefitColumn, lang).toBeGreaterThan(0);
      let found = false;
      sheet?.eachRow((row) => {
        if (row.getCell(1).value === name.support) {
          found = true;
          expect(row.getCell(benefitColumn).value).toBe(240);
          expect(row.getCell(2).value).toBe('psychosocial_support');
        }
      });
      expect(found, lang).toBe(true);
      const requests = workbook.getWorksheet(name.requests);
      const rows: unknown[][] = [];
      requests?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      const support = rows.find((row) => row[0] === s.requests.support.number);
      expect(support?.[2]).toBe('Lule Gashi');
      expect(support?.[15]).toBe(240);
      expect(support?.[13]).toBe(240);
      expect(rows).toHaveLength(6);
    }
  });
});
