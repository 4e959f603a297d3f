import { sampleAnamnesis, sampleFvn } from '../../services/cases/samples.js';
import type { DemoFamily } from './family.js';
import { FOREIGN_ORIGINS } from './names.js';
import { pick, random, type CaseSpec } from './plan.js';

// The demo's form answers: the shipped samples (services/cases/samples.ts, valid against the
// Kosovo definitions), varied by the family — who was interviewed in which language, which
// children go to school, the domestic-violence flag — so the forms and their needs differ.

export interface MemberIds {
  adults: string[];
  children: { id: string; age: number }[];
}

type Answers = Record<string, unknown>;

export function fvnAnswers(spec: CaseSpec, family: DemoFamily, ids: MemberIds, visitDate: string): Answers {
  const rand = random(spec.seed ^ 0x5eed);
  const answers = sampleFvn({ adults: ids.adults, children: ids.children.map((c) => c.id) }, visitDate);
  const head = family.members[0]?.input;
  const visit = answers.visit as Answers;
  visit.interviewed_person = head ? `${head.firstName} ${head.lastName} (kryefamiljar)` : 'Kryefamiljari';
  visit.interview_language = family.interviewLanguage;
  if (spec.sensitive) visit.team_institutions = ['zkkk', 'qps', 'police'];
  const foreign = FOREIGN_ORIGINS.has(spec.origin);
  const serbian = spec.origin === 'serbian';
  answers.education = ids.children.map(({ id, age }, index) => {
    if (age < 6)
      return {
        member: id,
        enrolment: 'preschool',
        special_educational_needs: false,
        need: { needed: false },
      };
    if (index % 2 === 1 || rand() < 0.3)
      return {
        member: id,
        enrolment: 'attending',
        grade: Math.min(9, Math.max(1, age - 6)),
        language_of_instruction: serbian ? 'serbian' : spec.origin === 'bosniak' ? 'bosnian' : 'albanian',
        schooling_abroad: !serbian,
        ...(serbian ? {} : { school_documents: 'complete', needs_document_recognition: false }),
        needs_language_course: foreign,
        dropout_risk: false,
        special_educational_needs: false,
        need: foreign ? { needed: true, priority: 'medium' } : { needed: false },
      };
    return (
      (answers.education as Answers[])[index] ?? {
        member: id,
        enrolment: 'not_enrolled',
        need: { needed: false },
      }
    );
  });
  const housing = answers.housing as Answers;
  if (foreign) {
    Object.assign(housing, {
      housing_status: 'rented',
      monthly_rent: pick(rand, [120, 150, 180]),
      property: 'none',
    });
    delete housing.property_documented;
  } else if (rand() < 0.35) {
    Object.assign(housing, {
      housing_status: 'with_relatives',
      condition: 'poor',
      repairs_needed: ['roof', 'windows_doors'],
    });
  }
  if (spec.sensitive) {
    answers.vulnerability = {
      categories: ['domestic_violence', 'single_parent'],
      safety_concern: true,
      urgent_action: ['police'],
      vulnerability_level: 'high',
      need: { needed: false },
    };
    answers.psychosocial = {
      signs: ['trauma', 'family_conflict'],
      wants_support: true,
      transport_needed: true,
      need: { needed: true, priority: 'high' },
    };
  }
  const summary = answers.summary as Answers;
  summary.priority_summary = spec.sensitive
    ? 'Siguria në radhë të parë: urdhri i mbrojtjes ndiqet me policinë; mbështetje psikosociale, shkollimi i fëmijëve.'
    : foreign
      ? 'Kurs gjuhe, vendosja e fëmijëve në shkollë, leja e punës dhe ndërmjetësimi për punësim.'
      : ids.children.length > 0
        ? 'Dokumentet civile të fëmijëve, regjistrimi në shkollë, ngrohja para dimrit, regjistrimi si punëkërkues.'
        : 'Regjistrimi si punëkërkues, ndihma sociale derisa të ketë të ardhura, riparimi i shtëpisë.';
  return answers;
}

export function anamnesisAnswers(spec: CaseSpec, date: string): Answers {
  const answers = sampleAnamnesis(date);
  const migration = answers.migration_history as Answers;
  migration.countries = FOREIGN_ORIGINS.has(spec.origin) ? 'Turqi, Maqedoni e Veriut' : 'Gjermani';
  if (spec.sensitive) {
    const risks = answers.risks as Answers;
    risks.factors = ['poverty', 'domestic_violence'];
    risks.protection_concern = true;
    risks.protection_details =
      'Është raportuar dhunë nga ish-partneri; është kërkuar urdhër mbrojtjeje dhe policia është njoftuar.';
    risks.risk_level = 'high';
  }
  return answers;
}

const RECEIVED: { areas: string[]; details: string }[] = [
  {
    areas: ['civil_documents'],
    details: 'U regjistrua lindja e fëmijës më të vogël; u aplikua për letërnjoftime.',
  },
  { areas: ['social_assistance'], details: 'Ndihma sociale u caktua nga ky muaj.' },
  { areas: ['education'], details: 'Fëmijët u regjistruan në shkollë; i morën librat shkollorë.' },
  {
    areas: ['employment'],
    details: 'U regjistrua si punëkërkues; një intervistë për ndërmjetësim punësimi.',
  },
  {
    areas: ['housing', 'social_assistance'],
    details: 'Qiraja u pagua nga fondi i riintegrimit; u dorëzuan drutë e zjarrit.',
  },
  { areas: ['health'], details: 'U regjistrua te mjeku i familjes; barnat u mbuluan.' },
];

const NOTHING_REASONS = [
  'Pritet përgjigjja e shkollës.',
  'Zyra e punësimit nuk ka pasur vende të lira pune.',
  'Kërkesa për ndihmë sociale është ende në shqyrtim.',
  'Familja ishte te të afërmit pjesën më të madhe të muajit.',
];

export function monitoringAnswers(
  date: string,
  month: number,
  receivedNothing: boolean,
  hasChildren: boolean,
): Answers {
  const received = RECEIVED[month % RECEIVED.length] ?? RECEIVED[0];
  const progress = (early: string, later: string) => (month < 3 ? early : later);
  return {
    contact: {
      monitoring_date: date,
      contact_type: month % 3 === 2 ? 'phone' : 'home_visit',
      family_reached: true,
    },
    services: receivedNothing
      ? { received_nothing: true, no_service_reason: NOTHING_REASONS[month % NOTHING_REASONS.length] }
      : { received_nothing: false, areas_received: received?.areas, services_details: received?.details },
    needs_progress: {
      documents: progress('in_progress', 'met'),
      housing: progress('not_started', 'in_progress'),
      income_employment: progress('not_started', month > 8 ? 'met' : 'in_progress'),
      education: hasChildren ? progress('in_progress', 'met') : 'no_need',
      health: 'no_need',
      social_assistance: progress('in_progress', 'met'),
      psychosocial: 'no_need',
      legal: 'no_need',
    },
    requests:
      month === 1
        ? { requests_filed: true, request_types: ['social_assistance'] }
        : { requests_filed: false },
    checks: {
      school_attendance: hasChildren ? (month % 5 === 4 ? 'some' : 'all') : 'not_applicable',
      job_seekers_registered: month < 2 ? 'none' : 'all',
    },
    assessment: {
      situation: receivedNothing ? 'unchanged' : month % 4 === 3 ? 'unchanged' : 'improved',
      plan_revision_needed: false,
    },
  };
}
