import type { PlanRegisterKind, PlanRegisterList } from '@vatra/core';
import type { AccessContext } from '../access/context.js';
import { requirePlan } from './plan.js';
import { compareEntries, entryRows, linkedCases, toView } from './rows.js';

/** One register of a plan (archived entries only when asked), audited with the entries shown. */
export async function listRegister(
  access: AccessContext,
  planId: string,
  kind: PlanRegisterKind,
  options: { archived: boolean },
): Promise<PlanRegisterList> {
  const plan = await requirePlan(access, planId);
  let query = entryRows(access.db).where('e.plan_id', '=', plan.id).where('e.kind', '=', kind);
  if (!options.archived) query = query.where('e.archived_at', 'is', null);
  const rows = await query.execute();
  const cases = await linkedCases(
    access.db,
    rows.map((row) => row.id),
  );
  const items = rows.map((row) => toView(row, cases.get(row.id) ?? [])).sort(compareEntries);
  await access.audit(access.db, {
    action: 'plan_register.list',
    recordType: 'action_plan',
    recordId: plan.id,
    details: { kind, archived: options.archived, entryIds: items.map((item) => item.id) },
  });
  return { items };
}
