import type { ReferralView, referralCreateBody } from '@vatra/core';
import type { z } from 'zod';
import { errors } from '../../http/errors.js';
import { caseDb } from '../../storage/cases/tables.js';
import type { AccessContext } from '../access/context.js';
import { recordEvent } from '../cases/events.js';
import { requireCase, type CaseHeader } from '../cases/visibility.js';
import { referralErrors } from './errors.js';
import { loadReferral } from './read.js';
import type { ReferralDeps } from './rows.js';

type CreateBody = z.infer<typeof referralCreateBody>;

/**
 * Sends a referral from the user's institution to another one. The case must be open and
 * visible to the user; the target institution must exist, be active, lie in the same country
 * and work where the case is (its jurisdiction covers the case's municipality, so its users can
 * open the referral); the person must be of the case's household, the service of the country's
 * catalogue, the plan item of a draft or approved plan of the same case.
 */
export async function createReferral(
  access: AccessContext,
  deps: ReferralDeps,
  caseId: string,
  body: CreateBody,
): Promise<ReferralView> {
  const user = access.requireUser();
  const header = await requireCase(access, caseId);
  if (body.caseId !== caseId) throw referralErrors.field('caseId', 'caseMismatch');
  if (header.status !== 'open') throw referralErrors.caseClosed();
  const target = await checkTarget(access, header, body.toInstitutionId);
  const personId = body.personId ?? header.personId;
  if (body.personId) await checkMember(access, header, body.personId);
  if (body.serviceCode) checkService(access, deps, body.serviceCode);
  if (body.planItemId) await checkPlanItem(access, caseId, body.planItemId);

  const id = await access.db.transaction().execute(async (trx) => {
    const inserted = await caseDb(trx)
      .insertInto('referrals')
      .values({
        case_id: caseId,
        person_id: body.personId ?? null,
        to_institution_id: target.id,
        from_institution_id: user.institutionId,
        plan_item_id: body.planItemId ?? null,
        service_code: body.serviceCode ?? null,
        reason: body.reason,
        sent_by: user.userId,
        updated_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordEvent(
      trx,
      access,
      caseId,
      'referral.sent',
      {
        referralId: inserted.id,
        toInstitutionId: target.id,
        toInstitutionCode: target.code,
        serviceCode: body.serviceCode ?? null,
        planItemId: body.planItemId ?? null,
      },
      personId,
    );
    await access.audit(trx, {
      action: 'referral.send',
      recordType: 'referral',
      recordId: inserted.id,
      details: {
        caseId,
        personId,
        toInstitutionId: target.id,
        serviceCode: body.serviceCode ?? null,
        planItemId: body.planItemId ?? null,
      },
    });
    return inserted.id;
  });
  return loadReferral(access, deps, id);
}

async function checkTarget(access: AccessContext, header: CaseHeader, institutionId: string) {
  const user = access.requireUser();
  const row = await access.db
    .selectFrom('institutions as i')
    .innerJoin('jurisdictions as j', 'j.id', 'i.jurisdiction_id')
    .select(['i.id', 'i.code', 'i.active', 'j.path', 'j.country_code as countryCode'])
    .where('i.id', '=', institutionId)
    .executeTakeFirst();
  if (!row || row.countryCode !== user.countryCode) throw errors.badReference('toInstitutionId');
  if (row.id === user.institutionId) throw referralErrors.field('toInstitutionId', 'sameInstitution');
  if (!row.active) throw referralErrors.field('toInstitutionId', 'institutionInactive');
  // An institution of another municipality could not open the referral (the access hook checks
  // the case's jurisdiction), so it would never be answered.
  if (!header.path.startsWith(row.path))
    throw referralErrors.field('toInstitutionId', 'institutionOutOfReach');
  return row;
}

async function checkMember(access: AccessContext, header: CaseHeader, personId: string) {
  const member = await caseDb(access.db)
    .selectFrom('persons')
    .select('id')
    .where('id', '=', personId)
    .where('household_id', '=', header.householdId)
    .where('merged_into', 'is', null)
    .executeTakeFirst();
  if (!member) throw referralErrors.field('personId', 'personNotInCase');
}

function checkService(access: AccessContext, deps: ReferralDeps, code: string) {
  const country = deps.countries.find((c) => c.country.code === access.user?.countryCode);
  if (!country?.services.some((service) => service.code === code))
    throw referralErrors.field('serviceCode', 'unknownService');
}

async function checkPlanItem(access: AccessContext, caseId: string, planItemId: string) {
  const item = await caseDb(access.db)
    .selectFrom('case_plan_items as pi')
    .innerJoin('case_plans as cp', 'cp.id', 'pi.plan_id')
    .select('pi.id')
    .where('pi.id', '=', planItemId)
    .where('cp.case_id', '=', caseId)
    .where('cp.status', 'in', ['draft', 'approved'])
    .executeTakeFirst();
  if (!item) throw referralErrors.field('planItemId', 'planItemNotInCase');
}
