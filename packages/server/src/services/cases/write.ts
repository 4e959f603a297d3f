import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { errors } from '../../http/errors.js';
import { caseDb, type CaseStage } from '../../storage/cases/tables.js';
import type { AccessContext } from '../access/context.js';
import { caseErrors } from './errors.js';
import { requireCase } from './visibility.js';

export interface LockedCase {
  id: string;
  number: string;
  stage: CaseStage;
  status: 'open' | 'closed';
  kind: 'returnee' | 'foreigner';
  jurisdictionId: string;
  householdId: string;
  personId: string;
  caseManagerId: string | null;
  visitDueAt: Date;
  version: number;
}

/**
 * Inside a write's transaction: checks the user may see the case (audited refusal otherwise),
 * locks its row so concurrent steps on one case run one after the other, and, unless told
 * otherwise, refuses a closed case.
 */
export async function lockCase(
  trx: Kysely<Database>,
  access: AccessContext,
  caseId: string,
  options: { allowClosed?: boolean } = {},
): Promise<LockedCase> {
  await requireCase(access, caseId, trx);
  const row = await caseDb(trx)
    .selectFrom('cases')
    .select([
      'id',
      'number',
      'stage',
      'status',
      'kind',
      'jurisdiction_id as jurisdictionId',
      'household_id as householdId',
      'person_id as personId',
      'case_manager_id as caseManagerId',
      'visit_due_at as visitDueAt',
      'version',
    ])
    .where('id', '=', caseId)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw errors.notFound();
  if (row.status === 'closed' && !options.allowClosed) throw caseErrors.closed();
  return { ...row, visitDueAt: new Date(row.visitDueAt) };
}

/** Sets a case's columns, bumping its version; with `expectVersion`, a stale version is a 409. */
export async function touchCase(
  trx: Kysely<Database>,
  caseId: string,
  values: Record<string, unknown>,
  expectVersion?: number,
): Promise<void> {
  let query = caseDb(trx)
    .updateTable('cases')
    .set({ ...values, version: sql<number>`version + 1`, updated_at: new Date() })
    .where('id', '=', caseId);
  if (expectVersion !== undefined) query = query.where('version', '=', expectVersion);
  const result = await query.executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw errors.conflict();
}

/** Puts a user on the case team (idempotent): team members see the case even when restricted. */
export async function joinTeam(
  trx: Kysely<Database>,
  caseId: string,
  userId: string,
  role: 'registrar' | 'visit' | 'case_manager' | 'member',
): Promise<void> {
  await caseDb(trx)
    .insertInto('case_team')
    .values({ case_id: caseId, user_id: userId, role })
    .onConflict((oc) => oc.doNothing())
    .execute();
}
