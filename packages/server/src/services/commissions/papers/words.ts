import { formatDate, formatMoney, localized, translate, type Locale, type LocalizedText } from '@vatra/core';

/** Translation and formatting helpers for the commissions' papers in one language. */
export function words(locale: Locale) {
  return {
    locale,
    t: (key: string, values?: Record<string, string | number>) =>
      translate(locale, `pdf.commissions.${key}`, values),
    date: (iso: string) => formatDate(locale, iso),
    money: (amount: number | null, currency: 'EUR' | 'ALL' | null) =>
      amount === null ? '—' : formatMoney(locale, amount, currency ?? 'EUR'),
    text: (value: LocalizedText) => localized(value, locale),
  };
}
export type Words = ReturnType<typeof words>;
