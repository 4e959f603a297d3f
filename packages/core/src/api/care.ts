import { z } from 'zod';
import { SENSITIVITIES } from '../access/scopes.js';
import { CARE_SERVICE_TARGET_GROUPS } from '../config/schema.js';
import { institutionRef as sortedInstitutionRef, userRef } from './cases.js';
import { calendarDay, namedRef, pageOf, pageQuery, uuid, version } from './common.js';

// Social-care cases (issue 6): identification from any channel, the needs and risk assessment
// (a configurable form), the individual care plan, referrals to services at local, regional or
// central level with a follow-up that evaluates whether the service suits the person.

/** How a case came to the social services (Pukë's referral system; Peja's sources). */
export const CARE_CHANNELS = [
  'walk_in',
  'ngo',
  'police',
  'school',
  'health',
  'village_head',
  'community_meeting',
  'phone_line',
  'returnee_case',
  'other',
] as const;
export type CareChannel = (typeof CARE_CHANNELS)[number];
/** Channels through which someone else brings the case: the referrer must be named. */
export const CARE_REFERRED_CHANNELS: readonly CareChannel[] = [
  'ngo',
  'police',
  'school',
  'health',
  'village_head',
  'community_meeting',
  'phone_line',
];

/**
 * How the case was received, whatever the channel: a village head may come to the office or
 * phone it. Default: by phone for the referral phone line, else in person.
 */
export const CARE_RECEIVED_BY = ['in_person', 'phone', 'written', 'email'] as const;
export type CareReceivedBy = (typeof CARE_RECEIVED_BY)[number];

export const CARE_STATUSES = ['identified', 'assessed', 'planned', 'in_service', 'closed'] as const;
export type CareStatus = (typeof CARE_STATUSES)[number];
export const CARE_RISK_LEVELS = ['low', 'medium', 'high', 'critical'] as const;
export type CareRiskLevel = (typeof CARE_RISK_LEVELS)[number];
/** The level of the service a person is referred to (Law 121/2016: local, regional, central). */
export const CARE_LEVELS = ['local', 'regional', 'central'] as const;
export type CareLevel = (typeof CARE_LEVELS)[number];
export const CARE_EVALUATIONS = ['suits', 'partly', 'does_not_suit'] as const;
export type CareEvaluation = (typeof CARE_EVALUATIONS)[number];
export const CARE_REFERRAL_STATUSES = ['sent', 'accepted', 'declined', 'followed_up'] as const;
export type CareReferralStatus = (typeof CARE_REFERRAL_STATUSES)[number];
/** The key of the needs-and-risk assessment form (config/forms/<country>/care_assessment.v<n>.json). */
export const CARE_ASSESSMENT_FORM = 'care_assessment';

const text = z.string().trim().min(1).max(4000);
const shortText = z.string().trim().min(1).max(200);
const serviceCode = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/)
  .max(60);

export const careOpenBody = z.object({
  personId: uuid,
  /** The municipality or administrative unit of the case; default: your institution's. */
  jurisdictionId: uuid.optional(),
  channel: z.enum(CARE_CHANNELS),
  /** Omitted: by phone for the referral phone line, else in person (the form always sends it). */
  receivedBy: z.enum(CARE_RECEIVED_BY).optional(),
  referringInstitutionId: uuid.optional(),
  /** A referrer outside the directory: "Kryetari i fshatit Qerret", "Shoqata Jeta". */
  referringParty: shortText.optional(),
  /** For the returnee_case channel: the returnee case the person came from. */
  returneeCaseId: uuid.optional(),
  /** A returnee known otherwise (no returnee case in Vatra). */
  returnee: z.boolean().default(false),
  targetGroups: z
    .array(z.enum(CARE_SERVICE_TARGET_GROUPS))
    .max(CARE_SERVICE_TARGET_GROUPS.length)
    .default([]),
  sensitivity: z.enum(SENSITIVITIES).default('normal'),
  summary: text.optional(),
});
export type CareOpenBody = z.input<typeof careOpenBody>;

export const careAssessBody = z.object({
  formVersion: z.number().int().min(1).optional(),
  data: z.record(z.string(), z.unknown()),
  version,
});
export type CareAssessBody = z.input<typeof careAssessBody>;

export const carePlanItemInput = z.object({
  /** A code of the care-service catalogue (config/<country>/care-services.json). */
  serviceCode,
  level: z.enum(CARE_LEVELS),
  responsibleInstitutionId: uuid.optional(),
  targetDate: calendarDay.optional(),
  note: text.optional(),
});
export const carePlanBody = z.object({
  goal: text,
  reviewOn: calendarDay.optional(),
  items: z.array(carePlanItemInput).min(1).max(30),
  version,
});
export type CarePlanBody = z.input<typeof carePlanBody>;

export const careReferralBody = z.object({
  serviceCode,
  level: z.enum(CARE_LEVELS),
  toInstitutionId: uuid.optional(),
  /** A provider of the providers register (issue 6, service basket). */
  providerId: uuid.optional(),
  planItemId: uuid.optional(),
  reason: text,
});
export type CareReferralBody = z.input<typeof careReferralBody>;

export const careReferralAnswerBody = z.object({
  outcome: z.enum(['accepted', 'declined']),
  declineReason: text.optional(),
  version,
});
export type CareReferralAnswerBody = z.input<typeof careReferralAnswerBody>;

export const careFollowUpBody = z.object({
  evaluation: z.enum(CARE_EVALUATIONS),
  note: text.optional(),
  version,
});
export type CareFollowUpBody = z.input<typeof careFollowUpBody>;

export const careCloseBody = z.object({ reason: text, version });
export type CareCloseBody = z.input<typeof careCloseBody>;

/** A change of a care case's sensitivity after opening (care.manage, or care.dv on the case). */
export const careSensitivityBody = z.object({ sensitivity: z.enum(SENSITIVITIES), reason: text, version });
export type CareSensitivityBody = z.input<typeof careSensitivityBody>;

export const careReferralParams = z.object({ id: uuid, referralId: uuid });

export const careListQuery = pageQuery.extend({
  /** One person's cases (the care-service forms offer the person's open case). */
  personId: uuid.optional(),
  status: z.enum(CARE_STATUSES).optional(),
  channel: z.enum(CARE_CHANNELS).optional(),
  returnee: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
});
export type CareListQuery = z.input<typeof careListQuery>;

export const careDirectoryQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
});

const personRef = z.object({ id: uuid, fullName: z.string() });
/**
 * Institutions and places carry their names in every language (LocalizedText): the page shows
 * them in the interface language, even when it changes after the case was fetched.
 */
const institutionRef = namedRef;

export const careCaseSummary = z.object({
  id: uuid,
  number: z.string(),
  person: personRef,
  jurisdiction: namedRef,
  channel: z.enum(CARE_CHANNELS),
  receivedBy: z.enum(CARE_RECEIVED_BY),
  returnee: z.boolean(),
  riskLevel: z.enum(CARE_RISK_LEVELS).nullable(),
  status: z.enum(CARE_STATUSES),
  sensitivity: z.enum(SENSITIVITIES),
  worker: userRef.nullable(),
  openedAt: z.string(),
});
export type CareCaseSummary = z.infer<typeof careCaseSummary>;
export const careCasePage = pageOf(careCaseSummary);
export type CareCasePage = z.infer<typeof careCasePage>;

export const careAssessmentView = z.object({
  id: uuid,
  formKey: z.string(),
  formVersion: z.number().int(),
  data: z.record(z.string(), z.unknown()),
  riskLevel: z.enum(CARE_RISK_LEVELS),
  institution: institutionRef,
  assessedBy: userRef,
  assessedAt: z.string(),
});
export type CareAssessmentView = z.infer<typeof careAssessmentView>;

export const carePlanItemView = z.object({
  id: uuid,
  position: z.number().int(),
  serviceCode: z.string(),
  level: z.enum(CARE_LEVELS),
  responsibleInstitution: institutionRef.nullable(),
  targetDate: z.string().nullable(),
  status: z.enum(['planned', 'in_progress', 'done', 'cancelled']),
  note: z.string().nullable(),
});
export const carePlanView = z.object({
  id: uuid,
  planVersion: z.number().int(),
  goal: z.string(),
  reviewOn: z.string().nullable(),
  createdBy: userRef,
  createdAt: z.string(),
  items: z.array(carePlanItemView),
});
export type CarePlanView = z.infer<typeof carePlanView>;

export const careReferralView = z.object({
  id: uuid,
  serviceCode: z.string(),
  level: z.enum(CARE_LEVELS),
  toInstitution: institutionRef.nullable(),
  providerId: uuid.nullable(),
  planItemId: uuid.nullable(),
  reason: z.string(),
  status: z.enum(CARE_REFERRAL_STATUSES),
  sentBy: userRef,
  sentAt: z.string(),
  answeredAt: z.string().nullable(),
  declineReason: z.string().nullable(),
  evaluation: z.enum(CARE_EVALUATIONS).nullable(),
  evaluationNote: z.string().nullable(),
  followedUpAt: z.string().nullable(),
  version: z.number().int(),
});
export type CareReferralView = z.infer<typeof careReferralView>;

export const careEventView = z.object({
  id: uuid,
  kind: z.string(),
  at: z.string(),
  actor: userRef.nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type CareEventView = z.infer<typeof careEventView>;

export const careCaseDetail = careCaseSummary.extend({
  householdId: uuid.nullable(),
  referringInstitution: institutionRef.nullable(),
  referringParty: z.string().nullable(),
  returneeCase: z.object({ id: uuid, number: z.string() }).nullable(),
  targetGroups: z.array(z.enum(CARE_SERVICE_TARGET_GROUPS)),
  responsibleInstitution: institutionRef,
  openedBy: userRef,
  summary: z.string().nullable(),
  closedAt: z.string().nullable(),
  closureReason: z.string().nullable(),
  /** Marked domestic violence (migration 0015): always restricted. */
  dv: z.boolean(),
  /**
   * The case concerns a child: a children's target group, a person under 18, or child-protection
   * records already on the case (the child-protection tab is shown only then).
   */
  concernsChild: z.boolean(),
  version: z.number().int(),
  assessments: z.array(careAssessmentView),
  plan: carePlanView.nullable(),
  referrals: z.array(careReferralView),
  timeline: z.array(careEventView),
});
export type CareCaseDetail = z.infer<typeof careCaseDetail>;

/** Pukë's indicator: cases identified and referred by each institution, per year. */
export const careDirectoryRow = z.object({
  /** The name in the user's language: the rows are sorted by it. */
  institution: sortedInstitutionRef.nullable(),
  /** A free-text referrer (not in the directory), as first typed. */
  party: z.string().nullable(),
  cases: z.number().int(),
});
export const careDirectory = z.object({
  year: z.number().int(),
  total: z.number().int(),
  rows: z.array(careDirectoryRow),
  byChannel: z.array(z.object({ channel: z.enum(CARE_CHANNELS), cases: z.number().int() })),
});
export type CareDirectory = z.infer<typeof careDirectory>;
