import type { CareCaseDetail, careFollowUpBody, careReferralAnswerBody, careReferralBody } from '@vatra/core';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/schema.js';
import { errors } from '../../http/errors.js';
import { careDb } from '../../storage/care/tables.js';
import type { AccessContext } from '../access/context.js';
import { advanceTo, lockCareCase, reached, touchCareCase } from './access.js';
import { knownCareService, type CareConfig } from './config.js';
import { careErrors } from './errors.js';
import { recordCareEvent } from './events.js';
import { getCareCase } from './read.js';

/**
 * Refers the person of a planned case to a service at local, regional or central level, at an
 * institution or a provider, optionally carrying out one item of the active plan.
 */
export async function referCareCase(
  access: AccessContext,
  config: CareConfig,
  id: string,
  body: z.infer<typeof careReferralBody>,
): Promise<CareCaseDetail> {
  const user = access.requireUser();
  if (!knownCareService(config, access, body.serviceCode))
    throw careErrors.field('serviceCode', 'unknownService');
  if (!body.toInstitutionId && !body.providerId)
    throw careErrors.field('toInstitutionId', 'destinationRequired');
  await access.db.transaction().execute(async (trx) => {
    const kase = await lockCareCase(trx, access, id);
    if (!reached(kase.status, 'planned')) throw careErrors.planFirst();
    const tdb = careDb(trx);
    if (body.toInstitutionId) {
      const found = await tdb
        .selectFrom('institutions as i')
        .innerJoin('jurisdictions as j', 'j.id', 'i.jurisdiction_id')
        .select('i.id')
        .where('i.id', '=', body.toInstitutionId)
        .where('j.country_code', '=', user.countryCode)
        .executeTakeFirst();
      if (!found) throw errors.badReference('toInstitutionId');
    }
    if (body.planItemId) {
      const item = await tdb
        .selectFrom('care_plan_items as it')
        .innerJoin('care_plans as p', 'p.id', 'it.plan_id')
        .select('it.id')
        .where('it.id', '=', body.planItemId)
        .where('p.care_case_id', '=', id)
        .where('p.status', '=', 'active')
        .executeTakeFirst();
      if (!item) throw careErrors.field('planItemId', 'notInPlan');
    }
    const inserted = await tdb
      .insertInto('care_referrals')
      .values({
        care_case_id: id,
        plan_item_id: body.planItemId ?? null,
        service_code: body.serviceCode,
        level: body.level,
        to_institution_id: body.toInstitutionId ?? null,
        provider_id: body.providerId ?? null,
        reason: body.reason,
        sent_by: user.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await touchCareCase(trx, id, {});
    await recordCareEvent(trx, access, id, 'care.referred', {
      referral: inserted.id,
      service: body.serviceCode,
      level: body.level,
    });
    await access.audit(trx, {
      action: 'care.refer',
      recordType: 'care_case',
      recordId: id,
      details: { referral: inserted.id, service: body.serviceCode, level: body.level },
    });
    return kase;
  });
  return getCareCase(access, id, { audited: true });
}

/** The referral of this case, locked, at the version the client saw. */
async function lockReferral(trx: Kysely<Database>, id: string, referralId: string, version: number) {
  const row = await careDb(trx)
    .selectFrom('care_referrals')
    .select(['id', 'status', 'version', 'plan_item_id as planItemId'])
    .where('id', '=', referralId)
    .where('care_case_id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw errors.notFound();
  if (row.version !== version) throw errors.conflict();
  return row;
}

/**
 * Records the service's answer to a referral: accepted (the person is now in service) or
 * declined with a reason. Only a referral still waiting ("sent") can be answered.
 */
export async function answerCareReferral(
  access: AccessContext,
  id: string,
  referralId: string,
  body: z.infer<typeof careReferralAnswerBody>,
): Promise<CareCaseDetail> {
  const user = access.requireUser();
  if (body.outcome === 'declined' && !body.declineReason) {
    throw careErrors.field('declineReason', 'declineReasonRequired');
  }
  await access.db.transaction().execute(async (trx) => {
    const kase = await lockCareCase(trx, access, id);
    const referral = await lockReferral(trx, id, referralId, body.version);
    if (referral.status !== 'sent') throw careErrors.referralAnswered();
    const tdb = careDb(trx);
    await tdb
      .updateTable('care_referrals')
      .set({
        status: body.outcome,
        answered_by: user.userId,
        answered_at: new Date(),
        decline_reason: body.outcome === 'declined' ? (body.declineReason ?? null) : null,
        version: sql<number>`version + 1`,
        updated_at: new Date(),
      })
      .where('id', '=', referralId)
      .execute();
    if (body.outcome === 'accepted' && referral.planItemId) {
      await tdb
        .updateTable('care_plan_items')
        .set({ status: 'in_progress' })
        .where('id', '=', referral.planItemId)
        .where('status', '=', 'planned')
        .execute();
    }
    await touchCareCase(
      trx,
      id,
      body.outcome === 'accepted' ? { status: advanceTo(kase.status, 'in_service') } : {},
    );
    await recordCareEvent(trx, access, id, `care.referral.${body.outcome}`, { referral: referralId });
    await access.audit(trx, {
      action: `care.referral.${body.outcome === 'accepted' ? 'accept' : 'decline'}`,
      recordType: 'care_case',
      recordId: id,
      details: { referral: referralId },
    });
  });
  return getCareCase(access, id, { audited: true });
}

/**
 * The follow-up of an accepted referral: does the service suit the person (suits, partly, does
 * not suit), with a note. Before the service accepted the person there is nothing to follow up.
 */
export async function followUpCareReferral(
  access: AccessContext,
  id: string,
  referralId: string,
  body: z.infer<typeof careFollowUpBody>,
): Promise<CareCaseDetail> {
  const user = access.requireUser();
  await access.db.transaction().execute(async (trx) => {
    await lockCareCase(trx, access, id);
    const referral = await lockReferral(trx, id, referralId, body.version);
    if (referral.status !== 'accepted') throw careErrors.referralNotAccepted();
    await careDb(trx)
      .updateTable('care_referrals')
      .set({
        status: 'followed_up',
        evaluation: body.evaluation,
        evaluation_note: body.note ?? null,
        followed_up_by: user.userId,
        followed_up_at: new Date(),
        version: sql<number>`version + 1`,
        updated_at: new Date(),
      })
      .where('id', '=', referralId)
      .execute();
    await touchCareCase(trx, id, {});
    await recordCareEvent(trx, access, id, 'care.referral.followed_up', {
      referral: referralId,
      evaluation: body.evaluation,
    });
    await access.audit(trx, {
      action: 'care.referral.follow_up',
      recordType: 'care_case',
      recordId: id,
      details: { referral: referralId, evaluation: body.evaluation },
    });
  });
  return getCareCase(access, id, { audited: true });
}
