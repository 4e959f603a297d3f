import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { CATALOGS, LOCALES, isLocale, negotiateLocale, type Catalog, type Locale } from '@vatra/core';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'web';
    resources: { web: Catalog['web'] };
  }
}

const STORAGE_KEY = 'vatra.locale';

/** Endonyms: each language is named in itself, whatever the interface language. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  sq: 'Shqip',
  sr: 'Srpski (latinica)',
  'sr-Cyrl': 'Српски (ћирилица)',
  en: 'English',
};

/** Short endonyms for narrow places (the login switch, table cells); the script tells the two Serbians apart. */
export const LANGUAGE_SHORT_NAMES: Record<Locale, string> = {
  sq: 'Shqip',
  sr: 'Srpski',
  'sr-Cyrl': 'Српски',
  en: 'English',
};

/** The value of <html lang> for each locale. */
export const HTML_LANG: Record<Locale, string> = { sq: 'sq', sr: 'sr-Latn', 'sr-Cyrl': 'sr-Cyrl', en: 'en' };

function readStoredLocale(): Locale | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

/** The language before login: the last choice on this computer, else the browser's, else Albanian. */
export function initialLocale(): Locale {
  return readStoredLocale() ?? negotiateLocale(navigator.languages.join(','));
}

export function rememberLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // private mode or storage disabled: the choice lasts for this page only
  }
}

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : 'sq';
}

i18n.on('languageChanged', (lng) => {
  if (isLocale(lng)) document.documentElement.lang = HTML_LANG[lng];
});

void i18n.use(initReactI18next).init({
  resources: Object.fromEntries(LOCALES.map((locale) => [locale, { web: CATALOGS[locale].web }])),
  lng: initialLocale(),
  supportedLngs: [...LOCALES],
  fallbackLng: 'en',
  ns: ['web'],
  defaultNS: 'web',
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

export { i18n };
