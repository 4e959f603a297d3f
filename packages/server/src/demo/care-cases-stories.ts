import type {
  CareChannel,
  CareEvaluation,
  CareLevel,
  CareReceivedBy,
  CareRiskLevel,
  CareServiceTargetGroup,
} from '@vatra/core';

// The ordinary social-care cases of the demo (demo/care-cases.ts writes them): who the person is,
// how the case came in and what happened since, each step given in days after the opening. People
// are invented; places, channels and services are those of Pukë's social plan and Peja's strategy.
// The cases themselves are written compactly (care-cases-puke.ts, -gjegjan.ts, -peja.ts) and
// expanded into these stories by care-cases-compact.ts.

export interface StoryPerson {
  first: string;
  last: string;
  father: string;
  gender: 'female' | 'male';
  born: string;
  community?: 'albanian' | 'serbian' | 'roma' | 'egyptian' | 'bosniak';
  languages?: string[];
  vulnerability?: ('single_parent' | 'disability' | 'chronic_illness' | 'elderly_alone' | 'no_income')[];
  relation?: 'head' | 'spouse' | 'child' | 'parent';
}

/** The needs-and-risk assessment, in the words of the care_assessment form (v1, both countries). */
export interface StoryAssessment {
  after: number;
  place: 'home' | 'office' | 'institution' | 'phone';
  livesAlone: boolean;
  income:
    | 'none'
    | 'economic_assistance'
    | 'pension'
    | 'disability_payment'
    | 'work'
    | 'agriculture'
    | 'remittances';
  disability?: 'assessed' | 'not_assessed';
  canLeaveHome: boolean;
  chronicIllness?: boolean;
  childrenOutOfSchool?: boolean;
  description: string;
  careNeeds: string[];
  /** Needs by the form's need fields, with their priority. */
  needs: Partial<Record<'housing' | 'health' | 'income' | 'psychosocial', 'high' | 'medium' | 'low'>>;
  factors: string[];
  risk: CareRiskLevel;
  rationale?: string;
}

/** Where a referral goes: an institution by code, or a provider of the demo by name. */
export type StoryTarget = { institution: string } | { provider: string };

export interface StoryReferral {
  /** The plan item it carries out (position, from 1). */
  item?: number;
  code: string;
  level: CareLevel;
  to: StoryTarget;
  reason: string;
  after: number;
  answer?: { after: number; outcome: 'accepted' | 'declined'; reason?: string };
  /** An accepted referral to a provider: the person takes a place in its service. */
  enrol?: boolean;
  followUp?: { after: number; evaluation: CareEvaluation; note: string };
}

export interface Story {
  /** The person: invented, or (Peja) the person of the nth returnee case the demo registered. */
  person: StoryPerson | { returneeCase: number };
  household?: StoryPerson[];
  settlement: string;
  /** An administrative unit's code when the case lies in the unit (Gjegjan's NJVNR). */
  unit?: string;
  channel: CareChannel;
  /** How it was received; default: by phone for the phone line, else in person. */
  receivedBy?: CareReceivedBy;
  referrer?: { party: string } | { institution: string };
  /** A returnee known otherwise (no returnee case in Vatra), declared by the officer. */
  declaredReturnee?: boolean;
  targetGroups: CareServiceTargetGroup[];
  daysAgo: number;
  summary: string;
  assessment?: StoryAssessment;
  plan?: {
    after: number;
    goal: string;
    reviewAfter?: number;
    items: { code: string; level: CareLevel; responsible?: string; note?: string }[];
  };
  referrals?: StoryReferral[];
  close?: { after: number; reason: string };
}

/**
 * How the offices usually receive a case from each channel: institutions send a letter, NGOs
 * write by email, village heads and the phone line call, people come in. The demo's cases are
 * received so unless their story says otherwise (the service's own default, without a choice,
 * is simpler: phone for the phone line, else in person).
 */
const USUALLY_RECEIVED: Record<Story['channel'], CareReceivedBy> = {
  walk_in: 'in_person',
  ngo: 'email',
  police: 'written',
  school: 'written',
  health: 'phone',
  village_head: 'phone',
  community_meeting: 'in_person',
  phone_line: 'phone',
  returnee_case: 'written',
  other: 'in_person',
};

/** How the story's case was received. */
export function receivedByOf(story: Story): CareReceivedBy {
  return story.receivedBy ?? USUALLY_RECEIVED[story.channel];
}

export const PUKE_ASSISTANCE = 'Bashkia Pukë – Asistenca në shtëpi';
export const PUKE_DAY_CENTRE = 'Qendra Ditore Multifunksionale Pukë';
export const PUKE_WOMEN = 'Qendra e Gruas „Hapa të lehtë”';
export const PEJA_CSW = 'Qendra për Punë Sociale Pejë';
export const PEJA_URA = 'OJQ Ura e Shpresës';
