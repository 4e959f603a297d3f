import { officeToday as today } from '@vatra/core';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CountryConfig, RequestView, SchemeView } from '@vatra/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFIG_DIR, loadCountries, loadCountry } from '../../config/load.js';
import { loginAs, testApp, type Session, type TestApp } from '../../test/harness.js';
import { insertCaseWithDocument } from '../../test/request-fixtures.js';
import { requestDb } from '../../storage/requests/tables.js';
import { addDays } from './dates.js';

// A municipality runs the country's scheme catalogue on its own terms (scheme-overrides.json):
// Peja decides renovations in 20 days instead of 60 and does not offer municipal plots; Gjilan
// keeps the country's terms.

const PEJA = { code: 'XK-PEJ', local: 'PEJ', settlement: 'Vitomiricë' };
const GJILAN = { code: 'XK-GJL', local: 'GJL', settlement: 'Dobërçan' };

let t: TestApp;
let peja: Session;
let gjilan: Session;

beforeAll(async () => {
  const countries: CountryConfig[] = loadCountries(['kosovo', 'albania']).map((country) =>
    country.country.code === 'XK'
      ? {
          ...country,
          schemeOverrides: [
            {
              municipality: 'XK-PEJ',
              scheme: 'renovation',
              offered: true,
              decisionDays: 20,
              appealWindowDays: 8,
            },
            { municipality: 'XK-PEJ', scheme: 'municipal_plot', offered: false },
          ],
        }
      : country,
  );
  t = await testApp({}, { countries });
  await t.db.kysely
    .updateTable('users')
    .set({ locale: 'en' })
    .where('username', 'in', ['cm.peja', 'cm.gjilan'])
    .execute();
  peja = await loginAs(t.app, 'cm.peja');
  gjilan = await loginAs(t.app, 'cm.gjilan');
});
afterAll(async () => {
  await t.close();
});

async function fileAndSubmit(session: Session, caseId: string, schemeCode: string): Promise<RequestView> {
  const filed = await session.request({
    method: 'POST',
    url: `/api/cases/${caseId}/requests`,
    payload: {
      schemeCode,
      description: 'Riparimi i kulmit dhe i dritareve të shtëpisë.',
      amountRequested: 3200,
    },
  });
  expect(filed.statusCode, filed.body).toBe(201);
  let request = filed.json() as RequestView;
  for (const document of request.documents) {
    const waived = await session.request({
      method: 'POST',
      url: `/api/requests/${request.id}/documents`,
      payload: {
        requirement: document.requirement,
        waivedReason: 'Në dosjen fizike.',
        version: request.version,
      },
    });
    expect(waived.statusCode, waived.body).toBe(200);
    request = waived.json() as RequestView;
  }
  const submitted = await session.request({
    method: 'POST',
    url: `/api/requests/${request.id}/submit`,
    payload: { version: request.version },
  });
  expect(submitted.statusCode, submitted.body).toBe(200);
  return submitted.json() as RequestView;
}

describe('a municipality’s own terms for a scheme', () => {
  it('shows each municipal user the catalogue as their municipality runs it', async () => {
    const mine = (await peja.request({ method: 'GET', url: '/api/schemes' })).json() as {
      items: SchemeView[];
    };
    const theirs = (await gjilan.request({ method: 'GET', url: '/api/schemes' })).json() as {
      items: SchemeView[];
    };
    expect(mine.items.find((s) => s.code === 'renovation')).toMatchObject({
      decisionDays: 20,
      appealWindowDays: 8,
    });
    expect(mine.items.map((s) => s.code)).not.toContain('municipal_plot');
    const country = loadCountry('kosovo').schemes.find((s) => s.code === 'renovation');
    expect(theirs.items.find((s) => s.code === 'renovation')).toMatchObject({
      decisionDays: country?.decisionDays,
      appealWindowDays: country?.appealWindowDays,
    });
    expect(theirs.items.map((s) => s.code)).toContain('municipal_plot');
  });

  it('starts the clocks of a request with the terms of the case’s municipality', async () => {
    const inPeja = await insertCaseWithDocument(t.db.kysely, PEJA);
    const inGjilan = await insertCaseWithDocument(t.db.kysely, GJILAN);
    const pejaRequest = await fileAndSubmit(peja, inPeja.caseId, 'renovation');
    const gjilanRequest = await fileAndSubmit(gjilan, inGjilan.caseId, 'renovation');
    const country = loadCountry('kosovo').schemes.find((s) => s.code === 'renovation');
    expect(pejaRequest.decisionDueOn).toBe(addDays(today(), 20));
    expect(gjilanRequest.decisionDueOn).toBe(addDays(today(), country?.decisionDays ?? 0));
    const stored = await requestDb(t.db.kysely)
      .selectFrom('requests')
      .select(['id', 'appeal_window_days'])
      .where('id', 'in', [pejaRequest.id, gjilanRequest.id])
      .execute();
    expect(stored.find((r) => r.id === pejaRequest.id)?.appeal_window_days).toBe(8);
    expect(stored.find((r) => r.id === gjilanRequest.id)?.appeal_window_days).toBe(country?.appealWindowDays);
  });

  it('refuses a scheme the municipality does not offer, naming the field, and writes nothing', async () => {
    const inPeja = await insertCaseWithDocument(t.db.kysely, PEJA);
    const refused = await peja.request({
      method: 'POST',
      url: `/api/cases/${inPeja.caseId}/requests`,
      payload: { schemeCode: 'municipal_plot', description: 'Truall komunal për ndërtimin e shtëpisë.' },
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.fields).toEqual({
      schemeCode: 'The municipality of this case does not offer this scheme.',
    });
    const written = await requestDb(t.db.kysely)
      .selectFrom('requests')
      .select('id')
      .where('case_id', '=', inPeja.caseId)
      .execute();
    expect(written).toEqual([]);
  });

  it('stops the start naming an override of an unknown municipality or scheme', () => {
    const root = mkdtempSync(join(tmpdir(), 'vatra-overrides-'));
    try {
      cpSync(join(CONFIG_DIR, 'kosovo'), join(root, 'kosovo'), { recursive: true });
      const file = join(root, 'kosovo', 'scheme-overrides.json');
      writeFileSync(
        file,
        JSON.stringify([{ municipality: 'XK-NOPE', scheme: 'renovation', decisionDays: 10 }]),
      );
      expect(() => loadCountry('kosovo', `${root}/`)).toThrow(
        'config/kosovo/scheme-overrides.json: [0].municipality: unknown municipality XK-NOPE',
      );
      writeFileSync(file, JSON.stringify([{ municipality: 'XK-PEJ', scheme: 'no_such_scheme' }]));
      expect(() => loadCountry('kosovo', `${root}/`)).toThrow('[0].scheme: unknown scheme no_such_scheme');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
