import type { CountryConfig } from '@vatra/core';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Db } from '../../db/open.js';
import type { Database } from '../../db/schema.js';
import { appendAudit } from '../../services/audit/trail.js';
import { requestDb } from '../../storage/requests/tables.js';
import { isDemoCasesSeeded } from '../cases/seed-cases.js';
import { buildDemoRequests } from './build.js';
import { loadRequestContext } from './context.js';
import type { RequestRows } from './rows.js';

export const REQUESTS_SEEDED_KEY = 'demo_requests_seeded_at';

// Its own lock number: two processes starting on one PostgreSQL database must not both seed.
const SEED_LOCK = 727277;
const CHUNK = 250;

export async function isDemoRequestsSeeded(db: Kysely<Database>): Promise<boolean> {
  const row = await db
    .selectFrom('app_meta')
    .select('key')
    .where('key', '=', REQUESTS_SEEDED_KEY)
    .executeTakeFirst();
  return Boolean(row);
}

/**
 * Seeds the demo year of requests, commission meetings, decisions, appeals, executions and
 * benefits on the demo cases, and Peja's open call with its applications (build.ts): built in memory, written with multi-row inserts in one
 * transaction guarded by its own marker, with one audit entry for the whole seed (as the case
 * seed does). Runs after the demo cases; returns how many requests were filed (0 when already
 * done, or when the demo cases or users are missing).
 */
export async function seedDemoRequests(db: Db, countries: CountryConfig[]): Promise<{ requests: number }> {
  if (await isDemoRequestsSeeded(db.kysely)) return { requests: 0 };
  const started = performance.now();
  return db.kysely.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${SEED_LOCK})`.execute(trx);
    if (await isDemoRequestsSeeded(trx)) return { requests: 0 };
    if (!(await isDemoCasesSeeded(trx))) return { requests: 0 };
    const context = await loadRequestContext(trx, countries);
    if (!context) return { requests: 0 };
    const rows = buildDemoRequests(context);
    await insertRows(trx, rows);
    await trx
      .insertInto('app_meta')
      .values({ key: REQUESTS_SEEDED_KEY, value: JSON.stringify(new Date().toISOString()) })
      .execute();
    const counts = countsOf(rows);
    await appendAudit(trx, {
      action: 'system.seed_demo_requests',
      outcome: 'ok',
      details: { ...counts, ms: Math.round(performance.now() - started) },
    });
    return { requests: counts.requests };
  });
}

/**
 * In the order of the references. Agenda items of appeals and appeals point at each other (and
 * decisions at items): items go in without their appeal, which is set once the appeals are in.
 */
async function insertRows(trx: Transaction<Database>, rows: RequestRows): Promise<void> {
  await insertChunks(trx, 'calls', rows.calls);
  await insertChunks(trx, 'requests', rows.requests);
  await insertChunks(trx, 'call_application_scores', rows.scores);
  await insertChunks(trx, 'request_documents', rows.documents);
  await insertChunks(trx, 'commission_meetings', rows.meetings);
  await insertChunks(trx, 'commission_meeting_members', rows.members);
  await insertChunks(
    trx,
    'commission_agenda_items',
    rows.items.map((item) => ({ ...item, appeal_id: null })),
  );
  await insertChunks(trx, 'commission_votes', rows.votes);
  await insertChunks(trx, 'request_decisions', rows.decisions);
  await insertChunks(trx, 'request_appeals', rows.appeals);
  const db = requestDb(trx);
  for (const item of rows.items)
    if (item.appeal_id)
      await db
        .updateTable('commission_agenda_items')
        .set({ appeal_id: item.appeal_id })
        .where('id', '=', item.id)
        .execute();
  await insertChunks(trx, 'request_executions', rows.executions);
  await insertChunks(trx, 'benefits', rows.benefits);
  await insertChunks(trx, 'case_events', rows.events);
  // The last number used per series and year: real requests, meetings and decisions continue.
  if (rows.sequences.length > 0)
    await db
      .insertInto('number_sequences')
      .values(rows.sequences)
      .onConflict((oc) =>
        oc.columns(['series', 'year']).doUpdateSet({ last_value: sql`excluded.last_value` }),
      )
      .execute();
}

async function insertChunks<T extends Record<string, unknown>>(
  trx: Transaction<Database>,
  table: string,
  rows: T[],
): Promise<void> {
  // Kysely cannot type an insert into a table chosen at run time; the rows are typed in rows.ts.
  const db = trx as unknown as Kysely<Record<string, Record<string, unknown>>>;
  for (let i = 0; i < rows.length; i += CHUNK)
    await db
      .insertInto(table)
      .values(rows.slice(i, i + CHUNK))
      .execute();
}

function countsOf(rows: RequestRows) {
  return {
    requests: rows.requests.length,
    calls: rows.calls.length,
    applications: rows.scores.length,
    meetings: rows.meetings.length,
    decisions: rows.decisions.length,
    appeals: rows.appeals.length,
    executions: rows.executions.length,
    benefits: rows.benefits.length,
    events: rows.events.length,
  };
}
