import { findIndicatorDefinition, indicatorSummary, type PlanComparison } from '@vatra/core';
import { planDb } from '../../storage/action-plans/tables.js';
import type { AccessContext } from '../access/context.js';
import { evaluateMany } from '../indicators/evaluate.js';
import { planErrors } from './errors.js';
import { indicatorStates, yearScope } from './indicators.js';
import { plansInReach } from './read.js';

/**
 * DRPR's national view: every municipality with a plan in the user's reach, side by side on one
 * computed definition for a year: its value (computed the same way everywhere) and, where its
 * plan links an indicator of its own to that definition, the plan's target and progress.
 */
export async function comparePlans(
  access: AccessContext,
  definitionKey: string,
  year: number,
): Promise<PlanComparison> {
  const definition = findIndicatorDefinition(definitionKey);
  if (!definition) throw planErrors.field('definition', 'unknownDefinition');
  const plans = await plansInReach(access);
  const now = new Date();
  const linked = await planDb(access.db)
    .selectFrom('action_plan_indicator_links')
    .select(['plan_id', 'indicator_id'])
    .where('definition_key', '=', definitionKey)
    .execute();
  // One row per municipality: the plan that links this definition, else its reintegration plan.
  const linking = new Set(linked.map((link) => link.plan_id));
  const rank = (plan: (typeof plans)[number]) =>
    linking.has(plan.id) ? 0 : plan.content.kind === 'reintegration' ? 1 : 2;
  const chosen = new Map<string, (typeof plans)[number]>();
  for (const plan of plans) {
    const current = chosen.get(plan.municipality.code);
    if (
      !current ||
      rank(plan) < rank(current) ||
      (rank(plan) === rank(current) && plan.content.period.to > current.content.period.to)
    )
      chosen.set(plan.municipality.code, plan);
  }
  const items: PlanComparison['items'] = [];
  for (const plan of chosen.values()) {
    const evaluated = await evaluateMany(access.db, [definitionKey], {
      jurisdictionPath: plan.municipality.path,
      ...yearScope(year, now),
    });
    const value = evaluated.get(definitionKey);
    if (!value) continue;
    const own = linked.filter((link) => link.plan_id === plan.id).map((link) => link.indicator_id);
    const states = own.length
      ? (await indicatorStates(access.db, plan, year, now)).filter((state) => own.includes(state.indicatorId))
      : [];
    items.push({
      plan: { id: plan.id, key: plan.key, title: plan.content.title },
      municipality: { id: plan.municipality.id, code: plan.municipality.code, name: plan.municipality.name },
      value,
      indicators: states.map((state) => ({
        indicatorId: state.indicatorId,
        target: state.progress.target,
        progress: state.progress,
      })),
    });
  }
  await access.audit(access.db, {
    action: 'action_plan.compare',
    details: { definitionKey, year, plans: items.length },
  });
  return { definition: indicatorSummary(definition), year, items };
}
