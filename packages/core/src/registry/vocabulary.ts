// The registry's closed vocabularies. The migration's CHECK constraints list the same values.

export const GENDERS = ['female', 'male', 'other'] as const;
export type Gender = (typeof GENDERS)[number];

export const PERSON_CATEGORIES = [
  'returnee_voluntary',
  'returnee_forced',
  'returned_from_prison',
  'foreigner_protection',
  'foreigner_residence',
  // An ordinary resident served by social care (elderly, disabled, children at risk, victims of
  // violence): neither returned nor foreign, so no arrival, status grant or country of return, and
  // no returnee/foreigner case. Kept apart so the returnee statistics count returnees only.
  'resident',
] as const;
export type PersonCategory = (typeof PERSON_CATEGORIES)[number];

/** Foreigners' clock starts when the status is granted, returnees' on arrival. */
export function isForeignerCategory(category: PersonCategory): boolean {
  return category === 'foreigner_protection' || category === 'foreigner_residence';
}

/** Returnees and foreigners have a reintegration case path; residents only social care. */
export function isResidentCategory(category: PersonCategory): boolean {
  return category === 'resident';
}

/** The categories counted as returnees (statistics, the care case's returnee flag). */
export const RETURNEE_CATEGORIES: readonly PersonCategory[] = [
  'returnee_voluntary',
  'returnee_forced',
  'returned_from_prison',
];

export const IDENTITY_DOCUMENT_TYPES = [
  'id_card',
  'passport',
  'birth_certificate',
  'residence_permit',
  'other',
] as const;

export const COMMUNITIES = [
  'albanian',
  'serbian',
  'roma',
  'ashkali',
  'egyptian',
  'bosniak',
  'turkish',
  'gorani',
  'other',
] as const;

export const VULNERABILITIES = [
  'single_parent',
  'disability',
  'chronic_illness',
  'elderly_alone',
  'unaccompanied_minor',
  'victim_of_violence',
  'victim_of_trafficking',
  'no_documents',
  'no_income',
  'homeless',
] as const;

export const RELATIONS_TO_HEAD = [
  'head',
  'spouse',
  'child',
  'parent',
  'sibling',
  'grandchild',
  'grandparent',
  'other_relative',
  'other',
] as const;
