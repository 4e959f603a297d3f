import type { CountryConfig, FormDefinition } from '@vatra/core';
import { sql, type Insertable, type Kysely, type Transaction } from 'kysely';
import type { Db } from '../../db/open.js';
import type { Database } from '../../db/schema.js';
import { appendAudit } from '../../services/audit/trail.js';
import { LocalDiskBlobStore } from '../../storage/blobs/local-disk.js';
import { caseDb, type CaseDatabase } from '../../storage/cases/tables.js';
import { textArray } from '../../storage/registry/persons.js';
import {
  buildDemoCases,
  demoActorNames,
  type BuildContext,
  type DemoDocument,
  type DemoRows,
} from './build.js';
import { MUNICIPALITIES } from './names.js';
import { demoCasePlan } from './plan.js';

export const CASES_SEEDED_KEY = 'demo_cases_seeded_at';

// One lock number for the case seed: two processes starting on one PostgreSQL database must not
// both seed (the second waits, then finds the marker).
const SEED_LOCK = 727276;
/** Rows per INSERT: a few hundred keeps each statement well under the parameter limit. */
const CHUNK = 250;
/** Documents' files written at the same time. */
const WRITERS = 8;

export interface CaseSeedOptions {
  /** Where the documents' bytes go: the server's `<VATRA_DATA_DIR>/documents`. */
  documentsDir: string;
  countries: CountryConfig[];
  forms: FormDefinition[];
}

export async function isDemoCasesSeeded(db: Kysely<Database>): Promise<boolean> {
  const row = await db
    .selectFrom('app_meta')
    .select('key')
    .where('key', '=', CASES_SEEDED_KEY)
    .executeTakeFirst();
  return Boolean(row);
}

/**
 * Seeds the demo's invented cases (demo/cases/plan.ts): every row built in memory first
 * (build.ts), then written with multi-row inserts in one transaction guarded by its own marker,
 * with one audit entry for the whole seed. A crash half-way leaves nothing (the documents'
 * files already written are removed again), and the next start seeds them again. Returns how
 * many cases were opened (0 when already done, or when the demo's Kosovo users are missing).
 */
export async function seedDemoCases(db: Db, options: CaseSeedOptions): Promise<{ cases: number }> {
  if (await isDemoCasesSeeded(db.kysely)) return { cases: 0 };
  const started = performance.now();
  const store = new LocalDiskBlobStore(options.documentsDir);
  const stored: string[] = [];
  let writing: Promise<string[]> | undefined;
  try {
    return await db.kysely.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(${SEED_LOCK})`.execute(trx);
      if (await isDemoCasesSeeded(trx)) return { cases: 0 };
      const context = await loadContext(trx, options);
      if (!context) return { cases: 0 };
      const rows = buildDemoCases(demoCasePlan(), context);
      // The files are written while the other tables are inserted.
      writing = storeFiles(store, rows.documents, stored);
      writing.catch(() => undefined);
      await insertRows(trx, rows);
      const keys = await writing;
      await insertChunks(
        trx,
        'documents',
        rows.documents.map((document, index) => {
          const key = keys[index];
          if (!key) throw new Error(`demo seed: no stored file for ${document.row.file_name}`);
          return { ...document.row, storage_key: key };
        }),
      );
      // The last number used per series and year: real registrations continue from there.
      if (rows.sequences.length > 0)
        await caseDb(trx)
          .insertInto('number_sequences')
          .values(rows.sequences)
          .onConflict((oc) =>
            oc.columns(['series', 'year']).doUpdateSet({ last_value: sql`excluded.last_value` }),
          )
          .execute();
      await trx
        .insertInto('app_meta')
        .values({ key: CASES_SEEDED_KEY, value: JSON.stringify(new Date().toISOString()) })
        .execute();
      const counts = countsOf(rows);
      await appendAudit(trx, {
        action: 'system.seed_demo_cases',
        outcome: 'ok',
        details: { ...counts, ms: Math.round(performance.now() - started) },
      });
      return { cases: counts.cases };
    });
  } catch (error) {
    await writing?.catch(() => undefined);
    await Promise.all(stored.map((key) => store.discard(key).catch(() => undefined)));
    throw error;
  }
}

/** The demo's "now", the configuration and the reference rows the cases point at. */
async function loadContext(
  trx: Transaction<Database>,
  options: CaseSeedOptions,
): Promise<BuildContext | undefined> {
  const country = options.countries.find((candidate) => candidate.country.code === 'XK');
  if (!country) return undefined;
  const names = demoActorNames();
  const actors = await trx
    .selectFrom('users as u')
    .select(['u.id', 'u.username', 'u.full_name as fullName', 'u.institution_id as institutionId'])
    .where('u.username', 'in', names)
    .where('u.active', '=', true)
    .execute();
  // The demo's Kosovo users must be there (and active): without them there is nobody to act.
  if (actors.length !== names.length) return undefined;
  const places = await trx
    .selectFrom('jurisdictions')
    .select(['id', 'code'])
    .where('code', 'in', [...MUNICIPALITIES])
    .execute();
  const institutions = await trx
    .selectFrom('institutions')
    .select(['id', 'code'])
    .where('active', '=', true)
    .execute();
  const sequences = await caseDb(trx).selectFrom('number_sequences').selectAll().execute();
  const now = (await sql<{ now: Date }>`select now() as now`.execute(trx)).rows[0]?.now;
  return {
    now: new Date(now ?? Date.now()),
    country,
    forms: options.forms,
    jurisdictions: new Map(places.map((row) => [row.code, row.id])),
    institutions: new Map(institutions.map((row) => [row.code, row.id])),
    actors: new Map(actors.map((row) => [row.username, row])),
    sequences: new Map(sequences.map((row) => [`${row.series}/${row.year}`, Number(row.last_value)])),
  };
}

/** Every table but the documents (which wait for their files), in the order of the references. */
async function insertRows(trx: Transaction<Database>, rows: DemoRows): Promise<void> {
  await insertChunks(trx, 'households', rows.households);
  await insertChunks(
    trx,
    'persons',
    rows.persons.map((person) => ({
      ...person,
      languages: textArray(person.languages),
      vulnerability: textArray(person.vulnerability),
    })),
  );
  await insertChunks(trx, 'cases', rows.cases);
  await insertChunks(trx, 'case_team', rows.team);
  await insertChunks(trx, 'case_visits', rows.visits);
  await insertChunks(trx, 'form_submissions', rows.submissions);
  await insertChunks(trx, 'case_plans', rows.plans);
  await insertChunks(trx, 'case_plan_items', rows.planItems);
  await insertChunks(trx, 'case_manager_assignments', rows.assignments);
  await insertChunks(trx, 'referrals', rows.referrals);
  await insertChunks(trx, 'monitoring_entries', rows.monitoring);
  await insertChunks(trx, 'certificates', rows.certificates);
  await insertChunks(trx, 'case_events', rows.events);
}

async function insertChunks<T extends keyof CaseDatabase & string>(
  trx: Transaction<Database>,
  table: T,
  rows: Insertable<CaseDatabase[T]>[],
): Promise<void> {
  // Kysely cannot type an insert into a table chosen by a type parameter; the rows are typed above.
  const db = caseDb(trx) as unknown as Kysely<Record<string, Record<string, unknown>>>;
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto(table)
      .values(rows.slice(i, i + CHUNK) as Record<string, unknown>[])
      .execute();
  }
}

/**
 * Writes the documents' files through the blob store, a few at a time; returns their keys in
 * order. `stored` collects every key written, so a failure can remove them again.
 */
async function storeFiles(
  store: LocalDiskBlobStore,
  documents: DemoDocument[],
  stored: string[],
): Promise<string[]> {
  const keys: string[] = [];
  let next = 0;
  const writer = async () => {
    while (next < documents.length) {
      const index = next++;
      const document = documents[index];
      if (!document) continue;
      const blob = await store.put(document.bytes);
      stored.push(blob.key);
      if (blob.sha256 !== document.row.sha256 || blob.size !== document.bytes.length)
        throw new Error(`demo seed: the stored file of ${document.row.file_name} differs from its bytes`);
      keys[index] = blob.key;
    }
  };
  const results = await Promise.allSettled(
    Array.from({ length: Math.min(WRITERS, documents.length) }, writer),
  );
  const failed = results.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  return keys;
}

function countsOf(rows: DemoRows) {
  return {
    cases: rows.cases.length,
    households: rows.households.length,
    persons: rows.persons.length,
    visits: rows.visits.length,
    submissions: rows.submissions.length,
    plans: rows.plans.length,
    monitoring: rows.monitoring.length,
    referrals: rows.referrals.length,
    certificates: rows.certificates.length,
    documents: rows.documents.length,
    events: rows.events.length,
  };
}
