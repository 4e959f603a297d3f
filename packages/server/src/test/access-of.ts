import type { Scope } from '@vatra/core';
import { AccessContext } from '../services/access/context.js';
import type { TestApp } from './harness.js';

/**
 * The access context a service would hold for a demo user of Kosovo, with the given scopes:
 * for tests that call a service directly, as another service does (the commissions service
 * recording an appeal's outcome), rather than through a route.
 */
export async function accessOf(
  t: TestApp,
  username: string,
  scopes: Scope[],
  operation = 'test',
): Promise<AccessContext> {
  const row = await t.db.kysely
    .selectFrom('users as u')
    .innerJoin('institutions as i', 'i.id', 'u.institution_id')
    .innerJoin('jurisdictions as j', 'j.id', 'i.jurisdiction_id')
    .select(['u.id', 'u.full_name', 'i.id as institutionId', 'i.code as institutionCode', 'j.path'])
    .where('u.username', '=', username)
    .executeTakeFirstOrThrow();
  return new AccessContext(
    t.db.kysely,
    {
      sessionId: 'test',
      csrfToken: 'test',
      expiresAt: new Date(Date.now() + 3_600_000),
      userId: row.id,
      username,
      fullName: row.full_name,
      locale: 'en',
      mustChangePassword: false,
      institutionId: row.institutionId,
      institutionCode: row.institutionCode,
      countryCode: 'XK',
      scopes: new Set(scopes),
      paths: [row.path],
    },
    null,
    'en',
    operation,
  );
}
