import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { careServiceDb } from '../../storage/care-services/tables.js';
import { insertSampleHousehold, samplePerson } from '../registry/samples.js';

// Invented people of Pukë for the care-service tests and demo: a household each, registered as
// returned from Italy or Greece (the registry has no category for residents yet).

export async function insertPukePerson(
  db: Kysely<Database>,
  firstName: string,
  lastName: string,
  settlement: string,
  gender: 'female' | 'male' = 'female',
): Promise<string> {
  const { personIds } = await insertSampleHousehold(
    db,
    'AL-PUK',
    [
      samplePerson({
        firstName,
        lastName,
        fatherName: 'Gjon',
        gender,
        category: 'resident',
        countryReturnedFrom: null,
        arrivalDate: null,
        languages: ['sq'],
      }),
    ],
    settlement,
  );
  return personIds[0] ?? '';
}

/** A document of the person (a scanned paper of the VKM 518 checklist), stored by reference only. */
export async function insertPersonDocument(
  db: Kysely<Database>,
  personId: string,
  fileName: string,
  uploadedBy: string,
): Promise<string> {
  const person = await careServiceDb(db)
    .selectFrom('persons')
    .select('jurisdiction_id')
    .where('id', '=', personId)
    .executeTakeFirstOrThrow();
  const row = await careServiceDb(db)
    .insertInto('documents')
    .values({
      jurisdiction_id: person.jurisdiction_id,
      person_id: personId,
      case_id: null,
      submission_id: null,
      note: null,
      doc_type: 'other',
      series_id: randomUUID(),
      file_name: fileName,
      content_type: 'application/pdf',
      size_bytes: 1024,
      sha256: '0'.repeat(64),
      storage_key: `demo/${randomUUID()}`,
      uploaded_by: uploadedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * One provider (with a service), one waiting enrolment and one draft Council list in a place given
 * by code, written straight to the database: the access matrix's records of this area.
 */
export async function insertCareServiceSamples(
  db: Kysely<Database>,
  placeCode: string,
): Promise<{ care_provider: string; care_enrolment: string; council_list: string; path: string }> {
  const place = await db
    .selectFrom('jurisdictions')
    .select(['id', 'path'])
    .where('code', '=', placeCode)
    .executeTakeFirstOrThrow();
  const user = await db.selectFrom('users').select('id').orderBy('username').executeTakeFirstOrThrow();
  const { personIds } = await insertSampleHousehold(db, placeCode, [
    samplePerson({ firstName: `Matrix ${placeCode}` }),
  ]);
  const k = careServiceDb(db);
  const provider = await k
    .insertInto('care_providers')
    .values({
      jurisdiction_id: place.id,
      name: `Matrix ${placeCode}`,
      kind: 'ngo',
      licence_number: 'M-1',
      licence_valid_until: '2099-12-31',
      settlement: 'Qendër',
      address: null,
      funding_source: 'donor',
      funding_note: null,
      created_by: null,
      updated_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const service = await k
    .insertInto('care_provider_services')
    .values({
      provider_id: provider.id,
      service_code: 'matrix',
      capacity: 1,
      place: null,
      updated_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const enrolment = await k
    .insertInto('care_enrolments')
    .values({
      jurisdiction_id: place.id,
      person_id: personIds[0] ?? '',
      care_case_id: null,
      provider_service_id: service.id,
      status: 'waiting',
      requested_on: '2026-01-05',
      started_on: null,
      approval_item_id: null,
      created_by: user.id,
      updated_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const list = await k
    .insertInto('council_approval_lists')
    .values({
      jurisdiction_id: place.id,
      title: 'Matrix',
      status: 'draft',
      created_by: user.id,
      updated_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return {
    care_provider: provider.id,
    care_enrolment: enrolment.id,
    council_list: list.id,
    path: place.path,
  };
}
