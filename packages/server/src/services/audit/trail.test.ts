import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loginAs, testApp, type TestApp } from '../../test/harness.js';
import { canonicalJson } from './chain.js';
import { appendAudit, verifyAuditChain } from './trail.js';

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => {
  await t.close();
});

describe('the audit chain', () => {
  it('verifies on a fresh demo and after many appends', async () => {
    for (let i = 0; i < 30; i++)
      await appendAudit(t.db.kysely, {
        action: 'test.entry',
        outcome: 'ok',
        details: { i, nested: { b: 1, a: [2, 'ë'] } },
      });
    const result = await verifyAuditChain(t.db.kysely, 7);
    expect(result).toMatchObject({ ok: true, firstBrokenId: null });
    expect(result.checked).toBeGreaterThanOrEqual(31);
  });

  it('chains concurrent standalone entries in group commits, each committed before its call returns', async () => {
    const k = t.db.kysely;
    const before = Number(
      (
        await k
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    await Promise.all(
      Array.from({ length: 120 }, (_, i) =>
        appendAudit(k, { action: 'test.concurrent', outcome: 'ok', details: { i } }).then(async () => {
          // Committed when the call returns: visible to another statement at once.
          const row = await k
            .selectFrom('audit_log')
            .select('id')
            .where('action', '=', 'test.concurrent')
            .where(sql<boolean>`details->>'i' = ${String(i)}`)
            .executeTakeFirst();
          expect(row, `entry ${i}`).toBeDefined();
        }),
      ),
    );
    const after = Number(
      (
        await k
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    expect(after - before).toBe(120);
    expect(await verifyAuditChain(k)).toMatchObject({ ok: true });
  });

  it('refuses updates and deletes of entries', async () => {
    await appendAudit(t.db.kysely, { action: 'test.entry', outcome: 'ok' });
    await expect(sql`update audit_log set action = 'x'`.execute(t.db.kysely)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(t.db.kysely)).rejects.toThrow(/append-only/);
  });

  it('names the exact entry altered by hand in SQL, and a removed one', async () => {
    for (let i = 0; i < 10; i++)
      await appendAudit(t.db.kysely, { action: 'test.entry', outcome: 'ok', details: { i } });
    const rows = await t.db.kysely.selectFrom('audit_log').select('id').orderBy('id').execute();
    const victim = rows[5]?.id ?? '';
    await sql`alter table audit_log disable trigger audit_log_no_update`.execute(t.db.kysely);
    await sql`update audit_log set outcome = 'denied' where id = ${victim}`.execute(t.db.kysely);
    expect(await verifyAuditChain(t.db.kysely)).toMatchObject({
      ok: false,
      firstBrokenId: victim,
      checked: 5,
    });

    const gap = rows[7]?.id ?? '';
    await sql`update audit_log set outcome = 'ok' where id = ${victim}`.execute(t.db.kysely);
    await sql`delete from audit_log where id = ${gap}`.execute(t.db.kysely);
    const afterGap = rows[8]?.id ?? '';
    expect(await verifyAuditChain(t.db.kysely)).toMatchObject({
      ok: false,
      firstBrokenId: afterGap,
      reason: expect.stringMatching(/link/),
    });
  });

  it('hashes details independently of key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { y: 2, z: 1 }] }, b: 1 }),
    );
  });
});

describe('browsing the audit trail', () => {
  it('lets a Kosovo auditor filter entries of Kosovo, not of Albania, and verify the chain', async () => {
    await loginAs(t.app, 'sss.puke');
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'sss.puke', password: 'bad-guess' },
    });
    await loginAs(t.app, 'qps.gjilan');
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'qps.gjilan', password: 'bad-guess' },
    });
    const auditor = await loginAs(t.app, 'auditor.kosovo');
    const page = (
      await auditor.request({ method: 'GET', url: '/api/audit?action=auth.login&pageSize=100' })
    ).json();
    const users: string[] = page.items.map((e: { username: string }) => e.username);
    expect(users).toContain('qps.gjilan');
    expect(users).not.toContain('sss.puke');
    const failed = (
      await auditor.request({ method: 'GET', url: '/api/audit?action=auth.login&outcome=failed' })
    ).json();
    expect(failed.items.map((e: { username: string }) => e.username)).toEqual(['qps.gjilan']);
    const verify = (await auditor.request({ method: 'GET', url: '/api/audit/verify' })).json();
    expect(verify.ok).toBe(true);
    const bad = await auditor.request({ method: 'GET', url: '/api/audit?outcome=maybe&from=yesterday' });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['from', 'outcome']);
    // Browsing is itself audited.
    const own = (await auditor.request({ method: 'GET', url: '/api/audit?action=audit.list' })).json();
    expect(own.total).toBeGreaterThanOrEqual(2);
  });

  it('gives a municipal auditor-less user nothing', async () => {
    const qps = await loginAs(t.app, 'qps.peja');
    expect((await qps.request({ method: 'GET', url: '/api/audit' })).statusCode).toBe(403);
  });
});
