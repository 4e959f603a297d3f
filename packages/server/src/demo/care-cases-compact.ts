import type { CareEvaluation, CareRiskLevel } from '@vatra/core';
import type { Story, StoryAssessment, StoryPerson, StoryReferral } from './care-cases-stories.js';

// The demo's care cases are written compactly (care-cases-puke.ts, -gjegjan.ts, -peja.ts), one
// line a fact, and expanded here into the stories demo/care-cases.ts acts out. What the compact
// form leaves out is implied: a referral carries out an item of the plan, so it has the item's
// service and level and goes to the item's responsible institution unless it names a provider;
// an assessment's situation lists only what departs from "lives with others, leaves home".

type Income = StoryAssessment['income'];
type Priority = 'high' | 'medium' | 'low';

/** What the assessment found beyond the income; absent ones keep the form's field unanswered. */
export type SituationFact =
  | 'lives_alone'
  | 'housebound'
  | 'chronic_illness'
  | 'children_in_school'
  | 'children_out_of_school'
  | 'disability_assessed'
  | 'disability_not_assessed';

/** The care_assessment form's four sections, each on a line. */
export interface DemoAssessment {
  contact: { after: number; place: StoryAssessment['place'] };
  /** The main income, then the facts that apply. */
  situation: [Income, ...SituationFact[]];
  description: string;
  /** The care needs, and the priority of each need field that applies. */
  needs: { care: string[] } & Partial<Record<'housing' | 'health' | 'income' | 'psychosocial', Priority>>;
  risk: { level: CareRiskLevel; factors: string[]; rationale?: string };
}

/** A referral for the plan's item `item` (from 1), sent `after` days after the opening. */
export interface DemoReferral {
  item: number;
  /** A provider of the demo by name; without it, the item's responsible institution. */
  provider?: string;
  after: number;
  reason: string;
  /** The day it was accepted, or the day and reason it was declined. */
  accepted?: number;
  declined?: [after: number, reason: string];
  /** The person takes a place in the provider's service. */
  enrol?: true;
  followUp?: [after: number, evaluation: CareEvaluation, note: string];
}

export type DemoCareCase = Omit<Story, 'assessment' | 'referrals'> & {
  assessment?: DemoAssessment;
  referrals?: DemoReferral[];
};

/** A person from "First Last", the father's name, gender, date of birth and the rest. */
export function who(
  name: string,
  father: string,
  gender: StoryPerson['gender'],
  born: string,
  more: Omit<StoryPerson, 'first' | 'last' | 'father' | 'gender' | 'born'> = {},
): StoryPerson {
  const [first, last, ...rest] = name.split(' ');
  if (!first || !last || rest.length > 0) throw new Error(`demo care cases: "${name}" is not "First Last"`);
  return { first, last, father, gender, born, ...more };
}

function assessmentOf(a: DemoAssessment): StoryAssessment {
  const [income, ...facts] = a.situation;
  const has = (fact: SituationFact) => facts.includes(fact);
  const disability = has('disability_assessed')
    ? 'assessed'
    : has('disability_not_assessed')
      ? 'not_assessed'
      : undefined;
  const { care, ...priorities } = a.needs;
  return {
    ...a.contact,
    livesAlone: has('lives_alone'),
    income,
    ...(disability ? { disability } : {}),
    canLeaveHome: !has('housebound'),
    ...(has('chronic_illness') ? { chronicIllness: true } : {}),
    ...(has('children_out_of_school') ? { childrenOutOfSchool: true } : {}),
    ...(has('children_in_school') ? { childrenOutOfSchool: false } : {}),
    description: a.description,
    careNeeds: care,
    needs: priorities,
    factors: a.risk.factors,
    risk: a.risk.level,
    ...(a.risk.rationale ? { rationale: a.risk.rationale } : {}),
  };
}

function referralOf(r: DemoReferral, plan: Story['plan'], summary: string): StoryReferral {
  const item = plan?.items[r.item - 1];
  if (!item) throw new Error(`demo care cases: a referral of "${summary}" has no plan item ${r.item}`);
  const to = r.provider
    ? { provider: r.provider }
    : item.responsible
      ? { institution: item.responsible }
      : null;
  if (!to) throw new Error(`demo care cases: a referral of "${summary}" goes nowhere`);
  return {
    item: r.item,
    code: item.code,
    level: item.level,
    to,
    reason: r.reason,
    after: r.after,
    ...(r.accepted !== undefined ? { answer: { after: r.accepted, outcome: 'accepted' as const } } : {}),
    ...(r.declined
      ? { answer: { after: r.declined[0], outcome: 'declined' as const, reason: r.declined[1] } }
      : {}),
    ...(r.enrol ? { enrol: true } : {}),
    ...(r.followUp
      ? { followUp: { after: r.followUp[0], evaluation: r.followUp[1], note: r.followUp[2] } }
      : {}),
  };
}

/** The stories of a place's compactly written cases, in the same order. */
export function stories(cases: DemoCareCase[]): Story[] {
  return cases.map(({ assessment, referrals, ...rest }) => ({
    ...rest,
    ...(assessment ? { assessment: assessmentOf(assessment) } : {}),
    ...(referrals ? { referrals: referrals.map((r) => referralOf(r, rest.plan, rest.summary)) } : {}),
  }));
}
