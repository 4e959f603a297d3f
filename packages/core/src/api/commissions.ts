import { z } from 'zod';
import { institutionRef, userRef } from './cases.js';
import { calendarDay, uuid, version } from './common.js';

// Commission meetings: the municipal Commission for Reconstruction (KKR) decides requests of the
// schemes it is the deciding body of; the Appeals Commission (KA) decides appeals. A meeting has
// members (chair, members, secretary) of the commission's institution, a quorum, an agenda built
// from the dossiers waiting for it, a vote on each item and a decision, and minutes when closed.

export const COMMISSION_TYPES = ['KKR', 'KA'] as const;
export type CommissionType = (typeof COMMISSION_TYPES)[number];
export const COMMISSION_ROLES = ['chair', 'member', 'secretary'] as const;
export type CommissionRole = (typeof COMMISSION_ROLES)[number];
/** The roles that vote: the secretary keeps the minutes and does not vote. */
export const VOTING_ROLES: readonly CommissionRole[] = ['chair', 'member'];
export const MEETING_STATUSES = ['planned', 'held', 'closed'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export const VOTE_CHOICES = ['for', 'against', 'abstain'] as const;
export type VoteChoice = (typeof VOTE_CHOICES)[number];
export const RECORDED_VOTES = [...VOTE_CHOICES, 'excluded'] as const;
export type RecordedVote = (typeof RECORDED_VOTES)[number];

/** The default quorum: more than half of the voting members. */
export function defaultQuorum(votingMembers: number): number {
  return Math.floor(votingMembers / 2) + 1;
}

const text = z.string().trim().min(1).max(4000);
const longText = z.string().trim().min(1).max(40000);
const day = calendarDay;

export const meetingMemberInput = z.object({ userId: uuid, role: z.enum(COMMISSION_ROLES) });

export const meetingCreateBody = z.object({
  heldOn: day,
  place: z.string().trim().min(1).max(200).optional(),
  /** Voting members who must be present; default more than half of the voting members. */
  quorum: z.number().int().min(1).max(50).optional(),
  /** Users of the commission's institution; the planner must be among them as chair or secretary. */
  members: z.array(meetingMemberInput).min(1).max(50),
});
export type MeetingCreateBody = z.input<typeof meetingCreateBody>;

export const meetingItemParams = z.object({ id: uuid, itemId: uuid });

export const agendaBody = z.object({
  /** The whole agenda in order: items kept, added (by request or appeal) and reordered. */
  items: z.array(z.object({ requestId: uuid, appealId: uuid.nullable().optional() })).max(200),
  version,
});
export type AgendaBody = z.input<typeof agendaBody>;

export const attendanceBody = z.object({
  /** The members present; the others are recorded absent. */
  present: z.array(uuid).max(50),
  version,
});
export type AttendanceBody = z.input<typeof attendanceBody>;

export const votesBody = z.object({
  votes: z
    .array(
      z.object({
        userId: uuid,
        vote: z.enum(VOTE_CHOICES).optional(),
        /** The member is the applicant's case manager (or otherwise conflicted): excluded from the vote. */
        conflictDeclared: z.boolean().default(false),
      }),
    )
    .min(1)
    .max(50),
});
export type VotesBody = z.input<typeof votesBody>;

export const decideBody = z.object({
  reasons: text,
  decidedOn: day.optional(),
  /** KKR: what an approval grants (approved, or partly approved with an amount). */
  approval: z
    .object({
      outcome: z.enum(['approved', 'partly_approved']).default('approved'),
      amount: z.number().min(0).max(10_000_000).nullable().optional(),
      currency: z.enum(['EUR', 'ALL']).nullable().optional(),
    })
    .optional(),
  /** KA: what granting the appeal means; default the opposite outcome (overturned). */
  appealGranted: z.enum(['overturned', 'returned']).default('overturned'),
});
export type DecideBody = z.input<typeof decideBody>;

export const meetingCloseBody = z.object({ minutes: longText, version });
export type MeetingCloseBody = z.input<typeof meetingCloseBody>;

export const meetingMember = z.object({
  user: userRef,
  role: z.enum(COMMISSION_ROLES),
  present: z.boolean(),
});

export const itemVote = z.object({
  user: userRef,
  vote: z.enum(RECORDED_VOTES),
  conflictDeclared: z.boolean(),
});

export const dossier = z.object({
  requestId: uuid,
  requestNumber: z.string(),
  schemeCode: z.string(),
  description: z.string(),
  caseId: uuid,
  caseNumber: z.string(),
  personName: z.string(),
  amountRequested: z.number().nullable(),
  currency: z.enum(['EUR', 'ALL']).nullable(),
  /** The applicant's case manager: a member who is they must declare a conflict. */
  caseManager: userRef.nullable(),
  /** For an appeal: the appeal and the decision appealed against. */
  appeal: z
    .object({
      id: uuid,
      filedOn: day,
      grounds: z.string(),
      decisionNumber: z.string(),
      decisionOutcome: z.enum(['approved', 'partly_approved', 'rejected']),
      decisionDueOn: day,
    })
    .nullable(),
  decisionDueOn: day.nullable(),
});
export type Dossier = z.infer<typeof dossier>;

export const agendaItemView = z.object({
  id: uuid,
  position: z.number().int(),
  dossier,
  votes: z.array(itemVote),
  /** The decision taken on the item (KKR, or KA when it overturned), or the appeal's outcome. */
  decision: z
    .object({ id: uuid, number: z.string(), outcome: z.enum(['approved', 'partly_approved', 'rejected']) })
    .nullable(),
  appealOutcome: z.enum(['upheld', 'overturned', 'returned']).nullable(),
  decided: z.boolean(),
});
export type AgendaItemView = z.infer<typeof agendaItemView>;

export const meetingSummary = z.object({
  id: uuid,
  number: z.string(),
  institution: institutionRef,
  commissionType: z.enum(COMMISSION_TYPES),
  heldOn: day,
  place: z.string().nullable(),
  status: z.enum(MEETING_STATUSES),
  quorum: z.number().int(),
  members: z.number().int(),
  items: z.number().int(),
  version: z.number().int(),
});
export type MeetingSummary = z.infer<typeof meetingSummary>;

export const meetingView = meetingSummary.extend({
  memberList: z.array(meetingMember),
  agenda: z.array(agendaItemView),
  minutes: z.string().nullable(),
  /** Voting members present now, against the quorum. */
  presentVoting: z.number().int(),
  /** What the current user may do: plan/record as chair or secretary, decide with the scope. */
  canManage: z.boolean(),
  canDecide: z.boolean(),
});
export type MeetingView = z.infer<typeof meetingView>;

export const meetingList = z.object({
  commission: institutionRef.extend({ type: z.enum(COMMISSION_TYPES) }),
  /** Users of the commission's institution, to choose members from. */
  users: z.array(userRef),
  items: z.array(meetingSummary),
});
export type MeetingList = z.infer<typeof meetingList>;

export const waitingList = z.object({ items: z.array(dossier) });
export type WaitingList = z.infer<typeof waitingList>;

export const pdfLangQuery = z.object({ lang: z.enum(['sq', 'sr', 'sr-Cyrl', 'en']).optional() });
