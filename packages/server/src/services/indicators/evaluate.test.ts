import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/open.js';
import { freshDb } from '../../test/harness.js';
import { insertSampleHousehold, samplePerson } from '../registry/samples.js';
import { caseDb, type CaseOutcome } from '../../storage/cases/tables.js';
import { evaluateIndicator, evaluateMany, IndicatorScopeError, UnknownIndicatorError } from './evaluate.js';

// Hand-built cases straight in SQL, with the values worked out by hand: period boundaries (the
// first and last instants of March 2025), other municipalities, corrections and distinct persons.

let db: Db;
let drop: () => Promise<void>;
let userId = '';
const PEJA = '/XK/XK-PE/XK-PEJ/';
const MARCH = { jurisdictionPath: PEJA, from: '2025-03-01', to: '2025-03-31' };
const HOUR = 3_600_000;

const k = () => caseDb(db.kysely);
let number = 0;

async function institution(place: string, type: string): Promise<string> {
  const row = await k()
    .selectFrom('institutions as i')
    .innerJoin('jurisdictions as j', 'j.id', 'i.jurisdiction_id')
    .select('i.id')
    .where('j.code', '=', place)
    .where('i.type_code', '=', type)
    .executeTakeFirstOrThrow();
  return row.id;
}

async function kase(
  place: string,
  clockStart: string,
  options: { vulnerable?: boolean; closedAt?: string; outcome?: CaseOutcome } = {},
) {
  const household = await insertSampleHousehold(db.kysely, place, [
    samplePerson({
      firstName: `Test${++number}`,
      lastName: 'Gashi',
      vulnerability: options.vulnerable ? ['chronic_illness'] : [],
    }),
  ]);
  const jurisdiction = await k()
    .selectFrom('jurisdictions')
    .select('id')
    .where('code', '=', place)
    .executeTakeFirstOrThrow();
  const start = new Date(clockStart);
  const row = await k()
    .insertInto('cases')
    .values({
      number: `TEST-${number}`,
      jurisdiction_id: jurisdiction.id,
      household_id: household.householdId,
      person_id: household.personIds[0] ?? '',
      kind: 'returnee',
      clock_start: start,
      visit_due_at: new Date(start.getTime() + 72 * HOUR),
      closure_due_on: '2027-01-01',
      stage: options.closedAt ? 'closed' : 'visited',
      status: options.closedAt ? 'closed' : 'open',
      closed_at: options.closedAt ?? null,
      outcome: options.outcome ?? null,
    })
    .returning(['id', 'person_id'])
    .executeTakeFirstOrThrow();
  return { id: row.id, personId: row.person_id, start, jurisdictionId: jurisdiction.id };
}

async function visit(caseId: string, at: Date, outcome: 'completed' | 'not_found' = 'completed') {
  await k()
    .insertInto('case_visits')
    .values({ case_id: caseId, visited_at: at, outcome, recorded_by: userId })
    .execute();
}

async function form(caseId: string, formKey: string, at: string, revision = 1, series = randomUUID()) {
  const row = await k()
    .insertInto('form_submissions')
    .values({
      case_id: caseId,
      form_key: formKey,
      form_version: 1,
      series_id: series,
      revision,
      data: '{}',
      submitted_by: userId,
      submitted_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function monitoring(caseId: string, period: string, receivedNothing: boolean) {
  const submission = await form(caseId, 'monitoring', `${period}-20T10:00:00Z`);
  await k()
    .insertInto('monitoring_entries')
    .values({
      case_id: caseId,
      period,
      submission_id: submission,
      received_nothing: receivedNothing,
      created_by: userId,
    })
    .execute();
}

async function approvedPlan(caseId: string, approvedAt: string) {
  await k()
    .insertInto('case_plans')
    .values({
      case_id: caseId,
      person_id: null,
      plan_type: 'PIR',
      plan_version: 1,
      status: 'approved',
      created_by: userId,
      created_at: approvedAt,
      approved_by: userId,
      approved_at: approvedAt,
    })
    .execute();
}

async function referral(
  from: { id: string; jurisdictionId: string },
  to: string,
  sentAt: string,
  answeredAt: string | null,
  personId: string | null = null,
) {
  await k()
    .insertInto('referrals')
    .values({
      case_id: from.id,
      person_id: personId,
      to_institution_id: to,
      from_institution_id: await institution('XK-PEJ', 'ZKKK'),
      reason: 'Regjistrimi në shkollë',
      status: answeredAt ? 'accepted' : 'sent',
      sent_by: userId,
      sent_at: sentAt,
      answered_at: answeredAt,
      answered_by: answeredAt ? userId : null,
    })
    .execute();
}

async function document(
  owner: { id: string; jurisdictionId: string },
  docType: 'plan' | 'id',
  at: string,
  revision = 1,
  series = randomUUID(),
) {
  await k()
    .insertInto('documents')
    .values({
      jurisdiction_id: owner.jurisdictionId,
      case_id: owner.id,
      doc_type: docType,
      series_id: series,
      revision,
      file_name: 'plan.pdf',
      content_type: 'application/pdf',
      size_bytes: 10,
      sha256: 'a'.repeat(64),
      storage_key: `aa/${randomUUID()}`,
      uploaded_by: userId,
      uploaded_at: at,
    })
    .execute();
}

beforeAll(async () => {
  ({ db, drop } = await freshDb());
  userId = (await k().selectFrom('users').select('id').orderBy('username').executeTakeFirstOrThrow()).id;

  // A: vulnerable, registered on the first morning of March, visited after 48 hours, FVN, plan,
  // two referrals to education (one person), one answered in 3 days; plan scanned and corrected.
  const a = await kase('XK-PEJ', '2025-03-01T00:00:00Z', { vulnerable: true });
  await visit(a.id, new Date(a.start.getTime() + 48 * HOUR));
  await form(a.id, 'fvn', '2025-03-03T09:00:00Z');
  await approvedPlan(a.id, '2025-03-10T09:00:00Z');
  const dka = await institution('XK-PEJ', 'DKA');
  await referral(a, dka, '2025-03-05T09:00:00Z', '2025-03-08T09:00:00Z');
  await referral(a, dka, '2025-03-31T23:00:00Z', null, a.personId);
  await monitoring(a.id, '2025-02', true);
  await monitoring(a.id, '2025-03', false);
  const series = randomUUID();
  await document(a, 'plan', '2025-03-12T09:00:00Z', 1, series);
  await document(a, 'plan', '2025-03-13T09:00:00Z', 2, series);

  // B: not vulnerable, registered in the last half hour of March, visited late (100 hours), a
  // referral to employment answered after 21 days; nothing received in March.
  const b = await kase('XK-PEJ', '2025-03-31T23:30:00Z');
  await visit(b.id, new Date(b.start.getTime() + 100 * HOUR));
  await referral(b, await institution('XK-PEJ', 'ZP'), '2025-03-20T09:00:00Z', '2025-04-10T09:00:00Z');
  await monitoring(b.id, '2025-03', true);

  // Outside the period: C on the first instant of April, D the last second of February (closed
  // in March as sustainable reintegration), a referral sent on the first instant of April.
  const c = await kase('XK-PEJ', '2025-04-01T00:00:00Z', { vulnerable: true });
  await visit(c.id, new Date(c.start.getTime() + 2 * HOUR));
  await referral(c, dka, '2025-04-01T00:00:00Z', null);
  await kase('XK-PEJ', '2025-02-28T23:59:59Z', {
    closedAt: '2025-03-15T12:00:00Z',
    outcome: 'sustainable_reintegration',
  });
  // F: registered in 2024, closed in March as re-emigrated. G: closed only in April, so open on
  // 31 March with an approved plan and no March monitoring.
  await kase('XK-PEJ', '2024-05-02T10:00:00Z', { closedAt: '2025-03-20T12:00:00Z', outcome: 're_emigrated' });
  const g = await kase('XK-PEJ', '2024-06-02T10:00:00Z', {
    closedAt: '2025-04-05T12:00:00Z',
    outcome: 'moved',
  });
  await approvedPlan(g.id, '2024-07-01T09:00:00Z');
  await monitoring(g.id, '2025-01', true);

  // E: a Gjilan case in March, visited on time, with a scanned document: never counted for Peja.
  const e = await kase('XK-GJL', '2025-03-10T10:00:00Z', { vulnerable: true });
  await visit(e.id, new Date(e.start.getTime() + 10 * HOUR));
  await document(e, 'id', '2025-03-11T09:00:00Z');
}, 60_000);

afterAll(async () => {
  // Close the pool first: dropping the database under open connections kills them mid-test-run.
  await db.close();
  await drop();
});

describe('evaluateIndicator over hand-built cases', () => {
  it('counts the cases whose clock started in the period, first and last instant included', async () => {
    expect(await evaluateIndicator(db.kysely, 'cases.registered', MARCH)).toEqual({
      definitionKey: 'cases.registered',
      from: '2025-03-01',
      to: '2025-03-31',
      numerator: 2,
      denominator: null,
      value: 2,
    });
  });

  it('divides visits within 72 hours by families returned, for the vulnerable and for all', async () => {
    const values = await evaluateMany(
      db.kysely,
      [
        'cases.visited_72h',
        'cases.vulnerable_visited_72h',
        'cases.vulnerable_families',
        'cases.fvn_completed',
      ],
      MARCH,
    );
    expect(values.get('cases.visited_72h')).toMatchObject({ numerator: 1, denominator: 2, value: 50 });
    expect(values.get('cases.vulnerable_visited_72h')).toMatchObject({
      numerator: 1,
      denominator: 1,
      value: 100,
    });
    expect(values.get('cases.vulnerable_families')).toMatchObject({
      numerator: 1,
      denominator: null,
      value: 1,
    });
    expect(values.get('cases.fvn_completed')).toMatchObject({ numerator: 1, denominator: 2, value: 50 });
  });

  it('counts Gjilan for Kosovo as a whole but never for Peja', async () => {
    const kosovo = { ...MARCH, jurisdictionPath: '/XK/' };
    expect(await evaluateIndicator(db.kysely, 'cases.vulnerable_visited_72h', kosovo)).toMatchObject({
      numerator: 2,
      denominator: 2,
      value: 100,
    });
    const gjilan = await k()
      .selectFrom('jurisdictions')
      .select('path')
      .where('code', '=', 'XK-GJL')
      .executeTakeFirstOrThrow();
    const inGjilan = { ...MARCH, jurisdictionPath: gjilan.path };
    expect(await evaluateIndicator(db.kysely, 'cases.registered', inGjilan)).toMatchObject({ numerator: 1 });
    expect(await evaluateIndicator(db.kysely, 'documents.uploaded', inGjilan)).toMatchObject({
      numerator: 1,
    });
    expect(await evaluateIndicator(db.kysely, 'documents.uploaded', MARCH)).toMatchObject({ numerator: 2 });
  });

  it('counts referrals by the instant sent, persons once per destination, answers within 14 days', async () => {
    const values = await evaluateMany(
      db.kysely,
      [
        'referrals.sent',
        'referrals.persons_to_education',
        'referrals.persons_to_employment',
        'referrals.persons_referred',
        'referrals.cases_referred',
        'referrals.answered_within_14_days',
      ],
      MARCH,
    );
    expect(values.get('referrals.sent')?.numerator).toBe(3);
    expect(values.get('referrals.persons_to_education')?.numerator).toBe(1);
    expect(values.get('referrals.persons_to_employment')?.numerator).toBe(1);
    expect(values.get('referrals.persons_referred')?.numerator).toBe(2);
    expect(values.get('referrals.cases_referred')?.numerator).toBe(2);
    expect(values.get('referrals.answered_within_14_days')).toMatchObject({
      numerator: 1,
      denominator: 3,
      value: 33.3,
    });
  });

  it('divides closures by outcome over the cases closed in the period, whenever registered', async () => {
    const values = await evaluateMany(
      db.kysely,
      ['closures.count', 'closures.sustainable', 'closures.re_emigrated'],
      MARCH,
    );
    expect(values.get('closures.count')?.numerator).toBe(2);
    expect(values.get('closures.sustainable')).toMatchObject({ numerator: 1, denominator: 2, value: 50 });
    expect(values.get('closures.re_emigrated')).toMatchObject({ numerator: 1, denominator: 2, value: 50 });
  });

  it('judges monitoring on the cases open at the end of the period and the months within it', async () => {
    const values = await evaluateMany(
      db.kysely,
      [
        'monitoring.last_month',
        'monitoring.entries',
        'monitoring.received_nothing',
        'forms.entered',
        'forms.fvn',
      ],
      MARCH,
    );
    // Open on 31 March with an approved plan: A (monitored in March) and G (not).
    expect(values.get('monitoring.last_month')).toMatchObject({ numerator: 1, denominator: 2, value: 50 });
    expect(values.get('monitoring.entries')?.numerator).toBe(2);
    expect(values.get('monitoring.received_nothing')).toMatchObject({
      numerator: 1,
      denominator: 2,
      value: 50,
    });
    // The FVN and the two March monitoring forms.
    expect(values.get('forms.entered')?.numerator).toBe(3);
    expect(values.get('forms.fvn')?.numerator).toBe(1);
  });

  it('tells corrections from first uploads and counts a case with its plan scanned once', async () => {
    const values = await evaluateMany(
      db.kysely,
      ['documents.uploaded', 'documents.corrected', 'corrections.all', 'cases.plan_document_uploaded'],
      MARCH,
    );
    expect(values.get('documents.uploaded')?.numerator).toBe(2);
    expect(values.get('documents.corrected')?.numerator).toBe(1);
    expect(values.get('corrections.all')?.numerator).toBe(1);
    expect(values.get('cases.plan_document_uploaded')).toMatchObject({
      numerator: 1,
      denominator: 2,
      value: 50,
    });
  });

  it('counts an institution as connected only while it has an active user', async () => {
    const before = await evaluateIndicator(db.kysely, 'institutions.connected', MARCH);
    expect(before.denominator).toBeGreaterThan(0);
    const qps = await institution('XK-PEJ', 'QPS');
    await k().updateTable('users').set({ active: false }).where('institution_id', '=', qps).execute();
    const after = await evaluateIndicator(db.kysely, 'institutions.connected', MARCH);
    expect(after.denominator).toBe(before.denominator);
    expect(after.numerator).toBe(before.numerator - 1);
  });

  it('gives null, not a division by zero, when nothing is in the denominator', async () => {
    expect(
      await evaluateIndicator(db.kysely, 'closures.sustainable', {
        ...MARCH,
        from: '2020-01-01',
        to: '2020-12-31',
      }),
    ).toMatchObject({ numerator: 0, denominator: 0, value: null });
  });

  it('refuses an unknown key, a bad date, a reversed period and a path that is not one', async () => {
    await expect(evaluateIndicator(db.kysely, 'no.such', MARCH)).rejects.toThrow(UnknownIndicatorError);
    await expect(evaluateIndicator(db.kysely, 'no.such', MARCH)).rejects.toThrow(
      'Unknown indicator definition "no.such"',
    );
    await expect(
      evaluateIndicator(db.kysely, 'cases.registered', { ...MARCH, to: '2025-02-30' }),
    ).rejects.toThrow(IndicatorScopeError);
    await expect(
      evaluateIndicator(db.kysely, 'cases.registered', { ...MARCH, to: '2025-02-01' }),
    ).rejects.toThrow('before from');
    await expect(
      evaluateIndicator(db.kysely, 'cases.registered', { ...MARCH, jurisdictionPath: "/XK/%' or 1=1" }),
    ).rejects.toThrow('jurisdictionPath');
  });
});
