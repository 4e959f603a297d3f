import { MUNICIPALITIES, type Municipality, type Origin } from './names.js';

// What the demo's cases look like: how many of each municipality stand where on the case path,
// who the families are, and how far back their clocks started. Pure and deterministic (a seeded
// random generator), so every fresh demo gets the same families; seed-cases.ts turns each spec
// into the steps the services take.

/** Where a case stands when the demo starts. */
export type Target =
  | 'registered' // clock running, the 72-hour visit not yet due
  | 'visit_overdue' // 72 hours over, no completed visit (sometimes a visit that found nobody)
  | 'visited' // visited, FVN not yet in
  | 'assessed' // FVN in (often the social anamnesis too), no plan yet
  | 'plan_draft' // a draft plan waiting for approval
  | 'plan_approved' // approved plan, no case manager yet
  | 'monitoring' // case manager, monthly monitoring
  | 'closure_due' // monitoring, the 18 months end within 30 days
  | 'closed' // final evaluation done, with one of the outcomes
  | 'reopened'; // closed once, reopened, back in monitoring

export type Outcome = 'sustainable_reintegration' | 're_emigrated' | 'deceased' | 'other' | 'moved';

/** How far the municipality a family moved to has taken the case it continues in. */
export type TransferProgress = 'visit_overdue' | 'assessed' | 'plan_approved' | 'monitoring';

/** A referral's answer in the demo. */
export type ReferralFate =
  'completed' | 'accepted' | 'declined' | 'received' | 'pending_recent' | 'pending_old';

export interface CaseSpec {
  key: string;
  municipality: Municipality;
  target: Target;
  origin: Origin;
  /** Household members, 1–7. */
  size: number;
  /** Domestic violence: a sensitive case, a mother with her children. */
  sensitive: boolean;
  /** When the case's clock started, in days before the demo's "now". */
  startDaysAgo: number;
  /** For cases due for closure: the 18 months end this many days from now. */
  closureInDays?: number;
  /** Closed (and reopened) cases: closed this many days after the clock started. */
  closeAfterDays?: number;
  outcome?: Outcome;
  movedTo?: Municipality;
  transferProgress?: TransferProgress;
  /** Reopened cases: reopened this many days after closing. */
  reopenAfterDays?: number;
  /** Overdue visits: a visit that found nobody at home is on record. */
  failedVisit: boolean;
  anamnesis: boolean;
  certificate: boolean;
  /** A scan of the signed FVN and a copy of the head's ID. */
  documents: boolean;
  /** One of them was replaced by a clearer scan (revision 2). */
  correctedDocument: boolean;
  /** Referrals to the education directorate and the employment office, with their fate. */
  referrals: { education?: ReferralFate; employment?: ReferralFate };
  /** Random numbers for the family's details (names, ages), drawn with the rest of the spec. */
  seed: number;
}

const QUOTAS: Record<Municipality, Record<Target, number>> = {
  'XK-KAC': {
    registered: 5,
    visit_overdue: 4,
    visited: 6,
    assessed: 6,
    plan_draft: 2,
    plan_approved: 3,
    monitoring: 13,
    closure_due: 3,
    closed: 7,
    reopened: 2,
  },
  'XK-PEJ': {
    registered: 5,
    visit_overdue: 4,
    visited: 5,
    assessed: 5,
    plan_draft: 3,
    plan_approved: 2,
    monitoring: 14,
    closure_due: 4,
    closed: 7,
    reopened: 2,
  },
  'XK-GJL': {
    registered: 5,
    visit_overdue: 4,
    visited: 6,
    assessed: 6,
    plan_draft: 2,
    plan_approved: 2,
    monitoring: 13,
    closure_due: 3,
    closed: 7,
    reopened: 1,
  },
};

/** Who the families are, per municipality (counts add up to the municipality's cases). */
const ORIGINS: Record<Municipality, [Origin, number][]> = {
  'XK-KAC': [
    ['albanian', 45],
    ['ashkali', 4],
    ['roma', 2],
  ],
  'XK-PEJ': [
    ['albanian', 26],
    ['serbian', 8],
    ['egyptian', 6],
    ['roma', 3],
    ['bosniak', 3],
    ['syrian', 2],
    ['afghan', 2],
    ['iraqi', 1],
  ],
  'XK-GJL': [
    ['albanian', 27],
    ['serbian', 9],
    ['roma', 6],
    ['ashkali', 1],
    ['syrian', 2],
    ['afghan', 2],
    ['turkish_national', 2],
  ],
};

/** Closed cases' outcomes per municipality; "moved" continues in the municipality named. */
const OUTCOMES: Record<Municipality, [Outcome, Municipality?][]> = {
  'XK-KAC': [
    ['sustainable_reintegration'],
    ['sustainable_reintegration'],
    ['sustainable_reintegration'],
    ['re_emigrated'],
    ['re_emigrated'],
    ['deceased'],
    ['moved', 'XK-PEJ'],
  ],
  'XK-PEJ': [
    ['sustainable_reintegration'],
    ['sustainable_reintegration'],
    ['sustainable_reintegration'],
    ['re_emigrated'],
    ['other'],
    ['moved', 'XK-GJL'],
    ['moved', 'XK-KAC'],
  ],
  'XK-GJL': [
    ['sustainable_reintegration'],
    ['sustainable_reintegration'],
    ['sustainable_reintegration'],
    ['re_emigrated'],
    ['deceased'],
    ['other'],
    ['moved', 'XK-PEJ'],
  ],
};

const TRANSFER_PROGRESS: TransferProgress[] = ['monitoring', 'visit_overdue', 'assessed', 'plan_approved'];

/** Which cases carry the domestic-violence flag: [municipality, target, nth of that target]. */
const SENSITIVE: [Municipality, Target, number][] = [
  ['XK-KAC', 'monitoring', 1],
  ['XK-PEJ', 'assessed', 0],
  ['XK-PEJ', 'monitoring', 2],
  ['XK-GJL', 'plan_approved', 0],
];

const REFERRAL_FATES: { education?: ReferralFate; employment?: ReferralFate }[] = [
  { education: 'completed', employment: 'completed' },
  { education: 'accepted', employment: 'pending_old' },
  { education: 'pending_recent' },
  { employment: 'declined', education: 'completed' },
  { education: 'pending_old', employment: 'received' },
  {},
  { employment: 'pending_recent', education: 'accepted' },
  { education: 'completed' },
];

/** mulberry32: a small seeded generator, so the demo is the same on every fresh start. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function pick<T>(rand: () => number, items: readonly T[]): T {
  const item = items[Math.floor(rand() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

export function between(rand: () => number, min: number, max: number): number {
  return min + rand() * (max - min);
}

function shuffled<T>(rand: () => number, items: T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

const SIZES = [1, 2, 2, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 6, 6, 7];

function startDays(rand: () => number, target: Target, nth: number): number {
  switch (target) {
    case 'registered':
      return between(rand, 3, 60) / 24;
    case 'visit_overdue':
      return between(rand, 4, 25);
    case 'visited':
      return between(rand, 5, 40);
    case 'assessed':
      return between(rand, 20, 75);
    case 'plan_draft':
      return between(rand, 35, 100);
    case 'plan_approved':
      return between(rand, 45, 120);
    case 'monitoring':
      // 1 to 12 months of monitoring, spread evenly over the municipality's cases.
      return ((nth % 12) + 2.3) * 30.4 + between(rand, 0, 8);
    case 'reopened':
      return between(rand, 380, 470);
    default:
      return 0; // closure_due and closed: set from their own fields
  }
}

/** The demo's cases: about fifty per municipality, in every stage. */
export function demoCasePlan(): CaseSpec[] {
  const rand = random(20_260_101);
  const specs: CaseSpec[] = [];
  let transfers = 0;
  let referralRotation = 0;
  for (const municipality of MUNICIPALITIES) {
    const origins = shuffled(
      rand,
      ORIGINS[municipality].flatMap(([origin, count]) => Array<Origin>(count).fill(origin)),
    );
    let index = 0;
    for (const [target, count] of Object.entries(QUOTAS[municipality]) as [Target, number][]) {
      for (let nth = 0; nth < count; nth++) {
        const origin = origins[index % origins.length] ?? 'albanian';
        index++;
        const sensitive = SENSITIVE.some(([m, t, n]) => m === municipality && t === target && n === nth);
        const spec: CaseSpec = {
          key: `${municipality}-${target}-${nth}`,
          municipality,
          target,
          origin,
          size: sensitive ? 3 + (nth % 2) : pick(rand, SIZES),
          sensitive,
          startDaysAgo: startDays(rand, target, nth),
          failedVisit: target === 'visit_overdue' && nth % 2 === 1,
          anamnesis: rand() < 0.55,
          certificate: rand() < 0.88,
          documents: rand() < 0.5,
          correctedDocument: false,
          referrals: {},
          seed: Math.floor(rand() * 2 ** 31),
        };
        if (target === 'closure_due') spec.closureInDays = Math.round(between(rand, 2, 29));
        if (target === 'closed') {
          const [outcome, movedTo] = OUTCOMES[municipality][nth] ?? ['sustainable_reintegration'];
          spec.outcome = outcome;
          if (movedTo) {
            spec.movedTo = movedTo;
            spec.transferProgress = TRANSFER_PROGRESS[transfers++ % TRANSFER_PROGRESS.length];
          }
          const [after, ago] = closedTiming(rand, outcome, spec.transferProgress);
          spec.closeAfterDays = after;
          spec.startDaysAgo = after + ago;
        }
        if (target === 'reopened') {
          spec.outcome = nth % 2 === 0 ? 're_emigrated' : 'other';
          spec.closeAfterDays = between(rand, 250, 300);
          spec.reopenAfterDays = between(rand, 35, 70);
        }
        if (['monitoring', 'closure_due', 'reopened', 'closed'].includes(target)) {
          spec.referrals = REFERRAL_FATES[referralRotation++ % REFERRAL_FATES.length] ?? {};
          // Closed cases' referrals were answered long ago.
          if (target === 'closed') spec.referrals = answered(spec.referrals);
        }
        specs.push(spec);
      }
    }
  }
  // A few scans were replaced by clearer ones: every eighth case with documents.
  specs
    .filter((spec) => spec.documents && spec.target !== 'registered')
    .forEach((spec, i) => {
      if (i % 8 === 3) spec.correctedDocument = true;
    });
  return specs;
}

/** Closed cases: [days from clock start to closure, days since closure]. */
function closedTiming(rand: () => number, outcome: Outcome, progress?: TransferProgress): [number, number] {
  switch (outcome) {
    case 'sustainable_reintegration':
      return [between(rand, 400, 540), between(rand, 10, 180)];
    case 're_emigrated':
      return [between(rand, 90, 280), between(rand, 20, 400)];
    case 'deceased':
      return [between(rand, 120, 400), between(rand, 30, 250)];
    case 'other':
      return [between(rand, 150, 360), between(rand, 30, 300)];
    case 'moved': {
      // Time enough since the move for the new municipality to have got as far as it did.
      const since = {
        visit_overdue: [12, 40],
        assessed: [40, 80],
        plan_approved: [70, 120],
        monitoring: [130, 200],
      }[progress ?? 'visit_overdue'];
      return [between(rand, 120, 300), between(rand, since[0] ?? 12, since[1] ?? 40)];
    }
  }
}

function answered(fates: { education?: ReferralFate; employment?: ReferralFate }) {
  const done = (fate?: ReferralFate): ReferralFate | undefined =>
    fate === undefined ? undefined : fate === 'declined' ? 'declined' : 'completed';
  return { education: done(fates.education), employment: done(fates.employment) };
}
