import { z } from 'zod';
import { LOCALES } from '../i18n/locales.js';
import { calendarDay, uuid, version } from './common.js';

// Child protection on a social-care case (issue 6, item 6): the individual protection plan, the
// intersectoral group, the reports to the State Agency every 3 months, and the yearly list of
// procedural representatives.

export const CHILD_GROUP_ROLES = [
  'coordinator',
  'education',
  'health',
  'police',
  'social',
  'ngo',
  'other',
] as const;
export type ChildGroupRole = (typeof CHILD_GROUP_ROLES)[number];

const text = (max: number) => z.string().trim().min(1).max(max);

export const childMeasure = z.object({
  measure: text(500),
  responsible: text(200),
  dueOn: calendarDay.nullable().default(null),
});

export const childPlanBody = z.object({
  goals: z.array(text(500)).min(1).max(20),
  measures: z.array(childMeasure).min(1).max(40),
  /** The child-protection worker who supervises the plan (must hold care.child). */
  supervisedBy: uuid,
  /** The care case's version the client saw. */
  version,
});

export const childPlanApproveBody = z.object({ version });
export const childPlanParams = z.object({ id: uuid, planId: uuid });

export const childGroupMemberBody = z.object({
  institutionId: uuid,
  userId: uuid.nullable().default(null),
  role: z.enum(CHILD_GROUP_ROLES),
  version,
});

export const childMeetingBody = z.object({
  heldOn: calendarDay,
  decisions: text(4000),
  version,
});

export const childReportBody = z.object({
  /** The n-th reporting period from the case's opening (1 = the first 3 months). */
  period: z.number().int().min(1).max(400),
  submittedOn: calendarDay,
  summary: text(4000),
  version,
});

export const childPlan = z.object({
  id: uuid,
  planNumber: z.number().int(),
  status: z.enum(['draft', 'approved', 'superseded']),
  goals: z.array(z.string()),
  measures: z.array(z.object({ measure: z.string(), responsible: z.string(), dueOn: z.string().nullable() })),
  supervisedBy: z.object({ id: uuid, fullName: z.string() }),
  createdAt: z.string(),
  approvedAt: z.string().nullable(),
  approvedBy: z.string().nullable(),
});
export type ChildPlan = z.infer<typeof childPlan>;

export const childReportSlot = z.object({
  period: z.number().int(),
  startsOn: z.string(),
  dueOn: z.string(),
  status: z.enum(['submitted', 'overdue', 'due_soon', 'upcoming']),
  submittedOn: z.string().nullable(),
  summary: z.string().nullable(),
  submittedBy: z.string().nullable(),
});
export type ChildReportSlot = z.infer<typeof childReportSlot>;

export const childProtection = z.object({
  careCaseId: uuid,
  caseVersion: z.number().int(),
  /** Months between reports to the State Agency (the country's childProtectionReport deadline). */
  reportEveryMonths: z.number().int(),
  plans: z.array(childPlan),
  group: z.array(
    z.object({
      id: uuid,
      institution: z.object({ id: uuid, name: z.string() }),
      user: z.object({ id: uuid, fullName: z.string() }).nullable(),
      role: z.enum(CHILD_GROUP_ROLES),
    }),
  ),
  meetings: z.array(
    z.object({ id: uuid, heldOn: z.string(), decisions: z.string(), recordedBy: z.string() }),
  ),
  /** Every period begun so far and the next one, oldest first. */
  reports: z.array(childReportSlot),
});
export type ChildProtection = z.infer<typeof childProtection>;

export const representativesQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  /** The municipality; default: the user's own jurisdiction. */
  jurisdictionId: uuid.optional(),
});

export const representativeBody = z.object({
  jurisdictionId: uuid,
  year: z.number().int().min(2000).max(2100),
  fullName: text(200),
  institution: text(200),
  qualification: text(200),
  appointedOn: calendarDay,
});

export const representativeList = z.object({
  jurisdiction: z.object({ id: uuid, name: z.string() }),
  year: z.number().int(),
  items: z.array(
    z.object({
      id: uuid,
      fullName: z.string(),
      institution: z.string(),
      qualification: z.string(),
      appointedOn: z.string(),
    }),
  ),
});
export type RepresentativeList = z.infer<typeof representativeList>;

/** The XLSX export: the same list, headings in the language asked for (default: the user's). */
export const representativesExportQuery = representativesQuery.extend({
  locale: z.enum(LOCALES).optional(),
});
