import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMoney, formatNumber, officeToday } from './format.js';

// Non-breaking and narrow spaces differ between ICU versions; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('locale formatting', () => {
  const date = '2026-03-05T10:00:00Z';

  it('formats dates the way each language writes them', () => {
    expect(formatDate('sq', date)).toBe('5 mar 2026');
    expect(formatDate('sr', date)).toBe('5. 3. 2026.');
    expect(formatDate('en', date)).toBe('5 Mar 2026');
  });

  it('writes times on a 24-hour clock in every language', () => {
    expect(formatDateTime('sq', '2026-03-05T14:07:00Z')).toMatch(/15:07$/);
    expect(formatDateTime('en', '2026-03-05T14:07:00Z')).toMatch(/15:07$/);
  });

  it('uses the municipality’s time zone, not the server’s', () => {
    // 23:30 UTC on 31 December is already New Year in Prishtina and Tirana.
    expect(formatDate('en', '2026-12-31T23:30:00Z')).toBe('1 Jan 2027');
  });

  it('formats numbers and money per locale', () => {
    expect(plain(formatNumber('sq', 1234567.25))).toBe('1 234 567,25');
    expect(formatNumber('sr', 1234567.25)).toBe('1.234.567,25');
    expect(formatNumber('en', 1234567.25)).toBe('1,234,567.25');
    expect(plain(formatMoney('sq', 1234.5, 'EUR'))).toBe('1234,50 €');
    expect(formatMoney('en', 1234.5, 'EUR')).toBe('€1,234.50');
  });
});

describe('browsers without Albanian locale data', () => {
  it('still write Albanian dates the Albanian way', async () => {
    const real = Intl.DateTimeFormat.supportedLocalesOf;
    Intl.DateTimeFormat.supportedLocalesOf = (tags) => (String(tags).startsWith('sq') ? [] : real(tags));
    try {
      expect(formatDate('sq', '2026-11-22T10:00:00Z')).toBe('22 nën 2026');
      expect(formatDateTime('sq', '2026-03-05T10:07:00Z')).toBe('5 mar 2026, 11:07');
    } finally {
      Intl.DateTimeFormat.supportedLocalesOf = real;
    }
  });
});

describe('officeToday', () => {
  it('is the date in Kosovo and Albania, which is already tomorrow between midnight there and in UTC', () => {
    expect(officeToday(new Date('2026-11-22T12:00:00Z'))).toBe('2026-11-22');
    expect(officeToday(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23');
    // summer time: two hours ahead of UTC
    expect(officeToday(new Date('2026-07-14T22:30:00Z'))).toBe('2026-07-15');
  });
});
