import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PlanBudget, PlanIndicatorState } from '@vatra/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadForms } from '../../config/forms.js';
import { loadCountries } from '../../config/load.js';
import { extractText } from '../../pdf/text.js';
import { seedDemoCases } from '../../demo/cases/seed-cases.js';
import { planDb } from '../../storage/action-plans/tables.js';
import { loginAs, testApp, type Session, type TestApp } from '../../test/harness.js';
import { multipart } from '../../test/multipart.js';
import { planId } from '../../test/plans.js';
import { readWorkbook } from '../../xlsx/read.js';
import { evaluateIndicator } from '../indicators/evaluate.js';

// Implementing plans against the demo cases: computed and manual indicators, evidence, money,
// dated steps, measures done or overdue, the national comparison and the dashboard.

let t: TestApp;
let dataDir: string;
let peja: Session;
let pejaPlan: string;
const year = new Date().getUTCFullYear();

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'vatra-plan-progress-'));
  t = await testApp({ VATRA_DATA_DIR: dataDir });
  await seedDemoCases(t.db, {
    documentsDir: join(dataDir, 'documents'),
    countries: loadCountries(['kosovo']),
    forms: loadForms(['kosovo']),
  });
  peja = await loginAs(t.app, 'plan.peja');
  pejaPlan = await planId(t, 'peja-reintegration-2026-2028');
}, 120_000);
afterAll(async () => {
  await t.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function indicators(session: Session, id: string, forYear = year): Promise<PlanIndicatorState[]> {
  const response = await session.request({
    method: 'GET',
    url: `/api/action-plans/${id}/indicators?year=${forYear}`,
  });
  expect(response.statusCode).toBe(200);
  return response.json().items;
}

describe('plan indicators', () => {
  it('computes a linked indicator exactly as its definition does, and shows the definition', async () => {
    const states = await indicators(peja, pejaPlan);
    const percent = states.find((state) => state.unit === 'percent');
    if (!percent) throw new Error('no percent indicator');
    const linked = await peja.request({
      method: 'PUT',
      url: `/api/action-plans/${pejaPlan}/indicators/${percent.indicatorId}/link`,
      payload: { definitionKey: 'cases.visited_72h' },
    });
    expect(linked.statusCode).toBe(200);
    const state: PlanIndicatorState = linked.json();
    const path = (
      await t.db.kysely
        .selectFrom('jurisdictions')
        .select('path')
        .where('code', '=', 'XK-PEJ')
        .executeTakeFirstOrThrow()
    ).path;
    const today = new Date().toISOString().slice(0, 10);
    const expected = await evaluateIndicator(t.db.kysely, 'cases.visited_72h', {
      jurisdictionPath: path,
      from: `${year}-01-01`,
      to: today < `${year}-12-31` ? today : `${year}-12-31`,
    });
    expect(state.link).toEqual({ definitionKey: 'cases.visited_72h' });
    expect(state.computed).toEqual(expected);
    expect(expected.denominator).toBeGreaterThan(0);
    expect(state.current).toBe(expected.value);
    expect(state.progress.status).not.toBe('no_data');
    const definitions = (await peja.request({ method: 'GET', url: '/api/indicator-definitions' })).json();
    const definition = definitions.items.find((item: { key: string }) => item.key === 'cases.visited_72h');
    expect(definition.definition.sq.length).toBeGreaterThan(20);
    // A count cannot measure a share.
    const wrongUnit = await peja.request({
      method: 'PUT',
      url: `/api/action-plans/${pejaPlan}/indicators/${percent.indicatorId}/link`,
      payload: { definitionKey: 'cases.registered' },
    });
    expect(wrongUnit.statusCode).toBe(422);
    const unknown = await peja.request({
      method: 'PUT',
      url: `/api/action-plans/${pejaPlan}/indicators/${percent.indicatorId}/link`,
      payload: { definitionKey: 'no.such.thing' },
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.fields.definitionKey).toMatch(/tregues/);
  });

  it('records a manual value with its evidence, the latest record of a period counting', async () => {
    const states = await indicators(peja, pejaPlan);
    const manual = states.find((state) => state.link === null && state.unit === 'count');
    if (!manual) throw new Error('no manual count indicator');
    const pdf = Buffer.from(
      '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
    );
    const upload = await peja.request({
      method: 'POST',
      url: `/api/action-plans/${pejaPlan}/evidence`,
      ...multipart({ note: 'Procesverbali i takimit' }, { name: 'procesverbal-takimi.pdf', bytes: pdf }),
    });
    expect(upload.statusCode).toBe(201);
    const evidenceId: string = upload.json().id;
    const disguised = await peja.request({
      method: 'POST',
      url: `/api/action-plans/${pejaPlan}/evidence`,
      ...multipart({}, { name: 'lista.pdf', bytes: Buffer.from('not a pdf at all') }),
    });
    expect(disguised.statusCode).toBe(415);
    const url = `/api/action-plans/${pejaPlan}/indicators/${manual.indicatorId}/values`;
    const first = await peja.request({
      method: 'POST',
      url,
      payload: {
        periodStart: `${year}-01-01`,
        periodEnd: `${year}-03-31`,
        value: 12,
        evidenceDocumentId: evidenceId,
      },
    });
    expect(first.statusCode).toBe(201);
    const corrected = await peja.request({
      method: 'POST',
      url,
      payload: {
        periodStart: `${year}-01-01`,
        periodEnd: `${year}-03-31`,
        value: 14,
        note: 'Two families added late',
      },
    });
    const state: PlanIndicatorState = corrected.json();
    expect(state.manual).toHaveLength(1);
    expect(state.manual[0]).toMatchObject({
      value: 14,
      note: 'Two families added late',
      recordedBy: { name: 'Blerta Rugova' },
    });
    expect(state.current).toBe(14);
    const rows = await planDb(t.db.kysely)
      .selectFrom('action_plan_indicator_values')
      .select('value')
      .where('indicator_id', '=', manual.indicatorId)
      .execute();
    expect(rows).toHaveLength(2);
    const evidence = await peja.request({
      method: 'GET',
      url: `/api/action-plans/${pejaPlan}/evidence/${evidenceId}`,
    });
    expect(evidence.statusCode).toBe(200);
    expect(evidence.rawPayload.equals(pdf)).toBe(true);
    const backwards = await peja.request({
      method: 'POST',
      url,
      payload: { periodStart: `${year}-03-01`, periodEnd: `${year}-01-01`, value: 1 },
    });
    expect(backwards.statusCode).toBe(422);
    expect(backwards.json().error.fields).toHaveProperty('periodEnd');
    const foreignEvidence = await peja.request({
      method: 'POST',
      url,
      payload: {
        periodStart: `${year}-04-01`,
        periodEnd: `${year}-06-30`,
        value: 1,
        evidenceDocumentId: '00000000-0000-4000-8000-000000000000',
      },
    });
    expect(foreignEvidence.statusCode).toBe(422);
    const computed = (await indicators(peja, pejaPlan)).find((s) => s.link !== null);
    if (computed) {
      const refused = await peja.request({
        method: 'POST',
        url: `/api/action-plans/${pejaPlan}/indicators/${computed.indicatorId}/values`,
        payload: { periodStart: `${year}-01-01`, periodEnd: `${year}-01-31`, value: 1 },
      });
      expect(refused.statusCode).toBe(409);
    }
    const gjilan = await loginAs(t.app, 'plan.gjilan');
    const foreign = await gjilan.request({
      method: 'POST',
      url,
      payload: { periodStart: `${year}-01-01`, periodEnd: `${year}-01-31`, value: 1 },
    });
    expect(foreign.statusCode).toBe(403);
  });
});

describe('plan budget and implementation', () => {
  it('shows Pukë’s typed totals that disagree, money spent and the yearly steps', async () => {
    const puke = await loginAs(t.app, 'plan.puke');
    const id = await planId(t, 'puke-social-plan-2021-2023');
    const budget: PlanBudget = (
      await puke.request({ method: 'GET', url: `/api/action-plans/${id}/budget` })
    ).json();
    expect(budget.discrepancies.map((d) => [d.id, d.stated, d.computed])).toEqual([
      ['g2-total', 106_800_657, 109_800_657],
      ['social-fund-total', 118_578_657, 121_578_657],
    ]);
    expect(budget.steps.map((s) => [s.stepId, s.year, s.dueOn, s.state])).toEqual([
      ['step-council', 2021, '2021-02-28', 'overdue'],
      ['step-ministry', 2021, '2021-03-31', 'overdue'],
      ['step-council', 2022, '2022-02-28', 'overdue'],
      ['step-ministry', 2022, '2022-03-31', 'overdue'],
      ['step-council', 2023, '2023-02-28', 'overdue'],
      ['step-ministry', 2023, '2023-03-31', 'overdue'],
    ]);
    const row = budget.rows.find((line) => line.planned.length > 0);
    if (!row) throw new Error('no planned row');
    const spent = await puke.request({
      method: 'POST',
      url: `/api/action-plans/${id}/spending`,
      payload: {
        rowId: row.rowId,
        year: 2022,
        fundingSource: 'Buxheti i Bashkisë',
        amount: 250_000,
        currency: 'ALL',
        spentOn: '2022-06-15',
      },
    });
    expect(spent.statusCode).toBe(201);
    const after: PlanBudget = spent.json();
    expect(after.rows.find((line) => line.rowId === row.rowId)?.actual).toEqual([
      { year: 2022, currency: 'ALL', fundingSource: 'Buxheti i Bashkisë', amount: 250_000 },
    ]);
    expect(after.totals.find((total) => total.year === 2022 && total.currency === 'ALL')?.actual).toBe(
      250_000,
    );
    const outside = await puke.request({
      method: 'POST',
      url: `/api/action-plans/${id}/spending`,
      payload: {
        rowId: row.rowId,
        year: 2030,
        fundingSource: 'x',
        amount: 1,
        currency: 'ALL',
        spentOn: '2030-01-01',
      },
    });
    expect(outside.statusCode).toBe(422);
    expect(outside.json().error.fields).toHaveProperty('year');
    const done = await puke.request({
      method: 'POST',
      url: `/api/action-plans/${id}/steps`,
      payload: { stepId: 'step-council', year: 2022, doneOn: '2022-02-24' },
    });
    expect(
      done
        .json()
        .steps.find((s: { year: number; stepId: string }) => s.year === 2022 && s.stepId === 'step-council'),
    ).toMatchObject({
      doneOn: '2022-02-24',
      state: 'done',
    });
  });

  it('marks measures done, lists the overdue ones and puts them on the dashboard', async () => {
    const kacanik = await loginAs(t.app, 'plan.kacanik');
    const id = await planId(t, 'kacanik-reintegration-2019-2022');
    const rows = (await kacanik.request({ method: 'GET', url: `/api/action-plans/${id}/rows` })).json().items;
    const overdue = rows.filter((row: { overdue: boolean }) => row.overdue);
    expect(overdue.length).toBeGreaterThan(1);
    const first = overdue[0];
    const marked = await kacanik.request({
      method: 'POST',
      url: `/api/action-plans/${id}/rows/${first.rowId}/progress`,
      payload: { status: 'done', note: 'Realizuar në dhjetor 2020' },
    });
    expect(marked.statusCode).toBe(200);
    expect(marked.json()).toMatchObject({
      status: 'done',
      overdue: false,
      recordedBy: { name: 'Besnik Sahiti' },
    });
    const dashboard = (await kacanik.request({ method: 'GET', url: '/api/plan-dashboard' })).json();
    expect(dashboard.plans).toHaveLength(1);
    expect(dashboard.plans[0].overdueCount).toBe(overdue.length - 1);
    const counted = Object.values(dashboard.plans[0].progress as Record<string, number>).reduce(
      (a, b) => a + b,
      0,
    );
    expect(counted).toBe(dashboard.plans[0].plan.counts.indicators);
  });
});

describe('progress reports', () => {
  it('gives the quarterly report as PDF and XLSX in each language, with the analysis of the period', async () => {
    const written = await peja.request({
      method: 'POST',
      url: `/api/action-plans/${pejaPlan}/analyses`,
      payload: {
        periodStart: `${year}-07-01`,
        periodEnd: `${year}-09-30`,
        challenges: 'Mungesa e banesave sociale për familjet e kthyera në Vitomiricë.',
        recommendations: 'Të ndahet fondi për qira në buxhetin e vitit të ardhshëm.',
      },
    });
    expect(written.statusCode).toBe(201);
    for (const [lang, word] of [
      ['sq', 'Sfidat'],
      ['sr', 'Izazovi'],
      ['en', 'Challenges'],
    ] as const) {
      const pdf = await peja.request({
        method: 'GET',
        url: `/api/action-plans/${pejaPlan}/report?period=quarter&year=${year}&part=3&format=pdf&lang=${lang}`,
      });
      expect(pdf.statusCode, lang).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      const text = await extractText(pdf.rawPayload);
      expect(text).toContain(word);
      expect(text).toContain('Vitomiricë');
      const xlsx = await peja.request({
        method: 'GET',
        url: `/api/action-plans/${pejaPlan}/report?period=quarter&year=${year}&part=3&format=xlsx&lang=${lang}`,
      });
      expect(xlsx.statusCode, lang).toBe(200);
      const workbook = await readWorkbook(xlsx.rawPayload);
      expect(workbook.worksheets.length).toBe(11);
    }
    const zkkk = await loginAs(t.app, 'qps.peja');
    const refused = await zkkk.request({
      method: 'GET',
      url: `/api/action-plans/${pejaPlan}/report?period=year&year=${year}&format=pdf`,
    });
    expect(refused.statusCode).toBe(403);
    const early = await peja.request({
      method: 'GET',
      url: `/api/action-plans/${pejaPlan}/report?period=year&year=2020&format=pdf`,
    });
    expect(early.statusCode).toBe(422);
  });
});

describe('national view', () => {
  it('compares every municipality of Kosovo on one definition, computed the same way', async () => {
    const drpr = await loginAs(t.app, 'drpr.central');
    const response = await drpr.request({
      method: 'GET',
      url: `/api/action-plans/compare?definition=cases.registered&year=${year}`,
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.items.map((item: { municipality: { code: string } }) => item.municipality.code)).toEqual([
      'XK-GJL',
      'XK-KAC',
      'XK-PEJ',
    ]);
    for (const item of body.items) {
      const path = (
        await t.db.kysely
          .selectFrom('jurisdictions')
          .select('path')
          .where('code', '=', item.municipality.code)
          .executeTakeFirstOrThrow()
      ).path;
      const expected = await evaluateIndicator(t.db.kysely, 'cases.registered', {
        jurisdictionPath: path,
        from: item.value.from,
        to: item.value.to,
      });
      expect(item.value).toEqual(expected);
    }
    const peja = await loginAs(t.app, 'plan.peja');
    const own = (
      await peja.request({
        method: 'GET',
        url: `/api/action-plans/compare?definition=cases.registered&year=${year}`,
      })
    ).json();
    expect(own.items.map((item: { municipality: { code: string } }) => item.municipality.code)).toEqual([
      'XK-PEJ',
    ]);
    const bad = await drpr.request({
      method: 'GET',
      url: `/api/action-plans/compare?definition=nothing&year=${year}`,
    });
    expect(bad.statusCode).toBe(422);
  });
});
