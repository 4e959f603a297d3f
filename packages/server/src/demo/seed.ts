import { join } from 'node:path';
import { loadForms } from '../config/forms.js';
import { loadCountries } from '../config/load.js';
import type { Db } from '../db/open.js';
import { hashPassword } from '../services/access/passwords.js';
import { appendAudit } from '../services/audit/trail.js';
import { readSettings } from '../settings.js';
import type { CaseSeedOptions } from './cases/seed-cases.js';
import { DEMO_INSTITUTIONS, DEMO_PASSWORD, DEMO_USERS } from './users.js';

const SEEDED_KEY = 'demo_seeded_at';

export async function isDemoSeeded(db: Db): Promise<boolean> {
  const row = await db.kysely
    .selectFrom('app_meta')
    .select('key')
    .where('key', '=', SEEDED_KEY)
    .executeTakeFirst();
  return Boolean(row);
}

export interface DemoSeedOptions {
  /**
   * The invented cases (demo/cases): about 150 over Kaçanik, Peja and Gjilan, in every stage,
   * written in bulk in a few seconds. On unless VATRA_DEMO_CASES=0 (or false/no/off), for a demo
   * with the users only. The test template (which every API test copies) passes false: the other
   * tests expect an empty case table; the case seed's own test seeds them explicitly.
   */
  cases?: boolean;
  /** Where the cases' documents go; by default `<VATRA_DATA_DIR>/documents`, as the server's. */
  documentsDir?: string;
  /** The configuration the cases are built from; loaded (Kosovo) when not given. */
  countries?: CaseSeedOptions['countries'];
  forms?: CaseSeedOptions['forms'];
}

/** Whether the demo gets its cases: yes, unless VATRA_DEMO_CASES says no. */
export function demoCasesWanted(env: NodeJS.ProcessEnv = process.env): boolean {
  return !['0', 'false', 'no', 'off'].includes((env.VATRA_DEMO_CASES ?? '').trim().toLowerCase());
}

/** What each part of the demo needs: the configuration and where documents go. */
export interface DemoContext {
  countries: NonNullable<CaseSeedOptions['countries']>;
  forms: NonNullable<CaseSeedOptions['forms']>;
  documentsDir: string;
}

/**
 * The parts of the demo after the users and cases, in order. Each runs once (its own marker in
 * app_meta, checked by the part), in its own transaction, so a crash half-way leaves nothing
 * half-seeded and the next start completes what is missing. A new area adds its part here.
 * Parts are imported when they run: a warm start, whose demo is complete, loads none of them.
 */
const DEMO_PARTS: ReadonlyArray<{ name: string; run: (db: Db, ctx: DemoContext) => Promise<unknown> }> = [
  // A year of requests on the cases: KKR and Appeals Commission meetings, decisions, appeals,
  // executions and benefits (demo/requests).
  {
    name: 'requests',
    run: async (db, ctx) => (await import('./requests/seed-requests.js')).seedDemoRequests(db, ctx.countries),
  },
  { name: 'plans', run: async (db) => (await import('./plans.js')).seedDemoPlans(db) },
  // Providers, places, waiting lists and a Council list in Pukë and Peja (after the cases: Peja's
  // enrolments are of persons the cases registered).
  {
    name: 'care-services',
    run: async (db, ctx) => (await import('./care-services.js')).seedDemoCareServices(db, ctx.documentsDir),
  },
  // Ordinary care cases of Pukë (some in the Gjegjan unit) and Peja from every channel and at every
  // stage, some taking places at the providers above (after care-services and the returnee cases).
  { name: 'care-cases', run: async (db) => (await import('./care-cases.js')).seedDemoCareCases(db) },
  // Pukë's domestic-violence case with a protection order whose first 60-day report falls due.
  { name: 'care-dv', run: async (db) => (await import('./care-dv.js')).seedDemoCareDv(db) },
  // Pukë's child-protection case: an approved plan, one ASHMDF report sent, the next falling due.
  { name: 'care-child', run: async (db) => (await import('./care-child.js')).seedDemoCareChild(db) },
  // Pukë's assisted households, job seekers at the Employment Office and last month's list sent.
  {
    name: 'employment',
    run: async (db, ctx) =>
      (await import('./employment.js')).seedDemoEmployment(
        db,
        ctx.countries.find((c) => c.country.code === 'AL')?.country.workingAge,
      ),
  },
  // Pukë's needs-analysis tables (a no-op where Albania is not configured).
  {
    name: 'needs-analysis',
    run: async (db) =>
      (await import('./needs-analysis.js')).seedDemoNeedsAnalysis(db, loadCountries(['albania'])),
  },
  // Social Fund requests and subsidies to NGOs in Pukë and Peja (after care-services: its providers).
  { name: 'social-fund', run: async (db) => (await import('./social-fund.js')).seedDemoSocialFund(db) },
];

/** Set once every part has run: a warm start then reads one row instead of asking every part. */
const COMPLETE_KEY = 'demo_complete';
const COMPLETE_VALUE = DEMO_PARTS.map((part) => part.name).join(',');

async function demoComplete(db: Db): Promise<boolean> {
  const row = await db.kysely
    .selectFrom('app_meta')
    .select('value')
    .where('key', '=', COMPLETE_KEY)
    .executeTakeFirst();
  return row !== undefined && row.value === COMPLETE_VALUE;
}

/**
 * Fills the demo: extra institutions and one user per role, then the invented cases, then the
 * parts above. A data directory whose demo is complete (the same list of parts) skips all of it.
 */
export async function seedDemo(
  db: Db,
  options: DemoSeedOptions = {},
): Promise<{ users: number; cases: number }> {
  const withCases = options.cases ?? demoCasesWanted();
  if (withCases && (await demoComplete(db))) return { users: 0, cases: 0 };
  const users = await seedDemoUsers(db);
  if (!withCases) return { users, cases: 0 };
  const ctx: DemoContext = {
    countries: options.countries ?? loadCountries(['kosovo']),
    forms: options.forms ?? loadForms(['kosovo']),
    documentsDir: options.documentsDir ?? join(readSettings().dataDir, 'documents'),
  };
  const { seedDemoCases } = await import('./cases/seed-cases.js');
  const { cases } = await seedDemoCases(db, ctx);
  for (const part of DEMO_PARTS) await part.run(db, ctx);
  await db.kysely
    .insertInto('app_meta')
    .values({ key: COMPLETE_KEY, value: JSON.stringify(COMPLETE_VALUE) })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(COMPLETE_VALUE) }))
    .execute();
  return { users, cases };
}

async function seedDemoUsers(db: Db): Promise<number> {
  if (await isDemoSeeded(db)) return 0;
  // One hash for the shared demo password: every demo user has the same, published password
  // anyway, and hashing 37 times would add seconds to the first start.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.kysely.transaction().execute(async (trx) => {
    for (const inst of DEMO_INSTITUTIONS) {
      const jurisdiction = await trx
        .selectFrom('jurisdictions')
        .select('id')
        .where('code', '=', inst.jurisdiction)
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('institutions')
        .values({
          code: inst.code,
          type_code: inst.typeCode,
          name: JSON.stringify(inst.name),
          jurisdiction_id: jurisdiction.id,
        })
        .onConflict((oc) => oc.column('code').doNothing())
        .execute();
    }
    const institutions = new Map(
      (
        await trx
          .selectFrom('institutions as i')
          .innerJoin('jurisdictions as j', 'j.id', 'i.jurisdiction_id')
          .select(['i.id', 'i.code', 'j.country_code'])
          .execute()
      ).map((r) => [r.code, r]),
    );
    const roles = await trx.selectFrom('roles').select(['id', 'code', 'country_code']).execute();
    for (const demo of DEMO_USERS) {
      const institution = institutions.get(demo.institution);
      if (!institution)
        throw new Error(`Demo institution ${demo.institution} is missing from the configuration`);
      const user = await trx
        .insertInto('users')
        .values({
          username: demo.username,
          full_name: demo.fullName,
          email: `${demo.username}@demo.vatra.invalid`,
          institution_id: institution.id,
          password_hash: passwordHash,
          locale: demo.locale,
          demo: true,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const roleIds = demo.roles.map((code) => {
        const role = roles.find((r) => r.code === code && r.country_code === institution.country_code);
        if (!role) throw new Error(`Demo role ${code} is missing for ${institution.country_code}`);
        return role.id;
      });
      await trx
        .insertInto('user_roles')
        .values(roleIds.map((role_id) => ({ user_id: user.id, role_id })))
        .execute();
    }
    await trx
      .insertInto('app_meta')
      .values({ key: SEEDED_KEY, value: JSON.stringify(new Date().toISOString()) })
      .execute();
    await appendAudit(trx, {
      action: 'system.seed_demo',
      outcome: 'ok',
      details: { users: DEMO_USERS.length },
    });
  });
  return DEMO_USERS.length;
}

/**
 * Demo users share a published password, so outside demo mode they must not work: a database
 * that was seeded in demo mode and is then run without it gets them deactivated (and logged
 * out), audited. Turning demo mode back on does not reactivate them; an administrator can.
 */
export async function retireDemoUsers(db: Db): Promise<number> {
  return db.kysely.transaction().execute(async (trx) => {
    const retired = await trx
      .updateTable('users')
      .set({ active: false })
      .where('demo', '=', true)
      .where('active', '=', true)
      .returning('id')
      .execute();
    if (retired.length === 0) return 0;
    await trx
      .deleteFrom('sessions')
      .where(
        'user_id',
        'in',
        retired.map((r) => r.id),
      )
      .execute();
    await appendAudit(trx, {
      action: 'system.retire_demo_users',
      outcome: 'ok',
      details: { users: retired.length },
    });
    return retired.length;
  });
}
