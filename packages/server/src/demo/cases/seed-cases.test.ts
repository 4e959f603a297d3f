import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFormDefinition, validateSubmission, type CaseDetail } from '@vatra/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadForms } from '../../config/forms.js';
import { loadCountries } from '../../config/load.js';
import { verifyAuditChain } from '../../services/audit/trail.js';
import { verifyDocuments } from '../../services/documents/verify.js';
import { insertSampleHousehold, samplePerson } from '../../services/registry/samples.js';
import { LocalDiskBlobStore } from '../../storage/blobs/local-disk.js';
import { caseDb } from '../../storage/cases/tables.js';
import { loginAs, testApp, type TestApp } from '../../test/harness.js';
import { formMembers } from './build.js';
import { seedDemoCases } from './seed-cases.js';

let t: TestApp;
let dataDir: string;
let seeded: { cases: number };
let ms = 0;
const forms = loadForms(['kosovo']);
const options = () => ({
  documentsDir: join(dataDir, 'documents'),
  countries: loadCountries(['kosovo']),
  forms,
});

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'vatra-demo-cases-'));
  t = await testApp({ VATRA_DATA_DIR: dataDir });
  const started = Date.now();
  seeded = await seedDemoCases(t.db, options());
  ms = Date.now() - started;
  console.info(`demo cases: ${seeded.cases} seeded in ${ms} ms`);
}, 60_000);

afterAll(async () => {
  await t.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function rows<T>(query: ReturnType<typeof sql<T>>): Promise<T[]> {
  return (await query.execute(t.db.kysely)).rows;
}

describe('the demo cases', () => {
  it('are seeded in a few seconds', () => {
    expect(seeded.cases).toBeGreaterThan(0);
    // A budget for a loaded CI machine; on a quiet one it takes a few seconds.
    expect(ms).toBeLessThan(30_000);
  });

  it('spread at least 150 cases over Kaçanik, Peja and Gjilan', async () => {
    expect(seeded.cases).toBeGreaterThanOrEqual(150);
    const places = await rows<{ code: string; n: number }>(sql`
      select j.code, count(*)::int as n from cases c join jurisdictions j on j.id = c.jurisdiction_id group by j.code`);
    const count = (code: string) => places.find((row) => row.code === code)?.n ?? 0;
    expect(places.reduce((sum, row) => sum + row.n, 0)).toBe(seeded.cases);
    for (const code of ['XK-KAC', 'XK-PEJ', 'XK-GJL']) expect(count(code)).toBeGreaterThanOrEqual(45);
  });

  it('have every stage and every outcome, transfers, reopenings, overdue visits and sensitive cases', async () => {
    const stages = (await rows<{ stage: string }>(sql`select distinct stage from cases`)).map((r) => r.stage);
    expect(stages.sort()).toEqual(['assessed', 'closed', 'monitoring', 'planned', 'registered', 'visited']);
    const outcomes = (
      await rows<{ outcome: string }>(sql`select distinct outcome from cases where status = 'closed'`)
    ).map((r) => r.outcome);
    expect(outcomes.sort()).toEqual([
      'deceased',
      'moved',
      'other',
      're_emigrated',
      'sustainable_reintegration',
    ]);
    const [facts] = await rows<Record<string, number>>(sql`select
      count(*) filter (where transferred_to is not null)::int as transferred,
      count(*) filter (where transferred_from is not null)::int as continued,
      count(*) filter (where reopened_count > 0 and status = 'open')::int as reopened,
      count(*) filter (where stage = 'registered' and visit_due_at < now())::int as overdue,
      count(*) filter (where stage = 'registered' and visit_due_at > now())::int as due,
      count(*) filter (where status = 'open' and closure_due_on between current_date and current_date + 30)::int as closing,
      count(*) filter (where sensitivity = 'sensitive')::int as sensitive,
      count(*) filter (where status = 'open' and exists (select 1 from case_plans p where p.case_id = cases.id and p.status = 'draft'))::int as drafts,
      count(*) filter (where clock_start < now() - interval '18 months')::int as old
      from cases`);
    expect(facts?.transferred).toBeGreaterThanOrEqual(1);
    expect(facts?.continued).toBe(facts?.transferred);
    expect(facts?.reopened).toBeGreaterThanOrEqual(1);
    expect(facts?.overdue).toBeGreaterThanOrEqual(8);
    expect(facts?.due).toBeGreaterThanOrEqual(10);
    expect(facts?.closing).toBeGreaterThanOrEqual(8);
    expect(facts?.sensitive).toBeGreaterThanOrEqual(3);
    expect(facts?.drafts).toBeGreaterThanOrEqual(5);
    expect(facts?.old).toBeGreaterThanOrEqual(5);
  });

  it('have monitoring, referrals, certificates and documents, with consistent dates and numbers', async () => {
    const [facts] = await rows<Record<string, number>>(sql`select
      (select count(*)::int from monitoring_entries) as entries,
      (select count(*)::int from monitoring_entries where received_nothing) as nothing,
      (select count(*)::int from referrals where status = 'sent' and sent_at < now() - interval '14 days') as stale,
      (select count(*)::int from referrals where status = 'sent' and sent_at > now() - interval '14 days') as fresh,
      (select count(*)::int from referrals where status in ('completed', 'declined')) as answered,
      (select count(*)::int from certificates) as certificates,
      (select count(*)::int from documents where revision = 2) as corrected,
      (select count(distinct case_id)::int from documents) as with_documents,
      (select count(*)::int from cases c where c.number not like '%-' || extract(year from c.created_at)::text || '-%') as misnumbered,
      (select count(*)::int from certificates t where t.number not like '%-' || extract(year from t.issued_on)::text || '-%') as misnumbered_certificates,
      (select count(*)::int from case_events where at > now()) as future_events,
      (select count(*)::int from case_events e join cases c on c.id = e.case_id where e.at < c.created_at - interval '1 minute') as events_before_case`);
    expect(facts?.entries).toBeGreaterThan(200);
    expect(facts?.nothing).toBeGreaterThan(10);
    expect(facts?.stale).toBeGreaterThanOrEqual(1);
    expect(facts?.fresh).toBeGreaterThanOrEqual(1);
    expect(facts?.answered).toBeGreaterThanOrEqual(5);
    expect(facts?.certificates).toBeGreaterThan(100);
    expect(facts?.corrected).toBeGreaterThanOrEqual(3);
    expect(facts?.with_documents).toBeGreaterThanOrEqual(60);
    expect(facts?.misnumbered).toBe(0);
    expect(facts?.misnumbered_certificates).toBe(0);
    expect(facts?.future_events).toBe(0);
    expect(facts?.events_before_case).toBe(0);
    // Registered between now and two years ago.
    const [span] = await rows<{ oldest: Date; newest: Date }>(
      sql`select min(clock_start) as oldest, max(clock_start) as newest from cases`,
    );
    expect(Date.now() - new Date(span?.oldest ?? 0).getTime()).toBeLessThan(25 * 31 * 86_400_000);
    expect(new Date(span?.newest ?? 0).getTime()).toBeLessThan(Date.now());
  });

  it('number every series in order, and leave number_sequences at the last number used', async () => {
    const series = await rows<{
      series: string;
      year: number;
      used: number;
      n: number;
      last_value: number;
    }>(sql`
      with used as (
        select 'case:' || j.code as series, split_part(c.number, '-', 2)::int as year,
          max(split_part(c.number, '-', 3)::int) as used, count(*)::int as n
        from cases c join jurisdictions j on j.id = c.jurisdiction_id group by 1, 2
        union all
        select 'certificate:' || j.code, split_part(t.number, '-', 3)::int,
          max(split_part(t.number, '-', 4)::int), count(*)::int
        from certificates t join cases c on c.id = t.case_id
          join jurisdictions j on j.id = c.jurisdiction_id group by 1, 2
        union all
        select 'decision:QPS:' || j.code, split_part(a.decision_number, '-', 3)::int,
          max(split_part(a.decision_number, '-', 4)::int), count(*)::int
        from case_manager_assignments a join cases c on c.id = a.case_id
          join jurisdictions j on j.id = c.jurisdiction_id group by 1, 2)
      select u.series, u.year, u.used, u.n, s.last_value from used u
        left join number_sequences s on s.series = u.series and s.year = u.year`);
    expect(series.length).toBeGreaterThan(9);
    for (const row of series) {
      expect(row.last_value, `${row.series} ${row.year}`).toBe(row.used);
      expect(row.n, `${row.series} ${row.year} without gaps`).toBe(row.used);
    }
    // Numbered in the order of registration within each municipality and year.
    const [disorder] = await rows<{ n: number }>(sql`
      select count(*)::int as n from (
        select c.number, lag(c.number) over (partition by c.jurisdiction_id, split_part(c.number, '-', 2)
          order by c.created_at, c.number) as previous from cases c) x
      where x.previous > x.number`);
    expect(disorder?.n).toBe(0);
  });

  it('store FVN, anamnesis and monitoring answers that validate against their definitions', async () => {
    const submissions = await caseDb(t.db.kysely)
      .selectFrom('form_submissions as f')
      .innerJoin('cases as c', 'c.id', 'f.case_id')
      .select(['f.form_key', 'f.form_version', 'f.data', 'f.needs', 'c.household_id'])
      .execute();
    const persons = await caseDb(t.db.kysely)
      .selectFrom('persons')
      .select(['id', 'household_id', 'date_of_birth'])
      .where('household_id', 'is not', null)
      .execute();
    const households = new Map<string, typeof persons>();
    for (const person of persons) {
      const key = person.household_id ?? '';
      households.set(key, [...(households.get(key) ?? []), person]);
    }
    expect(new Set(submissions.map((s) => s.form_key))).toEqual(new Set(['fvn', 'anamnesis', 'monitoring']));
    for (const submission of submissions) {
      const definition = findFormDefinition(forms, 'XK', submission.form_key, submission.form_version);
      if (!definition) throw new Error(`no definition ${submission.form_key}`);
      const result = validateSubmission(definition, submission.data, {
        members: formMembers(households.get(submission.household_id) ?? [], new Date()),
      });
      expect(result.ok ? [] : result.problems, submission.form_key).toEqual([]);
      if (submission.form_key === 'fvn') expect((submission.needs as unknown[]).length).toBeGreaterThan(0);
    }
  });

  it('show each case its timeline in order, through the API', async () => {
    const [kase] = await rows<{ id: string; events: number }>(sql`
      select c.id, (select count(*)::int from case_events e where e.case_id = c.id) as events
      from cases c join jurisdictions j on j.id = c.jurisdiction_id
      where j.code = 'XK-PEJ' and c.sensitivity = 'normal' and c.reopened_count > 0
      order by c.number limit 1`);
    if (!kase) throw new Error('no reopened Peja case');
    const session = await loginAs(t.app, 'qps.peja');
    const response = await session.request({ method: 'GET', url: `/api/cases/${kase.id}/timeline` });
    expect(response.statusCode, response.body).toBe(200);
    const { items } = response.json() as { items: { kind: string; at: string; actor: unknown }[] };
    expect(items).toHaveLength(kase.events);
    expect(items[0]?.kind).toBe('case.opened');
    const times = items.map((item) => Date.parse(item.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const kinds = items.map((item) => item.kind);
    for (const kind of [
      'visit.recorded',
      'form.submitted',
      'plan.drafted',
      'plan.approved',
      'manager.appointed',
      'monitoring.added',
      'case.closed',
      'case.reopened',
    ])
      expect(kinds).toContain(kind);
    const order = (kind: string) => kinds.indexOf(kind);
    expect(order('visit.recorded')).toBeLessThan(order('form.submitted'));
    expect(order('plan.approved')).toBeLessThan(order('manager.appointed'));
    expect(order('case.closed')).toBeLessThan(order('case.reopened'));
    expect(items.every((item) => item.actor !== null)).toBe(true);
  });

  it('keep every document file where the server finds it, with its checksum', async () => {
    const result = await verifyDocuments(t.db.kysely, new LocalDiskBlobStore(join(dataDir, 'documents')));
    expect(result).toMatchObject({ missing: [], corrupt: [] });
    expect(result.checked).toBeGreaterThan(100);
  });

  it('let a case opened afterwards take the next number of its municipality', async () => {
    const [last] = await rows<{ last_value: number }>(sql`
      select last_value from number_sequences
      where series = 'case:XK-PEJ' and year = extract(year from now())::int`);
    const { householdId, personIds } = await insertSampleHousehold(t.db.kysely, 'XK-PEJ', [
      samplePerson({ firstName: 'Lindita', lastName: 'Demaj', gender: 'female' }),
    ]);
    const zkkk = await loginAs(t.app, 'zkkk.peja');
    const response = await zkkk.request({
      method: 'POST',
      url: '/api/cases',
      payload: { householdId, personId: personIds[0], sensitivity: 'normal' },
    });
    expect(response.statusCode, response.body).toBe(201);
    const year = new Date().getUTCFullYear();
    expect((response.json() as CaseDetail).number).toBe(
      `PEJ-${year}-${String((last?.last_value ?? 0) + 1).padStart(4, '0')}`,
    );
  });

  it('are counted on the home screen as each work queue counts and lists them', async () => {
    // The home counts the case queues together in one statement; each queue page counts and
    // lists its own kind: both must agree, overdue items included.
    let compared = 0;
    for (const username of ['qps.peja', 'cm.peja', 'zkkk.gjilan', 'qps.kacanik']) {
      const session = await loginAs(t.app, username);
      const home = (await session.request({ method: 'GET', url: '/api/home' })).json() as {
        queueCounts: { kind: string; total: number; overdue: number }[];
      };
      for (const count of home.queueCounts) {
        const page = (
          await session.request({ method: 'GET', url: `/api/work-queue?kind=${count.kind}&pageSize=100` })
        ).json() as { total: number; items: { overdue: boolean }[] };
        const label = `${username}: ${count.kind}`;
        expect(page.total, label).toBe(count.total);
        if (page.total <= 100)
          expect(page.items.filter((item) => item.overdue).length, label).toBe(count.overdue);
        compared++;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(8);
  });

  it('leave the audit chain valid, with one entry for the seed, and are seeded once', async () => {
    expect((await verifyAuditChain(t.db.kysely)).ok).toBe(true);
    const entries = await rows<{ details: Record<string, number> }>(
      sql`select details from audit_log where action = 'system.seed_demo_cases'`,
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]?.details.cases).toBe(seeded.cases);
    const before = await rows<{ n: number }>(sql`select count(*)::int as n from cases`);
    expect(await seedDemoCases(t.db, options())).toEqual({ cases: 0 });
    expect(await rows<{ n: number }>(sql`select count(*)::int as n from cases`)).toEqual(before);
  });
});
