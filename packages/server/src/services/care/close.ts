import type { CareCaseDetail, careCloseBody } from '@vatra/core';
import type { z } from 'zod';
import type { AccessContext } from '../access/context.js';
import { lockCareCase, touchCareCase } from './access.js';
import { recordCareEvent } from './events.js';
import { getCareCase } from './read.js';

/** Closes a care case with the reason (care.manage: the social services sector). */
export async function closeCareCase(
  access: AccessContext,
  id: string,
  body: z.infer<typeof careCloseBody>,
): Promise<CareCaseDetail> {
  await access.db.transaction().execute(async (trx) => {
    const kase = await lockCareCase(trx, access, id, body.version);
    await touchCareCase(trx, id, { status: 'closed', closed_at: new Date(), closure_reason: body.reason });
    await recordCareEvent(trx, access, id, 'care.closed', { from: kase.status });
    await access.audit(trx, { action: 'care.close', recordType: 'care_case', recordId: id });
  });
  return getCareCase(access, id, { audited: true });
}
