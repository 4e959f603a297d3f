import type { Municipality } from '../cases/names.js';
import { pick, random } from '../cases/plan.js';
import type { DemoCase } from './context.js';
import { DAY, MINUTE } from './rows.js';
import type { RequestSpec } from './stories.js';
import { SCHEME_STORIES } from './texts.js';

// One story per municipality that leaves an appeal waiting for the Appeals Commission whatever
// the day the demo is opened: with about ten appeals a year, whether one happens to be filed
// after the last meeting's agenda closed would otherwise depend on the calendar. A household's
// social assistance (or housing bonus) is refused by a direct decision, and the applicant
// appeals in the last working hours before "now": too late for the last meeting (which takes
// appeals ready two days before it, commission.ts), and the next meeting has not happened yet.

/** Schemes decided directly (no commission's calendar to wait for), whose refusal is appealed. */
const SCHEMES = ['social_assistance', 'rent_housing_bonus', 'municipal_plot'] as const;
/**
 * Days from filing to the appeal: two weeks, so the filing falls on a working day too. With each
 * step at its earliest (lifecycle.ts) the applicant is notified 4 to 10 days after filing
 * (weekends move steps to Monday): before the appeal, which falls within the 15 days' window.
 */
const LEAD_DAYS = 14;
const HOUR = 60 * MINUTE;

/**
 * The last working moment (07:00–13:59 UTC on a weekday) at least two hours before "now". The
 * Appeals Commission meets at 10:00 on a weekday, and its last meeting is over by "now"
 * (commission.ts: more than two hours before), so that meeting is no later than this moment:
 * the appeal is filed after its cut-off (two days before it), and before "now".
 */
export function lastWorkingMoment(now: number): number {
  const at = new Date(now - 2 * HOUR);
  at.setUTCSeconds(0, 0);
  if (at.getUTCHours() >= 14) at.setUTCHours(13, 30);
  else if (at.getUTCHours() < 7) {
    at.setUTCDate(at.getUTCDate() - 1);
    at.setUTCHours(13, 30);
  }
  while (at.getUTCDay() === 0 || at.getUTCDay() === 6) at.setUTCDate(at.getUTCDate() - 1);
  return at.getTime();
}

/**
 * The story, on a case of the municipality open long enough that has not asked for the scheme
 * and has room for one more request (undefined when no case fits). Its own random generator,
 * so the other stories stay as they are.
 */
export function waitingAppealSpec(
  municipality: Municipality,
  cases: readonly DemoCase[],
  used: Map<string, Set<string>>,
  perCase: number,
  now: number,
): RequestSpec | undefined {
  const rand = random(0xa99e);
  const appealAt = lastWorkingMoment(now);
  const filedAt = appealAt - LEAD_DAYS * DAY;
  for (const code of SCHEMES) {
    const story = SCHEME_STORIES.find((s) => s.code === code);
    // For the head of the household, who is always there.
    if (story?.applicant !== 'head') continue;
    const open = cases.filter(
      (c) =>
        c.openedAt.getTime() + 10 * DAY < filedAt &&
        (used.get(c.id)?.size ?? 0) < perCase &&
        !used.get(c.id)?.has(code),
    );
    if (open.length === 0) continue;
    const demoCase = pick(rand, open);
    const asked = used.get(demoCase.id) ?? new Set<string>();
    asked.add(code);
    used.set(demoCase.id, asked);
    return {
      key: `${demoCase.number}/${code}`,
      municipality,
      demoCase,
      personId: demoCase.headId,
      story,
      filedAt,
      stop: null,
      outcome: 'rejected',
      appeal: 'upheld',
      seed: Math.floor(rand() * 2 ** 31),
      appealAt,
    };
  }
  return undefined;
}
