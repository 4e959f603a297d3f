import type { PlanFile } from '@vatra/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { planDb } from '../../storage/action-plans/tables.js';
import { appendAudit } from '../audit/trail.js';
import { syncShippedLinks, type ShippedLinks } from './sync-links.js';

export type { ShippedLinks };

/**
 * Copies the plans shipped in plans/ into the database when they are not there yet, with their
 * first version and the links of their indicators to computed definitions. A plan already in
 * the database is never overwritten: from its first start on, the municipality edits its own
 * copy, except that shipped links a later release adds reach it (sync-links.ts). Plans of
 * municipalities this installation does not configure are skipped.
 */
export async function syncShippedPlans(
  db: Kysely<Database>,
  plans: PlanFile[],
  links: ShippedLinks = {},
): Promise<string[]> {
  if (plans.length === 0) return [];
  return db.transaction().execute(async (trx) => {
    const pdb = planDb(trx);
    const present = new Set(
      (await pdb.selectFrom('action_plans').select('key').execute()).map((row) => row.key),
    );
    const places = new Map(
      (
        await pdb
          .selectFrom('jurisdictions')
          .select(['id', 'code'])
          .where(
            'code',
            'in',
            plans.map((plan) => plan.municipality),
          )
          .execute()
      ).map((row) => [row.code, row.id]),
    );
    const added: string[] = [];
    for (const plan of plans) {
      const jurisdictionId = places.get(plan.municipality);
      if (present.has(plan.key) || !jurisdictionId) continue;
      const content = JSON.stringify(plan);
      const row = await pdb
        .insertInto('action_plans')
        .values({
          key: plan.key,
          jurisdiction_id: jurisdictionId,
          status: plan.status,
          content,
          origin: 'shipped',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await pdb
        .insertInto('action_plan_versions')
        .values({ plan_id: row.id, version: 1, content, change: `plans/${plan.key}.json`, changed_by: null })
        .execute();
      const planLinks = Object.entries(links[plan.key] ?? {});
      if (planLinks.length > 0)
        await pdb
          .insertInto('action_plan_indicator_links')
          .values(
            planLinks.map(([indicatorId, definitionKey]) => ({
              plan_id: row.id,
              indicator_id: indicatorId,
              definition_key: definitionKey,
              linked_by: null,
            })),
          )
          .execute();
      added.push(plan.key);
    }
    if (added.length > 0)
      await appendAudit(trx, {
        action: 'system.load_shipped_plans',
        outcome: 'ok',
        details: { plans: added },
      });
    await syncShippedLinks(trx, links);
    return added;
  });
}
