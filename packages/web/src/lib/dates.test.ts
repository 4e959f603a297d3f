import { describe, expect, it, vi } from 'vitest';
import {
  ageOn,
  instantFromOfficeDateTime,
  officeDateTimeInput,
  officeDayEnd,
  officeDayStart,
  thisMonth,
  thisQuarter,
  thisYear,
  today,
} from './dates';

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

/**
 * Runs `check` with the process (the "browser") in another time zone, then puts it back: Node
 * reads TZ again when it changes. Files share a worker, so the zone must be restored.
 */
function inZone(zone: string, check: () => void): void {
  const saved = process.env.TZ;
  process.env.TZ = zone;
  try {
    check();
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}

// Browser zones the offices' PCs might be set to; all but the last differ from the offices' zone,
// so a conversion in the browser's zone fails here whatever TZ the tests run under.
const ZONES = ['UTC', 'America/New_York', 'Asia/Tokyo', 'Europe/Belgrade'];
// What new Date('2026-11-23T10:00') means in each: proof that the zone switch took effect.
const LOCAL_TEN = {
  UTC: '2026-11-23T10:00:00.000Z',
  'America/New_York': '2026-11-23T15:00:00.000Z',
  'Asia/Tokyo': '2026-11-23T01:00:00.000Z',
  'Europe/Belgrade': '2026-11-23T09:00:00.000Z',
} as Record<string, string>;

describe.each(ZONES)('date-and-time fields read office time in a browser set to %s', (zone) => {
  it('switched the zone (the browser would read 10:00 differently)', () => {
    inZone(zone, () => expect(new Date('2026-11-23T10:00').toISOString()).toBe(LOCAL_TEN[zone]));
  });

  it('shows an instant as its office wall time, winter and summer', () => {
    inZone(zone, () => {
      expect(officeDateTimeInput('2026-11-23T09:00:00Z')).toBe('2026-11-23T10:00');
      expect(officeDateTimeInput(new Date('2026-07-14T08:05:00Z'))).toBe('2026-07-14T10:05');
      // Past the offices' midnight, before UTC's: already the next day there.
      expect(officeDateTimeInput('2026-11-22T23:30:00Z')).toBe('2026-11-23T00:30');
      expect(officeDateTimeInput('2026-12-31T23:59:00Z')).toBe('2027-01-01T00:59');
    });
  });

  it('fills the field with the office time now', () => {
    inZone(zone, () =>
      at('2026-11-23T13:05:40Z', () => expect(officeDateTimeInput()).toBe('2026-11-23T14:05')),
    );
  });

  it('reads a typed time as office time, winter and summer', () => {
    inZone(zone, () => {
      expect(instantFromOfficeDateTime('2026-11-23T10:00')).toBe('2026-11-23T09:00:00.000Z');
      expect(instantFromOfficeDateTime('2026-07-14T10:05')).toBe('2026-07-14T08:05:00.000Z');
      expect(instantFromOfficeDateTime('2026-11-23T00:30')).toBe('2026-11-22T23:30:00.000Z');
      expect(instantFromOfficeDateTime('2026-11-23T10:00:30')).toBe('2026-11-23T09:00:30.000Z');
    });
  });

  it('round-trips every quarter hour across both clock changes', () => {
    inZone(zone, () => {
      for (const start of ['2026-03-28T22:00:00Z', '2026-10-24T22:00:00Z']) {
        for (let step = 0; step < 4 * 8; step += 1) {
          const instant = new Date(Date.parse(start) + step * 15 * 60_000).toISOString();
          const shown = officeDateTimeInput(instant);
          // In the repeated October hour the second pass shows the same wall time as the first;
          // it reads back as the first, an hour earlier.
          const back = instantFromOfficeDateTime(shown);
          expect([instant, new Date(Date.parse(instant) - 3_600_000).toISOString()]).toContain(back);
        }
      }
    });
  });

  it('moves a time in the skipped March hour forward, and takes the first of the repeated October hour', () => {
    inZone(zone, () => {
      // 29 March 2026: 02:00 CET becomes 03:00 CEST (01:00 UTC); 02:30 is read as 03:30 CEST.
      expect(instantFromOfficeDateTime('2026-03-29T01:59')).toBe('2026-03-29T00:59:00.000Z');
      expect(instantFromOfficeDateTime('2026-03-29T02:00')).toBe('2026-03-29T01:00:00.000Z');
      expect(instantFromOfficeDateTime('2026-03-29T02:30')).toBe('2026-03-29T01:30:00.000Z');
      expect(officeDateTimeInput('2026-03-29T01:30:00Z')).toBe('2026-03-29T03:30');
      expect(instantFromOfficeDateTime('2026-03-29T03:00')).toBe('2026-03-29T01:00:00.000Z');
      // 25 October 2026: 03:00 CEST becomes 02:00 CET (01:00 UTC); 02:30 happens twice.
      expect(instantFromOfficeDateTime('2026-10-25T01:59')).toBe('2026-10-24T23:59:00.000Z');
      expect(instantFromOfficeDateTime('2026-10-25T02:30')).toBe('2026-10-25T00:30:00.000Z');
      expect(officeDateTimeInput('2026-10-25T00:30:00Z')).toBe('2026-10-25T02:30');
      expect(officeDateTimeInput('2026-10-25T01:30:00Z')).toBe('2026-10-25T02:30');
      expect(instantFromOfficeDateTime('2026-10-25T03:00')).toBe('2026-10-25T02:00:00.000Z');
    });
  });

  it('refuses values that are not a date and time', () => {
    inZone(zone, () => {
      for (const value of ['', '2026-11-23', '2026-02-30T10:00', '2026-11-23T24:00', '10:00', 'x'])
        expect(instantFromOfficeDateTime(value)).toBeNull();
    });
  });
});
