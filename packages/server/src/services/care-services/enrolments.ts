import type {
  EnrolmentList,
  EnrolmentView,
  enrolBody,
  enrolmentActivateBody,
  enrolmentEndBody,
} from '@vatra/core';
import { localized, officeToday } from '@vatra/core';
import { sql, type Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/schema.js';
import { errors } from '../../http/errors.js';
import { enrolmentRows, lockService, type LockedService } from '../../storage/care-services/queries.js';
import { careServiceDb } from '../../storage/care-services/tables.js';
import type { AccessContext } from '../access/context.js';
import { findCareService, needsCouncilApproval, type CareServiceDeps } from './catalogue.js';
import { licenceStatus } from './dates.js';
import { careServiceErrors } from './errors.js';
import { approvedItem, recordCareEvent, requireCareCaseOf, requirePerson } from './parties.js';
import { enrolmentView } from './views.js';
import { readPathsWithUnitMunicipality, withinPaths } from '../access/unit-reach.js';

type EnrolBody = z.infer<typeof enrolBody>;
type ActivateBody = z.infer<typeof enrolmentActivateBody>;
type EndBody = z.infer<typeof enrolmentEndBody>;

/** Refuses a provider that may not take anyone in: inactive, or its licence expired or missing. */
function requireOpen(service: LockedService, on: string): void {
  if (!service.active || !service.provider_active) throw careServiceErrors.providerInactive();
  const status = licenceStatus(service.licence_valid_until, on);
  if (status === 'none') throw careServiceErrors.noLicence(service.provider_name);
  if (status === 'expired')
    throw careServiceErrors.licenceExpired(service.provider_name, service.licence_valid_until ?? '');
}

/**
 * Taking a place: free capacity, and where the country requires it the Council's approval of
 * this person for this service. Returns the approving item (or null when none is needed).
 */
async function requirePlace(
  trx: Kysely<Database>,
  access: AccessContext,
  deps: CareServiceDeps,
  service: LockedService,
  personId: string,
): Promise<string | null> {
  if (service.occupied >= service.capacity)
    throw careServiceErrors.atCapacity(service.capacity, service.occupied);
  const user = access.requireUser();
  const config = findCareService(deps, user.countryCode, service.service_code);
  if (!config || !needsCouncilApproval(deps, user.countryCode, config)) return null;
  const item = await approvedItem(trx, personId, service.service_code, service.jurisdiction_id);
  if (!item) throw careServiceErrors.councilApprovalNeeded(localized(config.name, access.locale));
  return item;
}

async function loadEnrolment(access: AccessContext, id: string): Promise<EnrolmentView> {
  const row = await enrolmentRows(access.db).where('e.id', '=', id).executeTakeFirst();
  if (!row) throw errors.notFound();
  const service = await freePlaces(access.db, row.provider_service_id);
  return enrolmentView(access, row, service);
}

async function freePlaces(db: Kysely<Database>, serviceId: string): Promise<number> {
  const row = await careServiceDb(db)
    .selectFrom('care_provider_services as s')
    .select([
      's.capacity',
      sql<number>`(select count(*)::int from care_enrolments e where e.provider_service_id = s.id and e.status = 'active')`.as(
        'occupied',
      ),
    ])
    .where('s.id', '=', serviceId)
    .executeTakeFirstOrThrow();
  return Math.max(0, row.capacity - row.occupied);
}

/**
 * Enrols a person in a provider's service: a place now when one is free and nobody is waiting,
 * or the waiting list when asked. A full service without the waiting list is refused (409 naming
 * the capacity), as is a provider whose licence has expired.
 */
export async function enrol(
  access: AccessContext,
  deps: CareServiceDeps,
  body: EnrolBody,
): Promise<EnrolmentView> {
  const user = access.requireUser();
  const target = await careServiceDb(access.db)
    .selectFrom('care_provider_services as s')
    .innerJoin('care_providers as p', 'p.id', 's.provider_id')
    .innerJoin('jurisdictions as j', 'j.id', 'p.jurisdiction_id')
    .select(['p.id as provider_id', 'j.path'])
    .where('s.id', '=', body.providerServiceId)
    .executeTakeFirst();
  if (!target) throw errors.badReference('providerServiceId');
  await access.requireInJurisdiction('care_provider', target.provider_id, target.path);
  await requirePerson(access, body.personId);
  const careCaseId = await requireCareCaseOf(access, body.careCaseId, body.personId);
  const requestedOn = body.requestedOn ?? officeToday();
  const startedOn = body.startedOn ?? officeToday();

  const id = await access.db.transaction().execute(async (trx) => {
    const service = await lockService(trx, body.providerServiceId);
    if (!service) throw errors.badReference('providerServiceId');
    requireOpen(service, body.waitingList ? officeToday() : startedOn);
    const open = await careServiceDb(trx)
      .selectFrom('care_enrolments')
      .select('id')
      .where('person_id', '=', body.personId)
      .where('provider_service_id', '=', body.providerServiceId)
      .where('status', '<>', 'ended')
      .executeTakeFirst();
    if (open) throw careServiceErrors.alreadyEnrolled();
    let approvalItemId: string | null = null;
    if (!body.waitingList) {
      // The queue is kept: while anyone waits, a free place goes to the first of them.
      if (service.waiting > 0) throw careServiceErrors.queueAhead(service.waiting);
      approvalItemId = await requirePlace(trx, access, deps, service, body.personId);
    }
    const row = await careServiceDb(trx)
      .insertInto('care_enrolments')
      .values({
        jurisdiction_id: service.jurisdiction_id,
        person_id: body.personId,
        care_case_id: careCaseId,
        provider_service_id: service.id,
        status: body.waitingList ? 'waiting' : 'active',
        requested_on: requestedOn,
        started_on: body.waitingList ? null : startedOn,
        approval_item_id: approvalItemId,
        created_by: user.userId,
        updated_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const details = {
      enrolmentId: row.id,
      providerId: service.provider_id,
      serviceCode: service.service_code,
      status: body.waitingList ? 'waiting' : 'active',
    };
    await recordCareEvent(
      trx,
      access,
      careCaseId,
      body.waitingList ? 'service.waiting' : 'service.started',
      details,
    );
    await access.audit(trx, {
      action: body.waitingList ? 'care.enrolment.queue' : 'care.enrolment.start',
      recordType: 'care_enrolment',
      recordId: row.id,
      details: { ...details, personId: body.personId },
    });
    return row.id;
  });
  return loadEnrolment(access, id);
}

async function current(access: AccessContext, id: string) {
  const row = await careServiceDb(access.db)
    .selectFrom('care_enrolments')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw errors.notFound();
  return row;
}

/** Moves the first person waiting into a free place (a user's decision, never automatic). */
export async function activateEnrolment(
  access: AccessContext,
  deps: CareServiceDeps,
  id: string,
  body: ActivateBody,
): Promise<EnrolmentView> {
  const before = await current(access, id);
  const startedOn = body.startedOn ?? officeToday();
  await access.db.transaction().execute(async (trx) => {
    const service = await lockService(trx, before.provider_service_id);
    if (!service) throw errors.notFound();
    const row = await enrolmentRows(trx).where('e.id', '=', id).executeTakeFirstOrThrow();
    if (row.version !== body.version) throw errors.conflict();
    if (row.status !== 'waiting')
      throw careServiceErrors.invalidTransition(access.locale, 'activate', row.status);
    if (row.position !== 1) throw careServiceErrors.notFirstInQueue(row.position ?? 0);
    requireOpen(service, startedOn);
    const approvalItemId = await requirePlace(trx, access, deps, service, row.person_id);
    const result = await careServiceDb(trx)
      .updateTable('care_enrolments')
      .set({
        status: 'active',
        started_on: startedOn,
        approval_item_id: approvalItemId,
        version: sql<number>`version + 1`,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .where('version', '=', body.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw errors.conflict();
    const details = {
      enrolmentId: id,
      providerId: service.provider_id,
      serviceCode: service.service_code,
      startedOn,
    };
    await recordCareEvent(trx, access, row.care_case_id, 'service.started', details);
    await access.audit(trx, {
      action: 'care.enrolment.activate',
      recordType: 'care_enrolment',
      recordId: id,
      details,
    });
  });
  return loadEnrolment(access, id);
}

/** Ends a place or takes a person off the waiting list; a place freed is offered to the first waiting. */
export async function endEnrolment(access: AccessContext, id: string, body: EndBody): Promise<EnrolmentView> {
  const row = await current(access, id);
  if (row.version !== body.version) throw errors.conflict();
  if (row.status === 'ended') throw careServiceErrors.invalidTransition(access.locale, 'end', row.status);
  const endedOn = body.endedOn ?? officeToday();
  if (row.started_on && endedOn < row.started_on) throw careServiceErrors.field('endedOn', 'endBeforeStart');
  // The timeline names the service that ended, as it names the one started.
  const service = await careServiceDb(access.db)
    .selectFrom('care_provider_services')
    .select('service_code')
    .where('id', '=', row.provider_service_id)
    .executeTakeFirstOrThrow();
  await access.db.transaction().execute(async (trx) => {
    const result = await careServiceDb(trx)
      .updateTable('care_enrolments')
      .set({
        status: 'ended',
        ended_on: endedOn,
        end_reason: body.reason,
        end_note: body.note ?? null,
        version: sql<number>`version + 1`,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .where('version', '=', body.version)
      .where('status', '<>', 'ended')
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw errors.conflict();
    const details = {
      enrolmentId: id,
      serviceCode: service.service_code,
      from: row.status,
      endedOn,
      reason: body.reason,
    };
    await recordCareEvent(trx, access, row.care_case_id, 'service.ended', details);
    await access.audit(trx, {
      action: 'care.enrolment.end',
      recordType: 'care_enrolment',
      recordId: id,
      details,
    });
  });
  return loadEnrolment(access, id);
}

/**
 * A person's enrolments in services of the user's jurisdiction (for a unit's worker, also of its
 * municipality: reach.ts), newest first (audited read).
 */
export async function listPersonEnrolments(access: AccessContext, personId: string): Promise<EnrolmentList> {
  access.requireUser();
  // No such person is a 404, not an empty list (nor a read of them in the audit trail).
  const person = await careServiceDb(access.db)
    .selectFrom('persons')
    .select('id')
    .where('id', '=', personId)
    .executeTakeFirst();
  if (!person) throw errors.notFound();
  const paths = await readPathsWithUnitMunicipality(access);
  const rows = await enrolmentRows(access.db)
    .innerJoin('jurisdictions as pj', 'pj.id', 'p.jurisdiction_id')
    .where('e.person_id', '=', personId)
    .where(withinPaths(paths, 'pj.path'))
    .orderBy('e.requested_on', 'desc')
    .orderBy('e.queued_at', 'desc')
    .execute();
  const free = new Map<string, number>();
  for (const row of rows)
    if (!free.has(row.provider_service_id))
      free.set(row.provider_service_id, await freePlaces(access.db, row.provider_service_id));
  await access.audit(access.db, { action: 'care.enrolment.list', recordType: 'person', recordId: personId });
  return { items: rows.map((row) => enrolmentView(access, row, free.get(row.provider_service_id) ?? 0)) };
}
