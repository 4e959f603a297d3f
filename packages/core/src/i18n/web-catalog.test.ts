import { describe, expect, it } from 'vitest';
import { LOCALES } from './locales.js';
import { startFailureText } from './start-failure.js';
import { CATALOGS } from './translate.js';
import { loadWebCatalog } from './web-catalog.js';

describe("the browser's catalog of a language", () => {
  it.each(LOCALES)('%s holds the web strings and the field messages, nothing else', async (locale) => {
    const catalog = await loadWebCatalog(locale);
    expect(Object.keys(catalog).sort()).toEqual(['server', 'web']);
    expect(Object.keys(catalog.server)).toEqual(['fields']);
    expect(catalog.web).toEqual(CATALOGS[locale].web);
    expect(catalog.server.fields).toEqual(CATALOGS[locale].server.fields);
  });

  it('is fetched once per language', async () => {
    expect(loadWebCatalog('sq')).toBe(loadWebCatalog('sq'));
    expect(await loadWebCatalog('sr-Cyrl')).not.toBe(await loadWebCatalog('sr'));
  });
});

describe('the start-failure message (shown without any catalog)', () => {
  it('exists in every language, Cyrillic transliterated', () => {
    expect(startFailureText('sq').reload).toBe(CATALOGS.sq.web.app.pageFailed.reload);
    expect(startFailureText('sr').reload).toBe(CATALOGS.sr.web.app.pageFailed.reload);
    expect(startFailureText('en').title).toBe('Vatra could not open');
    const cyrillic = startFailureText('sr-Cyrl');
    expect(cyrillic.reload).toBe(CATALOGS['sr-Cyrl'].web.app.pageFailed.reload);
    expect(`${cyrillic.title} ${cyrillic.text}`).not.toMatch(/[A-Za-zčćšžđ]/);
  });
});
