import { judgeProgress, type PlanIndicator, type PlanFile } from '@vatra/core';
import { loadPlans } from '../../../config/plans.js';
import type { IndicatorLine, PlanReportData, ReportLanguage } from './data.js';

// A realistic report for tests and the CLI preview: the structure and wording of the shipped
// Peja reintegration plan 2026–2028, the second quarter of 2026, with invented values. Where
// the plan gives no target for a count, some get an invented one so that every progress status
// occurs; the plan has no stated totals and no recurring steps, so one of each is invented too.

const SAMPLE_PLAN = 'peja-reintegration-2026-2028';
const YEAR = 2026;
// End of the reporting period: half of 2026 has passed.
const PERIOD_END = new Date(Date.UTC(2026, 6, 1));
const ELAPSED = 0.5;

/** Definitions as the service would phrase them; the sample needs only a few. */
const DEFINITIONS: Record<ReportLanguage, { computed: string; counted: string; manual: string }> = {
  sq: {
    computed:
      'Pjesa e familjeve të regjistruara në periudhë për të cilat është plotësuar FVN-ja dhe është hartuar plani individual (PIR/PII) në SMR.',
    counted: 'Numri i rasteve në SMR me ngjarjen përkatëse të regjistruar brenda periudhës raportuese.',
    manual:
      'Vlerë manuale e shënuar nga Arbëresha Krasniqi më 30 qershor 2026, dëshmia: procesverbali-takimi-qershor.pdf',
  },
  sr: {
    computed:
      'Udeo porodica registrovanih u periodu za koje je popunjen OPP i izrađen individualni plan (PIR/PII) u SUS-u.',
    counted: 'Broj slučajeva u SUS-u sa odgovarajućim događajem evidentiranim u izveštajnom periodu.',
    manual: 'Ručno uneta vrednost: Dragana Živković, 30. jun 2026, dokaz: zapisnik-sastanka-jun.pdf',
  },
  en: {
    computed:
      'Share of households registered in the period with a completed needs assessment (FVN) and an individual plan (PIR/PII) in the case system.',
    counted:
      'Number of cases in the case system with the corresponding event recorded within the reporting period.',
    manual: 'Manual value recorded by Arbëresha Krasniqi on 30 June 2026, evidence: meeting-minutes-june.pdf',
  },
};

const ANALYSIS: Record<ReportLanguage, NonNullable<PlanReportData['analysis']>> = {
  sq: {
    challenges:
      'Vizitat brenda 72 orëve janë realizuar për shumicën e familjeve, por mungesa e automjetit zyrtar të QPS-së ka shkaktuar vonesa në fshatrat e largëta (Vitomiricë, Rugovë). Regjistrimi i fëmijëve në shkollë pengohet nga vonesa në njostrifikimin e dëftesave të lëshuara jashtë vendit.',
    recommendations:
      'Të sigurohet një automjet i përbashkët për ekipin ZKKK–QPS; të lidhet marrëveshje me DKA-në për afat 15-ditor të njostrifikimit; të rishikohen çdo muaj rastet pa plan individual.',
    writtenBy: 'Arbëresha Krasniqi',
    writtenAt: '2026-07-08',
  },
  sr: {
    challenges:
      'Posete u roku od 72 časa obavljene su za većinu porodica, ali nedostatak službenog vozila CSR-a uzrokovao je kašnjenja u udaljenim selima (Vitomirica, Rugova). Upis dece u školu usporava kašnjenje u nostrifikaciji svedočanstava izdatih u inostranstvu.',
    recommendations:
      'Obezbediti zajedničko vozilo za tim OKZP–CSR; zaključiti sporazum sa ODO o roku od 15 dana za nostrifikaciju; svakog meseca preispitati slučajeve bez individualnog plana.',
    writtenBy: 'Dragana Živković',
    writtenAt: '2026-07-08',
  },
  en: {
    challenges:
      'Visits within 72 hours were made for most families, but the lack of a QPS official vehicle delayed visits to remote villages (Vitomiricë, Rugovë). School enrolment is held back by slow recognition of certificates issued abroad.',
    recommendations:
      'Provide a shared vehicle for the ZKKK–QPS team; agree a 15-day recognition deadline with the education directorate; review cases without an individual plan every month.',
    writtenBy: 'Arbëresha Krasniqi',
    writtenAt: '2026-07-08',
  },
};

/** A deterministic spread of numbers, so the sample is the same on every run. */
function pseudo(seed: number): number {
  const x = Math.sin(seed * 9301 + 49297) * 233280;
  return x - Math.floor(x);
}

function sampleLine(indicator: PlanIndicator, seed: number, language: ReportLanguage): IndicatorLine {
  const stated = indicator.targets.find((target) => target.year === YEAR) ?? indicator.targets[0];
  const r = pseudo(seed);
  let target: number | string | null = stated?.value ?? null;
  if (target === null && indicator.unit === 'count' && r < 0.6) target = 10 + Math.round(r * 40);
  const baseline = indicator.baseline?.value ?? null;

  let value: number | null = null;
  let numerator: number | null = null;
  let denominator: number | null = null;
  if (r > 0.12) {
    if (indicator.unit === 'percent') {
      denominator = 20 + Math.round(r * 30);
      numerator = Math.round(denominator * (0.35 + 0.6 * pseudo(seed + 1)));
      value = Math.round((numerator / denominator) * 1000) / 10;
    } else if (indicator.unit === 'yes_no') {
      value = r > 0.5 ? 1 : 0;
    } else if (indicator.unit !== 'text') {
      const goal = typeof target === 'number' ? target : 30;
      value = Math.round(goal * ELAPSED * (0.4 + 0.9 * pseudo(seed + 2)));
    }
  }
  const source: IndicatorLine['source'] = value === null ? 'none' : r > 0.8 ? 'manual' : 'computed';
  const definitions = DEFINITIONS[language];
  return {
    id: indicator.id,
    text: indicator.text,
    unit: indicator.unit,
    baseline,
    target,
    value,
    source,
    definition:
      source === 'manual'
        ? definitions.manual
        : source === 'computed'
          ? indicator.unit === 'percent'
            ? definitions.computed
            : definitions.counted
          : null,
    numerator,
    denominator,
    progress: judgeProgress({ unit: indicator.unit, baseline, target, current: value, elapsed: ELAPSED })
      .status,
  };
}

export function samplePlan(): PlanFile {
  const plan = loadPlans().find((candidate) => candidate.key === SAMPLE_PLAN);
  if (!plan) throw new Error(`The sample plan ${SAMPLE_PLAN} is not shipped in plans/`);
  return plan;
}

export function samplePlanReportData(language: ReportLanguage): PlanReportData {
  const plan = samplePlan();
  let seed = 0;
  const line = (indicator: PlanIndicator) => sampleLine(indicator, ++seed, language);
  let actionIndex = 0;
  return {
    language,
    generatedAt: new Date('2026-07-10T09:30:00Z'),
    plan: {
      key: plan.key,
      title: plan.title,
      municipalityName: language === 'sr' ? 'Peć' : 'Pejë',
      period: plan.period,
      status: 'in_implementation',
      sourceLanguage: plan.language,
    },
    period: { kind: 'quarter', year: YEAR, part: 2, from: '2026-04-01', to: '2026-06-30' },
    objectives: plan.objectives.map((objective) => ({
      id: objective.id,
      number: objective.number ?? null,
      title: objective.title,
      indicators: objective.indicators.map(line),
      measures: objective.measures.map((measure) => ({
        id: measure.id,
        number: measure.number ?? null,
        title: measure.title,
        indicators: measure.indicators.map(line),
        actions: measure.actions.map((action) => {
          // Every seventh action is given a deadline in the first quarter that has passed.
          const overdue = ++actionIndex % 7 === 3;
          const deadline =
            action.deadline?.kind === 'date' ? action.deadline.date : overdue ? '2026-03-31' : null;
          return {
            id: action.id,
            number: action.number ?? null,
            title: action.title,
            deadline,
            overdue: overdue && deadline !== null && deadline < PERIOD_END.toISOString().slice(0, 10),
            indicators: action.indicators.map(line),
          };
        }),
      })),
    })),
    budget: {
      totals: [
        { year: 2026, currency: 'EUR', planned: 185000, actual: 72350 },
        { year: 2027, currency: 'EUR', planned: 192500, actual: 0 },
        { year: 2028, currency: 'EUR', planned: 201000, actual: 0 },
        { year: null, currency: 'EUR', planned: 45000, actual: 12800 },
      ],
      discrepancies: [
        {
          label: {
            original: 'Buxheti i përgjithshëm i planit 2026–2028',
            en: 'Overall plan budget 2026–2028',
          },
          currency: 'EUR',
          stated: 630000,
          computed: 623500,
          difference: 6500,
          note: language === 'sr' ? 'Zbir u izvoru nije proveren.' : null,
        },
      ],
    },
    steps: [
      {
        title: {
          original: 'Raporti tremujor i ekipit monitorues dorëzohet te Kryetari i Komunës',
          en: 'The monitoring team’s quarterly report is submitted to the Mayor',
        },
        year: YEAR,
        dueOn: '2026-07-15',
        doneOn: null,
        state: 'due',
      },
      {
        title: {
          original: 'Raporti vjetor dorëzohet te DRPRIH/MPB',
          en: 'The annual report is submitted to DRPRIH/MPB',
        },
        year: 2025,
        dueOn: '2026-01-31',
        doneOn: '2026-01-28',
        state: 'done',
      },
    ],
    analysis: ANALYSIS[language],
  };
}
