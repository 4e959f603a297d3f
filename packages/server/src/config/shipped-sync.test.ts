import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHIPPED_INDICATOR_LINKS } from '../services/action-plans/shipped-links.js';
import { syncShippedPlans } from '../services/action-plans/sync.js';
import { planDb } from '../storage/action-plans/tables.js';
import { loginAs, testApp, type Session, type TestApp } from '../test/harness.js';
import { loadCountries } from './load.js';
import { loadPlans } from './plans.js';
import { syncCountryConfig } from './sync.js';
import { nextScopes } from './sync-roles.js';

// A database made by an older release, brought up to date by the start-up sync: shipped roles
// gain the scopes a release adds, shipped plans the links it adds, without undoing what people
// changed, and with an audit entry for every change.

const countries = loadCountries(['kosovo', 'albania']);
const PUKE_PLAN = 'puke-social-plan-2021-2023';

let t: TestApp;
let admin: Session;
let planner: Session;

beforeAll(async () => {
  t = await testApp();
  admin = await loginAs(t.app, 'admin.albania');
  planner = await loginAs(t.app, 'plan.puke');
});
afterAll(async () => {
  await t.close();
});

function shippedScopes(code: string): string[] {
  const role = countries.find((c) => c.country.code === 'AL')?.roles.find((r) => r.code === code);
  if (!role) throw new Error(`no shipped role ${code}`);
  return role.scopes;
}

async function role(code: string) {
  return t.db.kysely
    .selectFrom('roles')
    .select(['id', 'scopes', 'version'])
    .where('country_code', '=', 'AL')
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
}

const textArray = (values: string[]) => sql<string[]>`${sql.val(values)}::text[]` as unknown as string[];

/** Puts a role back to what an older release left: its scopes and, if known, its baseline. */
async function asOlderRelease(code: string, scopes: string[], baseline: string[] | null): Promise<void> {
  await t.db.kysely
    .updateTable('roles')
    .set({ scopes: textArray(scopes) })
    .where('country_code', '=', 'AL')
    .where('code', '=', code)
    .execute();
  const sdb = t.db.kysely.withTables<{ shipped_role_scopes: { country_code: string; code: string; scopes: string[] } }>();
  await sdb.deleteFrom('shipped_role_scopes').where('country_code', '=', 'AL').where('code', '=', code).execute();
  if (baseline) await sdb.insertInto('shipped_role_scopes').values({ country_code: 'AL', code, scopes: textArray(baseline) }).execute();
}

async function forgetMarker(key: string): Promise<void> {
  await t.db.kysely.deleteFrom('app_meta').where('key', '=', key).execute();
}

async function auditEntries(action: string, recordId?: string) {
  let q = t.db.kysely.selectFrom('audit_log').select(['record_id', 'user_id', 'details']).where('action', '=', action);
  if (recordId) q = q.where('record_id', '=', recordId);
  return q.orderBy('id').execute();
}

describe('shipped roles', () => {
  it('a role still as the last release shipped it takes the scopes this release adds, audited', async () => {
    const shipped = shippedScopes('employment_officer');
    expect(shipped).toContain('employment.record');
    const older = shipped.filter((scope) => scope !== 'employment.record');
    await asOlderRelease('employment_officer', older, older);
    await forgetMarker('config_fingerprint');

    expect(await syncCountryConfig(t.db, countries)).toBe(true);

    const after = await role('employment_officer');
    expect(after.scopes).toEqual(shipped);
    const [entry, ...more] = await auditEntries('system.sync_role', after.id);
    expect(more).toHaveLength(0);
    expect(entry?.user_id).toBeNull();
    expect(entry?.details).toMatchObject({
      code: 'employment_officer',
      rule: 'follows_release',
      scopesBefore: older,
      scopesAfter: shipped,
      shippedBefore: older,
    });
  });

  it('a database from before the baselines: a role no administrator edited follows the release', async () => {
    const shipped = shippedScopes('plan_coordinator');
    const older = shipped.filter((scope) => scope !== 'report.export');
    await asOlderRelease('plan_coordinator', older, null);
    await forgetMarker('config_fingerprint');

    await syncCountryConfig(t.db, countries);

    const after = await role('plan_coordinator');
    expect(after.scopes).toEqual(shipped);
    const entries = await auditEntries('system.sync_role', after.id);
    expect(entries.map((e) => e.details.rule)).toEqual(['follows_release']);
  });

  it("an administrator's removal stays; only the scope new in this release is added", async () => {
    const shipped = shippedScopes('dv_coordinator');
    // The older release did not ship referral.send; the administrator then took sensitive.read away.
    const older = shipped.filter((scope) => scope !== 'referral.send');
    await asOlderRelease('dv_coordinator', older, null);
    const before = await role('dv_coordinator');
    const edited = older.filter((scope) => scope !== 'sensitive.read');
    const patch = await admin.request({
      method: 'PATCH',
      url: `/api/admin/roles/${before.id}`,
      payload: { version: before.version, scopes: edited },
    });
    expect(patch.statusCode).toBe(200);
    await forgetMarker('config_fingerprint');

    await syncCountryConfig(t.db, countries);

    const after = await role('dv_coordinator');
    expect(after.scopes).toEqual([...edited, 'referral.send']);
    expect(after.scopes).not.toContain('sensitive.read');
    expect(after.version).toBe(before.version + 2);
    const entries = await auditEntries('system.sync_role', before.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.details).toMatchObject({ rule: 'adds_new_scopes', scopesBefore: edited, shippedBefore: older });
  });

  it('running the sync again changes nothing', async () => {
    const count = (await auditEntries('system.sync_role')).length;
    const roles = await Promise.all(['employment_officer', 'plan_coordinator', 'dv_coordinator'].map(role));
    expect(await syncCountryConfig(t.db, countries)).toBe(false);
    await forgetMarker('config_fingerprint');
    expect(await syncCountryConfig(t.db, countries)).toBe(true);
    expect(await auditEntries('system.sync_role')).toHaveLength(count);
    expect(await Promise.all(['employment_officer', 'plan_coordinator', 'dv_coordinator'].map(role))).toEqual(roles);
    // Only the template's first start created roles, one entry per country.
    expect(await auditEntries('system.create_shipped_roles')).toHaveLength(2);
  });

  it('the rule: scopes dropped by a release leave edited roles, and a removed scope never returns', () => {
    const none = new Set<string>();
    expect(nextScopes(['a', 'b'], ['a', 'b'], ['a', 'c'], none)).toEqual({ scopes: ['a', 'c'], rule: 'follows_release' });
    expect(nextScopes(['a'], ['a', 'b'], ['a', 'b', 'c'], none)).toEqual({ scopes: ['a', 'c'], rule: 'adds_new_scopes' });
    expect(nextScopes(['a', 'x'], ['a', 'b'], ['a'], none)).toEqual({ scopes: ['a', 'x'], rule: 'adds_new_scopes' });
    // The administrator once added c by hand and took it away again: a release shipping c does not bring it back.
    expect(nextScopes(['a'], ['a', 'b'], ['a', 'b', 'c'], new Set(['c']))).toEqual({
      scopes: ['a'],
      rule: 'adds_new_scopes',
    });
  });
});

describe('shipped plan links', () => {
  async function links(planId: string) {
    const rows = await planDb(t.db.kysely)
      .selectFrom('action_plan_indicator_links')
      .select(['indicator_id', 'definition_key', 'linked_by'])
      .where('plan_id', '=', planId)
      .orderBy('indicator_id')
      .execute();
    return rows;
  }

  it('links a release adds reach a plan loaded before it; what people linked or unlinked stays', async () => {
    const plan = await planDb(t.db.kysely)
      .selectFrom('action_plans')
      .select('id')
      .where('key', '=', PUKE_PLAN)
      .executeTakeFirstOrThrow();
    const shipped = SHIPPED_INDICATOR_LINKS[PUKE_PLAN] ?? {};
    expect(Object.keys(shipped)).toHaveLength(6);
    // The plan as the previous release loaded it: none of the six links.
    await planDb(t.db.kysely)
      .deleteFrom('action_plan_indicator_links')
      .where('plan_id', '=', plan.id)
      .execute();
    expect(await links(plan.id)).toEqual([]);
    // Meanwhile the plan's coordinator measured one indicator by another definition and decided
    // another is counted by hand.
    const link = (indicatorId: string, definitionKey: string | null) =>
      planner.request({
        method: 'PUT',
        url: `/api/action-plans/${plan.id}/indicators/${indicatorId}/link`,
        payload: { definitionKey },
      });
    expect((await link('g1-2.4.i4', 'care.served')).statusCode).toBe(200);
    expect((await link('g1-2.3.i4', 'care.dv_cases')).statusCode).toBe(200);
    expect((await link('g1-2.3.i4', null)).statusCode).toBe(200);
    await forgetMarker('shipped_links_fingerprint');

    await syncShippedPlans(t.db.kysely, loadPlans(), SHIPPED_INDICATOR_LINKS);

    const now = await links(plan.id);
    const added = ['g1-2.1.i4', 'g1-2.3.i5', 'g1-3.4.i1', 'g1-3.4.i2'];
    expect(now.map((row) => row.indicator_id)).toEqual(['g1-2.1.i4', 'g1-2.3.i5', 'g1-2.4.i4', 'g1-3.4.i1', 'g1-3.4.i2']);
    for (const row of now.filter((r) => added.includes(r.indicator_id))) {
      expect(row.definition_key).toBe(shipped[row.indicator_id]);
      expect(row.linked_by).toBeNull();
    }
    const own = now.find((row) => row.indicator_id === 'g1-2.4.i4');
    expect(own?.definition_key).toBe('care.served');
    expect(own?.linked_by).not.toBeNull();
    const entries = await auditEntries('system.add_shipped_plan_links', plan.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.user_id).toBeNull();
    expect(entries[0]?.details).toEqual({
      planKey: PUKE_PLAN,
      links: added.map((indicatorId) => ({ indicatorId, definitionKey: shipped[indicatorId] })),
    });

    // Twice: nothing more, whether or not the marker says the links are unchanged.
    await syncShippedPlans(t.db.kysely, loadPlans(), SHIPPED_INDICATOR_LINKS);
    await forgetMarker('shipped_links_fingerprint');
    await syncShippedPlans(t.db.kysely, loadPlans(), SHIPPED_INDICATOR_LINKS);
    expect(await links(plan.id)).toEqual(now);
    expect(await auditEntries('system.add_shipped_plan_links')).toHaveLength(1);
  });
});
