import type { CareCaseDetail, careSensitivityBody } from '@vatra/core';
import { sql, type SqlBool } from 'kysely';
import type { z } from 'zod';
import { dvDb } from '../../storage/care-dv/tables.js';
import type { AccessContext } from '../access/context.js';
import { joinCareTeam, lockCareCase, requireCareCase, touchCareCase } from './access.js';
import { careErrors } from './errors.js';
import { recordCareEvent } from './events.js';
import { getCareCase } from './read.js';

/**
 * Whether the user may change the case's sensitivity: the social services sector (care.manage),
 * or the DV coordinator (care.dv) for a case she works on (its team or its technical group).
 */
async function mayChange(access: AccessContext, id: string): Promise<boolean> {
  if (access.has('care.manage')) return true;
  if (!access.has('care.dv')) return false;
  const userId = access.requireUser().userId;
  const row = await dvDb(access.db)
    .selectNoFrom(
      sql<SqlBool>`exists (select 1 from care_team where care_case_id = ${id} and user_id = ${userId})
        or exists (select 1 from dv_group_members where care_case_id = ${id} and user_id = ${userId})`.as(
        'works',
      ),
    )
    .executeTakeFirstOrThrow();
  return Boolean(row.works);
}

/**
 * Changes a care case's sensitivity (normal, sensitive, restricted) with a reason: audited and on
 * the timeline, at the version the client saw. A DV case stays restricted (422 on `sensitivity`,
 * also a check constraint of migration 0015). Whoever restricts a case joins its team, so the
 * change does not hide the case from the person who made it.
 */
export async function changeCareSensitivity(
  access: AccessContext,
  id: string,
  body: z.infer<typeof careSensitivityBody>,
): Promise<CareCaseDetail> {
  const user = access.requireUser();
  // The narrower rule is checked, and its refusal audited, before the transaction.
  await requireCareCase(access, id);
  if (!(await mayChange(access, id))) {
    await access.deny({ reason: 'sensitivity_change' }, 'care_case', id);
    throw careErrors.sensitivityNotAllowed();
  }
  await access.db.transaction().execute(async (trx) => {
    await lockCareCase(trx, access, id, body.version);
    const current = await dvDb(trx)
      .selectFrom('care_cases')
      .select(['sensitivity', 'dv'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    if (current.dv && body.sensitivity !== 'restricted')
      throw careErrors.field('sensitivity', 'dvRestricted');
    if (current.sensitivity === body.sensitivity)
      throw careErrors.field('sensitivity', 'sensitivityUnchanged');
    if (body.sensitivity === 'restricted') await joinCareTeam(trx, id, user.userId, 'member');
    await touchCareCase(trx, id, { sensitivity: body.sensitivity });
    const details = { from: current.sensitivity, to: body.sensitivity, reason: body.reason };
    await recordCareEvent(trx, access, id, 'care.sensitivity_changed', details);
    await access.audit(trx, { action: 'care.sensitivity', recordType: 'care_case', recordId: id, details });
  });
  return getCareCase(access, id, { audited: true });
}
