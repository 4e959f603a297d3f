import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loginAs, testApp, type Session, type TestApp } from '../../test/harness.js';

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => {
  await t.close();
});

async function idOf(table: 'institutions' | 'jurisdictions', code: string): Promise<string> {
  const row = await t.db.kysely
    .selectFrom(table)
    .select('id')
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  return row.id;
}

async function roleId(country: string, code: string): Promise<string> {
  const row = await t.db.kysely
    .selectFrom('roles')
    .select('id')
    .where('country_code', '=', country)
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  return row.id;
}

async function newUser(admin: Session, overrides: Record<string, unknown> = {}) {
  return admin.request({
    method: 'POST',
    url: '/api/admin/users',
    payload: {
      username: 'zkkk.peja2',
      fullName: 'Drilon Bytyqi',
      institutionId: await idOf('institutions', 'ZKKK-XK-PEJ'),
      roleIds: [await roleId('XK', 'zkkk_officer')],
      locale: 'sq',
      password: 'first-password-1',
      ...overrides,
    },
  });
}

describe('user administration', () => {
  it('creates a user who must change the password, and audits it', async () => {
    const admin = await loginAs(t.app, 'admin.kosovo');
    const created = await newUser(admin);
    expect(created.statusCode).toBe(201);
    const user = created.json();
    expect(user).toMatchObject({
      username: 'zkkk.peja2',
      active: true,
      institution: { code: 'ZKKK-XK-PEJ' },
    });
    const session = await loginAs(t.app, 'zkkk.peja2', 'first-password-1');
    const me = (await session.request({ method: 'GET', url: '/api/auth/me' })).json();
    expect(me.user.mustChangePassword).toBe(true);
    const entry = await t.db.kysely
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'user.create')
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ username: 'admin.kosovo', record_id: user.id, outcome: 'ok' });
  });

  it('names each bad field, in the admin’s language, and writes nothing', async () => {
    const admin = await loginAs(t.app, 'admin.kosovo');
    await admin.request({ method: 'PUT', url: '/api/auth/locale', payload: { locale: 'en' } });
    const response = await newUser(admin, {
      username: 'A B',
      password: 'short',
      roleIds: [],
      email: 'not-an-email',
    });
    expect(response.statusCode).toBe(400);
    const { fields } = response.json().error;
    expect(fields).toMatchObject({
      username: 'Wrong format.',
      password: 'At least 10 characters.',
      roleIds: 'Choose at least 1.',
      email: 'Not a valid e-mail address.',
    });
    const count = await t.db.kysely
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('username', '=', 'A B')
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it('refuses a duplicate username, a foreign institution and a role of another country', async () => {
    const admin = await loginAs(t.app, 'admin.kosovo');
    expect((await newUser(admin, { username: 'qps.peja' })).json().error).toMatchObject({
      code: 'duplicate',
      fields: { username: expect.any(String) },
    });
    const foreignInstitution = await newUser(admin, {
      institutionId: await idOf('institutions', 'SSS-AL-PUK'),
    });
    expect(foreignInstitution.statusCode).toBe(422);
    expect(foreignInstitution.json().error.fields).toHaveProperty('institutionId');
    const foreignRole = await newUser(admin, { roleIds: [await roleId('AL', 'njvnr_worker')] });
    expect(foreignRole.statusCode).toBe(422);
    expect(foreignRole.json().error.fields).toHaveProperty('roleIds');
  });

  it('answers a stale version with 409 instead of overwriting', async () => {
    const admin = await loginAs(t.app, 'admin.kosovo');
    const user = (await newUser(admin)).json();
    const first = await admin.request({
      method: 'PATCH',
      url: `/api/admin/users/${user.id}`,
      payload: { fullName: 'Drilon Bytyçi', version: user.version },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(user.version + 1);
    const stale = await admin.request({
      method: 'PATCH',
      url: `/api/admin/users/${user.id}`,
      payload: { fullName: 'Someone Else', version: user.version },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('conflict');
  });

  it('deactivates a user: their session ends and they cannot log in; reactivates them', async () => {
    const admin = await loginAs(t.app, 'admin.kosovo');
    const victim = await loginAs(t.app, 'cm.kacanik');
    const id = (await victim.request({ method: 'GET', url: '/api/auth/me' })).json().user.id;
    const current = (await admin.request({ method: 'GET', url: `/api/admin/users/${id}` })).json();
    const off = await admin.request({
      method: 'POST',
      url: `/api/admin/users/${id}/deactivate`,
      payload: { version: current.version },
    });
    expect(off.statusCode).toBe(200);
    expect(off.json().active).toBe(false);
    expect((await victim.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    await expect(loginAs(t.app, 'cm.kacanik')).rejects.toThrow(/401/);
    const on = await admin.request({
      method: 'POST',
      url: `/api/admin/users/${id}/activate`,
      payload: { version: off.json().version },
    });
    expect(on.json().active).toBe(true);
    await loginAs(t.app, 'cm.kacanik');
  });

  it('does not let an administrator deactivate themselves or change their own roles', async () => {
    const admin = await loginAs(t.app, 'admin.kosovo');
    const me = (await admin.request({ method: 'GET', url: '/api/auth/me' })).json();
    const self = (await admin.request({ method: 'GET', url: `/api/admin/users/${me.user.id}` })).json();
    const off = await admin.request({
      method: 'POST',
      url: `/api/admin/users/${me.user.id}/deactivate`,
      payload: { version: self.version },
    });
    expect(off.statusCode).toBe(422);
    const roles = await admin.request({
      method: 'PATCH',
      url: `/api/admin/users/${me.user.id}`,
      payload: { roleIds: [await roleId('XK', 'auditor')], version: self.version },
    });
    expect(roles.statusCode).toBe(403);
  });

  it('resets a password: old one stops working, new one must be changed', async () => {
    const admin = await loginAs(t.app, 'admin.albania');
    const id = (
      await t.db.kysely
        .selectFrom('users')
        .select('id')
        .where('username', '=', 'dv.puke')
        .executeTakeFirstOrThrow()
    ).id;
    const reset = await admin.request({
      method: 'POST',
      url: `/api/admin/users/${id}/reset-password`,
      payload: { password: 'temporary-pass-9' },
    });
    expect(reset.statusCode).toBe(200);
    await expect(loginAs(t.app, 'dv.puke')).rejects.toThrow(/401/);
    const session = await loginAs(t.app, 'dv.puke', 'temporary-pass-9');
    expect(
      (await session.request({ method: 'GET', url: '/api/auth/me' })).json().user.mustChangePassword,
    ).toBe(true);
  });

  it('lists only users of the admin’s own country', async () => {
    const admin = await loginAs(t.app, 'admin.kosovo');
    const page = (await admin.request({ method: 'GET', url: '/api/admin/users?pageSize=100' })).json();
    const usernames: string[] = page.items.map((u: { username: string }) => u.username);
    expect(usernames).toContain('qps.gjilan');
    expect(
      usernames.some((u) => u.endsWith('.puke') || u.endsWith('.albania') || u === 'njvnr.gjegjan'),
    ).toBe(false);
    const search = (await admin.request({ method: 'GET', url: '/api/admin/users?q=jovanov' })).json();
    expect(search.items.map((u: { username: string }) => u.username)).toEqual(['zkkk.gjilan']);
  });
});

describe('jurisdiction of configuration', () => {
  it('shows a Kosovo administrator nothing of Albania until a grant, then Albania too', async () => {
    const kosovo = await loginAs(t.app, 'admin.kosovo');
    const lists = async () => ({
      jurisdictions: (await kosovo.request({ method: 'GET', url: '/api/admin/jurisdictions' }))
        .json()
        .items.map((j: { code: string }) => j.code),
      types: (await kosovo.request({ method: 'GET', url: '/api/admin/institution-types' }))
        .json()
        .items.map((x: { code: string }) => x.code),
      roles: (await kosovo.request({ method: 'GET', url: '/api/admin/roles' }))
        .json()
        .items.map((r: { countryCode: string }) => r.countryCode),
      institutions: (
        await kosovo.request({ method: 'GET', url: '/api/admin/institutions?pageSize=100&q=puk' })
      ).json().total,
    });
    const before = await lists();
    expect(before.jurisdictions).toContain('XK-GJL');
    expect(before.jurisdictions.filter((c: string) => c.startsWith('AL'))).toEqual([]);
    expect(before.types).not.toContain('NJVNR');
    expect(new Set(before.roles)).toEqual(new Set(['XK']));
    expect(before.institutions).toBe(0);
    const pukeInstitution = await idOf('institutions', 'SSS-AL-PUK');
    expect(
      (await kosovo.request({ method: 'GET', url: `/api/admin/institutions/${pukeInstitution}` })).statusCode,
    ).toBe(403);

    // Only someone who holds Albania can grant it; the Kosovo admin cannot grant it to himself.
    const kosovoId = (await kosovo.request({ method: 'GET', url: '/api/auth/me' })).json().user.id;
    const albaniaId = await idOf('jurisdictions', 'AL');
    const selfGrant = await kosovo.request({
      method: 'POST',
      url: `/api/admin/users/${kosovoId}/grants`,
      payload: { jurisdictionId: albaniaId },
    });
    expect(selfGrant.statusCode).toBe(422);
    await t.db.kysely
      .insertInto('jurisdiction_grants')
      .values({ user_id: kosovoId, jurisdiction_id: albaniaId, granted_by: null })
      .execute();

    const after = await lists();
    expect(after.jurisdictions).toContain('AL-PUK-GJE');
    expect(after.types).toContain('NJVNR');
    expect(new Set(after.roles)).toEqual(new Set(['XK', 'AL']));
    expect(after.institutions).toBeGreaterThan(0);
    expect(
      (await kosovo.request({ method: 'GET', url: `/api/admin/institutions/${pukeInstitution}` })).statusCode,
    ).toBe(200);
  });

  it('lets an administrator grant and revoke a jurisdiction they hold, audited', async () => {
    const admin = await loginAs(t.app, 'admin.kosovo');
    const userId = (
      await t.db.kysely
        .selectFrom('users')
        .select('id')
        .where('username', '=', 'rc.gjilan')
        .executeTakeFirstOrThrow()
    ).id;
    const ferizaj = await idOf('jurisdictions', 'XK-FE');
    const granted = await admin.request({
      method: 'POST',
      url: `/api/admin/users/${userId}/grants`,
      payload: { jurisdictionId: ferizaj },
    });
    expect(granted.statusCode).toBe(200);
    expect(granted.json().grantedJurisdictions.map((j: { code: string }) => j.code)).toEqual(['XK-FE']);
    const coordinator = await loginAs(t.app, 'rc.gjilan');
    const me = (await coordinator.request({ method: 'GET', url: '/api/auth/me' })).json();
    expect(me.grantedJurisdictions.map((j: { code: string }) => j.code)).toEqual(['XK-FE']);
    const revoked = await admin.request({
      method: 'DELETE',
      url: `/api/admin/users/${userId}/grants/${ferizaj}`,
    });
    expect(revoked.json().grantedJurisdictions).toEqual([]);
    const actions = (
      await t.db.kysely.selectFrom('audit_log').select('action').where('record_id', '=', userId).execute()
    ).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['user.grant', 'user.revoke']));
  });
});

describe('institutions and roles', () => {
  it('creates an NGO in Peja, renames it, deactivates it; its users then cannot log in', async () => {
    const admin = await loginAs(t.app, 'admin.kosovo');
    const created = await admin.request({
      method: 'POST',
      url: '/api/admin/institutions',
      payload: {
        code: 'NGO-XK-PEJ-DORA',
        typeCode: 'NGO',
        jurisdictionId: await idOf('jurisdictions', 'XK-PEJ'),
        name: { sq: 'OJQ Dora e Ndihmës', sr: 'NVO Ruka pomoći', en: 'NGO Helping Hand' },
      },
    });
    expect(created.statusCode).toBe(201);
    const inst = created.json();
    const user = await newUser(admin, {
      username: 'ngo.dora',
      institutionId: inst.id,
      roleIds: [await roleId('XK', 'institution_officer')],
    });
    expect(user.statusCode).toBe(201);
    const off = await admin.request({
      method: 'PATCH',
      url: `/api/admin/institutions/${inst.id}`,
      payload: { active: false, version: inst.version },
    });
    expect(off.json().active).toBe(false);
    await expect(loginAs(t.app, 'ngo.dora', 'first-password-1')).rejects.toThrow(/401/);
    const wrongType = await admin.request({
      method: 'POST',
      url: '/api/admin/institutions',
      payload: {
        code: 'X-1',
        typeCode: 'NJVNR',
        jurisdictionId: await idOf('jurisdictions', 'XK-PEJ'),
        name: { sq: 'a', sr: 'a', en: 'a' },
      },
    });
    expect(wrongType.statusCode).toBe(422);
  });

  it('edits a role’s scopes; the holders’ next request sees the change', async () => {
    const admin = await loginAs(t.app, 'admin.kosovo');
    const kkr = await loginAs(t.app, 'kkr.peja');
    expect((await kkr.request({ method: 'GET', url: '/api/audit' })).statusCode).toBe(403);
    const roles = (await admin.request({ method: 'GET', url: '/api/admin/roles' })).json().items;
    const role = roles.find((r: { code: string }) => r.code === 'kkr_member');
    const updated = await admin.request({
      method: 'PATCH',
      url: `/api/admin/roles/${role.id}`,
      payload: { scopes: [...role.scopes, 'audit.read'], version: role.version },
    });
    expect(updated.statusCode).toBe(200);
    expect((await kkr.request({ method: 'GET', url: '/api/audit' })).statusCode).toBe(200);
    const unknownScope = await admin.request({
      method: 'PATCH',
      url: `/api/admin/roles/${role.id}`,
      payload: { scopes: ['everything'], version: updated.json().version },
    });
    expect(unknownScope.statusCode).toBe(400);
  });
});
