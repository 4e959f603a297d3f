import { OFFICE_TIME_ZONE, officeDay, officeToday } from '@vatra/core';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '../db/open.js';
import { freshDb } from '../test/harness.js';
import { licenceStatus } from './care-services/dates.js';
import { reportSchedule } from './care-dv/schedule.js';
import { currentPeriod } from './cases/monitoring.js';
import { today as employmentToday } from './employment/config.js';
import { addDays } from './requests/dates.js';

// "Today" is the offices' day (Central European time), in JavaScript and in SQL alike. At 23:30
// UTC in winter it is already 00:30 the next day in Prishtina and Tirana; UTC would be a day behind.

const LATE_EVENING_UTC = new Date('2026-11-22T23:30:00Z');
const LAST_EVENING_OF_NOVEMBER_UTC = new Date('2026-11-30T23:30:00Z');

describe('the office day in JavaScript', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is the next calendar day after 23:00 UTC in winter and 22:00 UTC in summer', () => {
    expect(officeDay(LATE_EVENING_UTC)).toBe('2026-11-23');
    expect(officeDay(new Date('2026-11-22T22:30:00Z'))).toBe('2026-11-22');
    expect(officeDay(new Date('2026-07-14T22:30:00Z'))).toBe('2026-07-15');
    expect(officeToday(LATE_EVENING_UTC)).toBe('2026-11-23');
  });

  it('sets a request’s decision deadline from the office day', () => {
    vi.useFakeTimers({ now: LATE_EVENING_UTC, toFake: ['Date'] });
    expect(officeToday()).toBe('2026-11-23');
    // steps.ts: decision_due_on = addDays(officeToday(), scheme.decisionDays).
    expect(addDays(officeToday(), 30)).toBe('2026-12-23');
  });

  it('judges a licence on the office day: expired the day after its last day, expiring within 60 days', () => {
    vi.useFakeTimers({ now: LATE_EVENING_UTC, toFake: ['Date'] });
    expect(licenceStatus('2026-11-22')).toBe('expired');
    expect(licenceStatus('2026-11-23')).toBe('expiring');
    expect(licenceStatus('2027-01-22')).toBe('expiring');
    expect(licenceStatus('2027-01-23')).toBe('valid');
  });

  it('marks a DV monitoring report overdue once the office day has passed its due date', () => {
    vi.useFakeTimers({ now: LATE_EVENING_UTC, toFake: ['Date'] });
    expect(officeToday()).toBe('2026-11-23');
    const slots = reportSchedule(['2026-11-22', '2026-11-30', '2026-12-01'], [], officeToday());
    expect(slots.map((slot) => [slot.dueOn, slot.state])).toEqual([
      ['2026-11-22', 'overdue'],
      ['2026-11-30', 'due_soon'],
      ['2026-12-01', 'upcoming'],
    ]);
  });

  it('turns "this month" over at the offices’ midnight (employment lists, case monitoring)', () => {
    vi.useFakeTimers({ now: LAST_EVENING_OF_NOVEMBER_UTC, toFake: ['Date'] });
    expect(employmentToday()).toEqual({ day: '2026-12-01', month: '2026-12' });
    expect(currentPeriod()).toBe('2026-12');
    expect(currentPeriod(new Date('2026-11-30T22:59:00Z'))).toBe('2026-11');
  });
});

describe('the office day in SQL', () => {
  let db: Db;
  beforeAll(async () => {
    ({ db } = await freshDb());
  });
  afterAll(async () => {
    await db.close();
  });

  it('runs every database session in the offices’ time zone', async () => {
    const { rows } = await sql<{ zone: string }>`select current_setting('TimeZone') as zone`.execute(
      db.kysely,
    );
    expect(rows[0]?.zone).toBe(OFFICE_TIME_ZONE);
    expect(OFFICE_TIME_ZONE).toBe('Europe/Belgrade');
  });

  it('gives current_date as the office day, and a moment’s date as its office day', async () => {
    const before = officeToday();
    const { rows } = await sql<{ today: string; day: string; month: Date }>`
      select current_date::text as today,
        (${LATE_EVENING_UTC}::timestamptz)::date::text as day,
        date_trunc('month', ${LAST_EVENING_OF_NOVEMBER_UTC}::timestamptz) as month
    `.execute(db.kysely);
    // Read twice around the query so a real midnight passing in between cannot fail the test.
    expect([before, officeToday()]).toContain(rows[0]?.today);
    expect(rows[0]?.day).toBe('2026-11-23');
    // December began at 23:00 UTC on 30 November.
    expect(rows[0]?.month.toISOString()).toBe('2026-11-30T23:00:00.000Z');
  });

  it('keeps timestamps absolute instants, and a day’s midnight is the offices’ midnight', async () => {
    const { rows } = await sql<{ at: Date; midnight: Date; overdue: boolean }>`
      select ${LATE_EVENING_UTC}::timestamptz as at,
        ${'2026-11-23'}::date::timestamptz as midnight,
        ${'2026-11-22'}::date < (${LATE_EVENING_UTC}::timestamptz)::date as overdue
    `.execute(db.kysely);
    expect(rows[0]?.at.toISOString()).toBe('2026-11-22T23:30:00.000Z');
    expect(rows[0]?.midnight.toISOString()).toBe('2026-11-22T23:00:00.000Z');
    expect(rows[0]?.overdue).toBe(true);
  });
});
