import i18next, { type BackendModule, type i18n as I18n } from 'i18next';
import { LOCALES, isLocale, loadWebCatalog, type Locale, type WebCatalog } from '@vatra/core';

// The browser holds only the catalogs of the languages it has shown: each language is its own
// file (core's loadWebCatalog), fetched by i18next through the backend below before the language
// is switched to, so i18next never shows a language whose texts have not arrived.

export type CatalogLoader = (locale: Locale) => Promise<WebCatalog>;

/** The namespaces of a web catalog: the app's strings, and "server" for the shared field messages. */
export const NAMESPACES = ['web', 'server'] as const;
type Namespace = (typeof NAMESPACES)[number];

const isNamespace = (value: string): value is Namespace => (NAMESPACES as readonly string[]).includes(value);

/** Tries per language before giving up (350 ms, then doubling): a slow line drops a request now and then. */
const LOAD_RETRIES = 3;

/** An i18next backend reading the per-language files; both namespaces come from the one file. */
export function catalogBackend(load: CatalogLoader): BackendModule {
  return {
    type: 'backend',
    callbackApi: true,
    init() {},
    read(language, namespace, callback) {
      if (!isLocale(language) || !isNamespace(namespace)) {
        callback(new Error(`No catalog ${language}/${namespace}`), false);
        return;
      }
      load(language).then(
        (catalog) => callback(null, catalog[namespace]),
        // `true` lets i18next try again (LOAD_RETRIES), and again at the next switch to this language
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), true),
      );
    },
  };
}

/** A new i18next instance that loads catalogs through `load` (not yet started: see startI18n). */
export function createI18n(load: CatalogLoader = loadWebCatalog): I18n {
  const instance = i18next.createInstance().use(catalogBackend(load));
  let shown: string | undefined;
  // A switch whose file could not be fetched after the retries: i18next switches anyway, to a
  // language without texts; go back to the one shown before rather than show the keys. After
  // this event's other listeners (<html lang>, React), or they would end on the failed language.
  instance.on('languageChanged', (lng) => {
    if (instance.hasResourceBundle(lng, 'web')) {
      shown = lng;
    } else if (shown) {
      const back = shown;
      setTimeout(() => void instance.changeLanguage(back), 0);
    }
  });
  return instance;
}

/**
 * Starts i18next in `locale`, resolving once that language's catalog is loaded (and only that
 * one: no fallback language is fetched, see docs/ARCHITECTURE.md), rejecting when it could not be.
 */
export async function startI18n(instance: I18n, locale: Locale): Promise<void> {
  await instance.init({
    lng: locale,
    supportedLngs: [...LOCALES],
    // only the language asked for: sr-Cyrl must not also fetch sr, nor any language English.
    // sq and sr have every key of English (TypeScript's Catalog type and catalog.test.ts).
    load: 'currentOnly',
    fallbackLng: false,
    maxRetries: LOAD_RETRIES,
    ns: [...NAMESPACES],
    defaultNS: 'web',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  if (!instance.hasResourceBundle(locale, 'web'))
    throw new Error(`The ${locale} catalog could not be loaded`);
}

/**
 * A full dotted key ("server.fields.required") in a loaded catalog, {{placeholders}} filled the
 * way core's translate fills them; the key itself when that language is not loaded.
 */
export function loadedText(
  instance: I18n,
  locale: Locale,
  key: string,
  values: Record<string, string | number> = {},
): string {
  const [namespace = '', ...path] = key.split('.');
  // before i18next is started its store methods do not exist yet: no language is loaded then
  const found: unknown =
    instance.isInitialized && isNamespace(namespace)
      ? instance.getResource(locale, namespace, path.join('.'))
      : undefined;
  const text = typeof found === 'string' ? found : key;
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(values[name] ?? ''));
}
