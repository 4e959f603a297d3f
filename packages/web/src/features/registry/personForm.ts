import {
  isForeignerCategory,
  isResidentCategory,
  type COMMUNITIES,
  type GENDERS,
  type IDENTITY_DOCUMENT_TYPES,
  type IdentityDocument,
  type PERSON_CATEGORIES,
  type PersonDetail,
  type RELATIONS_TO_HEAD,
  type Sensitivity,
  type VULNERABILITIES,
} from '@vatra/core';

type Of<T extends readonly string[]> = T[number];
export type DocumentType = Of<typeof IDENTITY_DOCUMENT_TYPES>;

/** A person as the inputs hold it: text as typed, empty for "not given". */
export interface PersonValues {
  firstName: string;
  lastName: string;
  fatherName: string;
  gender: Of<typeof GENDERS> | null;
  birthYearOnly: boolean;
  dateOfBirth: string;
  birthYear: string;
  personalNumber: string;
  relationToHead: Of<typeof RELATIONS_TO_HEAD> | null;
  category: Of<typeof PERSON_CATEGORIES> | null;
  arrivalDate: string;
  statusGrantDate: string;
  countryReturnedFrom: string | null;
  documentsHeld: DocumentType[];
  documentsMissing: DocumentType[];
  community: Of<typeof COMMUNITIES> | null;
  languages: string[];
  phone: string;
  vulnerability: Of<typeof VULNERABILITIES>[];
  sensitivity: Sensitivity;
}

export function emptyPerson(relationToHead: PersonValues['relationToHead']): PersonValues {
  return {
    firstName: '',
    lastName: '',
    fatherName: '',
    gender: null,
    birthYearOnly: false,
    dateOfBirth: '',
    birthYear: '',
    personalNumber: '',
    relationToHead,
    category: null,
    arrivalDate: '',
    statusGrantDate: '',
    countryReturnedFrom: null,
    documentsHeld: [],
    documentsMissing: [],
    community: null,
    languages: [],
    phone: '',
    vulnerability: [],
    sensitivity: 'normal',
  };
}

export function personValuesOf(person: PersonDetail): PersonValues {
  return {
    firstName: person.firstName,
    lastName: person.lastName,
    fatherName: person.fatherName ?? '',
    gender: person.gender,
    birthYearOnly: person.birthYearOnly,
    dateOfBirth: person.birthYearOnly ? '' : (person.dateOfBirth ?? ''),
    birthYear: person.birthYearOnly && person.dateOfBirth ? person.dateOfBirth.slice(0, 4) : '',
    personalNumber: person.personalNumber ?? '',
    relationToHead: person.relationToHead,
    category: person.category,
    arrivalDate: person.arrivalDate ?? '',
    statusGrantDate: person.statusGrantDate ?? '',
    countryReturnedFrom: person.countryReturnedFrom,
    documentsHeld: person.identityDocuments.filter((doc) => doc.held).map((doc) => doc.type),
    documentsMissing: person.identityDocuments.filter((doc) => !doc.held).map((doc) => doc.type),
    community: person.community,
    languages: person.languages,
    phone: person.phone ?? '',
    vulnerability: person.vulnerability,
    sensitivity: person.sensitivity,
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** The date of birth to send: the date, or 1 January of the year when only the year is known. */
function birthDate(values: PersonValues): string | null {
  if (!values.birthYearOnly) return orNull(values.dateOfBirth);
  const year = values.birthYear.trim();
  if (year === '') return null;
  // a malformed year is sent as it is, so the date check words the problem
  return /^\d{4}$/.test(year) ? `${year}-01-01` : year;
}

/**
 * The API's fields of a person (the body of a household member, or of an update). Document
 * numbers recorded earlier are kept for the documents still listed the same way.
 */
export function personBody(values: PersonValues, known: IdentityDocument[] = []) {
  const foreigner = values.category ? isForeignerCategory(values.category) : false;
  // A resident's hidden fields are cleared, so a person re-categorised as resident keeps no
  // arrival date or country of return from before.
  const resident = values.category ? isResidentCategory(values.category) : false;
  const document = (type: DocumentType, held: boolean): IdentityDocument => {
    const before = known.find((doc) => doc.type === type && doc.held === held);
    return before?.number ? { type, held, number: before.number } : { type, held };
  };
  return {
    firstName: values.firstName,
    lastName: values.lastName,
    fatherName: orNull(values.fatherName),
    gender: values.gender,
    dateOfBirth: birthDate(values),
    birthYearOnly: values.birthYearOnly,
    personalNumber: orNull(values.personalNumber),
    category: values.category,
    arrivalDate: foreigner || resident ? null : orNull(values.arrivalDate),
    statusGrantDate: foreigner && !resident ? orNull(values.statusGrantDate) : null,
    countryReturnedFrom: resident ? null : values.countryReturnedFrom,
    identityDocuments: [
      ...values.documentsHeld.map((type) => document(type, true)),
      ...values.documentsMissing.map((type) => document(type, false)),
    ],
    community: values.community,
    languages: values.languages,
    phone: orNull(values.phone),
    vulnerability: values.vulnerability,
    sensitivity: values.sensitivity,
    relationToHead: values.relationToHead,
  };
}

/** What the duplicate check needs of a member. */
export function duplicateQuery(values: PersonValues) {
  return {
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    fatherName: orNull(values.fatherName),
    dateOfBirth: birthDate(values),
    personalNumber: orNull(values.personalNumber)?.toUpperCase() ?? null,
  };
}
