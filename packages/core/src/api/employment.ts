import { z } from 'zod';
import { LOCALES } from '../i18n/locales.js';
import { calendarDay, uuid, version } from './common.js';

// Economic assistance linked to the Employment Office (issue 6, item 7): the register of assisted
// households, the monthly list of their working-age members, and the Employment Office's
// job-seeker profiles, reviews and refused job offers.

/** `ne`: economic assistance (ndihma ekonomike); `fund6`: the municipality's 6% fund. */
export const ASSISTANCE_SCHEMES = ['ne', 'fund6'] as const;
export type AssistanceScheme = (typeof ASSISTANCE_SCHEMES)[number];
/** As the national register of economic assistance gives it. */
export const ASSISTANCE_AREAS = ['urban', 'rural'] as const;
export type AssistanceArea = (typeof ASSISTANCE_AREAS)[number];

/** A calendar month, YYYY-MM. */
export const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');

const text = (max: number) => z.string().trim().min(1).max(max);

export const assistedHouseholdBody = z
  .object({
    householdId: uuid,
    scheme: z.enum(ASSISTANCE_SCHEMES),
    area: z.enum(ASSISTANCE_AREAS),
    nationalReference: text(60),
    fromMonth: yearMonth,
    /** The last month assisted, included; null while assistance goes on. */
    toMonth: yearMonth.nullable().default(null),
  })
  .refine((body) => body.toMonth === null || body.toMonth >= body.fromMonth, {
    message: 'before fromMonth',
    path: ['toMonth'],
  });

/** Ends an assistance period (or moves its end): the last month assisted. */
export const assistedHouseholdEndBody = z.object({ toMonth: yearMonth, version });

export const assistedHouseholdsQuery = z.object({
  /** Only the households assisted in this month; all periods when left out. */
  month: yearMonth.optional(),
});

export const assistedHousehold = z.object({
  id: uuid,
  householdId: uuid,
  /** The head of the household (or its first member), initials when the reader may not see the name. */
  headName: z.string(),
  members: z.number().int(),
  settlement: z.string(),
  jurisdiction: z.string(),
  scheme: z.enum(ASSISTANCE_SCHEMES),
  area: z.enum(ASSISTANCE_AREAS),
  nationalReference: z.string(),
  fromMonth: yearMonth,
  toMonth: yearMonth.nullable(),
  version: z.number().int(),
});
export type AssistedHousehold = z.infer<typeof assistedHousehold>;
export const assistedHouseholdList = z.object({ items: z.array(assistedHousehold) });
export type AssistedHouseholdList = z.infer<typeof assistedHouseholdList>;

export const employmentListQuery = z.object({
  /** Default: the current month. */
  month: yearMonth.optional(),
  /** Default: the user's institution's jurisdiction. */
  jurisdictionId: uuid.optional(),
});
export const employmentListXlsxQuery = employmentListQuery.extend({ locale: z.enum(LOCALES).optional() });

export const employmentListEntry = z.object({
  personId: uuid,
  householdId: uuid,
  name: z.string(),
  personalNumber: z.string().nullable(),
  dateOfBirth: calendarDay,
  /** Whole years on the first of the month. */
  age: z.number().int(),
  gender: z.string(),
  settlement: z.string(),
  area: z.enum(ASSISTANCE_AREAS),
  /** Urban and adult (18 or more): the law requires registration with the Employment Office. */
  mustRegister: z.boolean(),
  schemes: z.array(z.enum(ASSISTANCE_SCHEMES)),
  householdReference: z.string(),
  hasProfile: z.boolean(),
  /** A member of the household has a disability: priority for employment. */
  priority: z.boolean(),
  /** Job offers refused in the 12 months ending with the list's month (they remove nobody). */
  refusals: z.number().int(),
});
export type EmploymentListEntry = z.infer<typeof employmentListEntry>;

export const employmentListSend = z.object({
  sentOn: calendarDay,
  sentBy: z.string(),
  households: z.number().int(),
  persons: z.number().int(),
});

export const employmentList = z.object({
  jurisdiction: z.object({ id: uuid, name: z.string() }),
  month: yearMonth,
  workingAge: z.object({ from: z.number().int(), to: z.number().int() }),
  households: z.number().int(),
  sent: employmentListSend.nullable(),
  items: z.array(employmentListEntry),
});
export type EmploymentList = z.infer<typeof employmentList>;

export const employmentSendBody = z.object({
  month: yearMonth,
  sentOn: calendarDay,
  /** Default: the user's institution's jurisdiction; must be a municipality. */
  jurisdictionId: uuid.optional(),
});

export const jobSeekerProfileBody = z.object({
  personId: uuid,
  registeredOn: calendarDay,
  qualification: text(200),
  experience: z.string().trim().max(4000).nullable().default(null),
  /** For a profile kept before Vatra: its last review. */
  lastReviewedOn: calendarDay.nullable().default(null),
});

export const jobSeekerProfileUpdateBody = z.object({
  qualification: text(200).optional(),
  experience: z.string().trim().max(4000).nullable().optional(),
  version,
});

export const jobSeekerReviewBody = z.object({
  reviewedOn: calendarDay,
  note: text(4000),
  /** The profile's version the client saw. */
  version,
});

export const jobOfferRefusalBody = z.object({
  offeredOn: calendarDay,
  employer: text(200),
  position: text(200),
  reason: text(2000),
});

export const jobSeekerReview = z.object({
  id: uuid,
  reviewedOn: calendarDay,
  note: z.string(),
  reviewedBy: z.string(),
});

export const jobOfferRefusal = z.object({
  id: uuid,
  offeredOn: calendarDay,
  employer: z.string(),
  position: z.string(),
  reason: z.string(),
  recordedBy: z.string(),
});
export type JobOfferRefusal = z.infer<typeof jobOfferRefusal>;

export const jobSeekerProfile = z.object({
  id: uuid,
  personId: uuid,
  name: z.string(),
  personalNumber: z.string().nullable(),
  dateOfBirth: calendarDay.nullable(),
  settlement: z.string(),
  registeredOn: calendarDay,
  qualification: z.string(),
  experience: z.string().nullable(),
  lastReviewedOn: calendarDay.nullable(),
  /** The last review (or registration) plus the country's job-seeker review interval. */
  nextReviewOn: calendarDay,
  overdue: z.boolean(),
  version: z.number().int(),
  reviews: z.array(jobSeekerReview),
  refusals: z.array(jobOfferRefusal),
});
export type JobSeekerProfile = z.infer<typeof jobSeekerProfile>;
export const jobSeekerProfileList = z.object({ items: z.array(jobSeekerProfile) });
export type JobSeekerProfileList = z.infer<typeof jobSeekerProfileList>;
