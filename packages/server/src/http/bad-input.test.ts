import { translate } from '@vatra/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiOperations, UNKNOWN_PATH_UUID } from '../test/bad-input-cases.js';
import { probesOf, scopedAccess, sweep, type Probe, type SweepContext } from '../test/bad-input-probes.js';
import { badInputSubjects, tableCounts } from '../test/bad-input-subjects.js';
import { loginAs, testApp, type TestApp } from '../test/harness.js';
import { matrixSampler, type Sample } from '../test/matrix-samples.js';

// Every API operation with a body, a query or path parameters gets malformed requests derived
// from its zod schemas (through the OpenAPI document): wrong types, missing fields, overlong and
// NUL strings, impossible dates, negative and huge numbers, ids that are not UUIDs or name
// nothing. Each must get a 4xx with the error JSON, a refused field named in `fields`; none a
// 5xx, and the refused ones write nothing.

let t: TestApp;
let ctx: SweepContext;
let subjects: Awaited<ReturnType<typeof badInputSubjects>>;

describe('bad input', () => {
  beforeAll(async () => {
    t = await testApp();
    await t.app.ready();
    const doc = t.app.swagger() as unknown as Parameters<typeof apiOperations>[0];
    const operations = apiOperations(doc).map((op) => ({
      op,
      access: t.app.operations.find((o) => o.method === op.method && o.url === op.url)?.access,
    }));
    // The samples are made once per kind and place, as in the access matrix.
    const sampler = matrixSampler(t.db.kysely);
    const known = new Map<string, Promise<Sample>>();
    ctx = {
      app: t.app,
      operations,
      sampleRecord: (kind, place) => {
        const key = `${kind} ${place}`;
        let sample = known.get(key);
        if (!sample) known.set(key, (sample = sampler(kind, place)));
        return sample;
      },
    };
    subjects = await badInputSubjects(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('refuses a NUL character, year 0 and a version beyond PostgreSQL integers with a 400 (all were 500s)', async () => {
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'accept-language': 'en' },
      payload: { username: 'qps.peja\u0000', password: 'x' },
    });
    expect(login.statusCode).toBe(400);
    expect(login.json().error.fields).toEqual({ username: translate('en', 'server.fields.nulCharacter') });

    const search = ctx.operations.find((o) => o.op.method === 'GET' && o.op.url === '/api/cases');
    const reader = subjects.pick(scopedAccess(search?.access)?.scope ?? null);
    const cases = await reader?.session.request({ method: 'GET', url: '/api/cases?q=Gashi%00' });
    expect(cases?.statusCode).toBe(400);
    expect(Object.keys(cases?.json().error.fields ?? {})).toEqual(['q']);

    // Year 0 fits the ISO pattern; PostgreSQL has no such year.
    const stats = ctx.operations.find((o) => o.op.method === 'GET' && o.op.url === '/api/documents/stats');
    const counter = subjects.pick(scopedAccess(stats?.access)?.scope ?? null);
    const day = await counter?.session.request({
      method: 'GET',
      url: '/api/documents/stats?from=0000-01-01',
    });
    expect(day?.statusCode).toBe(400);
    expect(Object.keys(day?.json().error.fields ?? {})).toEqual(['from']);
    const invalidDate = (['sq', 'sr', 'en'] as const).map((l) => translate(l, 'server.fields.invalidDate'));
    expect(invalidDate).toContain(day?.json().error.fields.from);

    const edit = ctx.operations.find((o) => o.op.method === 'PATCH' && o.op.url === '/api/persons/:id');
    const editor = subjects.pick(scopedAccess(edit?.access)?.scope ?? null);
    const person = await editor?.session.request({
      method: 'PATCH',
      url: `/api/persons/${UNKNOWN_PATH_UUID}`,
      payload: { version: 2_147_483_648 },
    });
    expect(person?.statusCode).toBe(400);
    expect(Object.keys(person?.json().error.fields ?? {})).toEqual(['version']);
  });

  it('says what is wrong in the user language: Serbian for a Serbian user and for Accept-Language: sr', async () => {
    const serbian = await loginAs(t.app, 'zkkk.gjilan');
    const mine = await serbian.request({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: 'a\u0000b' },
    });
    expect(mine.statusCode).toBe(400);
    expect(mine.json()).toEqual({
      error: {
        code: 'validation',
        message: translate('sr', 'server.errors.validation'),
        fields: {
          currentPassword: translate('sr', 'server.fields.nulCharacter'),
          newPassword: translate('sr', 'server.fields.required'),
        },
      },
    });
    expect(mine.json().error.message).not.toBe(translate('en', 'server.errors.validation'));
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'accept-language': 'sr' },
      payload: { username: 'zkkk.gjilan' },
    });
    expect(anonymous.statusCode).toBe(400);
    expect(anonymous.json().error).toEqual({
      code: 'validation',
      message: translate('sr', 'server.errors.validation'),
      fields: { password: translate('sr', 'server.fields.required') },
    });
  });

  it('answers every malformed request of every operation with a 4xx naming the field, never a 5xx', async () => {
    const started = Date.now();
    const refused: Probe[] = [];
    const accepted: Probe[] = [];
    let swept = 0;
    // Logging out ends the session; the administration's writes (roles, users) go last so
    // that what they accept cannot take a scope from the users of the other operations.
    const order = (url: string) =>
      (url.startsWith('/api/admin/') ? 1 : 0) + (url === '/api/auth/logout' ? 2 : 0);
    for (const { op, access } of [...ctx.operations].sort((a, b) => order(a.op.url) - order(b.op.url))) {
      if (op.url === '/api/auth/logout') continue;
      const scoped = scopedAccess(access);
      const subject = scoped ? subjects.pick(scoped.scope) : undefined;
      if (scoped && !subject) throw new Error(`no demo user may call ${op.operationId}`);
      const [no, maybe] = await probesOf(ctx, op, subject);
      if (no.length + maybe.length) swept++;
      refused.push(...no);
      accepted.push(...maybe);
    }
    expect(swept).toBeGreaterThan(150);
    expect(refused.length).toBeGreaterThan(1000);

    const before = await tableCounts(t);
    const problems = await sweep(ctx, refused, 16);
    const refusedMs = Date.now() - started;
    // Refused before any handler ran: not a row anywhere, not even in the audit trail.
    const after = await tableCounts(t);
    // May reach the handlers, which may write: one after the other.
    problems.push(...(await sweep(ctx, accepted, 1)));
    expect(problems).toEqual([]);
    expect(after).toEqual(before);
    console.info(
      `bad input: ${swept} operations, ${refused.length} refused requests (${refusedMs} ms with their setup) and ${accepted.length} others, ${Date.now() - started} ms in all`,
    );
  }, 300_000);
});
