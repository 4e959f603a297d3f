import { scoreLines } from '../../services/calls/score.js';
import { localCode } from '../../services/cases/numbering.js';
import { addDays } from '../../services/requests/dates.js';
import type { StoredCriterion } from '../../storage/calls/tables.js';
import { ageOn } from '../cases/build.js';
import { between, random } from '../cases/plan.js';
import type { Lifecycle, Live } from './lifecycle.js';
import { DAY, isoDate, type Row, type Sink } from './rows.js';
import { officeHours, type RequestSpec, type Stop } from './stories.js';
import type { SchemeStory } from './texts.js';

// One call for applications in the demo: Peja's agricultural grants, run by the municipality
// (MUN-XK-PEJ, mun.peja), opened five weeks ago and closing in three, with a budget and criteria
// worth points. Case managers file applications (requests with the call); the officer scores
// each submitted one as services/calls/score.ts does (computed criteria from the case).

const MUNICIPALITY = 'XK-PEJ';
const APPLICATIONS = 7;

const CRITERIA: StoredCriterion[] = [
  {
    code: 'land',
    name: {
      sq: 'Zotëron ose ka me qira së paku 50 ari tokë bujqësore',
      sr: 'Poseduje ili zakupljuje najmanje 50 ari poljoprivrednog zemljišta',
      en: 'Owns or rents at least 0.5 ha of farmland',
    },
    points: 25,
    kind: 'manual',
  },
  {
    code: 'experience',
    name: {
      sq: 'Përvojë në bujqësi ose blegtori',
      sr: 'Iskustvo u poljoprivredi ili stočarstvu',
      en: 'Experience in farming or livestock',
    },
    points: 15,
    kind: 'manual',
  },
  {
    code: 'business_plan',
    name: {
      sq: 'Plan biznesi i qëndrueshëm',
      sr: 'Održiv poslovni plan',
      en: 'A sound business plan',
    },
    points: 20,
    kind: 'manual',
  },
  {
    code: 'returnee',
    name: { sq: 'Person i riatdhesuar', sr: 'Repatrirano lice', en: 'Repatriated person' },
    points: 15,
    kind: 'returnee',
  },
  {
    code: 'female_head',
    name: {
      sq: 'Familje me kryefamiljare grua',
      sr: 'Domaćinstvo kojim rukovodi žena',
      en: 'Household headed by a woman',
    },
    points: 10,
    kind: 'female_head',
  },
];

const GRANT: SchemeStory = {
  code: 'agricultural_grant',
  weight: 0,
  applicant: 'adult',
  amount: (rand) => Math.round((2_500 + rand() * 2_500) / 100) * 100,
  descriptions: [
    'Serrë 200 m² me ujitje pikë-pikë, për kultivimin e perimeve.',
    'Dy lopë qumështore dhe një makinë mjelëse.',
    'Koshere bletësh (20) me pajisje, në tokën e familjes në fshat.',
    'Motokultivator me plug dhe rimorkio.',
  ],
};

/** Where each application stops: scored ones are submitted or taken up for review. */
const STOPS: Stop[] = [
  'under_review',
  'under_review',
  'submitted',
  'under_review',
  'submitted',
  'under_review',
  'draft',
];

export function seedCall(sink: Sink, life: Lifecycle): void {
  const rand = random(0xca11);
  const officer = sink.actor('mun.peja');
  const opensOn = isoDate(sink.now - 35 * DAY);
  const opens = new Date(`${opensOn}T07:30:00Z`).getTime();
  const year = Number(opensOn.slice(0, 4));
  const call: Row<'calls'> = {
    id: sink.uuid(),
    number: `${localCode(MUNICIPALITY)}-T-${year}-${String(sink.take(`call:${MUNICIPALITY}`, year)).padStart(2, '0')}`,
    jurisdiction_id: sink.context.cases.find((c) => c.municipality === MUNICIPALITY)?.jurisdictionId ?? '',
    institution_id: officer.institutionId,
    scheme_code: GRANT.code,
    title: `Grante bujqësore për familjet e riatdhesuara ${year}`,
    description:
      'Grante deri në 5.000 euro në pajisje, bagëti ose serra për familjet e kthyera në Pejë që punojnë tokën e tyre ose tokë me qira.',
    opens_on: opensOn,
    closes_on: addDays(isoDate(sink.now), 21),
    budget: 24_000,
    currency: 'EUR',
    status: 'open',
    criteria: JSON.stringify(CRITERIA),
    created_by: officer.id,
    created_at: new Date(opens - 8 * DAY),
    opened_at: new Date(opens),
    closed_at: null,
    // Created, then opened.
    version: 2,
    updated_at: new Date(opens),
  };
  sink.rows.calls.push(call);
  const ref = { id: call.id, number: call.number, institutionId: officer.institutionId };

  // Adults of Peja's households, one application per person.
  const candidates = sink.context.cases
    .filter((c) => c.municipality === MUNICIPALITY && c.openedAt.getTime() < opens)
    .flatMap((c) =>
      c.members
        .filter((m) => {
          const age = ageOn(m.dateOfBirth, new Date(sink.now));
          return age !== null && age >= 20 && age <= 60;
        })
        .slice(0, 1)
        .map((m) => ({ demoCase: c, personId: m.id })),
    );
  const step = Math.max(1, Math.floor(candidates.length / APPLICATIONS));
  STOPS.forEach((stop, index) => {
    const candidate = candidates[(index * step + 3) % Math.max(1, candidates.length)];
    if (!candidate) return;
    const spec: RequestSpec = {
      key: `${candidate.demoCase.number}/call`,
      municipality: MUNICIPALITY,
      demoCase: candidate.demoCase,
      personId: candidate.personId,
      story: { ...GRANT, descriptions: [GRANT.descriptions[index % GRANT.descriptions.length] ?? ''] },
      filedAt: officeHours(opens + between(rand, 2, 30) * DAY, rand),
      stop,
      outcome: 'approved',
      appeal: null,
      seed: Math.floor(rand() * 2 ** 31),
      call: ref,
    };
    life.start(spec);
  });

  life.afterSubmit = (live, at) => {
    if (live.row.call_id !== call.id) return;
    sink.schedule(officeHours(at.getTime() + between(rand, 1, 4) * DAY, rand), (when) => score(live, when));
  };

  /** scoreApplication: the officer ticks the manual criteria; the others come from the case. */
  function score(live: Live, at: Date): void {
    const met = new Set(CRITERIA.filter((c) => c.kind === 'manual' && rand() < 0.65).map((c) => c.code));
    const { breakdown, total } = scoreLines(CRITERIA, met, {
      caseKind: live.spec.demoCase.kind,
      femaleHead: live.spec.demoCase.femaleHead,
    });
    sink.rows.scores.push({
      request_id: live.row.id,
      call_id: call.id,
      breakdown: JSON.stringify(breakdown),
      total_points: total,
      note: null,
      scored_by: officer.id,
      scored_at: at,
      version: 1,
    });
    sink.event(
      live.row.case_id,
      officer,
      at,
      'call.scored',
      {
        requestId: live.row.id,
        requestNumber: live.row.number,
        callId: call.id,
        number: call.number,
        totalPoints: total,
        breakdown,
      },
      live.row.person_id,
    );
  }
}
