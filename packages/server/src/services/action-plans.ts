import { planCounts, type LocalizedText, type PlanFile } from '@vatra/core';
import { errors } from '../http/errors.js';
import type { AccessContext } from './access/context.js';

/** The jurisdictions (path, id, name) of the plans' municipalities, by code. */
async function placesOf(access: AccessContext, plans: PlanFile[]) {
  const codes = [...new Set(plans.map((plan) => plan.municipality))];
  if (!codes.length)
    return new Map<string, { id: string; code: string; name: LocalizedText; path: string }>();
  const rows = await access.db
    .selectFrom('jurisdictions')
    .select(['id', 'code', 'name', 'path'])
    .where('code', 'in', codes)
    .execute();
  return new Map(rows.map((row) => [row.code, row]));
}

/** The action plans of the municipalities in the user's jurisdiction. */
export async function listActionPlans(access: AccessContext, plans: PlanFile[]) {
  const places = await placesOf(access, plans);
  const items = plans.flatMap((plan) => {
    const place = places.get(plan.municipality);
    if (!place || !access.covers(place.path)) return [];
    return [
      {
        key: plan.key,
        kind: plan.kind,
        title: plan.title,
        municipality: { id: place.id, code: place.code, name: place.name },
        period: plan.period,
        status: plan.status,
        counts: planCounts(plan),
      },
    ];
  });
  await access.audit(access.db, { action: 'action_plan.list', details: { count: items.length } });
  return { items };
}

/** One action plan, whole; refused (403, audited) outside the user's jurisdiction. */
export async function getActionPlan(
  access: AccessContext,
  plans: PlanFile[],
  key: string,
): Promise<PlanFile> {
  const plan = plans.find((candidate) => candidate.key === key);
  if (!plan) throw errors.notFound();
  const place = (await placesOf(access, [plan])).get(plan.municipality);
  if (!place) throw errors.notFound();
  await access.requireInJurisdiction('action_plan', key, place.path);
  await access.audit(access.db, { action: 'action_plan.read', recordType: 'action_plan', recordId: key });
  return plan;
}
