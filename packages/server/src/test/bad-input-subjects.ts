import type { Scope } from '@vatra/core';
import { sql } from 'kysely';
import type { RecordKind, RouteScope } from '../http/route-access.js';
import { scopeAllows } from '../http/route-access.js';
import type { Session, TestApp } from './harness.js';
import { scopedSession, userPaths } from './subjects.js';

// Who sends the bad-input sweep's requests: a few broad demo users, each logged in once; an
// operation goes to the first whose scopes allow it, so its handler (not the access hook) sees
// the request, on a record of the user's own place.

export interface Subject {
  username: string;
  scopes: Set<Scope>;
  session: Session;
  /** The municipality whose sample record the user's :id routes get. */
  placeFor(kind: RecordKind): string;
}

/** Broadest first; national and municipal users before a unit's worker. */
const CANDIDATES = [
  'admin.kosovo',
  'drpr.central',
  'qps.peja',
  'cm.peja',
  'zkkk.peja',
  'mun.peja',
  'plan.peja',
  'kkr.peja',
  'ka.peja',
  'zp.peja',
  'rc.peja',
  'auditor.kosovo',
  'sss.puke',
  'cpw.puke',
  'dv.puke',
  'zvp.puke',
  'plan.puke',
  'admin.albania',
  'njvnr.gjegjan',
];
/**
 * Operations any logged-in user may call (their own password and language) go to a user no
 * other operation uses, so that nothing they accept changes the others.
 */
const ANY_USER = 'zkkk.kacanik';

export async function badInputSubjects(t: TestApp) {
  const paths = await userPaths(t, [...CANDIDATES, ANY_USER]);
  const subjects = await Promise.all(
    [...CANDIDATES, ANY_USER].map(async (username): Promise<Subject> => {
      const { session, scopes } = await scopedSession(t, username);
      const codes = (paths.get(username) ?? '').split('/').filter(Boolean);
      const country = codes[0] ?? 'XK';
      const municipality = codes[2] ?? (country === 'XK' ? 'XK-PEJ' : 'AL-PUK');
      return {
        username,
        scopes,
        session,
        // A national administrator's user sample is Gjilan's first user, whom no one logs in as
        // here (Peja's first is cm.peja, one of the sweep's users).
        placeFor: (kind) =>
          kind === 'user' && codes.length < 3 && country === 'XK' ? 'XK-GJL' : municipality,
      };
    }),
  );
  const anyUser = subjects.find((s) => s.username === ANY_USER);
  return {
    pick(scope: RouteScope): Subject | undefined {
      if (scope === null) return anyUser;
      return subjects.find((s) => s.username !== ANY_USER && scopeAllows(scope, (x) => s.scopes.has(x)));
    },
  };
}

/** Tables a refused request could have written to, with their row counts. */
const WRITTEN = [
  'audit_log',
  'users',
  'roles',
  'institutions',
  'persons',
  'households',
  'cases',
  'case_events',
  'case_visits',
  'form_submissions',
  'documents',
  'referrals',
  'requests',
  'calls',
  'care_cases',
  'care_providers',
  'action_plan_spending',
  'plan_register_entries',
  'social_fund_requests',
  'job_seeker_profiles',
];

export async function tableCounts(t: TestApp): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of WRITTEN) {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(
      t.db.kysely,
    );
    counts[table] = rows[0]?.n ?? -1;
  }
  return counts;
}
