import { createHash } from 'node:crypto';
import { findIndicatorDefinition } from '@vatra/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { planDb } from '../../storage/action-plans/tables.js';
import { appendAudit } from '../audit/trail.js';
import { planIndicators } from './indicators.js';

/** Indicator ids of a shipped plan mapped to computed definition keys, by plan key. */
export type ShippedLinks = Record<string, Record<string, string>>;

const LINKS_KEY = 'shipped_links_fingerprint';

/**
 * Adds the shipped indicator links (shipped-links.ts) that a shipped plan already in the
 * database lacks: a release links more indicators than the one that first loaded the plan. A
 * link is added only where the indicator has no link, no person ever linked or unlinked it (the
 * audit trail's action_plan.indicator_link), the plan's current text still has it and the
 * definition measures its unit. Links present are never changed or removed. Each plan's
 * additions are audited, with no actor. Unchanged shipped links (the usual restart) cost one
 * lookup. Pass the transaction that loads the shipped plans.
 */
export async function syncShippedLinks(trx: Kysely<Database>, links: ShippedLinks): Promise<string[]> {
  const fingerprint = createHash('sha256').update(JSON.stringify(links)).digest('hex');
  const stored = await trx
    .selectFrom('app_meta')
    .select('value')
    .where('key', '=', LINKS_KEY)
    .executeTakeFirst();
  if (stored?.value === fingerprint) return [];
  const pdb = planDb(trx);
  const keys = Object.keys(links);
  const plans =
    keys.length === 0
      ? []
      : await pdb
          .selectFrom('action_plans')
          .select(['id', 'key', 'content'])
          .where('origin', '=', 'shipped')
          .where('key', 'in', keys)
          .execute();
  const ids = plans.map((plan) => plan.id);
  const linked = new Set<string>();
  const touched = new Set<string>();
  if (ids.length > 0) {
    for (const row of await pdb
      .selectFrom('action_plan_indicator_links')
      .select(['plan_id', 'indicator_id'])
      .where('plan_id', 'in', ids)
      .execute())
      linked.add(`${row.plan_id} ${row.indicator_id}`);
    for (const row of await trx
      .selectFrom('audit_log')
      .select(['record_id', 'details'])
      .where('record_type', '=', 'action_plan')
      .where('record_id', 'in', ids)
      .where('action', '=', 'action_plan.indicator_link')
      .execute())
      touched.add(`${row.record_id ?? ''} ${String(row.details.indicatorId)}`);
  }

  const changed: string[] = [];
  for (const plan of plans) {
    const indicators = new Map(
      planIndicators(plan.content).map((entry) => [entry.indicator.id, entry.indicator]),
    );
    const missing = Object.entries(links[plan.key] ?? {}).filter(([indicatorId, definitionKey]) => {
      const at = `${plan.id} ${indicatorId}`;
      if (linked.has(at) || touched.has(at)) return false;
      const unit = indicators.get(indicatorId)?.unit;
      return unit !== undefined && findIndicatorDefinition(definitionKey)?.unit === unit;
    });
    if (missing.length === 0) continue;
    await pdb
      .insertInto('action_plan_indicator_links')
      .values(
        missing.map(([indicatorId, definitionKey]) => ({
          plan_id: plan.id,
          indicator_id: indicatorId,
          definition_key: definitionKey,
          linked_by: null,
        })),
      )
      .execute();
    await appendAudit(trx, {
      action: 'system.add_shipped_plan_links',
      outcome: 'ok',
      recordType: 'action_plan',
      recordId: plan.id,
      details: {
        planKey: plan.key,
        links: missing.map(([indicatorId, definitionKey]) => ({ indicatorId, definitionKey })),
      },
    });
    changed.push(plan.key);
  }
  await trx
    .insertInto('app_meta')
    .values({ key: LINKS_KEY, value: JSON.stringify(fingerprint) })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(fingerprint) }))
    .execute();
  return changed;
}
