import { INTL_TAG, type Locale } from './locales.js';

// Dates are shown in the municipality's time zone, not the server's.
const TIME_ZONE = 'Europe/Belgrade';

export function formatDate(locale: Locale, value: Date | string): string {
  return new Intl.DateTimeFormat(INTL_TAG[locale], { dateStyle: 'medium', timeZone: TIME_ZONE }).format(
    new Date(value),
  );
}

export function formatDateTime(locale: Locale, value: Date | string): string {
  return new Intl.DateTimeFormat(INTL_TAG[locale], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  }).format(new Date(value));
}

export function formatNumber(locale: Locale, value: number, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(INTL_TAG[locale], options).format(value);
}

export function formatMoney(locale: Locale, value: number, currency: 'EUR' | 'ALL'): string {
  return formatNumber(locale, value, { style: 'currency', currency });
}
