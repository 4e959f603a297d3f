import { z } from 'zod';
import { SENSITIVITIES } from '../access/scopes.js';
import {
  COMMUNITIES,
  GENDERS,
  IDENTITY_DOCUMENT_TYPES,
  PERSON_CATEGORIES,
  RELATIONS_TO_HEAD,
  VULNERABILITIES,
} from '../registry/vocabulary.js';
import { calendarDay, isoInstant, namedRef, pageOf, pageQuery, uuid, version } from './common.js';
import { officeToday } from '../i18n/format.js';

// The registry's pure helpers (name folding, matching, masking) travel with its API, so the
// server and the web app share one notion of "the same name".
export * from '../registry/index.js';

/** A calendar date, YYYY-MM-DD, not in the future (in the offices' time zone). */
export const pastDate = calendarDay.refine((value) => value <= officeToday(), { message: 'in the future' });

/** Kosovo: 10 digits. Albania: letter, 8 digits, letter. */
export const personalNumber = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^(\d{10}|[A-Z]\d{8}[A-Z])$/, 'personal number');

export const phoneNumber = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()/-]{6,20}$/, 'phone number');

const personName = z.string().trim().min(1).max(80);

export const identityDocument = z.object({
  type: z.enum(IDENTITY_DOCUMENT_TYPES),
  held: z.boolean(),
  number: z.string().trim().min(1).max(40).optional(),
});
export type IdentityDocument = z.infer<typeof identityDocument>;

/** The fields of a person a user enters; optional ones may be left out or null. */
const personEditable = {
  firstName: personName,
  lastName: personName,
  fatherName: personName.nullable(),
  gender: z.enum(GENDERS),
  dateOfBirth: pastDate.nullable(),
  /** Only the year is known: dateOfBirth holds 1 January of it. */
  birthYearOnly: z.boolean(),
  personalNumber: personalNumber.nullable(),
  category: z.enum(PERSON_CATEGORIES),
  arrivalDate: pastDate.nullable(),
  statusGrantDate: pastDate.nullable(),
  /** ISO 3166 alpha-2. */
  countryReturnedFrom: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'country code')
    .nullable(),
  identityDocuments: z.array(identityDocument).max(20),
  community: z.enum(COMMUNITIES).nullable(),
  /** ISO 639 codes (sq, sr, rom, de, ar, …). */
  languages: z.array(z.string().regex(/^[a-z]{2,3}$/, 'language code')).max(10),
  phone: phoneNumber.nullable(),
  vulnerability: z.array(z.enum(VULNERABILITIES)).max(20),
  sensitivity: z.enum(SENSITIVITIES),
  relationToHead: z.enum(RELATIONS_TO_HEAD),
};

/** A member of a household being registered. */
export const personInput = z.object({
  firstName: personEditable.firstName,
  lastName: personEditable.lastName,
  fatherName: personEditable.fatherName.optional(),
  gender: personEditable.gender,
  dateOfBirth: personEditable.dateOfBirth.optional(),
  birthYearOnly: personEditable.birthYearOnly.default(false),
  personalNumber: personEditable.personalNumber.optional(),
  category: personEditable.category,
  arrivalDate: personEditable.arrivalDate.optional(),
  statusGrantDate: personEditable.statusGrantDate.optional(),
  countryReturnedFrom: personEditable.countryReturnedFrom.optional(),
  identityDocuments: personEditable.identityDocuments.default([]),
  community: personEditable.community.optional(),
  languages: personEditable.languages.default([]),
  phone: personEditable.phone.optional(),
  vulnerability: personEditable.vulnerability.default([]),
  sensitivity: personEditable.sensitivity.default('normal'),
  relationToHead: personEditable.relationToHead,
});
export type PersonInput = z.input<typeof personInput>;

export const householdCreateBody = z
  .object({
    /** The municipality or administrative unit of registration, inside the user's jurisdiction. */
    jurisdictionId: uuid,
    settlement: z.string().trim().min(1).max(120),
    addressLine: z.string().trim().min(1).max(200).nullable().optional(),
    phone: phoneNumber.nullable().optional(),
    members: z.array(personInput).min(1).max(30),
    /** The duplicate candidates the user was shown (POST /api/persons/duplicates) and judged. */
    acknowledgedDuplicates: z.array(uuid).max(500),
  })
  .superRefine((body, ctx) => {
    const numbers = body.members.map((m) => m.personalNumber).filter(Boolean);
    body.members.forEach((m, i) => {
      if (m.personalNumber && numbers.indexOf(m.personalNumber) !== numbers.lastIndexOf(m.personalNumber)) {
        ctx.addIssue({ code: 'custom', path: ['members', i, 'personalNumber'], message: 'repeated' });
      }
    });
  });
export type HouseholdCreateBody = z.input<typeof householdCreateBody>;

export const personUpdateBody = z
  .object({
    firstName: personEditable.firstName,
    lastName: personEditable.lastName,
    fatherName: personEditable.fatherName,
    gender: personEditable.gender,
    dateOfBirth: personEditable.dateOfBirth,
    birthYearOnly: personEditable.birthYearOnly,
    personalNumber: personEditable.personalNumber,
    category: personEditable.category,
    arrivalDate: personEditable.arrivalDate,
    statusGrantDate: personEditable.statusGrantDate,
    countryReturnedFrom: personEditable.countryReturnedFrom,
    identityDocuments: personEditable.identityDocuments,
    community: personEditable.community,
    languages: personEditable.languages,
    phone: personEditable.phone,
    vulnerability: personEditable.vulnerability,
    sensitivity: personEditable.sensitivity,
    relationToHead: personEditable.relationToHead,
  })
  .partial()
  .extend({ version });
export type PersonUpdateBody = z.infer<typeof personUpdateBody>;

const jurisdictionRef = namedRef;

export const personDetail = z.object({
  id: uuid,
  householdId: uuid.nullable(),
  relationToHead: z.enum(RELATIONS_TO_HEAD).nullable(),
  jurisdiction: jurisdictionRef,
  firstName: z.string(),
  lastName: z.string(),
  fatherName: z.string().nullable(),
  gender: z.enum(GENDERS),
  dateOfBirth: z.string().nullable(),
  birthYearOnly: z.boolean(),
  personalNumber: z.string().nullable(),
  category: z.enum(PERSON_CATEGORIES),
  arrivalDate: z.string().nullable(),
  statusGrantDate: z.string().nullable(),
  countryReturnedFrom: z.string().nullable(),
  identityDocuments: z.array(identityDocument),
  community: z.enum(COMMUNITIES).nullable(),
  languages: z.array(z.string()),
  phone: z.string().nullable(),
  vulnerability: z.array(z.enum(VULNERABILITIES)),
  sensitivity: z.enum(SENSITIVITIES),
  /** Set when this record was merged into another: the survivor's id. */
  mergedInto: uuid.nullable(),
  version,
  createdAt: isoInstant(),
  updatedAt: isoInstant(),
});
export type PersonDetail = z.infer<typeof personDetail>;

export const personSummary = personDetail.pick({
  id: true,
  householdId: true,
  jurisdiction: true,
  firstName: true,
  lastName: true,
  fatherName: true,
  gender: true,
  dateOfBirth: true,
  birthYearOnly: true,
  personalNumber: true,
  category: true,
});
export type PersonSummary = z.infer<typeof personSummary>;

export const householdDetail = z.object({
  id: uuid,
  jurisdiction: jurisdictionRef,
  settlement: z.string(),
  addressLine: z.string().nullable(),
  phone: z.string().nullable(),
  members: z.array(personDetail),
  /** Members the user may not see (sensitivity): counted, not shown. */
  hiddenMembers: z.number().int(),
  version,
  createdAt: isoInstant(),
  updatedAt: isoInstant(),
});
export type HouseholdDetail = z.infer<typeof householdDetail>;

export const personSearchQuery = pageQuery
  .extend({
    q: z.string().trim().min(2).max(100).optional(),
    dateOfBirth: calendarDay.optional(),
    personalNumber: z.string().trim().toUpperCase().min(3).max(20).optional(),
  })
  .refine((query) => query.q || query.dateOfBirth || query.personalNumber, {
    path: ['q'],
    message: 'a name, date of birth or personal number',
  });

export const personSearchHit = personSummary.extend({
  /** 0..1: how well the person matches the query (1: exact). */
  score: z.number(),
});
export const personSearchResult = pageOf(personSearchHit).extend({
  /** More persons matched than are ranked (400): narrow the search (date of birth, full name). */
  truncated: z.boolean(),
});

export const duplicateCheckBody = z.object({
  firstName: personName,
  lastName: personName,
  fatherName: personName.nullable().optional(),
  dateOfBirth: calendarDay.nullable().optional(),
  personalNumber: personalNumber.nullable().optional(),
});
export type DuplicateCheckBody = z.input<typeof duplicateCheckBody>;

export const duplicateCandidate = z.object({
  id: uuid,
  /** Same personal number, or the same name and date of birth: must be acknowledged to register. */
  strong: z.boolean(),
  score: z.number(),
  /** False outside the user's jurisdiction or sensitivity: only the minimum below is shown. */
  visible: z.boolean(),
  municipality: jurisdictionRef,
  birthYear: z.number().int().nullable(),
  maskedName: z.string(),
  /** The record itself, when visible. */
  person: personSummary.nullable(),
});
export type DuplicateCandidate = z.infer<typeof duplicateCandidate>;

export const duplicateCheckResult = z.object({ candidates: z.array(duplicateCandidate) });

/** The 409 answer when a household is registered with unacknowledged strong duplicates. */
export const possibleDuplicateError = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
    /** Per member (index in `members`), the strong candidates not acknowledged. */
    candidates: z.array(duplicateCandidate.extend({ member: z.number().int() })).optional(),
  }),
});

export const personMergeBody = z.object({
  /** The record merged away; it is kept, pointing at the survivor. */
  duplicateId: uuid,
  /** The survivor's version. */
  version,
});

/** One entry of a person's record history: an edit with what changed, or an event of their case. */
export const personHistoryItem = z.object({
  at: isoInstant(),
  kind: z.string(),
  actor: z.string().nullable(),
  institutionCode: z.string().nullable(),
  /** For edits: field → [before, after]. */
  changes: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])).nullable(),
  case: z.object({ id: uuid, number: z.string() }).nullable(),
});
export const personHistory = z.object({ items: z.array(personHistoryItem) });
export type PersonHistoryItem = z.infer<typeof personHistoryItem>;
