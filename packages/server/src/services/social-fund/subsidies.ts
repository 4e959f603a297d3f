import {
  NAMED_SUBSIDY_SOURCES,
  type subsidyCreateBody,
  type subsidyReportBody,
  type subsidyUpdateBody,
  type SubsidySource,
  type SubsidyView,
} from '@vatra/core';
import { sql, type Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/schema.js';
import { errors } from '../../http/errors.js';
import { providerOf, reportRows, subsidyRows } from '../../storage/social-fund/queries.js';
import { socialFundDb } from '../../storage/social-fund/tables.js';
import type { AccessContext } from '../access/context.js';
import { currencyOf, municipalityFor, requireService, type SocialFundDeps } from './access.js';
import { socialFundErrors } from './errors.js';
import { money, subsidyView } from './views.js';

type CreateBody = z.infer<typeof subsidyCreateBody>;
type UpdateBody = z.infer<typeof subsidyUpdateBody>;

/** The fields of a subsidy once a change is applied to what is stored. */
interface SubsidyFields {
  year: number;
  providerId: string | null;
  recipientName: string | null;
  source: SubsidySource;
  sourceName: string | null;
  amount: number;
  periodFrom: string;
  periodTo: string;
  purpose: string;
  serviceCode: string | null;
  beneficiariesPlanned: number | null;
  beneficiariesReached: number | null;
  reportingObligations: string | null;
}

/** The rules a subsidy's fields keep together, whether created or edited. */
async function checkFields(
  db: Kysely<Database>,
  deps: SocialFundDeps,
  countryCode: string,
  jurisdictionId: string,
  fields: SubsidyFields,
): Promise<void> {
  if (fields.providerId === null && fields.recipientName === null)
    throw socialFundErrors.required('recipientName');
  if (fields.providerId !== null && fields.recipientName !== null)
    throw socialFundErrors.field('recipientName', 'recipientOne');
  if (NAMED_SUBSIDY_SOURCES.includes(fields.source) && fields.sourceName === null)
    throw socialFundErrors.required('sourceName');
  if (fields.periodTo < fields.periodFrom) throw socialFundErrors.field('periodTo', 'periodOrder');
  if (fields.serviceCode !== null) requireService(deps, countryCode, 'serviceCode', fields.serviceCode);
  if (fields.providerId !== null) {
    const provider = await providerOf(db, fields.providerId);
    if (!provider || provider.jurisdiction_id !== jurisdictionId)
      throw socialFundErrors.field('providerId', 'providerNotHere');
    if (provider.kind !== 'ngo') throw socialFundErrors.field('providerId', 'providerNotNgo');
  }
}

function columns(fields: SubsidyFields) {
  return {
    year: fields.year,
    provider_id: fields.providerId,
    recipient_name: fields.recipientName,
    source: fields.source,
    source_name: fields.sourceName,
    amount: money(fields.amount),
    period_from: fields.periodFrom,
    period_to: fields.periodTo,
    purpose: fields.purpose,
    service_code: fields.serviceCode,
    beneficiaries_planned: fields.beneficiariesPlanned,
    beneficiaries_reached: fields.beneficiariesReached,
    reporting_obligations: fields.reportingObligations,
  };
}

export async function getSubsidy(access: AccessContext, id: string): Promise<SubsidyView> {
  const row = await subsidyRows(access.db, (path) => access.inJurisdiction(path))
    .where('s.id', '=', id)
    .executeTakeFirst();
  if (!row) throw errors.notFound();
  return subsidyView(row, await reportRows(access.db, [id]));
}

export async function createSubsidy(
  access: AccessContext,
  deps: SocialFundDeps,
  body: CreateBody,
): Promise<SubsidyView> {
  const user = access.requireUser();
  const jurisdictionId = await municipalityFor(access, access.db, body.jurisdictionId);
  const fields: SubsidyFields = {
    year: body.year,
    providerId: body.providerId ?? null,
    recipientName: body.recipientName ?? null,
    source: body.source,
    sourceName: body.sourceName ?? null,
    amount: body.amount,
    periodFrom: body.periodFrom,
    periodTo: body.periodTo,
    purpose: body.purpose,
    serviceCode: body.serviceCode ?? null,
    beneficiariesPlanned: body.beneficiariesPlanned ?? null,
    beneficiariesReached: body.beneficiariesReached ?? null,
    reportingObligations: body.reportingObligations ?? null,
  };
  await checkFields(access.db, deps, user.countryCode, jurisdictionId, fields);
  const id = await access.db.transaction().execute(async (trx) => {
    const row = await socialFundDb(trx)
      .insertInto('care_subsidies')
      .values({
        jurisdiction_id: jurisdictionId,
        ...columns(fields),
        currency: currencyOf(deps, user.countryCode),
        created_by: user.userId,
        updated_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await access.audit(trx, {
      action: 'social_fund.subsidy.create',
      recordType: 'care_subsidy',
      recordId: row.id,
      details: {
        year: fields.year,
        source: fields.source,
        amount: fields.amount,
        providerId: fields.providerId,
      },
    });
    return row.id;
  });
  return getSubsidy(access, id);
}

export async function updateSubsidy(
  access: AccessContext,
  deps: SocialFundDeps,
  id: string,
  body: UpdateBody,
): Promise<SubsidyView> {
  const user = access.requireUser();
  await access.db.transaction().execute(async (trx) => {
    const current = await socialFundDb(trx)
      .selectFrom('care_subsidies')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!current) throw errors.notFound();
    if (current.version !== body.version) throw errors.conflict();
    const pick = <T>(value: T | undefined, stored: T): T => (value === undefined ? stored : value);
    const fields: SubsidyFields = {
      year: pick(body.year, current.year),
      providerId: pick(body.providerId, current.provider_id),
      recipientName: pick(body.recipientName, current.recipient_name),
      source: pick(body.source, current.source),
      sourceName: pick(body.sourceName, current.source_name),
      amount: pick(body.amount, Number(current.amount)),
      periodFrom: pick(body.periodFrom, current.period_from),
      periodTo: pick(body.periodTo, current.period_to),
      purpose: pick(body.purpose, current.purpose),
      serviceCode: pick(body.serviceCode, current.service_code),
      beneficiariesPlanned: pick(body.beneficiariesPlanned, current.beneficiaries_planned),
      beneficiariesReached: pick(body.beneficiariesReached, current.beneficiaries_reached),
      reportingObligations: pick(body.reportingObligations, current.reporting_obligations),
    };
    await checkFields(trx, deps, user.countryCode, current.jurisdiction_id, fields);
    await socialFundDb(trx)
      .updateTable('care_subsidies')
      .set({ ...columns(fields), version: sql<number>`version + 1`, updated_at: new Date() })
      .where('id', '=', id)
      .execute();
    const { version: _version, ...changes } = body;
    await access.audit(trx, {
      action: 'social_fund.subsidy.update',
      recordType: 'care_subsidy',
      recordId: id,
      details: { changes },
    });
  });
  return getSubsidy(access, id);
}

/** A report the NGO sent under the subsidy's reporting obligations (bumps the subsidy's version). */
export async function addSubsidyReport(
  access: AccessContext,
  id: string,
  body: z.infer<typeof subsidyReportBody>,
): Promise<SubsidyView> {
  const user = access.requireUser();
  await access.db.transaction().execute(async (trx) => {
    const db = socialFundDb(trx);
    const bumped = await db
      .updateTable('care_subsidies')
      .set({ version: sql<number>`version + 1`, updated_at: new Date() })
      .where('id', '=', id)
      .where('version', '=', body.version)
      .executeTakeFirst();
    if (Number(bumped.numUpdatedRows) !== 1) {
      const exists = await db
        .selectFrom('care_subsidies')
        .select('id')
        .where('id', '=', id)
        .executeTakeFirst();
      throw exists ? errors.conflict() : errors.notFound();
    }
    const report = await db
      .insertInto('care_subsidy_reports')
      .values({ subsidy_id: id, received_on: body.receivedOn, note: body.note, recorded_by: user.userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await access.audit(trx, {
      action: 'social_fund.subsidy.report',
      recordType: 'care_subsidy',
      recordId: id,
      details: { reportId: report.id, receivedOn: body.receivedOn },
    });
  });
  return getSubsidy(access, id);
}
