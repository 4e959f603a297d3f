import type { Catalog } from './catalog.js';
import { transliterateCatalog } from './cyrillic.js';
import type { Locale } from './locales.js';

/**
 * What the web app needs of a language: its own strings and the field messages its forms share
 * with the server (full keys "server.fields.*"). Not the rest of `server`, nor `pdf`.
 */
export interface WebCatalog {
  web: Catalog['web'];
  server: { fields: Catalog['server']['fields'] };
}

// One dynamic import per language, each a literal path: the bundler makes one file per language
// and the browser downloads only the one it shows. Cyrillic is transliterated from the Latin file.
const LOADERS: Record<Locale, () => Promise<WebCatalog>> = {
  sq: () => import('./messages/sq/browser.js').then((module) => module.sq),
  sr: () => import('./messages/sr/browser.js').then((module) => module.sr),
  'sr-Cyrl': () => import('./messages/sr/browser.js').then((module) => transliterateCatalog(module.sr)),
  en: () => import('./messages/en/browser.js').then((module) => module.en),
};

const loaded = new Map<Locale, Promise<WebCatalog>>();

/**
 * The web catalog of a language, fetched once; a failed fetch is forgotten so that asking again
 * tries again. For Node code `CATALOGS` and `translate` (translate.ts) stay the way to read them.
 */
export function loadWebCatalog(locale: Locale): Promise<WebCatalog> {
  let catalog = loaded.get(locale);
  if (!catalog) {
    catalog = LOADERS[locale]();
    loaded.set(locale, catalog);
    catalog.catch(() => loaded.delete(locale));
  }
  return catalog;
}
