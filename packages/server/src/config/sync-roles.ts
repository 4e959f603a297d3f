import type { CountryConfig } from '@vatra/core';
import { sql, type ColumnType, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { appendAudit } from '../services/audit/trail.js';

// Kysely's view of migrations/0021_shipped_config_sync.sql. Keep the two in step.
interface ShippedRoleScopesTable {
  country_code: string;
  code: string;
  scopes: string[];
  synced_at: ColumnType<Date, Date | string | undefined, Date | string>;
}
type ShippedRoleTables = { shipped_role_scopes: ShippedRoleScopesTable };

/** What changed a role: it still had its shipped scopes, or an administrator had edited them. */
export type RoleSyncRule = 'follows_release' | 'adds_new_scopes';

/**
 * Brings the country's shipped roles (roles.json) into the database. A missing role is created.
 * An existing one that still grants exactly what was shipped last time takes the new shipped
 * scopes; one an administrator edited keeps the edit and only gains the scopes this release adds
 * (absent from the previous shipped version) that an administrator never took away from it.
 * Scopes a release drops are left on edited roles. Every change is audited, with no actor.
 * Runs inside the configuration sync's transaction, so only when the configuration changed.
 */
export async function syncShippedRoles(trx: Kysely<Database>, config: CountryConfig): Promise<void> {
  const country = config.country.code;
  const sdb = trx.withTables<ShippedRoleTables>();
  const existing = new Map(
    (
      await trx
        .selectFrom('roles')
        .select(['id', 'code', 'scopes', 'builtin'])
        .where('country_code', '=', country)
        .execute()
    ).map((row) => [row.code, row]),
  );
  const baselines = new Map(
    (
      await sdb
        .selectFrom('shipped_role_scopes')
        .select(['code', 'scopes'])
        .where('country_code', '=', country)
        .execute()
    ).map((row) => [row.code, row.scopes]),
  );
  // Roles created by an administrator under a code a later release ships stay theirs.
  const shipped = config.roles.filter((role) => existing.get(role.code)?.builtin !== false);
  const edits = await roleEdits(
    trx,
    shipped.flatMap((role) => existing.get(role.code)?.id ?? []),
  );

  const created: string[] = [];
  for (const role of shipped) {
    const current = existing.get(role.code);
    if (!current) {
      await trx
        .insertInto('roles')
        .values({
          code: role.code,
          country_code: country,
          name: JSON.stringify(role.name),
          scopes: textArray(role.scopes),
          builtin: true,
        })
        .execute();
      created.push(role.code);
    } else {
      const history = edits.get(current.id) ?? [];
      // Before this table existed: what the role had before its first administrator edit is
      // what was shipped when it was created; a role never edited has it still.
      const previous = baselines.get(role.code) ?? history[0]?.before ?? current.scopes;
      const outcome = nextScopes(current.scopes, previous, role.scopes, removedByAdministrators(history));
      if (!sameSet(outcome.scopes, current.scopes)) {
        // A version bump: an administrator's form opened before the sync gets a 409, not an overwrite.
        await trx
          .updateTable('roles')
          .set({ scopes: textArray(outcome.scopes), version: sql<number>`version + 1`, updated_at: new Date() })
          .where('id', '=', current.id)
          .execute();
        await appendAudit(trx, {
          action: 'system.sync_role',
          outcome: 'ok',
          recordType: 'role',
          recordId: current.id,
          details: {
            countryCode: country,
            code: role.code,
            rule: outcome.rule,
            scopesBefore: current.scopes,
            scopesAfter: outcome.scopes,
            shippedBefore: previous,
            shippedNow: role.scopes,
          },
        });
      }
    }
    const recorded = baselines.get(role.code);
    if (!recorded || !sameSet(recorded, role.scopes))
      await sdb
        .insertInto('shipped_role_scopes')
        .values({ country_code: country, code: role.code, scopes: textArray(role.scopes) })
        .onConflict((oc) =>
          oc.columns(['country_code', 'code']).doUpdateSet({ scopes: textArray(role.scopes), synced_at: new Date() }),
        )
        .execute();
  }
  if (created.length > 0)
    await appendAudit(trx, {
      action: 'system.create_shipped_roles',
      outcome: 'ok',
      details: { countryCode: country, roles: created },
    });
}

/**
 * The rule, apart from the database: `current` the role's scopes, `previous` the shipped scopes
 * it was last synced with, `shipped` this release's, `removed` the scopes administrators took
 * away from it at some time.
 */
export function nextScopes(
  current: readonly string[],
  previous: readonly string[],
  shipped: readonly string[],
  removed: ReadonlySet<string>,
): { scopes: string[]; rule: RoleSyncRule } {
  if (sameSet(current, previous)) return { scopes: [...shipped], rule: 'follows_release' };
  const had = new Set(previous);
  const added = shipped.filter((scope) => !had.has(scope) && !removed.has(scope) && !current.includes(scope));
  return { scopes: [...current, ...added], rule: 'adds_new_scopes' };
}

interface RoleEdit {
  before: string[];
  after: string[];
}

/** Administrators' scope edits per role id, oldest first, from the audit trail (role.update). */
async function roleEdits(trx: Kysely<Database>, roleIds: string[]): Promise<Map<string, RoleEdit[]>> {
  const result = new Map<string, RoleEdit[]>();
  if (roleIds.length === 0) return result;
  const rows = await trx
    .selectFrom('audit_log')
    .select(['record_id', 'details'])
    .where('record_type', '=', 'role')
    .where('record_id', 'in', roleIds)
    .where('action', '=', 'role.update')
    .where('outcome', '=', 'ok')
    .orderBy('id')
    .execute();
  for (const row of rows) {
    if (!row.record_id) continue;
    const edit = { before: strings(row.details.scopesBefore), after: strings(row.details.scopesAfter) };
    result.set(row.record_id, [...(result.get(row.record_id) ?? []), edit]);
  }
  return result;
}

function removedByAdministrators(history: readonly RoleEdit[]): Set<string> {
  return new Set(history.flatMap((edit) => edit.before.filter((scope) => !edit.after.includes(scope))));
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((item) => right.has(item));
}

/** A text[] parameter without duplicates (Kysely would otherwise send a JSON array). */
function textArray(values: readonly string[]): string[] {
  return sql<string[]>`${sql.val([...new Set(values)])}::text[]` as unknown as string[];
}
