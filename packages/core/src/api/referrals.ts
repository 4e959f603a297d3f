import { z } from 'zod';
import { institutionRef, userRef } from './cases.js';
import { calendarDay, isoInstant, pageOf, uuid, version } from './common.js';
import { pastDate } from './registry.js';

// Referrals of a case to an institution (civil registry, Employment Office, QPS, vocational
// training, education, health, NGO, police): sent → received → accepted / declined (with a
// reason) → completed with feedback; the sending side may withdraw it before an answer. The
// receiving institution answers from its inbox; unanswered referrals age visibly.

export const REFERRAL_STATUSES = [
  'sent',
  'received',
  'accepted',
  'declined',
  'completed',
  'withdrawn',
] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];
/** Statuses in which the receiving institution still owes an answer. */
export const REFERRAL_AWAITING: readonly ReferralStatus[] = ['sent', 'received'];
export const REFERRAL_ACTIONS = ['receive', 'accept', 'decline', 'complete', 'withdraw'] as const;
export type ReferralAction = (typeof REFERRAL_ACTIONS)[number];

/**
 * Days a receiving institution has to answer (accept or decline) before the referral shows as
 * overdue, in its queue and in the sender's. A Vatra default: no law or plan sets one.
 */
export const REFERRAL_ANSWER_DAYS = 14;

const text = z.string().trim().min(1).max(4000);
/** A calendar date, YYYY-MM-DD, not in the future. */
const pastDay = pastDate;

export const referralCreateBody = z.object({
  /** The case the referral belongs to: the same as the :id of the URL. */
  caseId: uuid,
  /** A member of the case's household; without it, the person the case was opened for. */
  personId: uuid.optional(),
  toInstitutionId: uuid,
  /** A code of the country's service catalogue (config/<country>/services.json). */
  serviceCode: z
    .string()
    .regex(/^[a-z][a-z0-9_]*$/)
    .optional(),
  /** The plan item (of a draft or approved plan of the same case) this referral carries out. */
  planItemId: uuid.optional(),
  reason: text,
});
export type ReferralCreateBody = z.input<typeof referralCreateBody>;

export const referralReceiveBody = z.object({ version });
export const referralAcceptBody = z.object({ note: text.optional(), version });
export const referralDeclineBody = z.object({ reason: text, version });
export const referralCompleteBody = z.object({
  feedback: text,
  /** When the service was delivered; default today. */
  completedOn: pastDay.optional(),
  version,
});
export const referralWithdrawBody = z.object({ version });
export type ReferralAcceptBody = z.input<typeof referralAcceptBody>;
export type ReferralDeclineBody = z.input<typeof referralDeclineBody>;
export type ReferralCompleteBody = z.input<typeof referralCompleteBody>;

/**
 * The person referred, as much as the receiving institution needs (name, date of birth,
 * settlement). The sending side also gets the personal number.
 */
export const referralPerson = z.object({
  id: uuid,
  firstName: z.string(),
  lastName: z.string(),
  dateOfBirth: calendarDay.nullable(),
  birthYearOnly: z.boolean(),
  settlement: z.string(),
  /** Only for users who may see the case. */
  personalNumber: z.string().nullable(),
});

export const referralView = z.object({
  id: uuid,
  case: z.object({ id: uuid, number: z.string() }),
  /** Null when the user may not see this member (sensitive) and does not receive the referral. */
  person: referralPerson.nullable(),
  fromInstitution: institutionRef,
  toInstitution: institutionRef,
  serviceCode: z.string().nullable(),
  /** The service's name in the user's language, from the catalogue. */
  serviceName: z.string().nullable(),
  planItemId: uuid.nullable(),
  reason: z.string(),
  status: z.enum(REFERRAL_STATUSES),
  sentAt: isoInstant(),
  sentBy: userRef,
  receivedAt: isoInstant().nullable(),
  receivedBy: userRef.nullable(),
  answeredAt: isoInstant().nullable(),
  answeredBy: userRef.nullable(),
  acceptNote: z.string().nullable(),
  declineReason: z.string().nullable(),
  completedAt: isoInstant().nullable(),
  feedback: z.string().nullable(),
  /** Whole days since it was sent. */
  ageDays: z.number().int(),
  /** sent + REFERRAL_ANSWER_DAYS. */
  answerDueAt: isoInstant(),
  /** Still sent or received: the receiving institution owes an answer. */
  awaitingAnswer: z.boolean(),
  /** Awaiting an answer past answerDueAt. */
  overdue: z.boolean(),
  /** The user may open the case (the sending side); the receiving side sees the referral only. */
  caseVisible: z.boolean(),
  /** What the user may do next (the server checks again). */
  allowed: z.array(z.enum(REFERRAL_ACTIONS)),
  updatedAt: isoInstant(),
  version,
});
export type ReferralView = z.infer<typeof referralView>;

export const referralList = z.object({ items: z.array(referralView) });
export const referralInboxQuery = z.object({
  status: z.enum(REFERRAL_STATUSES).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export const referralPage = pageOf(referralView);
