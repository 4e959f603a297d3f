import { personInput, type PersonInput } from '@vatra/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { writeHousehold } from './write.js';

// Invented people for tests and demo data. `samplePerson` is pure: a valid household member
// (the body POST /api/households takes), changed by `overrides`.

export function samplePerson(overrides: Partial<PersonInput> = {}): PersonInput {
  return {
    firstName: 'Arbër',
    lastName: 'Krasniqi',
    fatherName: 'Rexhep',
    gender: 'male',
    dateOfBirth: '1984-03-12',
    category: 'returnee_forced',
    arrivalDate: '2026-01-20',
    countryReturnedFrom: 'DE',
    identityDocuments: [
      { type: 'id_card', held: false },
      { type: 'passport', held: true, number: 'P01234567' },
    ],
    community: 'albanian',
    languages: ['sq', 'de'],
    vulnerability: [],
    relationToHead: 'head',
    ...overrides,
  };
}

/**
 * Writes a household straight to the database in a jurisdiction given by code (XK-PEJ): no
 * access check, no audit, no duplicate check. For demo seeding and test fixtures only.
 */
export async function insertSampleHousehold(
  db: Kysely<Database>,
  jurisdictionCode: string,
  members: PersonInput[] = [samplePerson()],
  settlement = 'Qendër',
): Promise<{ householdId: string; personIds: string[] }> {
  const jurisdiction = await db
    .selectFrom('jurisdictions')
    .select('id')
    .where('code', '=', jurisdictionCode)
    .executeTakeFirstOrThrow();
  return db.transaction().execute((trx) =>
    writeHousehold(trx, {
      jurisdictionId: jurisdiction.id,
      settlement,
      members: members.map((member) => personInput.parse(member)),
      createdBy: null,
    }),
  );
}
