import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INDICATOR_DEFINITIONS, findIndicatorDefinition } from '@vatra/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadForms } from '../../config/forms.js';
import { loadCountries } from '../../config/load.js';
import type { Db } from '../../db/open.js';
import { seedDemoCases } from '../../demo/cases/seed-cases.js';
import { caseDb } from '../../storage/cases/tables.js';
import { freshDb } from '../../test/harness.js';
import { indicatorStates } from '../action-plans/indicators.js';
import { loadPlanRecord } from '../action-plans/read.js';
import { SHIPPED_INDICATOR_LINKS } from '../action-plans/shipped-links.js';
import { evaluateMany, type IndicatorValue } from './evaluate.js';

// The acceptance test of the indicator engine: with the demo cases seeded, the values of the
// Kaçanik and Peja plans' computed indicators equal numbers recomputed here in plain TypeScript
// from the raw rows (selectAll, filter, count), without the engine's SQL — every definition, and
// every indicator of the two plans linked to one.

/**
 * Sources recomputed in their own tests, over rows written there: requests and benefits
 * (requests-benefits.test.ts; this test's demo seeds none) and social-care cases
 * (care-indicators.test.ts).
 */
const OVER_REQUESTS = new Set<string>(['requests', 'benefits', 'care_cases']);

let db: Db;
let drop: () => Promise<void>;
let dataDir: string;

const DAY = 86_400_000;
const now = new Date();
// The demo registers cases over the last two years up to today. The period ends on the last day
// of the previous month, so that its last month has had its monitoring.
const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0)).toISOString().slice(0, 10);
const from = `${now.getUTCFullYear() - 2}-01-01`;
const start = Date.parse(`${from}T00:00:00Z`);
const end = Date.parse(`${to}T00:00:00Z`) + DAY;

/** The raw tables, read once after seeding. */
let raw: Awaited<ReturnType<typeof readRaw>>;

async function readRaw() {
  const k = caseDb(db.kysely);
  const [
    jurisdictions,
    cases,
    persons,
    visits,
    forms,
    plans,
    assignments,
    referrals,
    monitoring,
    certificates,
    documents,
    institutions,
    users,
  ] = await Promise.all([
    k.selectFrom('jurisdictions').selectAll().execute(),
    k.selectFrom('cases').selectAll().execute(),
    k.selectFrom('persons').selectAll().execute(),
    k.selectFrom('case_visits').selectAll().execute(),
    k.selectFrom('form_submissions').selectAll().execute(),
    k.selectFrom('case_plans').selectAll().execute(),
    k.selectFrom('case_manager_assignments').selectAll().execute(),
    k.selectFrom('referrals').selectAll().execute(),
    k.selectFrom('monitoring_entries').selectAll().execute(),
    k.selectFrom('certificates').selectAll().execute(),
    k.selectFrom('documents').selectAll().execute(),
    k.selectFrom('institutions').selectAll().execute(),
    k.selectFrom('users').selectAll().execute(),
  ]);
  return {
    jurisdictions,
    cases,
    persons,
    visits,
    forms,
    plans,
    assignments,
    referrals,
    monitoring,
    certificates,
    documents,
    institutions,
    users,
  };
}

const time = (value: Date | string) => new Date(value).getTime();
const inPeriod = (value: Date | string | null) => value !== null && time(value) >= start && time(value) < end;
/** A date column (YYYY-MM-DD, or a Date at UTC midnight) within [from, to]. */
const dayIn = (value: Date | string | null) => {
  if (value === null) return false;
  const day = typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
  return day >= from && day <= to;
};
const count = <T>(rows: T[], test: (row: T) => boolean) => rows.filter(test).length;
const distinct = <T>(rows: T[], id: (row: T) => string) => new Set(rows.map(id)).size;

interface Expected {
  numerator: number;
  denominator: number | null;
}

/** Every fact recomputed for one municipality, straight from the raw rows. */
function expectedFor(code: string): Record<string, Expected> {
  const path = raw.jurisdictions.find((j) => j.code === code)?.path ?? '';
  const inPlace = (jurisdictionId: string) =>
    raw.jurisdictions.find((j) => j.id === jurisdictionId)?.path.startsWith(path) ?? false;
  const placeCases = raw.cases.filter((c) => inPlace(c.jurisdiction_id));
  const caseById = new Map(placeCases.map((c) => [c.id, c]));
  const ofPlace = <T extends { case_id: string }>(rows: T[]) =>
    rows.filter((row) => caseById.has(row.case_id));
  const vulnerable = (householdId: string) =>
    raw.persons.some(
      (p) => p.household_id === householdId && p.merged_into === null && p.vulnerability.length > 0,
    );

  const registered = placeCases.filter((c) => inPeriod(c.clock_start));
  const visitedOnTime = (c: (typeof placeCases)[number]) =>
    raw.visits.some(
      (v) => v.case_id === c.id && v.outcome === 'completed' && time(v.visited_at) <= time(c.visit_due_at),
    );
  const has = <T extends { case_id: string }>(
    rows: T[],
    caseId: string,
    test: (row: T) => boolean = () => true,
  ) => rows.some((row) => row.case_id === caseId && test(row));
  const vulnerableRegistered = registered.filter((c) => vulnerable(c.household_id));

  const closures = placeCases.filter((c) => c.status === 'closed' && inPeriod(c.closed_at));
  const open = placeCases.filter(
    (c) => time(c.clock_start) < end && (c.closed_at === null || time(c.closed_at) >= end),
  );
  const openWithPlan = open.filter((c) =>
    raw.plans.some((p) => p.case_id === c.id && p.approved_at !== null && time(p.approved_at) < end),
  );
  const lastMonth = to.slice(0, 7);

  const referrals = ofPlace(raw.referrals).filter((r) => inPeriod(r.sent_at));
  const typeOf = (institutionId: string) => raw.institutions.find((i) => i.id === institutionId)?.type_code;
  const personOf = (r: (typeof referrals)[number]) => r.person_id ?? caseById.get(r.case_id)?.person_id ?? '';
  const referredTo = (type: string) =>
    distinct(
      referrals.filter((r) => typeOf(r.to_institution_id) === type),
      personOf,
    );
  const months = ofPlace(raw.monitoring).filter((m) => m.period >= from.slice(0, 7) && m.period <= lastMonth);
  const firstForms = ofPlace(raw.forms).filter((f) => f.revision === 1 && inPeriod(f.submitted_at));
  const documents = raw.documents.filter((d) => inPlace(d.jurisdiction_id) && inPeriod(d.uploaded_at));
  const municipal = ['ZKKK', 'QPS', 'ZP', 'DKA', 'ZGJC', 'DSHMS', 'KKR', 'MUN'];
  const institutions = raw.institutions.filter(
    (i) => i.active && inPlace(i.jurisdiction_id) && municipal.includes(i.type_code),
  );
  const connected = institutions.filter((i) => raw.users.some((u) => u.institution_id === i.id && u.active));
  const firstPlans = ofPlace(raw.plans).filter((p) => p.plan_version === 1 && inPeriod(p.created_at));

  const n = (numerator: number): Expected => ({ numerator, denominator: null });
  const ratio = (numerator: number, denominator: number): Expected => ({ numerator, denominator });
  return {
    'cases.registered': n(registered.length),
    'cases.returnees_registered': n(count(registered, (c) => c.kind === 'returnee')),
    'cases.foreigners_registered': n(count(registered, (c) => c.kind === 'foreigner')),
    'cases.vulnerable_families': n(vulnerableRegistered.length),
    'cases.vulnerable_returnee_families': n(count(vulnerableRegistered, (c) => c.kind === 'returnee')),
    'cases.visited_72h': ratio(count(registered, visitedOnTime), registered.length),
    'cases.vulnerable_visited_72h': ratio(
      count(vulnerableRegistered, visitedOnTime),
      vulnerableRegistered.length,
    ),
    'cases.fvn_completed': ratio(
      count(registered, (c) => has(raw.forms, c.id, (f) => f.form_key === 'fvn')),
      registered.length,
    ),
    'cases.plan_approved': ratio(
      count(registered, (c) => has(raw.plans, c.id, (p) => p.approved_at !== null)),
      registered.length,
    ),
    'cases.plan_document_uploaded': ratio(
      count(registered, (c) => raw.documents.some((d) => d.case_id === c.id && d.doc_type === 'plan')),
      registered.length,
    ),
    'cases.manager_appointed': ratio(
      count(registered, (c) => has(raw.assignments, c.id)),
      registered.length,
    ),
    'visits.completed': n(
      count(ofPlace(raw.visits), (v) => v.outcome === 'completed' && inPeriod(v.visited_at)),
    ),
    'forms.fvn': n(count(firstForms, (f) => f.form_key === 'fvn')),
    'forms.anamnesis': n(count(firstForms, (f) => f.form_key === 'anamnesis')),
    'forms.entered': n(firstForms.length),
    'plans.drafted': n(firstPlans.length),
    'plans.pir_drafted': n(count(firstPlans, (p) => p.plan_type === 'PIR')),
    'managers.decisions': n(count(ofPlace(raw.assignments), (a) => dayIn(a.decision_date))),
    'referrals.sent': n(referrals.length),
    'referrals.from_plan': n(count(referrals, (r) => r.plan_item_id !== null)),
    'referrals.cases_referred': n(distinct(referrals, (r) => r.case_id)),
    'referrals.persons_referred': n(distinct(referrals, personOf)),
    'referrals.cases_to_municipal': n(
      distinct(
        referrals.filter((r) => municipal.includes(typeOf(r.to_institution_id) ?? '')),
        (r) => r.case_id,
      ),
    ),
    'referrals.persons_to_municipal': n(
      distinct(
        referrals.filter((r) => municipal.includes(typeOf(r.to_institution_id) ?? '')),
        personOf,
      ),
    ),
    'referrals.persons_to_civil_registry': n(referredTo('ZGJC')),
    'referrals.persons_to_social_work': n(referredTo('QPS')),
    'referrals.persons_to_employment': n(referredTo('ZP')),
    'referrals.persons_to_education': n(referredTo('DKA')),
    'referrals.persons_to_vocational_training': n(referredTo('QAP')),
    'referrals.persons_to_health': n(referredTo('DSHMS')),
    'referrals.persons_to_ngo': n(referredTo('NGO')),
    'referrals.persons_to_police': n(referredTo('POLICE')),
    'referrals.answered_within_14_days': ratio(
      count(referrals, (r) => r.answered_at !== null && time(r.answered_at) - time(r.sent_at) <= 14 * DAY),
      referrals.length,
    ),
    'closures.count': n(closures.length),
    'closures.sustainable': ratio(
      count(closures, (c) => c.outcome === 'sustainable_reintegration'),
      closures.length,
    ),
    'closures.re_emigrated': ratio(
      count(closures, (c) => c.outcome === 're_emigrated'),
      closures.length,
    ),
    'monitoring.last_month': ratio(
      count(openWithPlan, (c) => raw.monitoring.some((m) => m.case_id === c.id && m.period === lastMonth)),
      openWithPlan.length,
    ),
    'monitoring.entries': n(months.length),
    'monitoring.received_nothing': ratio(
      distinct(
        months.filter((m) => m.received_nothing),
        (m) => m.case_id,
      ),
      distinct(months, (m) => m.case_id),
    ),
    'certificates.persons': n(
      distinct(
        ofPlace(raw.certificates).filter((t) => dayIn(t.issued_on)),
        (t) => t.person_id,
      ),
    ),
    'documents.uploaded': n(documents.length),
    'documents.corrected': n(count(documents, (d) => d.revision > 1)),
    'corrections.all': n(
      count(ofPlace(raw.forms), (f) => f.revision > 1 && inPeriod(f.submitted_at)) +
        count(documents, (d) => d.revision > 1),
    ),
    'institutions.connected': ratio(connected.length, institutions.length),
    'persons.returned_from_prison': n(
      count(
        raw.persons,
        (p) =>
          p.merged_into === null &&
          inPlace(p.jurisdiction_id) &&
          p.category === 'returned_from_prison' &&
          dayIn(p.arrival_date ?? p.status_grant_date),
      ),
    ),
  };
}

beforeAll(async () => {
  ({ db, drop } = await freshDb());
  dataDir = mkdtempSync(join(tmpdir(), 'vatra-indicators-'));
  const seeded = await seedDemoCases(db, {
    documentsDir: join(dataDir, 'documents'),
    countries: loadCountries(['kosovo']),
    forms: loadForms(['kosovo']),
  });
  expect(seeded.cases).toBeGreaterThan(100);
  raw = await readRaw();
}, 120_000);

afterAll(async () => {
  // Close the pool first: dropping the database under open connections kills them mid-test-run.
  await db.close();
  await drop();
  rmSync(dataDir, { recursive: true, force: true });
});

const percent = (e: Expected) =>
  e.denominator === null
    ? e.numerator
    : e.denominator === 0
      ? null
      : Math.round((e.numerator / e.denominator) * 1000) / 10;

describe.each([
  ['Kaçanik', 'XK-KAC'],
  ['Peja', 'XK-PEJ'],
])('the computed indicators of %s over the demo cases', (_name, code) => {
  let values: Map<string, IndicatorValue>;
  let expected: Record<string, Expected>;

  beforeAll(async () => {
    const path = raw.jurisdictions.find((j) => j.code === code)?.path ?? '';
    expected = expectedFor(code);
    values = await evaluateMany(db.kysely, Object.keys(expected), { jurisdictionPath: path, from, to });
  });

  it('recompute every shipped definition (numerator, denominator and value)', () => {
    // Every shipped definition has its independent recomputation here.
    // (Requests, benefits and care cases are recomputed in their own tests: see OVER_REQUESTS.)
    expect(Object.keys(expected).sort()).toEqual(
      INDICATOR_DEFINITIONS.filter((d) => !OVER_REQUESTS.has(d.numerator.source))
        .map((d) => d.key)
        .sort(),
    );
    for (const [key, facts] of Object.entries(expected)) {
      expect(values.get(key), key).toEqual({
        definitionKey: key,
        from,
        to,
        numerator: facts.numerator,
        denominator: facts.denominator,
        value: percent(facts),
      });
    }
  });

  it('are non-trivial for at least ten definitions, percentages included', () => {
    const nonZero = [...values.values()].filter((value) => value.numerator > 0);
    expect(nonZero.length).toBeGreaterThanOrEqual(10);
    expect(nonZero.filter((value) => value.denominator !== null).length).toBeGreaterThanOrEqual(5);
    // A percentage strictly between 0 and 100 shows that the numerator is a real subset.
    expect(nonZero.some((value) => value.value !== null && value.value > 0 && value.value < 100)).toBe(true);
  });
});

describe.each([
  ['kacanik-reintegration-2019-2022', 'XK-KAC'],
  ['peja-reintegration-2026-2028', 'XK-PEJ'],
])('the linked indicators of %s', (key, code) => {
  it('show the recomputed values, at least ten of them non-zero', async () => {
    const plan = await loadPlanRecord(db.kysely, { key });
    if (!plan) throw new Error(`plan ${key} not loaded`);
    const expected = expectedFor(code);
    const states = await indicatorStates(db.kysely, plan, { year: now.getUTCFullYear(), from, to }, now);
    const overRequests = (definitionKey: string | undefined) =>
      OVER_REQUESTS.has(findIndicatorDefinition(definitionKey ?? '')?.numerator.source ?? '');
    const linked = states.filter((state) => state.link !== null && !overRequests(state.link.definitionKey));
    const links = Object.values(SHIPPED_INDICATOR_LINKS[key] ?? {});
    expect(linked.length).toBe(links.filter((definitionKey) => !overRequests(definitionKey)).length);
    for (const state of linked) {
      const facts = expected[state.link?.definitionKey ?? ''];
      if (!facts) throw new Error(`no recomputation for ${state.link?.definitionKey}`);
      expect(state.computed, state.indicatorId).toMatchObject({
        numerator: facts.numerator,
        denominator: facts.denominator,
        value: percent(facts),
      });
      expect(state.current, state.indicatorId).toBe(percent(facts));
    }
    expect(linked.filter((state) => (state.computed?.numerator ?? 0) > 0).length).toBeGreaterThanOrEqual(10);
  });
});

describe('the demo comparison between municipalities', () => {
  it('gives Kaçanik and Peja values of their own (a municipality never counts the other’s rows)', async () => {
    const total = raw.cases.filter((c) => inPeriod(c.clock_start)).length;
    const kacanik = expectedFor('XK-KAC')['cases.registered']?.numerator ?? 0;
    const peja = expectedFor('XK-PEJ')['cases.registered']?.numerator ?? 0;
    expect(kacanik).toBeGreaterThan(0);
    expect(peja).toBeGreaterThan(0);
    expect(kacanik + peja).toBeLessThan(total);
    const kosovo = await evaluateMany(db.kysely, ['cases.registered'], {
      jurisdictionPath: '/XK/',
      from,
      to,
    });
    expect(kosovo.get('cases.registered')?.numerator).toBe(total);
  });
});
