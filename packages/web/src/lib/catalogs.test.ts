import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATALOGS, loadWebCatalog, toCyrillic, translate, type Locale } from '@vatra/core';
import { boot } from '../start';
import { createI18n, loadedText, startI18n, type CatalogLoader } from './catalogs';

/** The real per-language loader, recording which languages were asked for; `offline` ones fail. */
function recordingLoader(offline: ReadonlySet<Locale> = new Set()) {
  const asked = new Set<Locale>();
  const load: CatalogLoader = (locale) => {
    asked.add(locale);
    return offline.has(locale) ? Promise.reject(new Error('offline')) : loadWebCatalog(locale);
  };
  return { asked, load };
}

/** A loader held back until `release()`: what a slow line does. */
function heldLoader() {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  const load: CatalogLoader = async (locale) => {
    await gate;
    return loadWebCatalog(locale);
  };
  return { load, release: () => release() };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

afterEach(() => {
  vi.useRealTimers();
});

describe('the web app starts in one language', () => {
  it('renders only once that language has arrived, in that language', async () => {
    const { load, release } = heldLoader();
    const instance = createI18n(load);
    const seen: string[] = [];
    const started = boot({
      loadLanguage: () => startI18n(instance, 'sq'),
      render: () => seen.push(instance.t('app.tagline')),
      failed: () => seen.push('failed'),
    });
    await tick();
    expect(seen, 'nothing rendered while the catalog is on its way').toEqual([]);
    release();
    await started;
    expect(seen).toEqual([CATALOGS.sq.web.app.tagline]);
  });

  it('fetches only that language, without English as a fallback', async () => {
    const { asked, load } = recordingLoader();
    const instance = createI18n(load);
    await startI18n(instance, 'sr');
    expect([...asked]).toEqual(['sr']);
    expect(instance.hasResourceBundle('sr', 'web')).toBe(true);
    expect(instance.hasResourceBundle('en', 'web')).toBe(false);
    expect(instance.t('login.heading')).toBe(CATALOGS.sr.web.login.heading);
  });

  it('tries again when the file does not come at once', async () => {
    let failures = 1;
    const instance = createI18n((locale) =>
      failures-- > 0 ? Promise.reject(new Error('dropped')) : loadWebCatalog(locale),
    );
    await startI18n(instance, 'sq');
    expect(instance.t('login.heading')).toBe(CATALOGS.sq.web.login.heading);
  });

  it('shows the failure screen, not the app, when the file never comes', async () => {
    vi.useFakeTimers();
    const { load } = recordingLoader(new Set(['sq']));
    const instance = createI18n(load);
    const seen: string[] = [];
    const started = boot({
      loadLanguage: () => startI18n(instance, 'sq'),
      render: () => seen.push('render'),
      failed: () => seen.push('failed'),
    });
    await vi.advanceTimersByTimeAsync(10_000);
    await started;
    expect(seen).toEqual(['failed']);
  });
});

describe('switching the language', () => {
  it('loads the other catalog first, then switches', async () => {
    const { asked, load } = recordingLoader();
    const switching = createI18n(load);
    await startI18n(switching, 'sq');
    const done = switching.changeLanguage('en');
    expect(switching.language, 'still Albanian while English is on its way').toBe('sq');
    await done;
    expect(switching.language).toBe('en');
    expect([...asked]).toEqual(['sq', 'en']);
    expect(switching.t('language.choose')).toBe(CATALOGS.en.web.language.choose);
  });

  it('produces Serbian Cyrillic from the Latin catalog', async () => {
    const { asked, load } = recordingLoader();
    const instance = createI18n(load);
    await startI18n(instance, 'sq');
    await instance.changeLanguage('sr-Cyrl');
    const text = instance.t('language.choose');
    expect(text).toBe(toCyrillic(CATALOGS.sr.web.language.choose));
    expect(text).toMatch(/^[\u0400-\u04FF\s]+$/);
    expect(instance.t('app.pageFailed.reload')).toBe(CATALOGS['sr-Cyrl'].web.app.pageFailed.reload);
    expect([...asked]).toEqual(['sq', 'sr-Cyrl']);
  });

  it('stays in the language shown when the other one cannot be fetched', async () => {
    vi.useFakeTimers();
    const { load } = recordingLoader(new Set(['en']));
    const instance = createI18n(load);
    // what the app hangs on the event after the instance is made (<html lang>, React)
    let announced = '';
    instance.on('languageChanged', (lng) => (announced = lng));
    const started = startI18n(instance, 'sq');
    await vi.advanceTimersByTimeAsync(100);
    await started;
    const switching = instance.changeLanguage('en');
    await vi.advanceTimersByTimeAsync(10_000);
    await switching;
    await vi.advanceTimersByTimeAsync(100);
    expect(instance.language).toBe('sq');
    expect(announced, 'the last language announced').toBe('sq');
    expect(instance.t('login.heading')).toBe(CATALOGS.sq.web.login.heading);
  });
});

describe('loadedText (full keys over the loaded catalogs)', () => {
  it('words field messages as core translate does, placeholders filled', async () => {
    const instance = createI18n(loadWebCatalog);
    await startI18n(instance, 'sq');
    expect(loadedText(instance, 'sq', 'server.fields.tooShort', { min: 3 })).toBe(
      translate('sq', 'server.fields.tooShort', { min: 3 }),
    );
    expect(loadedText(instance, 'sq', 'server.fields.required')).toBe(CATALOGS.sq.server.fields.required);
    expect(loadedText(instance, 'sq', 'web.app.name')).toBe('Vatra');
  });

  it('gives the key back for a language not loaded or a part not in the browser', async () => {
    const instance = createI18n(loadWebCatalog);
    await startI18n(instance, 'sq');
    expect(loadedText(instance, 'sr', 'server.fields.required')).toBe('server.fields.required');
    expect(loadedText(instance, 'sq', 'server.errors.notFound')).toBe('server.errors.notFound');
    expect(loadedText(instance, 'sq', 'pdf.title')).toBe('pdf.title');
  });
});
