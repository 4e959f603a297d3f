import type { Scope } from '@vatra/core';
import { loginAs, type Session, type TestApp } from './harness.js';

// The users the API-wide tests (access matrix, bad-input sweep) send requests as: where each
// works, and a session with the scopes the server grants them.

/** Each user's jurisdiction path (their institution's), by username; all demo users by default. */
export async function userPaths(t: TestApp, usernames?: readonly string[]): Promise<Map<string, string>> {
  let query = t.db.kysely
    .selectFrom('users as u')
    .innerJoin('institutions as i', 'i.id', 'u.institution_id')
    .innerJoin('jurisdictions as j', 'j.id', 'i.jurisdiction_id')
    .select(['u.username', 'j.path']);
  query = usernames ? query.where('u.username', 'in', [...usernames]) : query.where('u.demo', '=', true);
  const rows = await query.execute();
  return new Map(rows.map((row) => [row.username, row.path]));
}

/** A user logged in once, with the scopes `/api/auth/me` reports. */
export async function scopedSession(
  t: TestApp,
  username: string,
): Promise<{ session: Session; scopes: Set<Scope> }> {
  const session = await loginAs(t.app, username);
  const me = (await session.request({ method: 'GET', url: '/api/auth/me' })).json() as { scopes: Scope[] };
  return { session, scopes: new Set(me.scopes) };
}
