import { sql, type Kysely, type Updateable } from 'kysely';
import type { Database } from '../db/schema.js';
import { errors } from '../http/errors.js';
import type { CaseDatabase } from './cases/tables.js';

type VersionedTable =
  'users' | 'institutions' | 'roles' | 'persons' | 'households' | 'cases' | 'case_plans' | 'referrals';

/**
 * Optimistic concurrency in one place: the update applies only if the row still has the
 * version the client last saw, and bumps it; otherwise someone else changed it → 409.
 */
export async function updateVersioned<T extends VersionedTable>(
  db: Kysely<Database>,
  table: T,
  id: string,
  version: number,
  values: Updateable<CaseDatabase[T]>,
): Promise<void> {
  // Kysely cannot type an update over a union of tables; they all share id, version, updated_at.
  const generic = db as unknown as Kysely<
    Record<VersionedTable, { id: string; version: number; updated_at: Date }>
  >;
  const result = await generic
    .updateTable(table as VersionedTable)
    .set({ ...(values as object), version: sql<number>`version + 1`, updated_at: new Date() })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw errors.conflict();
}
