import { planDb } from '../storage/action-plans/tables.js';
import type { TestApp } from './harness.js';

/** The id of a shipped action plan in a test database, read straight from SQL. */
export async function planId(app: TestApp, key: string): Promise<string> {
  const row = await planDb(app.db.kysely)
    .selectFrom('action_plans')
    .select('id')
    .where('key', '=', key)
    .executeTakeFirstOrThrow();
  return row.id;
}
