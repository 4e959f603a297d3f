import { z } from 'zod';
import { localizedText } from '../config/schema.js';
import { institutionRef, userRef } from './cases.js';
import { calendarDay, isoInstant, uuid, version } from './common.js';
import { officeToday } from '../i18n/format.js';

// Requests for support schemes (issue 4): a case manager files a request for a member of the
// case's household; the scheme's documents are attached or waived; the deciding body decides
// (directly, or at a commission meeting for KKR schemes); the applicant may appeal within the
// window; a positive final decision is carried out and becomes a benefit of the household.

export const REQUEST_STATUSES = [
  'draft',
  'submitted',
  'under_review',
  'decided',
  'appealed',
  'appeal_decided',
  'withdrawn',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const DECISION_OUTCOMES = ['approved', 'partly_approved', 'rejected'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];
export const APPEAL_OUTCOMES = ['upheld', 'overturned', 'returned'] as const;
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];
export const CURRENCIES = ['EUR', 'ALL'] as const;
export const REQUEST_ACTIONS = [
  'edit',
  'documents',
  'submit',
  'review',
  'decide',
  'notify',
  'appeal',
  'decideAppeal',
  'execute',
  'complete',
  'withdraw',
  'recordExternal',
] as const;
export type RequestAction = (typeof REQUEST_ACTIONS)[number];

const text = z.string().trim().min(1).max(4000);
const day = calendarDay;
/** A calendar date, YYYY-MM-DD, not in the future. */
const pastDay = day.refine((value) => value <= officeToday(), {
  message: 'in the future',
});
const amount = z.number().min(0).max(100_000_000);

export const schemeView = z.object({
  code: z.string(),
  name: localizedText,
  decidingInstitutionType: z.string(),
  decidedByCommission: z.boolean(),
  executingInstitutionType: z.string().nullable(),
  requiredDocuments: z.array(z.object({ code: z.string(), name: localizedText })),
  decisionDays: z.number().int(),
  appealWindowDays: z.number().int(),
  appealDecisionDays: z.number().int(),
  tiedToCall: z.boolean(),
  serviceCode: z.string().nullable(),
});
export type SchemeView = z.infer<typeof schemeView>;
export const schemeList = z.object({ items: z.array(schemeView) });

export const requestCreateBody = z.object({
  /** A member of the case's household; without it, the person the case was opened for. */
  personId: uuid.optional(),
  schemeCode: z.string().regex(/^[a-z][a-z0-9_]*$/),
  description: text,
  amountRequested: amount.nullable().optional(),
  currency: z.enum(CURRENCIES).nullable().optional(),
  /** The open call for applications this request answers; required by schemes tied to a call. */
  callId: uuid.optional(),
});
export type RequestCreateBody = z.input<typeof requestCreateBody>;

export const requestUpdateBody = z.object({
  description: text.optional(),
  amountRequested: amount.nullable().optional(),
  currency: z.enum(CURRENCIES).nullable().optional(),
  version,
});
export type RequestUpdateBody = z.input<typeof requestUpdateBody>;

/** One requirement: attach a document of the case, or waive it with a reason. */
export const requestDocumentBody = z
  .object({
    requirement: z.string().regex(/^[a-z][a-z0-9_]*$/),
    documentId: uuid.optional(),
    waivedReason: text.optional(),
    version,
  })
  .refine((body) => (body.documentId === undefined) !== (body.waivedReason === undefined), {
    message: 'either a document or a reason to waive it',
    path: ['documentId'],
  });
export type RequestDocumentBody = z.input<typeof requestDocumentBody>;

export const requestStepBody = z.object({ version });
export type RequestStepBody = z.input<typeof requestStepBody>;

export const requestDecideBody = z.object({
  outcome: z.enum(DECISION_OUTCOMES),
  amount: amount.nullable().optional(),
  currency: z.enum(CURRENCIES).nullable().optional(),
  reasons: text,
  /** Default today. */
  decidedOn: pastDay.optional(),
  version,
});
export type RequestDecideBody = z.input<typeof requestDecideBody>;

/**
 * The decision of a body outside Vatra (the Tax Administration), recorded by the case side from
 * its letter: the body's reference number, the date on the letter and the scanned letter (a
 * document of the case).
 */
export const requestExternalDecisionBody = requestDecideBody.extend({
  reference: z.string().trim().min(1).max(100),
  decidedOn: pastDay,
  letterDocumentId: uuid,
});
export type RequestExternalDecisionBody = z.input<typeof requestExternalDecisionBody>;

export const requestNotifyBody = z.object({ notifiedOn: pastDay, version });
export type RequestNotifyBody = z.input<typeof requestNotifyBody>;

export const requestAppealBody = z.object({ filedOn: pastDay, grounds: text, version });
export type RequestAppealBody = z.input<typeof requestAppealBody>;

export const requestExecutionBody = z.object({
  startedOn: pastDay,
  progressNote: text.optional(),
  version,
});
export type RequestExecutionBody = z.input<typeof requestExecutionBody>;

export const requestCompleteBody = z.object({
  completedOn: pastDay,
  actualCost: amount,
  currency: z.enum(CURRENCIES).default('EUR'),
  version,
});
export type RequestCompleteBody = z.input<typeof requestCompleteBody>;

export const requestDocumentView = z.object({
  requirement: z.string(),
  name: localizedText,
  state: z.enum(['missing', 'attached', 'waived']),
  documentId: uuid.nullable(),
  documentTitle: z.string().nullable(),
  waivedReason: z.string().nullable(),
});

export const decisionView = z.object({
  id: uuid,
  number: z.string(),
  institution: institutionRef,
  atMeeting: z.boolean(),
  outcome: z.enum(DECISION_OUTCOMES),
  amount: z.number().nullable(),
  currency: z.string().nullable(),
  reasons: z.string(),
  decidedOn: day,
  notifiedOn: day.nullable(),
  appealDueOn: day.nullable(),
  decidedBy: userRef,
  /** A decision of a body outside Vatra, recorded from its letter: the body's reference and the scan. */
  letter: z.object({ reference: z.string(), documentId: uuid }).nullable().optional(),
});
export type DecisionView = z.infer<typeof decisionView>;

export const appealView = z.object({
  id: uuid,
  decisionId: uuid,
  filedOn: day,
  grounds: z.string(),
  status: z.enum(['filed', 'decided']),
  decisionDueOn: day,
  outcome: z.enum(APPEAL_OUTCOMES).nullable(),
  outcomeReasons: z.string().nullable(),
  decidedOn: day.nullable(),
});

export const executionView = z.object({
  institution: institutionRef,
  status: z.enum(['in_progress', 'completed']),
  startedOn: day,
  progressNote: z.string().nullable(),
  completedOn: day.nullable(),
  actualCost: z.number().nullable(),
  currency: z.string().nullable(),
});

export const requestSummary = z.object({
  id: uuid,
  number: z.string(),
  caseId: uuid,
  person: z.object({ id: uuid, firstName: z.string(), lastName: z.string() }),
  schemeCode: z.string(),
  schemeName: localizedText,
  status: z.enum(REQUEST_STATUSES),
  amountRequested: z.number().nullable(),
  currency: z.string().nullable(),
  createdAt: isoInstant({ offset: true }),
  /** The date the deciding body must decide by (set when submitted). */
  decisionDueOn: day.nullable(),
  /** The last day to appeal the latest decision, while an appeal is possible. */
  appealDueOn: day.nullable(),
  /** The Appeals Commission's deadline for a pending appeal. */
  appealDecisionDueOn: day.nullable(),
  /** A deadline of the current step has passed. */
  overdue: z.boolean(),
  version: z.number().int(),
});
export type RequestSummary = z.infer<typeof requestSummary>;
export const requestList = z.object({ items: z.array(requestSummary) });
export type RequestList = z.infer<typeof requestList>;

export const requestView = requestSummary.extend({
  caseNumber: z.string(),
  householdId: uuid,
  description: z.string(),
  decidingType: z.string(),
  decidedByCommission: z.boolean(),
  decidingInstitution: institutionRef.nullable(),
  executingType: z.string().nullable(),
  filedBy: userRef,
  submittedAt: isoInstant({ offset: true }).nullable(),
  documents: z.array(requestDocumentView),
  decisions: z.array(decisionView),
  appeals: z.array(appealView),
  execution: executionView.nullable(),
  /** The steps this user may take now. */
  actions: z.array(z.enum(REQUEST_ACTIONS)),
});
export type RequestView = z.infer<typeof requestView>;

export const benefitView = z.object({
  id: uuid,
  person: z.object({ id: uuid, firstName: z.string(), lastName: z.string() }),
  schemeCode: z.string(),
  schemeName: localizedText.nullable(),
  requestId: uuid.nullable(),
  requestNumber: z.string().nullable(),
  grantedOn: day,
  grantedBy: institutionRef,
  amount: z.number().nullable(),
  currency: z.string().nullable(),
  description: z.string().nullable(),
});
export type BenefitView = z.infer<typeof benefitView>;
export const benefitList = z.object({ items: z.array(benefitView) });

export const benefitTotalsQuery = z.object({
  scheme: z
    .string()
    .regex(/^[a-z][a-z0-9_]*$/)
    .optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export const benefitTotals = z.object({
  items: z.array(
    z.object({
      schemeCode: z.string(),
      schemeName: localizedText.nullable(),
      year: z.number().int(),
      count: z.number().int(),
      persons: z.number().int(),
      households: z.number().int(),
      amount: z.number(),
    }),
  ),
});
export type BenefitTotals = z.infer<typeof benefitTotals>;
