import { describe, expect, it } from 'vitest';
import { toCyrillic } from './cyrillic.js';
import { negotiateLocale } from './locales.js';
import { CATALOGS, catalogKeys, translate } from './translate.js';

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

function valueAt(catalog: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalog);
}

describe('message catalogs', () => {
  const reference = catalogKeys(CATALOGS.en).sort();

  it.each(['sq', 'sr', 'sr-Cyrl'] as const)('%s has exactly the keys of English, none empty', (locale) => {
    const keys = catalogKeys(CATALOGS[locale]).sort();
    expect(
      keys.filter((k) => !reference.includes(k)),
      'keys only in this language',
    ).toEqual([]);
    expect(
      reference.filter((k) => !keys.includes(k)),
      'keys missing in this language',
    ).toEqual([]);
    for (const key of keys) expect(String(valueAt(CATALOGS[locale], key)).trim(), key).not.toBe('');
  });

  it.each(['sq', 'sr'] as const)('%s keeps every {{placeholder}} of English', (locale) => {
    for (const key of reference) {
      expect(placeholders(String(valueAt(CATALOGS[locale], key))), key).toEqual(
        placeholders(String(valueAt(CATALOGS.en, key))),
      );
    }
  });

  it('writes Serbian in Latin and derives Cyrillic without Latin letters left over', () => {
    for (const key of reference) {
      const latin = String(valueAt(CATALOGS.sr, key));
      expect(latin, key).not.toMatch(/[\u0400-\u04FF]/);
      const cyrillic = String(valueAt(CATALOGS['sr-Cyrl'], key))
        .replace(/\{\{[^}]*\}\}/g, '')
        .replace(/\b(PDF|XLSX|CSV|API|ID|URL|OK|EUR|ALL|NGO|[A-Z]{2,})\b/g, '');
      expect(cyrillic, key).not.toMatch(/[a-zčćđšž]/);
    }
  });
});

describe('transliteration and lookup', () => {
  it('turns Serbian Latin into Cyrillic, digraphs included', () => {
    expect(toCyrillic('Ljubica Njegoš, Džemal Đorđević — šćž')).toBe('Љубица Његош, Џемал Ђорђевић — шћж');
    expect(toCyrillic('Pokušajte ponovo za {{minutes}} minuta (PDF)')).toBe(
      'Покушајте поново за {{minutes}} минута (PDF)',
    );
  });

  it('fills placeholders and falls back to the key when a message is unknown', () => {
    expect(translate('sq', 'server.errors.throttled', { minutes: 15 })).toBe(
      'Shumë tentativa të dështuara. Provoni përsëri pas 15 minutash.',
    );
    expect(translate('en', 'no.such.key')).toBe('no.such.key');
  });

  it('negotiates the language from Accept-Language', () => {
    expect(negotiateLocale('sr-RS,sr;q=0.9,en;q=0.5')).toBe('sr');
    expect(negotiateLocale('sr-Cyrl-RS')).toBe('sr-Cyrl');
    expect(negotiateLocale('de-DE,en;q=0.7')).toBe('en');
    expect(negotiateLocale(undefined)).toBe('sq');
    expect(negotiateLocale('sq-XK')).toBe('sq');
  });
});
