import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loginAs, testApp, type TestApp } from '../test/harness.js';
import { demoCasesWanted, retireDemoUsers, seedDemo } from './seed.js';

describe('demo users', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await testApp();
  });
  afterEach(async () => {
    await t.close();
  });

  it('are seeded once', async () => {
    expect(await seedDemo(t.db, { cases: false })).toEqual({ users: 0, cases: 0 });
  });

  it('stop working when the same database runs outside demo mode', async () => {
    const session = await loginAs(t.app, 'qps.peja');
    expect(await retireDemoUsers(t.db)).toBeGreaterThan(30);
    expect((await session.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    await expect(loginAs(t.app, 'qps.peja')).rejects.toThrow(/401/);
    expect(await retireDemoUsers(t.db)).toBe(0);
    const entry = await t.db.kysely
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'system.retire_demo_users')
      .executeTakeFirstOrThrow();
    expect(entry.outcome).toBe('ok');
  });
});

describe('demo cases', () => {
  it('come with the demo unless VATRA_DEMO_CASES turns them off', () => {
    expect(demoCasesWanted({})).toBe(true);
    expect(demoCasesWanted({ VATRA_DEMO_CASES: '1' })).toBe(true);
    for (const off of ['0', 'false', 'no', 'OFF'])
      expect(demoCasesWanted({ VATRA_DEMO_CASES: off })).toBe(false);
  });
});
