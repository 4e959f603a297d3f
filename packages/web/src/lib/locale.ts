import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatNumber, isLocale, localized, type Locale } from '@vatra/core';
import type { LocalizedText } from '@vatra/core';

/** The interface language; re-renders the caller when it changes. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return isLocale(i18n.language) ? i18n.language : 'sq';
}

/** Formatting bound to the current language: configured names, dates, numbers. */
export function useFormat() {
  const locale = useLocale();
  return {
    locale,
    name: (text: LocalizedText) => localized(text, locale),
    date: (value: string | Date) => formatDate(locale, value),
    dateTime: (value: string | Date) => formatDateTime(locale, value),
    number: (value: number) => formatNumber(locale, value),
  };
}
