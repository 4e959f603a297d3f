import { describe, expect, it, vi } from 'vitest';
import { ageOn, officeDayEnd, officeDayStart, thisMonth, thisQuarter, thisYear, today } from './dates';

/** Runs `check` with the clock at `iso` (only Date is faked), then puts the real clock back. */
function at(iso: string, check: () => void): void {
  vi.useFakeTimers({ now: new Date(iso), toFake: ['Date'] });
  try {
    check();
  } finally {
    vi.useRealTimers();
  }
}

describe("the web app's today is the offices' day (Europe/Belgrade)", () => {
  it('is already tomorrow at 23:30 UTC in winter (UTC+1)', () => {
    at('2026-11-22T23:30:00Z', () => expect(today()).toBe('2026-11-23'));
    at('2026-11-22T22:30:00Z', () => expect(today()).toBe('2026-11-22'));
  });

  it('turns at 22:00 UTC in summer (UTC+2)', () => {
    at('2026-07-14T22:30:00Z', () => expect(today()).toBe('2026-07-15'));
    at('2026-07-14T21:30:00Z', () => expect(today()).toBe('2026-07-14'));
  });

  it('moves month, year and quarter at the offices’ midnight', () => {
    at('2026-11-30T23:30:00Z', () => expect(thisMonth()).toBe('2026-12'));
    at('2026-12-31T23:30:00Z', () => {
      expect(thisYear()).toBe(2027);
      expect(thisQuarter()).toEqual({ year: 2027, quarter: 1 });
    });
    at('2026-12-31T22:30:00Z', () => {
      expect(thisYear()).toBe(2026);
      expect(thisQuarter()).toEqual({ year: 2026, quarter: 4 });
    });
    at('2026-06-30T22:30:00Z', () => expect(thisQuarter()).toEqual({ year: 2026, quarter: 3 }));
  });

  it('counts age in full years on the offices’ day', () => {
    at('2026-11-22T23:30:00Z', () => expect(ageOn('2008-11-23')).toBe(18));
    at('2026-11-22T22:30:00Z', () => expect(ageOn('2008-11-23')).toBe(17));
    expect(ageOn(null)).toBeNull();
    expect(ageOn('2008-02-29', '2027-02-28')).toBe(18);
    expect(ageOn('2008-02-29', '2027-03-01')).toBe(19);
    expect(ageOn('2008-11-23', '2026-11-23')).toBe(18);
  });
});

describe('office day boundaries (for filters over timestamps)', () => {
  it('starts and ends a day at midnight in Belgrade, winter and summer', () => {
    expect(officeDayStart('2026-11-23').toISOString()).toBe('2026-11-22T23:00:00.000Z');
    expect(officeDayEnd('2026-11-23').toISOString()).toBe('2026-11-23T22:59:59.999Z');
    expect(officeDayStart('2026-07-15').toISOString()).toBe('2026-07-14T22:00:00.000Z');
    expect(officeDayEnd('2026-12-31').toISOString()).toBe('2026-12-31T22:59:59.999Z');
  });

  it('follows the clock changes (last Sundays of March and October)', () => {
    // 29 March 2026 has 23 hours there, 25 October 2026 has 25.
    expect(officeDayStart('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(officeDayEnd('2026-03-29').toISOString()).toBe('2026-03-29T21:59:59.999Z');
    expect(officeDayStart('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(officeDayEnd('2026-10-25').toISOString()).toBe('2026-10-25T22:59:59.999Z');
  });
});
