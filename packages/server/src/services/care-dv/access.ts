import type { Deadline } from '@vatra/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { errors } from '../../http/errors.js';
import { dvDb } from '../../storage/care-dv/tables.js';
import type { AccessContext } from '../access/context.js';
import { lockCareCase, requireCareCase, type LockedCareCase } from '../care/access.js';
import { countryOf, type CaseConfig } from '../cases/config.js';
import { dvErrors } from './errors.js';

/** The country's protection-order report interval (config/<country>/country.json). */
export function reportEvery(config: CaseConfig, access: AccessContext): Pick<Deadline, 'value' | 'unit'> {
  const { value, unit } = countryOf(config, access).country.deadlines.protectionOrderReport;
  return { value, unit };
}

async function isDv(executor: Kysely<Database>, id: string): Promise<boolean> {
  const row = await dvDb(executor)
    .selectFrom('care_cases')
    .select('dv')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.dv ?? false;
}

/**
 * A DV case the user may read. The care visibility rule (services/care/access.ts) already lets only
 * holders of care.dv on the team or in the technical group see a DV case, and audits the refusal.
 */
export async function requireDvCase(access: AccessContext, id: string): Promise<LockedCareCase> {
  const kase = await requireCareCase(access, id);
  if (!(await isDv(access.db, id))) throw dvErrors.notDvCase();
  return kase;
}

/** For a write: the DV case locked, open, at the version the client saw. */
export async function lockDvCase(
  trx: Kysely<Database>,
  access: AccessContext,
  id: string,
  expectVersion: number,
): Promise<LockedCareCase> {
  const kase = await lockCareCase(trx, access, id, expectVersion);
  if (!(await isDv(trx, id))) throw dvErrors.notDvCase();
  return kase;
}

/** The order of a case, locked in the write's transaction; 404 when it belongs to another case. */
export async function lockOrder(trx: Kysely<Database>, caseId: string, orderId: string) {
  const order = await dvDb(trx)
    .selectFrom('protection_orders')
    .selectAll()
    .where('id', '=', orderId)
    .where('care_case_id', '=', caseId)
    .forUpdate()
    .executeTakeFirst();
  if (!order) throw errors.notFound();
  return order;
}
