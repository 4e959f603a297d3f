import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { insertSampleHousehold, samplePerson } from '../services/registry/samples.js';
import { requestDb } from '../storage/requests/tables.js';

// Cases, requests and their later steps written straight in SQL, for tests that need requests
// and benefits in a given state without walking every step through the API.

let counter = 0;

/** A household of two, an open case in the municipality and one uploaded document of the case. */
export async function insertCaseWithDocument(
  db: Kysely<Database>,
  municipality: { code: string; local: string; settlement: string },
  kind: 'returnee' | 'foreigner' = 'returnee',
) {
  const k = requestDb(db);
  const jurisdiction = await k
    .selectFrom('jurisdictions')
    .select('id')
    .where('code', '=', municipality.code)
    .executeTakeFirstOrThrow();
  counter++;
  const household = await insertSampleHousehold(
    db,
    municipality.code,
    [
      samplePerson({ firstName: 'Valon', lastName: `Hoxha${counter}` }),
      samplePerson({
        firstName: 'Drita',
        lastName: `Hoxha${counter}`,
        gender: 'female',
        relationToHead: 'spouse',
      }),
    ],
    municipality.settlement,
  );
  const now = new Date();
  const kase = await k
    .insertInto('cases')
    .values({
      number: `${municipality.local}-2026-${8800 + counter}`,
      jurisdiction_id: jurisdiction.id,
      household_id: household.householdId,
      person_id: household.personIds[0] ?? '',
      kind,
      clock_start: now,
      visit_due_at: new Date(now.getTime() + 72 * 3_600_000),
      closure_due_on: '2027-12-31',
      stage: 'monitoring',
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const uploader = await k.selectFrom('users').select('id').orderBy('username').executeTakeFirstOrThrow();
  const document = await k
    .insertInto('documents')
    .values({
      jurisdiction_id: jurisdiction.id,
      case_id: kase.id,
      doc_type: 'other',
      series_id: randomUUID(),
      file_name: 'shkresa-atk.pdf',
      content_type: 'application/pdf',
      size_bytes: 1,
      sha256: '0'.repeat(64),
      storage_key: `aa/${randomUUID()}`,
      uploaded_by: uploader.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return {
    jurisdictionId: jurisdiction.id,
    caseId: kase.id,
    householdId: household.householdId,
    personIds: household.personIds,
    documentId: document.id,
    userId: uploader.id,
  };
}
