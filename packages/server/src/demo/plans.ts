import type { Db } from '../db/open.js';
import { planDb } from '../storage/action-plans/tables.js';
import { appendAudit } from '../services/audit/trail.js';
import { seedPlanRegisters } from './plan-registers.js';

// What a municipality has done with its plans after a while, for the demo: the registers, some
// measures done or under way, a manual indicator value, money spent, and the monitoring team's
// analysis of the last quarter. Invented, but in the plans' own rows and the demo's own people.

const PEJA = 'peja-reintegration-2026-2028';
const PEJA_SOCIAL = 'peja-social-services-2022-2024';

/** Once: skipped when the Peja plan already has implementation rows. */
export async function seedDemoPlans(db: Db, now = new Date()): Promise<number> {
  const pdb = planDb(db.kysely);
  const plans = await pdb.selectFrom('action_plans').select(['id', 'key', 'content']).execute();
  const byKey = new Map(plans.map((plan) => [plan.key, plan]));
  const peja = byKey.get(PEJA);
  if (!peja) return 0;
  const done = await pdb
    .selectFrom('action_plan_row_progress')
    .select('id')
    .where('plan_id', '=', peja.id)
    .executeTakeFirst();
  if (done) return 0;
  const coordinator = await pdb
    .selectFrom('users')
    .select('id')
    .where('username', '=', 'plan.peja')
    .executeTakeFirst();
  if (!coordinator) return 0;
  const year = now.getUTCFullYear();
  // The last full quarter before today.
  const quarter = Math.floor(now.getUTCMonth() / 3);
  const qYear = quarter === 0 ? year - 1 : year;
  const q = quarter === 0 ? 4 : quarter;
  const qStart = `${qYear}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`;
  const qEnd = new Date(Date.UTC(qYear, q * 3, 0)).toISOString().slice(0, 10);

  return db.kysely.transaction().execute(async (trx) => {
    const tdb = planDb(trx);
    const registers = await seedPlanRegisters(trx, {
      planIdsByKey: Object.fromEntries(plans.map((plan) => [plan.key, plan.id])),
    });
    const measures = peja.content.objectives.flatMap((objective) => objective.measures);
    const statuses = ['done', 'in_progress', 'in_progress', 'done', 'in_progress', 'not_started'] as const;
    const progress = measures.slice(0, statuses.length).map((measure, index) => ({
      plan_id: peja.id,
      row_id: measure.id,
      status: statuses[index] ?? 'in_progress',
      note: null,
      recorded_by: coordinator.id,
    }));
    if (progress.length) await tdb.insertInto('action_plan_row_progress').values(progress).execute();
    // A count indicator measured by hand, if the plan has one without a computed definition.
    const linked = new Set(
      (
        await tdb
          .selectFrom('action_plan_indicator_links')
          .select('indicator_id')
          .where('plan_id', '=', peja.id)
          .execute()
      ).map((row) => row.indicator_id),
    );
    const manual = measures
      .flatMap((measure) => measure.indicators)
      .find((indicator) => indicator.unit === 'count' && !linked.has(indicator.id));
    if (manual)
      await tdb
        .insertInto('action_plan_indicator_values')
        .values({
          plan_id: peja.id,
          indicator_id: manual.id,
          period_start: qStart,
          period_end: qEnd,
          value: 4,
          note: 'Sipas procesverbaleve të ekipit monitorues',
          recorded_by: coordinator.id,
        })
        .execute();
    await tdb
      .insertInto('action_plan_analyses')
      .values({
        plan_id: peja.id,
        period_start: qStart,
        period_end: qEnd,
        challenges:
          'Numri i familjeve të kthyera me dhunë nga Gjermania u rrit në tremujor, ndërsa banesat sociale në Vitomiricë dhe Zallq nuk mjaftojnë. Vizitat brenda 72 orëve vonohen kur kthimi njoftohet natën.',
        recommendations:
          'Të caktohet një punonjës social kujdestar për vizitat e fundjavës; të rritet fondi për qira në buxhetin e vitit të ardhshëm; të nënshkruhet marrëveshja me Zyrën për Punësim për kurset profesionale.',
        written_by: coordinator.id,
      })
      .execute();
    // Money spent on the social-services strategy, which prices its measures in euro.
    const social = byKey.get(PEJA_SOCIAL);
    let spending = 0;
    if (social) {
      const priced = social.content.objectives
        .flatMap((objective) => objective.measures)
        .filter((measure) => measure.costs.some((cost) => cost.kind === 'amount' && cost.currency === 'EUR'))
        .slice(0, 3);
      const rows = priced
        .flatMap((measure) =>
          measure.costs
            .filter((cost) => cost.kind === 'amount' && cost.year !== undefined)
            .slice(0, 1)
            .map((cost) => ({
              plan_id: social.id,
              row_id: measure.id,
              year: cost.kind === 'amount' && cost.year ? cost.year : social.content.period.from,
              funding_source: 'Buxheti komunal',
              amount: cost.kind === 'amount' ? Math.round(cost.amount * 0.8) : 0,
              currency: 'EUR' as const,
              spent_on: `${cost.kind === 'amount' && cost.year ? cost.year : social.content.period.from}-11-30`,
              note: null,
              recorded_by: coordinator.id,
            })),
        )
        .filter((row) => row.amount > 0);
      if (rows.length) await tdb.insertInto('action_plan_spending').values(rows).execute();
      spending = rows.length;
    }
    await appendAudit(trx, {
      action: 'system.seed_demo_plans',
      outcome: 'ok',
      details: { registers, progress: progress.length, manual: manual ? 1 : 0, spending },
    });
    return registers + progress.length + spending + 1;
  });
}
