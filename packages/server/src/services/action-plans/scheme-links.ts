import { planRow, type CountryConfig, type PlanBudget } from '@vatra/core';
import { errors, HttpError } from '../../http/errors.js';
import { schemeLinkDb } from '../../storage/action-plans/scheme-links.js';
import type { AccessContext } from '../access/context.js';
import { budgetOf } from './budget.js';
import { planErrors } from './errors.js';
import { requireActionPlan, type PlanRecord } from './read.js';

// Linking measures and actions of a plan to schemes of the catalogue, so that the benefits of
// those schemes count as the row's spending from source "benefits" (budget-benefits.ts). A
// scheme feeds one row of a plan at most: a benefit is never counted on two rows.

/** What the link service needs of the app: the countries' scheme catalogues. */
export interface SchemeLinkDeps {
  countries: readonly CountryConfig[];
}

function fieldError(field: string, key: string, values: Record<string, string> = {}, status = 422) {
  return new HttpError(status, 'validation', 'server.errors.validation', {}, { [field]: { key, values } });
}

async function editablePlan(access: AccessContext, id: string, rowId: string): Promise<PlanRecord> {
  const plan = await requireActionPlan(access, id);
  if (plan.status === 'evaluated') throw planErrors.readOnly();
  const row = planRow(plan.content, rowId);
  if (!row || !('costs' in row)) throw planErrors.field('rowId', 'unknownRow');
  return plan;
}

/** Links a scheme of the catalogue to a measure or action (400 naming schemeCode when unknown). */
export async function linkScheme(
  access: AccessContext,
  deps: SchemeLinkDeps,
  id: string,
  rowId: string,
  schemeCode: string,
): Promise<PlanBudget> {
  const user = access.requireUser();
  const plan = await editablePlan(access, id, rowId);
  const country = deps.countries.find((c) => c.country.code === user.countryCode);
  if (!country?.schemes.some((scheme) => scheme.code === schemeCode))
    throw fieldError('schemeCode', 'server.actionPlans.unknownScheme', {}, 400);
  await access.db.transaction().execute(async (trx) => {
    const sdb = schemeLinkDb(trx);
    const existing = await sdb
      .selectFrom('action_plan_scheme_links')
      .select('row_id')
      .where('plan_id', '=', id)
      .where('scheme_code', '=', schemeCode)
      .executeTakeFirst();
    if (existing?.row_id === rowId) throw errors.conflict();
    if (existing) {
      const other = planRow(plan.content, existing.row_id);
      const row = other && 'number' in other && other.number ? other.number : existing.row_id;
      throw fieldError('schemeCode', 'server.actionPlans.schemeLinkedElsewhere', { row });
    }
    await sdb
      .insertInto('action_plan_scheme_links')
      .values({ plan_id: id, row_id: rowId, scheme_code: schemeCode, linked_by: user.userId })
      .execute();
    await access.audit(trx, {
      action: 'action_plan.scheme_link',
      recordType: 'action_plan',
      recordId: id,
      details: { rowId, schemeCode },
    });
  });
  return budgetOf(access.db, plan);
}

/** Removes the link; the benefits of the scheme no longer show on the row (404 when not linked). */
export async function unlinkScheme(
  access: AccessContext,
  id: string,
  rowId: string,
  schemeCode: string,
): Promise<PlanBudget> {
  const plan = await requireActionPlan(access, id);
  if (plan.status === 'evaluated') throw planErrors.readOnly();
  await access.db.transaction().execute(async (trx) => {
    const removed = await schemeLinkDb(trx)
      .deleteFrom('action_plan_scheme_links')
      .where('plan_id', '=', id)
      .where('row_id', '=', rowId)
      .where('scheme_code', '=', schemeCode)
      .executeTakeFirst();
    if (Number(removed.numDeletedRows) !== 1) throw errors.notFound();
    await access.audit(trx, {
      action: 'action_plan.scheme_unlink',
      recordType: 'action_plan',
      recordId: id,
      details: { rowId, schemeCode },
    });
  });
  return budgetOf(access.db, plan);
}
