import { textLanguageOf, type Locale } from '@vatra/core';

// Examples inside hints are codes the user types in Latin letters; they are passed as
// interpolation values so the Cyrillic catalog (transliterated) leaves them alone.
const USERNAME: Record<'sq' | 'sr' | 'en', string> = {
  sq: 'a.krasniqi',
  sr: 'm.jovanovic',
  en: 'a.krasniqi',
};

export const examples = {
  username: (locale: Locale) => USERNAME[textLanguageOf(locale)],
  institutionCode: 'ZKKK-PEJA',
  roleCode: 'case_manager',
  auditAction: 'user.create',
};
