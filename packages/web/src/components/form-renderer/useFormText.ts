import { useTranslation } from 'react-i18next';
import { localized, type LocalizedText, type Locale } from '@vatra/core';

/**
 * Texts in the form's language: the definition's own (Serbian Cyrillic transliterated from the
 * Latin by core) and the renderer's words from the catalog, fixed to that language so a form
 * previewed in another language than the interface reads in one language throughout.
 */
export function useFormText(locale: Locale) {
  const { t } = useTranslation('web', { lng: locale });
  return { t, text: (value: LocalizedText) => localized(value, locale) };
}
