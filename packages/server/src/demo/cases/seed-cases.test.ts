import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadForms } from '../../config/forms.js';
import { loadCountries } from '../../config/load.js';
import type { Db } from '../../db/open.js';
import { verifyAuditChain } from '../../services/audit/trail.js';
import { freshDb } from '../../test/harness.js';
import { seedDemoCases } from './seed-cases.js';

let db: Db;
let drop: () => Promise<void>;
let documentsDir: string;
let seeded: { cases: number };
let ms = 0;
const options = () => ({ documentsDir, countries: loadCountries(['kosovo']), forms: loadForms(['kosovo']) });

beforeAll(async () => {
  ({ db, drop } = await freshDb());
  documentsDir = mkdtempSync(join(tmpdir(), 'vatra-demo-docs-'));
  const started = Date.now();
  seeded = await seedDemoCases(db, options());
  ms = Date.now() - started;
  console.info(`demo cases: ${seeded.cases} seeded in ${ms} ms`);
}, 300_000);

afterAll(async () => {
  await db.close();
  await drop();
  rmSync(documentsDir, { recursive: true, force: true });
});

async function rows<T>(query: ReturnType<typeof sql<T>>): Promise<T[]> {
  return (await query.execute(db.kysely)).rows;
}

describe('the demo cases', () => {
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

  it('leave the audit chain valid and are seeded once', async () => {
    expect((await verifyAuditChain(db.kysely)).ok).toBe(true);
    const before = await rows<{ n: number }>(sql`select count(*)::int as n from cases`);
    expect(await seedDemoCases(db, options())).toEqual({ cases: 0 });
    expect(await rows<{ n: number }>(sql`select count(*)::int as n from cases`)).toEqual(before);
  });
});
