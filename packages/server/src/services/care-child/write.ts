import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { AccessContext } from '../access/context.js';
import { lockCareCase, touchCareCase, type LockedCareCase } from '../care/access.js';
import { recordCareEvent } from '../care/events.js';

/**
 * The frame of every child-protection write: one transaction on the locked, open care case at
 * the version the client saw (stale → 409); the step, then a timeline event and an audit entry.
 */
export async function childWrite<T extends Record<string, unknown>>(
  access: AccessContext,
  id: string,
  expectVersion: number,
  action: string,
  step: (trx: Kysely<Database>, kase: LockedCareCase) => Promise<T>,
): Promise<void> {
  await access.db.transaction().execute(async (trx) => {
    const kase = await lockCareCase(trx, access, id, expectVersion);
    const details = await step(trx, kase);
    await touchCareCase(trx, id, {});
    await recordCareEvent(trx, access, id, action, details);
    await access.audit(trx, { action, recordType: 'care_case', recordId: id, details });
  });
}
