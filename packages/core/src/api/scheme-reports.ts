import { z } from 'zod';
import { localizedText } from '../config/schema.js';
import { calendarDay, INT_MAX, isoInstant, namedRef, uuid } from './common.js';

// The quarterly scheme evaluation report of a municipality (issue 4, item 8): what was asked,
// decided, appealed and carried out under each support scheme, at what cost, who received
// nothing so far, and the recommendations of the municipal office for communities and return.

const day = calendarDay;
const schemeCode = z.string().regex(/^[a-z][a-z0-9_]*$/);

export const SCHEME_REPORT_LANGUAGES = ['sq', 'sr', 'en'] as const;

/** A municipality by its code ("XK-PEJ") or id, a year and a quarter; optionally the file's language. */
export const schemeReportQuery = z.object({
  jurisdiction: z.string().trim().min(1).max(64),
  year: z.coerce.number().int().min(2000).max(2100),
  quarter: z.coerce.number().int().min(1).max(4),
  lang: z.enum(SCHEME_REPORT_LANGUAGES).optional(),
});
export type SchemeReportQuery = z.infer<typeof schemeReportQuery>;

export const schemeReportPlaces = z.object({ items: z.array(namedRef) });
export type SchemeReportPlaces = z.infer<typeof schemeReportPlaces>;

/** The figures of one scheme, or of all together (the totals row). */
export const schemeFigures = z.object({
  requestsFiled: z.number().int(),
  requestsSubmitted: z.number().int(),
  approved: z.number().int(),
  partlyApproved: z.number().int(),
  rejected: z.number().int(),
  /** Submitted, undecided at the end of the period and past the date the body had to decide by. */
  pendingOverdue: z.number().int(),
  appealsFiled: z.number().int(),
  appealsUpheld: z.number().int(),
  appealsOverturned: z.number().int(),
  appealsReturned: z.number().int(),
  appealsDecidedLate: z.number().int(),
  executionsStarted: z.number().int(),
  executionsCompleted: z.number().int(),
  /** Days from the decision to the completed execution, over executions completed in the period. */
  medianDaysToComplete: z.number().nullable(),
  maxDaysToComplete: z.number().int().nullable(),
  approvedAmount: z.number(),
  actualCost: z.number(),
  benefitsCount: z.number().int(),
  benefitAmount: z.number(),
});
export type SchemeFigures = z.infer<typeof schemeFigures>;

export const schemeReportRow = schemeFigures.extend({
  schemeCode,
  schemeName: localizedText.nullable(),
});
export type SchemeReportRow = z.infer<typeof schemeReportRow>;

/** A person named in the report; the name is masked for cases of a sensitive or restricted kind. */
const reportPerson = z.object({ id: uuid, name: z.string(), masked: z.boolean() });

/** One request with something happening in the period, for the detail sheet and the screen. */
export const schemeReportRequest = z.object({
  requestId: uuid,
  requestNumber: z.string(),
  caseNumber: z.string(),
  person: reportPerson,
  schemeCode,
  status: z.string(),
  filedOn: day,
  decisionNumber: z.string().nullable(),
  decisionOutcome: z.enum(['approved', 'partly_approved', 'rejected']).nullable(),
  decidedOn: day.nullable(),
  approvedAmount: z.number().nullable(),
  appealOutcome: z.enum(['filed', 'upheld', 'overturned', 'returned']).nullable(),
  executionStatus: z.enum(['in_progress', 'completed']).nullable(),
  completedOn: day.nullable(),
  actualCost: z.number().nullable(),
  benefitOn: day.nullable(),
  benefitAmount: z.number().nullable(),
});
export type SchemeReportRequest = z.infer<typeof schemeReportRequest>;

export const receivedNothingPerson = z.object({
  caseId: uuid,
  caseNumber: z.string(),
  person: reportPerson,
  birthYear: z.number().int().nullable(),
});
export type ReceivedNothingPerson = z.infer<typeof receivedNothingPerson>;

export const schemeRecommendation = z.object({
  id: uuid,
  schemeCode: schemeCode.nullable(),
  schemeName: localizedText.nullable(),
  version: z.number().int(),
  /** The latest version for its scheme; earlier ones are kept as history. */
  current: z.boolean(),
  text: z.string(),
  enteredBy: z.object({ id: uuid, name: z.string() }),
  enteredAt: isoInstant({ offset: true }),
});
export type SchemeRecommendation = z.infer<typeof schemeRecommendation>;

export const schemeReportData = z.object({
  municipality: namedRef,
  currency: z.enum(['EUR', 'ALL']),
  period: z.object({
    year: z.number().int(),
    quarter: z.number().int(),
    from: day,
    to: day,
    /** The last day counted: the quarter's end, or today while the quarter runs. */
    asOf: day,
  }),
  generatedAt: isoInstant({ offset: true }),
  schemes: z.array(schemeReportRow),
  totals: schemeFigures,
  requests: z.array(schemeReportRequest),
  receivedNothing: z.object({ count: z.number().int(), items: z.array(receivedNothingPerson) }),
  recommendations: z.array(schemeRecommendation),
  /** Whether the user may enter recommendations for this municipality (its ZKKK). */
  canRecommend: z.boolean(),
});
export type SchemeReportData = z.infer<typeof schemeReportData>;

/** A recommendation for the quarter; `version` is the current one being replaced (0: none yet). */
export const schemeRecommendationBody = z.object({
  jurisdiction: z.string().trim().min(1).max(64),
  year: z.number().int().min(2000).max(2100),
  quarter: z.number().int().min(1).max(4),
  schemeCode: schemeCode.nullable(),
  text: z.string().trim().min(1).max(20000),
  version: z.number().int().min(0).max(INT_MAX),
});
export type SchemeRecommendationBody = z.infer<typeof schemeRecommendationBody>;

export const schemeRecommendationList = z.object({ items: z.array(schemeRecommendation) });
