import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { caseDb } from '../../storage/cases/tables.js';
import type { AccessContext } from '../access/context.js';

/**
 * Adds an event to a case's timeline, in the transaction of the change it records, with who did
 * it and for which institution. `details` holds the event's facts or {field: [before, after]}.
 */
export async function recordEvent(
  trx: Kysely<Database>,
  access: AccessContext,
  caseId: string,
  kind: string,
  details: Record<string, unknown> = {},
  personId: string | null = null,
): Promise<void> {
  const user = access.requireUser();
  await caseDb(trx)
    .insertInto('case_events')
    .values({
      case_id: caseId,
      person_id: personId,
      kind,
      actor_id: user.userId,
      institution_id: user.institutionId,
      details: JSON.stringify(details),
    })
    .execute();
}
