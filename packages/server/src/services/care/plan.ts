import type { CareCaseDetail, carePlanBody } from '@vatra/core';
import type { z } from 'zod';
import { errors } from '../../http/errors.js';
import { careDb } from '../../storage/care/tables.js';
import type { AccessContext } from '../access/context.js';
import { advanceTo, lockCareCase, reached, touchCareCase } from './access.js';
import { knownCareService, type CareConfig } from './config.js';
import { careErrors } from './errors.js';
import { recordCareEvent } from './events.js';
import { getCareCase } from './read.js';

/**
 * Makes the individual care plan (after an assessment): a goal and services from the care-service
 * catalogue at local, regional or central level. A new plan supersedes the active one.
 */
export async function makeCarePlan(
  access: AccessContext,
  config: CareConfig,
  id: string,
  body: z.infer<typeof carePlanBody>,
): Promise<CareCaseDetail> {
  const user = access.requireUser();
  body.items.forEach((item, index) => {
    if (!knownCareService(config, access, item.serviceCode)) {
      throw careErrors.field(`items.${index}.serviceCode`, 'unknownService');
    }
  });
  await access.db.transaction().execute(async (trx) => {
    const kase = await lockCareCase(trx, access, id, body.version);
    if (!reached(kase.status, 'assessed')) throw careErrors.assessmentFirst();
    const tdb = careDb(trx);
    const institutionIds = [
      ...new Set(
        body.items.flatMap((item) => (item.responsibleInstitutionId ? [item.responsibleInstitutionId] : [])),
      ),
    ];
    if (institutionIds.length > 0) {
      const found = await tdb
        .selectFrom('institutions')
        .select('id')
        .where('id', 'in', institutionIds)
        .execute();
      const index = body.items.findIndex(
        (item) =>
          item.responsibleInstitutionId && !found.some((row) => row.id === item.responsibleInstitutionId),
      );
      if (index >= 0) throw errors.badReference(`items.${index}.responsibleInstitutionId`);
    }
    const last = await tdb
      .selectFrom('care_plans')
      .select((eb) => eb.fn.max('plan_version').as('v'))
      .where('care_case_id', '=', id)
      .executeTakeFirst();
    const planVersion = Number(last?.v ?? 0) + 1;
    await tdb
      .updateTable('care_plans')
      .set({ status: 'superseded' })
      .where('care_case_id', '=', id)
      .where('status', '=', 'active')
      .execute();
    const plan = await tdb
      .insertInto('care_plans')
      .values({
        care_case_id: id,
        plan_version: planVersion,
        status: 'active',
        goal: body.goal,
        review_on: body.reviewOn ?? null,
        created_by: user.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tdb
      .insertInto('care_plan_items')
      .values(
        body.items.map((item, index) => ({
          plan_id: plan.id,
          position: index + 1,
          service_code: item.serviceCode,
          level: item.level,
          responsible_institution_id: item.responsibleInstitutionId ?? null,
          target_date: item.targetDate ?? null,
          note: item.note ?? null,
        })),
      )
      .execute();
    await touchCareCase(trx, id, { status: advanceTo(kase.status, 'planned') });
    await recordCareEvent(trx, access, id, 'care.planned', {
      planVersion,
      services: body.items.map((item) => item.serviceCode),
    });
    await access.audit(trx, {
      action: 'care.plan',
      recordType: 'care_case',
      recordId: id,
      details: { plan: plan.id, planVersion },
    });
  });
  return getCareCase(access, id, { audited: true });
}
