import type { LocalizedText } from '../config/schema.js';
import { toCyrillic } from './cyrillic.js';
import type { Locale } from './locales.js';

/** The text of a configured name in a UI locale; Serbian Cyrillic is transliterated from sr. */
export function localized(text: LocalizedText, locale: Locale): string {
  return locale === 'sr-Cyrl' ? toCyrillic(text.sr) : text[locale];
}
