import { z } from 'zod';
import { COMMUNITIES } from '../registry/vocabulary.js';
import { calendarDay, uuid, version } from './common.js';

// The registers an action plan requires besides its rows (Kaçanik 11.3 and 9.12, Peja 2026 7–9,
// Gjilan 10.3, Peja strategy 8.5): the monitoring team appointed by the Mayor's decision, meetings
// with the cases discussed, trainings, a contacts directory, projects and donors (to avoid
// duplicated services), a risk register, and outreach events by community, language and channel
// with the cases identified afterwards. Each entry belongs to one plan; the :kind of the URL
// names the register and the body's `kind` must match it.

export const PLAN_REGISTER_KINDS = [
  'team',
  'meeting',
  'training',
  'contact',
  'project',
  'risk',
  'outreach',
] as const;
export type PlanRegisterKind = (typeof PLAN_REGISTER_KINDS)[number];

export const TEAM_ROLES = ['chair', 'deputy_chair', 'member', 'secretary'] as const;
/** Kaçanik 9.12 lists regular / ad hoc / directorate / network / donor / inter-municipal / forum / school team. */
export const MEETING_TYPES = [
  'monitoring_team',
  'case_conference',
  'directorates',
  'local_network',
  'implementing_organisations',
  'donors',
  'inter_municipal',
  'community_forum',
  'other',
] as const;
export const CONTACT_LANGUAGES = ['sq', 'sr', 'bs', 'tr', 'rom', 'en', 'de'] as const;
export const PROJECT_SCOPES = ['settlements', 'municipality', 'region', 'national'] as const;
export const PROJECT_CURRENCIES = ['EUR', 'ALL'] as const;
export const RISK_STATUSES = ['open', 'monitored', 'mitigated', 'closed'] as const;
export const RISK_LEVELS = ['low', 'medium', 'high', 'critical'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
export const OUTREACH_TYPES = [
  'campaign',
  'information_meeting',
  'leaflet',
  'media',
  'door_to_door',
] as const;
/** Peja's strategy names local TV and radio (Gorazhdec, Peja, Bosnian-language), leaflets and meetings. */
export const OUTREACH_CHANNELS = [
  'in_person',
  'local_radio',
  'local_tv',
  'social_media',
  'print',
  'community_mediator',
  'school',
  'other',
] as const;

const MAX_CASES = 100;
const name = z.string().trim().min(1).max(200);
const shortText = z.string().trim().min(1).max(500);
const longText = z.string().trim().min(1).max(10000);
const optionalShort = z.string().trim().max(500).optional();
const day = calendarDay;
const people = z.array(z.string().trim().min(1).max(300)).max(500);
const caseIds = z.array(uuid).max(MAX_CASES);
const count = z.number().int().min(0).max(1000000);
const scale = z.number().int().min(1).max(5);

/** A member of the monitoring team (3–5 municipal representatives appointed by the Mayor's decision). */
export const teamMemberFields = z.object({
  name,
  institution: shortText,
  teamRole: z.enum(TEAM_ROLES),
  /** The Mayor's decision appointing the team, e.g. "01-016/2026-112". */
  decisionNumber: z.string().trim().min(1).max(100),
  decisionDate: day,
  from: day,
  to: day.optional(),
  phone: z.string().trim().max(50).optional(),
  email: z.email().optional(),
});

export const meetingFields = z.object({
  meetingType: z.enum(MEETING_TYPES),
  date: day,
  place: optionalShort,
  /** One line per participant: name and institution. */
  participants: people,
  /** The cases discussed: cases of the plan's municipality. */
  caseIds: caseIds.default([]),
  minutes: z.string().trim().max(20000).optional(),
  decisions: z.string().trim().max(10000).optional(),
});

export const trainingFields = z.object({
  topic: shortText,
  date: day,
  organiser: shortText,
  participantsCount: count,
  /** Names of the participants, as on the signature list. */
  participants: people.default([]),
  /** Institutions the participants came from. */
  institutions: z.array(z.string().trim().min(1).max(300)).max(100).default([]),
  hours: z.number().min(0).max(1000).optional(),
});

export const contactFields = z.object({
  name,
  institution: shortText,
  position: optionalShort,
  phone: z.string().trim().max(50).optional(),
  email: z.email().optional(),
  languages: z.array(z.enum(CONTACT_LANGUAGES)).max(CONTACT_LANGUAGES.length).default([]),
  note: z.string().trim().max(2000).optional(),
});

export const projectFields = z.object({
  title: shortText,
  donor: shortText,
  implementer: shortText,
  from: day,
  to: day.optional(),
  budget: z.number().min(0).max(1e12).optional(),
  currency: z.enum(PROJECT_CURRENCIES).default('EUR'),
  /** The services it offers: compared with the plan's to avoid duplication. */
  services: longText,
  targetGroup: shortText,
  scope: z.enum(PROJECT_SCOPES),
  /** The settlements covered, when the scope is settlements. */
  settlements: optionalShort,
});

export const riskFields = z.object({
  description: longText,
  likelihood: scale,
  impact: scale,
  owner: shortText,
  mitigation: longText,
  status: z.enum(RISK_STATUSES).default('open'),
  reviewedOn: day.optional(),
});

export const outreachFields = z.object({
  eventType: z.enum(OUTREACH_TYPES),
  date: day,
  title: shortText,
  communities: z.array(z.enum(COMMUNITIES)).min(1).max(COMMUNITIES.length),
  languages: z.array(z.enum(CONTACT_LANGUAGES)).min(1).max(CONTACT_LANGUAGES.length),
  channel: z.enum(OUTREACH_CHANNELS),
  /** Settlement or neighbourhood, e.g. "Lagjja 7 Shtatori, Pejë". */
  place: optionalShort,
  participantsCount: count.optional(),
  /** Leaflets and similar: copies printed. */
  copies: count.optional(),
  /** Cases identified afterwards: cases of the plan's municipality. */
  caseIds: caseIds.default([]),
  note: z.string().trim().max(5000).optional(),
});

export const PLAN_REGISTER_FIELDS = {
  team: teamMemberFields,
  meeting: meetingFields,
  training: trainingFields,
  contact: contactFields,
  project: projectFields,
  risk: riskFields,
  outreach: outreachFields,
} as const satisfies Record<PlanRegisterKind, z.ZodObject>;

/** An entry's content as the client writes it: `kind` names the register. */
export const planRegisterData = z.discriminatedUnion('kind', [
  teamMemberFields.extend({ kind: z.literal('team') }),
  meetingFields.extend({ kind: z.literal('meeting') }),
  trainingFields.extend({ kind: z.literal('training') }),
  contactFields.extend({ kind: z.literal('contact') }),
  projectFields.extend({ kind: z.literal('project') }),
  riskFields.extend({ kind: z.literal('risk') }),
  outreachFields.extend({ kind: z.literal('outreach') }),
]);
export type PlanRegisterData = z.infer<typeof planRegisterData>;
export type PlanRegisterInput = z.input<typeof planRegisterData>;
export type PlanRegisterDataOf<K extends PlanRegisterKind> = Extract<PlanRegisterData, { kind: K }>;

export const planRegisterParams = z.object({ id: uuid, kind: z.enum(PLAN_REGISTER_KINDS) });
export const planRegisterEntryParams = planRegisterParams.extend({ entryId: uuid });
export const planRegisterListQuery = z.object({
  /** Archived entries are left out unless asked for. */
  archived: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
});

export const planRegisterCreateBody = z.object({ data: planRegisterData });
export const planRegisterUpdateBody = z.object({ data: planRegisterData, version });
export const planRegisterArchiveBody = z.object({ version });
export type PlanRegisterCreateBody = z.input<typeof planRegisterCreateBody>;
export type PlanRegisterUpdateBody = z.input<typeof planRegisterUpdateBody>;

/** Score and level of a risk: likelihood × impact on the usual 5 × 5 matrix. */
export function riskScore(likelihood: number, impact: number): { score: number; level: RiskLevel } {
  const score = likelihood * impact;
  const level: RiskLevel = score >= 20 ? 'critical' : score >= 10 ? 'high' : score >= 5 ? 'medium' : 'low';
  return { score, level };
}

const actorRef = z.object({ id: uuid, fullName: z.string() }).nullable();

export const planRegisterEntry = z.object({
  id: uuid,
  planId: uuid,
  kind: z.enum(PLAN_REGISTER_KINDS),
  data: planRegisterData,
  /** The linked cases (discussed, or identified afterwards) with their numbers. */
  cases: z.array(z.object({ id: uuid, number: z.string() })),
  /** Risks only. */
  risk: z.object({ score: z.number().int(), level: z.enum(RISK_LEVELS) }).nullable(),
  version,
  archivedAt: z.string().nullable(),
  createdBy: actorRef,
  createdAt: z.string(),
  updatedBy: actorRef,
  updatedAt: z.string(),
});
export type PlanRegisterEntry = z.infer<typeof planRegisterEntry>;
export const planRegisterList = z.object({ items: z.array(planRegisterEntry) });
export type PlanRegisterList = z.infer<typeof planRegisterList>;
