import { useTranslation } from 'react-i18next';
import type { PersonSummary } from '@vatra/core';
import { useFormat } from '../../lib/locale';

/** Between the parts of a one-line summary. */
export const SEPARATOR = ' · ';

/** A person's name as the server sends it (it may be masked for a sensitive record). */
export function personName(person: Pick<PersonSummary, 'firstName' | 'lastName'>): string {
  return `${person.firstName} ${person.lastName}`.trim();
}

/** The date of birth in words: the date, the year alone when only that is known, or nothing. */
export function useBirthText() {
  const { t } = useTranslation();
  const format = useFormat();
  return (person: Pick<PersonSummary, 'dateOfBirth' | 'birthYearOnly'>): string | null => {
    if (!person.dateOfBirth) return null;
    if (person.birthYearOnly) return t('registry.person.yearOnly', { year: person.dateOfBirth.slice(0, 4) });
    return format.date(person.dateOfBirth);
  };
}
