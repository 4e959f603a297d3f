import {
  officeToday,
  type socialFundApproveBody,
  type socialFundRejectBody,
  type socialFundRequestCreateBody,
  type socialFundRequestUpdateBody,
  type socialFundSubmitBody,
  type SocialFundRequestView,
  type SocialFundStatus,
} from '@vatra/core';
import { sql, type Kysely, type Updateable } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/schema.js';
import { errors } from '../../http/errors.js';
import { providerOf, requestRows } from '../../storage/social-fund/queries.js';
import { socialFundDb, type SocialFundRequestsTable } from '../../storage/social-fund/tables.js';
import type { AccessContext } from '../access/context.js';
import { currencyOf, municipalityFor, requireService, type SocialFundDeps } from './access.js';
import { socialFundErrors } from './errors.js';
import { money, requestView } from './views.js';

type CreateBody = z.infer<typeof socialFundRequestCreateBody>;
type UpdateBody = z.infer<typeof socialFundRequestUpdateBody>;

/** A provider named on a request must be one of the request's municipality. */
async function checkProvider(db: Kysely<Database>, providerId: string | null, jurisdictionId: string) {
  if (providerId === null) return;
  const provider = await providerOf(db, providerId);
  if (!provider || provider.jurisdiction_id !== jurisdictionId)
    throw socialFundErrors.field('providerId', 'providerNotHere');
}

/** One request per municipality, year and service line. */
async function checkLine(
  db: Kysely<Database>,
  line: { jurisdictionId: string; year: number; serviceCode: string; providerId: string | null },
  except?: string,
) {
  let query = socialFundDb(db)
    .selectFrom('social_fund_requests')
    .select('id')
    .where('jurisdiction_id', '=', line.jurisdictionId)
    .where('year', '=', line.year)
    .where('service_code', '=', line.serviceCode)
    .where(sql<string>`coalesce(provider_id::text, '')`, '=', line.providerId ?? '');
  if (except) query = query.where('id', '<>', except);
  if (await query.executeTakeFirst()) throw socialFundErrors.duplicateLine();
}

export async function getRequest(access: AccessContext, id: string): Promise<SocialFundRequestView> {
  const row = await requestRows(access.db, (path) => access.inJurisdiction(path))
    .where('r.id', '=', id)
    .executeTakeFirst();
  if (!row) throw errors.notFound();
  return requestView(row);
}

export async function createRequest(
  access: AccessContext,
  deps: SocialFundDeps,
  body: CreateBody,
): Promise<SocialFundRequestView> {
  const user = access.requireUser();
  requireService(deps, user.countryCode, 'serviceCode', body.serviceCode);
  const jurisdictionId = await municipalityFor(access, access.db, body.jurisdictionId);
  const providerId = body.providerId ?? null;
  const id = await access.db.transaction().execute(async (trx) => {
    await checkProvider(trx, providerId, jurisdictionId);
    await checkLine(trx, { jurisdictionId, year: body.year, serviceCode: body.serviceCode, providerId });
    const row = await socialFundDb(trx)
      .insertInto('social_fund_requests')
      .values({
        jurisdiction_id: jurisdictionId,
        year: body.year,
        service_code: body.serviceCode,
        provider_id: providerId,
        currency: currencyOf(deps, user.countryCode),
        municipal_amount: money(body.municipalAmount),
        requested_amount: money(body.requestedAmount),
        note: body.note ?? null,
        created_by: user.userId,
        updated_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await access.audit(trx, {
      action: 'social_fund.request.create',
      recordType: 'social_fund_request',
      recordId: row.id,
      details: {
        year: body.year,
        serviceCode: body.serviceCode,
        municipalAmount: body.municipalAmount,
        requestedAmount: body.requestedAmount,
      },
    });
    return row.id;
  });
  return getRequest(access, id);
}

/**
 * Runs one change of a request: the row locked, its version and status checked (stale → 409,
 * a step out of order → 409 naming the step and the status), the update and the audit entry.
 */
async function changeRequest(
  access: AccessContext,
  id: string,
  version: number,
  step: { action: string; from: readonly SocialFundStatus[] },
  change: (
    trx: Kysely<Database>,
    current: {
      jurisdiction_id: string;
      year: number;
      service_code: string;
      provider_id: string | null;
      requested_amount: string;
    },
  ) => Promise<{ values: Updateable<SocialFundRequestsTable>; details: Record<string, unknown> }>,
): Promise<SocialFundRequestView> {
  await access.db.transaction().execute(async (trx) => {
    const current = await socialFundDb(trx)
      .selectFrom('social_fund_requests')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!current) throw errors.notFound();
    if (current.version !== version) throw errors.conflict();
    if (!step.from.includes(current.status))
      throw socialFundErrors.invalidTransition(access.locale, step.action, current.status);
    const { values, details } = await change(trx, current);
    await socialFundDb(trx)
      .updateTable('social_fund_requests')
      .set({ ...values, version: sql<number>`version + 1`, updated_at: new Date() })
      .where('id', '=', id)
      .execute();
    await access.audit(trx, {
      action: `social_fund.request.${step.action}`,
      recordType: 'social_fund_request',
      recordId: id,
      details: { from: current.status, ...details },
    });
  });
  return getRequest(access, id);
}

/** Changes a draft: service line, amounts, note. */
export function updateRequest(
  access: AccessContext,
  deps: SocialFundDeps,
  id: string,
  body: UpdateBody,
): Promise<SocialFundRequestView> {
  return changeRequest(
    access,
    id,
    body.version,
    { action: 'edit', from: ['draft'] },
    async (trx, current) => {
      const values: Updateable<SocialFundRequestsTable> = {};
      if (body.serviceCode !== undefined) {
        requireService(deps, access.requireUser().countryCode, 'serviceCode', body.serviceCode);
        values.service_code = body.serviceCode;
      }
      if (body.providerId !== undefined) values.provider_id = body.providerId;
      if (body.municipalAmount !== undefined) values.municipal_amount = money(body.municipalAmount);
      if (body.requestedAmount !== undefined) values.requested_amount = money(body.requestedAmount);
      if (body.note !== undefined) values.note = body.note;
      const providerId = body.providerId === undefined ? current.provider_id : body.providerId;
      await checkProvider(trx, providerId, current.jurisdiction_id);
      await checkLine(
        trx,
        {
          jurisdictionId: current.jurisdiction_id,
          year: current.year,
          serviceCode: body.serviceCode ?? current.service_code,
          providerId,
        },
        id,
      );
      return { values, details: { changes: values } };
    },
  );
}

export function submitRequest(
  access: AccessContext,
  id: string,
  body: z.infer<typeof socialFundSubmitBody>,
): Promise<SocialFundRequestView> {
  const submittedOn = body.submittedOn ?? officeToday();
  return changeRequest(access, id, body.version, { action: 'submit', from: ['draft'] }, () =>
    Promise.resolve({ values: { status: 'submitted', submitted_on: submittedOn }, details: { submittedOn } }),
  );
}

/** The ministry's approval: never more than was requested (422 naming approvedAmount). */
export function approveRequest(
  access: AccessContext,
  id: string,
  body: z.infer<typeof socialFundApproveBody>,
): Promise<SocialFundRequestView> {
  return changeRequest(
    access,
    id,
    body.version,
    { action: 'approve', from: ['submitted'] },
    (_trx, current) => {
      const requested = Number(current.requested_amount);
      if (money(body.approvedAmount) > requested)
        throw socialFundErrors.field('approvedAmount', 'approvedAboveRequested', { requested });
      return Promise.resolve({
        values: {
          status: 'approved',
          approved_amount: money(body.approvedAmount),
          decision_number: body.decisionNumber,
          decision_date: body.decisionDate,
        },
        details: { approvedAmount: body.approvedAmount, decisionNumber: body.decisionNumber },
      });
    },
  );
}

export function rejectRequest(
  access: AccessContext,
  id: string,
  body: z.infer<typeof socialFundRejectBody>,
): Promise<SocialFundRequestView> {
  return changeRequest(access, id, body.version, { action: 'reject', from: ['submitted'] }, () =>
    Promise.resolve({
      values: {
        status: 'rejected',
        rejection_reason: body.reason,
        decision_number: body.decisionNumber ?? null,
        decision_date: body.decisionDate ?? null,
      },
      details: { reason: body.reason },
    }),
  );
}
