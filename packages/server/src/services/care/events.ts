import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { careDb } from '../../storage/care/tables.js';
import type { AccessContext } from '../access/context.js';

/**
 * Adds an event to a care case's timeline, in the transaction of the change it records, with who
 * did it and for which institution.
 */
export async function recordCareEvent(
  trx: Kysely<Database>,
  access: AccessContext,
  careCaseId: string,
  kind: string,
  details: Record<string, unknown> = {},
): Promise<void> {
  const user = access.requireUser();
  await careDb(trx)
    .insertInto('care_events')
    .values({
      care_case_id: careCaseId,
      kind,
      actor_id: user.userId,
      institution_id: user.institutionId,
      details: JSON.stringify(details),
    })
    .execute();
}
