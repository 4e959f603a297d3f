import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { Database } from '../../db/schema.js';
import { employmentDb } from './tables.js';

// SQL of the employment-links area: the register of assisted households, the members of the
// households assisted in a month, and job-seeker profiles.

type InPlace = (pathColumn: string) => Expression<SqlBool>;

/** Assistance periods with their household's place, head (or first member) and size. */
export function assistedRows(db: Kysely<Database>, inPlace: InPlace) {
  return employmentDb(db)
    .selectFrom('assisted_households as a')
    .innerJoin('households as h', 'h.id', 'a.household_id')
    .innerJoin('jurisdictions as j', 'j.id', 'a.jurisdiction_id')
    .where(inPlace('j.path'))
    .select([
      'a.id',
      'a.household_id',
      'a.scheme',
      'a.area',
      'a.national_reference',
      'a.from_month',
      'a.to_month',
      'a.version',
      'h.settlement',
      'j.path',
      'j.name as jurisdiction_name',
      sql<number>`(select count(*)::int from persons m where m.household_id = h.id and m.merged_into is null)`.as(
        'members',
      ),
      sql<{ first_name: string; last_name: string; sensitivity: string } | null>`(
        select json_build_object('first_name', m.first_name, 'last_name', m.last_name, 'sensitivity', m.sensitivity)
        from persons m where m.household_id = h.id and m.merged_into is null
        order by (m.relation_to_head = 'head') desc nulls last, m.created_at, m.id limit 1)`.as('head'),
    ]);
}

/** Periods of a household and scheme that share a month with [from, to] (to null: open-ended). */
export function overlapping(
  db: Kysely<Database>,
  householdId: string,
  scheme: 'ne' | 'fund6',
  from: string,
  to: string | null,
) {
  let query = employmentDb(db)
    .selectFrom('assisted_households')
    .select(['id', 'from_month', 'to_month'])
    .where('household_id', '=', householdId)
    .where('scheme', '=', scheme)
    .where((eb) => eb.or([eb('to_month', 'is', null), eb('to_month', '>=', from)]));
  if (to !== null) query = query.where('from_month', '<=', to);
  return query;
}

/**
 * Every member of a household assisted in the month (first day `start`) whose age on that day is
 * within [from, to], with the facts the list shows. One row per person, whatever the schemes.
 */
export function monthlyMembers(
  db: Kysely<Database>,
  place: string,
  start: string,
  age: { from: number; to: number },
) {
  const assisted = sql`(select a.household_id, array_agg(distinct a.scheme order by a.scheme) as schemes,
      bool_or(a.area = 'urban') as urban, string_agg(distinct a.national_reference, ', ') as reference
    from assisted_households a join jurisdictions aj on aj.id = a.jurisdiction_id
    where starts_with(aj.path, ${place}) and a.from_month <= ${start}::date
      and (a.to_month is null or a.to_month >= ${start}::date)
    group by a.household_id)`;
  const ageOn = sql<number>`extract(year from age(${start}::date, p.date_of_birth))::int`;
  return employmentDb(db)
    .selectFrom(
      sql<{ household_id: string; schemes: string[]; urban: boolean; reference: string }>`${assisted}`.as(
        'x',
      ),
    )
    .innerJoin('persons as p', 'p.household_id', 'x.household_id')
    .innerJoin('households as h', 'h.id', 'x.household_id')
    .where('p.merged_into', 'is', null)
    .where('p.date_of_birth', 'is not', null)
    .where(ageOn, '>=', age.from)
    .where(ageOn, '<=', age.to)
    .select([
      'p.id as person_id',
      'p.household_id',
      'p.first_name',
      'p.last_name',
      'p.personal_number',
      'p.date_of_birth',
      'p.gender',
      'p.sensitivity',
      'h.settlement',
      'x.schemes',
      'x.urban',
      'x.reference',
      ageOn.as('age'),
      sql<boolean>`exists (select 1 from job_seeker_profiles s where s.person_id = p.id)`.as('has_profile'),
      sql<boolean>`exists (select 1 from persons d where d.household_id = p.household_id
        and d.merged_into is null and 'disability' = any(d.vulnerability))`.as('priority'),
      sql<number>`(select count(*)::int from job_offer_refusals r where r.person_id = p.id
        and r.offered_on >= ${start}::date - interval '11 months'
        and r.offered_on < ${start}::date + interval '1 month')`.as('refusals'),
    ])
    .orderBy('h.settlement')
    .orderBy('p.last_name')
    .orderBy('p.first_name')
    .orderBy('p.id');
}

/** Households assisted in the month under a place (the count the list and its send record). */
export async function householdsAssisted(
  db: Kysely<Database>,
  place: string,
  start: string,
): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(distinct a.household_id)::int as n from assisted_households a
    join jurisdictions j on j.id = a.jurisdiction_id
    where starts_with(j.path, ${place}) and a.from_month <= ${start}::date
      and (a.to_month is null or a.to_month >= ${start}::date)`.execute(db);
  return rows[0]?.n ?? 0;
}

/** Profiles with their person and next review day (`step`: the review interval as SQL). */
export function profileRows(db: Kysely<Database>, inPlace: InPlace, step: ReturnType<typeof sql.raw>) {
  const next = sql<string>`(coalesce(s.last_reviewed_on, s.registered_on) + ${step})::date`;
  return employmentDb(db)
    .selectFrom('job_seeker_profiles as s')
    .innerJoin('persons as p', 'p.id', 's.person_id')
    .innerJoin('jurisdictions as j', 'j.id', 's.jurisdiction_id')
    .leftJoin('households as h', 'h.id', 'p.household_id')
    .where(inPlace('j.path'))
    .select([
      's.id',
      's.person_id',
      's.registered_on',
      's.qualification',
      's.experience',
      's.last_reviewed_on',
      's.version',
      'p.first_name',
      'p.last_name',
      'p.personal_number',
      'p.date_of_birth',
      'p.sensitivity',
      'h.settlement',
      'j.path',
      next.as('next_review_on'),
    ]);
}

/** The interval of a deadline as SQL (`interval '6 months'`). */
export function intervalOf(deadline: { value: number; unit: string }) {
  const unit = deadline.unit === 'months' ? 'months' : deadline.unit === 'hours' ? 'hours' : 'days';
  return sql.raw(`interval '${Number(deadline.value)} ${unit}'`);
}
