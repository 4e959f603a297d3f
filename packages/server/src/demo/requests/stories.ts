import type { AppealOutcome, DecisionOutcome } from '../../storage/requests/tables.js';
import { ageOn } from '../cases/build.js';
import { MUNICIPALITIES, type Municipality } from '../cases/names.js';
import { between, pick, random } from '../cases/plan.js';
import type { DemoCase, RequestContext } from './context.js';
import { DAY } from './rows.js';
import { SCHEME_STORIES, type SchemeStory } from './texts.js';
import { waitingAppealSpec } from './waiting-appeal.js';

// Which requests the demo files over the year, on which cases, for whom, and how far each gets.
// Where a story stops is mostly left to the clock (a step due after "now" has not happened yet);
// a few are stopped on purpose, so the work queues also hold drafts, withdrawals and overdue ones.

/** Where a request stops on purpose (otherwise: as far as the clock lets it go). */
export type Stop = 'draft' | 'withdrawn' | 'submitted' | 'under_review';

export interface RequestSpec {
  key: string;
  municipality: Municipality;
  demoCase: DemoCase;
  personId: string;
  story: SchemeStory;
  filedAt: number;
  stop: Stop | null;
  outcome: DecisionOutcome;
  /** The applicant appeals the first decision, and how the Appeals Commission answers. */
  appeal: AppealOutcome | null;
  seed: number;
  /** An application to a call for applications: the call, and the institution that runs it. */
  call?: { id: string; number: string; institutionId: string };
  /** When the appeal is filed, for the story that keeps one waiting (waiting-appeal.ts). */
  appealAt?: number;
}

const APPEAL_CYCLE: readonly AppealOutcome[] = ['overturned', 'upheld', 'returned'];

function weighted(rand: () => number, stories: readonly SchemeStory[]): SchemeStory {
  const total = stories.reduce((sum, s) => sum + s.weight, 0);
  let roll = rand() * total;
  for (const story of stories) {
    roll -= story.weight;
    if (roll < 0) return story;
  }
  return stories[stories.length - 1] as SchemeStory;
}

/** A household member the scheme is for, on the day of filing (undefined: nobody fits). */
function applicantFor(story: SchemeStory, demoCase: DemoCase, on: Date, rand: () => number) {
  if (story.applicant === 'head') return demoCase.headId;
  const fits = demoCase.members.filter((m) => {
    const age = ageOn(m.dateOfBirth, on);
    if (age === null) return false;
    return story.applicant === 'child' ? age >= 6 && age <= 17 : age >= 18 && age <= 60;
  });
  return fits.length ? pick(rand, fits).id : undefined;
}

/** An hour of the working day (07:00–14:00 UTC: 08:00–16:00 in Kosovo). */
export function officeHours(at: number, rand: () => number): number {
  const day = new Date(at);
  day.setUTCHours(7 + Math.floor(rand() * 7), Math.floor(rand() * 60), 0, 0);
  // Weekends move to Monday.
  const weekday = day.getUTCDay();
  if (weekday === 6) return day.getTime() + 2 * DAY;
  if (weekday === 0) return day.getTime() + DAY;
  return day.getTime();
}

/** Requests per municipality over the year. */
const PER_MUNICIPALITY = 64;
/** Schemes one case asks for at most. */
const PER_CASE = 4;

/**
 * The requests of the demo year, per municipality: filing days spread over the twelve months (a
 * sixth in the last three weeks, so every queue has something waiting today), each on a case
 * open by then, for a member the scheme fits, a scheme the case has not asked for yet; and one
 * whose appeal waits for the Appeals Commission today.
 */
export function requestSpecs(context: RequestContext): RequestSpec[] {
  const rand = random(0x4e9a);
  const now = context.now.getTime();
  const specs: RequestSpec[] = [];
  for (const municipality of MUNICIPALITIES) {
    const cases = context.cases.filter((c) => c.municipality === municipality);
    const used = new Map<string, Set<string>>();
    let appeals = 0;
    for (let n = 0; n < PER_MUNICIPALITY; n++) {
      const recent = n % 6 === 5;
      const day = recent
        ? now - between(rand, 2, 21) * DAY
        : now - 355 * DAY + ((n + rand()) / PER_MUNICIPALITY) * 340 * DAY;
      const filedAt = officeHours(day, rand);
      if (filedAt >= now - DAY) continue;
      const open = cases.filter(
        (c) => c.openedAt.getTime() + 10 * DAY < filedAt && (used.get(c.id)?.size ?? 0) < PER_CASE,
      );
      if (open.length === 0) continue;
      const demoCase = pick(rand, open);
      const asked = used.get(demoCase.id) ?? new Set<string>();
      let story: SchemeStory | undefined;
      let personId: string | undefined;
      for (let attempt = 0; attempt < 8 && !personId; attempt++) {
        story = weighted(rand, SCHEME_STORIES);
        if (asked.has(story.code)) continue;
        personId = applicantFor(story, demoCase, new Date(filedAt), rand);
      }
      if (!story || !personId) continue;
      asked.add(story.code);
      used.set(demoCase.id, asked);
      const roll = rand();
      const young = now - filedAt < 30 * DAY;
      let stop: Stop | null = null;
      if (roll < 0.05 && young) stop = 'draft';
      else if (roll < 0.08) stop = 'withdrawn';
      else if (roll < 0.12) stop = 'submitted';
      else if (roll < 0.17) stop = 'under_review';
      const decide = rand();
      const outcome: DecisionOutcome =
        decide < 0.22 ? 'rejected' : decide < 0.36 && story.amount !== null ? 'partly_approved' : 'approved';
      let appeal: AppealOutcome | null = null;
      const appealRoll = rand();
      if (
        (outcome === 'rejected' && appealRoll < 0.55) ||
        (outcome === 'partly_approved' && appealRoll < 0.3)
      ) {
        appeal = APPEAL_CYCLE[appeals++ % APPEAL_CYCLE.length] ?? 'upheld';
        // Overturning a partial approval would make it a rejection: such appeals are upheld.
        if (outcome === 'partly_approved' && appeal === 'overturned') appeal = 'upheld';
      }
      specs.push({
        key: `${demoCase.number}/${story.code}`,
        municipality,
        demoCase,
        personId,
        story,
        filedAt,
        stop,
        outcome,
        appeal,
        seed: Math.floor(rand() * 2 ** 31),
      });
    }
    const waiting = waitingAppealSpec(municipality, cases, used, PER_CASE, now);
    if (waiting) specs.push(waiting);
  }
  return specs;
}
