import type { CareStatus } from '@vatra/core';
import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { Database } from '../../db/schema.js';
import { errors } from '../../http/errors.js';
import { careDb } from '../../storage/care/tables.js';
import type { AccessContext } from '../access/context.js';
import { caseAccessErrors } from '../cases/visibility.js';
import { careErrors } from './errors.js';

/**
 * Who may see a care case beyond the jurisdiction rule, as for returnee cases: a normal one,
 * anyone with care.read there; a sensitive one (domestic violence, child victims) also needs
 * sensitive.read or a place on its team; a restricted one only its team; a DV case see dvVisible.
 */
export function careVisible(access: AccessContext, alias: string): RawBuilder<SqlBool> {
  const user = access.requireUser();
  const onTeam = sql<SqlBool>`exists (select 1 from care_team ct where ct.care_case_id = ${sql.ref(`${alias}.id`)} and ct.user_id = ${user.userId})`;
  const sensitivity = sql.ref(`${alias}.sensitivity`);
  const general = access.has('sensitive.read')
    ? sql<SqlBool>`(${sensitivity} <> 'restricted' or ${onTeam})`
    : sql<SqlBool>`(${sensitivity} = 'normal' or ${onTeam})`;
  return sql<SqlBool>`(case when ${sql.ref(`${alias}.dv`)} then ${dvVisible(access, alias, onTeam)} else ${general} end)`;
}

/**
 * A domestic-violence case (migration 0015) is narrower still: only a holder of care.dv who is on
 * its team or in its intersectoral technical group sees it.
 */
function dvVisible(access: AccessContext, alias: string, onTeam: RawBuilder<SqlBool>): RawBuilder<SqlBool> {
  if (!access.has('care.dv')) return sql<SqlBool>`false`;
  const inGroup = sql<SqlBool>`exists (select 1 from dv_group_members gm where gm.care_case_id = ${sql.ref(`${alias}.id`)} and gm.user_id = ${access.requireUser().userId})`;
  return sql<SqlBool>`(${onTeam} or ${inGroup})`;
}

export interface LockedCareCase {
  id: string;
  number: string;
  status: CareStatus;
  jurisdictionId: string;
  path: string;
  personId: string;
  workerId: string | null;
  version: number;
}

/**
 * Loads a care case the user may see, or refuses: 404 when there is none, 403 (audited) outside
 * the user's jurisdiction or when sensitive and the user is not on its team. With `lock`, inside
 * a write's transaction, the row is locked so steps on one case run one after the other.
 */
export async function requireCareCase(
  access: AccessContext,
  id: string,
  executor: Kysely<Database> = access.db,
  lock = false,
): Promise<LockedCareCase> {
  let query = careDb(executor)
    .selectFrom('care_cases as c')
    .innerJoin('jurisdictions as j', 'j.id', 'c.jurisdiction_id')
    .select([
      'c.id',
      'c.number',
      'c.status',
      'c.jurisdiction_id as jurisdictionId',
      'j.path',
      'c.person_id as personId',
      'c.worker_id as workerId',
      'c.version',
      'c.sensitivity',
    ])
    .select(careVisible(access, 'c').as('visible'))
    .where('c.id', '=', id);
  if (lock) query = query.forUpdate('c');
  const row = await query.executeTakeFirst();
  if (!row) throw errors.notFound();
  await access.requireInJurisdiction('care_case', id, row.path);
  if (!row.visible) {
    await access.deny({ reason: 'sensitivity', sensitivity: row.sensitivity }, 'care_case', id);
    throw caseAccessErrors.sensitive();
  }
  const { visible: _visible, sensitivity: _sensitivity, ...header } = row;
  return header;
}

/** For a write: the visible case, locked, refused when closed, at the version the client saw. */
export async function lockCareCase(
  trx: Kysely<Database>,
  access: AccessContext,
  id: string,
  expectVersion?: number,
): Promise<LockedCareCase> {
  const kase = await requireCareCase(access, id, trx, true);
  if (kase.status === 'closed') throw careErrors.closed();
  if (expectVersion !== undefined && kase.version !== expectVersion) throw errors.conflict();
  return kase;
}

/** Sets a care case's columns and bumps its version. */
export async function touchCareCase(
  trx: Kysely<Database>,
  id: string,
  values: Record<string, unknown>,
): Promise<void> {
  await careDb(trx)
    .updateTable('care_cases')
    .set({ ...values, version: sql<number>`version + 1`, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

/** Puts a user on the care team (idempotent): team members see the case even when restricted. */
export async function joinCareTeam(
  trx: Kysely<Database>,
  id: string,
  userId: string,
  role: 'opener' | 'worker' | 'member',
): Promise<void> {
  await careDb(trx)
    .insertInto('care_team')
    .values({ care_case_id: id, user_id: userId, role })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

const ORDER: CareStatus[] = ['identified', 'assessed', 'planned', 'in_service', 'closed'];

/** Whether a case has reached a status (statuses only move forward). */
export function reached(status: CareStatus, target: CareStatus): boolean {
  return ORDER.indexOf(status) >= ORDER.indexOf(target);
}

/** The later of two statuses: a step never moves a case back. */
export function advanceTo(status: CareStatus, target: CareStatus): CareStatus {
  return reached(status, target) ? status : target;
}
