// sq and sr (Latin) are the working languages; sr-Cyrl is produced from sr by transliteration;
// en serves donors and integrators.
export const LOCALES = ['sq', 'sr', 'sr-Cyrl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
/** Languages a text is written in; sr-Cyrl is derived, never stored. */
export const TEXT_LANGUAGES = ['sq', 'sr', 'en'] as const;
export type TextLanguage = (typeof TEXT_LANGUAGES)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The BCP 47 tag used for Intl formatting of each UI locale. */
export const INTL_TAG: Record<Locale, string> = {
  sq: 'sq-AL',
  sr: 'sr-Latn-RS',
  'sr-Cyrl': 'sr-Cyrl-RS',
  en: 'en-GB',
};

export function textLanguageOf(locale: Locale): TextLanguage {
  return locale === 'sr-Cyrl' ? 'sr' : locale;
}

/** Picks the best locale from an Accept-Language header; Albanian when nothing matches. */
export function negotiateLocale(header: string | undefined, fallback: Locale = 'sq'): Locale {
  if (!header) return fallback;
  const wanted = header
    .split(',')
    .map((part) => {
      const [tag = '', q] = part.trim().split(';q=');
      return { tag: tag.toLowerCase(), q: q ? Number(q) : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of wanted) {
    if (tag.startsWith('sr') && tag.includes('cyrl')) return 'sr-Cyrl';
    for (const locale of ['sq', 'sr', 'en'] as const) {
      if (tag === locale || tag.startsWith(`${locale}-`)) return locale;
    }
  }
  return fallback;
}
