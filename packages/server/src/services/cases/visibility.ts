import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { HttpError, errors } from '../../http/errors.js';
import { caseDb, type CasesTable } from '../../storage/cases/tables.js';
import type { AccessContext } from '../access/context.js';

export const caseAccessErrors = {
  sensitive: () => new HttpError(403, 'sensitive_record', 'server.errors.sensitiveRecord'),
};

export interface CaseHeader {
  id: string;
  number: string;
  jurisdictionId: string;
  path: string;
  householdId: string;
  personId: string;
  status: CasesTable['status']['__select__'];
  stage: CasesTable['stage'];
  sensitivity: CasesTable['sensitivity']['__select__'];
  caseManagerId: string | null;
  version: number;
}

/**
 * Who may see a case beyond the jurisdiction rule: a normal case, anyone with case.read in its
 * jurisdiction; a sensitive one (domestic violence, trafficking, child victims, health) also
 * needs sensitive.read or a place on the case team; a restricted one only the case team.
 */
export function caseVisible(access: AccessContext, caseAlias: string): RawBuilder<SqlBool> {
  const user = access.requireUser();
  const onTeam = sql<SqlBool>`exists (select 1 from case_team ct where ct.case_id = ${sql.ref(`${caseAlias}.id`)} and ct.user_id = ${user.userId})`;
  const sensitivity = sql.ref(`${caseAlias}.sensitivity`);
  if (access.has('sensitive.read')) return sql<SqlBool>`(${sensitivity} <> 'restricted' or ${onTeam})`;
  return sql<SqlBool>`(${sensitivity} = 'normal' or ${onTeam})`;
}

/**
 * Loads a case the user may work on, or refuses: 404 when there is none, 403 (audited) when it
 * lies outside the user's jurisdiction or is sensitive and the user is not on its team.
 */
export async function requireCase(
  access: AccessContext,
  caseId: string,
  executor = access.db,
): Promise<CaseHeader> {
  const db = caseDb(executor);
  const row = await db
    .selectFrom('cases as c')
    .innerJoin('jurisdictions as j', 'j.id', 'c.jurisdiction_id')
    .select([
      'c.id',
      'c.number',
      'c.jurisdiction_id as jurisdictionId',
      'j.path',
      'c.household_id as householdId',
      'c.person_id as personId',
      'c.status',
      'c.stage',
      'c.sensitivity',
      'c.case_manager_id as caseManagerId',
      'c.version',
    ])
    .select(caseVisible(access, 'c').as('visible'))
    .where('c.id', '=', caseId)
    .executeTakeFirst();
  const { visible: _visible, ...header } = await checkCaseAccess(access, caseId, row);
  return header;
}

/**
 * The refusals of `requireCase` for a case row read by another query (with its jurisdiction's
 * `path`, its `sensitivity` and `caseVisible(…)` as `visible`): 404, or 403 audited.
 */
export async function checkCaseAccess<
  Row extends { path: string; sensitivity: string; visible: SqlBool | boolean },
>(access: AccessContext, caseId: string, row: Row | undefined): Promise<Row> {
  if (!row) throw errors.notFound();
  await access.requireInJurisdiction('case', caseId, row.path);
  if (!row.visible) {
    await access.deny({ reason: 'sensitivity', sensitivity: row.sensitivity }, 'case', caseId);
    throw caseAccessErrors.sensitive();
  }
  return row;
}
