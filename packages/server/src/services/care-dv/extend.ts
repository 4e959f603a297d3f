import { officeToday } from '@vatra/core';
import type { DvCaseBody, dvExtendBody } from '@vatra/core';
import { sql } from 'kysely';
import type { z } from 'zod';
import { dvDb } from '../../storage/care-dv/tables.js';
import type { AccessContext } from '../access/context.js';
import { touchCareCase } from '../care/access.js';
import { recordCareEvent } from '../care/events.js';
import type { CaseConfig } from '../cases/config.js';
import { lockDvCase, lockOrder } from './access.js';
import { dvErrors } from './errors.js';
import { getDvCase } from './read.js';

/**
 * Records a court's extension of a protection order: the order is valid until the new day, which
 * must come after the current one (422 on `validUntil`), and the decision is kept with the day it
 * replaced. The report schedule is computed from issued_on and valid_until (schedule.ts, and the
 * work queue's SQL), so the periods inside the extension fall due from now on.
 */
export async function extendProtectionOrder(
  access: AccessContext,
  config: CaseConfig,
  id: string,
  orderId: string,
  body: z.infer<typeof dvExtendBody>,
): Promise<DvCaseBody> {
  if (body.decidedOn > officeToday()) throw dvErrors.field('decidedOn', 'futureDate');
  const user = access.requireUser();
  await access.db.transaction().execute(async (trx) => {
    await lockDvCase(trx, access, id, body.version);
    const order = await lockOrder(trx, id, orderId);
    if (body.validUntil <= order.valid_until) throw dvErrors.field('validUntil', 'extensionNotLater');
    if (body.decidedOn < order.issued_on) throw dvErrors.field('decidedOn', 'decidedBeforeIssue');
    const db = dvDb(trx);
    const extension = await db
      .insertInto('protection_order_extensions')
      .values({
        order_id: orderId,
        previous_valid_until: order.valid_until,
        valid_until: body.validUntil,
        decision_number: body.decisionNumber,
        decided_on: body.decidedOn,
        court: body.court ?? null,
        recorded_by: user.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .updateTable('protection_orders')
      .set({ valid_until: body.validUntil, version: sql<number>`version + 1`, updated_at: new Date() })
      .where('id', '=', orderId)
      .execute();
    await touchCareCase(trx, id, {});
    const details = {
      orderId,
      extensionId: extension.id,
      orderNumber: order.order_number,
      previousValidUntil: order.valid_until,
      validUntil: body.validUntil,
      decisionNumber: body.decisionNumber,
      decidedOn: body.decidedOn,
    };
    await recordCareEvent(trx, access, id, 'dv.order_extended', details);
    await access.audit(trx, { action: 'dv.order_extend', recordType: 'care_case', recordId: id, details });
  });
  return getDvCase(access, config, id, { audited: true });
}
