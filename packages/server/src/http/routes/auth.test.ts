import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../db/open.js';
import { buildApp } from '../app.js';
import { readSettings } from '../../settings.js';
import { THROTTLE } from '../../services/access/throttle.js';
import { loginAs, testApp, type TestApp } from '../../test/harness.js';

// One database for the file (a copy per test was most of its time). The tests run in order and
// each logs in afresh; an account one of them changes (throttled, new password, language) is not
// used by the others in a way the change would affect, and audit checks read the newest entries.
let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t.close();
});

async function auditRows(action: string) {
  return t.db.kysely.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('id').execute();
}

describe('login, session, logout', () => {
  it('logs in, shows who and where the user is, and logs out', async () => {
    const session = await loginAs(t.app, 'qps.peja');
    const me = await session.request({ method: 'GET', url: '/api/auth/me' });
    expect(me.statusCode).toBe(200);
    const body = me.json();
    expect(body.user.username).toBe('qps.peja');
    expect(body.institution.code).toBe('QPS-XK-PEJ');
    expect(body.jurisdictionPath.map((j: { code: string }) => j.code)).toEqual(['XK', 'XK-PE', 'XK-PEJ']);
    expect(body.scopes).toContain('case.assess');

    const out = await session.request({ method: 'POST', url: '/api/auth/logout' });
    expect(out.statusCode).toBe(200);
    const after = await session.request({ method: 'GET', url: '/api/auth/me' });
    expect(after.statusCode).toBe(401);
    expect((await auditRows('auth.logout')).length).toBe(1);
  });

  it('sets an httpOnly, SameSite=Strict session cookie', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'zkkk.kacanik', password: 'vatra-demo-2026' },
    });
    const cookie = response.cookies.find((c) => c.name === 'vatra_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Strict');
    expect(response.headers['x-frame-options']).toBeDefined();
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('refuses a wrong password in the language asked for, and audits it', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'accept-language': 'sr' },
      payload: { username: 'qps.peja', password: 'wrong-password' },
    });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({
      error: { code: 'invalid_credentials', message: 'Pogrešno korisničko ime ili lozinka.' },
    });
    const failed = await auditRows('auth.login');
    expect(failed.at(-1)).toMatchObject({ outcome: 'failed', username: 'qps.peja' });
  });

  it('throttles an account after repeated failures, even with the right password', async () => {
    for (let i = 0; i < THROTTLE.perAccount; i++) {
      await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'cm.peja', password: 'nope' },
      });
    }
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'cm.peja', password: 'vatra-demo-2026' },
    });
    expect(response.statusCode).toBe(429);
    expect(response.json().error.code).toBe('throttled');
    // Another account from the same address is not locked by it.
    await loginAs(t.app, 'zkkk.peja');
  });

  it('names the missing fields of a login in Albanian', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'accept-language': 'sq' },
      payload: { username: '' },
    });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.error.code).toBe('validation');
    expect(body.error.message).toBe('Disa fusha nuk janë të vlefshme.');
    expect(body.error.fields).toEqual({ username: 'E detyrueshme.', password: 'E detyrueshme.' });
  });

  it('answers malformed JSON with a 400, not a 500', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username":',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('bad_request');
  });

  it('refuses a state-changing request without the CSRF token, and audits it', async () => {
    const session = await loginAs(t.app, 'qps.peja');
    const response = await t.app.inject({
      method: 'PUT',
      url: '/api/auth/locale',
      cookies: { vatra_session: session.cookie },
      payload: { locale: 'en' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('csrf');
    const denied = await t.db.kysely
      .selectFrom('audit_log')
      .selectAll()
      .where('outcome', '=', 'denied')
      .execute();
    expect(denied.at(-1)?.details).toMatchObject({ reason: 'csrf' });
  });

  it('refuses a login posted from another site', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: 'https://evil.example' },
      payload: { username: 'qps.peja', password: 'vatra-demo-2026' },
    });
    expect(response.statusCode).toBe(403);
  });

  it('remembers a language picked on the login page', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin.kosovo', password: 'vatra-demo-2026', locale: 'en' },
    });
    expect(response.json().user.locale).toBe('en');
    const again = await loginAs(t.app, 'admin.kosovo');
    expect((await again.request({ method: 'GET', url: '/api/auth/me' })).json().user.locale).toBe('en');
  });

  it('remembers the language per user', async () => {
    const session = await loginAs(t.app, 'qps.peja');
    const set = await session.request({
      method: 'PUT',
      url: '/api/auth/locale',
      payload: { locale: 'sr-Cyrl' },
    });
    expect(set.statusCode).toBe(200);
    const again = await loginAs(t.app, 'qps.peja');
    const me = await again.request({ method: 'GET', url: '/api/auth/me' });
    expect(me.json().user.locale).toBe('sr-Cyrl');
    const bad = await again.request({ method: 'PUT', url: '/api/auth/locale', payload: { locale: 'de' } });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(['locale']);
  });

  it('expires an idle session', async () => {
    const session = await loginAs(t.app, 'qps.peja');
    await t.db.kysely
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .execute();
    const me = await session.request({ method: 'GET', url: '/api/auth/me' });
    expect(me.statusCode).toBe(401);
    expect(me.json().error.code).toBe('session_expired');
  });

  it('changes the own password and ends the other sessions', async () => {
    const first = await loginAs(t.app, 'zkkk.gjilan');
    const second = await loginAs(t.app, 'zkkk.gjilan');
    const wrong = await second.request({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: 'nope', newPassword: 'a-new-long-password' },
    });
    expect(wrong.statusCode).toBe(422);
    const ok = await second.request({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: 'vatra-demo-2026', newPassword: 'a-new-long-password' },
    });
    expect(ok.statusCode).toBe(200);
    expect((await first.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    expect((await second.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
    await loginAs(t.app, 'zkkk.gjilan', 'a-new-long-password');
  });
});

describe('health and contract', () => {
  it('shows each user the deadlines of their own country, with their basis', async () => {
    const kosovo = (
      await (await loginAs(t.app, 'zkkk.peja')).request({ method: 'GET', url: '/api/config/country' })
    ).json();
    expect(kosovo.code).toBe('XK');
    expect(kosovo.deadlines.find((d: { key: string }) => d.key === 'homeVisit')).toMatchObject({
      value: 72,
      unit: 'hours',
    });
    expect(kosovo.deadlines.find((d: { key: string }) => d.key === 'appealWindow')).toMatchObject({
      value: 15,
      basis: 'vatra-default',
    });
    const albania = (
      await (await loginAs(t.app, 'sss.puke')).request({ method: 'GET', url: '/api/config/country' })
    ).json();
    expect(albania).toMatchObject({ code: 'AL', currency: 'ALL' });
  });

  it('reports health', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('reports 503 when the database cannot be reached', async () => {
    // Port 1 on loopback: nothing listens there, so every connection is refused.
    const unreachable = openPostgres('postgres://vatra@127.0.0.1:1/vatra', 1);
    const app = await buildApp({
      db: unreachable,
      settings: { ...readSettings({ LOG_LEVEL: 'silent' }) },
      countries: [],
      forms: [],
      plans: [],
    });
    const response = await app.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({ status: 'unavailable' });
    await app.close();
    await unreachable.close();
  });

  it('publishes OpenAPI 3.1 with an operationId and a tag on every operation', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const doc = response.json();
    expect(doc.openapi).toBe('3.1.0');
    const operations = Object.values(
      doc.paths as Record<string, Record<string, { operationId?: string; tags?: string[] }>>,
    ).flatMap((item) => Object.values(item));
    expect(operations.length).toBeGreaterThan(15);
    for (const op of operations) {
      expect(op.operationId).toBeTruthy();
      expect(op.tags?.length).toBeGreaterThan(0);
    }
  });
});
