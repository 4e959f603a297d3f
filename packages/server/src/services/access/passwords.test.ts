import { describe, expect, it } from 'vitest';
import { PRODUCTION_COST, hashCost, hashPassword, verifyAgainstDummy, verifyPassword } from './passwords.js';

describe('password hashes', () => {
  it('are argon2id at the library defaults outside tests, and cheap only under NODE_ENV=test', async () => {
    expect(hashCost({ NODE_ENV: 'production' })).toEqual(PRODUCTION_COST);
    expect(hashCost({})).toEqual(PRODUCTION_COST);
    expect(hashCost({ NODE_ENV: 'test' }).memoryCost).toBeLessThan(PRODUCTION_COST.memoryCost);
    const strong = await hashPassword('Qershor-2026!', PRODUCTION_COST);
    expect(strong).toMatch(/^\$argon2id\$v=19\$m=65536,p=4,t=3\$/);
    expect(await verifyPassword(strong, 'Qershor-2026!')).toBe(true);
  });

  it('verify each hash at the cost it was made with, and refuse a wrong or unknown one', async () => {
    const cheap = await hashPassword('Tetor-2026!');
    expect(await verifyPassword(cheap, 'Tetor-2026!')).toBe(true);
    expect(await verifyPassword(cheap, 'tetor-2026!')).toBe(false);
    expect(await verifyPassword('not a hash', 'Tetor-2026!')).toBe(false);
    expect(await verifyAgainstDummy('Tetor-2026!')).toBe(false);
  });
});
