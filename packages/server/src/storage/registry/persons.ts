import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Insertable } from 'kysely';
import { registryDb, type PersonsTable } from './tables.js';

// SQL of the registry: persons and households, and the candidate queries of name search. The
// candidates are bounded; ranking happens in the service (core/registry/fold.ts).

/** At most this many candidates are read for one search or duplicate check. */
export const CANDIDATE_LIMIT = 400;

function personsWithPlace(db: Kysely<Database>) {
  return registryDb(db)
    .selectFrom('persons as p')
    .innerJoin('jurisdictions as j', 'j.id', 'p.jurisdiction_id');
}

const personColumns = [
  'p.id',
  'p.household_id as householdId',
  'p.relation_to_head as relationToHead',
  'p.first_name as firstName',
  'p.last_name as lastName',
  'p.father_name as fatherName',
  'p.gender',
  'p.date_of_birth as dateOfBirth',
  'p.birth_year_only as birthYearOnly',
  'p.personal_number as personalNumber',
  'p.category',
  'p.arrival_date as arrivalDate',
  'p.status_grant_date as statusGrantDate',
  'p.country_returned_from as countryReturnedFrom',
  'p.identity_documents as identityDocuments',
  'p.community',
  'p.languages',
  'p.phone',
  'p.vulnerability',
  'p.sensitivity',
  'p.merged_into as mergedInto',
  'p.version',
  'p.created_at as createdAt',
  'p.updated_at as updatedAt',
  'j.id as jurisdictionId',
  'j.code as jurisdictionCode',
  'j.name as jurisdictionName',
  'j.path as jurisdictionPath',
] as const;

const summaryColumns = [
  'p.id',
  'p.household_id as householdId',
  'p.first_name as firstName',
  'p.last_name as lastName',
  'p.father_name as fatherName',
  'p.gender',
  'p.date_of_birth as dateOfBirth',
  'p.birth_year_only as birthYearOnly',
  'p.personal_number as personalNumber',
  'p.category',
  'p.sensitivity',
  'p.name_key as nameKey',
  'p.first_phon as firstPhon',
  'p.last_phon as lastPhon',
  'p.father_phon as fatherPhon',
  'j.id as jurisdictionId',
  'j.code as jurisdictionCode',
  'j.name as jurisdictionName',
  'j.path as jurisdictionPath',
] as const;

export function findPerson(db: Kysely<Database>, id: string) {
  return personsWithPlace(db).select(personColumns).where('p.id', '=', id).executeTakeFirst();
}
export type PersonRow = NonNullable<Awaited<ReturnType<typeof findPerson>>>;

export function findMembers(db: Kysely<Database>, householdId: string) {
  return personsWithPlace(db)
    .select(personColumns)
    .where('p.household_id', '=', householdId)
    .where('p.merged_into', 'is', null)
    .orderBy(sql`p.relation_to_head = 'head'`, 'desc')
    .orderBy('p.date_of_birth')
    .orderBy('p.id')
    .execute();
}

export function findHousehold(db: Kysely<Database>, id: string) {
  return registryDb(db)
    .selectFrom('households as h')
    .innerJoin('jurisdictions as j', 'j.id', 'h.jurisdiction_id')
    .select([
      'h.id',
      'h.settlement',
      'h.address_line as addressLine',
      'h.phone',
      'h.version',
      'h.created_at as createdAt',
      'h.updated_at as updatedAt',
      'j.id as jurisdictionId',
      'j.code as jurisdictionCode',
      'j.name as jurisdictionName',
      'j.path as jurisdictionPath',
    ])
    .where('h.id', '=', id)
    .executeTakeFirst();
}

export async function insertHousehold(
  db: Kysely<Database>,
  values: {
    jurisdictionId: string;
    settlement: string;
    addressLine: string | null;
    phone: string | null;
    createdBy: string | null;
  },
): Promise<string> {
  const row = await registryDb(db)
    .insertInto('households')
    .values({
      jurisdiction_id: values.jurisdictionId,
      settlement: values.settlement,
      address_line: values.addressLine,
      phone: values.phone,
      created_by: values.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export type PersonValues = Omit<Insertable<PersonsTable>, 'languages' | 'vulnerability'> & {
  languages: string[];
  vulnerability: string[];
};

export function textArray(values: string[]): string[] {
  return sql<string[]>`${sql.val([...new Set(values)])}::text[]` as unknown as string[];
}

export async function insertPerson(db: Kysely<Database>, values: PersonValues): Promise<string> {
  const row = await registryDb(db)
    .insertInto('persons')
    .values({
      ...values,
      languages: textArray(values.languages),
      vulnerability: textArray(values.vulnerability),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The column starts with the key: typing in progress, or the same sound. */
export function keyPrefix(column: string, key: string): Expression<SqlBool> {
  return sql<SqlBool>`${sql.ref(column)} like ${`${key}%`}`;
}

/**
 * The column starts with the key, or shares its first letters and is about as long (a spelling
 * mistake further on). Both are prefix conditions an index on the column (text_pattern_ops)
 * answers.
 */
export function keyMatches(column: string, key: string): Expression<SqlBool> {
  const ref = sql.ref(column);
  const head = key.slice(0, key.length >= 5 ? 3 : 2);
  return sql<SqlBool>`(${ref} like ${`${head}%`} and (${ref} like ${`${key}%`} or length(${ref}) between ${key.length - 2} and ${key.length + 2}))`;
}

export interface CandidateFilter {
  /** Jurisdiction condition over j.path. */
  place: Expression<SqlBool>;
  sensitivities?: string[];
  /** Phonetic key one of first or last name must match. */
  anyNameKey?: string;
  /** [last, first] key pairs, one of which both names must start with (a full name typed). */
  namePairs?: [string, string][];
  /** prefix: the name starts with the key; fuzzy: also names spelt a little differently. */
  match?: 'prefix' | 'fuzzy';
  dateOfBirth?: string;
  personalNumber?: string;
  excludeId?: string;
}

function birthMatches(dateOfBirth: string): Expression<SqlBool> {
  const year = dateOfBirth.slice(0, 4);
  return sql<SqlBool>`(p.date_of_birth = ${dateOfBirth} or (p.birth_year_only and p.date_of_birth between ${`${year}-01-01`} and ${`${year}-12-31`}))`;
}

/**
 * Search candidates: at most CANDIDATE_LIMIT live (not merged) persons meeting every filter, in
 * no particular order (the service ranks them), so the database can stop at the limit.
 */
export function searchCandidates(db: Kysely<Database>, filter: CandidateFilter) {
  let query = personsWithPlace(db)
    .select(summaryColumns)
    .where('p.merged_into', 'is', null)
    .where(filter.place);
  if (filter.sensitivities) query = query.where('p.sensitivity', 'in', filter.sensitivities);
  if (filter.personalNumber) query = query.where('p.personal_number', '=', filter.personalNumber);
  if (filter.dateOfBirth) query = query.where(birthMatches(filter.dateOfBirth));
  const pairs = filter.namePairs;
  if (pairs?.length) {
    query = query.where((eb) =>
      eb.or(
        pairs.map(([last, first]) =>
          eb.and([keyPrefix('p.last_phon', last), keyPrefix('p.first_phon', first)]),
        ),
      ),
    );
  }
  const key = filter.anyNameKey;
  if (key) {
    const match = filter.match === 'fuzzy' ? keyMatches : keyPrefix;
    query = query.where((eb) => eb.or([match('p.first_phon', key), match('p.last_phon', key)]));
  }
  return query.limit(CANDIDATE_LIMIT).execute();
}
export type CandidateRow = Awaited<ReturnType<typeof searchCandidates>>[number];

/**
 * Duplicate candidates anywhere in `place` (the user's country): the same personal number, or a
 * last name like the given one with a first name starting alike, in either order.
 */
export function duplicateCandidates(
  db: Kysely<Database>,
  filter: { place: Expression<SqlBool>; firstKey: string; lastKey: string; personalNumber?: string | null },
) {
  const firstHead = `${filter.firstKey.slice(0, 1)}%`;
  return personsWithPlace(db)
    .select(summaryColumns)
    .where('p.merged_into', 'is', null)
    .where(filter.place)
    .where((eb) =>
      eb.or([
        ...(filter.personalNumber ? [eb('p.personal_number', '=', filter.personalNumber)] : []),
        eb.and([keyMatches('p.last_phon', filter.lastKey), eb('p.first_phon', 'like', firstHead)]),
        // Given and family name swapped, as happens in old registers.
        eb.and([keyMatches('p.first_phon', filter.lastKey), eb('p.last_phon', 'like', firstHead)]),
      ]),
    )
    .limit(CANDIDATE_LIMIT)
    .execute();
}

export function personsByIds(db: Kysely<Database>, ids: string[]) {
  if (!ids.length) return Promise.resolve([]);
  return personsWithPlace(db).select(summaryColumns).where('p.id', 'in', ids).execute();
}
