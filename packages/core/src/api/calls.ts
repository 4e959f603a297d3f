import { z } from 'zod';
import { localizedText } from '../config/schema.js';
import { institutionRef, userRef } from './cases.js';
import { calendarDay, INT_MAX, isoInstant, uuid, version } from './common.js';
import { CURRENCIES, REQUEST_STATUSES } from './requests.js';

// Calls for applications (issue 4): the institution that decides a scheme tied to a call
// (social housing, self-employment grants, agricultural grants) opens a call with dates, a budget
// and selection criteria worth points; case managers see which of their clients' plans need the
// scheme and file applications (requests with a callId); the officer scores each application
// and the ranking shows who is funded within the budget.

export const CALL_STATUSES = ['draft', 'open', 'closed', 'ranked'] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];
/** manual: ticked by the officer; the others are computed from the applicant's case, never typed. */
export const CRITERION_KINDS = ['manual', 'returnee', 'foreigner', 'female_head'] as const;
export type CriterionKind = (typeof CRITERION_KINDS)[number];
export const CALL_ACTIONS = ['edit', 'open', 'close', 'rank'] as const;
export type CallAction = (typeof CALL_ACTIONS)[number];
/** What made a person match a call: an item of their individual plan, or a need of the FVN. */
export const MATCH_SOURCES = ['plan', 'assessment'] as const;

const code = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/)
  .max(40);
const day = calendarDay;

export const callCriterion = z.object({
  code,
  name: localizedText,
  points: z.number().int().min(1).max(100),
  kind: z.enum(CRITERION_KINDS),
});
export type CallCriterion = z.infer<typeof callCriterion>;

/** Codes are unique; a computed kind counts once (a returnee is not worth two bonuses). */
const criteriaList = z
  .array(callCriterion)
  .min(1)
  .max(20)
  .superRefine((criteria, ctx) => {
    const codes = new Set<string>();
    const kinds = new Set<string>();
    criteria.forEach((criterion, index) => {
      if (codes.has(criterion.code))
        ctx.addIssue({ code: 'custom', message: 'duplicate', path: [index, 'code'] });
      codes.add(criterion.code);
      if (criterion.kind !== 'manual' && kinds.has(criterion.kind))
        ctx.addIssue({ code: 'custom', message: 'duplicate', path: [index, 'kind'] });
      kinds.add(criterion.kind);
    });
  });

const title = z.string().trim().min(3).max(200);
const description = z.string().trim().max(4000);
const budget = z.number().min(0).max(1_000_000_000);

export const callCreateBody = z
  .object({
    schemeCode: code,
    title,
    description: description.default(''),
    opensOn: day,
    closesOn: day,
    budget,
    currency: z.enum(CURRENCIES).default('EUR'),
    criteria: criteriaList,
  })
  .refine((body) => body.closesOn >= body.opensOn, {
    message: 'before the opening date',
    path: ['closesOn'],
  });
export type CallCreateBody = z.input<typeof callCreateBody>;

/** A draft call is edited whole or in part; the scheme does not change. */
export const callUpdateBody = z.object({
  title: title.optional(),
  description: description.optional(),
  opensOn: day.optional(),
  closesOn: day.optional(),
  budget: budget.optional(),
  currency: z.enum(CURRENCIES).optional(),
  criteria: criteriaList.optional(),
  version,
});
export type CallUpdateBody = z.input<typeof callUpdateBody>;

export const callStepBody = z.object({ version });
export type CallStepBody = z.input<typeof callStepBody>;

export const callListQuery = z.object({
  status: z.enum(CALL_STATUSES).optional(),
  schemeCode: code.optional(),
});

export const callSummary = z.object({
  id: uuid,
  number: z.string(),
  schemeCode: z.string(),
  schemeName: localizedText,
  title: z.string(),
  opensOn: day,
  closesOn: day,
  budget: z.number(),
  currency: z.enum(CURRENCIES),
  status: z.enum(CALL_STATUSES),
  institution: institutionRef,
  /** Applications filed (not withdrawn). */
  applications: z.number().int(),
  /** Open, and today lies between the opening and closing dates. */
  acceptsApplications: z.boolean(),
  version: z.number().int(),
});
export type CallSummary = z.infer<typeof callSummary>;
export const callList = z.object({ items: z.array(callSummary) });
export type CallList = z.infer<typeof callList>;

export const callView = callSummary.extend({
  description: z.string(),
  criteria: z.array(callCriterion),
  createdBy: userRef,
  openedAt: isoInstant({ offset: true }).nullable(),
  closedAt: isoInstant({ offset: true }).nullable(),
  /** The steps this user may take now. */
  actions: z.array(z.enum(CALL_ACTIONS)),
  /** The user may score applications (an officer of the institution running the call). */
  canScore: z.boolean(),
});
export type CallView = z.infer<typeof callView>;

/** A person of an open case whose plan or assessment calls for the scheme. */
export const callMatch = z.object({
  person: z.object({ id: uuid, firstName: z.string(), lastName: z.string() }),
  caseId: uuid,
  caseNumber: z.string(),
  caseManager: userRef.nullable(),
  matchedBy: z.array(z.enum(MATCH_SOURCES)),
  /** An application of this person to the call already exists. */
  applied: z.boolean(),
});
export type CallMatch = z.infer<typeof callMatch>;
export const callMatchList = z.object({
  serviceCode: z.string().nullable(),
  domain: z.string().nullable(),
  items: z.array(callMatch),
});
export type CallMatchList = z.infer<typeof callMatchList>;

export const scoreBody = z.object({
  /** Codes of the manual criteria the application meets; computed ones are never ticked. */
  met: z.array(code).max(20),
  note: z.string().trim().max(2000).optional(),
  /** The score's version; 0 when the application has not been scored yet. */
  version: z.number().int().min(0).max(INT_MAX),
});
export type ScoreBody = z.input<typeof scoreBody>;

export const scoreLine = z.object({
  criterion: z.string(),
  name: localizedText,
  kind: z.enum(CRITERION_KINDS),
  /** What the criterion is worth. */
  points: z.number().int(),
  met: z.boolean(),
  /** Points given: the criterion's points when met, else 0. */
  awarded: z.number().int(),
});
export type ScoreLine = z.infer<typeof scoreLine>;

export const rankingEntry = z.object({
  /** Place in the ranking; null while not scored. */
  rank: z.number().int().nullable(),
  requestId: uuid,
  requestNumber: z.string(),
  requestStatus: z.enum(REQUEST_STATUSES),
  /** Null when the applicant's case is not visible to the user. */
  person: z.object({ id: uuid, firstName: z.string(), lastName: z.string() }).nullable(),
  caseId: uuid.nullable(),
  caseNumber: z.string().nullable(),
  submittedAt: isoInstant({ offset: true }).nullable(),
  amountRequested: z.number().nullable(),
  scored: z.boolean(),
  totalPoints: z.number().int().nullable(),
  breakdown: z.array(scoreLine),
  note: z.string().nullable(),
  scoredBy: userRef.nullable(),
  scoredAt: isoInstant({ offset: true }).nullable(),
  /** The running total of the amounts requested down to this application. */
  cumulativeAmount: z.number().nullable(),
  /** Above the budget line. */
  funded: z.boolean(),
  scoreVersion: z.number().int(),
});
export type RankingEntry = z.infer<typeof rankingEntry>;

export const callRanking = z.object({
  callId: uuid,
  budget: z.number(),
  currency: z.enum(CURRENCIES),
  fundedCount: z.number().int(),
  fundedAmount: z.number(),
  remaining: z.number(),
  canScore: z.boolean(),
  items: z.array(rankingEntry),
});
export type CallRanking = z.infer<typeof callRanking>;
