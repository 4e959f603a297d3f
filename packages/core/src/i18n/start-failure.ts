import { toCyrillic } from './cyrillic.js';
import type { Locale, TextLanguage } from './locales.js';

export interface StartFailureText {
  title: string;
  text: string;
  reload: string;
}

// The one message the web app shows without a catalog: when the language file itself could not
// be downloaded at start. Kept here, a few lines in the first download, in each language.
const TEXTS: Record<TextLanguage, StartFailureText> = {
  sq: {
    title: 'Vatra nuk mund të hapet',
    text: 'Tekstet e faqes nuk u ngarkuan; lidhja mund të jetë ndërprerë. Kontrolloni lidhjen dhe ringarkoni faqen.',
    reload: 'Ringarko faqen',
  },
  sr: {
    title: 'Vatra ne može da se otvori',
    text: 'Tekstovi stranice nisu učitani; veza je možda prekinuta. Proverite vezu i ponovo učitajte stranicu.',
    reload: 'Ponovo učitaj stranicu',
  },
  en: {
    title: 'Vatra could not open',
    text: "The page's texts could not be loaded; the connection may have dropped. Check the connection and reload the page.",
    reload: 'Reload the page',
  },
};

/** The start-failure message in a UI language (Cyrillic transliterated from the Latin). */
export function startFailureText(locale: Locale): StartFailureText {
  if (locale !== 'sr-Cyrl') return TEXTS[locale];
  const { title, text, reload } = TEXTS.sr;
  return { title: toCyrillic(title), text: toCyrillic(text), reload: toCyrillic(reload) };
}
