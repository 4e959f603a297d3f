import { transliterateCatalog } from './cyrillic.js';
import type { Catalog } from './catalog.js';
import type { Locale } from './locales.js';
import { en } from './messages/en/index.js';
import { sq } from './messages/sq/index.js';
import { sr } from './messages/sr/index.js';

let cyrillic: Catalog | undefined;

/**
 * Every UI locale's catalog. Serbian Cyrillic is generated from the Latin one when first asked
 * for, not at every start: transliterating the whole catalog takes tens of milliseconds.
 */
export const CATALOGS: Record<Locale, Catalog> = {
  sq,
  sr,
  get 'sr-Cyrl'() {
    return (cyrillic ??= transliterateCatalog(sr));
  },
  en,
};

/** Looks up a dotted key ("server.errors.notFound") and fills {{placeholders}}. */
export function translate(locale: Locale, key: string, values: Record<string, string | number> = {}): string {
  const found = lookup(CATALOGS[locale], key) ?? lookup(CATALOGS.en, key) ?? key;
  return found.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

function lookup(catalog: unknown, key: string): string | undefined {
  let node: unknown = catalog;
  for (const part of key.split('.')) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** All dotted keys of a catalog, for the completeness check. */
export function catalogKeys(catalog: unknown, prefix = ''): string[] {
  if (typeof catalog === 'string') return [prefix];
  if (!catalog || typeof catalog !== 'object') return [];
  return Object.entries(catalog).flatMap(([key, value]) =>
    catalogKeys(value, prefix ? `${prefix}.${key}` : key),
  );
}
