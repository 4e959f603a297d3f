import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { Database } from '../../db/schema.js';
import { careServiceDb } from './tables.js';

// SQL of the care-service area: providers with their place, services with occupancy, and
// enrolments with their position in the queue (derived, never stored).

export function providerRows(db: Kysely<Database>, where: (path: string) => Expression<SqlBool>) {
  return careServiceDb(db)
    .selectFrom('care_providers as p')
    .innerJoin('jurisdictions as j', 'j.id', 'p.jurisdiction_id')
    .selectAll('p')
    .select(['j.code as jurisdiction_code', 'j.name as jurisdiction_name', 'j.path as jurisdiction_path'])
    .where(where('j.path'))
    .orderBy('p.name')
    .orderBy('p.id');
}

export type ProviderRow = Awaited<ReturnType<ReturnType<typeof providerRows>['execute']>>[number];

/** Each service of the providers with its active places and persons waiting. */
export function serviceRows(db: Kysely<Database>, providerIds: string[]) {
  if (providerIds.length === 0) return Promise.resolve([]);
  return careServiceDb(db)
    .selectFrom('care_provider_services as s')
    .selectAll('s')
    .select([
      sql<number>`(select count(*)::int from care_enrolments e where e.provider_service_id = s.id and e.status = 'active')`.as(
        'occupied',
      ),
      sql<number>`(select count(*)::int from care_enrolments e where e.provider_service_id = s.id and e.status = 'waiting')`.as(
        'waiting',
      ),
    ])
    .where('s.provider_id', 'in', providerIds)
    .orderBy('s.service_code')
    .execute();
}

export type ServiceRow = Awaited<ReturnType<typeof serviceRows>>[number];

/** Enrolments with person, provider and queue position; filter picks which. */
export function enrolmentRows(db: Kysely<Database>) {
  return careServiceDb(db)
    .selectFrom('care_enrolments as e')
    .innerJoin('care_provider_services as s', 's.id', 'e.provider_service_id')
    .innerJoin('care_providers as p', 'p.id', 's.provider_id')
    .innerJoin('persons as pe', 'pe.id', 'e.person_id')
    .leftJoin('care_cases as c', 'c.id', 'e.care_case_id')
    .selectAll('e')
    .select([
      's.service_code',
      's.provider_id',
      'p.name as provider_name',
      'pe.first_name',
      'pe.last_name',
      'pe.sensitivity as person_sensitivity',
      'c.number as case_number',
      'c.sensitivity as case_sensitivity',
      sql<number | null>`case when e.status = 'waiting' then (
        select count(*)::int + 1 from care_enrolments w
        where w.provider_service_id = e.provider_service_id and w.status = 'waiting'
          and (w.requested_on, w.queued_at, w.id) < (e.requested_on, e.queued_at, e.id)
      ) end`.as('position'),
    ]);
}

export type EnrolmentRow = Awaited<ReturnType<ReturnType<typeof enrolmentRows>['execute']>>[number];

/** The service row locked for a change of its places (serialises concurrent enrolments). */
export async function lockService(db: Kysely<Database>, serviceId: string) {
  const row = await careServiceDb(db)
    .selectFrom('care_provider_services as s')
    .innerJoin('care_providers as p', 'p.id', 's.provider_id')
    .innerJoin('jurisdictions as j', 'j.id', 'p.jurisdiction_id')
    .select([
      's.id',
      's.service_code',
      's.capacity',
      's.active',
      'p.id as provider_id',
      'p.name as provider_name',
      'p.active as provider_active',
      'p.licence_valid_until',
      'p.jurisdiction_id',
      'j.path',
    ])
    .where('s.id', '=', serviceId)
    .forUpdate()
    .executeTakeFirst();
  if (!row) return undefined;
  const counts = await careServiceDb(db)
    .selectFrom('care_enrolments')
    .select([
      sql<number>`count(*) filter (where status = 'active')::int`.as('occupied'),
      sql<number>`count(*) filter (where status = 'waiting')::int`.as('waiting'),
    ])
    .where('provider_service_id', '=', serviceId)
    .executeTakeFirstOrThrow();
  return { ...row, occupied: counts.occupied, waiting: counts.waiting };
}

export type LockedService = NonNullable<Awaited<ReturnType<typeof lockService>>>;
