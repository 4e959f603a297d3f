import { z } from 'zod';
import { localizedText } from '../config/schema.js';
import { calendarDay, uuid, version } from './common.js';
import { CURRENCIES } from './requests.js';

// The Social Fund and subsidies to NGOs (issue 6, item 8). A municipality's yearly requests to the
// state per service line (Albania's Fondi Social, VKM 111/2018; in Kosovo the request to the
// ministry for social services), and the subsidies it and others give to NGOs, by source.

export const SOCIAL_FUND_STATUSES = ['draft', 'submitted', 'approved', 'rejected'] as const;
export type SocialFundStatus = (typeof SOCIAL_FUND_STATUSES)[number];
export const SUBSIDY_SOURCES = [
  'municipality',
  'mayor_office',
  'ministry_project',
  'donor',
  'co_financing',
  'service_fees',
] as const;
export type SubsidySource = (typeof SUBSIDY_SOURCES)[number];
/** Sources that must name the donor or the ministry's project. */
export const NAMED_SUBSIDY_SOURCES: readonly SubsidySource[] = ['donor', 'ministry_project'];

const day = calendarDay;
const year = z.coerce.number().int().min(2000).max(2100);
const text = z.string().trim().min(1).max(4000);
/** Money in the country's currency: never negative, at most two decimals kept. */
const amount = z.number().nonnegative().max(1e12);
const count = z.number().int().nonnegative().max(1_000_000);

export const socialFundQuery = z.object({
  year,
  /** A municipality inside the user's jurisdiction; by default all of it. */
  jurisdictionId: uuid.optional(),
});
export type SocialFundQuery = z.input<typeof socialFundQuery>;
export const socialFundXlsxQuery = socialFundQuery.extend({ language: z.enum(['sq', 'sr', 'en']) });

const placeRef = z.object({ id: uuid, code: z.string(), name: localizedText });
const providerRef = z.object({ id: uuid, name: z.string(), kind: z.string() });

export const socialFundRequestView = z.object({
  id: uuid,
  jurisdiction: placeRef,
  year: z.number().int(),
  serviceCode: z.string(),
  provider: providerRef.nullable(),
  currency: z.enum(CURRENCIES),
  municipalAmount: z.number(),
  requestedAmount: z.number(),
  status: z.enum(SOCIAL_FUND_STATUSES),
  submittedOn: z.string().nullable(),
  approvedAmount: z.number().nullable(),
  decisionNumber: z.string().nullable(),
  decisionDate: z.string().nullable(),
  rejectionReason: z.string().nullable(),
  note: z.string().nullable(),
  version: z.number().int(),
});
export type SocialFundRequestView = z.infer<typeof socialFundRequestView>;

export const subsidyReportView = z.object({ id: uuid, receivedOn: z.string(), note: z.string() });
export const subsidyView = z.object({
  id: uuid,
  jurisdiction: placeRef,
  year: z.number().int(),
  provider: providerRef.nullable(),
  /** The provider's name, or the organisation named when it is not on the provider list. */
  recipientName: z.string(),
  source: z.enum(SUBSIDY_SOURCES),
  sourceName: z.string().nullable(),
  currency: z.enum(CURRENCIES),
  amount: z.number(),
  periodFrom: z.string(),
  periodTo: z.string(),
  purpose: z.string(),
  serviceCode: z.string().nullable(),
  beneficiariesPlanned: z.number().int().nullable(),
  beneficiariesReached: z.number().int().nullable(),
  reportingObligations: z.string().nullable(),
  reports: z.array(subsidyReportView),
  version: z.number().int(),
});
export type SubsidyView = z.infer<typeof subsidyView>;

export const socialFundTotals = z.object({
  currency: z.enum(CURRENCIES),
  municipalAmount: z.number(),
  requestedAmount: z.number(),
  /** Approved requests only. */
  approvedAmount: z.number(),
  requests: z.number().int(),
});
export const subsidyBySource = z.object({
  source: z.enum(SUBSIDY_SOURCES),
  currency: z.enum(CURRENCIES),
  amount: z.number(),
  subsidies: z.number().int(),
});
export const subsidyByRecipient = z.object({
  providerId: uuid.nullable(),
  recipientName: z.string(),
  currency: z.enum(CURRENCIES),
  amount: z.number(),
  subsidies: z.number().int(),
});

export const socialFundYear = z.object({
  year: z.number().int(),
  /** The user's country's currency: new rows are in it. */
  currency: z.enum(CURRENCIES),
  requests: z.array(socialFundRequestView),
  subsidies: z.array(subsidyView),
  /** Per currency (one for a municipality). */
  totals: z.array(socialFundTotals),
  bySource: z.array(subsidyBySource),
  byRecipient: z.array(subsidyByRecipient),
  /** Whether the user may add and change rows (care.manage or plan.edit). */
  canEdit: z.boolean(),
  /** What the forms choose from: the country's care services and the providers in reach. */
  services: z.array(z.object({ code: z.string(), name: localizedText })),
  providers: z.array(providerRef.extend({ jurisdictionId: uuid })),
});
export type SocialFundYear = z.infer<typeof socialFundYear>;

export const socialFundRequestCreateBody = z.object({
  /** The municipality; by default the user's institution's. */
  jurisdictionId: uuid.optional(),
  year: z.number().int().min(2000).max(2100),
  serviceCode: z.string().min(1).max(60),
  providerId: uuid.nullable().optional(),
  municipalAmount: amount,
  requestedAmount: amount,
  note: text.nullable().optional(),
});
export type SocialFundRequestCreateBody = z.input<typeof socialFundRequestCreateBody>;
export const socialFundRequestUpdateBody = socialFundRequestCreateBody
  .omit({ jurisdictionId: true, year: true })
  .partial()
  .extend({ version });
export type SocialFundRequestUpdateBody = z.input<typeof socialFundRequestUpdateBody>;
export const socialFundSubmitBody = z.object({ version, submittedOn: day.optional() });
export type SocialFundSubmitBody = z.input<typeof socialFundSubmitBody>;
export const socialFundApproveBody = z.object({
  version,
  approvedAmount: amount,
  decisionNumber: z.string().trim().min(1).max(100),
  decisionDate: day,
});
export type SocialFundApproveBody = z.input<typeof socialFundApproveBody>;
export const socialFundRejectBody = z.object({
  version,
  reason: text,
  decisionNumber: z.string().trim().min(1).max(100).nullable().optional(),
  decisionDate: day.nullable().optional(),
});
export type SocialFundRejectBody = z.input<typeof socialFundRejectBody>;

export const subsidyCreateBody = z.object({
  jurisdictionId: uuid.optional(),
  year: z.number().int().min(2000).max(2100),
  /** An NGO of the provider list, or recipientName for an organisation outside it. */
  providerId: uuid.nullable().optional(),
  recipientName: z.string().trim().min(1).max(300).nullable().optional(),
  source: z.enum(SUBSIDY_SOURCES),
  sourceName: z.string().trim().min(1).max(300).nullable().optional(),
  amount,
  periodFrom: day,
  periodTo: day,
  purpose: text,
  serviceCode: z.string().min(1).max(60).nullable().optional(),
  beneficiariesPlanned: count.nullable().optional(),
  beneficiariesReached: count.nullable().optional(),
  reportingObligations: text.nullable().optional(),
});
export type SubsidyCreateBody = z.input<typeof subsidyCreateBody>;
export const subsidyUpdateBody = subsidyCreateBody
  .omit({ jurisdictionId: true })
  .partial()
  .extend({ version });
export type SubsidyUpdateBody = z.input<typeof subsidyUpdateBody>;
export const subsidyReportBody = z.object({ version, receivedOn: day, note: text });
export type SubsidyReportBody = z.input<typeof subsidyReportBody>;
