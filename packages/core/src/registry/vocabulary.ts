// The registry's closed vocabularies. The migration's CHECK constraints list the same values.

export const GENDERS = ['female', 'male', 'other'] as const;
export type Gender = (typeof GENDERS)[number];

export const PERSON_CATEGORIES = [
  'returnee_voluntary',
  'returnee_forced',
  'returned_from_prison',
  'foreigner_protection',
  'foreigner_residence',
] as const;
export type PersonCategory = (typeof PERSON_CATEGORIES)[number];

/** Foreigners' clock starts when the status is granted, returnees' on arrival. */
export function isForeignerCategory(category: PersonCategory): boolean {
  return category === 'foreigner_protection' || category === 'foreigner_residence';
}

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
