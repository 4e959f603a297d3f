export * from './access/scopes.js';
export * from './config/schema.js';
export * from './i18n/locales.js';
export * from './i18n/cyrillic.js';
export * from './i18n/translate.js';
export * from './i18n/format.js';
export * from './i18n/localized.js';
export type { Catalog } from './i18n/catalog.js';
export * from './api/index.js';
