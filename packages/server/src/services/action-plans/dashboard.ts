import { officeToday, PROGRESS_STATUSES, type PlanDashboard, type ProgressStatus } from '@vatra/core';
import type { AccessContext } from '../access/context.js';
import { budgetOf } from './budget.js';
import { defaultYear, indicatorStates } from './indicators.js';
import { plansInReach, toSummary } from './read.js';
import { rowStates } from './rows.js';

/** At most this many overdue rows per plan on the home screen; the plan page lists them all. */
const OVERDUE_SHOWN = 5;

/**
 * The home screen of plan coordinators and the Mayor's office: per plan in reach, indicators by
 * progress status for the plan's current year, the overdue measures and actions, and the money
 * spent against the money planned. Evaluated plans are history and stay off it.
 */
export async function planDashboard(access: AccessContext, now = new Date()): Promise<PlanDashboard> {
  const plans = (await plansInReach(access)).filter((plan) => plan.status !== 'evaluated');
  const items: PlanDashboard['plans'] = [];
  for (const plan of plans) {
    const year = defaultYear(plan.content, now);
    const [states, rows, budget] = await Promise.all([
      indicatorStates(access.db, plan, year, now),
      rowStates(access.db, plan, now),
      budgetOf(access.db, plan, now),
    ]);
    const progress = Object.fromEntries(PROGRESS_STATUSES.map((status) => [status, 0])) as Record<
      ProgressStatus,
      number
    >;
    for (const state of states) progress[state.progress.status] += 1;
    const overdue = rows.filter((row) => row.overdue);
    const money = new Map<'EUR' | 'ALL', { currency: 'EUR' | 'ALL'; planned: number; actual: number }>();
    for (const total of budget.totals) {
      const entry = money.get(total.currency) ?? { currency: total.currency, planned: 0, actual: 0 };
      entry.planned += total.planned;
      entry.actual += total.actual;
      money.set(total.currency, entry);
    }
    items.push({
      plan: toSummary(plan),
      progress,
      overdueCount: overdue.length,
      overdueActions: overdue.slice(0, OVERDUE_SHOWN).map((row) => ({
        rowId: row.rowId,
        number: row.number,
        title: row.title,
        deadline: row.deadline ?? row.dueOn ?? '',
      })),
      budget: [...money.values()],
    });
  }
  await access.audit(access.db, { action: 'action_plan.dashboard', details: { plans: items.length } });
  return { year: Number(officeToday(now).slice(0, 4)), plans: items };
}
