import type { Scope } from '@vatra/core';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { AccessContext, toSessionUser, type SessionUser } from '../../services/access/context.js';

/**
 * The database handle the services get while the demo is seeded: the one transaction of the
 * whole seed, in which a service's own `transaction().execute(fn)` simply runs `fn` — so every
 * case, event, number and audit entry commits together, or (after a crash) none does.
 */
export function withinTransaction(trx: Transaction<Database>): Kysely<Database> {
  const handle: Kysely<Database> = new Proxy(trx, {
    get(target, property) {
      if (property === 'transaction')
        return () => ({ execute: <T>(fn: (inner: Transaction<Database>) => Promise<T>) => fn(target) });
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  return handle;
}

/** The demo users who work the cases, as the access layer would see them after logging in. */
export async function loadActors(
  db: Kysely<Database>,
  usernames: string[],
): Promise<Map<string, SessionUser>> {
  const rows = await db
    .selectFrom('users as u')
    .innerJoin('institutions as i', 'i.id', 'u.institution_id')
    .innerJoin('jurisdictions as j', 'j.id', 'i.jurisdiction_id')
    .select([
      'u.id as userId',
      'u.username',
      'u.full_name as fullName',
      'u.locale',
      'i.id as institutionId',
      'i.code as institutionCode',
      'j.path as institutionPath',
      'j.country_code as countryCode',
      sql<string[]>`(select coalesce(array_agg(distinct scope), '{}') from user_roles ur
        join roles r on r.id = ur.role_id cross join unnest(r.scopes) as scope
        where ur.user_id = u.id)`.as('scopes'),
      sql<string[]>`(select coalesce(array_agg(gj.path), '{}') from jurisdiction_grants g
        join jurisdictions gj on gj.id = g.jurisdiction_id where g.user_id = u.id)`.as('grantedPaths'),
    ])
    .where('u.username', 'in', usernames)
    .where('u.active', '=', true)
    .execute();
  return new Map(
    rows.map((row) => [
      row.username,
      toSessionUser({
        ...row,
        sessionId: 'demo-seed',
        csrfToken: '',
        expiresAt: new Date(8_640_000_000_000_000),
        mustChangePassword: false,
      }),
    ]),
  );
}

/**
 * An access context for one step, as the access hook would build it for the user's request:
 * refuses (plainly, not audited) a step the user's roles would not allow, so the demo never
 * shows work done by someone who could not have done it.
 */
export function actingAs(
  db: Kysely<Database>,
  user: SessionUser | undefined,
  operation: string,
  scope: Scope,
): AccessContext {
  if (!user) throw new Error(`demo seed: no active demo user for ${operation}`);
  if (!user.scopes.has(scope)) throw new Error(`demo seed: ${user.username} lacks ${scope} for ${operation}`);
  return new AccessContext(db, user, null, user.locale, operation);
}
