import type { AssistedHouseholdList, EmploymentList, JobSeekerProfileList, WorkItem } from '@vatra/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoEmployment } from '../../demo/employment.js';
import { loginAs, testApp, type TestApp } from '../../test/harness.js';

// The employment-links demo seed on the test template (demo users, no demo cases): Pukë gets 25
// assisted households, job seekers with one review overdue, last month's list sent and this
// month's due; a second run adds nothing.

let t: TestApp;

beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t.close();
});

describe('employment demo seed', () => {
  it('seeds Pukë once, with this month’s list due and one review overdue', async () => {
    expect((await seedDemoEmployment(t.db)).households).toBe(25);
    expect((await seedDemoEmployment(t.db)).households).toBe(0);
    const sss = await loginAs(t.app, 'sss.puke');
    const register = (
      await sss.request({ method: 'GET', url: '/api/employment/households' })
    ).json() as AssistedHouseholdList;
    expect(register.items).toHaveLength(25);
    expect(register.items.filter((item) => item.scheme === 'fund6')).toHaveLength(8);
    const thisMonth = (
      await sss.request({ method: 'GET', url: '/api/employment/list' })
    ).json() as EmploymentList;
    expect(thisMonth.households).toBe(23);
    expect(thisMonth.sent).toBeNull();
    expect(thisMonth.items.length).toBeGreaterThan(30);
    expect(thisMonth.items.every((item) => item.age >= 16 && item.age <= 64)).toBe(true);
    expect(
      thisMonth.items
        .filter((item) => item.refusals > 0)
        .map((item) => [item.name, item.refusals])
        .sort(),
    ).toEqual([
      ['Erjon Hoxha', 1],
      ['Gjergj Lleshi', 2],
    ]);
    const due = (
      await sss.request({ method: 'GET', url: '/api/work-queue?kind=employment_list_due' })
    ).json() as {
      items: WorkItem[];
    };
    expect(due.items).toHaveLength(1);
    const zvp = await loginAs(t.app, 'zvp.puke');
    const profiles = (
      await zvp.request({ method: 'GET', url: '/api/employment/job-seekers' })
    ).json() as JobSeekerProfileList;
    expect(profiles.items).toHaveLength(8);
    expect(profiles.items.filter((item) => item.overdue).map((item) => item.name)).toEqual(['Gjon Marku']);
    const reviews = (
      await zvp.request({ method: 'GET', url: '/api/work-queue?kind=employment_review_due' })
    ).json() as {
      items: WorkItem[];
    };
    expect(reviews.items.map((item) => item.titleValues.name)).toEqual(['Gjon Marku']);
  });
});
