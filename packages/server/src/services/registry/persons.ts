import type { duplicateCheckBody, personSearchQuery, personUpdateBody } from '@vatra/core';
import {
  maskName,
  nameTokens,
  personNameKeys,
  phoneticKey,
  phoneticToken,
  keyedWords,
  personWords,
  wordsScore,
  type WeightedWords,
  type DuplicateCandidate,
  type PersonDetail,
  type PersonSummary,
  type Sensitivity,
} from '@vatra/core';
import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/schema.js';
import { HttpError, errors } from '../../http/errors.js';
import {
  CANDIDATE_LIMIT,
  duplicateCandidates,
  findPerson,
  searchCandidates,
  textArray,
  type CandidateRow,
  type PersonRow,
} from '../../storage/registry/persons.js';
import { registryDb } from '../../storage/registry/tables.js';
import { updateVersioned } from '../../storage/versioned.js';
import type { AccessContext } from '../access/context.js';
import { countriesOf } from '../access/references.js';
import { DUPLICATE_THRESHOLD, duplicateMatch, type Wanted } from './matching.js';

export const registryErrors = {
  sensitive: () => new HttpError(403, 'sensitive_record', 'server.errors.sensitiveRecord'),
  merged: () => new HttpError(409, 'person_merged', 'server.errors.personMerged'),
  mergeSelf: () =>
    new HttpError(
      422,
      'merge_self',
      'server.errors.mergeSelf',
      {},
      { duplicateId: { key: 'server.fields.invalid' } },
    ),
};

type Place = {
  jurisdictionId: string;
  jurisdictionCode: string;
  jurisdictionName: PersonSummary['jurisdiction']['name'];
};

function placeOf(row: Place): PersonSummary['jurisdiction'] {
  return { id: row.jurisdictionId, code: row.jurisdictionCode, name: row.jurisdictionName };
}

export function toDetail(row: PersonRow): PersonDetail {
  return {
    id: row.id,
    householdId: row.householdId,
    relationToHead: row.relationToHead as PersonDetail['relationToHead'],
    jurisdiction: placeOf(row),
    firstName: row.firstName,
    lastName: row.lastName,
    fatherName: row.fatherName,
    gender: row.gender as PersonDetail['gender'],
    dateOfBirth: row.dateOfBirth,
    birthYearOnly: row.birthYearOnly,
    personalNumber: row.personalNumber,
    category: row.category as PersonDetail['category'],
    arrivalDate: row.arrivalDate,
    statusGrantDate: row.statusGrantDate,
    countryReturnedFrom: row.countryReturnedFrom,
    identityDocuments: row.identityDocuments,
    community: row.community as PersonDetail['community'],
    languages: row.languages,
    phone: row.phone,
    vulnerability: row.vulnerability as PersonDetail['vulnerability'],
    sensitivity: row.sensitivity as PersonDetail['sensitivity'],
    mergedInto: row.mergedInto,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The fields of a person row a summary shows (search candidates and full rows both have them). */
type SummaryFields = Pick<
  CandidateRow,
  | 'id'
  | 'householdId'
  | 'jurisdictionId'
  | 'jurisdictionCode'
  | 'jurisdictionName'
  | 'firstName'
  | 'lastName'
  | 'fatherName'
  | 'gender'
  | 'dateOfBirth'
  | 'birthYearOnly'
  | 'personalNumber'
  | 'category'
>;

export function toSummary(row: SummaryFields): PersonSummary {
  return {
    id: row.id,
    householdId: row.householdId,
    jurisdiction: placeOf(row),
    firstName: row.firstName,
    lastName: row.lastName,
    fatherName: row.fatherName,
    gender: row.gender as PersonSummary['gender'],
    dateOfBirth: row.dateOfBirth,
    birthYearOnly: row.birthYearOnly,
    personalNumber: row.personalNumber,
    category: row.category as PersonSummary['category'],
  };
}

/** May this user see this person's sensitivity class? */
export function seesSensitivity(access: AccessContext, sensitivity: string): boolean {
  return (access.visibleSensitivities() as string[]).includes(sensitivity);
}

/** Refuses (403, audited) a person whose sensitivity the user may not see. */
export async function requireSensitivity(access: AccessContext, row: { id: string; sensitivity: string }) {
  if (seesSensitivity(access, row.sensitivity)) return;
  await access.deny({ reason: 'sensitivity', sensitivity: row.sensitivity }, 'person', row.id);
  throw registryErrors.sensitive();
}

/** A person the user may see: in their jurisdiction and sensitivity, else refused and audited. */
export async function requireVisiblePerson(
  access: AccessContext,
  id: string,
  field?: string,
): Promise<PersonRow> {
  const row = await findPerson(access.db, id);
  if (!row) throw field ? errors.badReference(field) : errors.notFound();
  await access.requireInJurisdiction('person', id, row.jurisdictionPath);
  await requireSensitivity(access, row);
  return row;
}

export async function searchPersons(access: AccessContext, query: z.infer<typeof personSearchQuery>) {
  const typed = nameTokens(query.q ?? '');
  const longest = typed
    .map(phoneticToken)
    .reduce<string | undefined>((best, key) => (!best || key.length > best.length ? key : best), undefined);
  const filter = {
    place: access.inJurisdiction('j.path'),
    sensitivities: access.visibleSensitivities(),
    ...(longest ? { anyNameKey: longest } : {}),
    ...(query.dateOfBirth ? { dateOfBirth: query.dateOfBirth } : {}),
    ...(query.personalNumber ? { personalNumber: query.personalNumber } : {}),
  };
  let rows: CandidateRow[] = [];
  if (!query.q || longest) {
    // Names that start alike first (one index range). Names spelt a little differently rank
    // below those, so they are looked for only when the first kind cannot fill the page: a
    // common name costs one bounded query.
    // A full name typed: last and first name must both start alike, in either order.
    const keys = [...new Set(typed.map(phoneticToken))].slice(0, 3);
    const pairs = keys.flatMap((a) => keys.filter((b) => b !== a).map((b): [string, string] => [a, b]));
    rows = pairs.length
      ? await searchCandidates(access.db, { ...filter, anyNameKey: undefined, namePairs: pairs })
      : await searchCandidates(access.db, { ...filter, match: 'prefix' });
    if (longest && rows.length < query.page * query.pageSize) {
      const seen = new Set(rows.map((row) => row.id));
      const fuzzy = await searchCandidates(access.db, { ...filter, match: 'fuzzy' });
      rows = [...rows, ...fuzzy.filter((row) => !seen.has(row.id))].slice(0, CANDIDATE_LIMIT);
    }
  }
  const typedWords = keyedWords(query.q ?? '');
  const scored = rows
    .map((row) => ({
      row,
      score: query.q ? Math.round(wordsScore(typedWords, storedWords(row)) * 1000) / 1000 : 1,
    }))
    .filter((hit) => hit.score > 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        a.row.lastName.localeCompare(b.row.lastName) ||
        a.row.firstName.localeCompare(b.row.firstName) ||
        a.row.id.localeCompare(b.row.id),
    );
  const start = (query.page - 1) * query.pageSize;
  const items = scored
    .slice(start, start + query.pageSize)
    .map((hit) => ({ ...toSummary(hit.row), score: hit.score }));
  await access.audit(access.db, {
    action: 'person.search',
    details: {
      q: query.q ?? null,
      dateOfBirth: query.dateOfBirth ?? null,
      personalNumber: query.personalNumber ?? null,
      count: scored.length,
      page: query.page,
      truncated: rows.length >= CANDIDATE_LIMIT,
    },
  });
  return {
    items,
    total: scored.length,
    page: query.page,
    pageSize: query.pageSize,
    truncated: rows.length >= CANDIDATE_LIMIT,
  };
}

/** A candidate's words from the keys stored with it, without folding its names again. */
function storedWords(row: CandidateRow): WeightedWords {
  const folded = row.nameKey.split(' ');
  const keys = `${row.firstPhon} ${row.lastPhon}`.split(' ');
  if (folded.length !== keys.length || folded.includes('')) return personWords(row);
  const words: WeightedWords = folded.map((word, i) => [{ folded: word, key: keys[i] ?? '' }, 1]);
  for (const key of row.fatherPhon?.split(' ') ?? []) words.push([{ folded: key, key }, 0.9]);
  return words;
}

/** SQL condition: the path lies in one of the countries the user works in. */
function inCountriesOf(access: AccessContext): Expression<SqlBool> {
  const countries = countriesOf(access);
  if (!countries.length) return sql<SqlBool>`false`;
  return sql<SqlBool>`(${sql.join(
    countries.map((country) => sql`starts_with(j.path, ${`/${country}/`})`),
    sql` or `,
  )})`;
}

/**
 * Possible duplicates of a person about to be registered, anywhere in the user's country. Those
 * outside the user's jurisdiction or sensitivity show only municipality, year of birth and
 * initials. No audit here: the callers audit.
 */
export async function findDuplicates(access: AccessContext, wanted: Wanted): Promise<DuplicateCandidate[]> {
  const firstKey = phoneticKey(wanted.firstName);
  const lastKey = phoneticKey(wanted.lastName);
  if (!firstKey || !lastKey) return [];
  const rows = await duplicateCandidates(access.db, {
    place: inCountriesOf(access),
    firstKey,
    lastKey,
    personalNumber: wanted.personalNumber ?? null,
  });
  const visible = access.visibleSensitivities() as Sensitivity[] as string[];
  return rows
    .map((row) => ({ row, match: duplicateMatch(wanted, row) }))
    .filter(({ match }) => match.score >= DUPLICATE_THRESHOLD)
    .sort((a, b) => Number(b.match.strong) - Number(a.match.strong) || b.match.score - a.match.score)
    .slice(0, 50)
    .map(({ row, match }) => {
      const shown = access.covers(row.jurisdictionPath) && visible.includes(row.sensitivity);
      return {
        id: row.id,
        strong: match.strong,
        score: match.score,
        visible: shown,
        municipality: placeOf(row),
        birthYear: row.dateOfBirth ? Number(row.dateOfBirth.slice(0, 4)) : null,
        maskedName: maskName(row.firstName, row.lastName),
        person: shown ? toSummary(row) : null,
      };
    });
}

export async function checkDuplicates(access: AccessContext, body: z.infer<typeof duplicateCheckBody>) {
  const candidates = await findDuplicates(access, body);
  await access.audit(access.db, {
    action: 'person.duplicates',
    details: {
      firstName: body.firstName,
      lastName: body.lastName,
      dateOfBirth: body.dateOfBirth ?? null,
      personalNumber: body.personalNumber ?? null,
      count: candidates.length,
      candidates: candidates.map((c) => c.id),
    },
  });
  return { candidates };
}

export async function getPerson(access: AccessContext, id: string): Promise<PersonDetail> {
  const row = await findPerson(access.db, id);
  if (!row) throw errors.notFound();
  await requireSensitivity(access, row);
  await access.audit(access.db, { action: 'person.read', recordType: 'person', recordId: id });
  return toDetail(row);
}

async function readQuietly(db: Kysely<Database>, id: string): Promise<PersonDetail> {
  const row = await findPerson(db, id);
  if (!row) throw errors.notFound();
  return toDetail(row);
}

/** A unique violation on the personal number (two registrations racing, or an edit). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}

const COLUMNS = {
  firstName: 'first_name',
  lastName: 'last_name',
  fatherName: 'father_name',
  gender: 'gender',
  dateOfBirth: 'date_of_birth',
  birthYearOnly: 'birth_year_only',
  personalNumber: 'personal_number',
  category: 'category',
  arrivalDate: 'arrival_date',
  statusGrantDate: 'status_grant_date',
  countryReturnedFrom: 'country_returned_from',
  community: 'community',
  phone: 'phone',
  sensitivity: 'sensitivity',
  relationToHead: 'relation_to_head',
} as const;

/**
 * What an edit changed, field by field as [before, after] (fields sent unchanged left out): the
 * person's record history is read back from these audit entries.
 */
function differences(
  current: PersonRow,
  changes: Record<string, unknown>,
): Record<string, [unknown, unknown]> {
  const before = current as unknown as Record<string, unknown>;
  const result: Record<string, [unknown, unknown]> = {};
  for (const [field, after] of Object.entries(changes)) {
    if (after === undefined) continue;
    if (JSON.stringify(before[field] ?? null) !== JSON.stringify(after ?? null))
      result[field] = [before[field] ?? null, after];
  }
  return result;
}

export async function updatePerson(
  access: AccessContext,
  id: string,
  body: z.infer<typeof personUpdateBody>,
): Promise<PersonDetail> {
  const current = await findPerson(access.db, id);
  if (!current) throw errors.notFound();
  await requireSensitivity(access, current);
  if (current.mergedInto) throw registryErrors.merged();
  const { version, ...changes } = body;
  const values: Record<string, unknown> = {};
  for (const [field, column] of Object.entries(COLUMNS)) {
    const value = changes[field as keyof typeof changes];
    if (value !== undefined) values[column] = value;
  }
  if (changes.identityDocuments) values.identity_documents = JSON.stringify(changes.identityDocuments);
  if (changes.languages) values.languages = textArray(changes.languages);
  if (changes.vulnerability) values.vulnerability = textArray(changes.vulnerability);
  if (changes.relationToHead && !current.householdId) delete values.relation_to_head;
  if (changes.firstName !== undefined || changes.lastName !== undefined || changes.fatherName !== undefined) {
    const keys = personNameKeys({
      firstName: changes.firstName ?? current.firstName,
      lastName: changes.lastName ?? current.lastName,
      fatherName: changes.fatherName === undefined ? current.fatherName : changes.fatherName,
    });
    Object.assign(values, {
      name_key: keys.nameKey,
      first_phon: keys.firstPhon,
      last_phon: keys.lastPhon,
      father_phon: keys.fatherPhon,
    });
  }
  try {
    await access.db.transaction().execute(async (trx) => {
      await updateVersioned(trx, 'persons', id, version, values);
      await access.audit(trx, {
        action: 'person.update',
        recordType: 'person',
        recordId: id,
        details: { changed: Object.keys(changes), changes: differences(current, changes) },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw errors.duplicate('personalNumber');
    throw error;
  }
  return readQuietly(access.db, id);
}

/** Columns a survivor takes from the merged record when it has no value of its own. */
const GAPS = [
  'father_name',
  'date_of_birth',
  'personal_number',
  'arrival_date',
  'status_grant_date',
  'country_returned_from',
  'community',
  'phone',
] as const;

/**
 * Merges `duplicateId` into the survivor `id`: the duplicate is kept, pointing at the survivor;
 * the survivor fills its empty fields from it; the duplicate's household moves to the survivor's
 * household (or becomes the survivor's, when it had none). Both in the user's jurisdiction and
 * sensitivity; both audited.
 */
export async function mergePersons(
  access: AccessContext,
  id: string,
  duplicateId: string,
  version: number,
): Promise<PersonDetail> {
  if (id === duplicateId) throw registryErrors.mergeSelf();
  const survivor = await findPerson(access.db, id);
  if (!survivor) throw errors.notFound();
  await requireSensitivity(access, survivor);
  const duplicate = await requireVisiblePerson(access, duplicateId, 'duplicateId');
  if (survivor.mergedInto || duplicate.mergedInto) throw registryErrors.merged();
  const raw = await registryDb(access.db)
    .selectFrom('persons')
    .select(GAPS)
    .where('id', 'in', [id, duplicateId])
    .select('id')
    .execute();
  const survivorRaw = raw.find((r) => r.id === id);
  const duplicateRaw = raw.find((r) => r.id === duplicateId);
  if (!survivorRaw || !duplicateRaw) throw errors.notFound();
  const filled: Record<string, unknown> = {};
  for (const column of GAPS) {
    if (survivorRaw[column] === null && duplicateRaw[column] !== null) filled[column] = duplicateRaw[column];
  }
  if (filled.date_of_birth !== undefined) filled.birth_year_only = duplicate.birthYearOnly;
  await access.db.transaction().execute(async (trx) => {
    const k = registryDb(trx);
    // The merged record gives up its personal number first: it is unique among all records.
    if (filled.personal_number !== undefined) {
      await k.updateTable('persons').set({ personal_number: null }).where('id', '=', duplicateId).execute();
    }
    let moved: string[] = [];
    const ownHousehold = survivor.householdId;
    if (duplicate.householdId && !ownHousehold) {
      filled.household_id = duplicate.householdId;
      filled.relation_to_head = duplicate.relationToHead;
      await updateVersioned(trx, 'persons', id, version, filled);
    } else {
      await updateVersioned(trx, 'persons', id, version, filled);
      if (duplicate.householdId && ownHousehold && duplicate.householdId !== ownHousehold) {
        const rows = await k
          .updateTable('persons')
          .set((eb) => ({
            household_id: ownHousehold,
            relation_to_head: sql<string>`case when relation_to_head = 'head' then 'other_relative' else relation_to_head end`,
            version: eb('version', '+', 1),
            updated_at: new Date(),
          }))
          .where('household_id', '=', duplicate.householdId)
          .where('id', '<>', duplicateId)
          .where('merged_into', 'is', null)
          .returning('id')
          .execute();
        moved = rows.map((r) => r.id);
      }
    }
    await k
      .updateTable('persons')
      .set((eb) => ({ merged_into: id, version: eb('version', '+', 1), updated_at: new Date() }))
      .where('id', '=', duplicateId)
      .execute();
    const details = {
      survivorId: id,
      duplicateId,
      filled: Object.keys(filled),
      movedMembers: moved,
      fromHousehold: duplicate.householdId,
    };
    await access.audit(trx, { action: 'person.merge', recordType: 'person', recordId: id, details });
    await access.audit(trx, {
      action: 'person.merged_into',
      recordType: 'person',
      recordId: duplicateId,
      details,
    });
    for (const member of moved) {
      await access.audit(trx, {
        action: 'person.move_household',
        recordType: 'person',
        recordId: member,
        details: { from: duplicate.householdId, to: ownHousehold, reason: 'merge', survivorId: id },
      });
    }
  });
  return readQuietly(access.db, id);
}
