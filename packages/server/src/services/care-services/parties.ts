import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { careServiceDb } from '../../storage/care-services/tables.js';
import type { AccessContext } from '../access/context.js';
import { requireCareCase } from '../care/access.js';
import { careServiceErrors } from './errors.js';

/** A registered person (not merged away) the user may see; 422 when missing, 403 audited when foreign. */
export async function requirePerson(access: AccessContext, personId: string, field = 'personId') {
  const row = await careServiceDb(access.db)
    .selectFrom('persons as p')
    .innerJoin('jurisdictions as j', 'j.id', 'p.jurisdiction_id')
    .select(['p.id', 'p.sensitivity', 'j.path'])
    .where('p.id', '=', personId)
    .where('p.merged_into', 'is', null)
    .executeTakeFirst();
  if (!row) throw careServiceErrors.field(field, 'personNotFound');
  await access.requireInJurisdiction('person', personId, row.path);
  return row;
}

/**
 * The person's care case, when one is named: it must be the person's (422 naming careCaseId), and
 * the user must be allowed to read it by the care case's own rule (services/care/access.ts:
 * jurisdiction, sensitivity, a DV case only for its team) — a refusal is 403, audited.
 */
export async function requireCareCaseOf(
  access: AccessContext,
  careCaseId: string | null | undefined,
  personId: string,
): Promise<string | null> {
  if (!careCaseId) return null;
  const row = await careServiceDb(access.db)
    .selectFrom('care_cases as c')
    .innerJoin('jurisdictions as j', 'j.id', 'c.jurisdiction_id')
    .select(['c.id', 'c.person_id', 'j.path'])
    .where('c.id', '=', careCaseId)
    .executeTakeFirst();
  if (!row || row.person_id !== personId) throw careServiceErrors.field('careCaseId', 'caseNotOfPerson');
  await access.requireInJurisdiction('care_case', careCaseId, row.path);
  await requireCareCase(access, careCaseId);
  return row.id;
}

/** Writes the care timeline's event for a care case in the same transaction as the change. */
export async function recordCareEvent(
  trx: Kysely<Database>,
  access: AccessContext,
  careCaseId: string | null,
  kind: string,
  details: Record<string, unknown>,
): Promise<void> {
  if (!careCaseId) return;
  await careServiceDb(trx)
    .insertInto('care_events')
    .values({
      care_case_id: careCaseId,
      kind,
      actor_id: access.user?.userId ?? null,
      institution_id: access.user?.institutionId ?? null,
      details: JSON.stringify(details),
    })
    .execute();
}

/** The Council's approval of the person for the service in the provider's municipality, if decided. */
export async function approvedItem(
  trx: Kysely<Database>,
  personId: string,
  serviceCode: string,
  jurisdictionId: string,
): Promise<string | undefined> {
  const row = await careServiceDb(trx)
    .selectFrom('council_approval_items as i')
    .innerJoin('council_approval_lists as l', 'l.id', 'i.list_id')
    .select('i.id')
    .where('i.person_id', '=', personId)
    .where('i.service_code', '=', serviceCode)
    .where('i.decision', '=', 'approved')
    .where('l.status', '=', 'decided')
    .where('l.jurisdiction_id', '=', jurisdictionId)
    .orderBy('l.council_decision_date', 'desc')
    .executeTakeFirst();
  return row?.id;
}
