import type { CountryConfig, SchemeConfig } from '@vatra/core';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { caseDb } from '../../storage/cases/tables.js';
import { PLACE } from '../cases/build.js';
import { MUNICIPALITIES, type Municipality } from '../cases/names.js';

// What the demo year of requests is built from: the demo cases already seeded (their households,
// documents and case managers), the demo users who act, the institutions that decide and carry
// out, the scheme catalogue and the numbers already taken.

export { PLACE };

/** The DRPR regional coordinator who carries out KKR decisions in each municipality's region. */
export const COORDINATOR: Record<Municipality, { username: string; institution: string }> = {
  'XK-KAC': { username: 'rc.ferizaj', institution: 'DRPR-RC-XK-FE' },
  'XK-PEJ': { username: 'rc.peja', institution: 'DRPR-RC-XK-PE' },
  'XK-GJL': { username: 'rc.gjilan', institution: 'DRPR-RC-XK-GL' },
};

const ROLES = ['zkkk', 'qps', 'cm', 'kkr', 'kkr2', 'kkr3', 'kkrsek', 'ka', 'ka2', 'ka3', 'zp', 'dka', 'mun'];

/** The demo users the requests' story needs. */
export function requestActorNames(): string[] {
  return Object.values(PLACE)
    .flatMap((place) => ROLES.map((role) => `${role}.${place}`))
    .concat(Object.values(COORDINATOR).map((c) => c.username));
}

export interface Actor {
  id: string;
  username: string;
  fullName: string;
  institutionId: string;
}

export interface DemoCase {
  id: string;
  number: string;
  municipality: Municipality;
  jurisdictionId: string;
  householdId: string;
  headId: string;
  managerId: string | null;
  stage: string;
  kind: 'returnee' | 'foreigner';
  /** The household's head is a woman (a call's computed criterion). */
  femaleHead: boolean;
  openedAt: Date;
  members: { id: string; firstName: string; lastName: string; dateOfBirth: string | null }[];
  /** The latest ID-card copy of each person (documents of type "id"), with when it was uploaded. */
  idCopies: Map<string, { id: string; at: Date }>;
}

export interface RequestContext {
  now: Date;
  schemes: Map<string, SchemeConfig>;
  cases: DemoCase[];
  actors: Map<string, Actor>;
  /** Institution code → id. */
  institutions: Map<string, string>;
  /** Numbers already taken: `${series}/${year}` → last value. */
  sequences: Map<string, number>;
}

/** Loads the context, or undefined when the demo's cases or users are not there. */
export async function loadRequestContext(
  trx: Kysely<Database>,
  countries: CountryConfig[],
): Promise<RequestContext | undefined> {
  const country = countries.find((c) => c.country.code === 'XK');
  if (!country) return undefined;
  const names = requestActorNames();
  const actors = await trx
    .selectFrom('users')
    .select(['id', 'username', 'full_name as fullName', 'institution_id as institutionId'])
    .where('username', 'in', names)
    .where('active', '=', true)
    .execute();
  if (actors.length !== names.length) return undefined;
  const db = caseDb(trx);
  const cases = await db
    .selectFrom('cases as c')
    .innerJoin('jurisdictions as j', 'j.id', 'c.jurisdiction_id')
    .select([
      'c.id',
      'c.number',
      'j.code',
      'c.jurisdiction_id',
      'c.household_id',
      'c.person_id',
      'c.case_manager_id',
      'c.stage',
      'c.kind',
      'c.created_at',
    ])
    .where('j.code', 'in', [...MUNICIPALITIES])
    .where('c.status', '=', 'open')
    .where('c.stage', 'in', ['assessed', 'planned', 'monitoring'])
    .orderBy('c.number')
    .execute();
  if (cases.length === 0) return undefined;
  const households = cases.map((c) => c.household_id);
  const persons = await db
    .selectFrom('persons')
    .select(['id', 'household_id', 'first_name', 'last_name', 'date_of_birth', 'gender', 'relation_to_head'])
    .where('household_id', 'in', households)
    .where('merged_into', 'is', null)
    .orderBy('date_of_birth')
    .orderBy('id')
    .execute();
  const documents = await db
    .selectFrom('documents')
    .select(['id', 'case_id', 'person_id', 'uploaded_at', 'revision'])
    .where(
      'case_id',
      'in',
      cases.map((c) => c.id),
    )
    .where('doc_type', '=', 'id')
    .orderBy('revision')
    .execute();
  const institutions = await trx
    .selectFrom('institutions')
    .select(['id', 'code'])
    .where('active', '=', true)
    .execute();
  const sequences = await db.selectFrom('number_sequences').selectAll().execute();
  const now = (await sql<{ now: Date }>`select now() as now`.execute(trx)).rows[0]?.now;
  return {
    now: new Date(now ?? Date.now()),
    schemes: new Map(country.schemes.map((s) => [s.code, s])),
    cases: cases.map((c) => {
      const idCopies = new Map<string, { id: string; at: Date }>();
      for (const d of documents)
        if (d.case_id === c.id && d.person_id) idCopies.set(d.person_id, { id: d.id, at: d.uploaded_at });
      return {
        id: c.id,
        number: c.number,
        municipality: c.code as Municipality,
        jurisdictionId: c.jurisdiction_id,
        householdId: c.household_id,
        headId: c.person_id,
        managerId: c.case_manager_id,
        stage: c.stage,
        kind: c.kind,
        femaleHead: persons.some(
          (p) => p.household_id === c.household_id && p.relation_to_head === 'head' && p.gender === 'female',
        ),
        openedAt: new Date(c.created_at),
        members: persons
          .filter((p) => p.household_id === c.household_id)
          .map((p) => ({
            id: p.id,
            firstName: p.first_name,
            lastName: p.last_name,
            dateOfBirth: p.date_of_birth,
          })),
        idCopies,
      };
    }),
    actors: new Map(actors.map((a) => [a.username, a])),
    institutions: new Map(institutions.map((i) => [i.code, i.id])),
    sequences: new Map(sequences.map((s) => [`${s.series}/${s.year}`, Number(s.last_value)])),
  };
}
