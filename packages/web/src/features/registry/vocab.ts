import { useTranslation } from 'react-i18next';
import {
  COMMUNITIES,
  GENDERS,
  IDENTITY_DOCUMENT_TYPES,
  INTL_TAG,
  PERSON_CATEGORIES,
  RELATIONS_TO_HEAD,
  SENSITIVITIES,
  VULNERABILITIES,
  type Catalog,
  type Locale,
} from '@vatra/core';
import { useLocale } from '../../lib/locale';

// The registry's closed vocabularies as select options in the user's language. Country and
// language names come from the catalog (the browser's Intl data often lacks Albanian); a code
// outside the offered lists is named by Intl, or shown as it is.

/** Countries people most often return from, and the region's own; ISO 3166 alpha-2. */
const COUNTRIES = [
  'DE',
  'AT',
  'CH',
  'SE',
  'FR',
  'BE',
  'NL',
  'LU',
  'IT',
  'GB',
  'IE',
  'NO',
  'DK',
  'FI',
  'ES',
  'CZ',
  'PL',
  'HU',
  'SI',
  'HR',
  'BA',
  'RS',
  'ME',
  'MK',
  'AL',
  'XK',
  'GR',
  'TR',
  'US',
  'CA',
  'AU',
] as const satisfies readonly (keyof Catalog['web']['registry']['countries'])[];

/** Languages officers record most often; ISO 639 codes, as the API takes them. */
const LANGUAGES = [
  'sq',
  'sr',
  'rom',
  'tr',
  'bs',
  'mk',
  'de',
  'fr',
  'it',
  'sv',
  'nl',
  'en',
  'ar',
  'fa',
  'ru',
] as const satisfies readonly (keyof Catalog['web']['registry']['languages'])[];

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

function intlName(locale: Locale, type: 'region' | 'language', code: string): string {
  try {
    return new Intl.DisplayNames([INTL_TAG[locale], 'en'], { type, fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Names of countries and languages by code, in the interface language. */
export function useCodeNames() {
  const { t } = useTranslation();
  const locale = useLocale();
  return {
    country: (code: string) =>
      isOneOf(COUNTRIES, code) ? t(`registry.countries.${code}`) : intlName(locale, 'region', code),
    language: (code: string) =>
      isOneOf(LANGUAGES, code) ? t(`registry.languages.${code}`) : intlName(locale, 'language', code),
  };
}

export function useRegistryOptions() {
  const { t } = useTranslation();
  const locale = useLocale();
  const names = useCodeNames();
  const collator = new Intl.Collator(INTL_TAG[locale]);
  const byLabel = (a: { label: string }, b: { label: string }) => collator.compare(a.label, b.label);
  return {
    genders: GENDERS.map((value) => ({ value, label: t(`registry.genders.${value}`) })),
    categories: PERSON_CATEGORIES.map((value) => ({ value, label: t(`registry.categories.${value}`) })),
    relations: RELATIONS_TO_HEAD.map((value) => ({ value, label: t(`registry.relations.${value}`) })),
    documents: IDENTITY_DOCUMENT_TYPES.map((value) => ({ value, label: t(`registry.documents.${value}`) })),
    communities: COMMUNITIES.map((value) => ({ value, label: t(`registry.communities.${value}`) })),
    vulnerabilities: VULNERABILITIES.map((value) => ({
      value,
      label: t(`registry.vulnerabilities.${value}`),
    })),
    sensitivities: SENSITIVITIES.map((value) => ({ value, label: t(`registry.sensitivities.${value}`) })),
    countries: COUNTRIES.map((value) => ({ value, label: names.country(value) })).sort(byLabel),
    languages: LANGUAGES.map((value) => ({ value, label: names.language(value) })).sort(byLabel),
  };
}
