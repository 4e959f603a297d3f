import { planRow, type PlanBudget } from '@vatra/core';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { schemeLinkDb } from '../../storage/action-plans/scheme-links.js';
import type { PlanRecord } from './read.js';

// Benefits feed the plan budget. A measure or action is linked to schemes of the catalogue; the
// benefits of those schemes granted in the plan's municipality in a year of the plan are money
// spent on that row from the source "benefits". They are reported next to the spending recorded
// by hand (action_plan_spending), never added into it, and a scheme feeds one row of a plan at
// most, so no benefit is counted twice.

type Currency = 'EUR' | 'ALL';

/** The rows linked to schemes and what the benefits of those schemes amount to, per year and currency. */
export async function benefitSpending(
  db: Kysely<Database>,
  plan: PlanRecord,
): Promise<Pick<PlanBudget, 'fromBenefits' | 'benefitTotals'>> {
  const sdb = schemeLinkDb(db);
  const links = await sdb
    .selectFrom('action_plan_scheme_links')
    .select(['row_id', 'scheme_code'])
    .where('plan_id', '=', plan.id)
    .orderBy('row_id')
    .orderBy('scheme_code')
    .execute();
  if (links.length === 0) return { fromBenefits: [], benefitTotals: [] };
  const { from, to } = plan.content.period;
  const sums = await sdb
    .selectFrom('benefits as b')
    .innerJoin('jurisdictions as j', 'j.id', 'b.jurisdiction_id')
    .select([
      'b.scheme_code as scheme',
      sql<number>`extract(year from b.granted_on)::int`.as('year'),
      'b.currency as currency',
      (eb) => eb.fn.sum<string>('b.amount').as('amount'),
      (eb) => eb.fn.countAll<string>().as('count'),
    ])
    .where('j.path', 'like', `${plan.municipality.path}%`)
    .where('b.scheme_code', 'in', [...new Set(links.map((link) => link.scheme_code))])
    .where('b.granted_on', '>=', `${from}-01-01`)
    .where('b.granted_on', '<=', `${to}-12-31`)
    .where('b.amount', 'is not', null)
    .groupBy(['b.scheme_code', sql`extract(year from b.granted_on)`, 'b.currency'])
    .execute();

  const byRow = new Map<string, string[]>();
  for (const link of links) byRow.set(link.row_id, [...(byRow.get(link.row_id) ?? []), link.scheme_code]);
  const fromBenefits: PlanBudget['fromBenefits'] = [];
  for (const [rowId, schemes] of byRow) {
    const row = planRow(plan.content, rowId);
    const lines = new Map<string, PlanBudget['fromBenefits'][number]['lines'][number]>();
    for (const sum of sums.filter((item) => schemes.includes(item.scheme))) {
      const currency: Currency = sum.currency ?? 'EUR';
      const key = `${sum.year}:${currency}`;
      const line = lines.get(key) ?? { year: Number(sum.year), currency, amount: 0, count: 0 };
      line.amount += Number(sum.amount);
      line.count += Number(sum.count);
      lines.set(key, line);
    }
    fromBenefits.push({
      rowId,
      number: row && 'number' in row ? (row.number ?? null) : null,
      title: row && 'title' in row ? row.title : { original: rowId, en: rowId },
      schemes,
      lines: [...lines.values()].sort((a, b) => a.year - b.year || a.currency.localeCompare(b.currency)),
    });
  }
  // Totals from the sums themselves: each scheme feeds one row, so each benefit once.
  const totals = new Map<string, PlanBudget['benefitTotals'][number]>();
  for (const sum of sums) {
    const currency: Currency = sum.currency ?? 'EUR';
    const key = `${sum.year}:${currency}`;
    const total = totals.get(key) ?? { year: Number(sum.year), currency, amount: 0 };
    total.amount += Number(sum.amount);
    totals.set(key, total);
  }
  return {
    fromBenefits,
    benefitTotals: [...totals.values()].sort(
      (a, b) => a.year - b.year || a.currency.localeCompare(b.currency),
    ),
  };
}
