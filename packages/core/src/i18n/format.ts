import { INTL_TAG, type Locale } from './locales.js';

// Dates are shown in the municipality's time zone, not the server's or the browser's. The
// server's database sessions run in it too, so SQL's current_date is the same office day.
export const OFFICE_TIME_ZONE = 'Europe/Belgrade';

/**
 * The calendar day (YYYY-MM-DD) a moment falls on in the offices' time zone (Kosovo and Albania
 * are both on Central European time): a request submitted at 23:30 UTC in winter was submitted
 * on the next day there.
 */
export function officeDay(moment: Date): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: OFFICE_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(moment);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * Today's date (YYYY-MM-DD) in the offices' time zone. Between midnight there and midnight UTC,
 * UTC is still on yesterday: due dates, "this month" and "not in the future" go by this day.
 */
export function officeToday(now: Date = new Date()): string {
  return officeDay(now);
}

// Some browser builds (Debian's Chromium among them) ship ICU without Albanian data and would
// silently format "Nov 22, 2026". For those, Albanian dates are assembled from numeric parts
// with the month names ICU itself uses for sq, and numbers borrow a locale with the same
// conventions (space grouping, decimal comma).
const SQ_MONTHS = ['jan', 'shk', 'mar', 'pri', 'maj', 'qer', 'korr', 'gush', 'sht', 'tet', 'nën', 'dhj'];
const NUMBER_FALLBACK: Partial<Record<Locale, string>> = { sq: 'fr-FR' };

function dateSupported(locale: Locale): boolean {
  return Intl.DateTimeFormat.supportedLocalesOf([INTL_TAG[locale]]).length > 0;
}

function numberTag(locale: Locale): string {
  const tag = INTL_TAG[locale];
  return Intl.NumberFormat.supportedLocalesOf([tag]).length > 0 ? tag : (NUMBER_FALLBACK[locale] ?? tag);
}

function numericParts(value: Date | string, withTime: boolean): Record<string, string> {
  const parts = new Intl.DateTimeFormat('en-GB', {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' as const } : {}),
    timeZone: OFFICE_TIME_ZONE,
  }).formatToParts(new Date(value));
  return Object.fromEntries(parts.map((part) => [part.type, part.value]));
}

function albanianDate(value: Date | string, withTime: boolean): string {
  const p = numericParts(value, withTime);
  const date = `${Number(p.day)} ${SQ_MONTHS[Number(p.month) - 1] ?? ''} ${p.year}`;
  return withTime ? `${date}, ${p.hour}:${p.minute}` : date;
}

export function formatDate(locale: Locale, value: Date | string): string {
  if (locale === 'sq' && !dateSupported(locale)) return albanianDate(value, false);
  return new Intl.DateTimeFormat(INTL_TAG[locale], {
    dateStyle: 'medium',
    timeZone: OFFICE_TIME_ZONE,
  }).format(new Date(value));
}

export function formatDateTime(locale: Locale, value: Date | string): string {
  if (locale === 'sq' && !dateSupported(locale)) return albanianDate(value, true);
  return new Intl.DateTimeFormat(INTL_TAG[locale], {
    dateStyle: 'medium',
    timeStyle: 'short',
    // Offices in Kosovo and Albania read a 24-hour clock; ICU's Albanian default is 12-hour.
    hourCycle: 'h23',
    timeZone: OFFICE_TIME_ZONE,
  }).format(new Date(value));
}

export function formatNumber(locale: Locale, value: number, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(numberTag(locale), options).format(value);
}

export function formatMoney(locale: Locale, value: number, currency: 'EUR' | 'ALL'): string {
  return formatNumber(locale, value, { style: 'currency', currency });
}
