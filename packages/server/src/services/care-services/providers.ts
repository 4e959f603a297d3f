import type {
  EnrolmentView,
  ProviderList,
  ProviderView,
  providerCreateBody,
  providerServiceBody,
  providerServiceUpdateBody,
  providerUpdateBody,
} from '@vatra/core';
import { sql, type Updateable } from 'kysely';
import type { z } from 'zod';
import { errors } from '../../http/errors.js';
import { enrolmentRows, providerRows, serviceRows } from '../../storage/care-services/queries.js';
import { careServiceDb, type CareProvidersTable } from '../../storage/care-services/tables.js';
import type { AccessContext } from '../access/context.js';
import { findCareService, type CareServiceDeps } from './catalogue.js';
import { readPathsWithUnitMunicipality, withinPaths } from '../access/unit-reach.js';
import { careServiceErrors } from './errors.js';
import { enrolmentView, providerSummary } from './views.js';

type CreateBody = z.infer<typeof providerCreateBody>;
type UpdateBody = z.infer<typeof providerUpdateBody>;
type ServiceBody = z.infer<typeof providerServiceBody>;
type ServiceUpdateBody = z.infer<typeof providerServiceUpdateBody>;

/**
 * Providers of the user's jurisdiction (for a unit's worker, also of its municipality: reach.ts)
 * with licence status and each service's occupancy.
 */
export async function listProviders(access: AccessContext): Promise<ProviderList> {
  access.requireUser();
  const paths = await readPathsWithUnitMunicipality(access);
  const rows = await providerRows(access.db, (path) => withinPaths(paths, path)).execute();
  const services = await serviceRows(
    access.db,
    rows.map((r) => r.id),
  );
  return { items: rows.map((row) => providerSummary(row, services)) };
}

/** A provider with its services, the persons in them and each waiting list in queue order (audited read). */
export async function getProvider(access: AccessContext, id: string): Promise<ProviderView> {
  access.requireUser();
  const row = await providerRows(access.db, () => sql<boolean>`true`)
    .where('p.id', '=', id)
    .executeTakeFirst();
  // No reach check here: the route (readFromUnit) and every write route calling this have had
  // the provider's jurisdiction checked by the access hook, refusals audited there.
  if (!row) throw errors.notFound();
  const services = await serviceRows(access.db, [id]);
  const enrolments = await enrolmentRows(access.db)
    .where('s.provider_id', '=', id)
    .where('e.status', '<>', 'ended')
    .orderBy('s.service_code')
    .orderBy(sql`case when e.status = 'active' then 0 else 1 end`)
    .orderBy('e.started_on')
    .orderBy('e.requested_on')
    .orderBy('e.queued_at')
    .orderBy('e.id')
    .execute();
  const summary = providerSummary(row, services);
  const free = new Map(summary.services.map((s) => [s.id, s.free]));
  await access.audit(access.db, { action: 'care.provider.read', recordType: 'care_provider', recordId: id });
  const views = enrolments.map((e) => enrolmentView(access, e, free.get(e.provider_service_id) ?? 0));
  return { ...summary, enrolments: await hideOutsiders(access, row.jurisdiction_path, views) };
}

/**
 * A reader through the municipality (a unit's worker) sees the places and the queue, but the
 * names only of persons of their own jurisdiction.
 */
async function hideOutsiders(
  access: AccessContext,
  providerPath: string,
  views: EnrolmentView[],
): Promise<EnrolmentView[]> {
  if (access.covers(providerPath) || views.length === 0) return views;
  const persons = await careServiceDb(access.db)
    .selectFrom('persons as p')
    .innerJoin('jurisdictions as j', 'j.id', 'p.jurisdiction_id')
    .select(['p.id', 'j.path'])
    .where(
      'p.id',
      'in',
      views.map((v) => v.person.id),
    )
    .execute();
  const own = new Set(persons.filter((p) => access.covers(p.path)).map((p) => p.id));
  return views.map((view) =>
    own.has(view.person.id) ? view : { ...view, person: { ...view.person, name: '', hidden: true } },
  );
}

function licenceFields(
  body: Pick<CreateBody, 'licenceNumber' | 'licenceValidUntil'>,
  current?: { licence_number: string | null; licence_valid_until: string | null },
) {
  const number = body.licenceNumber === undefined ? (current?.licence_number ?? null) : body.licenceNumber;
  const until =
    body.licenceValidUntil === undefined ? (current?.licence_valid_until ?? null) : body.licenceValidUntil;
  // A licence is a number and a last valid day together (the table's check says so too).
  if ((number === null) !== (until === null))
    throw careServiceErrors.field(
      number === null ? 'licenceNumber' : 'licenceValidUntil',
      'licenceIncomplete',
    );
  return { licence_number: number, licence_valid_until: until };
}

export async function createProvider(access: AccessContext, body: CreateBody): Promise<ProviderView> {
  const user = access.requireUser();
  const jurisdictionId =
    body.jurisdictionId ??
    (
      await access.db
        .selectFrom('institutions')
        .select('jurisdiction_id')
        .where('id', '=', user.institutionId)
        .executeTakeFirstOrThrow()
    ).jurisdiction_id;
  const place = await access.db
    .selectFrom('jurisdictions')
    .select('path')
    .where('id', '=', jurisdictionId)
    .executeTakeFirst();
  if (!place) throw careServiceErrors.field('jurisdictionId', 'outsideJurisdiction');
  await access.requireInJurisdiction('jurisdiction', jurisdictionId, place.path);
  const licence = licenceFields(body);
  const id = await access.db.transaction().execute(async (trx) => {
    const row = await careServiceDb(trx)
      .insertInto('care_providers')
      .values({
        jurisdiction_id: jurisdictionId,
        name: body.name,
        kind: body.kind,
        ...licence,
        settlement: body.settlement,
        address: body.address ?? null,
        funding_source: body.fundingSource,
        funding_note: body.fundingNote ?? null,
        created_by: user.userId,
        updated_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await access.audit(trx, {
      action: 'care.provider.create',
      recordType: 'care_provider',
      recordId: row.id,
      details: { name: body.name, kind: body.kind, licenceNumber: licence.licence_number },
    });
    return row.id;
  });
  return getProvider(access, id);
}

export async function updateProvider(
  access: AccessContext,
  id: string,
  body: UpdateBody,
): Promise<ProviderView> {
  const current = await careServiceDb(access.db)
    .selectFrom('care_providers')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!current) throw errors.notFound();
  if (current.version !== body.version) throw errors.conflict();
  const values: Updateable<CareProvidersTable> = { ...licenceFields(body, current) };
  if (body.name !== undefined) values.name = body.name;
  if (body.kind !== undefined) values.kind = body.kind;
  if (body.settlement !== undefined) values.settlement = body.settlement;
  if (body.address !== undefined) values.address = body.address;
  if (body.fundingSource !== undefined) values.funding_source = body.fundingSource;
  if (body.fundingNote !== undefined) values.funding_note = body.fundingNote;
  if (body.active !== undefined) values.active = body.active;
  const changes = Object.fromEntries(
    Object.entries(values).filter(([key, value]) => (current as Record<string, unknown>)[key] !== value),
  );
  await access.db.transaction().execute(async (trx) => {
    const result = await careServiceDb(trx)
      .updateTable('care_providers')
      .set({ ...values, version: sql<number>`version + 1`, updated_at: new Date() })
      .where('id', '=', id)
      .where('version', '=', body.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw errors.conflict();
    await access.audit(trx, {
      action: 'care.provider.update',
      recordType: 'care_provider',
      recordId: id,
      details: { changes },
    });
  });
  return getProvider(access, id);
}

/** Adds a service of the country's catalogue to the provider, with its capacity. */
export async function addProviderService(
  access: AccessContext,
  deps: CareServiceDeps,
  id: string,
  body: ServiceBody,
): Promise<ProviderView> {
  const user = access.requireUser();
  if (!findCareService(deps, user.countryCode, body.serviceCode))
    throw careServiceErrors.field('serviceCode', 'unknownService');
  await access.db.transaction().execute(async (trx) => {
    const db = careServiceDb(trx);
    const bumped = await db
      .updateTable('care_providers')
      .set({ version: sql<number>`version + 1`, updated_at: new Date() })
      .where('id', '=', id)
      .where('version', '=', body.version)
      .executeTakeFirst();
    if (Number(bumped.numUpdatedRows) !== 1) throw errors.conflict();
    const existing = await db
      .selectFrom('care_provider_services')
      .select('id')
      .where('provider_id', '=', id)
      .where('service_code', '=', body.serviceCode)
      .executeTakeFirst();
    if (existing) throw careServiceErrors.field('serviceCode', 'serviceTaken');
    const row = await db
      .insertInto('care_provider_services')
      .values({
        provider_id: id,
        service_code: body.serviceCode,
        capacity: body.capacity,
        place: body.place ?? null,
        updated_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await access.audit(trx, {
      action: 'care.provider.add_service',
      recordType: 'care_provider',
      recordId: id,
      details: { providerServiceId: row.id, serviceCode: body.serviceCode, capacity: body.capacity },
    });
  });
  return getProvider(access, id);
}

/** Changes a service's capacity, place or activity; capacity never below the places taken. */
export async function updateProviderService(
  access: AccessContext,
  id: string,
  serviceId: string,
  body: ServiceUpdateBody,
): Promise<ProviderView> {
  await access.db.transaction().execute(async (trx) => {
    const db = careServiceDb(trx);
    const current = await db
      .selectFrom('care_provider_services')
      .selectAll()
      .where('id', '=', serviceId)
      .where('provider_id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!current) throw errors.notFound();
    if (current.version !== body.version) throw errors.conflict();
    if (body.capacity !== undefined) {
      const taken = await db
        .selectFrom('care_enrolments')
        .select(sql<number>`count(*)::int`.as('n'))
        .where('provider_service_id', '=', serviceId)
        .where('status', '=', 'active')
        .executeTakeFirstOrThrow();
      if (body.capacity < taken.n)
        throw careServiceErrors.field('capacity', 'capacityBelowOccupied', { occupied: taken.n });
    }
    await db
      .updateTable('care_provider_services')
      .set({
        ...(body.capacity !== undefined ? { capacity: body.capacity } : {}),
        ...(body.place !== undefined ? { place: body.place } : {}),
        ...(body.active !== undefined ? { active: body.active } : {}),
        version: sql<number>`version + 1`,
        updated_at: new Date(),
      })
      .where('id', '=', serviceId)
      .execute();
    await access.audit(trx, {
      action: 'care.provider.update_service',
      recordType: 'care_provider',
      recordId: id,
      details: {
        providerServiceId: serviceId,
        capacity: [current.capacity, body.capacity ?? current.capacity],
        active: [current.active, body.active ?? current.active],
      },
    });
  });
  return getProvider(access, id);
}
