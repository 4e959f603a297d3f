import { errors } from '../../http/errors.js';
import { planDb } from '../../storage/action-plans/tables.js';
import type { AccessContext } from '../access/context.js';

export interface PlanHeader {
  id: string;
  key: string;
  jurisdictionId: string;
  /** The municipality's jurisdiction path: the registers' jurisdiction. */
  path: string;
}

/**
 * The plan a register belongs to, or a refusal: 404 when there is none, 403 (audited) when its
 * municipality is outside the user's jurisdiction. The access hook checks the same from the
 * URL's :id; services check again so they are safe when called from elsewhere.
 */
export async function requirePlan(access: AccessContext, planId: string): Promise<PlanHeader> {
  const row = await planDb(access.db)
    .selectFrom('action_plans as p')
    .innerJoin('jurisdictions as j', 'j.id', 'p.jurisdiction_id')
    .select(['p.id', 'p.key', 'p.jurisdiction_id as jurisdictionId', 'j.path'])
    .where('p.id', '=', planId)
    .executeTakeFirst();
  if (!row) throw errors.notFound();
  await access.requireInJurisdiction('action_plan', planId, row.path);
  return row;
}
