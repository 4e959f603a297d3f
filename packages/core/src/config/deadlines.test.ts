import { describe, expect, it } from 'vitest';
import { addDeadline } from './deadlines.js';

describe('addDeadline', () => {
  it('counts hours and days as elapsed time', () => {
    const from = new Date('2026-03-28T10:00:00Z');
    expect(addDeadline(from, { value: 72, unit: 'hours' }).toISOString()).toBe('2026-03-31T10:00:00.000Z');
    expect(addDeadline(from, { value: 15, unit: 'days' }).toISOString()).toBe('2026-04-12T10:00:00.000Z');
  });

  it('counts months on the calendar and keeps the end of a short month', () => {
    expect(addDeadline(new Date('2026-01-31T08:00:00Z'), { value: 1, unit: 'months' }).toISOString()).toBe(
      '2026-02-28T08:00:00.000Z',
    );
    expect(addDeadline(new Date('2026-05-17T08:00:00Z'), { value: 18, unit: 'months' }).toISOString()).toBe(
      '2027-11-17T08:00:00.000Z',
    );
  });
});
