import { initReactI18next } from 'react-i18next';
import { isLocale, negotiateLocale, type Locale, type WebCatalog } from '@vatra/core';
import { createI18n, loadedText, startI18n } from './lib/catalogs';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'web';
    resources: WebCatalog;
  }
}

/** The app's i18next: catalogs fetched per language (lib/catalogs.ts), started by main.tsx. */
const i18n = createI18n().use(initReactI18next);

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
  // (no document where the web's code runs in unit tests, outside a browser)
  if (isLocale(lng) && typeof document !== 'undefined') document.documentElement.lang = HTML_LANG[lng];
});

/** Loads the catalog of the language to start in; the app renders only once this resolves. */
export function startLanguage(locale: Locale = initialLocale()): Promise<void> {
  return startI18n(i18n, locale);
}

/**
 * A full catalog key ("server.fields.required") in a loaded language: for the field messages
 * the forms share with the server, without core's translate (which holds every catalog).
 */
export function catalogText(
  locale: Locale,
  key: string,
  values: Record<string, string | number> = {},
): string {
  return loadedText(i18n, locale, key, values);
}

export { i18n };
