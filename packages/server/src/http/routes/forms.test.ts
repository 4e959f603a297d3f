import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loginAs, testApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => {
  await t.close();
});

describe('form definitions', () => {
  it('serves the FVN of the user’s country, newest or by version', async () => {
    const qps = await loginAs(t.app, 'qps.peja');
    const newest = await qps.request({ method: 'GET', url: '/api/forms/fvn' });
    expect(newest.statusCode).toBe(200);
    expect(newest.json()).toMatchObject({ key: 'fvn', country: 'XK', version: 1 });
    expect(newest.json().sections.length).toBeGreaterThan(5);
    expect((await qps.request({ method: 'GET', url: '/api/forms/fvn?version=1' })).statusCode).toBe(200);
    expect((await qps.request({ method: 'GET', url: '/api/forms/fvn?version=9' })).statusCode).toBe(404);
    expect((await qps.request({ method: 'GET', url: '/api/forms/fvn?version=zero' })).statusCode).toBe(400);
  });

  it('has no Kosovo forms for Albania', async () => {
    const puke = await loginAs(t.app, 'sss.puke');
    expect((await puke.request({ method: 'GET', url: '/api/forms/fvn' })).statusCode).toBe(404);
  });
});
