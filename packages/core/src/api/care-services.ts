import { z } from 'zod';
import { CARE_SERVICE_CATEGORIES, CARE_SERVICE_TARGET_GROUPS, localizedText } from '../config/schema.js';
import { calendarDay, uuid, version } from './common.js';

// The social-care service basket (issue 6, items 3 and 4): the catalogue of the country, the
// providers of a municipality with licence, funding and the services they offer with a capacity,
// enrolments (a place, or the waiting list in the order of request) and the Municipal Council's
// approval of beneficiaries of community and residential services.

export const PROVIDER_KINDS = ['public', 'ngo', 'private'] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];
export const FUNDING_SOURCES = [
  'municipality',
  'ministry',
  'social_fund',
  'housing_fund',
  'donor',
  'user_fees',
] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];
/** valid; expiring within 60 days; expired; none recorded. Expired and none refuse new places. */
export const LICENCE_STATUSES = ['valid', 'expiring', 'expired', 'none'] as const;
export type LicenceStatus = (typeof LICENCE_STATUSES)[number];
export const ENROLMENT_STATUSES = ['waiting', 'active', 'ended'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];
export const END_REASONS = [
  'completed',
  'moved',
  'deceased',
  'declined',
  'no_longer_eligible',
  'withdrawn',
  'other',
] as const;
export type EndReason = (typeof END_REASONS)[number];
export const APPROVAL_LIST_STATUSES = ['draft', 'submitted', 'decided'] as const;
export type ApprovalListStatus = (typeof APPROVAL_LIST_STATUSES)[number];
export const APPROVAL_DECISIONS = ['approved', 'rejected'] as const;
export type ApprovalDecision = (typeof APPROVAL_DECISIONS)[number];

const day = calendarDay;
const name = z.string().trim().min(1).max(300);
const note = z.string().trim().min(1).max(4000);

export const careServiceView = z.object({
  code: z.string(),
  category: z.enum(CARE_SERVICE_CATEGORIES),
  name: localizedText,
  targetGroups: z.array(z.enum(CARE_SERVICE_TARGET_GROUPS)),
  standard: localizedText,
  /** Beneficiaries need the Municipal Council's approval before a place is taken. */
  councilApproval: z.boolean(),
});
export type CareServiceView = z.infer<typeof careServiceView>;
export const careServiceList = z.object({
  councilApproval: z.array(z.enum(CARE_SERVICE_CATEGORIES)),
  items: z.array(careServiceView),
});
export type CareServiceList = z.infer<typeof careServiceList>;

const placeRef = z.object({ id: uuid, code: z.string(), name: localizedText });

export const providerServiceView = z.object({
  id: uuid,
  serviceCode: z.string(),
  capacity: z.number().int(),
  place: z.string().nullable(),
  active: z.boolean(),
  /** Active enrolments, persons waiting, and places free (never below zero). */
  occupied: z.number().int(),
  waiting: z.number().int(),
  free: z.number().int(),
  version: z.number().int(),
});
export type ProviderServiceView = z.infer<typeof providerServiceView>;

export const providerSummary = z.object({
  id: uuid,
  jurisdiction: placeRef,
  name: z.string(),
  kind: z.enum(PROVIDER_KINDS),
  licenceNumber: z.string().nullable(),
  licenceValidUntil: z.string().nullable(),
  licenceStatus: z.enum(LICENCE_STATUSES),
  settlement: z.string(),
  address: z.string().nullable(),
  fundingSource: z.enum(FUNDING_SOURCES),
  fundingNote: z.string().nullable(),
  active: z.boolean(),
  version: z.number().int(),
  services: z.array(providerServiceView),
});
export type ProviderSummary = z.infer<typeof providerSummary>;
export const providerList = z.object({ items: z.array(providerSummary) });
export type ProviderList = z.infer<typeof providerList>;

export const careServicePerson = z.object({
  id: uuid,
  /** Empty when the person's sensitivity is beyond the reader's (hidden is then true). */
  name: z.string(),
  hidden: z.boolean(),
});

export const enrolmentView = z.object({
  id: uuid,
  person: careServicePerson,
  careCase: z.object({ id: uuid, number: z.string() }).nullable(),
  providerId: uuid,
  providerName: z.string(),
  providerServiceId: uuid,
  serviceCode: z.string(),
  status: z.enum(ENROLMENT_STATUSES),
  requestedOn: z.string(),
  /** 1 for the first person waiting; null unless waiting. */
  position: z.number().int().nullable(),
  /** First in the queue while a place is free: offered the place (a user moves them to active). */
  offered: z.boolean(),
  startedOn: z.string().nullable(),
  endedOn: z.string().nullable(),
  endReason: z.enum(END_REASONS).nullable(),
  endNote: z.string().nullable(),
  approvalItemId: uuid.nullable(),
  version: z.number().int(),
});
export type EnrolmentView = z.infer<typeof enrolmentView>;
export const enrolmentList = z.object({ items: z.array(enrolmentView) });
export type EnrolmentList = z.infer<typeof enrolmentList>;

export const providerView = providerSummary.extend({
  /** Active places and the waiting lists, each service's queue in order. */
  enrolments: z.array(enrolmentView),
});
export type ProviderView = z.infer<typeof providerView>;

const licence = {
  licenceNumber: z.string().trim().min(1).max(100).nullable().optional(),
  licenceValidUntil: day.nullable().optional(),
};

export const providerCreateBody = z.object({
  /** The municipality; by default the user's institution's. */
  jurisdictionId: uuid.optional(),
  name,
  kind: z.enum(PROVIDER_KINDS),
  ...licence,
  settlement: z.string().trim().min(1).max(200),
  address: z.string().trim().min(1).max(300).nullable().optional(),
  fundingSource: z.enum(FUNDING_SOURCES),
  fundingNote: note.nullable().optional(),
});
export type ProviderCreateBody = z.input<typeof providerCreateBody>;

export const providerUpdateBody = providerCreateBody
  .omit({ jurisdictionId: true })
  .partial()
  .extend({ active: z.boolean().optional(), version });
export type ProviderUpdateBody = z.input<typeof providerUpdateBody>;

export const providerServiceParams = z.object({ id: uuid, serviceId: uuid });
export const providerServiceBody = z.object({
  serviceCode: z.string().min(1).max(60),
  capacity: z.number().int().min(1).max(10000),
  place: z.string().trim().min(1).max(300).nullable().optional(),
  /** The provider's version: adding a service changes the provider. */
  version,
});
export type ProviderServiceBody = z.input<typeof providerServiceBody>;
export const providerServiceUpdateBody = z.object({
  capacity: z.number().int().min(1).max(10000).optional(),
  place: z.string().trim().min(1).max(300).nullable().optional(),
  active: z.boolean().optional(),
  version,
});
export type ProviderServiceUpdateBody = z.input<typeof providerServiceUpdateBody>;

export const enrolBody = z.object({
  providerServiceId: uuid,
  personId: uuid,
  careCaseId: uuid.nullable().optional(),
  requestedOn: day.optional(),
  /** Put the person on the waiting list instead of taking a place now. */
  waitingList: z.boolean().default(false),
  startedOn: day.optional(),
});
export type EnrolBody = z.input<typeof enrolBody>;
export const enrolmentActivateBody = z.object({ version, startedOn: day.optional() });
export type EnrolmentActivateBody = z.input<typeof enrolmentActivateBody>;
export const enrolmentEndBody = z.object({
  version,
  endedOn: day.optional(),
  reason: z.enum(END_REASONS),
  note: note.optional(),
});
export type EnrolmentEndBody = z.input<typeof enrolmentEndBody>;

export const approvalDocument = z.object({ id: uuid, fileName: z.string(), docType: z.string() });
export const approvalItemView = z.object({
  id: uuid,
  position: z.number().int(),
  person: careServicePerson,
  careCase: z.object({ id: uuid, number: z.string() }).nullable(),
  serviceCode: z.string(),
  providerServiceId: uuid.nullable(),
  providerName: z.string().nullable(),
  note: z.string().nullable(),
  documents: z.array(approvalDocument),
  decision: z.enum(APPROVAL_DECISIONS).nullable(),
  decisionReason: z.string().nullable(),
});
export type ApprovalItemView = z.infer<typeof approvalItemView>;

export const approvalListSummary = z.object({
  id: uuid,
  jurisdiction: placeRef,
  title: z.string(),
  status: z.enum(APPROVAL_LIST_STATUSES),
  createdAt: z.string(),
  submittedAt: z.string().nullable(),
  councilDecisionNumber: z.string().nullable(),
  councilDecisionDate: z.string().nullable(),
  items: z.number().int(),
  approved: z.number().int(),
  rejected: z.number().int(),
  version: z.number().int(),
});
export type ApprovalListSummary = z.infer<typeof approvalListSummary>;
export const approvalLists = z.object({ items: z.array(approvalListSummary) });
export type ApprovalLists = z.infer<typeof approvalLists>;
export const approvalListView = approvalListSummary.extend({ entries: z.array(approvalItemView) });
export type ApprovalListView = z.infer<typeof approvalListView>;

export const approvalListCreateBody = z.object({ title: name, jurisdictionId: uuid.optional() });
export type ApprovalListCreateBody = z.input<typeof approvalListCreateBody>;
export const approvalItemBody = z.object({
  personId: uuid,
  careCaseId: uuid.nullable().optional(),
  serviceCode: z.string().min(1).max(60),
  providerServiceId: uuid.nullable().optional(),
  note: note.optional(),
  /** The proposal's documentation: documents of the person in the documents area. */
  documentIds: z.array(uuid).max(20).default([]),
  version,
});
export type ApprovalItemBody = z.input<typeof approvalItemBody>;
export const approvalItemParams = z.object({ id: uuid, itemId: uuid });
export const approvalSubmitBody = z.object({ version });
export const approvalDecideBody = z.object({
  version,
  councilDecisionNumber: z.string().trim().min(1).max(100),
  councilDecisionDate: day,
  /** A decision on every proposal of the list; a rejection gives its reason. */
  items: z
    .array(
      z.object({
        itemId: uuid,
        decision: z.enum(APPROVAL_DECISIONS),
        reason: note.optional(),
      }),
    )
    .min(1)
    .max(500),
});
export type ApprovalDecideBody = z.input<typeof approvalDecideBody>;
