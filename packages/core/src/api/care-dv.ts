import { z } from 'zod';
import { calendarDay, uuid, version } from './common.js';

// Domestic violence (issue 6 item 5): protection orders with their 60-day monitoring reports,
// the intersectoral technical group of a case and its meetings, the steering committee.

export const PROTECTION_ORDER_KINDS = ['immediate', 'regular'] as const;
export type ProtectionOrderKind = (typeof PROTECTION_ORDER_KINDS)[number];
export const DV_GROUP_ROLES = [
  'coordinator',
  'social_services',
  'police',
  'health',
  'education',
  'justice',
  'ngo',
  'other',
] as const;
export type DvGroupRole = (typeof DV_GROUP_ROLES)[number];
export const DV_REPORT_STATES = ['submitted', 'overdue', 'due_soon', 'upcoming'] as const;
export type DvReportState = (typeof DV_REPORT_STATES)[number];

const shortText = z.string().trim().min(1).max(200);
const text = z.string().trim().min(1).max(4000);
const day = calendarDay;

export const dvMarkBody = z.object({ version });
export const dvOrderBody = z.object({
  version,
  kind: z.enum(PROTECTION_ORDER_KINDS),
  court: shortText,
  orderNumber: z.string().trim().min(1).max(60),
  issuedOn: day,
  validUntil: day,
  policeInformedOn: day.optional(),
});
export type DvOrderBody = z.input<typeof dvOrderBody>;
export const dvReportBody = z.object({
  version,
  summary: text,
  policeInformed: z.boolean(),
  submittedOn: day.optional(),
});
export type DvReportBody = z.input<typeof dvReportBody>;
export const dvMemberBody = z.object({
  version,
  /** An institution in Vatra, or the name of one outside it (police, court, health centre). */
  institutionId: uuid.optional(),
  institutionName: shortText.optional(),
  userId: uuid.optional(),
  role: z.enum(DV_GROUP_ROLES),
});
export type DvMemberBody = z.input<typeof dvMemberBody>;
export const dvMeetingBody = z.object({
  version,
  heldOn: day,
  notes: text,
  attendees: z.array(shortText).max(40).default([]),
});
export type DvMeetingBody = z.input<typeof dvMeetingBody>;
/** A court's extension of an order: the new last day (after the current one) and its decision. */
export const dvExtendBody = z.object({
  version,
  validUntil: day,
  decisionNumber: z.string().trim().min(1).max(60),
  decidedOn: day,
  /** When another court than the one that issued the order decided the extension. */
  court: shortText.optional(),
});
export type DvExtendBody = z.input<typeof dvExtendBody>;
export const dvOrderParams = z.object({ id: uuid, orderId: uuid });

export const dvOrderExtension = z.object({
  id: uuid,
  previousValidUntil: day,
  validUntil: day,
  decisionNumber: z.string(),
  decidedOn: day,
  court: z.string().nullable(),
  recordedBy: z.string(),
});
export type DvOrderExtension = z.infer<typeof dvOrderExtension>;

export const dvReportSlot = z.object({
  periodIndex: z.number().int(),
  dueOn: day,
  state: z.enum(DV_REPORT_STATES),
  report: z
    .object({
      id: uuid,
      submittedOn: day,
      summary: z.string(),
      policeInformed: z.boolean(),
      submittedBy: z.string(),
    })
    .nullable(),
});
export type DvReportSlot = z.infer<typeof dvReportSlot>;

export const protectionOrder = z.object({
  id: uuid,
  kind: z.enum(PROTECTION_ORDER_KINDS),
  court: z.string(),
  orderNumber: z.string(),
  issuedOn: day,
  validUntil: day,
  policeInformedOn: day.nullable(),
  valid: z.boolean(),
  reports: z.array(dvReportSlot),
  /** The court's extensions, oldest first; validUntil is the latest one's. */
  extensions: z.array(dvOrderExtension),
  version: z.number().int(),
});
export type ProtectionOrder = z.infer<typeof protectionOrder>;

export const dvCaseBody = z.object({
  careCaseId: uuid,
  number: z.string(),
  dv: z.boolean(),
  /** The country's report interval (days or months), as configured. */
  reportEvery: z.object({ value: z.number().int(), unit: z.enum(['hours', 'days', 'months']) }),
  orders: z.array(protectionOrder),
  members: z.array(
    z.object({
      id: uuid,
      institution: z.object({ id: uuid, code: z.string(), name: z.string() }).nullable(),
      institutionName: z.string().nullable(),
      user: z.object({ id: uuid, fullName: z.string() }).nullable(),
      role: z.enum(DV_GROUP_ROLES),
    }),
  ),
  meetings: z.array(z.object({ id: uuid, heldOn: day, notes: z.string(), attendees: z.array(z.string()) })),
  version: z.number().int(),
});
export type DvCaseBody = z.infer<typeof dvCaseBody>;

export const dvSteeringQuery = z.object({ jurisdictionId: uuid.optional() });
export const dvSteeringBody = z.object({
  jurisdictionId: uuid.optional(),
  heldOn: day,
  chairedBy: shortText,
  agenda: text,
  minutes: text.optional(),
});
export type DvSteeringBody = z.input<typeof dvSteeringBody>;
export const dvSteeringMeeting = z.object({
  id: uuid,
  jurisdiction: z.string(),
  heldOn: day,
  chairedBy: z.string(),
  agenda: z.string(),
  minutes: z.string().nullable(),
});
export type DvSteeringMeeting = z.infer<typeof dvSteeringMeeting>;
export const dvSteeringList = z.object({ items: z.array(dvSteeringMeeting) });
