import type { personInput } from '@vatra/core';
import { personNameKeys } from '@vatra/core';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/schema.js';
import { insertHousehold, insertPerson, type PersonValues } from '../../storage/registry/persons.js';

export type ParsedPerson = z.infer<typeof personInput>;

/** A parsed member as the row it becomes, name keys included. */
export function toPersonValues(
  person: ParsedPerson,
  place: { jurisdictionId: string; householdId: string | null; createdBy: string | null },
): PersonValues {
  const keys = personNameKeys(person);
  return {
    household_id: place.householdId,
    relation_to_head: place.householdId ? person.relationToHead : null,
    jurisdiction_id: place.jurisdictionId,
    first_name: person.firstName,
    last_name: person.lastName,
    father_name: person.fatherName ?? null,
    gender: person.gender,
    date_of_birth: person.dateOfBirth ?? null,
    birth_year_only: person.birthYearOnly,
    personal_number: person.personalNumber ?? null,
    category: person.category,
    arrival_date: person.arrivalDate ?? null,
    status_grant_date: person.statusGrantDate ?? null,
    country_returned_from: person.countryReturnedFrom ?? null,
    identity_documents: JSON.stringify(person.identityDocuments),
    community: person.community ?? null,
    languages: person.languages,
    phone: person.phone ?? null,
    vulnerability: person.vulnerability,
    sensitivity: person.sensitivity,
    name_key: keys.nameKey,
    first_phon: keys.firstPhon,
    last_phon: keys.lastPhon,
    father_phon: keys.fatherPhon,
    created_by: place.createdBy,
  };
}

export interface HouseholdWrite {
  jurisdictionId: string;
  settlement: string;
  addressLine?: string | null | undefined;
  phone?: string | null | undefined;
  members: ParsedPerson[];
  createdBy: string | null;
}

/**
 * Writes a household and its members: no access checks, no duplicate check, no audit. The
 * registration service wraps it with those; demo data and tests call it directly.
 */
export async function writeHousehold(
  db: Kysely<Database>,
  household: HouseholdWrite,
): Promise<{ householdId: string; personIds: string[] }> {
  const householdId = await insertHousehold(db, {
    jurisdictionId: household.jurisdictionId,
    settlement: household.settlement,
    addressLine: household.addressLine ?? null,
    phone: household.phone ?? null,
    createdBy: household.createdBy,
  });
  const personIds: string[] = [];
  for (const member of household.members) {
    personIds.push(
      await insertPerson(
        db,
        toPersonValues(member, {
          jurisdictionId: household.jurisdictionId,
          householdId,
          createdBy: household.createdBy,
        }),
      ),
    );
  }
  return { householdId, personIds };
}
