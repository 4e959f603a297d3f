import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

/** Everything the access layer needs about the user behind a session, in one query. */
export async function findSessionUser(db: Kysely<Database>, sessionId: string) {
  return db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .innerJoin('institutions as i', 'i.id', 'u.institution_id')
    .innerJoin('jurisdictions as j', 'j.id', 'i.jurisdiction_id')
    .select([
      's.id as sessionId',
      's.csrf_token as csrfToken',
      's.expires_at as expiresAt',
      's.created_at as createdAt',
      's.last_seen_at as lastSeenAt',
      'u.id as userId',
      'u.username',
      'u.full_name as fullName',
      'u.locale',
      'u.active',
      'u.must_change_password as mustChangePassword',
      'i.id as institutionId',
      'i.code as institutionCode',
      'i.active as institutionActive',
      'j.path as institutionPath',
      'j.country_code as countryCode',
      sql<string[]>`(select coalesce(array_agg(distinct scope), '{}') from user_roles ur
        join roles r on r.id = ur.role_id cross join unnest(r.scopes) as scope
        where ur.user_id = u.id)`.as('scopes'),
      sql<string[]>`(select coalesce(array_agg(gj.path), '{}') from jurisdiction_grants g
        join jurisdictions gj on gj.id = g.jurisdiction_id where g.user_id = u.id)`.as('grantedPaths'),
    ])
    .where('s.id', '=', sessionId)
    .executeTakeFirst();
}
