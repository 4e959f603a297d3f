import type { IndicatorDefinitionInput } from './schema.js';
import { text } from './definitions-labels.js';

// The shipped computed indicators of monitoring and closure (definitions.ts gathers all of them):
// monitoring entries, cases closed and how sustainably.

const closed = text('raste të mbyllura', 'zatvoreni slučajevi', 'cases closed');

export const CLOSURE_DEFINITIONS: IndicatorDefinitionInput[] = [
  {
    key: 'monitoring.last_month',
    title: text(
      'Raste të monitoruara në muajin e fundit',
      'Slučajevi praćeni u poslednjem mesecu',
      'Cases monitored in the last month',
    ),
    definition: text(
      'Përqindja e rasteve të hapura me plan individual të miratuar në ditën e fundit të periudhës, për të cilat është regjistruar monitorimi i muajit të fundit të periudhës.',
      'Procenat otvorenih slučajeva sa odobrenim individualnim planom poslednjeg dana perioda za koje je evidentirano praćenje za poslednji mesec perioda.',
      'Share of the cases open with an approved individual plan on the last day of the period that have a monitoring entry for the last month of the period.',
    ),
    unit: 'percent',
    numerator: {
      label: text('raste të monitoruara', 'praćeni slučajevi', 'cases monitored'),
      source: 'open_cases',
      where: [
        { field: 'plan_approved', op: 'is', value: true },
        { field: 'monitored_last_month', op: 'is', value: true },
      ],
    },
    denominator: {
      label: text(
        'raste të hapura me plan të miratuar',
        'otvoreni slučajevi sa odobrenim planom',
        'open cases with an approved plan',
      ),
      source: 'open_cases',
      where: [{ field: 'plan_approved', op: 'is', value: true }],
    },
  },
  {
    key: 'monitoring.entries',
    title: text(
      'Raporte mujore të monitorimit',
      'Mesečni izveštaji o praćenju',
      'Monthly monitoring reports',
    ),
    definition: text(
      'Numri i regjistrimeve mujore të monitorimit (një për rast dhe muaj) për muajt brenda periudhës.',
      'Broj mesečnih unosa praćenja (jedan po slučaju i mesecu) za mesece u periodu.',
      'Number of monthly monitoring entries (one per case and month) for the months within the period.',
    ),
    unit: 'count',
    numerator: {
      label: text('raporte mujore', 'mesečni izveštaji', 'monthly reports'),
      source: 'monitoring',
    },
    denominator: null,
  },
  {
    key: 'monitoring.received_nothing',
    title: text(
      'Familje të monitoruara që nuk kanë marrë asgjë',
      'Praćene porodice koje nisu ništa primile',
      'Monitored families who received nothing',
    ),
    definition: text(
      'Përqindja e rasteve të monitoruara brenda periudhës që kanë së paku një muaj pa asnjë shërbim apo përfitim, nga të gjitha rastet e monitoruara.',
      'Procenat slučajeva praćenih u periodu koji imaju najmanje jedan mesec bez ijedne usluge ili pomoći, od svih praćenih slučajeva.',
      'Share of the cases monitored in the period with at least one month in which they received no service or benefit, of all cases monitored.',
    ),
    unit: 'percent',
    numerator: {
      label: text(
        'raste që nuk kanë marrë asgjë',
        'slučajevi koji nisu ništa primili',
        'cases that received nothing',
      ),
      source: 'monitoring',
      where: [{ field: 'received_nothing', op: 'is', value: true }],
      distinct: 'case_id',
    },
    denominator: {
      label: text('raste të monitoruara', 'praćeni slučajevi', 'cases monitored'),
      source: 'monitoring',
      distinct: 'case_id',
    },
  },
  {
    key: 'closures.count',
    title: text('Raste të mbyllura', 'Zatvoreni slučajevi', 'Cases closed'),
    definition: text(
      'Numri i rasteve të mbyllura në sistem me vlerësim përfundimtar brenda periudhës; rastet e rihapura më vonë nuk numërohen.',
      'Broj slučajeva zatvorenih u sistemu sa završnom procenom u periodu; kasnije ponovo otvoreni slučajevi se ne računaju.',
      'Number of cases closed in the system with a final evaluation in the period; cases reopened later are not counted.',
    ),
    unit: 'count',
    numerator: { label: closed, source: 'closures' },
    denominator: null,
  },
  {
    key: 'closures.sustainable',
    title: text(
      'Raste të mbyllura me riintegrim të qëndrueshëm',
      'Slučajevi zatvoreni uz održivu reintegraciju',
      'Cases closed as sustainable reintegration',
    ),
    definition: text(
      'Përqindja e rasteve të mbyllura brenda periudhës me rezultatin „riintegrim i qëndrueshëm”, nga të gjitha rastet e mbyllura.',
      'Procenat slučajeva zatvorenih u periodu sa ishodom „održiva reintegracija”, od svih zatvorenih slučajeva.',
      'Share of the cases closed in the period with the outcome "sustainable reintegration", of all cases closed.',
    ),
    unit: 'percent',
    numerator: {
      label: text(
        'raste me riintegrim të qëndrueshëm',
        'slučajevi sa održivom reintegracijom',
        'cases of sustainable reintegration',
      ),
      source: 'closures',
      where: [{ field: 'outcome', op: 'eq', value: 'sustainable_reintegration' }],
    },
    denominator: { label: closed, source: 'closures' },
  },
  {
    key: 'closures.re_emigrated',
    title: text(
      'Raste të mbyllura për shkak të riemigrimit',
      'Slučajevi zatvoreni zbog ponovnog iseljenja',
      'Cases closed because the family re-emigrated',
    ),
    definition: text(
      'Përqindja e rasteve të mbyllura brenda periudhës sepse familja ka emigruar përsëri, nga të gjitha rastet e mbyllura.',
      'Procenat slučajeva zatvorenih u periodu zato što se porodica ponovo iselila, od svih zatvorenih slučajeva.',
      'Share of the cases closed in the period because the family emigrated again, of all cases closed.',
    ),
    unit: 'percent',
    numerator: {
      label: text('raste të riemigruara', 'slučajevi ponovnog iseljenja', 'cases re-emigrated'),
      source: 'closures',
      where: [{ field: 'outcome', op: 'eq', value: 're_emigrated' }],
    },
    denominator: { label: closed, source: 'closures' },
  },
];
