import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCsv, type NeedsAnalysis } from '@vatra/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCountries } from '../../config/load.js';
import { seedDemoNeedsAnalysis } from '../../demo/needs-analysis.js';
import { loginAs, testApp, type Session, type TestApp } from '../../test/harness.js';
import { newWorkbook } from '../../xlsx/read.js';

// Acceptance (issue 6, item 9): Pukë's tables imported through the API, as CSV and as XLSX; the
// staffing norms and coverage the API gives are recomputed here by hand from the imported rows.

const SAMPLES = fileURLToPath(new URL('../../../../../config/albania/needs-analysis/', import.meta.url));
const sample = (kind: string) => readFileSync(`${SAMPLES}AL-PUK-${kind}.csv`, 'utf8');
const KINDS = ['population', 'administrative', 'staff'] as const;

let t: TestApp;
let plan: Session;
let sss: Session;
let cpw: Session;
let peja: Session;

beforeAll(async () => {
  t = await testApp();
  plan = await loginAs(t.app, 'plan.puke');
  sss = await loginAs(t.app, 'sss.puke');
  cpw = await loginAs(t.app, 'cpw.puke');
  peja = await loginAs(t.app, 'plan.peja');
});
afterAll(() => t.close());

async function xlsxOf(kind: string, csv: string): Promise<string> {
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet(kind);
  const parsed = parseCsv(csv);
  if ('problem' in parsed) throw new Error('sample is not valid CSV');
  for (const record of parsed.records)
    sheet.addRow(
      record.fields.map((field, index) => (index > 0 && /^\d+$/.test(field) ? Number(field) : field)),
    );
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

function upload(
  session: Session,
  kind: string,
  format: 'csv' | 'xlsx',
  content: string,
  municipality = 'AL-PUK',
) {
  return session.request({
    method: 'POST',
    url: '/api/needs-analysis/imports',
    payload: { municipality, kind, format, fileName: `puke-${kind}.${format}`, content },
  });
}

async function analysis(session: Session, year = 2020): Promise<NeedsAnalysis> {
  const response = await session.request({
    method: 'GET',
    url: `/api/needs-analysis?municipality=AL-PUK&year=${year}`,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as NeedsAnalysis;
}

/** The current imported rows of 2020, straight from the tables. */
async function importedRows() {
  const q = <T>(text: string) =>
    sql
      .raw<T>(text)
      .execute(t.db.kysely)
      .then((result) => result.rows);
  const where = `jurisdiction_id = (select id from jurisdictions where code = 'AL-PUK') and current and year = 2020`;
  return {
    population: await q<{ unit_code: string | null; age_band: string; count: number }>(
      `select unit_code, age_band, count from population_figures where ${where}`,
    ),
    administrative: await q<{ unit_code: string | null; measure: string; value: string }>(
      `select unit_code, measure, value from administrative_figures where ${where}`,
    ),
    staff: await q<{ unit_code: string | null; role: string; count: number }>(
      `select unit_code, role, count from staff_counts where ${where}`,
    ),
  };
}

/** Staffing and coverage recomputed by hand: the test's own arithmetic, not core/needs. */
async function expectedFromRows() {
  const rows = await importedRows();
  const bandRows = rows.population.filter((row) => row.unit_code !== null && row.age_band !== 'total');
  const inhabitants = bandRows.reduce((sum, row) => sum + row.count, 0);
  const children = bandRows
    .filter((row) => ['0-6', '7-15', '16-18'].includes(row.age_band))
    .reduce((sum, row) => sum + row.count, 0);
  const staffOf = (role: string) =>
    rows.staff.filter((r) => r.role === role).reduce((sum, r) => sum + r.count, 0);
  const unitSum = (measure: string) =>
    rows.administrative
      .filter((row) => row.measure === measure && row.unit_code !== null)
      .reduce((sum, row) => sum + Number(row.value), 0);
  const stated = (measure: string) =>
    Number(rows.administrative.find((row) => row.measure === measure && row.unit_code === null)?.value);
  return {
    inhabitants,
    children,
    socialWorkers: {
      min: Math.ceil(inhabitants / 10000),
      max: Math.ceil(inhabitants / 6000),
      actual: staffOf('social_worker'),
    },
    childProtection: { min: Math.ceil(children / 3000), actual: staffOf('child_protection_worker') },
    administrators: { required: 5, actual: staffOf('social_administrator') },
    eaCoverage: unitSum('ea_beneficiary_families') / unitSum('ea_applicant_families'),
    eaGap: unitSum('ea_applicant_families') - unitSum('ea_beneficiary_families'),
    jobSeekers: stated('job_seekers_placed') / stated('job_seekers_registered'),
    housing: stated('housing_units') / stated('housing_applications'),
    pukeUnitEa: 59 / 69,
  };
}

function checkAgainst(result: NeedsAnalysis, expected: Awaited<ReturnType<typeof expectedFromRows>>) {
  expect(result.population?.inhabitants).toBe(expected.inhabitants);
  expect(result.population?.children).toBe(expected.children);
  const line = (norm: string) => result.staffing.find((l) => l.norm === norm);
  expect(line('social_workers_per_inhabitants')).toMatchObject({
    basisValue: expected.inhabitants,
    required: { min: expected.socialWorkers.min, max: expected.socialWorkers.max },
    actual: expected.socialWorkers.actual,
    gap: {
      min: expected.socialWorkers.min - expected.socialWorkers.actual,
      max: expected.socialWorkers.max - expected.socialWorkers.actual,
    },
    status: 'short',
  });
  expect(line('child_protection_workers_per_children')).toMatchObject({
    basisValue: expected.children,
    required: { min: expected.childProtection.min, max: expected.childProtection.min },
    actual: expected.childProtection.actual,
    gap: { min: expected.childProtection.min - expected.childProtection.actual },
  });
  const admins = line('social_administrators_per_unit');
  expect(admins).toMatchObject({
    required: { min: expected.administrators.required, max: expected.administrators.required },
    actual: expected.administrators.actual,
    status: 'within',
  });
  expect(admins?.units.map((unit) => [unit.unit, unit.actual, unit.gap.min])).toEqual(
    ['AL-PUK-GJE', 'AL-PUK-PUK', 'AL-PUK-QEL', 'AL-PUK-QER', 'AL-PUK-RRA'].map((code) => [code, 1, 0]),
  );
  const group = (code: string) => result.groups.find((g) => g.group === code);
  expect(group('economic_assistance')?.coverage?.coverage).toBe(expected.eaCoverage);
  expect(group('economic_assistance')?.coverage?.gap).toBe(expected.eaGap);
  expect(group('economic_assistance')?.unitCoverage['AL-PUK-PUK']?.coverage).toBe(expected.pukeUnitEa);
  expect(group('job_seekers')?.coverage?.coverage).toBe(expected.jobSeekers);
  expect(group('housing')?.coverage?.coverage).toBe(expected.housing);
}

describe('needs analysis of Pukë', () => {
  it('imports the CSV tables and its figures match a recomputation from the imported rows', async () => {
    for (const kind of KINDS) {
      const response = await upload(plan, kind, 'csv', sample(kind));
      expect(response.statusCode, response.body).toBe(201);
      expect(response.json()).toMatchObject({ kind, status: 'current', replaced: 0 });
    }
    const expected = await expectedFromRows();
    // The figures of the source, so the recomputation cannot agree with a wrong import.
    expect(expected).toMatchObject({
      inhabitants: 15317,
      children: 3592,
      socialWorkers: { min: 2, max: 3, actual: 0 },
      childProtection: { min: 2, actual: 1 },
      administrators: { actual: 5 },
      eaGap: 26,
    });
    const result = await analysis(plan);
    checkAgainst(result, expected);
    // Stated totals next to the computed ones: the elderly listed add to 66, the text says 65.
    const elderly = result.groups.find((g) => g.group === 'elderly')?.measures[0];
    expect(elderly?.value).toEqual({ computed: 66, stated: 65, mismatch: true });
    expect(result.population?.total).toEqual({ computed: 15317, stated: 15317, mismatch: false });
    expect(result.population?.units.map((u) => u.unit)).toEqual([
      'AL-PUK-PUK+AL-PUK-RRA',
      'AL-PUK-GJE',
      'AL-PUK-QEL+AL-PUK-QER',
    ]);
    expect(result.years).toEqual([2020, 2019, 2018]);
    // 2018: Dec 2018 applicants and beneficiaries.
    const earlier = await analysis(plan, 2018);
    expect(earlier.groups.find((g) => g.group === 'economic_assistance')?.coverage).toMatchObject({
      inNeed: 547,
      served: 496,
    });
  });

  it('imports the same tables as XLSX, replacing the CSV figures, with the same results', async () => {
    const before = await analysis(plan);
    for (const kind of KINDS) {
      const response = await upload(sss, kind, 'xlsx', await xlsxOf(kind, sample(kind)));
      expect(response.statusCode, response.body).toBe(201);
      expect(response.json()).toMatchObject({ format: 'xlsx', replaced: 1 });
    }
    const after = await analysis(sss);
    checkAgainst(after, await expectedFromRows());
    expect(after.staffing).toEqual(before.staffing);
    expect(after.groups).toEqual(before.groups);
    const history = (
      await plan.request({ method: 'GET', url: '/api/needs-analysis/imports?municipality=AL-PUK' })
    ).json() as {
      items: { status: string; format: string }[];
    };
    expect(history.items.filter((item) => item.status === 'superseded').map((item) => item.format)).toEqual([
      'csv',
      'csv',
      'csv',
    ]);
    const { rows } = await sql<{
      n: number;
    }>`select count(*)::int as n from population_figures where not current`.execute(t.db.kysely);
    expect(rows[0]?.n).toBe(24);
  });

  it('accepts the templates it gives out, CSV and XLSX', async () => {
    for (const format of ['csv', 'xlsx'] as const) {
      const file = await plan.request({
        method: 'GET',
        url: `/api/needs-analysis/template?municipality=AL-PUK&kind=population&format=${format}`,
      });
      expect(file.statusCode).toBe(200);
      const content = format === 'csv' ? file.body : file.rawPayload.toString('base64');
      const response = await upload(plan, 'population', format, content);
      expect(response.statusCode, response.body).toBe(201);
      // Six places (five units and the total) × six bands (five and the total).
      expect(response.json()).toMatchObject({ rows: 36, years: [new Date().getUTCFullYear() - 1] });
    }
    const sampleFile = await plan.request({
      method: 'GET',
      url: '/api/needs-analysis/sample?municipality=AL-PUK&kind=staff&format=xlsx',
    });
    expect(sampleFile.statusCode).toBe(200);
    // The 2020 figures are untouched by another year's import.
    expect((await analysis(plan)).population?.inhabitants).toBe(15317);
  });

  it('names every problem by row and column and writes nothing', async () => {
    const count = async () =>
      (await sql<{ n: number }>`select count(*)::int as n from needs_imports`.execute(t.db.kysely)).rows[0]
        ?.n;
    const before = await count();
    const bad = [
      'unit,year,gender,age_band,count,source',
      'Gjegjan,2020,all,0-6,315,',
      'Gjegjan,2020,all,7-15,4x3,',
      'Shkodër,2020,all,16-18,167,',
      'Gjegjan,2020,all,18-24,10,',
      'Gjegjan,2020,all,0-6,1,',
    ].join('\n');
    const response = await upload(plan, 'population', 'csv', bad);
    expect(response.statusCode).toBe(400);
    const fields = (response.json() as { error: { code: string; fields: Record<string, string> } }).error;
    expect(fields.code).toBe('invalid_file');
    expect(Object.keys(fields.fields).sort()).toEqual([
      'population!6:6',
      'population!A4',
      'population!D5',
      'population!E3',
    ]);
    expect(fields.fields['population!E3']).toContain('4x3');
    expect(fields.fields['population!A4']).toContain('Shkodër');
    const missing = await upload(plan, 'staff', 'csv', 'unit,year,role\nPukë,2020,social_worker\n');
    expect(missing.statusCode).toBe(400);
    expect(Object.keys(missing.json().error.fields)).toEqual(['staff!1:1']);
    expect(missing.json().error.fields['staff!1:1']).toContain('count');
    const xlsx = await upload(
      plan,
      'administrative',
      'xlsx',
      await xlsxOf('administrative', 'unit,year,measure,value\nQerret,2020,no_such_measure,3\n'),
    );
    expect(xlsx.statusCode).toBe(400);
    expect(Object.keys(xlsx.json().error.fields)).toEqual(['administrative!C2']);
    expect(await count()).toBe(before);
  });

  it('speaks sq, sr and en', async () => {
    const bad = 'unit,year,gender,age_band,count\nGjegjan,2020,all,0-6,abc\n';
    const messages: Record<string, string> = {};
    for (const locale of ['en', 'sr', 'sq']) {
      await sss.request({ method: 'PUT', url: '/api/auth/locale', payload: { locale } });
      messages[locale] = (await upload(sss, 'population', 'csv', bad)).json().error.fields['population!E2'];
    }
    expect(messages.en).toBe('“abc” is not a whole number of at least 0.');
    expect(messages.sr).toBe('„abc” nije ceo broj od najmanje 0.');
    expect(messages.sq).toBe('“abc” nuk është numër i plotë, të paktën 0.');
  });

  it('refuses a user without the scope and a foreign municipality, auditing both', async () => {
    const lastAudit = () =>
      t.db.kysely
        .selectFrom('audit_log')
        .selectAll()
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirstOrThrow();
    const noScope = await cpw.request({ method: 'GET', url: '/api/needs-analysis?municipality=AL-PUK' });
    expect(noScope.statusCode).toBe(403);
    expect(noScope.json().error.code).toBe('forbidden');
    expect(await lastAudit()).toMatchObject({
      action: 'getNeedsAnalysis',
      outcome: 'denied',
      username: 'cpw.puke',
    });
    const foreign = await peja.request({ method: 'GET', url: '/api/needs-analysis?municipality=AL-PUK' });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.code).toBe('out_of_jurisdiction');
    expect(await lastAudit()).toMatchObject({
      action: 'getNeedsAnalysis',
      outcome: 'denied',
      username: 'plan.peja',
    });
    const foreignImport = await upload(peja, 'staff', 'csv', sample('staff'));
    expect(foreignImport.statusCode).toBe(403);
    expect((await lastAudit()).details).toMatchObject({ reason: 'jurisdiction' });
    const unknown = await plan.request({ method: 'GET', url: '/api/needs-analysis?municipality=AL-XXX' });
    expect(unknown.statusCode).toBe(422);
  });

  it('seeds the demo with the same tables through the same import, once', async () => {
    const before = await analysis(plan);
    expect(await seedDemoNeedsAnalysis(t.db, loadCountries(['albania']))).toBe(3);
    expect(await seedDemoNeedsAnalysis(t.db, loadCountries(['albania']))).toBe(0);
    const after = await analysis(plan);
    expect(after.staffing).toEqual(before.staffing);
    expect(after.groups).toEqual(before.groups);
    checkAgainst(after, await expectedFromRows());
  });

  it('documents its operations in the OpenAPI description', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const paths = response.json().paths as Record<string, Record<string, { operationId?: string }>>;
    expect(paths['/api/needs-analysis']?.get?.operationId).toBe('getNeedsAnalysis');
    expect(paths['/api/needs-analysis/imports']?.post?.operationId).toBe('importNeedsFigures');
  });
});
