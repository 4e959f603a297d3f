import { z } from 'zod';
import { SENSITIVITIES } from '../access/scopes.js';
import { NEED_DOMAINS, NEED_PRIORITIES } from '../forms/needs.js';
import { personSummary } from './registry.js';
import { calendarDay, isoInstant, namedRef, pageOf, pageQuery, uuid, version } from './common.js';

const jurisdictionRef = namedRef;

// The case path: a case per household, opened at registration, through the 72-hour visit, the
// FVN and anamnesis, the individual plan (PIR/PII), the case manager's appointment, referrals,
// monthly monitoring, to closure with an outcome (or transfer to another municipality).

export const CASE_KINDS = ['returnee', 'foreigner'] as const;
export const CASE_STAGES = ['registered', 'visited', 'assessed', 'planned', 'monitoring', 'closed'] as const;
export type CaseStage = (typeof CASE_STAGES)[number];
export const CASE_STATUSES = ['open', 'closed'] as const;
export const CASE_OUTCOMES = [
  'sustainable_reintegration',
  'moved',
  're_emigrated',
  'deceased',
  'other',
] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];
export const VISIT_OUTCOMES = ['completed', 'not_found', 'postponed'] as const;
export const PLAN_TYPES = ['PIR', 'PII'] as const;
export const PLAN_STATUSES = ['draft', 'approved', 'superseded'] as const;
export const PLAN_ITEM_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const;
export const PLAN_ACHIEVED = ['fully', 'partly', 'not'] as const;
/** The forms a case holds; each has a definition in config/forms/<country>/. */
export const CASE_FORMS = ['fvn', 'anamnesis'] as const;
export type CaseForm = (typeof CASE_FORMS)[number];

const note = z.string().trim().min(1).max(4000);
const shortText = z.string().trim().min(1).max(200);
/** A calendar date, YYYY-MM-DD. */
const isoDate = calendarDay;
/** "2026-11": a month. */
export const period = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'month');

export const userRef = z.object({ id: uuid, fullName: z.string() });
export const institutionRef = z.object({ id: uuid, code: z.string(), name: z.string() });

export const caseOpenBody = z.object({
  householdId: uuid,
  /** The person the case is opened for: the head of household or the applicant. */
  personId: uuid,
  sensitivity: z.enum(SENSITIVITIES).default('normal'),
});
export type CaseOpenBody = z.input<typeof caseOpenBody>;

export const caseSummary = z.object({
  id: uuid,
  number: z.string(),
  jurisdiction: jurisdictionRef,
  settlement: z.string(),
  person: personSummary,
  householdId: uuid,
  kind: z.enum(CASE_KINDS),
  planType: z.enum(PLAN_TYPES),
  stage: z.enum(CASE_STAGES),
  status: z.enum(CASE_STATUSES),
  sensitivity: z.enum(SENSITIVITIES),
  clockStart: isoInstant(),
  visitDueAt: isoInstant(),
  /** No completed visit and the 72 hours are over. */
  visitOverdue: z.boolean(),
  closureDueOn: isoDate,
  caseManager: userRef.nullable(),
  outcome: z.enum(CASE_OUTCOMES).nullable(),
  /** The last month with a monitoring entry that recorded nothing received. */
  receivedNothing: z.boolean(),
  updatedAt: isoInstant(),
});
export type CaseSummary = z.infer<typeof caseSummary>;

export const caseListQuery = pageQuery.extend({
  status: z.enum(CASE_STATUSES).optional(),
  stage: z.enum(CASE_STAGES).optional(),
  jurisdictionId: uuid.optional(),
  /** Case number or a name. */
  q: z.string().trim().max(80).optional(),
  /** Only cases I manage or work on. */
  mine: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
});
export const casePage = pageOf(caseSummary);

export const visitTeamMember = z.object({ institutionId: uuid.nullable(), name: shortText });
export const visitBody = z.object({
  visitedAt: isoInstant({ offset: true }),
  outcome: z.enum(VISIT_OUTCOMES),
  team: z.array(visitTeamMember).min(1).max(10),
  notes: note.nullable().optional(),
});
export type VisitBody = z.input<typeof visitBody>;
export const visitView = z.object({
  id: uuid,
  visitedAt: isoInstant(),
  outcome: z.enum(VISIT_OUTCOMES),
  team: z.array(visitTeamMember),
  notes: z.string().nullable(),
  recordedBy: userRef,
  onTime: z.boolean(),
});

export const formSubmitBody = z.object({
  formVersion: z.number().int().min(1),
  /** The answers, shaped by the definition (core validateSubmission). */
  data: z.record(z.string(), z.unknown()),
  /** Correcting an earlier submission: the id of the one being corrected. */
  corrects: uuid.optional(),
});
export type FormSubmitBody = z.input<typeof formSubmitBody>;
export const formKeyParams = z.object({ id: uuid, formKey: z.enum(CASE_FORMS) });

export const needView = z.object({
  domain: z.enum(NEED_DOMAINS),
  priority: z.enum(NEED_PRIORITIES),
  note: z.string().optional(),
  path: z.string(),
  section: z.string(),
  field: z.string(),
  member: z.string().optional(),
});
export type NeedView = z.infer<typeof needView>;

export const submissionView = z.object({
  id: uuid,
  formKey: z.string(),
  formVersion: z.number().int(),
  seriesId: uuid,
  revision: z.number().int(),
  data: z.record(z.string(), z.unknown()),
  needs: z.array(needView),
  submittedBy: userRef,
  submittedAt: isoInstant(),
});
export type SubmissionView = z.infer<typeof submissionView>;

export const planItemInput = z.object({
  serviceCode: z.string().regex(/^[a-z][a-z0-9_]*$/),
  /** The FVN need it answers ('housing.need'). */
  needPath: z.string().max(120).nullable().optional(),
  priority: z.enum(NEED_PRIORITIES),
  responsibleInstitutionId: uuid.nullable().optional(),
  targetDate: isoDate.nullable().optional(),
  note: note.nullable().optional(),
});
export const planBody = z.object({
  /** null: the household's plan; otherwise one member's. */
  personId: uuid.nullable(),
  goal: note.nullable().optional(),
  items: z.array(planItemInput).min(1).max(60),
});
export type PlanBody = z.input<typeof planBody>;
export const planUpdateBody = planBody.omit({ personId: true }).extend({ version });
export const planItemStatusBody = z.object({ status: z.enum(PLAN_ITEM_STATUSES), version });

export const planItemView = z.object({
  id: uuid,
  position: z.number().int(),
  serviceCode: z.string(),
  needPath: z.string().nullable(),
  domain: z.enum(NEED_DOMAINS),
  priority: z.enum(NEED_PRIORITIES),
  responsibleInstitution: institutionRef.nullable(),
  targetDate: isoDate.nullable(),
  status: z.enum(PLAN_ITEM_STATUSES),
  note: z.string().nullable(),
});
export const planView = z.object({
  id: uuid,
  caseId: uuid,
  personId: uuid.nullable(),
  planType: z.enum(PLAN_TYPES),
  planVersion: z.number().int(),
  status: z.enum(PLAN_STATUSES),
  goal: z.string().nullable(),
  items: z.array(planItemView),
  createdBy: userRef,
  createdAt: isoInstant(),
  approvedBy: userRef.nullable(),
  approvedAt: isoInstant().nullable(),
  version,
});
export type PlanView = z.infer<typeof planView>;

export const caseManagerBody = z.object({
  userId: uuid,
  decisionDate: isoDate,
  reason: note.nullable().optional(),
  version,
});
export const assignmentView = z.object({
  id: uuid,
  user: userRef,
  decisionNumber: z.string(),
  decisionDate: isoDate,
  reason: z.string().nullable(),
  appointedBy: userRef,
  appointedAt: isoInstant(),
  endedAt: isoInstant().nullable(),
});

export const monitoringBody = z.object({
  period,
  formVersion: z.number().int().min(1),
  data: z.record(z.string(), z.unknown()),
});
export const monitoringView = z.object({
  id: uuid,
  period: z.string(),
  receivedNothing: z.boolean(),
  submissionId: uuid,
  createdBy: userRef,
  createdAt: isoInstant(),
});

export const closeBody = z
  .object({
    outcome: z.enum(CASE_OUTCOMES),
    planAchieved: z.enum(PLAN_ACHIEVED),
    evaluation: note,
    /** The DRPR regional coordinator who evaluated with ZKKK: a user, or a name when not in Vatra. */
    coordinatorId: uuid.nullable().optional(),
    coordinatorName: shortText.nullable().optional(),
    note: note.nullable().optional(),
    /** Outcome "moved": the municipality the case continues in. */
    movedToJurisdictionId: uuid.nullable().optional(),
    version,
  })
  .superRefine((body, ctx) => {
    if (body.outcome === 'moved' && !body.movedToJurisdictionId)
      ctx.addIssue({ code: 'custom', path: ['movedToJurisdictionId'], message: 'required' });
    if (!body.coordinatorId && !body.coordinatorName)
      ctx.addIssue({ code: 'custom', path: ['coordinatorName'], message: 'required' });
  });
export type CloseBody = z.input<typeof closeBody>;
export const reopenBody = z.object({ reason: note, version });
export const rentFundBody = z.object({ since: isoDate.nullable(), version });
export const rentReviewBody = z.object({ reviewedOn: isoDate, note, version });

export const certificateView = z.object({
  id: uuid,
  number: z.string(),
  personId: uuid,
  issuedOn: isoDate,
  issuedBy: userRef,
});
export const certificateBody = z.object({ personId: uuid });

export const closureView = z.object({
  outcome: z.enum(CASE_OUTCOMES),
  planAchieved: z.enum(PLAN_ACHIEVED),
  evaluation: z.string(),
  coordinator: z.string().nullable(),
  note: z.string().nullable(),
  movedTo: jurisdictionRef.nullable(),
  closedAt: isoInstant(),
  closedBy: userRef,
});

export const caseDetail = caseSummary.extend({
  members: z.array(personSummary),
  hiddenMembers: z.number().int(),
  visits: z.array(visitView),
  forms: z.array(submissionView),
  plans: z.array(planView),
  assignments: z.array(assignmentView),
  monitoring: z.array(monitoringView),
  certificates: z.array(certificateView),
  closure: closureView.nullable(),
  transferredFrom: z.object({ id: uuid, number: z.string() }).nullable(),
  transferredTo: z.object({ id: uuid, number: z.string() }).nullable(),
  reopenedCount: z.number().int(),
  rentFundSince: isoDate.nullable(),
  rentReviewedOn: isoDate.nullable(),
  /** What the user may do next here (the server checks again). */
  allowed: z.array(z.string()),
  version,
});
export type CaseDetail = z.infer<typeof caseDetail>;

export const caseEventView = z.object({
  id: uuid,
  kind: z.string(),
  at: isoInstant(),
  actor: userRef.nullable(),
  institution: institutionRef.nullable(),
  personId: uuid.nullable(),
  details: z.record(z.string(), z.unknown()),
});
export const caseTimeline = z.object({ items: z.array(caseEventView) });
export type CaseEventView = z.infer<typeof caseEventView>;

export const serviceView = z.object({
  code: z.string(),
  domain: z.enum(NEED_DOMAINS),
  responsibleInstitutionType: z.string(),
  name: z.object({ sq: z.string(), sr: z.string(), en: z.string() }),
});
export const serviceCatalogue = z.object({ items: z.array(serviceView) });
export type ServiceView = z.infer<typeof serviceView>;

export const sensitivityBody = z.object({ sensitivity: z.enum(SENSITIVITIES), version });
export const teamMemberBody = z.object({ userId: uuid });
export const caseTeam = z.object({
  items: z.array(
    z.object({ user: userRef, institution: z.string(), role: z.string(), addedAt: isoInstant() }),
  ),
});
